"""The web page (``lactabone app``) run headless through Streamlit's AppTest: widgets, outputs, downloads, errors."""

from __future__ import annotations

import dataclasses
import json
import re
import tomllib

import numpy as np
import pytest
from streamlit.testing.v1 import AppTest
from typer.testing import CliRunner

from lactabone.app import summary as summary_module
from lactabone.app.circuit import ARROWS, NODES, arrow_states, circuit_svg
from lactabone.app.controls import default_choices, scenario_mapping
from lactabone.app.curves import curves_figure
from lactabone.app.launch import PAGE, port_in_use, streamlit_command
from lactabone.app.runs import run_scenario
from lactabone.cli import app as cli_app
from lactabone.model.system import build_system
from lactabone.population.herd import run_herd
from lactabone.scenario import ScenarioError, load_scenario, scenario_from_dict
from lactabone.scenario.schema import offspring_noun

#: Seconds one run of the page may take (the first one imports and compiles the model).
PAGE_TIMEOUT_S = 120


@pytest.fixture
def page() -> AppTest:
    """The page after its first run, with its default scenarios (A: one infant, B: twins)."""
    return AppTest.from_file(str(PAGE), default_timeout=PAGE_TIMEOUT_S).run()


def _summary(page: AppTest, name: str) -> str:
    """The summary of scenario ``name``: its heading line and its sentences."""
    blocks = [element.value for element in page.markdown]
    start = next(index for index, text in enumerate(blocks) if text.startswith(f"**{name}:"))
    return blocks[start] + "\n" + blocks[start + 1]


def _circuits(page: AppTest) -> list[str]:
    return [element.value for element in page.markdown if element.value.startswith("<svg")]


def _arrow_sizes(svg: str) -> dict[str, float]:
    """Each arrow's size in a circuit SVG, by its term."""
    return {term: float(size) for term, size in re.findall(r'data-term="(\w+)" data-size="([^"]+)"', svg)}


def _spine_loss(text: str) -> float:
    return float(re.search(r"Lumbar spine BMD fell ([\d.]+)% by weaning", text).group(1))


def _clean(page: AppTest) -> None:
    """No traceback and no error in the page."""
    assert not page.exception
    assert not page.error, [element.value for element in page.error]


def test_default_page_shows_curves_circuits_and_summaries(page):
    _clean(page)
    one, twins = _summary(page, "A"), _summary(page, "B")
    assert "A woman nursing 1 infant" in one and "A woman nursing 2 infants" in twins
    assert 5 <= _spine_loss(one) <= 10  # S3, as the scorecard's one-infant scenario
    assert "inside the normal 2.1-2.7 mmol/L (N1)" in one
    comparison = next(element.value for element in page.markdown if element.value.startswith("- Lumbar spine BMD at"))
    assert "more loss in B" in comparison and "Milk calcium while nursing" in comparison
    assert len(page.image) == 1
    circuits = _circuits(page)
    assert len(circuits) == 2
    for svg in circuits:
        assert set(_arrow_sizes(svg)) == {arrow.term for arrow in ARROWS}
    assert all("Farthest from before pregnancy on day 90" in caption.value for caption in page.caption[:2])


def test_more_offspring_more_loss_in_the_summary(page):
    before = _summary(page, "A")
    page.number_input(key="A_human_offspring").set_value(3).run()
    _clean(page)
    after = _summary(page, "A")
    assert "3 infants" in after and after != before
    assert _spine_loss(after) > _spine_loss(before) + 5


def test_arrows_follow_the_day_on_the_slider(page):
    nursing = _arrow_sizes(_circuits(page)[0])
    page.slider(key="day").set_value(400.0).run()
    _clean(page)
    weaned = _arrow_sizes(_circuits(page)[0])
    assert nursing["nursing"] == 1 and weaned["nursing"] == 0
    assert nursing["prolactin"] > 5 and abs(weaned["prolactin"] - 1) < 0.2
    assert nursing["pthrp"] > 2 and abs(weaned["pthrp"] - 1) < 0.05
    assert nursing["bone_resorption"] > weaned["bone_resorption"]
    assert "day 400" in _circuits(page)[0]


def test_each_circuit_names_its_offspring_and_the_day_it_shows(page):
    page.selectbox(key="B_species").set_value("mouse").run()
    _clean(page)
    woman, mouse = _circuits(page)
    assert "A: 1 infant, day 90" in woman and 'class="node">infant<' in woman
    # The slider's day 90 is past the mouse's 49 days: its circuit shows, and says, its last day.
    assert "B: mouse, 8 pups, day 49" in mouse and "day 90" not in mouse
    assert 'class="node">pups<' in mouse and 'class="node">infant<' not in mouse
    assert "on day 49:" in page.caption[1].value


