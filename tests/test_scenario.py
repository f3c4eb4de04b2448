"""Scenario schema, file reading/writing, error messages and the reproductive schedule."""
import math

import pytest
import yaml

from lactabone.scenario import (
    Cycle,
    Diet,
    Drug,
    Nursing,
    Scenario,
    ScenarioError,
    Segment,
    build_schedule,
    load_scenario,
    scenario_from_dict,
)

GESTATION_DAYS = 280.0

SPEC_EXAMPLE = """
species = "human"            # human | mouse | rat | cow
start_day = 0                # days relative to delivery; negative = pregnancy
end_day = 1200
reference_day = 0            # % changes are relative to this day
output_step_days = 1
knockouts = []               # top-level keys must come before the first [table]

[nursing]                    # one reproductive cycle, delivery at day 0
offspring = 1
exclusive_days = 180
weaning_day = 180
weaning = "abrupt"
partial_fraction = 0.5

[diet]
calcium_mg_per_day = 1000

[[drugs]]
name = "denosumab"
dose_mg = 60
route = "sc"
days = [0]

[parameters]

[[cycles]]
delivery_day = 730
offspring = 1
exclusive_days = 180
weaning_day = 365
"""


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def rich_scenario():
    return Scenario(
        start_day=-100,
        end_day=2000,
        reference_day=-50.5,
        output_step_days=0.25,
        nursing=Nursing(offspring=2, exclusive_days=90, weaning_day=200, weaning="gradual",
                        partial_fraction=0.3),
        diet=Diet(calcium_mg_per_day=450),
        drugs=[Drug(name="denosumab", dose_mg=60, route="sc", days=[0, 182.5]),
               Drug(name="zoledronate", dose_mg_per_kg=0.05, route="iv", days=[-10])],
        knockouts=["osteocyte_ctsk", "pth"],
        parameters={"pthrp.gain": 1e-5, "k_resorption": -3.25, "plain": 2},
        cycles=[Cycle(delivery_day=800, offspring=1, exclusive_days=120),
                Cycle(delivery_day=1500, offspring=3, exclusive_days=30, weaning_day=300)],
    )


# ---------------------------------------------------------------- valid files


def test_spec_example_toml_loads(tmp_path):
    scenario = load_scenario(write(tmp_path, "example.toml", SPEC_EXAMPLE))
    assert scenario.species == "human"
    assert scenario.nursing.offspring == 1
    assert scenario.drugs[0].name == "denosumab" and scenario.drugs[0].dose_mg == 60
    assert scenario.drugs[0].dose_mg_per_kg is None
    assert scenario.cycles[0].delivery_day == 730 and scenario.cycles[0].weaning_day == 365
    assert scenario.cycles[0].weaning == "abrupt" and scenario.cycles[0].partial_fraction == 0.5


def test_top_level_key_written_inside_a_table_gets_a_hint(tmp_path):
    text = '[[drugs]]\nname = "denosumab"\ndose_mg = 60\nroute = "sc"\ndays = [0]\nknockouts = []\n'
    with pytest.raises(ScenarioError, match=r"^drugs\[0\]\.knockouts = \[\]: unknown key; .*top-level key"):
        load_scenario(write(tmp_path, "misplaced.toml", text))


def test_yaml_and_yml_give_the_same_scenario_as_toml(tmp_path):
    from_toml = load_scenario(write(tmp_path, "example.toml", SPEC_EXAMPLE))
    text = yaml.safe_dump(from_toml.model_dump())
    assert load_scenario(write(tmp_path, "example.yaml", text)) == from_toml
    assert load_scenario(write(tmp_path, "example.yml", text)) == from_toml


def test_empty_files_are_refused_and_a_species_alone_gives_the_spec_defaults(tmp_path):
    for name, text in (("empty.toml", ""), ("empty.yaml", "  \n"), ("comment.toml", "# nothing\n"),
                       ("comment.yaml", "# nothing\n")):
        with pytest.raises(ScenarioError, match="empty|no keys"):
            load_scenario(write(tmp_path, name, text))
    for name, text in (("species.toml", 'species = "human"\n'), ("species.yaml", "species: human\n")):
        scenario = load_scenario(write(tmp_path, name, text))
        assert scenario == Scenario()
        assert (scenario.species, scenario.start_day, scenario.end_day) == ("human", 0, 540)
        assert scenario.reference_day is None and scenario.output_step_days == 1
        assert scenario.nursing == Nursing(offspring=1, exclusive_days=180, weaning_day=180,
                                           weaning="abrupt", partial_fraction=0.5)
        assert scenario.diet.calcium_mg_per_day == 1000
        assert scenario.drugs == [] and scenario.knockouts == [] and scenario.parameters == {}
        assert scenario.cycles == []


