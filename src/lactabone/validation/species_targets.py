"""Hormone directions of lactation in each species and of women's pregnancy, the mouse's PTHrP and pregnancy
calcitriol with and without PTH, Stadt & Layton's rat, rats on 0.4% chow, and mice without calcitriol across
chows (H1-H4, C4, V5-V8, V11-V13).

H1-H3 compare mid-lactation with the same species not lactating: women
over months 1-6 against a woman who does not nurse; mice (days 10-20) and rats
(days 10-14) against the virgin (pre-pregnant) state, as the rodent studies
compare with non-mated controls. H4 compares the second and third trimesters
with the same woman before pregnancy. The published size is shown where one exists;
a row passes when every direction is right (and, for V5, each ratio is within a
factor of 2 of the published model's). A direction counts when the ratio moves
by more than 5%; within 5% counts as unchanged.
"""

from __future__ import annotations

import math

from ..solve.errors import SolverError
from .experiments import EXPERIMENTS, MOUSE, RAT, WEANING_RODENT
from . import measures
from .figures import ratio_figure, scatter_figure, target_figure
from .measures import PREGNANCY
from .registry import Evaluation, target
from .runs import at, mean, rodent_ratios, run, scenario, virgin_value

#: Mid-lactation windows [days since delivery].
MOUSE_DAYS = measures.MOUSE_LACTATION_DAYS
RAT_DAYS = (10.0, 14.0)
#: Second and third trimesters [days since delivery].
LATE_PREGNANCY_DAYS = (-180.0, -1.0)
#: A ratio this close to 1 counts as unchanged (and not as a move up or down).
UNCHANGED = 0.05


def _direction(ratio: float, expected: str) -> bool:
    if expected == "up":
        return ratio > 1 + UNCHANGED
    if expected == "down":
        return ratio < 1 - UNCHANGED
    if expected == "not up":
        return ratio <= 1 + UNCHANGED
    return abs(ratio - 1) <= UNCHANGED


def _evaluate(ratios: dict[str, float], expected: dict[str, str], published: dict[str, float | None],
              title: str, detail: str) -> Evaluation:
    passed = all(_direction(ratios[name], expected[name]) for name in expected)
    text = ", ".join(f"{name} x{ratios[name]:.2f} ({expected[name]}"
                     + (f", published x{published[name]:.2f})" if published.get(name) else ")") for name in expected)
    return Evaluation(passed, text, detail, ratio_figure(list(expected), [ratios[name] for name in expected],
                                                         [published.get(name) for name in expected], title))


@target("H1", "Lactating women: PTH and urinary calcium lower, absorption unchanged",
        "PTH, urinary calcium and fractional absorption over months 1-6 of nursing against a woman who does not nurse",
        "PTH lower (published x0.70-0.82), urinary calcium lower (x0.43), absorption within 10%",
        "Kalkwarf 1999 J Clin Endocrinol Metab 84:464 (PTH 18-30% lower); Kovacs & Chik 1995 J Clin Endocrinol Metab "
        "80:3036 (2.49 vs 3.17 pmol/L); Ritchie 1998 Am J Clin Nutr 67:693 (urine 1.87 vs 4.32 mmol/d, absorption "
        "back to the pre-pregnant rate)")
def _women_directions() -> Evaluation:
    """Directions of PTH, urine calcium and absorption in nursing women."""
    names = ("pth", "urine_calcium", "fractional_calcium_absorption")
    ratios = {name: measures.nursing_ratio(name) for name in names}
    return _evaluate(ratios, {"pth": "down", "urine_calcium": "down", "fractional_calcium_absorption": "same"},
                     {"pth": 0.79, "urine_calcium": 0.43, "fractional_calcium_absorption": 1.0},
                     "H1 lactating women", "means over days 30-180, one infant over a woman who does not nurse "
                     "(absorption 'same' = within 5%)")


