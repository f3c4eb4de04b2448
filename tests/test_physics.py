"""Physics of the model through the public API: conservation, steady state, positivity, mechanisms."""

import numpy as np
import pytest

import lactabone
from lactabone.model.ledger import LEDGER
from lactabone.parameters import parameter_set
from lactabone.scenario import scenario_from_dict
from lactabone.simulation import solve
from lactabone.validation.experiments import EXPERIMENTS

MILLIGRAMS_PER_GRAM = 1000.0


def _simulate(**keys):
    return lactabone.simulate(scenario_from_dict(keys))


def _calcium_balance_error(dataset):
    """(calcium in - out - change in stores) at the end of the run [mg]."""
    stores = (dataset["ecf_calcium"] + dataset["exchangeable_bone_calcium"]
              + MILLIGRAMS_PER_GRAM * dataset["skeletal_calcium"])
    net_in = sum(sign * dataset[state] for state, (_flux, sign) in LEDGER.items())
    return float((net_in - (stores - stores[0]))[-1])


@pytest.mark.parametrize("keys", [
    {"end_day": 545},
    {"end_day": 545, "nursing": {"offspring": 3}},
    {"start_day": -280, "end_day": 400},
    {"end_day": 1100, "nursing": {"offspring": 1, "exclusive_days": 120, "weaning_day": 365,
                                  "weaning": "gradual", "partial_fraction": 0.5},
     "cycles": [{"delivery_day": 730, "offspring": 2, "exclusive_days": 90, "weaning_day": 150}]},
], ids=["one_infant", "triplets", "pregnancy", "gradual_then_twins"])
def test_calcium_is_conserved_over_whole_scenarios(keys):
    dataset = _simulate(**keys)
    milk_total = float(dataset["cumulative_milk_calcium"][-1])
    assert milk_total > 10_000  # the scenario really moves calcium
    assert abs(_calcium_balance_error(dataset)) <= 1e-3 * milk_total


@pytest.mark.parametrize("keys", [
    {"species": "mouse", "end_day": 49, "nursing": {"offspring": 8, "exclusive_days": 21, "weaning_day": 21}},
    {"species": "rat", "end_day": 49, "nursing": {"offspring": 10, "exclusive_days": 21, "weaning_day": 21},
     "drugs": [{"name": "zoledronate", "dose_mg_per_kg": 0.1, "route": "sc", "days": [0, 4, 8]}]},
    {"end_day": 545, "drugs": [{"name": "denosumab", "dose_mg": 60, "route": "sc", "days": [0, 180]}]},
    EXPERIMENTS["cow_oral_calcium"],
], ids=["mouse", "rat_zoledronate", "woman_denosumab", "cow_oral_calcium"])
def test_calcium_is_conserved_in_rodents_and_with_drugs(keys):
    dataset = _simulate(**keys)
    milk_total = float(dataset["cumulative_milk_calcium"][-1])
    assert milk_total > 0
    assert abs(_calcium_balance_error(dataset)) <= 1e-3 * milk_total


@pytest.mark.parametrize("keys", [
    {"start_day": -280, "end_day": 200},
    {"species": "mouse", "start_day": -19, "end_day": 21, "nursing": {"offspring": 8, "exclusive_days": 21,
                                                                        "weaning_day": 21}},
    EXPERIMENTS["cow_third_lactation"],
], ids=["woman_pregnancy_and_nursing", "mouse", "cow_calving"])
def test_no_gut_absorbs_more_phosphorus_than_is_eaten(keys):
    """Calcitriol raises phosphorus absorption towards all of the phosphorus eaten, never past it."""
    values = solve(scenario_from_dict(keys)).values
    absorbed = np.asarray(values["gut_phosphate_absorbed"]) / np.asarray(values["dietary_phosphorus"])
    assert absorbed.max() < 1.0
    assert absorbed.max() > 1.1 * absorbed.min()  # calcitriol moves it


def test_without_pregnancy_or_nursing_the_mother_stays_at_her_steady_state():
    dataset = _simulate(start_day=-400, end_day=-281, nursing={"offspring": 0})  # before the first conception
    for name in ("serum_calcium", "pth", "calcitriol", "estradiol"):
        values = dataset[name].values
        assert np.ptp(values) <= 1e-6 * abs(values[0]), name
    assert np.abs(dataset["bmd_spine_change"].values).max() < 1e-6