def test_weaning_day_defaults_to_end_of_exclusive_nursing():
    assert scenario_from_dict({"nursing": {"exclusive_days": 90}}).nursing.weaning_day == 90
    assert Cycle(delivery_day=400, exclusive_days=30).weaning_day == 30
    assert Nursing(exclusive_days=30, weaning_day=100).weaning_day == 100


def test_to_toml_round_trip(tmp_path):
    for scenario in (Scenario(), rich_scenario()):
        path = write(tmp_path, "saved.toml", scenario.to_toml())
        assert load_scenario(path) == scenario
        assert scenario_from_dict(scenario.model_dump()) == scenario


def test_to_toml_quotes_awkward_parameter_names(tmp_path):
    scenario = Scenario(parameters={'odd "name"\\ with\tcontrol\x7f': 1.5, "x": 0.1})
    assert load_scenario(write(tmp_path, "odd.toml", scenario.to_toml())) == scenario


def test_negative_start_and_missing_reference_day(tmp_path):
    scenario = load_scenario(write(tmp_path, "pregnancy.toml", "start_day = -280\n"))
    assert scenario.start_day == -280 and scenario.reference_day is None


# ---------------------------------------------------------------- invalid inputs

BAD_INPUTS = [
    # (data, field, value as shown, words of the allowed range)
    ({"nursing": {"offspring": -1}}, "nursing.offspring", "-1", "integer from 0 to 3"),
    ({"nursing": {"offspring": 4}}, "nursing.offspring", "4", "from 0 to 3"),
    ({"species": "cow", "nursing": {"offspring": 2}}, "nursing.offspring", "2", "0 or 1 (1 = milked"),
    ({"species": "cow", "diet": {"calcium_percent": 3}}, "diet.calcium_percent", "3", "in the ration's dry matter"),
    ({"nursing": {"offspring": "two"}}, "nursing.offspring", "'two'", "integer"),
    ({"nursing": {"offspring": 1.5}}, "nursing.offspring", "1.5", "integer"),
    ({"nursing": {"offspring": True}}, "nursing.offspring", "true", "integer"),
    ({"nursing": {"weaning_day": -1}}, "nursing.weaning_day", "-1", ">= 0"),
    ({"nursing": {"exclusive_days": 90, "weaning_day": 60}}, "nursing.weaning_day", "60",
     ">= exclusive_days = 90"),
    ({"nursing": {"exclusive_days": -5}}, "nursing.exclusive_days", "-5", ">= 0"),
    ({"nursing": {"weaning": "sudden"}}, "nursing.weaning", "'sudden'", "'abrupt', 'gradual'"),
    ({"nursing": {"partial_fraction": 1.5}}, "nursing.partial_fraction", "1.5", "from 0 to 1"),
    ({"nursing": {"offsprings": 1}}, "nursing.offsprings", "1", "allowed keys in [nursing]: offspring"),
    ({"nursing": 3}, "nursing", "3", "table with keys offspring"),
    ({"species": "dog"}, "species", "'dog'", "one of 'human'"),
    ({"species": 3}, "species", "3", "one of 'human'"),
    ({"start_day": -500}, "start_day", "-500", ">= -400"),
    ({"start_day": "soon"}, "start_day", "'soon'", "number of days >= -400"),
    ({"end_day": -5}, "end_day", "-5", "> start_day = 0"),
    ({"start_day": 100, "end_day": 100}, "end_day", "100", "> start_day = 100"),
    ({"end_day": 40000}, "end_day", "40000", "<= start_day + 36500"),
    ({"reference_day": 600}, "reference_day", "600", "[0, 540]"),
    ({"start_day": -100, "reference_day": -200}, "reference_day", "-200", "[-100, 540]"),
    ({"output_step_days": 0}, "output_step_days", "0", "> 0"),
    ({"output_step_days": -1}, "output_step_days", "-1", "> 0"),
    ({"output_step_days": 1000}, "output_step_days", "1000", "<= end_day - start_day = 540"),
    ({"calendar": 1}, "calendar", "1", "allowed keys in the top level: species, start_day"),
    ({"diet": {"calcium_mg_per_day": 10}}, "diet.calcium_mg_per_day", "10", "from 50 to 5000"),
    ({"diet": {"calcium_mg_per_day": 9000}}, "diet.calcium_mg_per_day", "9000", "from 50 to 5000"),
    ({"diet": {"calcium_mg_per_day": "lots"}}, "diet.calcium_mg_per_day", "'lots'", "number from 50 to 5000"),
    ({"diet": {"calcium": 1000}}, "diet.calcium", "1000", "allowed keys in [diet]: calcium_mg_per_day"),
    ({"drugs": [{"name": "aspirin", "dose_mg": 1, "route": "oral", "days": [0]}]}, "drugs[0].name",
     "'aspirin'", "'denosumab'"),
    ({"drugs": [{"name": "denosumab", "dose_mg": 60, "route": "im", "days": [0]}]}, "drugs[0].route",
     "'im'", "'sc', 'iv', 'oral', 'nasal'"),
    ({"drugs": [{"name": "denosumab", "dose_mg": 0, "route": "sc", "days": [0]}]}, "drugs[0].dose_mg",
     "0", "> 0"),
    ({"drugs": [{"name": "denosumab", "dose_mg_per_kg": -1, "route": "sc", "days": [0]}]},
     "drugs[0].dose_mg_per_kg", "-1", "> 0"),
    ({"species": "cow", "drugs": [{"name": "oral_calcium", "dose_g": 5000, "route": "oral", "days": [0]}]},
     "drugs[0].dose_g", "5000", "<= 1000 (g per dose"),
    ({"drugs": [{"name": "denosumab", "dose_mg": 60, "dose_mg_per_kg": 1, "route": "sc", "days": [0]}]},
     "drugs[0].dose_mg", "60", "exactly one of dose_mg, dose_mg_per_kg or dose_g"),
    ({"drugs": [{"name": "denosumab", "route": "sc", "days": [0]}]}, "drugs[0].dose_mg", "missing",
     "exactly one of dose_mg"),
    ({"drugs": [{"name": "denosumab", "dose_mg": 60, "route": "sc", "days": [0, 900]}]},
     "drugs[0].days[1]", "900", "[0, 540]"),
    ({"drugs": [{"name": "denosumab", "dose_mg": 60, "route": "sc", "days": []}]}, "drugs[0].days", "[]",
     "non-empty"),
    ({"drugs": [{"name": "denosumab", "dose_mg": 60, "route": "sc"}]}, "drugs[0].days", "missing",
     "non-empty array of days"),
    ({"drugs": [{"name": "denosumab", "dose_mg": 60, "route": "sc", "days": [0], "when": 1}]},
     "drugs[0].when", "1", "allowed keys in [[drugs]]: name, dose_mg"),
    ({"knockouts": ["pth", "brain"]}, "knockouts[1]", "'brain'", "'mammary_pthrp'"),
    ({"knockouts": ["pth", "cyp27b1", "pth"]}, "knockouts[2]", "'pth'", "once"),
    ({"knockouts": "pth"}, "knockouts", "'pth'", "array of knockout names"),
    ({"parameters": {"gain": math.inf}}, "parameters.gain", "inf", "finite number"),
    ({"parameters": {"gain": "high"}}, "parameters.gain", "'high'", "finite number"),
    ({"cycles": [{"delivery_day": 100}]}, "cycles[0].delivery_day", "100", "> 180"),
    ({"end_day": 2000, "cycles": [{"delivery_day": 800}, {"delivery_day": 700}]},
     "cycles[1].delivery_day", "700", "> 980"),
    ({"cycles": [{"delivery_day": 800}]}, "cycles[0].delivery_day", "800", "<= end_day = 540"),
    ({"cycles": [{"offspring": 1}]}, "cycles[0].delivery_day", "missing", "number of days"),
    ({"end_day": 2000, "cycles": [{"delivery_day": 800, "offspring": 9}]}, "cycles[0].offspring", "9",
     "from 0 to 3"),
    ({"end_day": 2000, "cycles": [{"delivery_day": 800, "weaning_day": -3}]}, "cycles[0].weaning_day",
     "-3", ">= 0"),
    ({"cycles": [{"delivery_day": 300, "litter": 1}]}, "cycles[0].litter", "1",
     "allowed keys in [[cycles]]: delivery_day, offspring"),
]


