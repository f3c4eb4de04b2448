"""Dairy-herd rows of the scorecard: hypocalcaemia by parity, the close-up DCAD response and the spread of calcium
in a virtual herd (D13-D16, D18, D20).

The rows run small, seeded herds (:func:`lactabone.population.run_herd`, in this process): cows followed hour
by hour from the close-up period (day -21) to day 4 in milk, each with her own yield, size and tissue
responsiveness (:mod:`lactabone.population.herd_variability`). A cow's outcome is her lowest total serum
calcium on days 0-3 in milk (clinical below 1.4 mmol/L, subclinical below 2.0); the model's incidence comes
with its Wilson 95% interval, and a row passes when each published figure lies inside that interval. The
herds are stratified: :data:`COWS_PER_HERD` cows per parity group, or per close-up ration for the parous herd.
"""

from __future__ import annotations

import functools

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from ..population import SerialExecutor, run_herd
from ..population.herd import calcium_on_days
from ..population.herd_output import incidence_figure
from ..population.herd_variability import (
    PARITY_GROUPS, PUBLISHED_CLINICAL_PERCENT, PUBLISHED_SUBCLINICAL_PERCENT, SURVIVAL_TO_PARITY, VENJAKOB_2017,
)
from ..population.incidence import incidence_row, wilson_interval
from ..results.milk_fever import CLINICAL_MMOL_PER_L, SUBCLINICAL_MMOL_PER_L
from ..scenario import scenario_from_dict
from .experiments import COW
from .registry import Evaluation, target

#: Cows per parity group or per ration: enough for a Wilson interval of about +-10 points at 50%, while the
#: four rows' 800 cows add a few seconds to ``lactabone validate``.
COWS_PER_HERD = 100
#: Seed of every scorecard herd (fixed before the rows were first evaluated; never chosen to pass).
HERD_SEED = 0
#: The herds' runs: the close-up period (21 days, as the D rows' experiments) to day 4 in milk.
HERD_COW = {**COW, "end_day": 4.0}


def _shares_from_lactation(first: int) -> list[float]:
    """Shares of lactations 1-8 in a herd of lactation ``first`` and older, in proportion to Hare 2006's survival."""
    older = SURVIVAL_TO_PARITY[first - 1:]
    return [0.0] * (first - 1) + [share / sum(older) for share in older]


#: Shares of lactations 4-8 within the "4+" group, and of lactations 2-8 in a parous herd.
OLDER_SHARES = _shares_from_lactation(4)
PAROUS_SHARES = _shares_from_lactation(2)
#: Charbonneau 2006 J Dairy Sci 89:537 (meta-analysis), as row D3 cites it: clinical milk fever 16.4% at a
#: close-up DCAD of +300 and 3.2% at 0 mEq/kg [%].
CHARBONNEAU_CLINICAL_PERCENT = {300.0: 16.4, 0.0: 3.2}
#: Santos 2019 J Dairy Sci 102:2134 (meta-analysis): blood total calcium on the day of calving of parous cows,
#: 1.86 mmol/L at +200 and 2.04 (+-0.05) at -100 mEq/kg [mmol/L].
SANTOS_CALVING_CALCIUM = {200.0: 1.86, -100.0: 2.04}
#: How far a herd's mean may lie from Santos' prediction: twice its standard error of 0.05 mmol/L.
SANTOS_TOLERANCE_MMOL_PER_L = 0.10
LEAN_2019 = ("Lean 2019 J Dairy Sci 102, doi 10.3168/jds.2018-14769 (companion meta-analysis: lowering DCAD cut "
             "the risk of clinical hypocalcaemia, risk ratio 0.60, and raised blood calcium on the day of calving by "
             "0.13 mmol/L)")


@functools.lru_cache(maxsize=16)
def _herd(parity_shares: tuple[float, ...], dcad_meq_per_kg: float | None = None) -> pd.DataFrame:
    """The cows' table of a scorecard herd (cached per process)."""
    mapping = {**HERD_COW, "herd": {"parity_shares": list(parity_shares)}}
    if dcad_meq_per_kg is not None:
        mapping["cow"] = {"dcad_meq_per_kg": dcad_meq_per_kg}
    return run_herd(scenario_from_dict(mapping), COWS_PER_HERD, seed=HERD_SEED, executor=SerialExecutor()).cows


