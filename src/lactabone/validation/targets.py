"""The literature targets: each a named, automated check with its citation and role.

``role`` is ``calibration`` for targets that ``lactabone calibrate`` fits
parameters to, ``validation`` for targets the model never saw, ``structural``
for targets the equations guarantee (a product of two measured parameters, a
knockout that zeroes the only driver); structural rows are not validation. A target the
model cannot meet yet carries an ``xfail_reason`` and is shown failing.
Reference numbers (ref. N) are those of the source text, Kovacs 2019 J Clin
Invest 129:3041 ("The breast-brain-bone circuit").
"""

from __future__ import annotations

from .bands import Band
from .figures import ratio_figure, scatter_figure, target_figure
from . import measures
from .measures import NOT_NURSING, NURSING_DAYS, PREGNANCY, WEANING, YEAR_AFTER_WEANING
from .registry import Evaluation, target
from .runs import ONE_INFANT, at, mean, run, scenario

KOVACS_2016 = "Kovacs 2016 Physiol Rev 96:449 (source ref. 1)"


def _spine_at_weaning(mapping) -> float:
    return at(run(mapping), "bmd_spine_change", WEANING)


S1_BAND = Band("milk_calcium", 180, 240, (0, WEANING), condition="one infant, exclusive nursing")


@target("S1", "Milk calcium, one infant", "milk calcium, woman exclusively nursing one infant",
        "180-240 mg/d (210 mg/d)", "Kovacs 2019 JCI 129:3041; Kovacs 2016 (ref. 1)", role="structural",
        bands=(S1_BAND,))
def _milk_calcium_one_infant() -> Evaluation:
    dataset = run(ONE_INFANT)
    value = mean(dataset, "milk_calcium", 1, WEANING)
    return Evaluation(S1_BAND.contains(value), f"{value:.0f} mg/d", "mean over days 1-180",
                      target_figure({"one infant": dataset}, "milk_calcium", "S1 milk calcium", S1_BAND.range,
                                    S1_BAND.days, (0, WEANING)))


@target("S2", "Milk calcium, twins and triplets", "twins, triplets", "2x and 3x of S1 (within 10%); more spine loss",
        "Kovacs 2019 JCI 129:3041; Kovacs 2016 (ref. 1)")
def _milk_calcium_multiples() -> Evaluation:
    runs = {n: run(scenario(nursing={"offspring": n})) for n in (1, 2, 3)}
    milk = {n: mean(dataset, "milk_calcium", 1, WEANING) for n, dataset in runs.items()}
    spine = {n: at(dataset, "bmd_spine_change", WEANING) for n, dataset in runs.items()}
    ratios = {n: milk[n] / milk[1] for n in (2, 3)}
    passed = all(abs(ratios[n] - n) <= 0.1 * n for n in (2, 3)) and spine[3] < spine[2] < spine[1]
    return Evaluation(passed, f"x{ratios[2]:.2f}, x{ratios[3]:.2f}; spine {spine[1]:.1f}/{spine[2]:.1f}/{spine[3]:.1f}%",
                      "milk calcium ratios to one infant; spine change at weaning for 1/2/3 infants",
                      target_figure({f"{n} infant(s)": dataset for n, dataset in runs.items()}, "milk_calcium",
                                    "S2 milk calcium by number of infants", marker_days=(0, WEANING)))


S3_BAND = Band("bmd_spine_change", -10, -5, (90, WEANING), condition="one infant, 3-6 months exclusive nursing")


@target("S3", "Spine loss, 6 months exclusive nursing", "lumbar spine aBMD after 3-6 months exclusive nursing",
        "-10% to -5%", "Kalkwarf 1997 N Engl J Med 337:523 (ref. 4); Kovacs 2016 (ref. 1)", role="calibration",
        bands=(S3_BAND,))
def _spine_loss() -> Evaluation:
    dataset = run(ONE_INFANT)
    value = measures.spine_at_weaning()
    return Evaluation(S3_BAND.contains(value), f"{value:.1f}%", "spine aBMD change at day 180",
                      target_figure({"one infant": dataset}, "bmd_spine_change", "S3 lumbar spine aBMD",
                                    S3_BAND.range, S3_BAND.days, (0, WEANING)))


@target("S4", "Appendicular loss at most half", "appendicular sites over the same time",
        "hip and radius loss <= half the spine loss", "Kovacs 2016 (ref. 1); Kalkwarf 1997 (ref. 4)")
