"""Reproductive timeline as piecewise-linear inputs to the model.

The simulated window [start_day, end_day] is cut into contiguous segments at
every change (pregnancy start, delivery, end of exclusive nursing, weaning).
Within a segment every input is linear in time, so a solver can integrate each
segment without crossing a discontinuity.

Inputs
------
nursing
    Infant-equivalents of milk demanded (1): offspring times the share of full
    milk, 1 during exclusive nursing, ``partial_fraction`` until weaning
    (constant when abrupt, falling linearly to 0 when gradual), then 0.
gestation
    Fraction of gestation elapsed (1): rises linearly from 0 to 1 over the
    ``gestation_days`` before each delivery, 0 otherwise.
diet_calcium_intake, diet_calcium_content
    The diet (mg/d, and mg of calcium per g of chow), constant within a
    segment: the species' usual diet before ``diet.start_day``, the scenario's
    diet from it (throughout when it is not set).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from lactabone.scenario.errors import field_error, format_value
from lactabone.scenario.schema import DEFAULT_DIET, Diet, Nursing, Scenario

INPUT_NAMES = ("nursing", "gestation", "diet_calcium_intake", "diet_calcium_content")
"""Names of the inputs present in every segment."""
DIET_INPUTS = ("diet_calcium_intake", "diet_calcium_content")
"""The inputs set by the diet, constant within a segment."""
_SAME_DAY_TOLERANCE = 1e-9
"""Breakpoints closer than this (days) are treated as one."""


@dataclass(frozen=True)
class Segment:
    """A stretch of the timeline over which every input is linear in time.

    Attributes
    ----------
    start_day, end_day : float
        Bounds of the segment, days since the first delivery.
    inputs : dict of str to (float, float)
        Input name -> (value at ``start_day``, slope per day).
    """

    start_day: float
    end_day: float
    inputs: dict[str, tuple[float, float]]

    def value(self, name: str, day: float) -> float:
        """Value of one input at a day within the segment.

        Parameters
        ----------
        name : str
            Input name, one of ``INPUT_NAMES``.
        day : float
            Days since the first delivery (not checked against the segment's bounds).

        Returns
        -------
        float
            ``value + slope * (day - start_day)``, in the input's unit.
        """
        start_value, slope = self.inputs[name]
        return start_value + slope * (day - self.start_day)


def _nursing_at(cycle: Nursing, delivery_day: float, piece_day: float, day: float) -> tuple[float, float]:
    """(value at day, slope) of one cycle's nursing on the piece containing piece_day."""
    since_delivery = piece_day - delivery_day
    if cycle.offspring == 0 or since_delivery < 0 or since_delivery >= cycle.weaning_day:
        return 0.0, 0.0
    if since_delivery < cycle.exclusive_days:
        return float(cycle.offspring), 0.0
    partial = cycle.offspring * cycle.partial_fraction
    if cycle.weaning == "abrupt":
        return partial, 0.0
    slope = -partial / (cycle.weaning_day - cycle.exclusive_days)
    return partial + slope * (day - delivery_day - cycle.exclusive_days), slope


def _gestation_at(delivery_day: float, gestation_days: float, piece_day: float,
                  day: float) -> tuple[float, float]:
    """(value at day, slope) of one pregnancy's elapsed fraction on the piece containing piece_day."""
    if not -gestation_days <= piece_day - delivery_day < 0:
        return 0.0, 0.0
    return max(0.0, 1.0 + (day - delivery_day) / gestation_days), 1.0 / gestation_days


def diet_inputs(diet: Diet) -> dict[str, float]:
    """The diet's inputs: fixed intake [mg/d] and chow calcium content [mg/g] (1% = 10 mg/g)."""
    return {"diet_calcium_intake": diet.calcium_mg_per_day or 0.0,
            "diet_calcium_content": (diet.calcium_percent or 0.0) * 10.0}


def usual_diet(scenario: Scenario) -> Diet:
    """The diet before ``diet.start_day`` and at the pre-pregnant steady state."""
    if scenario.diet.start_day is None:
        return scenario.diet
    return Diet(**DEFAULT_DIET.get(scenario.species, DEFAULT_DIET["human"]))


def _continues(previous: Segment, following: Segment) -> bool:
    """True when following is the straight continuation of previous for every input."""
    for name in INPUT_NAMES:
        _, slope = previous.inputs[name]
        value, following_slope = following.inputs[name]
        if not math.isclose(slope, following_slope, rel_tol=1e-12, abs_tol=1e-15):
            return False
        if not math.isclose(previous.value(name, following.start_day), value, rel_tol=1e-12, abs_tol=1e-12):
            return False
    return True


def build_schedule(scenario: Scenario, gestation_days: float) -> list[Segment]:
    """Cut the scenario's window into segments over which the inputs are linear.

    Parameters
    ----------
    scenario : Scenario
        A validated scenario; its [nursing] table is the cycle delivered on day 0
        and ``cycles`` holds the later ones.
    gestation_days : float
        Length of pregnancy for the species, days (e.g. about 280 for women).

    Returns
    -------
    list of Segment
        Contiguous, sorted segments of positive length covering exactly
        [start_day, end_day], each carrying every input in ``INPUT_NAMES``.

    Raises
    ------
    ScenarioError
        On ``cycles[i].delivery_day`` when that pregnancy would start before the
        previous cycle's weaning (nursing and pregnancy do not overlap here).
    ValueError
        If gestation_days is not a positive finite number.
    """
    valid = isinstance(gestation_days, (int, float)) and math.isfinite(gestation_days) and gestation_days > 0
    if not valid:
        raise ValueError(f"gestation_days = {gestation_days!r}: must be a finite number of days > 0")
    cycles: list[tuple[float, Nursing]] = [(0.0, scenario.nursing)]
    cycles += [(cycle.delivery_day, cycle) for cycle in scenario.cycles]
    for index in range(1, len(cycles)):
        delivery_day = cycles[index][0]
        previous_delivery, previous = cycles[index - 1]
        previous_weaning = previous_delivery + previous.weaning_day
        pregnancy_start = delivery_day - gestation_days
        if pregnancy_start < previous_weaning - _SAME_DAY_TOLERANCE:
            raise field_error(
                ("cycles", index - 1, "delivery_day"), delivery_day,
                f"must be >= {format_value(previous_weaning + gestation_days)} so that this pregnancy "
                f"({format_value(gestation_days)} days, from day {format_value(pregnancy_start)}) starts "
                f"after the previous cycle's weaning on day {format_value(previous_weaning)}")

    start, end = scenario.start_day, scenario.end_day
    diet_start = scenario.diet.start_day
    candidates = sorted(
        day
        for delivery_day, cycle in cycles
        for day in (delivery_day - gestation_days, delivery_day,
                    delivery_day + cycle.exclusive_days, delivery_day + cycle.weaning_day)
        if start < day < end)
    if diet_start is not None and start < diet_start < end:
        candidates = sorted(candidates + [diet_start])
    before, after = diet_inputs(usual_diet(scenario)), diet_inputs(scenario.diet)
    boundaries = [start]
    for day in candidates:
        if day - boundaries[-1] > _SAME_DAY_TOLERANCE and end - day > _SAME_DAY_TOLERANCE:
            boundaries.append(day)
    boundaries.append(end)

    segments: list[Segment] = []
    for segment_start, segment_end in zip(boundaries[:-1], boundaries[1:]):
        middle = 0.5 * (segment_start + segment_end)
        nursing_value, nursing_slope, gestation_value, gestation_slope = 0.0, 0.0, 0.0, 0.0
        for delivery_day, cycle in cycles:
            value, slope = _nursing_at(cycle, delivery_day, middle, segment_start)
            nursing_value, nursing_slope = nursing_value + value, nursing_slope + slope
            value, slope = _gestation_at(delivery_day, gestation_days, middle, segment_start)
            gestation_value, gestation_slope = gestation_value + value, gestation_slope + slope
        diet = after if diet_start is None or middle >= diet_start else before
        segment = Segment(segment_start, segment_end, {"nursing": (nursing_value, nursing_slope),
                                                       "gestation": (gestation_value, gestation_slope),
                                                       **{name: (diet[name], 0.0) for name in DIET_INPUTS}})
        if segments and _continues(segments[-1], segment):
            segment = Segment(segments[-1].start_day, segment_end, segments[-1].inputs)
            segments[-1] = segment
        else:
            segments.append(segment)
    return segments