def test_offspring_are_named_for_their_species():
    assert [offspring_noun(species, 1) for species in ("human", "mouse", "rat", "cow")] == [
        "infant", "pup", "pup", "calf"]
    assert [offspring_noun(species, 2) for species in ("human", "mouse", "cow")] == ["infants", "pups", "calves"]
    run = run_scenario(scenario_mapping(default_choices("human")))
    states = arrow_states(run.days, run.terms, run.pre_pregnant, 90.0)
    assert 'class="node">calf<' in circuit_svg(states, "a cow", offspring="calf")


def test_scenario_download_is_a_file_lactabone_run_accepts(page, tmp_path):
    labels = [button.label for button in page.get("download_button")]
    assert labels == ["results A (CSV)", "scenario A (TOML)", "results B (CSV)", "scenario B (TOML)"]
    for name, code in zip("AB", page.code):
        path = tmp_path / f"{name}.toml"
        path.write_text(code.value)
        assert load_scenario(path) == scenario_from_dict(tomllib.loads(code.value))
    twins = dataclasses.replace(default_choices("human"), offspring=2)
    assert load_scenario(tmp_path / "B.toml") == scenario_from_dict(scenario_mapping(twins))


def test_results_download_is_the_command_line_csv():
    run = run_scenario(scenario_mapping(default_choices("human")))
    header, first = run.csv().splitlines()[:2]
    assert header.startswith("day [d],serum_calcium [mmol/L],")
    assert "bmd_spine_change [%]" in header
    assert float(first.split(",")[0]) == 0.0


def test_drug_widgets_reach_the_scenario_and_the_circuit(page):
    untreated = _arrow_sizes(_circuits(page)[1])["bone_resorption"]
    page.multiselect(key="B_human_drugs").set_value(["denosumab"]).run()
    _clean(page)
    assert page.number_input(key="B_human_denosumab_dose").value == 60
    assert "denosumab 60 mg sc x1 from day 0" in _summary(page, "B")
    drug = tomllib.loads(page.code[1].value)["drugs"]
    assert drug == [{"name": "denosumab", "dose_mg": 60.0, "route": "sc", "days": [0.0]}]
    assert _arrow_sizes(_circuits(page)[1])["bone_resorption"] < 0.5 * untreated  # RANKL blocked: resorption falls


def test_knockout_widget_removes_its_arrow(page):
    page.multiselect(key="A_human_knockouts").set_value(["mammary_pthrp"]).run()
    _clean(page)
    assert "knockout: mammary_pthrp" in _summary(page, "A")
    assert tomllib.loads(page.code[0].value)["knockouts"] == ["mammary_pthrp"]
    assert _arrow_sizes(_circuits(page)[0])["pthrp"] == pytest.approx(1.0)


def test_species_switch_starts_from_the_rodent_experiment(page):
    page.selectbox(key="A_species").set_value("mouse").run()
    _clean(page)
    assert page.number_input(key="A_mouse_offspring").value == 8
    assert page.number_input(key="A_mouse_exclusive").label == "exclusive nursing [days]"
    text = _summary(page, "A")
    assert "A mouse nursing 8 pups" in text and "Femur BMD" in text and "4 weeks after weaning" in text
    # The comparison of a mouse with a woman leaves out BMD (different sites and times).
    assert not any(element.value.startswith("- Lumbar spine BMD at") for element in page.markdown)