def _appendicular_loss() -> Evaluation:
    dataset = run(ONE_INFANT)
    spine = at(dataset, "bmd_spine_change", WEANING)
    hip = at(dataset, "bmd_hip_change", WEANING)
    radius = at(dataset, "bmd_radius_change", WEANING)
    passed = spine < 0 and abs(hip) <= abs(spine) / 2 and abs(radius) <= abs(spine) / 2
    return Evaluation(passed, f"hip {hip / spine:.2f}, radius {radius / spine:.2f} of spine",
                      f"spine {spine:.1f}%, hip {hip:.1f}%, radius {radius:.1f}% at day 180",
                      target_figure({"spine": dataset}, "bmd_hip_change", "S4 hip aBMD (spine in S3)",
                                    (spine / 2, 0), (90, WEANING), (0, WEANING)))


@target("S5", "More milk, more loss", "more milk output gives more BMD loss", "spine loss monotone in milk output",
        "Kovacs 2016 (ref. 1); Laskey 1998 Am J Clin Nutr 67:685")
def _monotone_in_milk() -> Evaluation:
    mappings = [scenario(nursing={"offspring": 1, "exclusive_days": 0, "weaning_day": WEANING,
                                  "partial_fraction": share}) for share in (0.25, 0.5, 0.75)]
    mappings += [scenario(nursing={"offspring": n}) for n in (1, 2, 3)]
    milk = [mean(run(mapping), "milk_calcium", 1, WEANING) for mapping in mappings]
    spine = [_spine_at_weaning(mapping) for mapping in mappings]
    order = sorted(range(len(milk)), key=milk.__getitem__)
    passed = all(spine[order[i + 1]] < spine[order[i]] for i in range(len(order) - 1))
    pairs = ", ".join(f"{milk[i]:.0f}->{spine[i]:.1f}%" for i in order)
    return Evaluation(passed, pairs, "mean milk calcium (mg/d) -> spine change at day 180, sorted by milk",
                      scatter_figure(milk, spine, "mean milk calcium, days 1-180 [mg/d]",
                                     "spine aBMD change at day 180 [%]", "S5 more milk, more loss"))


@target("S6", "Absorption unchanged in lactation (women)", "intestinal calcium absorption in lactation",
        "within 10% of a woman who does not nurse", "Kalkwarf 1996 Am J Clin Nutr 63:526; Kovacs 2016 (ref. 1)")
def _absorption_unchanged() -> Evaluation:
    nursing = run(ONE_INFANT)
    not_nursing = run(NOT_NURSING)
    lactating = mean(nursing, "fractional_calcium_absorption", *NURSING_DAYS)
    control = mean(not_nursing, "fractional_calcium_absorption", *NURSING_DAYS)
    ratio = lactating / control
    return Evaluation(abs(ratio - 1) <= 0.1, f"{lactating:.3f} vs {control:.3f} (x{ratio:.2f})",
                      "mean fractional absorption, days 30-180",
                      target_figure({"nursing": nursing, "not nursing": not_nursing}, "fractional_calcium_absorption",
                                    "S6 fractional calcium absorption", (0.9 * control, 1.1 * control),
                                    marker_days=(0, WEANING)))


@target("S7", "Diet calcium does not change the loss (women)", "high vs low diet calcium",
        "spine loss at day 180 differs by < 1 point (500 vs 1500 mg/d)",
        "Kalkwarf 1997 N Engl J Med 337:523 (ref. 4); Cross 1995 J Bone Miner Res 10:1312 (ref. 3)",
        xfail_reason=("+1.30 points between 1500 and 500 mg/d: a lifelong low diet raises resting PTH (4.82 against "
                      "3.33 pmol/L) and with it resting resorption (x1.16 against x0.91 of 1000 mg/d); the "
                      "lactational remodeling transient scales with that turnover (skeletal release 180 against "
                      "161 mg/d over days 30-180). Tried (5 December 2026), every species recalibrated: a RANK "
                      "nearer saturation narrows the gap (half-occupancy 1.5: +1.14 points, 1: +1.00, against 3), "
                      "but the mouse's osteoclasts then fall too slowly after weaning (S20: x0.56 and x0.63 in 3 "
                      "days) and at 1 her loss stops at -22% (S8, V6); at 0.5 the women's own S3 is out of reach "
                      "(-6.6%)"))
