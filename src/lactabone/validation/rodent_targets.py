"""Rodent rows of the scorecard: lactation, diets, litters, drugs and knockouts (S8-S16, S18-S20, S22R, S23, V2,
V3, V9, V10, V17-V22).

Every row runs the experiments of ``experiments.py`` (the same scenarios as
``examples/mouse_*.toml`` and ``examples/rat_lactation.toml``). Reference
numbers (ref. N) are those of the source text, Kovacs 2019 J Clin Invest 129:3041.
"""

from __future__ import annotations

from .bands import Band
from .experiments import END_RODENT, EXPERIMENTS, WEANING_RODENT, ZOLEDRONATE_END, ZOLEDRONATE_WEANING
from ..plots.figures import comparison_figure
from .figures import target_figure
from .runs import at, mean, rodent_ratios, run
from .registry import ONE_PTH1R_POTENCY, Evaluation, target

LACTATION = (1.0, WEANING_RODENT - 0.5)
MARKERS = (0.0, WEANING_RODENT)
KOVACS_2016 = "Kovacs 2016 Physiol Rev 96:449 (ref. 1)"


def _run(name: str):
    return run(EXPERIMENTS[name])


def _bmc_at_weaning(name: str) -> float:
    return at(_run(name), "bmc_whole_body_change", WEANING_RODENT)


def _figure(names: dict[str, str], variable: str, title: str, band=None, band_days=None):
    return target_figure({label: _run(name) for label, name in names.items()}, variable, title, band, band_days,
                         MARKERS)


def _experiment(names: dict[str, str], title: str,
                variables: tuple[str, ...] = ("bmc_whole_body_change", "serum_calcium")):
    """Panels of ``variables`` (default: skeletal mineral and serum calcium), one curve per labelled experiment."""
    return comparison_figure({label: _run(name) for label, name in names.items()}, variables, title)


S8_BAND = Band("bmc_whole_body_change", -35, -25, (WEANING_RODENT - 1, WEANING_RODENT + 1),
               species=("mouse", "rat"), condition="21-day lactation; mouse 8 pups, rat 10 pups")


@target("S8", "Rodents lose a quarter to a third of skeletal mineral", "rodents, ~21-day lactation",
        "-35% to -25% whole-skeleton mineral at weaning (mouse, 8 pups; rat, 10 pups)",
        f"{KOVACS_2016}; Ardeshirpour 2010 Endocrinology 151:5591; Garner 1987 J Bone Miner Res 2:347",
        role="calibration", bands=(S8_BAND,))
def _rodent_loss() -> Evaluation:
    mouse, rat = _bmc_at_weaning("mouse_lactation"), _bmc_at_weaning("rat_lactation")
    passed = all(S8_BAND.contains(value) for value in (mouse, rat))
    return Evaluation(passed, f"mouse {mouse:.1f}%, rat {rat:.1f}%",
                      "whole-skeleton mineral change at day 21; each species' mammary PTHrP gain is calibrated "
                      "to its own loss",
                      _figure({"mouse": "mouse_lactation", "rat": "rat_lactation"}, "bmc_whole_body_change",
                              "S8 whole-skeleton mineral", S8_BAND.range, S8_BAND.days))


@target("S9", "Rodent bone strength falls up to 60%", "vertebral and femoral strength at weaning",
        "strength falls 20-60% at spine and femur", f"{KOVACS_2016}; Liu 2012 J Bone Miner Res 27:865")
def _rodent_strength() -> Evaluation:
    dataset = _run("mouse_lactation")
    spine = 100 * (at(dataset, "strength_spine", WEANING_RODENT) - 1)
    femur = 100 * (at(dataset, "strength_femur", WEANING_RODENT) - 1)
    passed = all(-60 <= value <= -20 for value in (spine, femur))
    return Evaluation(passed, f"spine {spine:.0f}%, femur {femur:.0f}%", "strength change at day 21, mouse",
                      _figure({"mouse": "mouse_lactation"}, "strength_spine", "S9 vertebral strength", (0.4, 0.8),
                              (WEANING_RODENT - 1, WEANING_RODENT + 1)))


@target("S10", "Rodent spine loses much more than the femur", "spine vs appendicular skeleton",
        "spine loss >= 1.3 x femur loss (Ardeshirpour 2010: -23% vs -17% in 10 days)",
        f"{KOVACS_2016}; Ardeshirpour 2010 Endocrinology 151:5591")
def _rodent_sites() -> Evaluation:
    dataset = _run("mouse_lactation")
    spine = at(dataset, "bmd_spine_change", WEANING_RODENT)
    femur = at(dataset, "bmd_femur_change", WEANING_RODENT)
    ratio = spine / femur if femur else float("inf")
    return Evaluation(spine < 0 and ratio >= 1.3, f"spine {spine:.1f}%, femur {femur:.1f}% (x{ratio:.2f})",
                      "aBMD change at day 21, mouse",
                      _figure({"mouse": "mouse_lactation"}, "bmd_spine_change", "S10 spine (femur in the detail)"))