@pytest.mark.parametrize("species", ["human", "cow"])
def test_a_run_started_in_pregnancy_continues_the_pregnancy_already_under_way(species):
    whole = _simulate(species=species, start_day=-280, end_day=10, nursing={"offspring": 0})
    late = _simulate(species=species, start_day=-100, end_day=10, nursing={"offspring": 0})
    for name in ("serum_calcium", "pth", "calcitriol", "gut_calcium_absorbed", "osteoclasts", "skeletal_calcium"):
        for day in (-100, -50, 5):
            assert float(late[name].sel(day=day)) == pytest.approx(float(whole[name].sel(day=day)), rel=1e-4), name
    assert float(late["cumulative_fetal_calcium"].sel(day=-100)) == 0  # the ledger counts from start_day


def test_steady_state_sits_at_the_reference_values_of_the_parameters():
    dataset = _simulate(start_day=-400, end_day=-390, nursing={"offspring": 0})  # before the first conception
    assert float(dataset["serum_calcium"][0]) == pytest.approx(2.35, rel=1e-6)
    assert float(dataset["pth"][0]) == pytest.approx(3.85, rel=1e-6)
    assert float(dataset["gut_calcium_absorbed"][0]) == pytest.approx(300, rel=1e-6)
    assert float(dataset["skeletal_calcium"][0]) == pytest.approx(1000, rel=1e-4)


def test_states_stay_positive_and_finite_in_extreme_demand():
    dataset = _simulate(end_day=400, nursing={"offspring": 3}, diet={"calcium_mg_per_day": 300})
    for name in ("serum_calcium", "pth", "calcitriol", "milk_calcium", "osteoclasts", "skeletal_calcium"):
        values = dataset[name].values
        assert np.isfinite(values).all() and (values >= 0).all(), name


def test_lactation_moves_hormones_the_way_the_circuit_says():
    dataset = _simulate(end_day=545)
    nursing, recovered = dataset.sel(day=90), dataset.sel(day=545)
    assert float(nursing["prolactin"]) > 5 * float(recovered["prolactin"])
    assert float(nursing["estradiol"]) < 0.5 * float(recovered["estradiol"])
    assert float(nursing["lh"]) < float(recovered["lh"])
    assert float(nursing["pthrp"]) > 2 * float(recovered["pthrp"])
    assert float(nursing["ctx"]) > 1.5 and float(nursing["osteoclasts"]) > 1.5
    assert float(nursing["lacunar_area"]) > 1.0
    assert float(nursing["cortical_porosity"]) > 1.0


@pytest.mark.xfail(strict=True, reason="PTH on day 90 is x0.90 of day 545's (3.10 against 3.44 pmol/L), not below "
                   "x0.8: day 545's PTH is itself below rest (3.85) after weaning; over months 1-6 the nursing "
                   "mother's PTH is x0.93 of a woman who does not nurse (H1; published x0.70-0.82)")
def test_pth_is_suppressed_in_nursing_women():
    dataset = _simulate(end_day=545)
    assert float(dataset["pth"].sel(day=90)) < 0.8 * float(dataset["pth"].sel(day=545))  # PTHrP carries the load


def test_weaning_reverses_the_skeleton():
    dataset = _simulate(end_day=545)
    at_weaning, later = dataset.sel(day=180), dataset.sel(day=240)
    assert float(later["osteoclasts"]) < 0.6 * float(at_weaning["osteoclasts"])  # osteoclast apoptosis
    assert float(later["p1np"]) > float(later["ctx"])  # formation exceeds resorption
    assert float(dataset["skeletal_calcium_release"].sel(day=240)) < 0  # the skeleton takes calcium back


def test_mammary_pthrp_knockout_acts_through_its_named_term():
    wild = _simulate(end_day=200)
    knockout = _simulate(end_day=200, knockouts=["mammary_pthrp"])
    assert float(knockout["pthrp"].sel(day=90)) == pytest.approx(0.5, rel=1e-9)  # non-mammary PTHrP only
    assert float(knockout["milk_calcium"].sel(day=90)) == pytest.approx(float(wild["milk_calcium"].sel(day=90)),
                                                                        rel=0.02)