@pytest.mark.parametrize("data, field, shown_value, allowed", BAD_INPUTS,
                         ids=[f"{case[1]}={case[2]}" for case in BAD_INPUTS])
def test_bad_input_names_field_value_and_allowed_range(data, field, shown_value, allowed):
    with pytest.raises(ScenarioError) as caught:
        scenario_from_dict(data)
    message = str(caught.value)
    assert "\n" not in message
    if shown_value == "missing":
        assert message.startswith(f"{field} is missing: ")
    else:
        assert message.startswith(f"{field} = {shown_value}: ")
    assert allowed in message
    assert caught.value.field == field


def test_bad_toml_file_is_rejected_with_the_field(tmp_path):
    path = write(tmp_path, "bad.toml", "[nursing]\noffspring = 'two'\n")
    with pytest.raises(ScenarioError, match=r"^nursing\.offspring = 'two': must be an integer from 0 to 3"):
        load_scenario(path)


def test_bad_yaml_file_is_rejected_with_the_field(tmp_path):
    path = write(tmp_path, "bad.yaml", "end_day: 100\nstart_day: 200\n")
    with pytest.raises(ScenarioError, match=r"^end_day = 100: must be > start_day = 200"):
        load_scenario(path)


def test_several_errors_are_counted():
    with pytest.raises(ScenarioError, match=r"\(and 2 more errors\)$"):
        scenario_from_dict({"start_day": "a", "end_day": "b", "species": 1})