BLOCKERS = {"OPG-Fc": "mouse_opg_fc", "zoledronate": "mouse_zoledronate", "calcitonin": "mouse_calcitonin"}


@target("S11", "Blocked resorption: serum and milk calcium kept, absorption rises",
        "resorption blocked by OPG-Fc, a bisphosphonate or calcitonin",
        "serum and milk calcium within 10% of untreated; gut absorption higher", f"{KOVACS_2016} (refs. 1, 37-39)")
def _blocked_resorption() -> Evaluation:
    untreated = _run("mouse_lactation")
    rows, passed = [], True
    for label, name in BLOCKERS.items():
        treated = _run(name)
        serum = mean(treated, "serum_calcium", *LACTATION) / mean(untreated, "serum_calcium", *LACTATION)
        milk = mean(treated, "milk_calcium", *LACTATION) / mean(untreated, "milk_calcium", *LACTATION)
        gut = mean(treated, "gut_calcium_absorbed", *LACTATION) / mean(untreated, "gut_calcium_absorbed", *LACTATION)
        passed &= abs(serum - 1) <= 0.1 and abs(milk - 1) <= 0.1 and gut > 1
        rows.append(f"{label}: serum x{serum:.2f}, milk x{milk:.2f}, absorption x{gut:.2f}")
    return Evaluation(passed, "; ".join(rows), "means over lactation, relative to untreated",
                      _experiment({"untreated": "mouse_lactation", **BLOCKERS}, "S11 resorption blocked",
                                  ("serum_calcium", "milk_calcium", "gut_calcium_absorbed")))


@target("S12", "Diet and litter size change the rodent loss", "low-Ca diet or larger litter / high-Ca or smaller",
        "more loss and weaker spine / less loss and stronger spine",
        f"{KOVACS_2016}; Kirby 2013 J Bone Miner Res 28:1987; Brommage & DeLuca 1985 Am J Physiol 248:E182")
def _diet_and_litter() -> Evaluation:
    base = _bmc_at_weaning("mouse_lactation")
    strength = {name: at(_run(name), "strength_spine", WEANING_RODENT) for name in
                ("mouse_lactation", "mouse_low_calcium_diet", "mouse_litter_12", "mouse_high_calcium_diet",
                 "mouse_litter_4")}
    more = {name: _bmc_at_weaning(name) for name in ("mouse_low_calcium_diet", "mouse_litter_12")}
    less = {name: _bmc_at_weaning(name) for name in ("mouse_high_calcium_diet", "mouse_litter_4")}
    passed = (all(value < base and strength[name] < strength["mouse_lactation"] for name, value in more.items())
              and all(value > base and strength[name] > strength["mouse_lactation"] for name, value in less.items()))
    text = ", ".join(f"{name.removeprefix('mouse_')} {value:.1f}%" for name, value in {**more, **less}.items())
    return Evaluation(passed, f"8 pups on 1% chow {base:.1f}%; {text}", "whole-skeleton change at day 21",
                      _figure({"1% chow, 8 pups": "mouse_lactation", "0.05% chow": "mouse_low_calcium_diet",
                               "2% chow": "mouse_high_calcium_diet", "4 pups": "mouse_litter_4",
                               "12 pups": "mouse_litter_12"}, "bmc_whole_body_change", "S12 diet and litter size"))


@target("S13", "Blocked resorption on a low-calcium diet is lethal", "resorption blocked AND low-calcium diet",
        "serum calcium below 1.5 mmol/L (tetany, death) with resorption blocked; >= 1.9 untreated",
        f"{KOVACS_2016} (refs. 37-39)",
        xfail_reason=("blocked resorption on 0.05% chow from delivery is lethal (0.05-0.23 mmol/L), but so is "
                      "the untreated low-calcium lactation (0.10 mmol/L): the milk keeps taking its calcium where "
                      "lactating rats on 0.05% chow survive losing ~45% of body calcium (Calcif Tissue Res 1975 "
                      "17:303) while their pups get less milk; the mammary CaSR cuts milk calcium by at most its "
                      "share (0.3), and the smaller milk volume of hypocalcaemic mothers (VanHouten 2004) is not "
                      "modelled. Tried: milk secretion halved at 0.73x ionized calcium (Garner 1990's rats) lifts the "
                      "untreated mother to 1.66 mmol/L but the blocked ones to 1.52-1.61 too: a mouse skeleton "
                      "(250 mg) cannot feed 21 days of milk (36 mg/d), so both end where the milk stops"))
def _lethal_hypocalcaemia() -> Evaluation:
    names = {"OPG-Fc": "mouse_opg_fc_low_calcium", "zoledronate": "mouse_zoledronate_low_calcium",
             "calcitonin": "mouse_calcitonin_low_calcium"}
    lowest = {label: float(_run(name)["serum_calcium"].sel(day=slice(0, WEANING_RODENT)).min())
              for label, name in {"untreated": "mouse_low_calcium_diet", **names}.items()}
    passed = lowest.pop("untreated") >= 1.9 and all(value < 1.5 for value in lowest.values())
    return Evaluation(passed, ", ".join(f"{label} {value:.2f}" for label, value in lowest.items()) + " mmol/L",
                      "lowest serum calcium in lactation on 0.05% calcium chow from delivery (untreated must stay >= 1.9)",
                      _experiment({"untreated, 0.05% chow": "mouse_low_calcium_diet", **names},
                                  "S13 resorption blocked on a low-calcium diet"))


