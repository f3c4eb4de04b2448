"""The outcome in plain words, from the numbers of ``lactabone run``'s summary table (``results.summary``)."""

from __future__ import annotations

from lactabone.results.summary import SPECIES_VIEW, summarize, value_at_day
from lactabone.scenario.schema import offspring_noun
from lactabone.validation.catalogue import target_bands

from .controls import DAYS_PER_MONTH, TIME_UNITS
from .cow_summary import cow_comparison, cow_outcome, describe_cow
from .runs import Run

#: BMD within this many points of before pregnancy reads as "back".
RECOVERED_WITHIN_POINTS = 0.5
SITE_NAMES = {"spine": "Lumbar spine", "hip": "Hip", "femur": "Femur"}
MOTHERS = {"human": "A woman", "mouse": "A mouse", "rat": "A rat"}


def _duration(days: float, species: str) -> str:
    """Days as the page counts them: months for women, days for rodents."""
    if TIME_UNITS[species].name == "months":
        return f"{days / DAYS_PER_MONTH:g} months"
    return f"{days:g} days"


def describe_scenario(run: Run) -> str:
    """One line naming what was simulated: species, offspring, nursing, diet, drugs, knockouts (a cow: its levers)."""
    if run.scenario.species == "cow":
        return describe_cow(run)
    scenario = run.scenario
    nursing = scenario.nursing
    species = scenario.species
    mother = MOTHERS.get(species, species)
    if nursing.offspring == 0:
        parts = [f"{mother} not nursing"]
    else:
        noun = offspring_noun(species, nursing.offspring)
        partial = nursing.weaning_day - nursing.exclusive_days
        parts = [f"{mother} nursing {nursing.offspring} {noun}, exclusively for "
                 f"{_duration(nursing.exclusive_days, species)}"
                 + (f", then partially ({nursing.partial_fraction:g} of full milk) for {_duration(partial, species)}"
                    if partial > 0 else "")
                 + f", weaned ({nursing.weaning}) at {_duration(nursing.weaning_day, species)}"]
    diet = scenario.diet
    parts.append(f"diet {diet.calcium_mg_per_day:g} mg/day calcium" if diet.calcium_percent is None
                 else f"chow {diet.calcium_percent:g}% calcium")
    for drug in scenario.drugs:
        dose = f"{drug.dose_mg:g} mg" if drug.dose_mg is not None else f"{drug.dose_mg_per_kg:g} mg/kg"
        parts.append(f"{drug.name} {dose} {drug.route} x{len(drug.days)} from day {drug.days[0]:g}")
    if scenario.knockouts:
        parts.append("knockout: " + ", ".join(scenario.knockouts))
    return "; ".join(parts) + "."


def _change(value: float) -> str:
    return f"fell {-value:.1f}%" if value < 0 else f"rose {value:.1f}%"


def _site_sentence(site: str, at_weaning: object, later: object, weaning: float, later_label: str) -> str:
    if not isinstance(at_weaning, float):
        return f"{SITE_NAMES.get(site, site)} BMD at weaning: {at_weaning}."
    text = f"{SITE_NAMES.get(site, site)} BMD {_change(at_weaning)} by weaning (day {weaning:g})"
    if not isinstance(later, float):
        return f"{text}; {later_label} after weaning is {later}."
    state = "was back to" if later >= -RECOVERED_WITHIN_POINTS else "was still"
    return f"{text} and {state} {later:+.1f}% {later_label} after weaning."


def _calcium_sentence(run: Run, lowest: object, lowest_day: object, highest: object) -> str:
    if not (isinstance(lowest, float) and isinstance(highest, float)):
        return f"Serum calcium: {lowest}."
    bands = target_bands("serum_calcium", run.scenario.species)
    if not bands:
        return f"Serum calcium ranged {lowest:.2f}-{highest:.2f} mmol/L."
    target, band = bands[0]
    normal = f"{band.low:g}-{band.high:g} mmol/L ({target.id})"
    if lowest < band.low:
        return (f"Serum calcium fell to {lowest:.2f} mmol/L on day {lowest_day:g}, below the normal {normal}: "
                "hypocalcaemia.")
    if highest > band.high:
        return f"Serum calcium rose to {highest:.2f} mmol/L, above the normal {normal}: hypercalcaemia."
    return f"Serum calcium stayed within {lowest:.2f}-{highest:.2f} mmol/L, inside the normal {normal}."