def test_scenario_error_is_a_value_error_with_details():
    with pytest.raises(ValueError) as caught:
        scenario_from_dict({"nursing": {"offspring": 7}})
    error = caught.value
    assert isinstance(error, ScenarioError)
    assert (error.field, error.value, error.path) == ("nursing.offspring", 7, ("nursing", "offspring"))
    assert "from 0 to 3" in error.requirement


def test_python_construction_raises_scenario_error():
    with pytest.raises(ScenarioError, match=r"^end_day = 10: must be > start_day = 20"):
        Scenario(start_day=20, end_day=10)
    with pytest.raises(ScenarioError, match=r"^nursing\.offspring = 5: must be an integer from 0 to 3"):
        Scenario(nursing=Nursing(offspring=5))
    with pytest.raises(ScenarioError, match=r"^weaning_day = 10: must be >= exclusive_days = 180"):
        Nursing(weaning_day=10)
    with pytest.raises(ScenarioError, match=r"^offsprings = 2: unknown key; allowed keys in \[nursing\]"):
        Nursing(offsprings=2)
    with pytest.raises(ScenarioError, match=r"^days = \[\]: must be a non-empty array"):
        Drug(name="calcitonin", dose_mg=0.2, route="nasal", days=[])


def test_top_level_must_be_a_table(tmp_path):
    with pytest.raises(ScenarioError, match=r"^scenario = \[1, 2\]: must be a table of scenario keys"):
        load_scenario(write(tmp_path, "list.yaml", "[1, 2]\n"))


@pytest.mark.parametrize("name, text, words", [
    ("broken.toml", "[nursing\noffspring = 1\n", "not valid TOML"),
    ("broken.yaml", "nursing: [1, 2\n", "not valid YAML"),
    ("scenario.json", "{}", "unknown scenario file type '.json'"),
])
def test_unreadable_files_give_one_line_errors(tmp_path, name, text, words):
    with pytest.raises(ScenarioError) as caught:
        load_scenario(write(tmp_path, name, text))
    assert words in str(caught.value) and "\n" not in str(caught.value)


def test_missing_file(tmp_path):
    with pytest.raises(ScenarioError, match="no such scenario file"):
        load_scenario(tmp_path / "absent.toml")