@target("H4", "Pregnant women: urinary calcium up, PTH not raised",
        "urinary calcium and PTH over the 2nd and 3rd trimesters against the same woman before pregnancy",
        "urinary calcium higher (absorptive hypercalciuria); PTH not higher (low-normal to unchanged)",
        "Gertner 1986 Am J Med 81:451 (pregnancy as a state of absorptive hypercalciuria); Gallacher 1994 Eur J "
        "Endocrinol 131:369 (PTH unchanged through pregnancy); Ardawi 1997 Eur J Endocrinol 137:402; Kovacs 2016 "
        "Physiol Rev 96:449; Ritchie 1998 Am J Clin Nutr 67:693 (urine 4.32 to 6.21 mmol/d by the 3rd trimester)")
def _pregnant_women_directions() -> Evaluation:
    """Directions of urinary calcium and PTH in the second half of a woman's pregnancy."""
    pregnant = run(PREGNANCY)
    names = ("urine_calcium", "pth")
    ratios = {name: mean(pregnant, name, *LATE_PREGNANCY_DAYS) / at(pregnant, name, PREGNANCY["start_day"])
              for name in names}
    return _evaluate(ratios, {"urine_calcium": "up", "pth": "not up"}, {"urine_calcium": 1.44}, "H4 pregnant women",
                     "means over days -180 to -1 over the pre-pregnant state ('not up' = at most 5% higher)")


@target("H2", "Lactating mice: PTH lower, calcitriol and absorption higher",
        "PTH, calcitriol and calcium absorbed, mid-lactation against virgin mice",
        "PTH lower; calcitriol higher; calcium absorbed higher",
        "Lotinun 2019 J Clin Invest 129:3058 (PTH suppressed in lactation); VanHouten 2003 J Clin Invest 112:1429; "
        "Ardeshirpour 2015 Endocrinology 156:2762; Kovacs 2016 Physiol Rev 96:449",
        xfail_reason=("PTH x1.01 where it falls and calcitriol x0.99 where it rises (absorption x5.73 as published): "
                      "the lactating mouse's calcium is kept (x1.00), and the parathyroid's steep CaSR (Hill 30) "
                      "sets PTH by that balance, not by any term acting on the gland. Her kidney takes phosphate "
                      "back up to a tubular maximum (TmP/GFR), so it excretes the phosphorus of four times her chow "
                      "at x1.42 of the virgin's serum phosphate; the power law it replaced (exponent 2) needed "
                      "x1.79, and through the gland's phosphate arrow that was what raised her PTH to x1.12 (5 "
                      "December 2026). Tried: adding a prolactin drive of the 1-alpha-hydroxylase (0.13, Ajibade "
                      "2010, no dose-response) gives calcitriol x1.06 and PTH x0.48; neither value is measured in "
                      "mice. Prolactin acting on the 1-alpha-hydroxylase instead of the gut, at the rat's 0.04 per "
                      "unit of relative prolactin (the 30% of the rise that survives parathyroidectomy, Pike 1979), "
                      "gives calcitriol x1.67 but PTH x1.50 (tried); at that 0.04 beside the gut's 0.1 (mouse and rat re-fitted, "
                      "5 December 2026) her PTH falls to x0.82 but calcitriol stays at x0.99, as the lower PTH1R "
                      "signal takes back what prolactin adds, and the rat, inheriting it, lowers its PTH to x0.75 "
                      "where it rises (H3)"))
def _mouse_directions() -> Evaluation:
    ratios = rodent_ratios(MOUSE, MOUSE_DAYS, ("pth", "calcitriol", "gut_calcium_absorbed"))
    return _evaluate(ratios, {"pth": "down", "calcitriol": "up", "gut_calcium_absorbed": "up"}, {},
                     "H2 lactating mice", "means over days 10-20 of lactation (8 pups, 1% chow) over the virgin")


