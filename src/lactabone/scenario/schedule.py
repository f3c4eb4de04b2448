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
    (constant when abrupt, falling linearly to 0 when gradual), then 0. Where
    the species has a lactation curve (cows: ``lactation_curve_exponent`` > 0),
    full milk follows Wood's curve (Wood 1967 Nature 216:164) scaled to 1 at
    its peak, ``((t + 1) / (T + 1))^b exp(b (1 - (t + 1) / (T + 1)))`` with t days
    since calving and T = ``lactation_peak_day``, linear between knots. Where
    the gland starts secreting before delivery (cows' colostrum:
    ``prepartum_secretion_days`` > 0), nursing takes its delivery-day value
    over those days before delivery.
gestation
    Fraction of gestation elapsed (1): rises linearly from 0 to 1 over the
    ``gestation_days`` before each delivery, 0 otherwise.
diet_calcium_intake, diet_calcium_content, diet_dcad
    The diet (mg/d, mg of calcium per g of chow, and the ration's cation-anion
    difference in mEq/kg), constant within a segment: the species' usual diet
    before ``diet.start_day``, the scenario's diet from it (throughout when it
    is not set). A cow eats the close-up ration of her ``[cow]`` table from
    start_day to calving, and the ``[diet]`` from calving.

A scenario that starts during a pregnancy, at its delivery or after it is
preceded by the course of its history from the first conception
(``pregnancy_lead_in``): the mother carries the fetus she would have carried,
and nurses as the scenario says, on her usual diet, until start_day, so no
pregnancy switches on at start_day and a run from delivery starts from the
end of the pregnancy (the placental steroids fall within its first day).
"""
from __future__ import annotations

import math
from dataclasses import dataclass

from lactabone.scenario.errors import field_error, format_value
from lactabone.scenario.schema import DEFAULT_DIET, Diet, Nursing, Scenario

INPUT_NAMES = ("nursing", "gestation", "diet_calcium_intake", "diet_calcium_content", "diet_dcad")
"""Names of the inputs present in every segment."""
DIET_INPUTS = ("diet_calcium_intake", "diet_calcium_content", "diet_dcad")
"""The inputs set by the diet, constant within a segment."""
_SAME_DAY_TOLERANCE = 1e-9
"""Breakpoints closer than this (days) are treated as one."""


#: Days after calving where the piecewise-linear lactation curve has a knot (then every 14 days).
LACTATION_CURVE_KNOTS = (1.0, 2.0, 3.0, 5.0, 7.0, 10.0, 14.0, 21.0, 28.0, 35.0, 42.0, 49.0, 56.0)


#: The species parameters the schedule reads, in the order of :class:`SpeciesTimeline`'s fields.
TIMELINE_PARAMETERS = ("gestation_length", "lactation_curve_exponent", "lactation_peak_day", "dcad_reference",
                       "prepartum_secretion_days")


@dataclass(frozen=True)
class SpeciesTimeline:
    """What the species' parameters say about the timeline (from its parameter values).

    Attributes
    ----------
    gestation_days : float
        Length of pregnancy, days.
    lactation_curve_exponent, lactation_peak_day : float
        Wood's ``b`` (0: milk demand flat while nursing) and the day of peak yield.
    dcad_reference : float
        Cation-anion difference of the species' usual ration, mEq/kg.
    prepartum_secretion_days : float
        Days before delivery that the gland starts secreting (colostrum) (0: from delivery).
    """

    gestation_days: float
    lactation_curve_exponent: float = 0.0
    lactation_peak_day: float = 1.0
    dcad_reference: float = 0.0
    prepartum_secretion_days: float = 0.0

    @classmethod
    def of(cls, values) -> "SpeciesTimeline":
        """From a species' parameter values (a mapping of name to value)."""
        return cls(*(values[name] for name in TIMELINE_PARAMETERS))

    def lactation_curve(self, days_since_delivery: float) -> float:
        """Full milk demand relative to its peak at a day after delivery (1 without a curve)."""
        b = self.lactation_curve_exponent
        if b == 0:
            return 1.0
        x = (days_since_delivery + 1.0) / (self.lactation_peak_day + 1.0)
        return x**b * math.exp(b * (1.0 - x))

    def curve_knots(self, weaning_day: float) -> list[float]:
        """Days after delivery where the linearised curve changes slope (none without a curve)."""
        if self.lactation_curve_exponent == 0:
            return []
        knots = [day for day in LACTATION_CURVE_KNOTS if day < weaning_day]
        day = LACTATION_CURVE_KNOTS[-1] + 14.0
        while day < weaning_day:
            knots.append(day)
            day += 14.0
        return knots


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


def _share_of_full_milk(cycle: Nursing, regime_day: float, since_delivery: float) -> float:
    """Share of full milk at a day after delivery, in the regime (exclusive, partial, taper) of regime_day."""
    if regime_day < cycle.exclusive_days:
        return 1.0
    if cycle.weaning == "abrupt":
        return cycle.partial_fraction
    taper = (cycle.weaning_day - since_delivery) / (cycle.weaning_day - cycle.exclusive_days)
    return cycle.partial_fraction * taper


def _nursing_at(cycle: Nursing, delivery_day: float, piece: tuple[float, float],
                timeline: SpeciesTimeline) -> tuple[float, float]:
    """(value at the piece's start, slope) of one cycle's nursing on a piece (start, end) of the timeline.

    Exact for flat and tapering nursing; the lactation curve is taken linear between the piece's ends.
    """
    start, end = piece
    regime_day = 0.5 * (start + end) - delivery_day
    if cycle.offspring > 0 and -timeline.prepartum_secretion_days <= regime_day < 0:
        return cycle.offspring * timeline.lactation_curve(0.0), 0.0  # colostrum secreted before delivery
    if cycle.offspring == 0 or regime_day < 0 or regime_day >= cycle.weaning_day:
        return 0.0, 0.0
    first, last = (cycle.offspring * timeline.lactation_curve(day - delivery_day)
                   * _share_of_full_milk(cycle, regime_day, day - delivery_day) for day in (start, end))
    return first, (last - first) / (end - start)