def _diet_independent() -> Evaluation:
    low = run(scenario(diet={"calcium_mg_per_day": 500}))
    high = run(scenario(diet={"calcium_mg_per_day": 1500}))
    difference = at(high, "bmd_spine_change", WEANING) - at(low, "bmd_spine_change", WEANING)
    return Evaluation(abs(difference) < 1, f"{difference:+.2f} points", "spine at day 180, 1500 minus 500 mg/d",
                      target_figure({"500 mg/d": low, "1500 mg/d": high}, "bmd_spine_change",
                                    "S7 spine aBMD by diet calcium", marker_days=(0, WEANING)))


@target("V4", "A calcium supplement begun after delivery does not spare the spine", "1 g/d calcium supplement "
        "from 2 weeks postpartum vs none", "spine loss at day 180 differs by < 1 point",
        "Kalkwarf 1997 N Engl J Med 337:523 (randomised, placebo-controlled; ref. 4)",
        xfail_reason=("a supplement begun after delivery spares 2.08 points of spine: the kidney passes part of its "
                      "calcium (urine 163 to 212 mg/d over days 30-180), but it still lowers PTH (3.47 to 2.87 "
                      "pmol/L), and lactational RANKL is low estradiol times the PTH1R signal, so resorption falls "
                      "(x2.42 to x2.10) and the skeleton's release falls by 31% (172 to 119 mg/d). Tried (5 December "
                      "2026): RANK half-occupancy 1 instead of 3 (+1.63 points; the rodents' S8 then needs estrogen "
                      "exponents past their bound of 10), osteoclast activity not raised by PTH1R (+1.64; S12 fails); "
                      "the women's RANKL and activity exponents must fall to 0.25 and 0 before V4 passes, where bone "
                      "turnover could no longer fall without PTH as it does in hypoparathyroidism (Rubin 2008 J Bone "
                      "Miner Res 23:2018: bone formation rate a fifth of normal)"))
def _supplement_in_lactation() -> Evaluation:
    plain = run(ONE_INFANT)
    supplemented = run(scenario(diet={"calcium_mg_per_day": 2000, "start_day": 14}))
    difference = at(supplemented, "bmd_spine_change", WEANING) - at(plain, "bmd_spine_change", WEANING)
    return Evaluation(abs(difference) < 1, f"{difference:+.2f} points", "spine at day 180, supplemented minus not",
                      target_figure({"1000 mg/d": plain, "2000 mg/d from day 14": supplemented}, "bmd_spine_change",
                                    "V4 spine aBMD with a supplement begun after delivery", marker_days=(0, WEANING)))


#: Total-body mineral from 2 weeks to 6 months postpartum [%]: lactating -2.8, not lactating -1.7 (Kalkwarf &
#: Specker 1995 Obstet Gynecol 86:26); the lumbar spine moved -3.9 against +1.5.
TOTAL_BODY_LACTATION_COST = -2.8 - -1.7
TOTAL_BODY_DAYS = (14.0, WEANING)


@target("V14", "Nursing costs the whole skeleton about a point", "total-body mineral from 2 weeks to 6 months "
        "postpartum, nursing against not nursing",
        f"nursing minus not nursing between -2 and -0.5 points (published {TOTAL_BODY_LACTATION_COST:+.1f}: "
        "-2.8% against -1.7%)",
        "Kalkwarf & Specker 1995 Obstet Gynecol 86:26 (total body -2.8 vs -1.7%, lumbar spine -3.9 vs +1.5%, first "
        "6 months postpartum); Ritchie 1998 Am J Clin Nutr 67:693 (the kidney's saving meets much of the milk)",
        xfail_reason=("-2.69 points: from day 14 to 180 the nursing woman's skeleton gives 26.9 g more than a woman "
                      "who does not nurse (30.7 against 3.8 g), 84% of the 32.1 g of milk, while her kidney saves "
                      "only 4.4 g (urine 28.1 against 32.5 g); the published cost, about 1.1 points or some 10 g, "
                      "leaves most of the milk to the kidney and the diet. The spine's cost (-6.62 points, against "
                      "-5.4) is near the published one: the loss outside the spine, mostly cortical, is too large "
                      "(V1). With the spine calibrated (S3), the whole body's loss is 0.41 of the spine's, the ratio "
                      "of their turnovers (0.074 against 0.19 per year, Parfitt 1983), where the published ratio is "
                      "0.20: the kidney cannot change it (a distal capacity raised x1.5 in nursing, tried 5 December "
                      "2026, leaves -2.61 points and lowers absorption instead). The published sites do not follow "
                      "their turnovers: at 3 months Laskey 1998 (Am J Clin Nutr 67:685) measured whole body -0.86%, "
                      "femoral neck -2.39% and total hip -1.51% against spine -3.96% (0.22, 0.60 and 0.38 of it), "
                      "where the model's nursing woman has -2.15, -1.76 and -1.93% against -5.35% (0.40, 0.33, "
                      "0.36); a whole-body trabecular turnover of 0.15 per year (unsourced, tried 5 December 2026) "
                      "gives -2.03 points but V4 and S7 worse (+2.38, +1.71)"))