@target("H3", "Lactating rats: PTH higher, calcitriol several-fold, absorption higher, calcium kept",
        "PTH, calcitriol, calcium absorbed and serum calcium, mid-lactation against virgin rats on 1% chow",
        "PTH higher (x1.5-2); calcitriol at least 2x; absorption higher; serum calcium within 5% of the virgin's",
        "Garner 1987 J Bone Miner Res 2:347 (PTH 24.7 vs 16.1 pg/mL); Halloran 1979 (calcitriol 26 to 158 pg/mL); "
        "Pike 1979 Science 204:1427 (2x); Toverud 1976 Endocrinology 99:371 (net absorption 6x); Stadt & Layton "
        "2023 J Theor Biol 111583",
        xfail_reason=("calcitriol x1.17 where it rises several-fold, and PTH x0.98 where it rises x1.5 (absorption "
                      "x3.30 and calcium x1.01 move as published): the rat's calcium is kept, so its CaSR does not "
                      "ask for more PTH; suckling's floor of secretion (Garner 1989) adds only 22% at calcium that "
                      "suppresses the CaSR. Its PTH rose x1.07 only while the power-law kidney (exponent 2) let its "
                      "phosphate climb x1.51 and the gland's phosphate arrow answered; the tubular maximum (TmP/GFR) "
                      "that replaced it holds phosphate to x1.25 (5 December 2026). The rat's prolactin drive of the "
                      "1-alpha-hydroxylase is not in the model (tried: it raises calcium and lowers PTH); the rat's "
                      "own non-suppressible half of resting PTH (Schultz 1994 Bone Miner 27:121: injected calcium "
                      "halves it) gives PTH x1.15 and calcitriol x1.18, but calcium x1.05 and 2.77 mmol/L the day "
                      "after delivery (tried). What decides the rat's direction is its assumed true absorption on 1% "
                      "chow (0.25, with 40 mg/d lost in digestive juices): at 0.15 (21 mg/d lost; S8 re-fitted) PTH "
                      "is x1.93, calcitriol x1.95 and calcium x0.98, but the re-fitted loss then rests on PTH and "
                      "V10 fails (-20.0% without PTH against -28.7%) (tried); with the phosphate tubular maximum, at "
                      "0.17 (24.5 mg/d lost; rat re-fitted) PTH is x1.48, calcitriol x1.63 and calcium x0.99, V10 "
                      "still passes (-22.1% against -28.8%) and no row changes status, but 0.17 is no better sourced "
                      "than 0.25 (young rats absorb 11-89% across 0.2-2% chow, Cashman & Flynn 1996 Br J Nutr "
                      "76:463), so it was not kept (tried 5 December 2026); active absorption half-saturated at 17 "
                      "or 8 mg/d of intake instead of 68 gives PTH x1.28 and x1.32 but calcitriol only x1.33 and "
                      "x1.37 (tried 5 December 2026). At 0.17 with a prolactin drive of the 1-alpha-hydroxylase "
                      "(0.1: Pike 1979 leaves 30% of the rise after parathyroidectomy; bromocriptine lowers calcitriol "
                      "without moving PTH, J Endocrinol 1982 94:443) and a gut answering calcitriol less than in "
                      "proportion (exponent 0.7; vitamin D-deprived lactating rats absorb as much as replete ones, "
                      "Boass & Toverud, Endocrinology), rat re-fitted, H3 passes (PTH x1.26, calcitriol x2.09, calcium "
                      "x0.99) and V10 holds (-22.0% against -28.2%), but R1 loses 5 rat combinations on 0.1% chow "
                      "(serum calcium 1.63 mmol/L), and none of 0.17, 0.1 or 0.7 is measured in rats; with exponent "
                      "0.4 or 0.6, V10 fails (-15.3% to -20.4% against -27.4% to -28.1%); at 0.25 the same drives "
                      "lower PTH (x0.75-0.97); the rat's own parathyroid of Granjon 2016 (set point 1.17 mmol/L, "
                      "non-suppressible 3.4%) gives PTH x0.95 and R1 122 (tried 5 December 2026). With the endogenous "
                      "faecal calcium measured in young female rats (0.23 mmol/d, 9.2 mg/d, J Nutr 1994 124:726) "
                      "instead of the 39.5 mg/d the assumed absorption implies, true absorption 0.072 by balance and "
                      "a paracellular share of 0.05, rat re-fitted: PTH x3.22, calcitriol x3.96 and calcium x0.94, "
                      "and V13 passes (PTH x2.03, calcium x0.91), but the loss then rests on PTH: V10 fails (-16.3% "
                      "without PTH against -34.6%) and S8's fit stops at -35.4%; Pike's prolactin drive (0.04) "
                      "added gives PTH x3.04, calcitriol x4.32, S8 -33.3% and V10 still failing (R1 123; tried 5 "
                      "December 2026)"))
