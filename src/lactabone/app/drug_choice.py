"""One drug as the page picks it: a dose repeated at even intervals, and the ``[[drugs]]`` table it stands for."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DrugChoice:
    """One drug as picked: a dose repeated ``doses`` times every ``interval_days`` from ``first_day``.

    Attributes
    ----------
    name : str
        A registered drug (``lactabone.model.drugs.DRUGS``).
    dose : float
        Dose per administration, in mg (``dose_key = "dose_mg"``), mg/kg (``"dose_mg_per_kg"``) or g
        (``"dose_g"``, calcium salts).
    dose_key : str
        The scenario key the dose is given under.
    route : str
        One of the drug's routes (``DRUG_ROUTES``).
    first_day : float
        Day of the first dose [d since delivery].
    interval_days : float
        Days between doses [d].
    doses : int
        Number of doses.
    """

    name: str
    dose: float
    dose_key: str
    route: str
    first_day: float = 0.0
    interval_days: float = 1.0
    doses: int = 1

    def days(self) -> list[float]:
        """Days of administration [d since delivery]."""
        return [self.first_day + index * self.interval_days for index in range(self.doses)]

    def mapping(self) -> dict:
        """The ``[[drugs]]`` table of this drug."""
        return {"name": self.name, self.dose_key: self.dose, "route": self.route, "days": self.days()}

    @classmethod
    def from_table(cls, table: dict) -> "DrugChoice":
        """A ``[[drugs]]`` table with evenly spaced days (an experiment's, ``validation.experiments``) as a choice."""
        days = table["days"]
        interval = days[1] - days[0] if len(days) > 1 else 1.0
        dose_key = next(key for key in table if key.startswith("dose"))
        return cls(table["name"], table[dose_key], dose_key, table["route"], days[0], interval, len(days))