def test_mammary_casr_matches_milk_calcium_to_the_calcium_available():
    """The mammary CaSR carries its share of milk calcium transport (VanHouten 2004 J Clin Invest 113:598):
    without the receptor milk calcium falls by that share, and a hypocalcaemic mother lets less into milk than the
    pump alone would (Mamillapalli 2013 Endocrinology 154:3031)."""
    wild, knockout = (solve(scenario_from_dict(EXPERIMENTS[name]))
                      for name in ("mouse_lactation", "mouse_mammary_casr_knockout"))
    share = parameter_set("mouse")["mammary_casr_calcium_transport_share"].value
    day = np.searchsorted(wild.days, 12.0)
    assert knockout.values["mammary_casr_calcium_transport"][day] == pytest.approx(1 - share, rel=1e-9)
    assert wild.values["mammary_casr_calcium_transport"][day] == pytest.approx(1, abs=0.05)
    low = solve(scenario_from_dict(EXPERIMENTS["mouse_low_calcium_diet"]))
    hypocalcaemic = np.argmin(low.values["serum_calcium"][:22])
    assert low.values["serum_calcium"][hypocalcaemic] < 1.5
    assert low.values["mammary_casr_calcium_transport"][hypocalcaemic] < 1 - share / 2


@pytest.mark.xfail(strict=True, reason="without mammary PTHrP the spine still loses 6.82% against 7.50% (x0.91, S19): PTHrP at "
                   "its measured level adds a PTH1R signal that PTH largely gives back as calcium rises")
def test_mammary_pthrp_knockout_blunts_the_loss():
    wild = _simulate(end_day=200)
    knockout = _simulate(end_day=200, knockouts=["mammary_pthrp"])
    assert float(knockout["bmd_spine_change"].sel(day=180)) > 0.8 * float(wild["bmd_spine_change"].sel(day=180))


def test_a_lactation_a_mother_cannot_survive_says_so():
    """Resorption blocked on a calcium-poor chow is lethal (Kovacs 2016, S13): the run carries the warning."""
    dataset = _simulate(**EXPERIMENTS["mouse_opg_fc_low_calcium"])
    assert float(dataset["serum_calcium"].min()) < 1
    assert any("would not survive" in warning for warning in dataset.attrs["warnings"])


def test_a_steady_state_slower_than_the_settling_run_is_found():
    """A Cyp27b1-null woman on 1,000 mg/d is still creeping towards her steady state after 40,000 days (her
    skeleton's slowest mode); Newton's method from there finds it, hypocalcaemic but alive (1.4 mmol/L)."""
    state = _resting("human", knockouts=["cyp27b1"], diet={"calcium_mg_per_day": 1000})
    assert 1.3 < state["serum_calcium"] < 1.6
    assert state["pth"] > 10 * 3.85  # secondary hyperparathyroidism


def test_parameter_override_changes_the_named_term():
    base = _simulate(end_day=60)
    doubled = _simulate(end_day=60, parameters={"milk_volume_per_offspring": 1.56})
    assert float(doubled["milk_volume"].sel(day=30)) == pytest.approx(2 * float(base["milk_volume"].sel(day=30)),
                                                                      rel=1e-3)


def test_reference_day_sets_the_zero_of_relative_outputs():
    dataset = _simulate(end_day=300, reference_day=100)
    assert float(dataset["bmd_spine_change"].sel(day=100)) == pytest.approx(0, abs=1e-9)
    assert float(dataset["ctx"].sel(day=100)) == pytest.approx(1, abs=1e-9)


def test_outputs_carry_units_and_day_coordinate():
    dataset = _simulate(end_day=20)
    assert dataset["day"].values[0] == 0 and dataset["day"].values[-1] == 20
    for name in ("serum_calcium", "pth", "milk_calcium", "bmd_spine_change", "strength_femur"):
        assert dataset[name].attrs["units"]


def _resting(species, **keys):
    """The pre-pregnant steady state of a mother who never conceives."""
    scenario = scenario_from_dict({"species": species, "start_day": -400, "end_day": 1, "nursing": {"offspring": 0},
                                   **keys})
    return solve(scenario).pre_pregnant