def _total_body_cost() -> Evaluation:
    nursing, not_nursing = run(ONE_INFANT), run(NOT_NURSING)

    def change(dataset) -> float:
        return at(dataset, "bmc_whole_body_change", TOTAL_BODY_DAYS[1]) - at(dataset, "bmc_whole_body_change",
                                                                            TOTAL_BODY_DAYS[0])

    cost = change(nursing) - change(not_nursing)
    return Evaluation(-2 <= cost <= -0.5, f"{cost:+.2f} points", "total-body mineral change from day 14 to day 180, "
                      "nursing minus not nursing",
                      target_figure({"nursing": nursing, "not nursing": not_nursing}, "bmc_whole_body_change",
                                    "V14 total-body mineral", marker_days=(0, *TOTAL_BODY_DAYS)))


#: Kalkwarf, Specker & Ho 1999 J Clin Endocrinol Metab 84:464: over the first 6 months postpartum PTH was 18-30%
#: lower and 1,25(OH)2D 11-16% higher in lactating than in non-lactating women (ranges over the visits).
KALKWARF_1999 = {"pth": (0.70, 0.82), "calcitriol": (1.11, 1.16)}
#: Months 3 and 6 of nursing [days since delivery] (6 months: before the day-180 weaning).
KALKWARF_1999_DAYS = (90.0, 175.0)


@target("V15", "PTH stays low and calcitriol high through 6 months of nursing",
        "PTH and calcitriol at 3 and 6 months postpartum, nursing against not nursing",
        "PTH at most x0.90 (published x0.70-0.82) and calcitriol above x1.0 (published x1.11-1.16) at both times",
        "Kalkwarf, Specker & Ho 1999 J Clin Endocrinol Metab 84:464 (97 lactating and 99 non-lactating women, "
        "first 6 months postpartum)",
        xfail_reason=("PTH x0.84 at 3 months but x1.18 at 6 months, calcitriol x0.92 then x1.36: the lactational "
                      "remodeling transient front-loads the skeleton's supply (212 mg/d on day 90, 18 mg/d on day "
                      "175, as formation catches up with resorption) while the milk keeps taking 191-194 mg/d, so by "
                      "month 6 PTH rises to draw the milk's calcium from the kidney and the gut; in the women "
                      "measured, spine loss goes on between months 3 and 6 (-3.7 to -4.4%, Kalkwarf 1997) and PTH "
                      "stays low (V14, V1). Tried (5 December 2026), every species recalibrated: cavities that stay "
                      "open 112 or 70 days instead of 90 (Eriksen 1986's range) give PTH x1.12 and x1.22 at 6 "
                      "months; a RANK nearer saturation (half-occupancy 1) x1.05, but then the rodents fail S8"))
def _nursing_hormones_through_six_months() -> Evaluation:
    nursing, not_nursing = run(ONE_INFANT), run(NOT_NURSING)
    ratios = {(name, day): at(nursing, name, day) / at(not_nursing, name, day)
              for name in KALKWARF_1999 for day in KALKWARF_1999_DAYS}
    passed = all(ratios["pth", day] <= 0.9 and ratios["calcitriol", day] > 1 for day in KALKWARF_1999_DAYS)
    text = "; ".join(f"day {day:g}: PTH x{ratios['pth', day]:.2f}, calcitriol x{ratios['calcitriol', day]:.2f}"
                     for day in KALKWARF_1999_DAYS)
    return Evaluation(passed, text, "nursing over not nursing at months 3 and 6",
                      ratio_figure([f"{name} day {day:g}" for name, day in ratios], list(ratios.values()),
                                   [sum(KALKWARF_1999[name]) / 2 for name, _ in ratios],
                                   "V15 PTH and calcitriol through 6 months of nursing", "nursing / not nursing"))