@target("S14", "Lactation raises resorption and thins trabeculae", "osteoclasts, CTX, trabeculae, cortical porosity",
        "osteoclasts and CTX up (>=1.5x); trabecular number and thickness down; cortical porosity up",
        f"{KOVACS_2016}; Liu 2012 J Bone Miner Res 27:865")
def _resorption_markers() -> Evaluation:
    dataset = _run("mouse_lactation")
    day = WEANING_RODENT - 1
    values = {name: at(dataset, name, day) for name in ("osteoclasts", "ctx", "trabecular_number",
                                                         "trabecular_thickness", "cortical_porosity")}
    passed = (values["osteoclasts"] >= 1.5 and values["ctx"] >= 1.5 and values["trabecular_number"] < 1
              and values["trabecular_thickness"] < 1 and values["cortical_porosity"] > 1)
    return Evaluation(passed, ", ".join(f"{name} x{value:.2f}" for name, value in values.items()),
                      f"mouse, day {day:g} relative to the virgin",
                      _figure({"mouse": "mouse_lactation"}, "osteoclasts", "S14 osteoclasts"))


@target("S15", "Lacunae enlarge, not without osteocyte PTH1R", "osteocyte lacunar area in lactation",
        "lacunar area up >= 10%; no rise (< 2%) with osteocytes lacking PTH1R",
        "Qing 2012 J Bone Miner Res 27:1018 (ref. 29); Wysolmerski 2012 Bone")
def _lacunae() -> Evaluation:
    wild = at(_run("mouse_lactation"), "lacunar_area", WEANING_RODENT - 1)
    knockout = at(_run("mouse_osteocyte_pth1r_knockout"), "lacunar_area", WEANING_RODENT - 1)
    return Evaluation(wild >= 1.1 and knockout < 1.02, f"wild type x{wild:.3f}, osteocyte Pth1r-null x{knockout:.3f}",
                      "lacunar area at day 20",
                      _figure({"wild type": "mouse_lactation", "osteocyte PTH1R knockout":
                               "mouse_osteocyte_pth1r_knockout"}, "lacunar_area", "S15 lacunar area"))


@target("S16", "Osteocyte cathepsin K knockout", "osteocyte Ctsk deletion in lactation",
        "lacunar rise and mineral loss blunted, no osteoclast rise, PTH not suppressed, milk calcium normal",
        "Lotinun 2019 J Clin Invest 129:3058 (ref. 30)",
        xfail_reason=("osteoclasts still rise x4.12 without osteocyte cathepsin K, though lacunae (+0.0% against "
                      "+11.2%) and mineral loss (-22.8% against -30.0%) are blunted as published: lacunar matrix "
                      "recruitment is a minor share of the osteoclast drive in the mouse set"))
def _osteocyte_ctsk() -> Evaluation:
    wild, knockout = _run("mouse_lactation"), _run("mouse_osteocyte_ctsk_knockout")
    day = WEANING_RODENT - 1
    lacunae = [at(data, "lacunar_area", day) - 1 for data in (wild, knockout)]
    loss = [at(data, "bmc_whole_body_change", WEANING_RODENT) for data in (wild, knockout)]
    clasts = [at(data, "osteoclasts", day) for data in (wild, knockout)]
    pth = mean(knockout, "pth", *LACTATION) / at(knockout, "pth", 0)
    milk = mean(knockout, "milk_calcium", *LACTATION) / mean(wild, "milk_calcium", *LACTATION)
    passed = (lacunae[1] < lacunae[0] / 2 and loss[0] < loss[1] and clasts[1] < 1.2 and pth >= 0.95
              and abs(milk - 1) <= 0.1)
    return Evaluation(passed, f"lacunae +{100 * lacunae[1]:.1f}% (wt +{100 * lacunae[0]:.1f}%), mineral "
                      f"{loss[1]:.1f}% (wt {loss[0]:.1f}%), osteoclasts x{clasts[1]:.2f}, PTH x{pth:.2f}, milk "
                      f"x{milk:.2f}", "knockout vs wild type in lactation",
                      _experiment({"wild type": "mouse_lactation", "osteocyte Ctsk knockout":
                                   "mouse_osteocyte_ctsk_knockout"}, "S16 osteocyte cathepsin K knockout"))


@target("S18", "Excess PTHrP: hypercalcaemia that resolves at weaning", "excess mammary PTHrP",
        "serum calcium above 2.75 mmol/L in lactation, back below 2.6 within a week of weaning",
        "Kovacs 2019 J Clin Invest 129:3041 (pseudohyperparathyroidism, refs. 23-25)",
        xfail_reason=("four-fold mammary PTHrP brings serum calcium only to 2.45 mmol/L: " + ONE_PTH1R_POTENCY))
