"""Dairy-cow rows of the scorecard: milk fever at calving and what prevents or treats it (S25, D1-D5).

Every row runs the experiments of ``experiments.py`` (the same scenarios as
``examples/cow_*.toml``): a cow followed hour by hour from day -21 to two
weeks after calving. The vet's measures (nadir, hours below 1.4 and
2.0 mmol/L) come from ``lactabone.results.milk_fever``.
"""

from __future__ import annotations

from ..plots.figures import comparison_figure
from ..results.milk_fever import CLINICAL_MMOL_PER_L, SUBCLINICAL_MMOL_PER_L, milk_fever
from .experiments import EXPERIMENTS
from .runs import at, mean, run
from .targets import Evaluation, target

GOFF_2008 = "Goff 2008 Vet J 176:50"
MILK_FEVER_PANELS = ("serum_calcium", "milk_calcium", "gut_calcium_absorbed", "skeletal_calcium_release")


def _run(name: str):
    return run(EXPERIMENTS[name])


def _figure(names: dict[str, str], title: str, variables: tuple[str, ...] = MILK_FEVER_PANELS):
    return comparison_figure({label: _run(name) for label, name in names.items()}, variables, title)


def _shortened(treated: str) -> tuple[bool, str]:
    """Whether a treatment prevents or at least halves clinical milk fever in the milk-fever cow."""
    untreated, better = milk_fever(_run("cow_milk_fever")), milk_fever(_run(treated))
    passed = (better.hours_below_clinical <= 0.5 * untreated.hours_below_clinical
              and better.nadir_total > untreated.nadir_total)
    text = (f"nadir {better.nadir_total:.2f} vs {untreated.nadir_total:.2f} mmol/L; below 1.4 for "
            f"{better.hours_below_clinical:.0f} h vs {untreated.hours_below_clinical:.0f} h")
    return passed, text


@target("S25", "Milk calcium demand can overwhelm serum calcium at calving", "dairy cow at calving",
        f"an older, high-yielding cow on a high-DCAD close-up ration falls below {CLINICAL_MMOL_PER_L} mmol/L "
        "(clinical milk fever)", f"Kovacs 2016 Physiol Rev 96:449 (ref. 1); {GOFF_2008}; Venjakob 2017 J Dairy Sci "
        "100:9258 (16% clinical milk fever in fourth+ lactations)")
def _milk_fever() -> Evaluation:
    fever = milk_fever(_run("cow_milk_fever"))
    return Evaluation(fever.nadir_total < CLINICAL_MMOL_PER_L,
                      f"nadir {fever.nadir_total:.2f} mmol/L on day {fever.nadir_day:.1f}",
                      "parity 5, 55 kg/d peak, 150 g/d calcium at DCAD +300 mEq/kg before calving",
                      _figure({"parity 5, high DCAD": "cow_milk_fever", "heifer": "cow_heifer"}, "S25 milk fever"))


@target("D1", "Calcium leaving a cow triples at calving", "daily calcium out of the cow around calving",
        "about 10 g/d (8-14) in the week before calving; 30 g/d or more in the first days of milking",
        f"{GOFF_2008}; House & Bell 1993 J Dairy Sci 76:2999 (fetus ~10 g/d)",
        xfail_reason=("the cow set takes House & Bell's maintenance (~10 g/d endogenous faecal) and fetal (~10 g/d) "
                      "calcium, so 20 g/d leave before calving: the cited sources disagree with the ~10 g/d total"))
def _outflow() -> Evaluation:
    dataset = _run("cow_heifer")
    before = mean(dataset, "calcium_leaving_mother", -7, -0.5) / 1000
    after = mean(dataset, "calcium_leaving_mother", 1, 3) / 1000
    return Evaluation(8 <= before <= 14 and after >= 30, f"{before:.1f} g/d before, {after:.1f} g/d on days 1-3",
                      "heifer; milk, fetus, urine and digestive-juice calcium",
                      _figure({"heifer": "cow_heifer"}, "D1 calcium leaving the cow",
                              ("calcium_leaving_mother", "milk_calcium", "serum_calcium")))