#: Kovacs & Chik 1995 J Clin Endocrinol Metab 80:3036: serum phosphate 1.33 against 1.13 mmol/L in lactating and
#: control women (with PTH 2.49 against 3.17 pmol/L and PTHrP 0.93 against 0.38, rows C1 and H1).
LACTATION_PHOSPHATE_RATIO = 1.33 / 1.13


@target("V16", "Serum phosphate rises in lactation (women)", "serum phosphate, nursing against not nursing",
        f"within 0.1 of the published x{LACTATION_PHOSPHATE_RATIO:.2f} (1.33 against 1.13 mmol/L)",
        "Kovacs & Chik 1995 J Clin Endocrinol Metab 80:3036; Kalkwarf 1996 Am J Clin Nutr 63:526 (serum phosphorus "
        "higher in lactating women at 4.6 months)",
        xfail_reason=("x0.97 over days 30-180 (1.07 against 1.11 mmol/L): the milk takes its phosphorus and the "
                      "kidney's phosphate threshold (TmP/GFR) answers the PTH1R signal, which barely moves (PTH x0.93, "
                      "PTHrP x2.30); at one PTH1R potency Kovacs & Chik's own means (PTH 3.17 to 2.49, PTHrP 0.38 to "
                      "0.93 pmol/L) leave the agonist unchanged (3.55 to 3.42 pmol/L), so the phosphate their women "
                      "keep, like the calcium their kidneys keep (V1), points to a renal mediator outside PTH1R that "
                      "no source names"))
def _lactation_phosphate() -> Evaluation:
    ratio = measures.nursing_ratio("serum_phosphate")
    return Evaluation(abs(ratio - LACTATION_PHOSPHATE_RATIO) <= 0.1, f"x{ratio:.2f}",
                      "mean serum phosphate days 30-180, nursing over not nursing",
                      target_figure({"nursing": run(ONE_INFANT), "not nursing": run(NOT_NURSING)}, "serum_phosphate",
                                    "V16 serum phosphate in lactation", marker_days=(0, WEANING)))


#: Virtual women of the S17 population (fixed seed; a few seconds in one process).
S17_SUBJECTS = 300
S17_SEED = 17


@target("S17", "Higher PTHrP, more loss across women", "circulating PTHrP vs spine and femoral-neck loss",
        f"positive Spearman correlation (p < 0.05) of mean PTHrP in nursing with spine and femoral-neck loss "
        f"at weaning, {S17_SUBJECTS} virtual women", "Sowers 1996 JAMA 276:549 (ref. 19)")
def _pthrp_correlation() -> Evaluation:
    from ..population import SerialExecutor, pthrp_loss_correlation, run_population
    from ..scenario import scenario_from_dict

    population = run_population(scenario_from_dict(ONE_INFANT), S17_SUBJECTS, seed=S17_SEED,
                                executor=SerialExecutor())
    spine = pthrp_loss_correlation(population, "spine_change_at_weaning")
    neck = pthrp_loss_correlation(population, "femoral_neck_change_at_weaning")
    accepted = population.accepted
    return Evaluation(all(rho > 0 and p < 0.05 for rho, p in (spine, neck)),
                      f"spine rho {spine[0]:+.2f} (p {spine[1]:.1g}), femoral neck rho {neck[0]:+.2f} "
                      f"(p {neck[1]:.1g})",
                      f"{len(accepted)} of {S17_SUBJECTS} sampled women plausible; loss = minus the % change; "
                      "women differ in the prolactin they answer suckling with, and prolactin drives both mammary "
                      "PTHrP and the suppression of GnRH (population.variability)",
                      scatter_figure(list(accepted["pthrp_nursing_mean"]), list(-accepted["spine_change_at_weaning"]),
                                     "mean circulating PTHrP, day 1 to weaning [pmol/L]",
                                     "lumbar spine aBMD loss at weaning [%]", "S17 PTHrP and spine loss"))


#: Back to baseline or above: one-sided, drawn up to +5%.
S21_BAND = Band("bmd_spine_change", -0.5, 5, (180, 365), after_weaning=True,
                condition="6-12 months after weaning (hip too)")


