"""Percentile bands over time with bounded memory: per-day histograms on a fixed grid.

A population of any size is summarised by, for each output and each day, the
counts of subjects in ``BINS`` equal bins spanning a fixed range, plus the
running sum (for the mean). Memory
is ``outputs x days x BINS`` counters whatever the number of subjects, and
histograms from separate workers simply add. The range is set from a pilot
group of subjects, widened by half its span on each side; values outside it
are counted in the edge bins and reported (``outside_grid``). A percentile is
read by linear interpolation within its bin, so it is exact to within one bin
width, (range) / ``BINS`` = 2 x (pilot span) / ``BINS``: 0.5% of the pilot span.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

#: Bins per output and day.
BINS = 400
#: Percentiles reported [%].
PERCENTILES = (5, 25, 50, 75, 95)


def grid_from_pilot(trajectories: dict[str, np.ndarray]) -> dict[str, tuple[float, float]]:
    """The fixed range of each output: the pilot's range widened by half its span on each side."""
    grid = {}
    for name, values in trajectories.items():
        low, high = float(np.min(values)), float(np.max(values))
        span = max(high - low, 1e-6 * max(abs(low), abs(high), 1.0))
        grid[name] = (low - 0.5 * span, high + 0.5 * span)
    return grid


@dataclass
class BandAccumulator:
    """Streaming histograms, sums and counts of trajectories, one row per day."""

    grid: dict[str, tuple[float, float]]
    days: int
    subjects: int = 0
    counts: dict[str, np.ndarray] = field(default_factory=dict)
    sums: dict[str, np.ndarray] = field(default_factory=dict)
    outside_grid: dict[str, int] = field(default_factory=dict)

    def __post_init__(self) -> None:
        for name in self.grid:
            self.counts.setdefault(name, np.zeros((self.days, BINS), dtype=np.int32))
            self.sums.setdefault(name, np.zeros(self.days))
            self.outside_grid.setdefault(name, 0)

    def add(self, trajectories: dict[str, np.ndarray]) -> None:
        """Add subjects: each output an array ``(subjects, days)``."""
        added = None
        for name, (low, high) in self.grid.items():
            values = np.asarray(trajectories[name], dtype=float)
            added = values.shape[0]
            position = (values - low) * (BINS / (high - low))
            self.outside_grid[name] += int(np.count_nonzero((position < 0) | (position >= BINS)))
            bins = np.clip(position.astype(np.int64), 0, BINS - 1)
            flat = bins + BINS * np.arange(self.days)[None, :]
            self.counts[name] += np.bincount(flat.ravel(), minlength=self.days * BINS).reshape(self.days, BINS).astype(np.int32)
            self.sums[name] += values.sum(axis=0)
        self.subjects += added or 0

    def merge(self, other: "BandAccumulator") -> None:
        """Add another accumulator on the same grid."""
        for name in self.grid:
            self.counts[name] += other.counts[name]
            self.sums[name] += other.sums[name]
            self.outside_grid[name] += other.outside_grid[name]
        self.subjects += other.subjects

    def mean(self, name: str) -> np.ndarray:
        """Mean over subjects, per day."""
        return self.sums[name] / max(self.subjects, 1)

    def percentile(self, name: str, percent: float) -> np.ndarray:
        """The ``percent`` percentile per day, interpolated within its bin (exact to one bin width)."""
        low, high = self.grid[name]
        width = (high - low) / BINS
        cumulative = np.cumsum(self.counts[name], axis=1)
        rank = percent / 100.0 * cumulative[:, -1]
        index = np.clip(np.count_nonzero(cumulative < rank[:, None], axis=1), 0, BINS - 1)
        below = np.where(index > 0, cumulative[np.arange(self.days), index - 1], 0)
        inside = self.counts[name][np.arange(self.days), index]
        fraction = np.where(inside > 0, (rank - below) / np.maximum(inside, 1), 0.5)
        return low + width * (index + np.clip(fraction, 0.0, 1.0))
