"""Scenarios the targets run, built from SPEC.md's scenario keys only, and cached per process."""

from __future__ import annotations

import functools
import json

import xarray as xr

from ..scenario import scenario_from_dict
from ..simulation import simulate

#: One infant exclusively nursed 180 days, followed 12 months after weaning.
ONE_INFANT = {"end_day": 545, "nursing": {"offspring": 1, "exclusive_days": 180, "weaning_day": 180}}


def scenario(base: dict = ONE_INFANT, **changes) -> dict:
    """A scenario mapping: ``base`` with top-level keys or ``nursing``/``diet`` sub-keys replaced."""
    result = json.loads(json.dumps(base))
    for key, value in changes.items():
        if isinstance(value, dict):
            result.setdefault(key, {}).update(value)
        else:
            result[key] = value
    return result


#: Parameter overrides applied to every target scenario (set by the calibration while it fits).
_overrides: dict[str, float] = {}


@functools.lru_cache(maxsize=64)
def _run(frozen: str) -> xr.Dataset:
    return simulate(scenario_from_dict(json.loads(frozen)))


def run(mapping: dict) -> xr.Dataset:
    """Simulate a scenario mapping (cached per mapping and overrides)."""
    if _overrides:
        mapping = scenario(mapping, parameters={**mapping.get("parameters", {}), **_overrides})
    return _run(json.dumps(mapping, sort_keys=True))


def set_overrides(values: dict[str, float]) -> None:
    """Apply parameter overrides to every later run (an empty dict removes them)."""
    _overrides.clear()
    _overrides.update({name: float(value) for name, value in values.items()})


def virgin_value(mapping: dict, name: str) -> float:
    """An output of a rodent ``mapping``'s animal before any pregnancy (its pre-pregnant steady state).

    Rodent studies compare lactating dams with virgin or non-mated controls; runs
    start from the pregnancy that led to them, so delivery is not the virgin state.
    """
    control = run(scenario(mapping, start_day=-60.0, end_day=-50.0, output_step_days=1.0, nursing={"offspring": 0},
                           drugs=[], cycles=[]))
    return at(control, name, -55.0)


def rodent_ratios(mapping: dict, days: tuple[float, float], names: tuple[str, ...]) -> dict[str, float]:
    """Mean of each output over ``days`` of lactation, over its virgin value."""
    lactating = run(mapping)
    return {name: mean(lactating, name, *days) / virgin_value(mapping, name) for name in names}


def at(dataset: xr.Dataset, name: str, day: float) -> float:
    """An output on a given day (linear interpolation)."""
    return float(dataset[name].interp(day=day))


def mean(dataset: xr.Dataset, name: str, first_day: float, last_day: float) -> float:
    """Mean of an output over [first_day, last_day]."""
    return float(dataset[name].sel(day=slice(first_day, last_day)).mean())