def _rat_directions() -> Evaluation:
    ratios = rodent_ratios(RAT, RAT_DAYS, ("pth", "calcitriol", "gut_calcium_absorbed", "serum_calcium"))
    evaluation = _evaluate(ratios, {"pth": "up", "calcitriol": "up", "gut_calcium_absorbed": "up",
                                    "serum_calcium": "same"},
                           {"pth": 1.53, "calcitriol": 3.9, "gut_calcium_absorbed": 1.86, "serum_calcium": 1.0},
                           "H3 lactating rats", "means over days 10-14 of lactation (10 pups, 1% chow) over the virgin")
    several_fold = ratios["calcitriol"] >= 2
    return Evaluation(evaluation.passed and several_fold, evaluation.model,
                      evaluation.detail + "; calcitriol must be at least 2x", evaluation.figure)


#: Serum PTHrP of lactating mice [pmol/L] (VanHouten 2003: 1.18 pM in controls, 0.73 pM without mammary PTHrP).
MOUSE_LACTATION_PTHRP = (0.9, 1.5)


@target("C4", "Mammary PTHrP in lactating mice", "serum PTHrP of mice nursing 8 pups, days 10-20",
        "1.18 pM (0.9-1.5)", "VanHouten 2003 J Clin Invest 112:1429 (1.18 pM in lactating controls against 0.73 pM "
        "in mammary-PTHrP-null mice)", role="calibration")
def _mouse_pthrp() -> Evaluation:
    value = measures.mouse_lactation_pthrp()
    return Evaluation(MOUSE_LACTATION_PTHRP[0] <= value <= MOUSE_LACTATION_PTHRP[1], f"{value:.2f} pM",
                      "mean serum PTHrP over days 10-20 of lactation (8 pups, 1% chow)",
                      target_figure({"mouse, 8 pups": run(MOUSE)}, "pthrp", "C4 mouse PTHrP", MOUSE_LACTATION_PTHRP,
                                    MOUSE_DAYS))


#: Calcitriol of pregnant over virgin mice (Kirby 2013: fivefold late in pregnancy, in wild-type and Pth-null).
MOUSE_TERM_CALCITRIOL = (4.0, 6.0)
KIRBY_2013 = "Kirby 2013 J Bone Miner Res 28:1987"


@target("V8", "Calcitriol rises fivefold in pregnant mice", "serum calcitriol of a mouse the day before delivery "
        "over the virgin's", "x5 (x4-x6)", KIRBY_2013 + " (serum calcitriol increased fivefold during pregnancy)",
        xfail_reason=("x0.84 against x5: the mouse borrows the women's pregnancy drive of 1-alpha-hydroxylase (C3), "
                      "which scales the PTH1R drive, and her PTH at term is suppressed (2.1 against 5 pmol/L); a "
                      "mouse's own fit to x5 is no cure while her gut absorbs all that calcitriol asks (tried with "
                      "the drive beside PTH1R's: 8.6 mmol/L at term)"))
def _mouse_pregnancy_calcitriol() -> Evaluation:
    ratio = measures.mouse_term_calcitriol_ratio()
    return Evaluation(MOUSE_TERM_CALCITRIOL[0] <= ratio <= MOUSE_TERM_CALCITRIOL[1], f"x{ratio:.2f}",
                      "calcitriol on day -1 over the virgin (1% chow)", None)