@pytest.mark.parametrize("potency", [1 / 3, 1.0])
def test_pthrp_of_nursing_drives_the_1_alpha_hydroxylase_at_its_own_potency(potency):
    """Nursing women's PTHrP acts on the renal 1-alpha-hydroxylase at a third of its PTH1R potency elsewhere
    (Horwitz 2005 J Bone Miner Res 20:1792), through the term that carries it: calcitriol then stays near normal
    while the kidney's calcium-sparing PTH1R signal rises."""
    run = solve(scenario_from_dict({"end_day": 120, "parameters": {"pthrp_cyp27b1_relative_potency": potency}}))
    day90 = {name: float(np.interp(90.0, run.days, run.values[name]))
             for name in ("renal_pth1r_signal", "cyp27b1_pth1r_signal", "pth")}
    kidney, enzyme = day90["renal_pth1r_signal"], day90["cyp27b1_pth1r_signal"]
    pth = day90["pth"] / 3.85  # PTH's own share of either signal, relative to rest
    if potency == 1.0:
        assert enzyme == pytest.approx(kidney, rel=1e-9)
    else:
        assert kidney > 1.0 and pth < enzyme < kidney - 0.1


def test_low_phosphate_restrains_the_parathyroid_of_a_vitamin_d_less_mouse():
    """PTH's phosphaturia leaves the Cyp27b1-null mouse hypophosphataemic, and low phosphate holds back its
    secondary hyperparathyroidism through the parathyroid's phosphate arrow (Nielsen 1996), and only through it."""
    def resting(exponent):
        return _resting("mouse", knockouts=["cyp27b1"], parameters={"pth_phosphate_exponent": exponent})
    with_arrow, without = resting(0.3), resting(0.0)
    reference = parameter_set("mouse")["serum_phosphate_reference"].value
    assert with_arrow["serum_phosphate"] < 0.8 * reference
    assert with_arrow["phosphate_pth_stimulation"] == pytest.approx(
        (with_arrow["serum_phosphate"] / reference) ** 0.3, rel=0.2)
    assert with_arrow["pth"] < 0.8 * without["pth"]
    assert without["phosphate_pth_stimulation"] == 1


MOLAR_MASS_OF_PHOSPHORUS = 30.97  # mg/mmol


def test_a_womans_kidney_takes_back_phosphate_up_to_a_normal_tubular_maximum():
    """At rest she excretes what she absorbs, 15% of what she filters, and the tubular maximum per litre of
    filtrate lies in the normal TmP/GFR range, 0.8-1.5 mmol/L (Clin Sci 1977 53:431)."""
    rest = _resting("human")
    assert rest["urine_phosphate"] == pytest.approx(rest["gut_phosphate_absorbed"], rel=1e-6)
    assert rest["urine_phosphate"] / rest["filtered_phosphate"] == pytest.approx(0.15, rel=1e-6)
    tmp_per_gfr = rest["phosphate_tubular_maximum"] / rest["glomerular_filtration"] / MOLAR_MASS_OF_PHOSPHORUS
    assert 0.8 <= tmp_per_gfr <= 1.5


def test_without_pth_the_tubule_keeps_more_phosphate():
    """Hypoparathyroidism raises TmP/GFR and serum phosphate; the extra phosphate is then excreted at the higher
    threshold, so urine still carries what the gut absorbs."""
    rest, without = _resting("human"), _resting("human", knockouts=["pth"])
    assert without["phosphate_tubular_maximum"] > 1.3 * rest["phosphate_tubular_maximum"]
    assert without["serum_phosphate"] > 1.15 * rest["serum_phosphate"]
    assert without["urine_phosphate"] == pytest.approx(without["gut_phosphate_absorbed"], rel=1e-4)


@pytest.mark.parametrize("species, parameter, usual", [("human", "diet_phosphorus_intake", 1200.0),
                                                       ("rat", "diet_phosphorus_content", 7.0)])
def test_a_phosphorus_diet_moves_urine_far_more_than_serum_phosphate(species, parameter, usual):
    """Above its tubular maximum the kidney excretes phosphorus in line with the filtered load (Bijvoet 1969), so at
    rest urine carries what the gut absorbs of half or twice the usual phosphorus (IOM 1997) while serum phosphate
    moves by less than a third as much, in log terms; a power law of exponent 2 would move it by half."""
    usual_rest = _resting(species)
    for factor in (0.5, 2.0):
        rest = _resting(species, parameters={parameter: factor * usual})
        assert rest["urine_phosphate"] == pytest.approx(rest["gut_phosphate_absorbed"], rel=1e-4)
        moved = np.log(rest["serum_phosphate"] / usual_rest["serum_phosphate"]) / np.log(factor)
        assert 0 < moved < 1 / 3


