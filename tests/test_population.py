"""Virtual populations: documented variability, plausibility limits, streamed bands, any executor."""

import concurrent.futures
import subprocess
import sys

import numpy as np
import pandas as pd
import pytest

from lactabone.parameters import SPECIES, parameter_set
from lactabone.population import SerialExecutor, VARIABILITY, pthrp_loss_correlation, run_population
from lactabone.population.bands import BINS, BandAccumulator
from lactabone.population.output import summary_lines, write_population
from lactabone.population.subjects import BAND_OUTPUTS, SUBJECT_SOLVER, SUMMARIES
from lactabone.population.variability import DIET_CALCIUM, sample_factors, subject_scenario, unchecked_subject
from lactabone.scenario import ScenarioError, scenario_from_dict
from lactabone.results.dataset import reported_series
from lactabone.simulation import parameter_values, prepare, solve, solve_prepared

ONE_INFANT = scenario_from_dict({"end_day": 365, "nursing": {"offspring": 1, "exclusive_days": 180,
                                                             "weaning_day": 180}})


@pytest.fixture(scope="module")
def population():
    return run_population(ONE_INFANT, 140, seed=5, executor=SerialExecutor())


def test_every_variation_has_a_source_and_exists_in_every_species():
    for species in SPECIES:
        names = set(parameter_set(species))
        for variation in VARIABILITY:
            assert variation.source and variation.provenance in ("literature", "assumed") and 0 < variation.cv < 1
            assert all(target in names or target == DIET_CALCIUM for target in variation.targets)


def test_factors_are_lognormal_with_median_one_and_the_stated_spread():
    factors = sample_factors(20000, seed=1)
    assert np.allclose(np.median(factors, axis=0), 1, atol=0.03)
    measured = np.std(factors, axis=0) / np.mean(factors, axis=0)
    assert np.allclose(measured, [variation.cv for variation in VARIABILITY], rtol=0.1)
    assert np.array_equal(factors, sample_factors(20000, seed=1))


def test_a_subject_scales_the_nominal_parameters_and_diet():
    factors = np.ones(len(VARIABILITY))
    factors[0] = 1.5
    factors[[variation.name for variation in VARIABILITY].index("diet_calcium")] = 0.5
    subject = subject_scenario(ONE_INFANT, factors)
    nominal = parameter_values(ONE_INFANT)
    assert subject.parameters["milk_volume_per_offspring"] == pytest.approx(1.5 * nominal["milk_volume_per_offspring"])
    assert subject.diet.calcium_mg_per_day == pytest.approx(0.5 * ONE_INFANT.diet.calcium_mg_per_day)


def test_a_subject_built_without_validation_is_the_validated_one_and_solves_the_same():
    nominal = parameter_values(ONE_INFANT)
    prepared = prepare(ONE_INFANT, ("pth", "spine_bmd_relative"), SUBJECT_SOLVER)
    for factors in sample_factors(3, seed=4):
        checked, unchecked = subject_scenario(ONE_INFANT, factors), unchecked_subject(ONE_INFANT, factors, VARIABILITY, nominal)
        assert unchecked == checked and unchecked.model_fields_set == checked.model_fields_set
        reference = solve(checked, ("pth", "spine_bmd_relative"), SUBJECT_SOLVER)
        fast = solve_prepared(prepared, unchecked)
        assert all(np.array_equal(fast.values[name], reference.values[name]) for name in reference.values)
    too_little = np.ones(len(VARIABILITY))
    too_little[[variation.name for variation in VARIABILITY].index("diet_calcium")] = 0.01  # 10 mg/d: below the range
    with pytest.raises(ScenarioError) as validated:
        subject_scenario(ONE_INFANT, too_little)
    with pytest.raises(ScenarioError) as unvalidated:
        unchecked_subject(ONE_INFANT, too_little, VARIABILITY, nominal)
    assert str(unvalidated.value) == str(validated.value)


