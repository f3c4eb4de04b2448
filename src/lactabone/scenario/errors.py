"""Scenario errors: one-line messages naming the field, the value given and what is allowed.

Every problem with a scenario, whether found by pydantic (wrong type, value out
of a fixed range, unknown key) or by a cross-field check (end before start,
weaning before exclusive nursing ends, a drug dose outside the simulated
window), reaches the user as a :class:`ScenarioError` whose ``str()`` is a single
line such as::

    nursing.offspring = -1: must be an integer from 0 to 3 (infants; 0 = no nursing)
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

from lactabone.limits import MAX_MESSAGE_CHARACTERS, shorten

_MISSING = object()


class ScenarioError(ValueError):
    """An invalid scenario, with a one-line message.

    Attributes
    ----------
    field : str or None
        Dotted path of the offending key, e.g. ``"cycles[1].delivery_day"``;
        None when the problem is with the file as a whole.
    value : object
        The value given (None when the key is missing or for file problems).
    requirement : str
        What is allowed, e.g. ``"must be a number of days >= 0"``.
    path : tuple of str or int, or None
        The field as keys and list indices (None for file problems).
    """

    def __init__(self, message: str, *, path: Sequence[str | int] | None = None, value: Any = None,
                 requirement: str = "", error_type: str | None = None, more_errors: int = 0) -> None:
        super().__init__(shorten(" ".join(str(message).split()), MAX_MESSAGE_CHARACTERS))
        self.path = None if path is None else tuple(path)
        self.field = None if path is None else (format_path(path) or "scenario")
        self.missing = value is _MISSING
        self.value = None if self.missing else value
        self.requirement = requirement
        self.error_type = error_type
        self.more_errors = more_errors


def format_path(path: Sequence[str | int]) -> str:
    """Join keys and indices into a dotted path such as ``cycles[1].delivery_day``."""
    text = ""
    for part in path:
        if isinstance(part, int):
            text += f"[{part}]"
        else:
            text += f".{part}" if text else str(part)
    return text


def format_value(value: Any) -> str:
    """Render a value as a user would have written it, cut to ``MAX_ECHOED_CHARACTERS``."""
    return shorten(_format_value(value))


def _format_value(value: Any) -> str:
    if value is _MISSING:
        return "(missing)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isfinite(value) and value.is_integer() and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, dict):
        items = list(value.items())
        return "{" + ", ".join(f"{key} = {format_value(item)}" for key, item in items[:20]) + (
            ", ..." if len(items) > 20 else "") + "}"
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(format_value(item) for item in value[:20]) + (", ..." if len(value) > 20 else "") + "]"
    if value is None:
        return "(none)"
    if isinstance(value, str):
        return repr(value)
    text = repr(value)
    return text if len(text) <= 80 else text[:77] + "..."


def field_error(path: Sequence[str | int], value: Any, requirement: str, *,
                error_type: str | None = None, more_errors: int = 0) -> ScenarioError:
    """Build a :class:`ScenarioError` for one field.

    Parameters
    ----------
    path : sequence of str or int
        The field as keys and list indices, e.g. ``("cycles", 1, "delivery_day")``.
    value : object
        The value given; pass ``MISSING`` when the key is absent.
    requirement : str
        What is allowed, e.g. ``"must be a number of days >= 0"``.
    error_type : str or None
        The pydantic error type when pydantic found the problem (the requirement
        is then recomputed when the error is seen from an enclosing table).
    more_errors : int
        How many further problems were found (mentioned at the end of the line).

    Returns
    -------
    ScenarioError
    """
    field = format_path(path) or "scenario"
    if value is _MISSING:
        message = f"{field} is missing: {requirement}"
    else:
        message = f"{field} = {format_value(value)}: {requirement}"
    if more_errors:
        message += f" (and {more_errors} more error{'s' if more_errors > 1 else ''})"
    return ScenarioError(message, path=tuple(path), value=value, requirement=requirement,
                         error_type=error_type, more_errors=more_errors)


MISSING = _MISSING
"""Sentinel for :func:`field_error` when a required key is absent."""


def from_validation_error(error: Any, requirement_for: Callable[[tuple, str], str]) -> ScenarioError:
    """Convert a pydantic ``ValidationError`` into a one-line :class:`ScenarioError`.

    Parameters
    ----------
    error : pydantic.ValidationError
        The error raised by validating a scenario or one of its tables.
    requirement_for : callable
        ``requirement_for(path, error_type)`` returns the allowed-values text for
        a field path (keys and indices, relative to the validated table) when
        pydantic itself found the problem.

    Returns
    -------
    ScenarioError
        Describes the first problem and says how many more there were.
    """
    problems = error.errors()
    first = problems[0]
    more_errors = len(problems) - 1
    location = tuple(first["loc"])
    cause = (first.get("ctx") or {}).get("error")
    if isinstance(cause, ScenarioError):
        if cause.path is None:
            return cause
        path = location + cause.path
        value = _MISSING if cause.missing else cause.value
        error_type = cause.error_type
        more_errors += cause.more_errors
        requirement = cause.requirement if error_type is None else requirement_for(path, error_type)
    else:
        path = location
        error_type = first["type"]
        value = _MISSING if error_type == "missing" else first.get("input")
        requirement = requirement_for(path, error_type)
    return field_error(path, value, requirement, error_type=error_type, more_errors=more_errors)