def _excess_pthrp() -> Evaluation:
    dataset = _run("mouse_excess_pthrp")
    highest = float(dataset["serum_calcium"].sel(day=slice(1, WEANING_RODENT - 0.5)).max())
    after = at(dataset, "serum_calcium", WEANING_RODENT + 7)
    return Evaluation(highest > 2.75 and after < 2.6, f"peak {highest:.2f}, a week after weaning {after:.2f} mmol/L",
                      "mouse, mammary PTHrP production x4",
                      _experiment({"normal": "mouse_lactation", "PTHrP x4": "mouse_excess_pthrp"},
                                  "S18 excess PTHrP"))


@target("S19", "Mammary PTHrP deletion blunts the loss", "mammary-specific PTHrP knockout",
        "mineral loss at weaning at most 3/4 of the wild type's", "VanHouten 2003 J Clin Invest 112:1429 (ref. 21)",
        xfail_reason=("deleting mammary PTHrP leaves -30.1% against -30.0%: " + ONE_PTH1R_POTENCY + "; the mouse's "
                      "PTHrP is calibrated to the 1.18 pM VanHouten 2003 measured (C4)"))
def _mammary_pthrp() -> Evaluation:
    wild, knockout = _bmc_at_weaning("mouse_lactation"), _bmc_at_weaning("mouse_mammary_pthrp_knockout")
    return Evaluation(wild < 0 and abs(knockout) <= 0.75 * abs(wild), f"{knockout:.1f}% vs wild type {wild:.1f}%",
                      "whole-skeleton change at day 21",
                      _experiment({"wild type": "mouse_lactation", "mammary PTHrP knockout":
                                   "mouse_mammary_pthrp_knockout"}, "S19 mammary PTHrP knockout"))


MAMMARY_CASR_DAYS = (10.0, 14.0)


@target("V9", "Mammary CaSR deletion: the mother keeps the calcium her milk does not take",
        "mammary-specific CaSR knockout from the onset of lactation, days 10-14 against the wild type",
        "milk calcium lower; the mother's serum calcium higher, PTH lower, urinary calcium higher",
        "Mamillapalli 2013 Endocrinology 154:3031 (BLG-Cre CaSR-cKO mice: milk calcium reduced, maternal "
        "hypercalcaemia, decreased PTH, increased renal calcium excretion)")
def _mammary_casr() -> Evaluation:
    wild, knockout = _run("mouse_lactation"), _run("mouse_mammary_casr_knockout")
    rises = {"milk_calcium": False, "serum_calcium": True, "pth": False, "urine_calcium": True}
    ratios = {name: mean(knockout, name, *MAMMARY_CASR_DAYS) / mean(wild, name, *MAMMARY_CASR_DAYS) for name in rises}
    passed = all(ratios[name] > 1 if up else ratios[name] < 1 for name, up in rises.items())
    return Evaluation(passed, ", ".join(f"{name} x{ratio:.3f}" for name, ratio in ratios.items()),
                      "knockout over wild type, means over days 10-14 of lactation (8 pups, 1% chow); the fall "
                      "of milk calcium is set by the assumed CaSR share of milk calcium transport, the mother's "
                      "answer is not",
                      _experiment({"wild type": "mouse_lactation", "mammary CaSR knockout":
                                   "mouse_mammary_casr_knockout"}, "V9 mammary CaSR knockout",
                                  tuple(rises)))


@target("V10", "Lactational bone loss does not need the parathyroids",
        "rats nursing 10 pups on 1.2% calcium chow, without PTH against intact",
        "whole-skeleton loss at weaning without PTH at least 3/4 of the intact rat's",
        "Garner, Boass & Toverud 1990 J Bone Miner Res 5 (rats parathyroidectomized on days 4-6 of lactation, 1.2% "
        "calcium: normal milk and lactational bone loss); 'Bone mineral loss during lactation occurs in absence of "
        "parathyroid tissue' (1992; 2% calcium); Kalkwarf 1999 J Mammary Gland Biol Neoplasia 4:319")
def _loss_without_parathyroids() -> Evaluation:
    intact, knockout = _bmc_at_weaning("rat_calcium_rich_diet"), _bmc_at_weaning("rat_pth_knockout_calcium_rich_diet")
    calcium = at(_run("rat_pth_knockout_calcium_rich_diet"), "serum_calcium", 10)
    return Evaluation(intact < 0 and abs(knockout) >= 0.75 * abs(intact),
                      f"{knockout:.1f}% without PTH vs intact {intact:.1f}%",
                      f"whole-skeleton change at day {WEANING_RODENT:g}; without PTH, serum calcium {calcium:.2f} "
                      "mmol/L on day 10 (published: normal, 10.5 mg/dL)",
                      _experiment({"intact": "rat_calcium_rich_diet",
                                   "without PTH": "rat_pth_knockout_calcium_rich_diet"},
                                  "V10 lactational loss without parathyroids"))