def test_a_subject_solved_as_a_population_solves_it_matches_a_single_run():
    """Newton's steady state is the settled one; the looser tolerances move bone changes by under 0.01 points."""
    for factors in sample_factors(6, seed=3):
        subject = subject_scenario(ONE_INFANT, factors)
        single, population = solve(subject), solve(subject, settings=SUBJECT_SOLVER)
        for name, value in single.pre_pregnant.items():
            assert population.pre_pregnant[name] == pytest.approx(value, rel=1e-6, abs=1e-9), name
        outputs = ("bmd_spine_change", "bmd_femoral_neck_change", "bmd_radius_change")
        changes = [reported_series(solution.days, solution.values, solution.pre_pregnant, None, outputs)
                   for solution in (single, population)]
        assert max(np.max(np.abs(changes[1][name] - changes[0][name])) for name in outputs) < 0.01


def test_a_subject_without_a_steady_state_is_refused_as_a_single_run_is():
    """Newton's root is taken as settled only where every mode decays; elsewhere the settling run decides."""
    from lactabone.solve import SolverError
    from lactabone.solve.compiled import compiled_model
    from lactabone.solve.equilibrate import initial_guess, newton_root
    from lactabone.simulation import _base_vector
    from lactabone.scenario.schedule import usual_diet

    model = compiled_model()
    subject = subject_scenario(ONE_INFANT, sample_factors(1, seed=3)[0])
    base = _base_vector(model, parameter_values(subject), usual_diet(subject))
    assert newton_root(model, base, initial_guess(model, base))[1]  # every mode decays: no settling run
    no_calcitriol = scenario_from_dict({"knockouts": ["cyp27b1"], "end_day": 30, "diet": {"calcium_mg_per_day": 300}})
    unsettled = r"serum calcium \d+\.\d\d and phosphate \d+\.\d\d mmol/L .*no mineral steady state"
    with pytest.raises(SolverError, match=unsettled):
        solve(no_calcitriol, settings=SUBJECT_SOLVER)


def test_table_has_every_subject_and_rejections_carry_their_reason(population):
    table = population.subjects
    assert list(table["subject"]) == list(range(140))
    assert set(table.columns) >= {variation.name for variation in VARIABILITY} | {s.name for s in SUMMARIES}
    assert (table.loc[table["accepted"], "rejection"] == "").all()
    assert (table.loc[~table["accepted"], "rejection"].str.len() > 0).all()
    assert 0 < table["accepted"].sum() < len(table)
    accepted = population.accepted
    assert (accepted["serum_calcium_minimum"] >= 0.9 * 2.35 - 1e-9).all()
    assert (accepted["spine_change_at_weaning"] < accepted["femoral_neck_change_at_weaning"]).all()


def test_most_subjects_are_plausible(population):
    table = population.subjects
    assert table["accepted"].sum() >= 0.7 * len(table)


def test_bands_are_ordered_and_agree_with_exact_percentiles(population):
    bands = population.bands
    for name in BAND_OUTPUTS:
        stacked = np.stack([bands[f"{name}_p{p}"].values for p in (5, 25, 50, 75, 95)])
        assert (np.diff(stacked, axis=0) >= -1e-12).all(), name
    ordered = np.sort(population.accepted["spine_change_at_weaning"])
    for percent in (5, 50, 95):  # between the order statistics around the rank, within a bin (< 0.1 points)
        rank = percent / 100 * len(ordered)
        low, high = ordered[max(int(np.floor(rank)) - 1, 0)], ordered[min(int(np.ceil(rank)), len(ordered) - 1)]
        assert low - 0.1 <= float(bands[f"bmd_spine_change_p{percent}"].sel(day=180)) <= high + 0.1


