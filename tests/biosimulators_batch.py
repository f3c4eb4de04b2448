"""Run COMBINE archives through one BioSimulators executor in one process (run by the executor's own venv).

    python biosimulators_batch.py EXECUTOR ARCHIVE OUT [ARCHIVE OUT ...]

EXECUTOR is the module suffix (``copasi``, ``tellurium``). One process for many archives saves the executor's
start-up (a few seconds each). Prints one line per archive, ``archive PATH STATUS``; exits 1 if any failed.
"""

import importlib
import sys


def main(arguments: list[str]) -> int:
    core = importlib.import_module(f"biosimulators_{arguments[0]}.core")
    failed = 0
    pairs = arguments[1:]
    for archive, out in zip(pairs[::2], pairs[1::2]):
        try:
            _, log = core.exec_sedml_docs_in_combine_archive(archive, out)
            status = log.status.value if hasattr(log.status, "value") else str(log.status)
        except Exception as error:  # report and go on with the other archives
            status = f"FAILED {type(error).__name__}: {' '.join(str(error).split())[:2000]}"
        failed += not status.lower().startswith("succeeded")
        print("archive", archive, status, flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