def _group_shares(group: str) -> tuple[float, ...]:
    return tuple(OLDER_SHARES) if group == "4+" else tuple(1.0 if index + 1 == int(group) else 0.0
                                                              for index in range(int(group)))


def stratified_herd() -> pd.DataFrame:
    """:data:`COWS_PER_HERD` cows of each parity group (1, 2, 3, 4+) on the usual close-up ration."""
    return pd.concat([_herd(_group_shares(group)) for group in PARITY_GROUPS], ignore_index=True)


def _inside(row: dict, stem: str, published: float) -> bool:
    return row[f"{stem}_low_percent"] <= published <= row[f"{stem}_high_percent"]


def _by_parity(stem: str, published: dict[str, float]) -> tuple[bool, str]:
    """Whether each published % lies in the herd's Wilson interval for its parity group, and the model's text."""
    cows = stratified_herd()
    accepted = cows[cows["accepted"]]
    rows = {group: incidence_row(accepted.loc[accepted["parity_group"] == group, "nadir_mmol_per_l"], group)
            for group in PARITY_GROUPS}
    passed = all(_inside(rows[group], stem, published[group]) for group in PARITY_GROUPS)
    text = "; ".join(f"{group}: {rows[group][f'{stem}_percent']:.0f}% ({rows[group][f'{stem}_low_percent']:.0f}-"
                     f"{rows[group][f'{stem}_high_percent']:.0f}) vs {published[group]:g}%" for group in PARITY_GROUPS)
    return passed, text


def _herd_detail() -> str:
    cows = stratified_herd()
    return (f"{int(cows['accepted'].sum())} of {len(cows)} cows accepted ({COWS_PER_HERD} per lactation group 1, 2, "
            "3, 4+, usual ration); lowest calcium on days 0-3 in milk against one sample 0-48 h after calving")


@target("D13", "Subclinical hypocalcaemia rises with parity in a herd", "virtual herd, lactations 1 to 4+, usual ration",
        f"the share of cows below {SUBCLINICAL_MMOL_PER_L} mmol/L in days 0-3: each published share inside the "
        "herd's Wilson 95% interval (lactation 1, 2, 3, 4+)",
        f"{VENJAKOB_2017}: below 2.0 mmol/L 5.7%, 29.0%, 49.4%, 60.4% in lactations 1, 2, 3, 4+; Reinhardt 2011 "
        "Vet J 188:122 (US herds: about half of all cows at or near calving), from the NAHMS Dairy 2002 sampling "
        "(Horst, Goff & McCluskey, ADSA 2003 abstract: 1,446 cows of 480 operations in 21 states within 48 h of "
        "calving, below 8.0 mg/dL); Caixeta 2017 Theriogenology 94:1 (days 0-3 in milk)",
        xfail_reason=("second and older cows fall below 2.0 mmol/L more often than published: 36% (28-46) of "
                      "second lactations against 29.0%, 77% (68-84) from the fourth against 60.4%, while lactations 1 "
                      "and 3 agree (2% (1-7) against 5.7%, 54% (44-63) against 49.4%); the herd counts a cow by her "
                      "lowest calcium over days 0-3, Venjakob by one sample within 48 h"))
def _subclinical_by_parity() -> Evaluation:
    passed, text = _by_parity("below_2_0", PUBLISHED_SUBCLINICAL_PERCENT)
    return Evaluation(passed, text, _herd_detail(), incidence_figure(stratified_herd(), "D13/D14 herd by parity"))


@target("D14", "Clinical milk fever rises with parity in a herd", "virtual herd, lactations 1 to 4+, usual ration",
        f"the share of cows below {CLINICAL_MMOL_PER_L} mmol/L in days 0-3: each published share inside the herd's "
        "Wilson 95% interval (lactation 1, 2, 3, 4+)",
        f"{VENJAKOB_2017}: clinical milk fever (recumbent, below 2.0 mmol/L) 0%, 1.4%, 5.7%, 16.1% in lactations "
        "1, 2, 3, 4+; about 5% of US cows (NAHMS, as reported at agproud.com, 'Economic impact of subclinical "
        "hypocalcemia'); 0-10% in the field, risk up ~9% per lactation (DeGaris & Lean 2009 Vet J 176:58)")
def _clinical_by_parity() -> Evaluation:
    passed, text = _by_parity("clinical", PUBLISHED_CLINICAL_PERCENT)
    return Evaluation(passed, text, _herd_detail(), incidence_figure(stratified_herd(), "D13/D14 herd by parity"))