KIRBY_2013 = ("Kirby 2013 J Bone Miner Res 28:1987 (on 1% calcium chow, wild-type and Pth-null mice each lost 15-18% "
              "of whole-body BMC below baseline during lactation; a 2% calcium diet reduced the lactational decline)")


@target("V21", "Mice without PTH lose as much bone in lactation as the wild type",
        "mice nursing 8 pups on 1% calcium chow, Pth-null against wild type",
        "whole-skeleton loss at weaning without PTH at least 3/4 of the wild type's (as V10 asks of rats)",
        KIRBY_2013,
        xfail_reason=("the Pth-null mouse loses -14.1% against the wild type's -30.0% (x0.47): lactational RANKL "
                      "scales with the PTH1R signal, and without PTH the lactating mouse's signal is 0.39 of rest "
                      "against the wild type's 1.12 (x0.34), because her resting PTH (5 pmol/L, assumed) carries "
                      "about three quarters of it beside mammary PTHrP (1.2-1.6 pmol/L); the rat keeps its loss "
                      "without PTH (V10; signal x0.62) because its resting PTH is 1.7 pmol/L (Garner 1987). Her "
                      "calcium falls to 1.26 mmol/L on day 10 of lactation, where it normalizes (V7)"))
def _mouse_loss_without_pth() -> Evaluation:
    wild, knockout = _bmc_at_weaning("mouse_lactation"), _bmc_at_weaning("mouse_pth_knockout")
    return Evaluation(wild < 0 and abs(knockout) >= 0.75 * abs(wild),
                      f"{knockout:.1f}% without PTH vs wild type {wild:.1f}% (x{knockout / wild:.2f})",
                      f"whole-skeleton change at day {WEANING_RODENT:g} against the virgin",
                      _experiment({"wild type": "mouse_lactation", "Pth-null": "mouse_pth_knockout"},
                                  "V21 lactational loss without PTH"))


@target("V22", "A calcium-rich chow lessens the mouse's lactational loss",
        "mice nursing 8 pups, 2% against 1% calcium chow",
        "less whole-skeleton loss at weaning on 2% than on 1% calcium chow", KIRBY_2013)
def _mouse_loss_on_rich_chow() -> Evaluation:
    usual, rich = _bmc_at_weaning("mouse_lactation"), _bmc_at_weaning("mouse_high_calcium_diet")
    return Evaluation(usual < rich < 0, f"2% chow {rich:.1f}% vs 1% chow {usual:.1f}%",
                      f"whole-skeleton change at day {WEANING_RODENT:g} against the virgin",
                      _experiment({"1% chow": "mouse_lactation", "2% chow": "mouse_high_calcium_diet"},
                                  "V22 lactational loss on a calcium-rich chow"))


S20_BAND = Band("bmc_whole_body_change", -5, 5, (14, END_RODENT - WEANING_RODENT), after_weaning=True,
                species=("mouse",), condition="2-4 weeks after weaning")


@target("S20", "Rodent weaning: osteoclasts die, osteoblasts surge, mineral back in 2-4 weeks",
        "after weaning, rodents", "osteoclasts halve within 3 days; osteoblasts rise; mineral within 5% of "
        "the virgin's 2-4 weeks after weaning", "Ardeshirpour 2007 Endocrinology 148:3875; Kovacs 2016 (ref. 1)",
        bands=(S20_BAND,))
def _rodent_recovery() -> Evaluation:
    dataset = _run("mouse_lactation")
    clasts = at(dataset, "osteoclasts", WEANING_RODENT + 3) / at(dataset, "osteoclasts", WEANING_RODENT)
    blasts = float(dataset["osteoblasts"].sel(day=slice(WEANING_RODENT, WEANING_RODENT + 7)).max()) / at(
        dataset, "osteoblasts", WEANING_RODENT - 1)
    recovered = at(dataset, "bmc_whole_body_change", END_RODENT)
    passed = clasts <= 0.5 and blasts > 1.2 and S20_BAND.contains(recovered)
    return Evaluation(passed, f"osteoclasts x{clasts:.2f} in 3 d; osteoblasts x{blasts:.2f}; mineral {recovered:.1f}% "
                      f"at day {END_RODENT:g}", "mouse, weaned on day 21",
                      _figure({"mouse": "mouse_lactation"}, "bmc_whole_body_change", "S20 recovery after weaning",
                              S20_BAND.range, S20_BAND.days_for(WEANING_RODENT)))


@target("S22R", "Rodent appendicular microarchitecture may stay changed, strength returns",
        "weaning, appendicular, rodents", "femoral strength back (>= 0.95) 4 weeks after weaning",
        "Liu 2012 J Bone Miner Res 27:865; Kovacs 2016 (ref. 1)")
def _rodent_microarchitecture() -> Evaluation:
    dataset = _run("mouse_lactation")
    strength = at(dataset, "strength_femur", END_RODENT)
    number = at(dataset, "trabecular_number", END_RODENT)
    return Evaluation(strength >= 0.95, f"femoral strength x{strength:.2f}, trabecular number x{number:.2f}",
                      f"mouse, day {END_RODENT:g}",
                      _figure({"mouse": "mouse_lactation"}, "trabecular_number", "S22R trabecular number"))