@target("S21", "Recovery after weaning (women)", "spine and hip 6-12 months after weaning",
        "back to baseline or above (>= -0.5%) 12 months after weaning",
        "Kalkwarf 1997 N Engl J Med 337:523 (ref. 4); Kovacs 2016 (ref. 1)", bands=(S21_BAND,))
def _recovery() -> Evaluation:
    dataset = run(ONE_INFANT)
    spine = measures.spine_year_after_weaning()
    hip = at(dataset, "bmd_hip_change", YEAR_AFTER_WEANING)
    return Evaluation(min(spine, hip) >= S21_BAND.low, f"spine {spine:+.1f}%, hip {hip:+.1f}%",
                      "12 months after weaning",
                      target_figure({"one infant": dataset}, "bmd_spine_change", "S21 spine aBMD recovery",
                                    S21_BAND.range, S21_BAND.days_for(WEANING), (0, WEANING)))


@target("S22", "Appendicular microarchitecture may stay changed, strength returns",
        "appendicular microarchitecture after weaning",
        "trabecular number still below baseline, femoral strength >= 0.99 of baseline 12 months after weaning",
        "Bjornerem 2017 J Bone Miner Res 32:681 (ref. 9); Brembeck 2015 J Clin Endocrinol Metab 100:535 (ref. 8)")
def _microarchitecture() -> Evaluation:
    dataset = run(ONE_INFANT)
    number = at(dataset, "trabecular_number", YEAR_AFTER_WEANING)
    strength = at(dataset, "strength_femur", YEAR_AFTER_WEANING)
    return Evaluation(number < 1 and strength >= 0.99, f"Tb.N {number:.3f}, strength {strength:.3f}",
                      "relative to the pre-pregnant state, 12 months after weaning",
                      target_figure({"trabecular number": dataset}, "trabecular_number",
                                    "S22 trabecular number", marker_days=(0, WEANING)))


@target("S24", "No cumulative loss over cycles", "several reproductive cycles",
        "spine and hip within 1 point of baseline after three cycles two years apart",
        "Kovacs 2016 (ref. 1); Bjornerem 2011 J Bone Miner Res 26:2843 (ref. 24)")
def _no_ratchet() -> Evaluation:
    cycle = {"offspring": 1, "exclusive_days": 180, "weaning_day": 180}
    mapping = scenario(end_day=2190, cycles=[{"delivery_day": 730, **cycle}, {"delivery_day": 1460, **cycle}])
    dataset = run(mapping)
    spine = at(dataset, "bmd_spine_change", 2190)
    hip = at(dataset, "bmd_hip_change", 2190)
    return Evaluation(abs(spine) <= 1 and abs(hip) <= 1, f"spine {spine:+.1f}%, hip {hip:+.1f}%",
                      "at day 2190 (two years after the third delivery)",
                      target_figure({"three cycles": dataset}, "bmd_spine_change", "S24 three cycles", (-1, 1),
                                    marker_days=(0, 730, 1460)))


C1_BAND = Band("pthrp", 2.0, 2.6, NURSING_DAYS, relative=True, condition="lactating over not lactating")


@target("C1", "PTHrP rises in lactation", "circulating PTHrP, lactating vs not",
        "lactating / non-lactating 2.0-2.6 (0.93 vs 0.4 pmol/L)", "Kovacs & Chik 1995 J Clin Endocrinol Metab 80:3036",
        role="calibration", bands=(C1_BAND,))
def _pthrp_rise() -> Evaluation:
    ratio = measures.pthrp_lactation_ratio()
    return Evaluation(C1_BAND.contains(ratio), f"x{ratio:.2f}", "mean PTHrP days 30-180 over a non-nursing woman",
                      target_figure({"nursing": run(ONE_INFANT), "not nursing": run(NOT_NURSING)}, "pthrp",
                                    "C1 circulating PTHrP", marker_days=(0, WEANING)))


@target("C2", "Calcitriol normal in lactation (women)", "1,25(OH)2D in lactating women",
        "0.95-1.2 x non-lactating", "Kalkwarf 1999 J Clin Endocrinol Metab 84:464; Kovacs 2016 (ref. 1)")
def _calcitriol_lactation() -> Evaluation:
    ratio = measures.calcitriol_lactation_ratio()
    return Evaluation(0.95 <= ratio <= 1.2, f"x{ratio:.2f}", "mean calcitriol days 30-180, nursing over not nursing",
                      target_figure({"nursing": run(ONE_INFANT), "not nursing": run(NOT_NURSING)}, "calcitriol",
                                    "C2 calcitriol", marker_days=(0, WEANING)))