@target("V7", "Without PTH: calcitriol still rises in pregnancy, calcium normalizes in lactation",
        "Pth-null mice: calcitriol the day before delivery over the virgin's; serum calcium over days 10-20 of "
        "nursing 8 pups", "calcitriol at least x3 (published x5, as in the wild type); serum calcium in lactation "
        "at least 2.0 mmol/L (hypocalcaemia normalized)",
        KIRBY_2013 + " (Pth-null: calcitriol fivefold in pregnancy; the hypocalcaemia of Pth-null mice normalized "
        "during lactation)",
        xfail_reason=("calcitriol rises only x1.54 in the Pth-null mouse's pregnancy, and in lactation her calcium "
                      "falls to 1.26 mmol/L where it normalizes: pregnancy scales the PTH1R drive of "
                      "1-alpha-hydroxylase, which has little to scale without PTH (the tubule's own calcium sensing, "
                      "at Stadt & Layton's rat strength, adds little) (a drive added beside PTH1R's gave x4.8, but "
                      "took pregnant mice on 2% chow to 4.3 mmol/L), and lactational RANKL scales with the PTH1R "
                      "signal, so her skeleton and gut cannot feed the milk. Tried (5 December 2026, every species "
                      "re-fitted): a mammary CaSR that lets PTHrP rise up to five-fold as calcium falls (suppression "
                      "1/(1 + 4a) instead of 1/(1 + a); no published size was found) gives 1.48 mmol/L in lactation; "
                      "adding Pike 1979's prolactin drive of the 1-alpha-hydroxylase (0.04) in the mouse and "
                      "prolactin's gut drive added to calcitriol's instead of multiplying it gives 1.87, with V6 at "
                      "-41.5% on 0.5% chow. The limit is the gut, not the bone: her fractional absorption is 0.24 "
                      "against the wild type's 0.36 (calcitriol 54 against 118 pmol/L, held down by phosphate at "
                      "1.67 mmol/L), while the digestive juices lose more as her calcium rises; the wild type's bone "
                      "loss would lift her only to 1.64 mmol/L"))
def _pregnancy_and_lactation_without_pth() -> Evaluation:
    ratio = measures.mouse_term_calcitriol_ratio(("pth",))
    lactating = mean(run(scenario(MOUSE, knockouts=["pth"])), "serum_calcium", *MOUSE_DAYS)
    return Evaluation(ratio >= 3 and lactating >= 2.0,
                      f"calcitriol x{ratio:.2f} in pregnancy; serum calcium {lactating:.2f} mmol/L in lactation",
                      "Pth-null mouse, 1% chow", None)


#: Stadt & Layton 2023's lactating rat over their virgin rat, re-run from their published parameter files
#: (PTH 6.29 to 13.25 pmol/L, calcitriol 84 to 329 pmol/L, ionized calcium 1.179 to 1.178 mmol/L, absorption
#: 1.05e-3 to 1.96e-3 mmol/min). Their lactation is set by parameters, not by suckling: params_lactation.txt
#: against params_female.txt raises PTH synthesis x1.3 (k_prod_PTHg), the CaSR set point from 1.17 to 1.20 mmol/L,
#: calcitriol synthesis x5.6 (delta_conv_max, k_conv_min), and lowers the gut's and distal tubule's calcitriol
#: sensitivity about 3x (K_abs_D3, K_DCT_D3p); lactabone must reach these ratios through its own arrows.
STADT_LAYTON = {"pth": 2.11, "calcitriol": 3.90, "serum_ionized_calcium": 1.00, "gut_calcium_absorbed": 1.86}


@target("V5", "Agrees with Stadt & Layton's lactating rat", "virgin to lactation ratios of PTH, calcitriol, "
        "ionized calcium and absorption against an independent rat model",
        "same direction (ionized calcium unchanged within 5%) and each ratio within a factor of 2 of theirs: "
        + ", ".join(f"{name} x{value:.2f}" for name, value in STADT_LAYTON.items()),
        "Stadt & Layton 2023 J Theor Biol 111583 (model code Layton-Lab/CaReg_FemPregLact, parameters of the virgin "
        "and lactating rat)",
        xfail_reason=("calcitriol x1.17 against x3.90 and PTH x0.98 against x2.11 (ionized calcium x1.01 and "
                      "absorption x3.30 against x1.86 agree within a factor of 2): the rat's PTH and calcitriol do "
                      "not rise (H3). Their lactating rat eats x1.2 the virgin's calcium (2.208e-3 against 1.84e-3 "
                      "mmol/min, after Brommage 1989) and has its PTH synthesis (x1.3), exocytosis (x1.65), CaSR set "
                      "point (1.17 to 1.20 mmol/L) and calcitriol production (x5.6) raised by parameter "
                      "(params_lactation.txt); this rat eats x2.9 (Toverud 1976)"))
