"""Integrate the compiled system segment by segment, restarting LSODA at every scheduled event."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np

from ..scenario.schedule import DIET_INPUTS
from .compiled import CompiledModel
from .errors import SolverError
from .lsoda import lsoda, quiet_native_output


@dataclass(frozen=True)
class Tolerances:
    """LSODA tolerances and step budget.

    Relative and absolute 1e-7 keep the % changes of bone within 5e-5 points of a
    1e-10 solution (mouse_calcitonin, whose recovery crosses zero after weaning;
    1e-6 left 5e-4 points); tighten them for solver studies.
    """

    relative: float = 1e-7
    absolute: float = 1e-7
    maximum_steps: int = 50_000


DEFAULT_TOLERANCES = Tolerances()

#: Inputs that a segment sets: (value at segment start, slope per day).
SEGMENT_INPUTS = {"nursing": ("nursing_at_segment_start", "nursing_slope"),
                  "gestation": ("gestation_at_segment_start", "gestation_slope")}


def segment_values(segment) -> dict[str, float]:
    """The bound inputs of one schedule segment, by their names in the parameter vector."""
    values = {"segment_start_day": segment.start_day}
    for input_name, (value_name, slope_name) in SEGMENT_INPUTS.items():
        values[value_name], values[slope_name] = segment.inputs[input_name]
    values.update({name: segment.inputs[name][0] for name in DIET_INPUTS})
    return values


def segment_vector(model: CompiledModel, base: np.ndarray, segment) -> np.ndarray:
    """The parameter vector for one schedule segment: ``base`` with the segment's inputs bound."""
    vector = base.copy()
    for name, value in segment_values(segment).items():
        vector[model.index(name)] = value
    return vector


def _non_finite_states(model: CompiledModel, states: np.ndarray) -> str:
    names = model.system.state_names
    return ", ".join(f"{name}={value:.4g}" for name, value in zip(names, states) if not np.isfinite(value))


def integrate(model: CompiledModel, initial: np.ndarray, segments: Sequence, output_days: np.ndarray,
              base: np.ndarray, tolerances: Tolerances = DEFAULT_TOLERANCES
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Integrate over every segment.

    Returns the states (times x states), the parameter vector of each segment
    (segments x vector) and the segment of each output time.

    Raises :class:`SolverError` naming the segment, time and states when LSODA fails or a state is not finite.
    """
    states = np.empty((output_days.size, initial.size))
    vectors = np.empty((len(segments), base.size))
    segment_of_time = np.zeros(output_days.size, dtype=np.int64)
    current = np.asarray(initial, dtype=float)
    last = len(segments) - 1
    with quiet_native_output():  # once for all the segments, not once per LSODA call
        for number, segment in enumerate(segments):
            vector = vectors[number] = segment_vector(model, base, segment)
            inside = (output_days >= segment.start_day) & (
                (output_days < segment.end_day) | (number == last))
            times = _segment_times(segment.start_day, output_days[inside], segment.end_day)
            solution, success = lsoda(model.rhs_address, current, times, vector, tolerances.relative,
                                      tolerances.absolute, tolerances.maximum_steps)
            where = f"segment {number} (days {segment.start_day:g} to {segment.end_day:g})"
            if not success:
                raise SolverError(f"solver failed in {where}: LSODA stopped before reaching day {segment.end_day:g} "
                                  f"(step budget {tolerances.maximum_steps} or tolerance not met)")
            if not np.isfinite(solution).all():
                row = int(np.argmin(np.isfinite(solution).all(axis=1)))
                raise SolverError(f"solver failed in {where} near day {times[row]:g}: non-finite states "
                                  f"{_non_finite_states(model, solution[row])}")
            positions = np.searchsorted(times, output_days[inside])
            states[inside] = solution[positions]
            segment_of_time[inside] = number
            current = solution[-1]
    return states, vectors, segment_of_time


def _segment_times(start: float, inside: np.ndarray, end: float) -> np.ndarray:
    """The segment's start, the output days inside it and its end, sorted, each once (``np.unique`` of them,
    without its sort when the output days come sorted, as :func:`~lactabone.simulation.output_days` gives them)."""
    times = inside
    if not times.size or times[0] != start:
        times = np.concatenate(([start], times))
    if times[-1] != end:
        times = np.concatenate((times, [end]))
    if not (times[1:] > times[:-1]).all():
        return np.unique(times)
    return times
