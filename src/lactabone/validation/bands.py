"""Published target ranges as data: the one definition a target's check, its figure and the web page all read."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Band:
    """A published range of one output over some days, for the species it was measured in.

    Attributes
    ----------
    output : str
        Output name (``lactabone.results.outputs``), e.g. ``"bmd_spine_change"``.
    low, high : float
        The range, in the output's unit (or as multiples of the pre-pregnant
        value when ``relative`` is true); a one-sided target keeps ``high`` as
        the top of the drawn band and checks with ``value >= low``.
    days : tuple of float or None
        First and last day where the range applies [d since delivery, or since
        weaning when ``after_weaning``]; None: throughout.
    after_weaning : bool
        ``days`` are counted from the first weaning rather than from delivery.
    relative : bool
        ``low`` and ``high`` are multiples of the output's value in a mother
        who is not nursing (her pre-pregnant steady state).
    species : tuple of str
        Species the measurement was made in.
    condition : str
        The scenario the measurement belongs to, for labels
        (e.g. ``"one infant, exclusive nursing"``).
    """

    output: str
    low: float
    high: float
    days: tuple[float, float] | None = None
    after_weaning: bool = False
    relative: bool = False
    species: tuple[str, ...] = ("human",)
    condition: str = ""

    @property
    def range(self) -> tuple[float, float]:
        """(low, high), as drawn."""
        return (self.low, self.high)

    def contains(self, value: float) -> bool:
        """Whether ``value`` lies in [low, high]."""
        return self.low <= value <= self.high

    def days_for(self, weaning_day: float | None) -> tuple[float, float] | None:
        """Where the band applies, in days since delivery (None: throughout).

        Raises ValueError for a band counted from weaning when ``weaning_day`` is None.
        """
        if self.days is None or not self.after_weaning:
            return self.days
        if weaning_day is None:
            raise ValueError(f"the {self.output} band is counted from weaning, and there is no weaning")
        return (weaning_day + self.days[0], weaning_day + self.days[1])