def _stadt_layton() -> Evaluation:
    ratios = rodent_ratios(RAT, RAT_DAYS, tuple(STADT_LAYTON))
    expected = {name: "same" if abs(value - 1) <= UNCHANGED else ("up" if value > 1 else "down")
                for name, value in STADT_LAYTON.items()}
    evaluation = _evaluate(ratios, expected, STADT_LAYTON, "V5 against Stadt & Layton's rat",
                           "means over days 10-14 of lactation over the virgin rat")
    within = all(0.5 <= ratios[name] / value <= 2 for name, value in STADT_LAYTON.items())
    return Evaluation(evaluation.passed and within, evaluation.model, evaluation.detail, evaluation.figure)


#: Lactating rats on 0.4% calcium chow over non-mated rats on the same chow, days 10-18 (Garner 1987 J Bone Miner
#: Res 2:347): PTH 24.7 against 16.1 pg/mL; total serum calcium 10% lower.
RAT_BASIC_DIET = {"pth": 24.7 / 16.1, "serum_calcium": 0.90}
RAT_BASIC_DIET_DAYS = (10.0, 18.0)


@target("V13", "On 0.4% chow, lactating rats run short of calcium and raise PTH",
        "PTH and serum calcium of lactating rats on 0.4% chow against non-mated rats on the same chow, days 10-18",
        "PTH at least x1.25 (published x1.53); serum calcium 5-15% lower (published 10%)",
        "Garner 1987 J Bone Miner Res 2:347 (PTH 24.7 vs 16.1 pg/mL, N-terminal assay; serum calcium 10% lower on "
        "0.4% and 22% lower on 0.04% calcium)",
        xfail_reason=("PTH x0.98 and serum calcium x1.01 against x1.53 and x0.90: on 0.4% chow the model's rat feeds "
                      "its 105 mg/d of milk at the virgin's PTH, from its programmed bone loss (67 mg/d over days "
                      "10-18, mammary PTHrP raising the PTH1R signal x1.16) and its gut (104 mg/d absorbed, 53% of "
                      "198 mg/d eaten, less 66 mg/d of digestive juices); the published rat is short of calcium on "
                      "this chow, and its parathyroid answers (H3)"))
def _rat_basic_diet() -> Evaluation:
    mapping = scenario(RAT, diet={"calcium_percent": 0.4})
    ratios = rodent_ratios(mapping, RAT_BASIC_DIET_DAYS, tuple(RAT_BASIC_DIET))
    passed = ratios["pth"] >= 1.25 and 0.85 <= ratios["serum_calcium"] <= 0.95
    return Evaluation(passed, f"PTH x{ratios['pth']:.2f}, serum calcium x{ratios['serum_calcium']:.2f}",
                      "means over days 10-18 of lactation (10 pups, 0.4% chow) over the virgin on the same chow",
                      ratio_figure(list(ratios), list(ratios.values()), list(RAT_BASIC_DIET.values()),
                                   "V13 lactating rats on 0.4% chow"))


#: The usual chows of mouse studies [% calcium].
USUAL_CHOWS = (0.5, 0.6, 0.8, 1.0)


