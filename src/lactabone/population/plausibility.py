"""Which virtual subjects are physiologically plausible (in the spirit of Allen 2016 CPT:PSP 5:140).

Allen et al. first draw *plausible patients*: parameter sets whose outputs stay
within physiological limits; only these enter the population. The limits here
are written relative to the species' own reference values, so one rule serves
every species; the numbers in brackets are those of women. A subject is
rejected, with the first limit it breaks as the reason, when:

- the pre-pregnant steady state does not exist or the solver fails;
- total serum calcium leaves 0.90-1.15 x ``serum_calcium_reference`` on any day
  (2.12-2.70 mmol/L; laboratory reference range about 2.1-2.6 mmol/L);
- intact PTH leaves 0.25-3 x ``pth_reference`` on any day (0.96-11.6 pmol/L;
  adult reference range about 1.6-6.9 pmol/L, widened for lactational suppression);
- circulating PTHrP exceeds 10 x ``pthrp_nonmammary`` on any day (5 pmol/L; assumed:
  higher values are those of humoral hypercalcaemia, not of normal lactation);
- mean milk calcium over full nursing leaves 0.5-2 x the nominal
  ``offspring x milk_volume_per_offspring x milk_calcium_concentration``
  (101-404 mg/d for one infant; assumed limits of half to twice the typical
  ~210 mg/d of Kovacs 2016 Physiol Rev 96:449; study means of milk calcium
  range 84-462 mg/L, Dorea 1999 J Am Coll Nutr 18:309).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import numpy as np

from ..scenario import Scenario
from ..simulation import parameter_values


@dataclass(frozen=True)
class Constraint:
    """One plausibility limit on an output.

    ``over`` is ``every day`` (every simulated day must lie within the limits)
    or ``full nursing mean`` (the mean from day 1 to the end of full nursing).
    """

    output: str
    low: float
    high: float
    unit: str
    over: Literal["every day", "full nursing mean"]
    rule: str

    def violation(self, series: np.ndarray, nursing: np.ndarray) -> str | None:
        """The reason a subject breaks this limit, or None."""
        if self.over == "every day":
            values = (float(np.min(series)), float(np.max(series)))
        else:
            mean = float(np.mean(series[nursing])) if nursing.any() else float("nan")
            values = (mean, mean)
        if not np.isfinite(values).all():
            return f"{self.output} not finite"
        if values[0] < self.low:
            return f"{self.output} {values[0]:.3g} {self.unit} below {self.low:.3g} ({self.over}; {self.rule})"
        if values[1] > self.high:
            return f"{self.output} {values[1]:.3g} {self.unit} above {self.high:.3g} ({self.over}; {self.rule})"
        return None


#: Total serum calcium a plausible subject keeps on every day, relative to ``serum_calcium_reference``.
SERUM_CALCIUM_FACTOR_RANGE = (0.90, 1.15)


def constraints(scenario: Scenario) -> tuple[Constraint, ...]:
    """The plausibility limits for the nominal subject of ``scenario`` (see the module docstring)."""
    nominal = parameter_values(scenario)
    calcium = nominal["serum_calcium_reference"]
    low_calcium, high_calcium = SERUM_CALCIUM_FACTOR_RANGE
    pth = nominal["pth_reference"]
    milk = scenario.nursing.offspring * nominal["milk_volume_per_offspring"] * nominal["milk_calcium_concentration"]
    limits = [
        Constraint("serum_calcium", low_calcium * calcium, high_calcium * calcium, "mmol/L", "every day",
                   f"{low_calcium:.2f}-{high_calcium:.2f} x serum_calcium_reference"),
        Constraint("pth", 0.25 * pth, 3.0 * pth, "pmol/L", "every day", "0.25-3 x pth_reference"),
        Constraint("pthrp", 0.0, 10.0 * nominal["pthrp_nonmammary"], "pmol/L", "every day",
                   "at most 10 x pthrp_nonmammary"),
    ]
    if scenario.nursing.offspring > 0:
        limits.append(Constraint("milk_calcium", 0.5 * milk, 2.0 * milk, "mg/d", "full nursing mean",
                                 "0.5-2 x nominal milk calcium"))
    return tuple(limits)


def first_violation(limits: tuple[Constraint, ...], series: dict[str, np.ndarray],
                    nursing: np.ndarray) -> str | None:
    """The reason for rejecting a subject (the first limit broken), or None when plausible."""
    for limit in limits:
        reason = limit.violation(series[limit.output], nursing)
        if reason is not None:
            return reason
    return None