@target("S23", "Recovery without PTH or calcitriol", "rodents lacking PTH or calcitriol",
        "mineral within 5% of the virgin's 4 weeks after weaning",
        "Kirby 2013 J Bone Miner Res 28:1987; Gillies 2018 J Bone Miner Res (Cyp27b1 null)",
        xfail_reason=("neither recovers: the Pth-null mouse rests at 1.47 mmol/L and falls to 1.23 in lactation, "
                      "losing 14% that it does not regain at that calcium (-12.6%); the Cyp27b1-null mouse rests at "
                      "0.82 mmol/L on 1% chow only once its skeleton has dissolved (the search for its pre-pregnant "
                      "steady state ends with almost no bone, R1), so its -87% is of almost nothing: without "
                      "calcitriol the gut absorbs only its paracellular share, about what the digestive juices lose; "
                      "on Gillies 2018's 2% calcium it keeps 2% of the wild type's skeleton. Tried (5 December 2026, "
                      "every species re-fitted): mineral deposition following the calcium-phosphate product (calcium "
                      "to the power 1, as phosphate, instead of the assumed 4) gives every combination of R1 a "
                      "steady state (129 of 160), the Pth-null mouse -5.7% 4 weeks after weaning and V17 a pass by "
                      "0.3 points, but with the skeleton no longer buffering calcium the rodents' transients grow "
                      "(12 pups: 3.07 mmol/L after weaning; the parathyroidectomized rat on 1.2% chow 0.95 after "
                      "weaning; the lactating rat on 1.2% chow 2.71), 4.2% of sampled women (2.2% before) leave the "
                      "plausible calcium range and V6 moves to -35.5%; hydroxyapatite's ion product holds calcium to "
                      "the 5th power and phosphate to the 3rd, so the power of calcium is not settled by the "
                      "clinical 'product' and was not changed. Tried (5 December 2026, every species re-fitted): "
                      "osteoid as a state, matrix that mineralises over the mineralisation lag (21 d in women, the "
                      "median of 41 normal adults; 4.7 d assumed for rodents) at the calcium drive and fills "
                      "cavities as mineral does, with osteoclasts resorbing only the surface osteoid does not cover "
                      "(21% at rest, Bhan 2018 Bone Rep; Chambers & Fuller 1985 J Cell Sci 76:155): the Cyp27b1-null "
                      "mouse keeps its skeleton (-28.2% instead of -87.0%; 26% of the wild type's on 2% chow instead "
                      "of 2%) and S7 comes to +1.01 points, but S15 fails (lacunae x1.084: the mouse's S8 fit lowers "
                      "estrogen_rankl_exponent from 4.50 to 4.03), the Cyp27b1-null woman on 1000 mg/d cycles with a "
                      "515-day period (R1 127) and 46 of 77 rows pass, so it was not merged"))
def _recovery_without_hormones() -> Evaluation:
    values = {label: at(_run(name), "bmc_whole_body_change", END_RODENT)
              for label, name in {"Pth-null": "mouse_pth_knockout", "Cyp27b1-null": "mouse_cyp27b1_knockout"}.items()}
    return Evaluation(all(abs(value) <= 5 for value in values.values()),
                      ", ".join(f"{label} {value:.1f}%" for label, value in values.items()),
                      f"whole-skeleton change at day {END_RODENT:g}",
                      _experiment({"wild type": "mouse_lactation", "Pth-null": "mouse_pth_knockout",
                                   "Cyp27b1-null": "mouse_cyp27b1_knockout"}, "S23 recovery without PTH or calcitriol"))


@target("V2", "PTH falls in lactating mice, rises in lactating rats", "serum PTH in lactation vs the virgin",
        "mouse mean PTH in lactation < 0.9x; rat > 1.3x",
        "Lotinun 2019 J Clin Invest 129:3058 (mice); Garner 1987 J Bone Miner Res 2:347 and Stadt & Layton 2023 "
        "J Theor Biol 111583 (rats, about 1.5-2x)",
        xfail_reason=("mouse PTH x1.01 of the virgin's where it falls, and rat PTH x1.02 where it rises at least "
                      "x1.3: each species' calcium is held (mouse x1.00, rat x1.01) and the steep CaSR (Hill 30) "
                      "sets PTH by that balance (H2, H3); the kidney's tubular maximum for phosphate took away the "
                      "rise (x1.11 in both) that excess phosphate gave them through the gland (5 December 2026); a "
                      "rat eating no more in lactation than its virgin self raises PTH x1.45, but loses -42% (tried)"))
def _pth_by_species() -> Evaluation:
    ratios = {label: rodent_ratios(EXPERIMENTS[name], LACTATION, ("pth",))["pth"]
              for label, name in {"mouse": "mouse_lactation", "rat": "rat_lactation"}.items()}
    return Evaluation(ratios["mouse"] < 0.9 and ratios["rat"] > 1.3,
                      f"mouse x{ratios['mouse']:.2f}, rat x{ratios['rat']:.2f}",
                      "mean PTH over days 1-20 / the virgin's (runs start from the pregnancy, so day 0 is not "
                      "the non-lactating state the studies compare with)",
                      _figure({"mouse": "mouse_lactation", "rat": "rat_lactation"}, "pth", "V2 PTH in lactation"))