def parous_herd(dcad_meq_per_kg: float) -> pd.DataFrame:
    """:data:`COWS_PER_HERD` parous cows (lactations 2-8, US mix) on a close-up ration of the given DCAD."""
    return _herd(tuple(PAROUS_SHARES), float(dcad_meq_per_kg))


def _dcad_figure(values: dict[float, tuple[float, float, float]], published: dict[float, float], ylabel: str,
                 title: str, source: str) -> Figure:
    """The herd's value with its interval at each DCAD, and the meta-analysis' beside it."""
    figure = Figure(figsize=(5, 4), dpi=100)
    axes = figure.add_subplot()
    dcads = sorted(values)
    middle = np.array([values[dcad][0] for dcad in dcads])
    errors = [middle - np.array([values[dcad][1] for dcad in dcads]),
              np.array([values[dcad][2] for dcad in dcads]) - middle]
    axes.errorbar(dcads, middle, yerr=errors, fmt="o-", capsize=4, label="virtual parous herd (95% interval)")
    axes.plot(sorted(published), [published[dcad] for dcad in sorted(published)], "kD--", label=source)
    axes.set_xlabel("close-up DCAD [mEq/kg dry matter]")
    axes.set_ylabel(ylabel)
    axes.set_title(title, fontsize=9)
    axes.legend(fontsize=7)
    figure.tight_layout()
    return figure


@target("D15", "Lowering close-up DCAD cuts clinical milk fever in a herd", "virtual parous herd, DCAD +300 vs 0 "
        "mEq/kg", f"the share of cows below {CLINICAL_MMOL_PER_L} mmol/L in days 0-3: 16.4% at +300 and 3.2% at 0 "
        "mEq/kg each inside the herd's Wilson 95% interval",
        f"Charbonneau 2006 J Dairy Sci 89:537 (meta-analysis, as row D3 cites it: 16.4% to 3.2% from +300 to 0 "
        f"mEq/kg); Lean 2006 J Dairy Sci 89:669 (137 trials, 2,545 calvings: risk rises linearly with DCAD); "
        f"{LEAN_2019}")
def _dcad_clinical() -> Evaluation:
    rows = {}
    for dcad in CHARBONNEAU_CLINICAL_PERCENT:
        cows = parous_herd(dcad)
        rows[dcad] = incidence_row(cows.loc[cows["accepted"], "nadir_mmol_per_l"], f"{dcad:+g}")
    passed = all(_inside(rows[dcad], "clinical", published) for dcad, published in CHARBONNEAU_CLINICAL_PERCENT.items())
    text = "; ".join(f"{dcad:+g} mEq/kg: {row['clinical_percent']:.1f}% ({row['clinical_low_percent']:.2f}-"
                     f"{row['clinical_high_percent']:.2f}) vs {CHARBONNEAU_CLINICAL_PERCENT[dcad]:g}%"
                     for dcad, row in rows.items())
    below = "; ".join(f"below 2.0 mmol/L {row['below_2_0_percent']:.0f}% at {dcad:+g}" for dcad, row in rows.items())
    figure = _dcad_figure({dcad: (row["clinical_percent"], row["clinical_low_percent"], row["clinical_high_percent"])
                           for dcad, row in rows.items()}, CHARBONNEAU_CLINICAL_PERCENT,
                          f"cows below {CLINICAL_MMOL_PER_L} mmol/L, days 0-3 [%]", "D15 close-up DCAD and milk fever",
                          "Charbonneau 2006")
    return Evaluation(passed, text, f"{COWS_PER_HERD} parous cows (lactations 2-8, US mix) per ration; {below}",
                      figure)


@target("D16", "Lowering close-up DCAD raises a herd's calcium on the day of calving", "virtual parous herd, DCAD "
        "+200 vs -100 mEq/kg", f"herd mean of serum calcium over the day of calving 1.86 mmol/L at +200 and 2.04 at "
        f"-100 mEq/kg, each within +-{SANTOS_TOLERANCE_MMOL_PER_L:g} (twice the meta-analysis' SE of 0.05)",
        f"Santos 2019 J Dairy Sci 102:2134 (meta-analysis: blood total calcium on the day of calving 1.86 to 2.04 "
        f"+-0.05 mmol/L in parous cows from +200 to -100 mEq/kg); {LEAN_2019}",
        xfail_reason=("the herd's mean over the day of calving is 1.98 mmol/L at +200 and 2.24 at -100 mEq/kg, 0.12 "
                      "and 0.20 above Santos' 1.86 and 2.04, and its rise (+0.25) larger than Santos' +0.18: the "
                      "parous herd holds more calcium on the day of calving than the meta-analysis' cows, most of "
                      "all on the acidogenic ration"))
