"""The ``lactabone`` console script: Ctrl+C while the command line is still loading ends as it does later.

Python reads this small module first; the command line (:mod:`lactabone.cli`,
with Typer) is imported inside :func:`main`, so an interrupt during that
import also prints the one line ``interrupted`` and exits with status 130.
"""

from __future__ import annotations

import importlib
import sys

INTERRUPTED_LINE = "interrupted"
"""What every Ctrl+C prints, on stderr, before exiting with ``INTERRUPTED_EXIT_CODE``."""
INTERRUPTED_EXIT_CODE = 130


def main() -> None:
    """Load the command line and run it."""
    try:
        command_line = importlib.import_module("lactabone.cli")
    except KeyboardInterrupt:
        print(INTERRUPTED_LINE, file=sys.stderr)
        raise SystemExit(INTERRUPTED_EXIT_CODE) from None
    command_line.main()