def _cli_error(tables: dict, tmp_path) -> str:
    """What ``lactabone run`` prints for a scenario file of these tables."""
    path = tmp_path / "bad.toml"
    lines = []
    for table, values in tables.items():
        lines += [f"[{table}]"] + [f"{key} = {json.dumps(value)}" for key, value in values.items()]
    path.write_text("\n".join(lines) + "\n")
    result = CliRunner().invoke(cli_app, ["run", str(path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    return result.stderr.strip()


@pytest.mark.parametrize("widget, value, mapping, message, in_months", [
    ("A_human_weaning", 3.0, {"nursing": {"exclusive_days": 180.0, "weaning_day": 90.0}},
     "error: nursing.weaning_day = 90: must be >= exclusive_days = 180 (days after delivery when nursing stops "
     "or ends)",
     "error: nursing.weaning_day = 3 months: must be >= exclusive_days = 6 months (months after delivery when "
     "nursing stops or ends)"),
    ("A_human_diet", 10.0, {"diet": {"calcium_mg_per_day": 10.0}},
     "error: diet.calcium_mg_per_day = 10: must be a number from 50 to 5000 (mg/day of calcium for human)", None),
    ("A_human_offspring", 4, {"nursing": {"offspring": 4}},
     "error: nursing.offspring = 4: must be an integer from 0 to 3 (infants for human; 0 = no nursing)", None),
])
def test_bad_input_shows_the_command_line_error(page, tmp_path, widget, value, mapping, message, in_months):
    """The page shows the command line's error, a woman's nursing days in the months her fields are typed in."""
    page.number_input(key=widget).set_value(value).run()
    assert not page.exception
    assert [element.value for element in page.error] == [in_months or message]
    assert _cli_error(mapping, tmp_path) == message
    assert len(_circuits(page)) == 1  # scenario B still drawn


def test_out_of_range_dose_and_a_drug_without_a_target_are_refused(page):
    page.multiselect(key="A_human_drugs").set_value(["zoledronate"]).run()
    page.number_input(key="A_human_zoledronate_dose").set_value(0.0).run()
    assert not page.exception
    assert [element.value for element in page.error] == [
        "error: drugs[0].dose_mg = 0: must be a number > 0 and <= 1000000 (mg per dose)"]
    page.selectbox(key="B_species").set_value("mouse").run()
    page.multiselect(key="B_mouse_drugs").set_value(["denosumab"]).run()
    assert not page.exception
    assert page.error[1].value.startswith("error: drugs[0].name = 'denosumab': denosumab does not bind mouse RANKL")
    assert page.info[0].value.startswith("Correct the scenarios above")


def test_an_unexpected_failure_is_one_line_not_a_traceback(page, monkeypatch):
    def broken(run):
        raise RuntimeError("summary broke")

    monkeypatch.setattr(summary_module, "outcome", broken)
    page.run()
    assert not page.exception
    assert page.error[0].value == "unexpected error: RuntimeError: summary broke (details in the server's log)"


def test_every_arrow_is_a_named_term_between_known_nodes():
    system = build_system()
    names = set(system.term_names) | set(system.state_names)
    for arrow in ARROWS:
        assert arrow.term in names, arrow
        assert arrow.source in NODES and arrow.target in NODES


def test_arrow_sizes_are_terms_over_their_pre_pregnant_values():
    run = run_scenario(scenario_mapping(default_choices("human")))
    states = {state.arrow.term: state for state in arrow_states(run.days, run.terms, run.pre_pregnant, 90.0)}
    day = int(np.searchsorted(run.days, 90.0))
    assert states["pthrp"].size == pytest.approx(run.terms["pthrp"][day] / run.pre_pregnant["pthrp"])
    assert states["pthrp"].size == pytest.approx(float(run.dataset["pthrp"][day]) / run.pre_pregnant["pthrp"])
    assert states["milk_calcium"].size == pytest.approx(
        float(run.dataset["milk_calcium"][day]) / run.pre_pregnant["gut_calcium_absorbed"])
    assert states["estradiol"].colour == "#2471a3" and states["prolactin"].colour == "#c0392b"
    svg = circuit_svg(list(states.values()), "title & <more>", 2.3)
    assert svg.count('class="arrow"') == len(ARROWS) and "title &amp; &lt;more&gt;" in svg


@pytest.fixture(scope="module")
def woman_and_mouse() -> dict:
    """The page's starting woman (545 days) and mouse (49 days), solved."""
    return {"A": run_scenario(scenario_mapping(default_choices("human"))),
            "B": run_scenario(scenario_mapping(default_choices("mouse")))}


def test_curves_draw_the_published_targets_of_each_species(woman_and_mouse):
    figure = curves_figure(woman_and_mouse)
    legends = " ".join(text.get_text() for axes in figure.axes if axes.get_legend()
                       for text in axes.get_legend().get_texts())
    for target_id in ("N1", "C1", "S1", "S3", "S21", "S8", "S20"):
        assert f"{target_id} target" in legends
    assert len(figure.axes) == 2 * 7  # a block of seven panels per species


def _last_day_shown(figure, label: str) -> set[float]:
    """The right end of the time axis [d] of every panel that draws scenario ``label``."""
    return {axes.get_xlim()[1] for axes in figure.axes
            if any(line.get_label() == label for line in axes.get_lines())}


def test_a_mouse_beside_a_woman_gets_its_own_time_axis(woman_and_mouse):
    figure = curves_figure(woman_and_mouse)
    assert all(day < 60 for day in _last_day_shown(figure, "B"))  # the mouse's 49 days fill its panels
    assert all(day > 500 for day in _last_day_shown(figure, "A"))
    twins = run_scenario(scenario_mapping(dataclasses.replace(default_choices("human"), offspring=2)))
    shared = curves_figure({"A": woman_and_mouse["A"], "B": twins})
    assert len(shared.axes) == 7  # two women over the same days share their axes


def test_curve_legends_stay_clear_of_the_curves(woman_and_mouse):
    for runs in (woman_and_mouse, {"A": woman_and_mouse["A"]}):
        figure = curves_figure(runs)
        figure.draw_without_rendering()
        plots = [axes.get_window_extent() for axes in figure.axes]
        legends = [axes.get_legend().get_window_extent() for axes in figure.axes if axes.get_legend()]
        assert len(legends) == len(plots)
        assert not any(legend.overlaps(plot) for legend in legends for plot in plots)


def test_app_command_serves_on_localhost_and_refuses_a_busy_port(monkeypatch):
    command = streamlit_command(8512)
    assert command[command.index("--server.port") + 1] == "8512"
    assert command[command.index("--server.address") + 1] == "localhost"
    monkeypatch.setattr("lactabone.app.launch.port_in_use", lambda port: True)
    result = CliRunner().invoke(cli_app, ["app", "--port", "8512"])
    assert result.exit_code == 2
    assert result.stderr.strip() == "error: port 8512 is in use on localhost; choose another with --port"
    assert CliRunner().invoke(cli_app, ["app", "--port", "0"]).exit_code == 2
    assert not port_in_use(1)


def test_the_page_offers_only_species_it_can_draw():
    from lactabone.app.controls import PAGE_SPECIES, STARTING_SCENARIOS

    assert PAGE_SPECIES == ("human", "mouse", "rat", "cow")
    assert set(PAGE_SPECIES) - {"cow"} <= set(STARTING_SCENARIOS)


def _vet_values(page: AppTest) -> dict[str, str]:
    """The vet's summary table of the page's cow: quantity to value text."""
    (table,) = page.table
    return dict(zip(table.value.index, table.value["value"]))


def test_a_cow_gets_the_vets_summary_and_her_levers_move_it(page):
    page.selectbox(key="B_species").set_value("cow").run()
    _clean(page)
    text = _summary(page, "B")
    assert text.startswith("**B: cow, 1 calf**: A cow in lactation 5; peak milk 55 kg/d; close-up ration 150 g/d "
                           "calcium at DCAD +300 mEq/kg")
    assert "Serum calcium fell to 0.82 mmol/L 31 h after calving: clinical milk fever" in text
    values = _vet_values(page)
    assert values["time of the nadir after calving"] == "31"
    assert float(values["milk calcium, first week"]) == pytest.approx(41.1, abs=0.1)  # g/d
    assert "Lowest serum calcium: B 0.82" in " ".join(element.value for element in page.markdown)
    page.number_input(key="B_cow_dcad_meq_per_kg").set_value(-100.0).run()  # an acidogenic close-up ration
    _clean(page)
    assert float(_vet_values(page)["hours below 1.4 mmol/L (clinical milk fever)"]) < float(
        values["hours below 1.4 mmol/L (clinical milk fever)"])


def test_a_cows_calcium_is_given_at_hours_from_calving(page):
    page.selectbox(key="A_species").set_value("cow").run()
    page.selectbox(key="B_species").set_value("cow").run()
    page.multiselect(key="B_cow_treatments").set_value(["oral_calcium"]).run()
    _clean(page)
    assert "oral calcium bolus 43 g at 0 h, 12 h." in _summary(page, "B")
    page.number_input(key="B_cow_oral_calcium_first").set_value(6.0).run()
    _clean(page)
    assert "oral calcium bolus 43 g at 6 h, 18 h." in _summary(page, "B")
    compared = " ".join(element.value for element in page.markdown if element.value.startswith("- Nadir"))
    assert "Nadir: B" in compared and "Below 1.4 mmol/L: B" in compared
    assert len(page.table) == 2


def test_the_cows_fields_allow_what_the_schema_allows(page):
    from lactabone.scenario.schema import COW_KEYS

    page.selectbox(key="A_species").set_value("cow").run()
    for key in COW_KEYS:
        field = page.number_input(key=f"A_cow_{key}")
        cast = int if key == "parity" else float  # the page's parity field holds whole numbers
        for value in (cast(field.min), cast(field.max)):
            scenario_from_dict({"species": "cow", "cow": {key: value}})
        for value in (cast(field.min) - 1, cast(field.max) + 1):
            with pytest.raises(ScenarioError, match=f"cow.{key} = "):
                scenario_from_dict({"species": "cow", "cow": {key: value}})


def test_cow_curves_use_the_calving_window_and_grams_a_day():
    cow = run_scenario(scenario_mapping(default_choices("cow")))
    figure = curves_figure({"A": cow})
    titles = {axes.get_title(loc="left"): axes for axes in figure.axes}
    milk = titles["calcium secreted into milk per day [g/d]"]
    assert milk.get_xscale() == "asinh" and milk.get_xlim() == pytest.approx((-7.0, 14.0))
    assert 30 < max(max(line.get_ydata()) for line in milk.get_lines()) < 100
    calcium = next(axes for title, axes in titles.items() if title.startswith("total serum calcium"))
    assert {"clinical milk fever (1.4)", "subclinical milk fever (2)"} <= set(
        calcium.get_legend_handles_labels()[1])


def _herd_table(page: AppTest):
    """The herd view's incidence table (text cells indexed by lactation), or None when none is shown."""
    return next((table.value for table in page.table if table.value.index.name == "lactation"), None)


def _simulate_a_tiny_herd(page: AppTest, seed: int = 0) -> None:
    """Scenario B becomes the milk-fever cow and a herd of 6 cows around her, a quarter in each lactation group,
    is simulated."""
    page.selectbox(key="B_species").set_value("cow").run()
    page.number_input(key="B_herd_cows").set_value(6)
    page.number_input(key="B_herd_seed").set_value(seed)
    page.text_input(key="B_herd_shares").set_value("0.25, 0.25, 0.25, 0.25")
    page.button(key="B_herd_run").click().run()
    _clean(page)


def test_a_herd_around_the_cow_gives_incidence_by_lactation_and_is_kept(page, monkeypatch):
    from lactabone.app import herd_runs

    assert _herd_table(page) is None
    herds = []
    monkeypatch.setattr(herd_runs, "run_herd", lambda *args, **kwargs: herds.append(args) or run_herd(*args, **kwargs))
    _simulate_a_tiny_herd(page)
    table = _herd_table(page)
    assert list(table.index) == ["1", "2", "3", "4+", "all"]
    assert table.loc["all", "cows"] == "6"
    for column in [name for name in table.columns if name.endswith("[% (95% CI)]")]:
        for cell in table[column]:
            percent, low, high = map(float, re.fullmatch(r"([\d.]+) \(([\d.]+)-([\d.]+)\)", cell).groups())
            assert 0 <= low <= percent <= high <= 100
    assert list(table["Venjakob 2017 [%]"]) == ["5.7", "29", "49.4", "60.4", ""]  # published beside, none pooled
    assert "nan" not in table.to_string().lower()
    assert any(caption.value.startswith("Seed 0; cows: 6 sampled") for caption in page.caption)
    assert len(page.image) == 2  # the curves and the herd's figure
    page.slider(key="day").set_value(2.0).run()  # a rerun shows the herd again without simulating it
    _clean(page)
    assert _herd_table(page).equals(table) and len(herds) == 1
    page.number_input(key="B_herd_seed").set_value(1).run()  # new inputs: nothing runs until the button
    assert _herd_table(page) is None and len(herds) == 1


def test_bad_parity_shares_are_one_line_naming_the_field():
    from lactabone.app.herd_runs import HERD_SIZE_RANGE, check_herd_size, herd_scenario
    from lactabone.scenario.schema import Cow

    cow = scenario_mapping(default_choices("cow"))
    with pytest.raises(ScenarioError, match=r"^herd.parity_shares = \[0.5, 0.2\]: must sum to 1 \(\+-0.01\)"):
        herd_scenario(cow, "0.5, 0.2")
    with pytest.raises(ScenarioError, match=r"^herd.parity_shares = 'half, half': must be numbers from 0 to 1"):
        herd_scenario(cow, "half, half")
    with pytest.raises(ScenarioError, match=f"^herd size = 0: must be an integer from 1 to {HERD_SIZE_RANGE[1]}"):
        check_herd_size(0)
    herd = herd_scenario(cow, "1")
    assert herd.cow.parity == Cow().parity and herd.cow.peak_milk_kg_per_day is None  # drawn for each cow
    assert herd.cow.dcad_meq_per_kg == 300 and herd.cow.prepartum_calcium_g_per_day == 150  # her close-up ration


def test_bad_parity_shares_show_in_the_herd_view(page):
    page.selectbox(key="B_species").set_value("cow").run()
    page.text_input(key="B_herd_shares").set_value("0.5, 0.6").run()
    assert not page.exception
    assert [element.value for element in page.error] == [
        "error: herd.parity_shares = [0.5, 0.6]: must sum to 1 (+-0.01); they sum to 1.1"]
