"""Writing output files safely: each to a temporary name in its folder, renamed once complete.

A reader (or a user after Ctrl+C or a full disk) therefore never finds a
truncated ``results.csv``: a file is either whole or absent.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(path: Path | str) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` (same suffix); rename it to ``path`` when the block succeeds.

    Parameters
    ----------
    path : the final file.

    The temporary file is removed when the block fails or is interrupted.
    """
    path = Path(path)
    temporary = path.with_name(f".{path.stem}.partial-{os.getpid()}{path.suffix}")
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(OSError):
            temporary.unlink()


def check_output_folder(folder: Path | str) -> str | None:
    """Make sure ``folder`` can receive outputs, before any computing; say when it already holds files.

    Parameters
    ----------
    folder : the output folder (created when missing).

    Returns
    -------
    str or None
        A one-line notice when the folder already holds files that will be overwritten.

    Raises
    ------
    OSError
        With a one-line message when the folder cannot be created or written to.
    """
    folder = Path(folder)
    if folder.exists() and not folder.is_dir():
        raise NotADirectoryError(f"output folder {folder} is an existing file; give a folder with --out")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".lactabone-write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise OSError(f"cannot write to output folder {folder}: {error.strerror or error}") from None
    existing = [item for item in folder.iterdir() if not item.name.startswith(".")]
    if existing:
        return f"output folder {folder} already holds {len(existing)} files; those written now are overwritten"
    return None


def check_output_file(path: Path | str) -> None:
    """Make sure a single output file can be written at ``path`` (not a folder; its folder writable).

    Raises
    ------
    OSError
        With a one-line message when it cannot.
    """
    path = Path(path)
    if path.is_dir():
        raise IsADirectoryError(f"output {path} is a folder; give a file name with --out")
    check_output_folder(path.parent)