@target("C3", "Pregnancy doubles calcium absorption and calcitriol", "3rd-trimester absorption; calcitriol at term",
        "absorption 0.45-0.60 (Ritchie: 0.54); calcitriol 1.6-2.6 x pre-pregnant",
        "Ritchie 1998 Am J Clin Nutr 67:693; Reddy 1983 J Clin Endocrinol Metab 56:363; Kovacs 2016 (ref. 1)",
        role="calibration")
def _pregnancy_absorption() -> Evaluation:
    dataset = run(PREGNANCY)
    value = measures.pregnancy_absorption()
    calcitriol = measures.term_calcitriol_ratio()
    return Evaluation(0.45 <= value <= 0.60 and 1.6 <= calcitriol <= 2.6, f"{value:.2f}; calcitriol x{calcitriol:.2f}",
                      "absorption mean over days -60 to -10; calcitriol at term over pre-pregnant",
                      target_figure({"pregnancy": dataset}, "fractional_calcium_absorption",
                                    "C3 absorption in pregnancy", (0.45, 0.60), (-90, 0), (0, WEANING)))


@target("V1", "Urine calcium falls in lactation (women)", "24-h urinary calcium at 2 months of nursing",
        "0.35-0.55 x a woman who does not nurse, on day 60 (Ritchie: 1.87 vs 4.32 mmol/d before pregnancy)",
        "Ritchie 1998 Am J Clin Nutr 67:693",
        xfail_reason=("urine x1.10 at day 60 instead of about halving (over months 1-6 it is x0.85, H1): on day 60 "
                      "the lactational remodeling transient makes the skeleton release 287 mg/d against 196 mg/d of "
                      "milk, and the kidney passes the excess (230 against 210 mg/d). Lactating women do conserve "
                      "calcium in the tubule at a given serum calcium (Kent 1991, oral calcium load; a smaller "
                      "calciuric answer to a supplement at 6 months, Kalkwarf 1999), and they keep phosphate too "
                      "(V16), at lower PTH with PTHrP that leaves the PTH1R agonist unchanged at one potency (Kovacs "
                      "& Chik 1995: 3.42 pmol/L nursing, 3.55 not), so the mediator lies outside PTH1R and none is "
                      "measured: prolactin raised urinary calcium in people given it and doubled it in "
                      "hyperprolactinaemic rats (Adler, Costanzo & Stauffer 1986 Metabolism 35:668), and GFR is "
                      "higher after delivery, not lower (Hladunewich 2004 Am J Physiol Renal 286:F496). A renal "
                      "prolactin gain tried anyway (5 December 2026) takes V1 to x0.80 but breaks S6, S15, D10, H1, "
                      "C2 and N1"))
def _urine_lactation() -> Evaluation:
    ratio = measures.urine_calcium_lactation_ratio()
    return Evaluation(0.35 <= ratio <= 0.55, f"x{ratio:.2f}", "urinary calcium at day 60, nursing over not nursing",
                      target_figure({"nursing": run(ONE_INFANT), "not nursing": run(NOT_NURSING)}, "urine_calcium",
                                    "V1 urinary calcium", marker_days=(0, WEANING)))


N1_BAND = Band("serum_calcium", 2.1, 2.7, condition="maternal calcium is maintained")


@target("N1", "Serum calcium normal in normal scenarios", "serum calcium through pregnancy, lactation, recovery",
        "2.1-2.7 mmol/L throughout", "Kovacs 2016 (ref. 1): maternal calcium is maintained", bands=(N1_BAND,))
def _serum_calcium_normal() -> Evaluation:
    runs = {"one infant": run(ONE_INFANT), "twins": run(scenario(nursing={"offspring": 2})),
            "pregnancy": run(PREGNANCY), "500 mg/d": run(scenario(diet={"calcium_mg_per_day": 500}))}
    lowest = min(float(dataset["serum_calcium"].min()) for dataset in runs.values())
    highest = max(float(dataset["serum_calcium"].max()) for dataset in runs.values())
    return Evaluation(N1_BAND.contains(lowest) and N1_BAND.contains(highest), f"{lowest:.2f}-{highest:.2f} mmol/L",
                      "lowest and highest total serum calcium", target_figure(
                          runs, "serum_calcium", "N1 serum calcium", N1_BAND.range, marker_days=(0, WEANING)))