def _gestation_at(delivery_day: float, gestation_days: float, piece_day: float,
                  day: float) -> tuple[float, float]:
    """(value at day, slope) of one pregnancy's elapsed fraction on the piece containing piece_day."""
    if not -gestation_days <= piece_day - delivery_day < 0:
        return 0.0, 0.0
    return max(0.0, 1.0 + (day - delivery_day) / gestation_days), 1.0 / gestation_days


def diet_inputs(diet: Diet, dcad: float = 0.0) -> dict[str, float]:
    """The diet's inputs: fixed intake [mg/d], chow calcium content [mg/g] (1% = 10 mg/g), DCAD [mEq/kg]."""
    return {"diet_calcium_intake": diet.calcium_mg_per_day or 0.0,
            "diet_calcium_content": (diet.calcium_percent or 0.0) * 10.0,
            "diet_dcad": dcad}


def close_up_inputs(scenario: Scenario, timeline: SpeciesTimeline) -> dict[str, float] | None:
    """A cow's close-up ration before calving (from her [cow] table); None when the scenario has none."""
    cow = scenario.cow
    if cow is None or (cow.prepartum_calcium_g_per_day is None and cow.dcad_meq_per_kg is None):
        return None
    usual = diet_inputs(usual_diet(scenario), timeline.dcad_reference)
    if cow.prepartum_calcium_g_per_day is not None:
        usual["diet_calcium_intake"] = cow.prepartum_calcium_g_per_day * 1000.0
        usual["diet_calcium_content"] = 0.0
    if cow.dcad_meq_per_kg is not None:
        usual["diet_dcad"] = cow.dcad_meq_per_kg
    return usual


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


def pregnancy_lead_in(scenario: Scenario, gestation_days: float) -> tuple[float, float] | None:
    """(first conception day, start_day) when start_day falls after the first conception, else None
    [days since delivery].

    A run that starts during a pregnancy, at a delivery or after it starts from
    the states that pregnancy (and what followed it) left, not from the
    pre-pregnant ones: the placental steroids fall at delivery within the run.
    """
    conception = -gestation_days
    if scenario.start_day > conception + _SAME_DAY_TOLERANCE:
        return conception, scenario.start_day
    return None


def build_schedule(scenario: Scenario, gestation_days: float | SpeciesTimeline,
                   window: tuple[float, float] | None = None) -> list[Segment]:
    """Cut the scenario's window into segments over which the inputs are linear.

    Parameters
    ----------
    scenario : Scenario
        A validated scenario; its [nursing] table is the cycle delivered on day 0
        and ``cycles`` holds the later ones.
    gestation_days : float or SpeciesTimeline
        Length of pregnancy for the species, days (e.g. about 280 for women), or
        the species' whole timeline (lactation curve, usual ration).
    window : (float, float), optional
        Days to cover instead of [start_day, end_day]; before start_day the
        mother eats her usual diet (see :func:`pregnancy_lead_in`).

    Returns
    -------
    list of Segment
        Contiguous, sorted segments of positive length covering exactly
        [start_day, end_day] (or the window), each carrying every input in ``INPUT_NAMES``.

    Raises
    ------
    ScenarioError
        On ``cycles[i].delivery_day`` when that pregnancy would start before the
        previous cycle's weaning (nursing and pregnancy do not overlap here).
    ValueError
        If gestation_days is not a positive finite number.
    """
    timeline = gestation_days if isinstance(gestation_days, SpeciesTimeline) else SpeciesTimeline(gestation_days)
    gestation_days = timeline.gestation_days
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

    start, end = window if window is not None else (scenario.start_day, scenario.end_day)
    diet_start = scenario.diet.start_day
    candidates = sorted(
        day
        for delivery_day, cycle in cycles
        for day in (delivery_day - gestation_days, delivery_day - timeline.prepartum_secretion_days, delivery_day,
                    delivery_day + cycle.exclusive_days, delivery_day + cycle.weaning_day,
                    *(delivery_day + knot for knot in timeline.curve_knots(cycle.weaning_day)))
        if start < day < end)
    if diet_start is not None and start < diet_start < end:
        candidates = sorted(candidates + [diet_start])
    before = diet_inputs(usual_diet(scenario), timeline.dcad_reference)
    after = diet_inputs(scenario.diet, timeline.dcad_reference)
    close_up = close_up_inputs(scenario, timeline)
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
            value, slope = _nursing_at(cycle, delivery_day, (segment_start, segment_end), timeline)
            nursing_value, nursing_slope = nursing_value + value, nursing_slope + slope
            value, slope = _gestation_at(delivery_day, gestation_days, middle, segment_start)
            gestation_value, gestation_slope = gestation_value + value, gestation_slope + slope
        diet = after if (diet_start is None or middle >= diet_start) and middle >= scenario.start_day else before
        if close_up is not None and scenario.start_day <= middle < 0:
            diet = close_up
        segment = Segment(segment_start, segment_end, {"nursing": (nursing_value, nursing_slope),
                                                       "gestation": (gestation_value, gestation_slope),
                                                       **{name: (diet[name], 0.0) for name in DIET_INPUTS}})
        if segments and _continues(segments[-1], segment):
            segment = Segment(segments[-1].start_day, segment_end, segments[-1].inputs)
            segments[-1] = segment
        else:
            segments.append(segment)
    return segments