@target("V3", "Rodents up-regulate intestinal calcium absorption in lactation",
        "calcium absorbed and its efficiency, lactating vs the virgin",
        "calcitriol up; absorbed calcium >= 2x; fractional absorption up (Toverud 1976: intake 3x, net absorption 6x)",
        "Toverud 1976 Endocrinology 99:371; Pike 1979 Science 204:1427; Kovacs 2016 (ref. 1)",
        xfail_reason=("the mouse's calcitriol falls to x0.99 of the virgin's (absorption x5.05 and its fraction x1.32 "
                      "rise; the rat passes: calcitriol x1.20, absorption x3.17): nothing drives the mouse's "
                      "1-alpha-hydroxylase in lactation when its PTH is not raised"))
def _rodent_absorption() -> Evaluation:
    rows, passed = [], True
    for label, name in {"mouse": "mouse_lactation", "rat": "rat_lactation"}.items():
        ratio = rodent_ratios(EXPERIMENTS[name], LACTATION,
                              ("calcitriol", "gut_calcium_absorbed", "fractional_calcium_absorption"))
        passed &= (ratio["calcitriol"] > 1 and ratio["gut_calcium_absorbed"] >= 2
                   and ratio["fractional_calcium_absorption"] > 1)
        rows.append(f"{label}: calcitriol x{ratio['calcitriol']:.2f}, absorbed x{ratio['gut_calcium_absorbed']:.2f}, "
                    f"fraction x{ratio['fractional_calcium_absorption']:.2f}")
    return Evaluation(passed, "; ".join(rows), "means over days 1-20 relative to the virgin's",
                      _experiment({"mouse": "mouse_lactation", "rat": "rat_lactation"}, "V3 intestinal absorption",
                                  ("calcitriol", "fractional_calcium_absorption")))


#: Zoledronate in lactating NMRI mice (title below; Bone 2016): 100 ug/kg sc on the day of delivery and 4 and 8 days
#: later, pups removed after 12 days, 28 days of recovery; L4 by mechanical testing and micro-CT.
ZOLEDRONATE_LACTATION = ("'Zoledronate prevents lactation induced bone loss and results in additional post-lactation "
                         "bone mass in mice', Bone 2016 (cited as Wendelboe et al., Bone 87:27; authors and pages not "
                         "confirmed in the stored abstract, nordicbioscience.com/publications)")
#: Published L4 changes [%]: 12 days of lactation against pregnant mice; zoledronate recovery group against virgins.
LACTATION_12_DAYS = {"strength": -55.0, "BV/TV": -40.0, "Tb.Th": -29.0}
ZOLEDRONATE_AFTER_RECOVERY = {"BV/TV": 45.0, "Tb.Th": 16.0}
#: Largest distance [percentage points] between a model change and the published one. The abstract gives no SD; a
#: difference between two group means of about 11 mice (76 mice in 7 groups) at a 20% coefficient of variation,
#: usual for micro-CT BV/TV and vertebral strength in mice, has a 95% interval of about +/-17 points.
ZOLEDRONATE_TOLERANCE = 15.0
ZOLEDRONATE_TOLERANCE_TEXT = ("each within 15 points (no SD in the abstract; the 95% interval of a difference of two "
                              "means of ~11 mice at a 20% CV is about +/-17 points)")
ZOLEDRONATE_MEASURES = ("strength_spine", "trabecular_thickness", "trabecular_number")
ZOLEDRONATE_DETAIL = ("strength = vertebral strength; Tb.Th = trabecular thickness; BV/TV = Tb.N x Tb.Th (plate "
                      "model, Parfitt 1983), from the model's one trabecular compartment")


def _l4(name: str, day: float) -> dict[str, float]:
    """Vertebral strength, BV/TV and Tb.Th on ``day``, each relative to the virgin (the run's reference)."""
    dataset = _run(name)
    strength, thickness, number = (at(dataset, variable, day) for variable in ZOLEDRONATE_MEASURES)
    return {"strength": strength, "BV/TV": number * thickness, "Tb.Th": thickness}


def _change(values: dict[str, float], reference: dict[str, float]) -> dict[str, float]:
    """Percent change of each measure from ``reference`` (1 for the virgin)."""
    return {name: 100 * (value / reference[name] - 1) for name, value in values.items()}


def _changes_text(changes: dict[str, float]) -> str:
    return ", ".join(f"{name} {value:+.1f}%" for name, value in changes.items())


def _zoledronate_figure(title: str):
    return _experiment({"vehicle": "mouse_lactation_12_days", "zoledronate": "mouse_zoledronate_12_days"}, title,
                       ZOLEDRONATE_MEASURES)


