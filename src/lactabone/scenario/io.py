"""Reading scenario files (TOML or YAML) and writing them back as TOML."""
from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from lactabone.scenario.errors import ScenarioError, field_error
from lactabone.scenario.schema import Scenario, requirement_for

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
    return Scenario.model_validate(dict(data))


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
        If the file is missing, unreadable, not valid TOML/YAML, or any key is
        invalid; the message is one line.
    """
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in TOML_SUFFIXES + YAML_SUFFIXES:
        raise ScenarioError(f"{path}: unknown scenario file type {suffix or '(no extension)'!r}; "
                            f"allowed: {', '.join(TOML_SUFFIXES + YAML_SUFFIXES)}")
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise ScenarioError(f"{path}: no such scenario file") from None
    except OSError as error:
        raise ScenarioError(f"{path}: cannot read scenario file ({error.strerror or error})") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ScenarioError(f"{path}: scenario file is not UTF-8 text "
                            f"({error.reason} at byte {error.start})") from None
    if suffix in TOML_SUFFIXES:
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise ScenarioError(f"{path}: not valid TOML: {error}") from None
    else:
        try:
            data = yaml.safe_load(text)
        except yaml.YAMLError as error:
            raise ScenarioError(f"{path}: not valid YAML: {error}") from None
        if data is None:
            data = {}
    return scenario_from_dict(data)


_BARE_KEY = re.compile(r"^[A-Za-z0-9_-]+$")
_ESCAPES = {'"': '\\"', "\\": "\\\\", "\b": "\\b", "\t": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r"}


def _toml_string(text: str) -> str:
    characters = []
    for character in text:
        if character in _ESCAPES:
            characters.append(_ESCAPES[character])
        elif ord(character) < 0x20 or ord(character) == 0x7F:
            characters.append(f"\\u{ord(character):04X}")
        else:
            characters.append(character)
    return '"' + "".join(characters) + '"'


def _toml_key(key: str) -> str:
    return key if _BARE_KEY.match(key) else _toml_string(key)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(_toml_value(item) for item in value) + "]"
    raise TypeError(f"cannot write {type(value).__name__} to TOML")


def _toml_pairs(values: Mapping[str, Any], keys: tuple[str, ...] | None = None) -> list[str]:
    keys = tuple(values) if keys is None else keys
    return [f"{_toml_key(key)} = {_toml_value(values[key])}" for key in keys if values.get(key) is not None]


def scenario_to_toml(scenario: Scenario) -> str:
    """Write a scenario as TOML text (tables and arrays of tables; None values left out).

    Parameters
    ----------
    scenario : Scenario

    Returns
    -------
    str
        TOML that :func:`load_scenario` reads back into an equal scenario.
    """
    data = scenario.model_dump()
    lines = _toml_pairs(data, ("species", "start_day", "end_day", "reference_day", "output_step_days",
                               "knockouts"))
    nursing_keys = ("offspring", "exclusive_days", "weaning_day", "weaning", "partial_fraction")
    lines += ["", "[nursing]"] + _toml_pairs(data["nursing"], nursing_keys)
    lines += ["", "[diet]"] + _toml_pairs(data["diet"])
    lines += ["", "[parameters]"] + _toml_pairs(data["parameters"])
    if data["cow"] is not None:
        lines += ["", "[cow]"] + _toml_pairs(data["cow"])
    for drug in data["drugs"]:
        lines += ["", "[[drugs]]"] + _toml_pairs(drug, ("name", "dose_mg", "dose_mg_per_kg", "dose_g", "route",
                                                         "days"))
    for cycle in data["cycles"]:
        lines += ["", "[[cycles]]"] + _toml_pairs(cycle, ("delivery_day",) + nursing_keys)
    return "\n".join(lines) + "\n"