def test_the_splay_of_phosphate_reabsorption_follows_walton_and_bijvoet():
    """With the model's splay, the filtered load over the tubular maximum at each tubular reabsorption (TRP) is
    within 12% of Walton & Bijvoet's nomogram, TmP/GFR = 0.3 TRP / (1 - 0.8 TRP) x serum phosphate above TRP 0.86
    (Payne 1998 Ann Clin Biochem 35:201)."""
    splay = parameter_set("human")["phosphate_transport_splay"].value
    reabsorbed = np.linspace(0.86, 0.98, 25)
    model = ((1 / reabsorbed) ** splay - 1) ** (1 / splay)
    nomogram = (1 - 0.8 * reabsorbed) / (0.3 * reabsorbed)
    assert np.max(np.abs(model / nomogram - 1)) < 0.12


@pytest.mark.parametrize("sensitivity, rises", [(0.36, True), (0.0, False)])
def test_low_calcium_chow_raises_calcitriol_without_pth(sensitivity, rises):
    """A Pth-null mouse on half the chow calcium still raises calcitriol, through the tubule's calcium sensing
    (Miao 2004 Endocrinology 145:2046), and only through it."""
    def calcitriol(percent):
        return _resting("mouse", knockouts=["pth"], diet={"calcium_percent": percent},
                        parameters={"cyp27b1_calcium_sensitivity": sensitivity})["calcitriol"]
    low, usual = calcitriol(0.5), calcitriol(1.0)
    assert (low > 1.03 * usual) == rises
    assert low == pytest.approx(usual, rel=0.03) or rises


def test_a_pth_null_mouse_is_hypocalcaemic_but_alive():
    """Miao 2004 Endocrinology 145:2046: Pth-null mice on a normal diet are hypocalcaemic, with low calcitriol;
    they keep calcitriol because part of the 1-alpha-hydroxylase is made without PTH1R."""
    state = _resting("mouse", knockouts=["pth"], diet={"calcium_percent": 1})
    assert 1.4 < state["serum_calcium"] < 2.2
    assert 0.3 * 120 < state["calcitriol"] < 120  # low, not absent (virgin reference 120 pmol/L)


@pytest.mark.parametrize("species, low", [("mouse", 2.0), ("rat", 2.2)])
def test_rodents_on_a_calcium_poor_chow_stay_normocalcaemic(species, low):
    """On 0.1% chow rodents keep their calcium in the normal range through PTH, calcitriol and the gut
    (VanHouten 2003; Toverud 1976), with calcitriol several-fold raised."""
    state = _resting(species, diet={"calcium_percent": 0.1})
    usual = _resting(species, diet={"calcium_percent": 1})
    assert state["serum_calcium"] > low
    assert state["calcitriol"] > 2.5 * usual["calcitriol"]


def _term_at(name, clamped, species="human"):
    """A model term evaluated with the terms and states named in ``clamped`` held at the given values."""
    import sympy as sp

    from lactabone.model.system import build_system

    system = build_system()
    parameters = {name: parameter.value for name, parameter in parameter_set(species).items()}
    expression = sp.Symbol(name, real=True)
    terms = {term.name: term.expression for term in system.terms if term.name not in clamped}
    while any(symbol.name in terms for symbol in expression.free_symbols):
        expression = expression.subs({symbol: terms[symbol.name] for symbol in expression.free_symbols
                                      if symbol.name in terms})
    values = {**parameters, **clamped}
    return float(expression.subs({symbol: values[symbol.name] for symbol in expression.free_symbols}))


def _urine_at(serum_calcium, renal_pth1r_signal, species="human"):
    """Urinary calcium [mg/d] of a non-pregnant kidney at a clamped serum calcium [mmol/L] and PTH1R signal."""
    return _term_at("urine_calcium", {"serum_calcium": serum_calcium, "renal_pth1r_signal": renal_pth1r_signal,
                                      "acidosis_calciuria": 1.0, "gestation": 0.0}, species)