@target("D2", "A healthy heifer dips within a day and recovers in 2-3 days", "first-calf heifer, no treatment",
        f"nadir within the first day after calving; back to >= {SUBCLINICAL_MMOL_PER_L} mmol/L by day 3",
        f"{GOFF_2008} (nadir 12-24 h after calving); Venjakob 2017 J Dairy Sci 100:9258 (6% of heifers below "
        "2.0 mmol/L)",
        xfail_reason=("the heifer's nadir comes on day 2.4 at 1.58 mmol/L: bone resorption and gut transport take "
                      "days to rise in the cow set, where heifers recover within a day or two"))
def _heifer() -> Evaluation:
    dataset = _run("cow_heifer")
    fever = milk_fever(dataset)
    after = float(dataset["serum_calcium"].sel(day=slice(3, None)).min())
    return Evaluation(fever.nadir_day <= 1 and after >= SUBCLINICAL_MMOL_PER_L,
                      f"nadir {fever.nadir_total:.2f} mmol/L on day {fever.nadir_day:.2f}; lowest from day 3 "
                      f"{after:.2f}", "parity 1, usual ration", _figure({"heifer": "cow_heifer"}, "D2 heifer"))


@target("D3", "An acidogenic close-up ration prevents or shortens milk fever", "DCAD -100 vs +300 mEq/kg",
        "hours below 1.4 mmol/L at most half, and a higher nadir",
        "Charbonneau 2006 J Dairy Sci 89:537 (clinical milk fever 16.4% to 3.2% from +300 to 0 mEq/kg); "
        "Goff 1991 J Dairy Sci 74:3863",
        xfail_reason=("the old cow collapses to ~0.2 mmol/L for ~13 days on either ration: a 1.7-fold PTH "
                      "responsiveness cannot make up for her slow gut and bone (parity_responsiveness)"))
def _acidogenic() -> Evaluation:
    passed, text = _shortened("cow_acidogenic_diet")
    return Evaluation(passed, text, "parity 5 cow, close-up DCAD -100 against +300 mEq/kg",
                      _figure({"DCAD +300": "cow_milk_fever", "DCAD -100": "cow_acidogenic_diet"},
                              "D3 acidogenic close-up ration"))


@target("D4", "Oral calcium at calving prevents or shortens milk fever", "two 43 g calcium boluses, 0 and 12 h",
        "hours below 1.4 mmol/L at most half, and a higher nadir",
        "Oetzel & Miller 2012 J Dairy Sci 95:7051; Thilsing-Hansen 2002 Acta Vet Scand 43:1 (50-60% efficacy); "
        "Goff & Horst 1993 J Dairy Sci 76:101",
        xfail_reason=("two boluses add ~17 g of calcium over a day to a cow short of ~20 g/d for two weeks; "
                      "they also lower her PTH, so the nadir is no higher"))
def _bolus() -> Evaluation:
    passed, text = _shortened("cow_oral_calcium")
    return Evaluation(passed, text, "parity 5 cow on the high-DCAD ration",
                      _figure({"untreated": "cow_milk_fever", "oral calcium": "cow_oral_calcium"},
                              "D4 oral calcium boluses"))


@target("D5", "Intravenous calcium raises serum calcium within hours", "10.7 g calcium iv on day 1",
        "serum calcium up >= 0.3 mmol/L within 2 hours of the infusion, peak no higher than 3.2 mmol/L",
        "Blanc 2014 J Dairy Sci 97:6901 (peak 11.4 mg/dL = 2.85 mmol/L 1 h after 10.7 g calcium iv, back down "
        "by 24 h)",
        xfail_reason=("the infusion spreads only into the 90 L extracellular pool and overshoots to 3.7 mmol/L: "
                      "the rapid binding of calcium at bone surfaces and in a larger interstitial volume is too slow "
                      "in the cow set"))
def _infusion() -> Evaluation:
    dataset = _run("cow_calcium_borogluconate")
    before, after = at(dataset, "serum_calcium", 1.0), float(dataset["serum_calcium"].sel(day=slice(1, 1 + 2 / 24)).max())
    return Evaluation(after - before >= 0.3 and after <= 3.2, f"{before:.2f} to {after:.2f} mmol/L within 2 h",
                      "parity 5 cow on the high-DCAD ration, infusion on day 1",
                      _figure({"untreated": "cow_milk_fever", "calcium iv, day 1": "cow_calcium_borogluconate"},
                              "D5 calcium borogluconate"))
