"""Compile the system and integrate it segment by segment; :class:`SolverError` when that fails."""

from .errors import SolverError

__all__ = ["SolverError"]