def test_species_limits_follow_the_species(monkeypatch):
    from lactabone import parameters

    monkeypatch.setattr(parameters, "SPECIES", ("human", "mouse", "cow"))
    mouse = scenario_from_dict({"species": "mouse", "nursing": {"offspring": 14},
                                "diet": {"calcium_mg_per_day": 20}})
    assert mouse.nursing.offspring == 14
    with pytest.raises(ScenarioError, match=r"^nursing\.offspring = 15: .*0 to 14 \(pups"):
        scenario_from_dict({"species": "mouse", "nursing": {"offspring": 15},
                            "diet": {"calcium_mg_per_day": 20}})
    with pytest.raises(ScenarioError, match=r"^nursing\.offspring = 'x': must be 0 or 1 \(1 = milked"):
        scenario_from_dict({"species": "cow", "nursing": {"offspring": "x"}})
    with pytest.raises(ScenarioError, match=r"^diet\.calcium_mg_per_day = 1000: .*from 0\.5 to 100"):
        scenario_from_dict({"species": "mouse", "diet": {"calcium_mg_per_day": 1000}})
    assert scenario_from_dict({"species": "mouse"}).diet.calcium_percent == 1.0
    with pytest.raises(ScenarioError, match=r"^diet\.calcium_percent = 5: .*from 0\.01 to 3 \(% calcium"):
        scenario_from_dict({"species": "mouse", "diet": {"calcium_percent": 5}})
    with pytest.raises(ScenarioError, match=r"^diet\.calcium_percent = 1: is for chow or rations \(mouse, rat, cow\); give calcium_mg_per_day for human"):
        scenario_from_dict({"diet": {"calcium_percent": 1}})
    with pytest.raises(ScenarioError, match=r"^diet\.calcium_percent = 1: give calcium_mg_per_day or"):
        scenario_from_dict({"species": "mouse", "diet": {"calcium_percent": 1, "calcium_mg_per_day": 20}})
    with pytest.raises(ScenarioError, match=r"^species = 'rat': must be one of 'human', 'mouse', 'cow'"):
        scenario_from_dict({"species": "rat"})


# ---------------------------------------------------------------- schedule


def schedule(data):
    segments = build_schedule(scenario_from_dict(data), GESTATION_DAYS)
    scenario = scenario_from_dict(data)
    assert segments[0].start_day == scenario.start_day and segments[-1].end_day == scenario.end_day
    for segment, following in zip(segments, segments[1:]):
        assert segment.end_day == following.start_day
    for segment in segments:
        assert segment.end_day > segment.start_day
        assert set(segment.inputs) == {"nursing", "gestation", "diet_calcium_intake", "diet_calcium_content", "diet_dcad"}
    return segments


def bounds(segments):
    return [segment.start_day for segment in segments] + [segments[-1].end_day]


def values(segments, name):
    return [segment.inputs[name] for segment in segments]


def flat(pairs):
    return [number for pair in pairs for number in pair]


def test_default_schedule():
    segments = schedule({})
    assert bounds(segments) == [0, 180, 540]
    assert values(segments, "nursing") == [(1, 0), (0, 0)]
    assert values(segments, "gestation") == [(0, 0), (0, 0)]
    assert isinstance(segments[0], Segment)


def test_twins_double_the_demand():
    segments = schedule({"nursing": {"offspring": 2, "exclusive_days": 90, "weaning_day": 200}})
    assert bounds(segments) == [0, 90, 200, 540]
    assert values(segments, "nursing") == [(2, 0), (1, 0), (0, 0)]


def test_partial_nursing_abrupt_weaning():
    segments = schedule({"nursing": {"exclusive_days": 120, "weaning_day": 365, "partial_fraction": 0.3}})
    assert bounds(segments) == [0, 120, 365, 540]
    assert values(segments, "nursing") == [(1, 0), (0.3, 0), (0, 0)]


def test_gradual_weaning_falls_linearly_to_zero():
    segments = schedule({"nursing": {"offspring": 2, "exclusive_days": 90, "weaning_day": 200,
                                     "weaning": "gradual", "partial_fraction": 0.4}})
    assert bounds(segments) == [0, 90, 200, 540]
    tapering = segments[1]
    assert tapering.inputs["nursing"] == pytest.approx((0.8, -0.8 / 110))
    assert tapering.value("nursing", 90) == pytest.approx(0.8)
    assert tapering.value("nursing", 145) == pytest.approx(0.4)
    assert tapering.value("nursing", 200) == pytest.approx(0, abs=1e-12)
    assert segments[2].inputs["nursing"] == (0, 0)


def test_no_partial_segment_when_weaning_at_end_of_exclusive_nursing():
    segments = schedule({"nursing": {"exclusive_days": 100, "weaning": "gradual"}})
    assert bounds(segments) == [0, 100, 540]