def outcome(run: Run) -> list[str]:
    """The outcome of one scenario in a few sentences: BMD at weaning and after, milk calcium, serum calcium (a cow:
    the nadir, the hours below 1.4 and 2.0 mmol/L, calcium flows)."""
    if run.scenario.species == "cow":
        return cow_outcome(run)
    table = summarize(run.dataset)
    values = dict(zip(table["quantity"], table["value"]))
    species = run.scenario.species
    sites, _, later_label = SPECIES_VIEW.get(species, SPECIES_VIEW["human"])
    weaning = run.dataset.attrs.get("weaning_day")
    sentences = []
    if weaning is None:
        end = float(run.days[-1])
        for site in sites:
            value = value_at_day(run.dataset, f"bmd_{site}_change", end)
            sentences.append(f"Without nursing, {SITE_NAMES.get(site, site).lower()} BMD changed "
                             f"{value:+.1f}% by day {end:g}.")
    else:
        for site in sites:
            sentences.append(_site_sentence(site, values[f"{site} BMD change at weaning"],
                                            values[f"{site} BMD change {later_label} after weaning"], weaning,
                                            later_label))
        milk = values["mean milk calcium while nursing"]
        if isinstance(milk, float):
            sentences.append(f"Milk took {milk:.0f} mg of calcium a day on average while nursing.")
    sentences.append(_calcium_sentence(run, values["lowest serum calcium"], values["day of lowest serum calcium"],
                                       values["highest serum calcium"]))
    return sentences


def comparison(runs: dict[str, Run]) -> list[str]:
    """How the second scenario differs from the first: BMD at weaning and after, milk calcium, lowest calcium."""
    (label_a, run_a), (label_b, run_b) = runs.items()
    if run_a.scenario.species == run_b.scenario.species == "cow":
        return cow_comparison(label_a, run_a, label_b, run_b)
    tables = [dict(zip(table["quantity"], table["value"])) for table in (summarize(run_a.dataset),
                                                                          summarize(run_b.dataset))]
    sentences = []
    if run_a.scenario.species == run_b.scenario.species:
        sites, _, later_label = SPECIES_VIEW.get(run_a.scenario.species, SPECIES_VIEW["human"])
        for when in ("at weaning", f"{later_label} after weaning"):
            quantity = f"{sites[0]} BMD change {when}"
            a, b = (table.get(quantity) for table in tables)
            if isinstance(a, float) and isinstance(b, float):
                more = "more loss" if b < a else "less loss"
                sentences.append(f"{SITE_NAMES.get(sites[0], sites[0])} BMD {when}: {label_b} {b:+.1f}% against "
                                 f"{label_a} {a:+.1f}% ({abs(b - a):.1f} points {more} in {label_b}).")
    a, b = (table.get("mean milk calcium while nursing") for table in tables)
    if isinstance(a, float) and isinstance(b, float) and a > 0:
        sentences.append(f"Milk calcium while nursing: {label_b} {b:.0f} against {label_a} {a:.0f} mg/d "
                         f"(x{b / a:.2f}).")
    a, b = (table.get("lowest serum calcium", table.get("nadir of serum calcium after calving")) for table in tables)
    if isinstance(a, float) and isinstance(b, float):
        sentences.append(f"Lowest serum calcium: {label_b} {b:.2f} against {label_a} {a:.2f} mmol/L.")
    return sentences


def short_label(name: str, run: Run) -> str:
    """A legend label: the scenario's letter, species (unless women), offspring, drugs and knockouts."""
    scenario = run.scenario
    parts = [f"{scenario.nursing.offspring} {offspring_noun(scenario.species, scenario.nursing.offspring)}"]
    if scenario.species != "human":
        parts.insert(0, scenario.species)
    parts += [drug.name for drug in scenario.drugs] + [f"{knockout} knockout" for knockout in scenario.knockouts]
    return f"{name}: " + ", ".join(parts)