def _dcad_calcium() -> Evaluation:
    means = {}
    for dcad in SANTOS_CALVING_CALCIUM:
        cows = parous_herd(dcad)
        values = cows.loc[cows["accepted"], "calving_day_mean_mmol_per_l"]
        spread = 1.96 * float(values.std(ddof=1)) / np.sqrt(len(values))
        means[dcad] = (float(values.mean()), float(values.mean()) - spread, float(values.mean()) + spread)
    passed = all(abs(means[dcad][0] - published) <= SANTOS_TOLERANCE_MMOL_PER_L
                 for dcad, published in SANTOS_CALVING_CALCIUM.items())
    text = "; ".join(f"{dcad:+g} mEq/kg: {means[dcad][0]:.2f} vs {published:.2f} mmol/L"
                     for dcad, published in SANTOS_CALVING_CALCIUM.items())
    difference = means[-100.0][0] - means[200.0][0]
    figure = _dcad_figure(means, SANTOS_CALVING_CALCIUM, "serum calcium, mean of the day of calving [mmol/L]",
                          "D16 close-up DCAD and calcium at calving", "Santos 2019")
    return Evaluation(passed, text, f"{COWS_PER_HERD} parous cows per ration; difference +{difference:.2f} mmol/L "
                      "(Santos +0.18); interval: 95% of the herd mean", figure)


#: Bigras-Poulin & Tremblay 1998 Prev Vet Med 35:195 (1,021 lactations of Quebec Holsteins): serum total calcium,
#: mean and SD, on days 1 and 7 after calving [mmol/L].
BIGRAS_POULIN_CALCIUM = {1.0: (2.03, 0.26), 7.0: (2.26, 0.18)}
#: How far the herd's mean and SD may lie from theirs [mmol/L]: about twice an analyser's imprecision for total
#: calcium (CV ~1%, 0.02-0.03 mmol/L), so a larger gap is not measurement noise.
SPREAD_TOLERANCE_MMOL_PER_L = 0.05
#: Cows of the US-mix herd followed to day 7 in milk.
SPREAD_HERD_COWS = 2 * COWS_PER_HERD


@functools.lru_cache(maxsize=1)
def spread_herd() -> pd.DataFrame:
    """Serum calcium on days 1 and 7 in milk of a US-mix herd on the usual ration (cached per process)."""
    scenario = scenario_from_dict({**COW, "end_day": max(BIGRAS_POULIN_CALCIUM) + 1.0})
    return calcium_on_days(scenario, SPREAD_HERD_COWS, tuple(BIGRAS_POULIN_CALCIUM), seed=HERD_SEED)


@target("D18", "A herd's calcium: its mean and spread on days 1 and 7", "virtual herd, US parity mix, usual ration",
        f"mean and SD of serum calcium each within {SPREAD_TOLERANCE_MMOL_PER_L} mmol/L of the published on day 1 "
        "(2.03 +/- 0.26 mmol/L) and day 7 (2.26 +/- 0.18)",
        "Bigras-Poulin & Tremblay 1998 Prev Vet Med 35:195 (1,021 lactations: 2.03 +/- 0.26 mmol/L on day 1, 2.26 "
        "+/- 0.18 on day 7); the herd's between-cow variability (population.herd_variability) is assumed, so this "
        "row tests it",
        xfail_reason=("on day 1 the herd's mean agrees but its cows are spread wider (2.00 +/- 0.33 against 2.03 "
                      "+/- 0.26 mmol/L), and by day 7 they have recovered higher and closer together than "
                      "Bigras-Poulin's (2.34 +/- 0.11 against 2.26 +/- 0.18): in the model a cow that dips at "
                      "calving is back at her set point within a week"))