def test_pregnancy_start():
    segments = schedule({"start_day": -280})
    assert bounds(segments) == [-280, 0, 180, 540]
    assert segments[0].inputs["gestation"] == pytest.approx((0, 1 / 280))
    assert segments[0].value("gestation", 0) == pytest.approx(1)
    assert segments[0].inputs["nursing"] == (0, 0)
    assert values(segments[1:], "gestation") == [(0, 0), (0, 0)]


def test_start_mid_pregnancy_and_before_pregnancy():
    middle = schedule({"start_day": -100})
    assert bounds(middle) == [-100, 0, 180, 540]
    assert middle[0].inputs["gestation"][0] == pytest.approx(1 - 100 / 280)
    before = schedule({"start_day": -400})
    assert bounds(before) == [-400, -280, 0, 180, 540]
    assert (before[0].inputs["nursing"], before[0].inputs["gestation"]) == ((0, 0), (0, 0))
    assert before[1].value("gestation", -140) == pytest.approx(0.5)


def test_three_cycles():
    segments = schedule({
        "start_day": -280, "end_day": 2400,
        "nursing": {"exclusive_days": 180, "weaning_day": 365},
        "cycles": [{"delivery_day": 800, "offspring": 2, "exclusive_days": 120},
                   {"delivery_day": 1500, "exclusive_days": 90, "weaning_day": 300, "weaning": "gradual"}],
    })
    assert bounds(segments) == [-280, 0, 180, 365, 520, 800, 920, 1220, 1500, 1590, 1800, 2400]
    assert flat(values(segments, "nursing")) == pytest.approx(flat(
        [(0, 0), (1, 0), (0.5, 0), (0, 0), (0, 0), (2, 0), (0, 0), (0, 0), (1, 0),
         (0.5, -0.5 / 210), (0, 0)]))
    gestation_slope = 1 / 280
    assert flat(values(segments, "gestation")) == pytest.approx(flat(
        [(0, gestation_slope), (0, 0), (0, 0), (0, 0), (0, gestation_slope), (0, 0), (0, 0),
         (0, gestation_slope), (0, 0), (0, 0), (0, 0)]))
    assert segments[4].value("gestation", 800) == pytest.approx(1)


def test_window_clips_segments():
    segments = schedule({"start_day": 100, "end_day": 150})
    assert bounds(segments) == [100, 150]
    assert segments[0].inputs["nursing"] == (1, 0)
    late_start = schedule({"start_day": 150, "end_day": 600,
                           "nursing": {"exclusive_days": 100, "weaning_day": 300, "weaning": "gradual"}})
    assert bounds(late_start) == [150, 300, 600]
    assert late_start[0].inputs["nursing"] == pytest.approx((0.5 - 0.5 * 50 / 200, -0.5 / 200))


def test_no_nursing_gives_one_segment():
    assert bounds(schedule({"nursing": {"offspring": 0}})) == [0, 540]


def test_pregnancy_may_not_overlap_previous_nursing():
    scenario = scenario_from_dict({"end_day": 2000, "nursing": {"weaning_day": 365},
                                   "cycles": [{"delivery_day": 500}]})
    with pytest.raises(ScenarioError, match=r"^cycles\[0\]\.delivery_day = 500: must be >= 645") as caught:
        build_schedule(scenario, GESTATION_DAYS)
    assert "weaning on day 365" in str(caught.value)
    assert build_schedule(scenario, 100)[-1].end_day == 2000


def test_gestation_days_must_be_positive():
    with pytest.raises(ValueError, match="gestation_days"):
        build_schedule(Scenario(), 0)


def test_a_diet_can_start_later_and_the_usual_diet_holds_before_it():
    segments = schedule({"diet": {"calcium_mg_per_day": 400, "start_day": 30}})
    assert bounds(segments) == [0, 30, 180, 540]
    assert segments[0].inputs["diet_calcium_intake"] == (1000, 0)  # women's usual diet (DEFAULT_DIET)
    assert [segment.inputs["diet_calcium_intake"] for segment in segments[1:]] == [(400, 0), (400, 0)]
    mouse = schedule({"species": "mouse", "end_day": 49, "diet": {"calcium_percent": 0.05, "start_day": 0}})
    assert [segment.inputs["diet_calcium_content"] for segment in mouse] == [(0.5, 0)] * len(mouse)
    with pytest.raises(ScenarioError, match=r"^diet\.start_day = 600: must be within \[start_day, end_day\]"):
        scenario_from_dict({"diet": {"start_day": 600}})
