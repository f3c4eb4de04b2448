"""Integrate the compiled system segment by segment, restarting LSODA at every scheduled event."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numba
import numpy as np

from ..scenario.schedule import DIET_INPUTS
from .compiled import CompiledModel
from .errors import SolverError
from .lsoda import lsoda_address, quiet_native_output, right_hand_side_failures
from .native import call_lsoda


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


def _segment_vectors(model: CompiledModel, base: np.ndarray, segments: Sequence) -> np.ndarray:
    """:func:`segment_vector` of every segment (rows), bound in one assignment."""
    rows = [segment_values(segment) for segment in segments]
    names = list(rows[0]) if rows else []
    vectors = np.repeat(np.asarray(base, dtype=float)[None, :], len(segments), axis=0)
    vectors[:, [model.index(name) for name in names]] = [[row[name] for name in names] for row in rows]
    return vectors


def _non_finite_states(model: CompiledModel, states: np.ndarray) -> str:
    names = model.system.state_names
    return ", ".join(f"{name}={value:.4g}" for name, value in zip(names, states) if not np.isfinite(value))


def integrate(model: CompiledModel, initial: np.ndarray, segments: Sequence, output_days: np.ndarray,
              base: np.ndarray, tolerances: Tolerances = DEFAULT_TOLERANCES
              ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Integrate over every segment.

    Returns the states (times x states), the parameter vector of each segment
    (segments x vector) and the segment of each output time. The segments run
    in one compiled loop (:func:`_run_segments`), LSODA called from it.

    Raises :class:`SolverError` naming the segment, time and states when LSODA fails or a state is not finite.
    """
    output_days = np.ascontiguousarray(output_days, dtype=np.float64)
    initial = np.ascontiguousarray(initial, dtype=np.float64)
    vectors = _segment_vectors(model, base, segments)
    starts = np.array([segment.start_day for segment in segments], dtype=np.float64)
    ends = np.array([segment.end_day for segment in segments], dtype=np.float64)
    states = np.empty((output_days.size, initial.size))
    segment_of_time = np.zeros(output_days.size, dtype=np.int64)
    failed_state = np.empty(initial.size)  # the states where a segment's solution stops being finite
    with right_hand_side_failures(), quiet_native_output():  # once for all the segments
        failed, row, day = _run_segments(lsoda_address(), model.rhs_address, initial, starts, ends, output_days,
                                         vectors, tolerances.relative, tolerances.absolute,
                                         tolerances.maximum_steps, states, segment_of_time, failed_state)
    if failed >= 0:
        segment = segments[failed]
        where = f"segment {failed} (days {segment.start_day:g} to {segment.end_day:g})"
        if row < 0:
            raise SolverError(f"solver failed in {where}: LSODA stopped before reaching day {segment.end_day:g} "
                              f"(step budget {tolerances.maximum_steps} or tolerance not met)")
        raise SolverError(f"solver failed in {where} near day {day:g}: non-finite states "
                          f"{_non_finite_states(model, failed_state)}")
    return states, vectors, segment_of_time


@numba.njit(cache=True)
def _segment_times(start, inside, end):
    """The segment's start, the output days inside it and its end, sorted, each once (``np.unique`` of them,
    without its sort when the output days come sorted, as :func:`~lactabone.simulation.output_days` gives them)."""
    times = inside
    if not times.size or times[0] != start:
        times = np.concatenate((np.array([start]), times))
    if times[-1] != end:
        times = np.concatenate((times, np.array([end])))
    if not (times[1:] > times[:-1]).all():
        return np.unique(times)
    return times


@numba.njit(cache=True)
def _run_segments(lsoda, rhs, initial, starts, ends, output_days, vectors, relative, absolute, maximum_steps,
                  states, segment_of_time, failed_state):
    """LSODA (at address ``lsoda``) over each segment in turn from ``initial``, with the right-hand side at
    ``rhs`` and the segment's row of ``vectors``; each output day's states into ``states`` and its segment into
    ``segment_of_time``.

    Returns ``(segment, row, day)``: segment -1 when every segment succeeded; else the segment that failed,
    row -1 when LSODA stopped, or the first row of its solution with a non-finite state (copied into
    ``failed_state``) and its day.
    """
    current = initial.copy()
    last = starts.size - 1
    success = np.zeros(1, dtype=np.int32)
    for number in range(starts.size):
        inside = np.flatnonzero((output_days >= starts[number]) & ((output_days < ends[number]) | (number == last)))
        times = _segment_times(starts[number], output_days[inside], ends[number])
        solution = np.full((times.size, current.size), np.nan)
        success[0] = 999
        call_lsoda(lsoda, rhs, current, vectors[number], times, solution, relative, absolute, maximum_steps,
                   success)
        if success[0] != 1:
            return number, -1, 0.0
        for row in range(times.size):
            if not np.isfinite(solution[row]).all():
                failed_state[:] = solution[row]
                return number, row, times[row]
        positions = np.searchsorted(times, output_days[inside])
        for index in range(inside.size):
            states[inside[index]] = solution[positions[index]]
            segment_of_time[inside[index]] = number
        current = solution[times.size - 1].copy()
    return -1, -1, 0.0
