"""Scenario schema: pydantic models for the keys of a scenario file (SPEC.md, "Public interface").

Days are counted from the first delivery (day 0); negative days are in
pregnancy. Fixed ranges are pydantic constraints; ranges that depend on other
keys (end after start, limits that depend on the species) are checked by model
validators that raise :class:`~lactabone.scenario.errors.ScenarioError`, so
every message names the field, the value and what is allowed.

The species, drug, route and knockout registries are read when a scenario is
validated (not when this module is imported), so registries that grow later
are honoured and importing the model package from here cannot loop.
"""
from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from lactabone.limits import MAX_CYCLES, MAX_DOSE_MG, MAX_DOSE_MG_PER_KG, MAX_DOSES, MAX_OUTPUT_ROWS
from lactabone.scenario.errors import MISSING, field_error, from_validation_error
from lactabone.scenario.toml_text import scenario_to_toml

Number = Annotated[float, Field(strict=True, allow_inf_nan=False)]
"""A finite number (an integer is accepted); strings and booleans are refused."""
Integer = Annotated[int, Field(strict=True)]
"""A whole number; floats, strings and booleans are refused."""

MAX_OFFSPRING: dict[str, int] = {"human": 3, "mouse": 14, "rat": 16, "cow": 1}
"""Largest number of offspring nursed at once, per species (a cow is milked: her yield is her own, not her calves',
and twin calvings are not modelled)."""
OFFSPRING_NOUN: dict[str, str] = {"human": "infants", "mouse": "pups", "rat": "pups", "cow": "calves"}
"""What the offspring of each species are called in messages."""
ONE_OFFSPRING_NOUN: dict[str, str] = {"human": "infant", "mouse": "pup", "rat": "pup", "cow": "calf"}
"""What one offspring of each species is called."""
DIET_CALCIUM_RANGE_MG: dict[str, tuple[float, float]] = {
    "human": (50, 5000),
    "mouse": (0.5, 100),
    "rat": (1, 300),
    "cow": (10000, 300000),
}
"""Allowed dietary calcium intake per species, (lowest, highest) in mg/day."""
DIET_CALCIUM_PERCENT_RANGE: dict[str, tuple[float, float]] = {"mouse": (0.01, 3), "rat": (0.01, 3), "cow": (0.1, 2)}
"""Allowed calcium content of chow or ration dry matter per species, (lowest, highest) in % of diet."""
DEFAULT_DIET: dict[str, dict[str, float]] = {
    "human": {"calcium_mg_per_day": 1000.0},
    "mouse": {"calcium_percent": 1.0},
    "rat": {"calcium_percent": 1.0},
    "cow": {"calcium_percent": 0.8},
}
"""Diet when a scenario gives none: 1000 mg/d for women, 1% calcium chow for rodents (Kirby 2013 JBMR 28:1987)."""
EARLIEST_START_DAY = -400.0
"""Earliest allowed start_day, days before the first delivery."""
LONGEST_SPAN_DAYS = 36500.0
"""Longest allowed simulation, end_day - start_day, in days (100 years)."""
WEANING_KINDS = ("abrupt", "gradual")
NURSING_KEYS = ("offspring", "exclusive_days", "weaning_day", "weaning", "partial_fraction")
CYCLE_KEYS = ("delivery_day",) + NURSING_KEYS
DRUG_KEYS = ("name", "dose_mg", "dose_mg_per_kg", "dose_g", "route", "days")
COW_KEYS = ("parity", "peak_milk_kg_per_day", "prepartum_calcium_g_per_day", "dcad_meq_per_kg")
DIET_KEYS = ("calcium_mg_per_day", "calcium_percent", "start_day")
HERD_KEYS = ("parity_shares", "rations")
RATION_KEYS = ("share", "dcad_meq_per_kg", "prepartum_calcium_g_per_day")
#: Most lactations a herd description lists shares for (the [cow] table's highest parity).
MAX_HERD_PARITY = 10
#: How far the shares of a herd description may sum from 1 (rounding in published tables).
SHARE_SUM_TOLERANCE = 0.01
TOP_LEVEL_KEYS = ("species", "start_day", "end_day", "reference_day", "output_step_days", "nursing",
                  "diet", "drugs", "knockouts", "parameters", "cycles", "cow", "herd")