@target("V17", "Twelve days of nursing cost the mouse's vertebra half its strength",
        "mice nursing for 12 days (8 pups, 1% chow; the abstract gives neither) against pregnant mice (delivery, "
        "day 0), L4",
        "strength -55%, BV/TV -40%, Tb.Th -29%; " + ZOLEDRONATE_TOLERANCE_TEXT, ZOLEDRONATE_LACTATION,
        xfail_reason=("Tb.Th -44.4% against -29% (strength -45.1% and BV/TV -45.6% are within 15 points of -55% and "
                      "-40%): the model's trabeculae thin rather than perforate, its trabecular number falling only "
                      "2.1% (perforation 7e-4 per unit net resorption, assumed from women), so the whole BV/TV loss "
                      "shows as thickness; the published BV/TV -40% with Tb.Th -29% means Tb.N fell about 15%"))
def _vertebra_after_12_days() -> Evaluation:
    changes = _change(_l4("mouse_lactation_12_days", ZOLEDRONATE_WEANING), _l4("mouse_lactation_12_days", 0.0))
    passed = all(abs(changes[name] - value) <= ZOLEDRONATE_TOLERANCE for name, value in LACTATION_12_DAYS.items())
    return Evaluation(passed, _changes_text(changes), f"day {ZOLEDRONATE_WEANING:g} against delivery; "
                      + ZOLEDRONATE_DETAIL, _zoledronate_figure("V17 and V18: 12 days of lactation, zoledronate"))


@target("V18", "Zoledronate keeps the nursing mouse's vertebra",
        "zoledronate 100 ug/kg sc on the day of delivery and 4 and 8 days later, 12 days of nursing, against pregnant "
        "mice (delivery, day 0), L4",
        "strength, BV/TV and Tb.Th each within 15 points of the pregnant mice's (published: the loss of V17 "
        "completely prevented)", ZOLEDRONATE_LACTATION)
def _zoledronate_keeps_the_vertebra() -> Evaluation:
    changes = _change(_l4("mouse_zoledronate_12_days", ZOLEDRONATE_WEANING), _l4("mouse_zoledronate_12_days", 0.0))
    vehicle = _change(_l4("mouse_lactation_12_days", ZOLEDRONATE_WEANING), _l4("mouse_lactation_12_days", 0.0))
    passed = all(abs(value) <= ZOLEDRONATE_TOLERANCE for value in changes.values())
    return Evaluation(passed, _changes_text(changes), f"day {ZOLEDRONATE_WEANING:g} against delivery (vehicle: "
                      f"{_changes_text(vehicle)}); " + ZOLEDRONATE_DETAIL,
                      _zoledronate_figure("V18 zoledronate in lactation"))


@target("V19", "Four weeks after a 12-day lactation the mouse's vertebra is back",
        "vehicle-treated mice 28 days after the pups were removed on day 12, against age-matched virgins, L4",
        "strength, BV/TV and Tb.Th each within 15 points of the virgins' (published: full recovery of "
        "micro-architectural and mechanical properties)", ZOLEDRONATE_LACTATION)
def _vertebra_recovered() -> Evaluation:
    changes = _change(_l4("mouse_lactation_12_days", ZOLEDRONATE_END), {"strength": 1, "BV/TV": 1, "Tb.Th": 1})
    passed = all(abs(value) <= ZOLEDRONATE_TOLERANCE for value in changes.values())
    return Evaluation(passed, _changes_text(changes), f"day {ZOLEDRONATE_END:g} against the virgin (the pre-pregnant "
                      "steady state); " + ZOLEDRONATE_DETAIL,
                      _zoledronate_figure("V19 and V20: recovery after a 12-day lactation"))


@target("V20", "Zoledronate in lactation leaves extra bone after weaning",
        "mice given zoledronate in a 12-day lactation (V18), 28 days after the pups were removed, against age-matched "
        "virgins, L4",
        "BV/TV +45%, Tb.Th +16%; " + ZOLEDRONATE_TOLERANCE_TEXT, ZOLEDRONATE_LACTATION,
        xfail_reason=("Tb.Th +35.1% against +16% (BV/TV +35.0% is within 15 points of +45%): the trabecular number "
                      "stays at the virgin's (x1.00), so the extra bone shows as thickness only; the published BV/TV "
                      "+45% with Tb.Th +16% means Tb.N rose about 25%, and the model's trabecular number can only "
                      "fall (perforation), never rise"))
def _zoledronate_extra_bone() -> Evaluation:
    changes = _change(_l4("mouse_zoledronate_12_days", ZOLEDRONATE_END), {"strength": 1, "BV/TV": 1, "Tb.Th": 1})
    passed = all(abs(changes[name] - value) <= ZOLEDRONATE_TOLERANCE
                 for name, value in ZOLEDRONATE_AFTER_RECOVERY.items())
    return Evaluation(passed, _changes_text({name: changes[name] for name in ZOLEDRONATE_AFTER_RECOVERY}),
                      f"day {ZOLEDRONATE_END:g} against the virgin (strength {changes['strength']:+.1f}%, not "
                      "published as a number); " + ZOLEDRONATE_DETAIL,
                      _zoledronate_figure("V20 zoledronate: bone after recovery"))