def _nordin_urine(serum_calcium, reference_urine=180.0, reference_calcium=2.35, filtrate=150.0):
    """Urinary calcium [mg/d] by Nordin's renal threshold relation, TmCa = (0.56 Ca - CaE) / (1 - 0.08 ln(0.56 Ca /
    CaE)), with TmCa set by the reference woman (Marshall 1976; Need 1985 Clin Chim Acta 150:87)."""
    from scipy.optimize import brentq

    def tubular_maximum(calcium, excreted):
        return (0.56 * calcium - excreted) / (1 - 0.08 * np.log(0.56 * calcium / excreted))

    maximum = tubular_maximum(reference_calcium, reference_urine / 40.08 / filtrate)
    filterable = 0.56 * serum_calcium  # the relation's pole lies at filterable * exp(-12.5): bracket above it
    excreted = brentq(lambda e: tubular_maximum(serum_calcium, e) - maximum, 1e-5 * filterable, filterable - 1e-12)
    return excreted * 40.08 * filtrate


def test_the_kidney_has_nordins_renal_threshold():
    """At a fixed PTH the women's kidney passes calcium as Nordin's relation says: little below the threshold, most
    of any extra above it (within 20% from 2.0 to 2.9 mmol/L)."""
    for calcium in (2.0, 2.2, 2.35, 2.5, 2.7, 2.9):
        assert _urine_at(calcium, 1.0) == pytest.approx(_nordin_urine(calcium), rel=0.2)
    assert _urine_at(2.9, 1.0) / _urine_at(2.35, 1.0) > 3  # a constant fractional excretion would give 1.23


def test_a_kidney_without_pth1r_loses_calcium_at_a_lower_serum_calcium():
    """Without PTH1R the distal tubule takes back less: treated hypoparathyroid patients excrete ~300 mg/d at
    2.1 mmol/L (Shoback 2008 N Engl J Med 359:391), where a kidney with PTH keeps most of it."""
    women = {name: parameter.value for name, parameter in parameter_set("human").items()}
    pthrp = women["pthrp_pth1r_potency"] * women["pthrp_nonmammary"]
    without_pth = pthrp / (women["pth_reference"] + pthrp)  # the PTH1R signal PTHrP alone gives
    assert 250 < _urine_at(2.1, without_pth) < 350
    assert _urine_at(2.1, 1.0) < 0.25 * _urine_at(2.1, without_pth)


@pytest.mark.parametrize("species, rise", [("rat", 1.81), ("mouse", 1.0), ("human", 1.0)])
def test_suckling_keeps_the_rats_pth_up_through_hypercalcaemia(species, rise):
    """Lactating rats on 1.2% calcium keep PTH 81% above non-mated rats at ionized calcium 1.77 against 1.46 mmol/L
    (Garner, Boass & Toverud 1989 J Bone Miner Res 4): at calcium that suppresses the CaSR, a litter of 10 raises
    the parathyroid's secretion x1.81. Women and mice have no such rise: their PTH falls in lactation."""
    def secretion(ionized, nursing):
        return _term_at("parathyroid_casr_secretion", {"serum_ionized_calcium": ionized, "nursing": nursing},
                        species)

    assert secretion(1.77, 10) / secretion(1.46, 0) == pytest.approx(rise, rel=0.05)
    assert secretion(1.2, 0) == pytest.approx(1.0)


@pytest.mark.parametrize("pups, eaten", [(4, 4.5 * (1 + 0.4 * 4)), (12, 18.0)])
def test_a_lactating_mouse_eats_no_more_than_her_ceiling(pups, eaten):
    """A mouse's intake follows the milk her litter draws, 0.4 of her virgin intake a pup, up to the 18 g/d lactating
    Swiss mice eat at most (Zhao 2017 J Exp Biol 220:2277): a litter of 12 gets no more food than the ceiling."""
    milk = pups * parameter_set("mouse")["milk_volume_per_offspring"].value
    assert _term_at("food_intake", {"milk_volume": milk}, "mouse") == pytest.approx(eaten, rel=1e-9)


def test_twins_raise_a_womans_intake_without_a_ceiling():
    """Women eat a fifth more per infant's milk (Butte 2005), with no ceiling within reach."""
    milk = 2 * parameter_set("human")["milk_volume_per_offspring"].value
    assert _term_at("food_intake", {"milk_volume": milk}, "human") == pytest.approx(1000 * 1.4, rel=1e-9)