def species_registry() -> tuple[str, ...]:
    """Species that have a parameter set (``lactabone.parameters.SPECIES``)."""
    from lactabone import parameters

    return tuple(parameters.SPECIES)


def drug_registry() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Known drug names and administration routes (``lactabone.model.drugs``)."""
    from lactabone.model import drugs

    return tuple(drugs.DRUGS), tuple(drugs.ROUTES)


def knockout_registry() -> tuple[str, ...]:
    """Known knockout names (``lactabone.model.knockouts.KNOCKOUTS``)."""
    from lactabone.model import knockouts

    return tuple(knockouts.KNOCKOUTS)


def offspring_noun(species: str, count: int) -> str:
    """What ``count`` offspring of a species are called: ``infant`` for one, ``infants`` for two; ``pups``, ``calf``."""
    return ONE_OFFSPRING_NOUN[species] if count == 1 else OFFSPRING_NOUN[species]


def _one_of(names: tuple[str, ...]) -> str:
    return "must be one of " + ", ".join(repr(name) for name in names)


def _days(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def _offspring_requirement(species: str | None) -> str:
    if species == "cow":
        return ("must be 0 or 1 (1 = milked; a cow's yield is [cow] peak_milk_kg_per_day, not her calves' number, "
                "and twin calvings are not modelled)")
    if species in MAX_OFFSPRING:
        return (f"must be an integer from 0 to {MAX_OFFSPRING[species]} "
                f"({OFFSPRING_NOUN[species]} for {species}; 0 = no nursing)")
    return "must be an integer >= 0 (number of offspring; 0 = no nursing)"


def _diet_requirement(species: str | None) -> str:
    if species in DIET_CALCIUM_RANGE_MG:
        lowest, highest = DIET_CALCIUM_RANGE_MG[species]
        return f"must be a number from {_days(lowest)} to {_days(highest)} (mg/day of calcium for {species})"
    return "must be a number > 0 (mg/day of calcium)"


def _percent_requirement(species: str | None) -> str:
    if species in DIET_CALCIUM_PERCENT_RANGE:
        lowest, highest = DIET_CALCIUM_PERCENT_RANGE[species]
        feed = "the ration's dry matter" if species == "cow" else f"{species} chow"
        return f"must be a number from {_days(lowest)} to {_days(highest)} (% calcium in {feed})"
    percent_species = ", ".join(DIET_CALCIUM_PERCENT_RANGE)
    if species is None:
        return f"must be a number within the species' range (% calcium in chow or ration: {percent_species})"
    return f"is for chow or rations ({percent_species}); give calcium_mg_per_day for {species} instead"


COW_LEVER_MEANINGS: dict[str, str] = {
    "parity": "1: a first-calf heifer",
    "peak_milk_kg_per_day": "kg of milk per day at peak",
    "prepartum_calcium_g_per_day": "g/day of calcium in the close-up ration",
    "dcad_meq_per_kg": "mEq/kg of dry matter in the close-up ration",
}
"""What each [cow] key means, with its unit (its range is the ``Cow`` field's)."""
#: The [cow] keys a [[herd.rations]] table may set for its share of the herd (same ranges as in [cow]).
RATION_LEVERS = ("dcad_meq_per_kg", "prepartum_calcium_g_per_day")


def field_bounds(model: type[BaseModel], name: str) -> tuple[float | None, float | None]:
    """The (lowest, highest) value a field of a scenario table allows, read from its constraints (ge, le).

    Parameters
    ----------
    model : type
        A scenario table (``Cow``, ``Nursing``, ...).
    name : str
        One of its fields.

    Returns
    -------
    tuple of float or None
        The inclusive bounds, in the field's unit; None where the field has none.
    """
    lowest = highest = None
    for constraint in model.model_fields[name].metadata:
        lowest = getattr(constraint, "ge", lowest)
        highest = getattr(constraint, "le", highest)
    return lowest, highest


def cow_requirement(key: str) -> str:
    """What a [cow] key allows: its range from the ``Cow`` field, its meaning and unit."""
    lowest, highest = field_bounds(Cow, key)
    kind, optional = ("an integer", "") if key == "parity" else ("a number", ", or left out")
    return f"must be {kind} from {_days(lowest)} to {_days(highest)} ({COW_LEVER_MEANINGS[key]}){optional}"


def requirement_for(path: tuple, error_type: str, species: str | None = None) -> str:
    """Describe what is allowed at a field path, for errors pydantic found itself.

    Parameters
    ----------
    path : tuple of str or int
        Keys and list indices from the top of the scenario.
    error_type : str
        The pydantic error type (``"extra_forbidden"`` lists the allowed keys).
    species : str or None
        The scenario's species when known, for species-dependent ranges.

    Returns
    -------
    str
        Text that follows ``"<field> = <value>: "``.
    """
    pattern = tuple("[]" if isinstance(part, int) else part for part in path)
    if error_type == "extra_forbidden":
        tables = {(): ("the top level", TOP_LEVEL_KEYS), ("nursing",): ("[nursing]", NURSING_KEYS),
                  ("diet",): ("[diet]", DIET_KEYS), ("drugs", "[]"): ("[[drugs]]", DRUG_KEYS),
                  ("cow",): ("[cow]", COW_KEYS), ("herd",): ("[herd]", HERD_KEYS),
                  ("herd", "rations", "[]"): ("[[herd.rations]]", RATION_KEYS),
                  ("cycles", "[]"): ("[[cycles]]", CYCLE_KEYS)}
        where, keys = tables.get(pattern[:-1], ("this table", ()))
        hint = ""
        if len(path) > 1 and path[-1] in TOP_LEVEL_KEYS:
            hint = (f" ({path[-1]} is a top-level key: in TOML, keys after a [table] header belong to "
                    "that table, so put top-level keys before the first table)")
        return f"unknown key; allowed keys in {where}: " + ", ".join(keys) + hint
    if pattern[:1] == ("parameters",) and len(pattern) > 1:
        return "must be a finite number (parameter override, in the parameter's own unit)"
    nursing_field = pattern[-1] if pattern[:1] in (("nursing",), ("cycles",)) and len(pattern) > 1 else None
    if nursing_field == "offspring":
        return _offspring_requirement(species)
    if nursing_field == "exclusive_days":
        return "must be a number of days >= 0 (full nursing from delivery)"
    if nursing_field == "weaning_day":
        return "must be a number of days after delivery, >= 0 and >= exclusive_days"
    if nursing_field == "weaning":
        return _one_of(WEANING_KINDS)
    if nursing_field == "partial_fraction":
        return "must be a number from 0 to 1 (share of full milk after exclusive_days)"
    if nursing_field == "delivery_day":
        return "must be a number of days, after the previous delivery plus its weaning_day and <= end_day"
    if pattern == ("species",):
        return _one_of(species_registry())
    if pattern == ("diet", "calcium_mg_per_day"):
        return _diet_requirement(species)
    if pattern == ("diet", "calcium_percent"):
        return _percent_requirement(species)
    if pattern == ("diet", "start_day"):
        return "must be a number of days since delivery within [start_day, end_day], or left out"
    if pattern[:1] == ("drugs",) and len(pattern) == 3:
        drug_names, routes = drug_registry()
        return {
            "name": _one_of(drug_names),
            "route": _one_of(routes),
            "dose_mg": f"must be a number > 0 and <= {MAX_DOSE_MG:.0f} (mg per dose)",
            "dose_mg_per_kg": f"must be a number > 0 and <= {MAX_DOSE_MG_PER_KG:.0f} "
                              "(mg per kg body weight per dose)",
            "dose_g": f"must be a number > 0 and <= {MAX_DOSE_MG / 1000:.0f} (g per dose; calcium salts: g of "
                      "calcium)",
            "days": f"must be a non-empty array of days within [start_day, end_day] (at most {MAX_DOSES})",
        }.get(pattern[2], "unknown drug key; allowed keys: " + ", ".join(DRUG_KEYS))
    if pattern[:1] == ("drugs",) and len(pattern) == 4:
        return "must be a number of days within [start_day, end_day]"
    if pattern[:1] == ("knockouts",) and len(pattern) == 2:
        return _one_of(knockout_registry())
    descriptions = {
        (): "must be a table of scenario keys: " + ", ".join(TOP_LEVEL_KEYS),
        ("start_day",): f"must be a number of days >= {_days(EARLIEST_START_DAY)} "
                        "(relative to the first delivery; negative = pregnancy)",
        ("end_day",): f"must be a number of days > start_day and <= start_day + {_days(LONGEST_SPAN_DAYS)}",
        ("reference_day",): "must be a number of days within [start_day, end_day], or left out",
        ("output_step_days",): "must be a number of days > 0 and <= end_day - start_day",
        ("nursing",): "must be a table with keys " + ", ".join(NURSING_KEYS),
        ("diet",): "must be a table with keys " + ", ".join(DIET_KEYS),
        ("drugs",): "must be an array of [[drugs]] tables",
        ("drugs", "[]"): "must be a table with keys " + ", ".join(DRUG_KEYS),
        ("knockouts",): "must be an array of knockout names, from " + ", ".join(knockout_registry()),
        ("parameters",): "must be a table of parameter name = number",
        ("cycles",): f"must be an array of at most {MAX_CYCLES} [[cycles]] tables",
        ("cow",): "must be a table with keys " + ", ".join(COW_KEYS),
        **{("cow", key): cow_requirement(key) for key in COW_KEYS},
        ("herd",): "must be a table with keys " + ", ".join(HERD_KEYS),
        ("herd", "parity_shares"): f"must be an array of 1 to {MAX_HERD_PARITY} shares of cows in lactation 1, 2, "
                                   f"..., each from 0 to 1, summing to 1 (+-{SHARE_SUM_TOLERANCE:g})",
        ("herd", "parity_shares", "[]"): "must be a number from 0 to 1 (share of the herd's cows in this lactation)",
        ("herd", "rations"): "must be an array of [[herd.rations]] tables whose shares sum to 1, or left out (every "
                             "cow on the [cow] table's close-up ration)",
        ("herd", "rations", "[]"): "must be a table with keys " + ", ".join(RATION_KEYS),
        ("herd", "rations", "[]", "share"): f"must be a number > 0 and <= 1 (share of cows fed this close-up ration; "
                                            f"the shares sum to 1, +-{SHARE_SUM_TOLERANCE:g})",
        **{("herd", "rations", "[]", key): cow_requirement(key) + " (the [cow] table's)" for key in RATION_LEVERS},
        ("cycles", "[]"): "must be a table with keys " + ", ".join(CYCLE_KEYS),
    }
    return descriptions.get(pattern, "invalid value")


_TABLE_PATH: dict[str, tuple] = {"Nursing": ("nursing",), "Cycle": ("cycles", 0), "Diet": ("diet",),
                                  "Drug": ("drugs", 0), "Cow": ("cow",), "Herd": ("herd",),
                                  "Ration": ("herd", "rations", 0)}
"""Where each table sits in a scenario, to describe its keys when it is built on its own."""


class ScenarioModel(BaseModel):
    """Base of the scenario tables: unknown keys are errors; construction raises ScenarioError."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    def __init__(self, /, **data: Any) -> None:
        try:
            super().__init__(**data)
        except ValidationError as error:
            raise _scenario_error(type(self), error, data) from None

    @classmethod
    def model_validate(cls, obj: Any, *args: Any, **kwargs: Any) -> Any:
        """Validate a mapping (as read from a file); raises ScenarioError rather than ValidationError."""
        try:
            return super().model_validate(obj, *args, **kwargs)
        except ValidationError as error:
            raise _scenario_error(cls, error, obj) from None

    def model_copy(self, *, update: dict[str, Any] | None = None, deep: bool = False) -> Any:
        """A copy with ``update`` applied, validated again (a scenario stays valid after any change).

        Raises
        ------
        ScenarioError
            When the updated copy is not a valid scenario.
        """
        data = {name: getattr(self, name) for name in type(self).model_fields if name in self.model_fields_set}
        data.update(update or {})
        return type(self).model_validate(data)


def _scenario_error(model_class: type, error: ValidationError, data: Any) -> Exception:
    """Convert a ValidationError raised while building model_class from data into a ScenarioError."""
    prefix = _TABLE_PATH.get(model_class.__name__, ())
    species = None
    if "species" in model_class.model_fields and isinstance(data, dict):
        species = data.get("species", "human")
        species = species if isinstance(species, str) else None
    return from_validation_error(error, lambda path, kind: requirement_for(prefix + path, kind, species))


class Nursing(ScenarioModel):
    """One reproductive cycle's nursing, days counted from that cycle's delivery.

    Attributes
    ----------
    offspring : int
        Infants (or pups, calves) nursed; 0 means no nursing at all.
    exclusive_days : float
        Days of full nursing from delivery.
    weaning_day : float
        Day nursing stops (abrupt) or has tapered to nothing (gradual);
        defaults to ``exclusive_days``.
    weaning : {"abrupt", "gradual"}
        Abrupt: partial_fraction of full milk until weaning_day, then none.
        Gradual: falls linearly from partial_fraction to none by weaning_day.
    partial_fraction : float
        Share of full milk made between exclusive_days and weaning_day (0 to 1).
    """

    offspring: Integer = Field(default=1, ge=0)
    exclusive_days: Number = Field(default=180.0, ge=0)
    weaning_day: Number = Field(default=180.0, ge=0)
    weaning: Literal["abrupt", "gradual"] = "abrupt"
    partial_fraction: Number = Field(default=0.5, ge=0, le=1)

    @model_validator(mode="before")
    @classmethod
    def _weaning_defaults_to_exclusive_end(cls, data: Any) -> Any:
        if isinstance(data, dict) and "weaning_day" not in data:
            exclusive = data.get("exclusive_days")
            if isinstance(exclusive, (int, float)) and not isinstance(exclusive, bool):
                data = {**data, "weaning_day": exclusive}
        return data

    @model_validator(mode="after")
    def _weaning_after_exclusive_nursing(self) -> "Nursing":
        if self.weaning_day < self.exclusive_days:
            raise field_error(("weaning_day",), self.weaning_day,
                               f"must be >= exclusive_days = {_days(self.exclusive_days)} "
                               "(days after delivery when nursing stops or ends)")
        return self


class Cycle(Nursing):
    """A further reproductive cycle: its delivery day, then the [nursing] keys counted from it.

    Attributes
    ----------
    delivery_day : float
        Day of this delivery, days since the first delivery.
    """

    delivery_day: Number


class Diet(ScenarioModel):
    """Diet: give calcium per day, or (rodents) the calcium content of the chow.

    Attributes
    ----------
    calcium_mg_per_day : float or None
        Dietary calcium intake, mg/day (range depends on the species).
    calcium_percent : float or None
        Calcium in the chow, % of diet (mouse, rat); intake then follows food intake.
    start_day : float or None
        Day this diet starts (days since delivery); before it, and at the
        pre-pregnant steady state, the species' usual diet (``DEFAULT_DIET``).
        None: this diet throughout, the steady state included.
    When neither amount is given the species' default (``DEFAULT_DIET``) is filled in.
    """

    calcium_mg_per_day: Number | None = Field(default=None, gt=0)
    calcium_percent: Number | None = Field(default=None, gt=0)
    start_day: Number | None = None


class Cow(ScenarioModel):
    """The dairy scientist's levers (species ``cow`` only); days are counted from calving (day 0).

    Attributes
    ----------
    parity : int
        Lactation number (1: a first-calf heifer); older cows respond more slowly to PTH and calcitriol.
    peak_milk_kg_per_day : float or None
        Peak of the lactation curve, kg/d; None: the cow set's value for this parity.
    prepartum_calcium_g_per_day : float or None
        Calcium in the close-up ration fed from start_day to calving, g/d; None: the usual dry-cow ration.
    dcad_meq_per_kg : float or None
        Dietary cation-anion difference of the close-up ration, mEq/kg of dry matter; None: the usual ration.
    """

    parity: Integer = Field(default=3, ge=1, le=10)
    peak_milk_kg_per_day: Number | None = Field(default=None, ge=5, le=80)
    prepartum_calcium_g_per_day: Number | None = Field(default=None, ge=5, le=300)
    dcad_meq_per_kg: Number | None = Field(default=None, ge=-300, le=600)


def _optional_like_cow(key: str):
    """An optional field with the range of the [cow] key of the same name."""
    lowest, highest = field_bounds(Cow, key)
    return Field(default=None, ge=lowest, le=highest)


class Ration(ScenarioModel):
    """One close-up ration fed in a herd (species ``cow`` only).

    Attributes
    ----------
    share : float
        Share of the herd's cows fed this ration (0 to 1; the shares sum to 1).
    dcad_meq_per_kg : float or None
        Its cation-anion difference, mEq/kg of dry matter; None: the [cow] table's.
    prepartum_calcium_g_per_day : float or None
        Its calcium, g/d from start_day to calving; None: the [cow] table's.
    """

    share: Number = Field(gt=0, le=1)
    dcad_meq_per_kg: Number | None = _optional_like_cow("dcad_meq_per_kg")
    prepartum_calcium_g_per_day: Number | None = _optional_like_cow("prepartum_calcium_g_per_day")


class Herd(ScenarioModel):
    """A herd of cows (species ``cow`` only), read by ``lactabone population``: who calves, on which ration.

    Attributes
    ----------
    parity_shares : list of float
        Shares of the herd's cows in lactation 1, 2, ... (at most 10 entries, each 0 to 1, summing to 1).
    rations : list of Ration
        Close-up rations and the share of cows fed each; empty: every cow on the [cow] table's ration.
    """

    parity_shares: list[Annotated[float, Field(strict=True, allow_inf_nan=False, ge=0, le=1)]] = Field(
        min_length=1, max_length=MAX_HERD_PARITY)
    rations: list[Ration] = Field(default_factory=list)

    @model_validator(mode="after")
    def _shares_sum_to_one(self) -> "Herd":
        total = sum(self.parity_shares)
        if abs(total - 1) > SHARE_SUM_TOLERANCE:
            raise field_error(("parity_shares",), self.parity_shares,
                              f"must sum to 1 (+-{SHARE_SUM_TOLERANCE:g}); they sum to {total:g}")
        if self.rations:
            total = sum(ration.share for ration in self.rations)
            if abs(total - 1) > SHARE_SUM_TOLERANCE:
                raise field_error(("rations", len(self.rations) - 1, "share"), self.rations[-1].share,
                                  f"the rations' shares must sum to 1 (+-{SHARE_SUM_TOLERANCE:g}); they sum to "
                                  f"{total:g}")
        return self


class Drug(ScenarioModel):
    """A drug given on one or more days.

    Attributes
    ----------
    name : str
        A name from ``lactabone.model.drugs.DRUGS``.
    dose_mg : float or None
        Dose per administration, mg (give this or ``dose_mg_per_kg``).
    dose_mg_per_kg : float or None
        Dose per administration, mg per kg body weight.
    dose_g : float or None
        Dose per administration, g (calcium salts: g of calcium).
    route : str
        One of ``lactabone.model.drugs.ROUTES``.
    days : list of float
        Days of administration, within [start_day, end_day].
    """

    name: Annotated[str, Field(strict=True)]
    dose_mg: Number | None = Field(default=None, gt=0, le=MAX_DOSE_MG)
    dose_mg_per_kg: Number | None = Field(default=None, gt=0, le=MAX_DOSE_MG_PER_KG)
    dose_g: Number | None = Field(default=None, gt=0, le=MAX_DOSE_MG / 1000)
    route: Annotated[str, Field(strict=True)]
    days: list[Number] = Field(min_length=1, max_length=MAX_DOSES)

    @field_validator("name")
    @classmethod
    def _known_drug(cls, name: str) -> str:
        drug_names, _ = drug_registry()
        if name not in drug_names:
            raise field_error((), name, _one_of(drug_names))
        return name

    @field_validator("route")
    @classmethod
    def _known_route(cls, route: str) -> str:
        _, routes = drug_registry()
        if route not in routes:
            raise field_error((), route, _one_of(routes))
        return route

    @model_validator(mode="after")
    def _route_of_this_drug(self) -> "Drug":
        from lactabone.model.pharmacokinetics import DRUG_ROUTES

        if self.route not in DRUG_ROUTES[self.name]:
            raise field_error(("route",), self.route, _one_of(DRUG_ROUTES[self.name]) + f" for {self.name}")
        return self

    @model_validator(mode="after")
    def _exactly_one_dose(self) -> "Drug":
        given = {key: getattr(self, key) for key in ("dose_mg", "dose_mg_per_kg", "dose_g")
                 if getattr(self, key) is not None}
        if not given:
            raise field_error(("dose_mg",), MISSING,
                               "give exactly one of dose_mg (mg), dose_mg_per_kg (mg/kg) or dose_g (g), a number > 0")
        if len(given) > 1:
            (first, value), *others = given.items()
            also = ", ".join(f"{key} = {_days(other)}" for key, other in others)
            raise field_error((first,), value, f"give exactly one of dose_mg, dose_mg_per_kg or dose_g, not "
                                               f"several ({also} was also given)")
        return self

    @property
    def milligrams(self) -> float | None:
        """The fixed dose in mg (from dose_mg or dose_g); None when given per kg."""
        if self.dose_g is not None:
            return self.dose_g * 1000.0
        return self.dose_mg


class Scenario(ScenarioModel):
    """A validated scenario (SPEC.md, "Public interface"). Days are days since the first delivery.

    Attributes
    ----------
    species : str
        One of ``lactabone.parameters.SPECIES``.
    start_day, end_day : float
        Simulated window, days; negative start_day starts in pregnancy.
    reference_day : float or None
        Day that % changes are relative to; None means start_day when
        start_day >= 0, else the pre-pregnancy state.
    output_step_days : float
        Spacing of the output grid, days.
    nursing : Nursing
        The first cycle (delivery on day 0).
    diet : Diet
    drugs : list of Drug
    knockouts : list of str
        Names from ``lactabone.model.knockouts.KNOCKOUTS``, no duplicates.
    parameters : dict of str to float
        Parameter overrides by name (names are checked by the model).
    cycles : list of Cycle
        Further cycles, in increasing delivery_day order.
    cow : Cow or None
        Dairy levers (species cow only; filled with defaults for cows).
    herd : Herd or None
        A herd's parities and close-up rations (species cow only; read by ``lactabone population``).
    """

    species: Annotated[str, Field(strict=True)] = "human"
    start_day: Number = Field(default=0.0, ge=EARLIEST_START_DAY)
    end_day: Number = 540.0
    reference_day: Number | None = None
    output_step_days: Number = Field(default=1.0, gt=0)
    nursing: Nursing = Field(default_factory=Nursing)
    diet: Diet = Field(default_factory=Diet)
    drugs: list[Drug] = Field(default_factory=list)
    knockouts: list[Annotated[str, Field(strict=True)]] = Field(default_factory=list)
    parameters: dict[str, Number] = Field(default_factory=dict)
    cycles: list[Cycle] = Field(default_factory=list, max_length=MAX_CYCLES)
    cow: Cow | None = None
    herd: Herd | None = None

    @model_validator(mode="before")
    @classmethod
    def _species_defaults(cls, data: Any) -> Any:
        """Read a species alias as its one name; fill the species' usual diet and (cows) the [cow] table."""
        if not isinstance(data, dict):
            return data
        species = data.get("species", "human")
        if isinstance(species, str):
            from lactabone.parameters import SPECIES_ALIASES

            species = SPECIES_ALIASES.get(species, species)
            data = {**data, "species": species}
        diet = data.get("diet", {})
        if isinstance(diet, Diet):
            diet = {name: getattr(diet, name) for name in diet.model_fields_set}
        if (isinstance(diet, dict) and diet.get("calcium_mg_per_day") is None
                and diet.get("calcium_percent") is None and isinstance(species, str)):
            data = {**data, "diet": {**diet, **DEFAULT_DIET.get(species, DEFAULT_DIET["human"])}}
        if species == "cow" and data.get("cow") is None:
            data = {**data, "cow": {}}
        return data

    @field_validator("species")
    @classmethod
    def _known_species(cls, species: str) -> str:
        known = species_registry()
        if species not in known:
            raise field_error((), species, _one_of(known))
        return species

    @field_validator("knockouts")
    @classmethod
    def _known_unique_knockouts(cls, knockouts: list[str]) -> list[str]:
        known = knockout_registry()
        for index, name in enumerate(knockouts):
            if name not in known:
                raise field_error((index,), name, _one_of(known))
            if name in knockouts[:index]:
                raise field_error((index,), name, "is listed twice; each knockout may appear once")
        return knockouts

    @model_validator(mode="after")
    def _consistent(self) -> "Scenario":
        self._check_window()
        self._check_species_limits()
        self._check_cow()
        self._check_cycles()
        doses = sum(len(drug.days) for drug in self.drugs)
        if doses > MAX_DOSES:
            raise field_error(("drugs",), f"[{len(self.drugs)} tables]",
                              f"give at most {MAX_DOSES} doses in all ({doses} were given)")
        for drug_index, drug in enumerate(self.drugs):
            for day_index, day in enumerate(drug.days):
                if not self.start_day <= day <= self.end_day:
                    raise field_error(("drugs", drug_index, "days", day_index), day,
                                       f"must be within [start_day, end_day] = "
                                       f"[{_days(self.start_day)}, {_days(self.end_day)}]")
        return self

    def _check_window(self) -> None:
        if not self.start_day < self.end_day <= self.start_day + LONGEST_SPAN_DAYS:
            raise field_error(("end_day",), self.end_day,
                               f"must be > start_day = {_days(self.start_day)} and <= start_day + "
                               f"{_days(LONGEST_SPAN_DAYS)} = {_days(self.start_day + LONGEST_SPAN_DAYS)}")
        if self.reference_day is not None and not self.start_day <= self.reference_day <= self.end_day:
            raise field_error(("reference_day",), self.reference_day,
                               f"must be within [start_day, end_day] = "
                               f"[{_days(self.start_day)}, {_days(self.end_day)}], or left out")
        span = self.end_day - self.start_day
        if self.output_step_days > span:
            raise field_error(("output_step_days",), self.output_step_days,
                               f"must be > 0 and <= end_day - start_day = {_days(span)}")
        if span / self.output_step_days + 1 > MAX_OUTPUT_ROWS:
            raise field_error(("output_step_days",), self.output_step_days,
                              f"gives {span / self.output_step_days + 1:.3g} output rows, more than the "
                              f"{MAX_OUTPUT_ROWS} allowed per run: coarsen output_step_days to at least "
                              f"{span / (MAX_OUTPUT_ROWS - 1):.3g} days or shorten the run")

    def _check_species_limits(self) -> None:
        most = MAX_OFFSPRING.get(self.species)
        tables = [(("nursing",), self.nursing)] + [(("cycles", index), cycle)
                                                    for index, cycle in enumerate(self.cycles)]
        for path, table in tables:
            if most is not None and table.offspring > most:
                raise field_error(path + ("offspring",), table.offspring,
                                  _offspring_requirement(self.species))
        self._check_diet()

    def _check_diet(self) -> None:
        diet = self.diet
        if diet.calcium_mg_per_day is not None and diet.calcium_percent is not None:
            raise field_error(("diet", "calcium_percent"), diet.calcium_percent,
                              "give calcium_mg_per_day or calcium_percent, not both "
                              f"(calcium_mg_per_day = {_days(diet.calcium_mg_per_day)} was also given)")
        if diet.start_day is not None and not self.start_day <= diet.start_day <= self.end_day:
            raise field_error(("diet", "start_day"), diet.start_day,
                              f"must be within [start_day, end_day] = [{_days(self.start_day)}, "
                              f"{_days(self.end_day)}], or left out (the diet throughout)")
        if diet.calcium_percent is not None:
            lowest, highest = DIET_CALCIUM_PERCENT_RANGE.get(self.species, (None, None))
            if lowest is None or not lowest <= diet.calcium_percent <= highest:
                raise field_error(("diet", "calcium_percent"), diet.calcium_percent,
                                  _percent_requirement(self.species))
        elif self.species in DIET_CALCIUM_RANGE_MG:
            lowest, highest = DIET_CALCIUM_RANGE_MG[self.species]
            if not lowest <= diet.calcium_mg_per_day <= highest:
                raise field_error(("diet", "calcium_mg_per_day"), diet.calcium_mg_per_day,
                                   _diet_requirement(self.species))

    def _check_cow(self) -> None:
        if self.species != "cow" and self.cow is not None:
            raise field_error(("cow",), "{...}", f"is for species = 'cow' only (species is {self.species!r})")
        if self.species != "cow" and self.herd is not None:
            raise field_error(("herd",), "{...}", f"is for species = 'cow' only (species is {self.species!r})")

    def _check_cycles(self) -> None:
        previous_delivery, previous_weaning, previous_name = 0.0, self.nursing.weaning_day, "[nursing]"
        for index, cycle in enumerate(self.cycles):
            earliest = previous_delivery + previous_weaning
            if cycle.delivery_day <= earliest:
                raise field_error(("cycles", index, "delivery_day"), cycle.delivery_day,
                                   f"must be > {_days(earliest)}, the previous cycle's ({previous_name}) "
                                   f"delivery on day {_days(previous_delivery)} plus its weaning_day "
                                   f"{_days(previous_weaning)}")
            if cycle.delivery_day > self.end_day:
                raise field_error(("cycles", index, "delivery_day"), cycle.delivery_day,
                                   f"must be <= end_day = {_days(self.end_day)}")
            previous_delivery, previous_weaning = cycle.delivery_day, cycle.weaning_day
            previous_name = f"cycles[{index}]"

    def to_toml(self) -> str:
        """Write this scenario as TOML text that :func:`load_scenario` reads back identically.

        Returns
        -------
        str
            The scenario file's contents.
        """
        return scenario_to_toml(self)