def _calcium_spread() -> Evaluation:
    cows = spread_herd()
    found = {day: (float(cows[day].mean()), float(cows[day].std())) for day in BIGRAS_POULIN_CALCIUM}
    passed = all(abs(found[day][0] - mean) <= SPREAD_TOLERANCE_MMOL_PER_L
                 and abs(found[day][1] - spread) <= SPREAD_TOLERANCE_MMOL_PER_L
                 for day, (mean, spread) in BIGRAS_POULIN_CALCIUM.items())
    text = "; ".join(f"day {day:g}: {found[day][0]:.2f} +/- {found[day][1]:.2f} vs {mean} +/- {spread}"
                     for day, (mean, spread) in BIGRAS_POULIN_CALCIUM.items())
    return Evaluation(passed, text, f"{len(cows)} of {SPREAD_HERD_COWS} cows plausible, seed {HERD_SEED}")


#: Neves 2017 J Dairy Sci 100:3796 (301 cows of 2 New York herds, one sample within 4 h of calving): share of
#: cows at or below 2.1 mmol/L of total calcium by lactation group [%].
NEVES_AT_CALVING_PERCENT = {"1": 2.0, "2": 40.0, "3+": 66.0}
NEVES_THRESHOLD_MMOL_PER_L = 2.1
#: Hour after calving at which the herd is sampled: the middle of Neves' 0-4 h window [d].
NEVES_SAMPLE_DAY = 2.0 / 24.0
#: Shares of lactations 3-8 within the "3+" group.
THIRD_PLUS_SHARES = _shares_from_lactation(3)


@functools.lru_cache(maxsize=1)
def calving_herd() -> dict[str, pd.Series]:
    """Serum calcium 2 h after calving of :data:`COWS_PER_HERD` cows per lactation group 1, 2, 3+ (cached)."""
    groups = {"1": [1.0], "2": [0.0, 1.0], "3+": THIRD_PLUS_SHARES}
    return {group: calcium_on_days(scenario_from_dict({**HERD_COW, "herd": {"parity_shares": shares}}),
                                   COWS_PER_HERD, (NEVES_SAMPLE_DAY,), seed=HERD_SEED)[NEVES_SAMPLE_DAY]
            for group, shares in groups.items()}


@target("D20", "Subclinical hypocalcaemia at calving rises with parity in a herd", "virtual herd, lactations 1, 2 "
        "and 3+, usual ration, sampled 2 h after calving",
        f"the share of cows at or below {NEVES_THRESHOLD_MMOL_PER_L} mmol/L: each published share inside the herd's "
        "Wilson 95% interval (lactation 1, 2, 3+)",
        "Neves 2017 J Dairy Sci 100:3796 (301 cows of 2 New York herds sampled within 4 h of calving: 2%, 40% and "
        "66% at or below 2.1 mmol/L in lactations 1, 2 and 3+)",
        xfail_reason=("lactations 1 and 2 agree (2% (1-7) against 2%, 37% (28-47) against 40%), but third and later "
                      "lactations fall at or below 2.1 mmol/L less often than Neves' cows, 56% (46-65) against 66%: "
                      "their mean 2 h after calving is 2.02 mmol/L. Tried (5 December 2026): an appetite that lags "
                      "the milk by 5 days (fresh cows eat about 70% of their peak intake in week 1, Weiss, Ohio "
                      "State) brings lactations 3+ to 72% (62-80) and D16's means to 1.95 and 2.25 mmol/L, but the "
                      "cow's fit to D6 then raises her osteoclasts' PTH1R exponent from 1.28 to 1.83, and D4 (34 "
                      "against 64 h), D11 (spine -15.8%) and D14 (lactations 4+ 31% against 16.1%) fail"))
def _at_calving_by_parity() -> Evaluation:
    herd = calving_herd()
    found = {}
    for group, calcium in herd.items():
        count = int((calcium <= NEVES_THRESHOLD_MMOL_PER_L).sum())
        low, high = wilson_interval(count, len(calcium))
        found[group] = (100 * count / len(calcium), 100 * low, 100 * high)
    passed = all(found[group][1] <= published <= found[group][2]
                 for group, published in NEVES_AT_CALVING_PERCENT.items())
    text = "; ".join(f"{group}: {found[group][0]:.0f}% ({found[group][1]:.0f}-{found[group][2]:.0f}) vs {published:g}%"
                     for group, published in NEVES_AT_CALVING_PERCENT.items())
    means = ", ".join(f"{group} {float(calcium.mean()):.2f}" for group, calcium in herd.items())
    return Evaluation(passed, text, f"{sum(len(calcium) for calcium in herd.values())} plausible cows of "
                      f"{3 * COWS_PER_HERD}, seed {HERD_SEED}; mean calcium 2 h after calving by lactation: {means} "
                      "mmol/L")
