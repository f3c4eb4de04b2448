"""Writing a scenario back as TOML text, with nothing but the standard library.

It takes the validated scenario's ``model_dump()``, so it needs nothing from
:mod:`lactabone.scenario.schema` and the schema can use it without an import circle.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

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


def scenario_to_toml(scenario: Any) -> str:
    """Write a scenario as TOML text (tables and arrays of tables; None values left out).

    Parameters
    ----------
    scenario : Scenario
        A validated scenario (anything with pydantic's ``model_dump`` and the scenario's keys).

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
    if data.get("herd") is not None:
        lines += ["", "[herd]"] + _toml_pairs(data["herd"], ("parity_shares",))
        for ration in data["herd"]["rations"]:
            lines += ["", "[[herd.rations]]"] + _toml_pairs(ration, ("share", "dcad_meq_per_kg",
                                                                      "prepartum_calcium_g_per_day"))
    return "\n".join(lines) + "\n"