def test_band_percentiles_are_exact_to_one_bin_whatever_the_number_of_subjects():
    generator = np.random.default_rng(0)
    values = generator.normal(2.0, 0.5, size=(50000, 3))
    bands = BandAccumulator({"x": (-1.0, 5.0)}, days=3)
    for chunk in np.array_split(values, 10):
        bands.add({"x": chunk})
    assert bands.counts["x"].shape == (3, BINS) and bands.subjects == 50000
    for percent in (5, 50, 95):
        assert np.allclose(bands.percentile("x", percent), np.percentile(values, percent, axis=0), atol=6.0 / BINS)
    assert np.allclose(bands.mean("x"), values.mean(axis=0))


def test_same_seed_same_population_on_a_process_pool(population):
    with concurrent.futures.ProcessPoolExecutor(max_workers=2) as pool:
        again = run_population(ONE_INFANT, 140, seed=5, executor=pool)
    pd.testing.assert_frame_equal(again.subjects, population.subjects)
    for name in population.bands.data_vars:
        assert np.allclose(again.bands[name], population.bands[name], rtol=1e-12, atol=1e-12), name


def test_another_seed_gives_another_population(population):
    other = run_population(ONE_INFANT, 20, seed=6, executor=SerialExecutor())
    assert not np.allclose(other.subjects["milk_volume"], population.subjects["milk_volume"][:20])


def test_more_pthrp_more_loss(population):
    """Women who make more mammary PTHrP lose more bone (Sowers 1996 JAMA 276:549)."""
    for site in ("spine_change_at_weaning", "femoral_neck_change_at_weaning"):
        rho, p = pthrp_loss_correlation(population, site)
        assert rho > 0.3 and p < 0.05


def test_dask_local_cluster_gives_the_same_population(population):
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster:
        again = run_population(ONE_INFANT, 140, seed=5, scheduler=cluster.scheduler_address)
    pd.testing.assert_frame_equal(again.subjects, population.subjects)


@pytest.mark.parametrize("keys, n, message", [
    ({}, 0, "n = 0"),
    ({"nursing": {"offspring": 0}}, 10, "nursing.offspring"),
    ({"end_day": 100}, 10, "nursing.weaning_day"),
    ({"parameters": {"bone_magic": 1.0}}, 10, "parameters.bone_magic"),
])
def test_bad_requests_are_refused(keys, n, message):
    with pytest.raises(ScenarioError, match=message):
        run_population(scenario_from_dict(keys), n, executor=SerialExecutor())


def test_files_are_written(population, tmp_path):
    paths = write_population(population, tmp_path)
    assert all(path.is_file() and path.stat().st_size > 0 for path in paths.values())
    table = pd.read_csv(paths["subjects_csv"])
    assert len(table) == 140
    assert "bmd_spine_change_p50 [%]" in pd.read_csv(paths["bands_csv"]).columns


def test_a_rodent_population_reports_the_sites_rodent_studies_measure(tmp_path):
    mice = scenario_from_dict({"species": "mouse", "end_day": 30, "nursing": {"offspring": 8, "exclusive_days": 21,
                                                                              "weaning_day": 21}})
    mice_population = run_population(mice, 6, seed=1, executor=SerialExecutor())
    columns = set(mice_population.subjects.columns)
    assert {"spine_change_at_weaning", "femur_change_at_weaning"} <= columns
    assert not columns & {"femoral_neck_change_at_weaning", "hip_change_at_weaning", "radius_change_at_weaning"}
    assert "bmd_femur_change_p50" in mice_population.bands and "bmd_hip_change_p50" not in mice_population.bands
    write_population(mice_population, tmp_path)
    assert "femoral" not in "\n".join(summary_lines(mice_population))


def test_command_line_population_and_its_errors(tmp_path):
    command = [sys.executable, "-m", "lactabone", "population", "examples/one_infant_6_months.toml", "--n", "30",
               "--out", str(tmp_path)]
    done = subprocess.run(command, capture_output=True, encoding="utf-8", errors="replace", check=False)
    assert done.returncode == 0, done.stderr
    assert "accepted" in done.stdout and (tmp_path / "bands.png").is_file()
    bad = subprocess.run(command[:5] + ["--n", "0"], capture_output=True, encoding="utf-8", errors="replace",
                         check=False)
    assert bad.returncode == 2 and bad.stderr.strip().splitlines()[-1].startswith("error: n = 0")
    assert "Traceback" not in bad.stderr


