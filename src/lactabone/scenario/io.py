"""Reading scenario files (TOML or YAML); writing them back is :mod:`lactabone.scenario.toml_text`."""
from __future__ import annotations

import os
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
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
