"""Reading scenario files (TOML or YAML); writing them back is :mod:`lactabone.scenario.toml_text`."""
from __future__ import annotations

import os
import stat
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from lactabone.limits import MAX_NESTING, MAX_SCENARIO_FILE_BYTES, shorten
from lactabone.scenario.errors import ScenarioError, field_error
from lactabone.scenario.schema import Scenario, requirement_for
from lactabone.scenario.toml_text import scenario_to_toml

__all__ = ["load_scenario", "scenario_from_dict", "scenario_to_toml"]

TOML_SUFFIXES = (".toml",)
YAML_SUFFIXES = (".yaml", ".yml")


def scenario_from_dict(data: Mapping[str, Any]) -> Scenario:
    """Validate a scenario given as a mapping of its keys (as a TOML or YAML file would give).

    Parameters
    ----------
    data : mapping
        Top-level keys (``species``, ``start_day``, ``nursing``, ...); days are
        days since the first delivery, doses in mg or mg/kg, diet calcium in mg/day.

    Returns
    -------
    Scenario
        The validated scenario, with defaults filled in.

    Raises
    ------
    ScenarioError
        With a one-line message naming the field, the value and what is allowed.
    """
    if not isinstance(data, Mapping):
        raise field_error((), data, requirement_for((), "dict_type"))
    _check_keys_and_depth(data, ())
    return Scenario.model_validate(dict(data))


def _check_keys_and_depth(value: Any, path: tuple) -> None:
    """Refuse keys that are not text (YAML allows numbers) and nesting deeper than ``MAX_NESTING``."""
    if len(path) > MAX_NESTING:
        raise field_error(path[:MAX_NESTING], "[...]", f"nests tables or arrays more than {MAX_NESTING} deep")
    if isinstance(value, Mapping):
        for key, item in value.items():
            if not isinstance(key, str):
                raise field_error(path, shorten(repr(key)), "keys must be text (names such as species, nursing)")
            _check_keys_and_depth(item, path + (key,))
    elif isinstance(value, (list, tuple)):
        for index, item in enumerate(value):
            _check_keys_and_depth(item, path + (index,))


class _NoAliasLoader(yaml.SafeLoader):
    """YAML's safe loader without anchors and aliases (a few nested aliases can expand without bound)."""

    def compose_node(self, parent: Any, index: Any) -> Any:
        if self.check_event(yaml.AliasEvent):
            event = self.peek_event()
            raise ScenarioError(f"YAML aliases (*{shorten(str(event.anchor), 40)}) are not allowed in scenario "
                                f"files (line {event.start_mark.line + 1}); write the values out")
        return super().compose_node(parent, index)


def _read_text(path: Path) -> str:
    """The file's text: a regular file, at most ``MAX_SCENARIO_FILE_BYTES``, UTF-8 (a leading BOM dropped)."""
    try:
        status = path.stat()
    except FileNotFoundError:
        raise ScenarioError(f"{path}: no such scenario file") from None
    except OSError as error:
        raise ScenarioError(f"{path}: cannot read scenario file ({error.strerror or error})") from None
    if not stat.S_ISREG(status.st_mode):
        raise ScenarioError(f"{path}: not a regular file (a scenario is a .toml or .yaml file)")
    if status.st_size > MAX_SCENARIO_FILE_BYTES:
        raise ScenarioError(f"{path}: {status.st_size} bytes; a scenario file is at most "
                            f"{MAX_SCENARIO_FILE_BYTES} bytes")
    try:
        raw = path.read_bytes()
    except OSError as error:
        raise ScenarioError(f"{path}: cannot read scenario file ({error.strerror or error})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ScenarioError(f"{path}: scenario file is not UTF-8 text "
                            f"({error.reason} at byte {error.start})") from None
    text = text.removeprefix("\ufeff")
    if not text.strip():
        raise ScenarioError(f"{path}: the scenario file is empty (write at least species = \"human\"; "
                            "see docs/scenario.md)")
    return text


def load_scenario(path: str | os.PathLike) -> Scenario:
    """Read and validate a scenario file.

    Parameters
    ----------
    path : str or path-like
        A ``.toml`` file, or a ``.yaml`` / ``.yml`` file with the same keys.

    Returns
    -------
    Scenario
        The validated scenario.

    Raises
    ------
    ScenarioError
        If the file is missing, not a regular file, larger than
        ``lactabone.limits.MAX_SCENARIO_FILE_BYTES``, empty, not valid TOML/YAML
        (YAML aliases are refused), nested too deep, or any key is invalid; the
        message is one line.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TOML_SUFFIXES + YAML_SUFFIXES:
        raise ScenarioError(f"{path}: unknown scenario file type {suffix or '(no extension)'!r}; "
                            f"allowed: {', '.join(TOML_SUFFIXES + YAML_SUFFIXES)}")
    text = _read_text(path)
    try:
        if suffix in TOML_SUFFIXES:
            data = tomllib.loads(text)
        else:
            data = yaml.load(text, Loader=_NoAliasLoader)  # noqa: S506 (a SafeLoader without aliases)
    except tomllib.TOMLDecodeError as error:
        raise ScenarioError(f"{path}: not valid TOML: {shorten(str(error))}") from None
    except yaml.YAMLError as error:
        raise ScenarioError(f"{path}: not valid YAML: {shorten(str(error))}") from None
    except RecursionError:
        raise ScenarioError(f"{path}: tables or arrays nested too deep (at most {MAX_NESTING})") from None
    if data is None or data == {}:
        raise ScenarioError(f"{path}: the scenario file holds no keys (write at least species = \"human\"; "
                            "see docs/scenario.md)")
    return scenario_from_dict(data)