@target("V6", "The mouse's loss holds across the usual chows", "whole-skeleton mineral at weaning, 8 pups, on the "
        "usual chows (0.5-1% calcium)", "-35% to -25% on every chow from 0.5% to 1%",
        "Kovacs 2016 Physiol Rev 96:449 (25-35% on standard chows); Kirby 2013 J Bone Miner Res 28:1987 (1% chow); "
        "AIN-93G 0.5% calcium",
        xfail_reason=("-35.03% on 0.5% chow, 0.03 points past -35% (0.6% -33.4%, 0.8% -31.3%, 1% -30.0% as "
                      "calibrated): since the kidney takes phosphate back up to a tubular maximum (5 December "
                      "2026), lactation raises the mouse's phosphate x1.42 instead of x1.79 and her PTH x1.01 "
                      "instead of x1.12; her fit to S8 then takes estrogen_rankl_exponent 4.50 instead of 4.14, and "
                      "the loss on 0.5% chow moves from -34.3% to -35.0%"))
def _mouse_chows() -> Evaluation:
    losses = {chow: at(run(scenario(MOUSE, diet={"calcium_percent": chow})), "bmc_whole_body_change", WEANING_RODENT)
              for chow in USUAL_CHOWS}
    return Evaluation(all(-35 <= value <= -25 for value in losses.values()),
                      ", ".join(f"{chow:g}% {value:.1f}%" for chow, value in losses.items()),
                      "whole-skeleton mineral change at weaning (day 21)",
                      scatter_figure(list(losses), list(losses.values()), "chow calcium [%]",
                                     "whole-skeleton mineral at weaning [%]", "V6 mouse loss by chow"))


#: Serum calcium [mg/dL] of NOD mice kept vitamin D-deficient for 200 days (1,25(OH)2D3 undetectable) and of
#: vitamin D-replete controls, by the calcium of their purified diet [%] (PNAS 2003 100:9733, Table 1).
CALCITRIOL_LESS_MICE = {1.20: (9.5, 9.2), 0.47: (7.5, 8.9), 0.25: (6.0, 8.6)}
#: Largest distance between the model's ratio to the wild type and the published one.
CALCITRIOL_LESS_TOLERANCE = 0.1


def _calcitriol_less_ratio(chow: float) -> float | None:
    """Serum calcium of a non-pregnant Cyp27b1-null mouse over the wild type's on ``chow``; None without a
    steady state."""
    wild = scenario(MOUSE, diet={"calcium_percent": chow})
    try:
        knockout = virgin_value(scenario(wild, knockouts=["cyp27b1"]), "serum_calcium")
    except SolverError:
        return None
    return knockout / virgin_value(wild, "serum_calcium")


@target("V11", "Mice without calcitriol keep their calcium on calcium-rich chow",
        "serum calcium of non-pregnant Cyp27b1-null mice (no calcitriol) over the wild type's, on 1.2, 0.47 and "
        "0.25% calcium chow",
        "each ratio within 0.1 of the published: " + ", ".join(
            f"{chow:g}% x{deficient / replete:.2f}" for chow, (deficient, replete) in CALCITRIOL_LESS_MICE.items()),
        "PNAS 2003 100:9733, Table 1 (NOD mice vitamin D-deficient for 200 days, serum 1,25(OH)2D3 undetectable: "
        "9.5, 7.5 and 6.0 mg/dL against 9.2, 8.9 and 8.6 in replete controls)",
        xfail_reason=("x0.41 of the wild type's calcium on 1.2% chow (published x1.03), x0.16 on 0.47% (x0.84), and "
                      "no steady state on 0.25% (x0.70; it drifts to 0.20 mmol/L): without calcitriol the mouse's gut "
                      "absorbs only its paracellular share, the women's 0.1 of what it is given, while the digestive "
                      "juices lose the other 0.9 of the 15 mg/d they carry. A rodent share of 0.18 (the "
                      "calcitriol-independent share of absorption in Granjon 2016's rat) lifted the knockouts on 1% "
                      "chow into R1's range but made wild-type mice on 2% chow hypercalcaemic (2.97 mmol/L; R1 113 "
                      "of 160 instead of 132), since a mouse's kidneys filter less calcium (15 mg/d) than it eats "
                      "(45 mg/d) (tried, not kept). Digestive juices secreted in part by calcitriol-induced transport (a share "
                      "of 0.47, from vitamin D raising the rat duodenum's plasma-to-lumen flux x1.9; mouse not "
                      "re-fitted, 5 December 2026) lift the Cyp27b1-null mouse to 1.54 mmol/L on 1% chow, but its "
                      "skeleton still dissolves and wild-type mice on 0.1% chow fall to 0.87 mmol/L (R1 99 of 160; "
                      "S8 -41.8%); no measured true absorption or endogenous faecal calcium of mice was found to "
                      "replace the assumed 0.25 and 11 mg/d"))