def test_every_public_name_is_documented():
    import lactabone.population as population_api

    for name in population_api.__all__:
        item = getattr(population_api, name)
        if callable(item):
            assert (item.__doc__ or "").strip(), name


def test_a_cow_population_is_refused_with_the_reason():
    cow = scenario_from_dict({"species": "cow", "end_day": 305, "nursing": {"exclusive_days": 305, "weaning_day": 305}})
    with pytest.raises(ScenarioError, match="species = 'cow': .* a herd of cows: run_herd"):
        run_population(cow, 4)


def test_a_subject_evaluating_only_the_terms_it_reads_gets_the_same_values():
    from lactabone.population.subjects import terms_of
    from lactabone.simulation import solve

    terms = terms_of(BAND_OUTPUTS)
    full, restricted = solve(ONE_INFANT), solve(ONE_INFANT, terms=terms)
    assert terms and set(restricted.values) < set(full.values)
    for name in terms:
        np.testing.assert_allclose(restricted.values[name], full.values[name], rtol=1e-12, atol=0)
        assert restricted.pre_pregnant[name] == pytest.approx(full.pre_pregnant[name], rel=1e-12)


def test_a_subject_integrates_only_the_states_its_outputs_need():
    """The ledger and trabecular number feed no population output: they are left out, the rest is unchanged."""
    import dataclasses

    from lactabone.model.ledger import LEDGER
    from lactabone.population.subjects import terms_of
    from lactabone.solve.compiled import compiled_model, integrated_states, reduced_model

    terms = terms_of(BAND_OUTPUTS + ("calcitriol",))
    model = reduced_model(tuple(sorted(terms)))
    states = set(model.system.state_names)
    assert states == set(integrated_states(compiled_model().system, terms))
    assert not states & (set(LEDGER) | {"trabecular_number"}) and {"calcitriol", "ecf_calcium"} <= states
    assert model.layout == compiled_model().layout
    assert reduced_model(tuple(compiled_model().system.state_names)) is compiled_model()
    tight = dataclasses.replace(SUBJECT_SOLVER, tolerances=solve.__defaults__[1].tolerances)
    full, reduced = (solve(ONE_INFANT, terms=terms, settings=dataclasses.replace(tight, only_needed_states=flag))
                     for flag in (False, True))
    assert set(reduced.values) == set(terms) | states
    for name in terms:
        np.testing.assert_allclose(reduced.values[name], full.values[name], rtol=1e-5, atol=1e-9, err_msg=name)
        assert reduced.pre_pregnant[name] == pytest.approx(full.pre_pregnant[name], rel=1e-9)


def test_an_evaluator_refuses_names_that_are_not_terms():
    from lactabone.solve.compiled import output_evaluator

    with pytest.raises(ValueError, match="not_a_term"):
        output_evaluator(("not_a_term",))


def test_chunk_results_are_let_go_as_they_arrive():
    """A cluster frees a chunk's result only once its future is dropped: map_chunks keeps none it has yielded."""
    import gc
    import weakref

    from lactabone.population.executors import map_chunks

    made = []

    class Recording(SerialExecutor):
        def submit(self, function, /, *args, **kwargs):
            future = super().submit(function, *args, **kwargs)
            made.append(weakref.ref(future))
            return future

    chunks = map_chunks(abs, [-1, -2, -3], Recording(), [1, 1, 1])
    results = [next(chunks), next(chunks)]
    gc.collect()
    assert sorted(value for _, value in results) in ([1, 2], [1, 3], [2, 3])
    assert sum(reference() is None for reference in made) >= 1
