"""The solver's error, kept apart from the compiled code so that importing it is cheap."""

from __future__ import annotations


class SolverError(RuntimeError):
    """The solver failed: the message names the segment, the day and the offending states (one line)."""