def _calcitriol_less_mice() -> Evaluation:
    ratios = {chow: _calcitriol_less_ratio(chow) for chow in CALCITRIOL_LESS_MICE}
    published = {chow: deficient / replete for chow, (deficient, replete) in CALCITRIOL_LESS_MICE.items()}
    passed = all(ratio is not None and abs(ratio - published[chow]) <= CALCITRIOL_LESS_TOLERANCE
                 for chow, ratio in ratios.items())
    return Evaluation(passed, ", ".join(f"{chow:g}% " + (f"x{ratio:.2f}" if ratio is not None else "no steady state")
                                        for chow, ratio in ratios.items()),
                      "Cyp27b1-null over wild-type serum calcium before any pregnancy",
                      ratio_figure([f"{chow:g}% chow" for chow in ratios],
                                   [math.nan if ratio is None else ratio for ratio in ratios.values()],
                                   list(published.values()), "V11 mice without calcitriol",
                                   "serum calcium, Cyp27b1-null / wild type"))


#: Lactating mice without mammary PTHrP over lactating controls (VanHouten 2003 J Clin Invest 112:1429, Fig. 3):
#: PTH 3.7 against 3.8 pM (not different), 1,25-dihydroxyvitamin D 43.5 against 55.9 pg/mL (P < 0.05).
NO_MAMMARY_PTHRP = {"pth": 3.7 / 3.8, "calcitriol": 43.5 / 55.9}


@target("V12", "Without mammary PTHrP, lactating mice keep their PTH and make less calcitriol",
        "PTH and calcitriol of lactating mice without mammary PTHrP over lactating controls, days 10-20",
        "PTH within 10% of the controls' (published x0.97, not different); calcitriol at least 10% lower "
        "(published x0.78)",
        "VanHouten 2003 J Clin Invest 112:1429 (Fig. 3: PTH 3.7 against 3.8 pM; 1,25(OH)2D 43.5 against 55.9 pg/mL; "
        "urinary cAMP 19.3 against 33.9 ug/mmol creatinine)",
        xfail_reason=("PTH x1.13 and calcitriol x1.00 against x0.97 and x0.78: the model's parathyroid makes up for the "
                      "lost PTHrP, so the kidney's PTH1R signal stays x1.00 where the published urinary cAMP falls to "
                      "x0.57, and calcitriol follows that signal; the mouse's steep CaSR (Hill 30, the women's) with "
                      "27% of its secretion non-suppressible at rest gives back any PTH1R signal the breast withdraws "
                      "(S19)"))
def _no_mammary_pthrp_hormones() -> Evaluation:
    control, knockout = run(EXPERIMENTS["mouse_lactation"]), run(EXPERIMENTS["mouse_mammary_pthrp_knockout"])
    ratios = {name: mean(knockout, name, *MOUSE_DAYS) / mean(control, name, *MOUSE_DAYS) for name in NO_MAMMARY_PTHRP}
    passed = abs(ratios["pth"] - 1) <= 0.1 and ratios["calcitriol"] <= 0.9
    return Evaluation(passed, f"PTH x{ratios['pth']:.2f}, calcitriol x{ratios['calcitriol']:.2f}",
                      "means over days 10-20 of lactation (8 pups, 1% chow), without over with mammary PTHrP",
                      ratio_figure(list(ratios), list(ratios.values()), list(NO_MAMMARY_PTHRP.values()),
                                   "V12 lactating mice without mammary PTHrP", "without / with mammary PTHrP"))
