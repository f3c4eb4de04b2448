"""The page's share of issue 17: errors in the user's units, bounded inputs, banners for runs outside physiology."""

from __future__ import annotations

import dataclasses

import pytest
from streamlit.testing.v1 import AppTest

from lactabone.app.controls import default_choices, in_page_units, scenario_mapping
from lactabone.app.launch import PAGE
from lactabone.limits import MAX_DOSES
from lactabone.scenario import ScenarioError, scenario_from_dict


@pytest.fixture
def page() -> AppTest:
    """The page after its first run, with its default scenarios."""
    return AppTest.from_file(str(PAGE), default_timeout=120).run()


def test_a_nursing_error_is_given_in_the_months_the_user_typed(page: AppTest) -> None:
    page.number_input(key="A_human_exclusive").set_value(8.0).run()
    page.number_input(key="A_human_weaning").set_value(7.0).run()
    assert not page.exception
    assert [element.value for element in page.error] == [
        "error: nursing.weaning_day = 7 months: must be >= exclusive_days = 8 months (months after delivery when "
        "nursing stops or ends)"]
    assert "In the scenario file: nursing.weaning_day = 210 days (months x 30 = days)." in [
        caption.value for caption in page.caption]


def _error(species: str, **picks) -> ScenarioError:
    """The error the schema raises for the page's picks."""
    with pytest.raises(ScenarioError) as caught:
        scenario_from_dict(scenario_mapping(dataclasses.replace(default_choices(species), **picks)))
    return caught.value


def test_every_nursing_day_error_speaks_the_unit_of_its_field() -> None:
    assert in_page_units(_error("human", weaning=-1.0), "human") == (
        "nursing.weaning_day = -1 months: must be a number of months after delivery, >= 0 and >= exclusive_days")
    assert in_page_units(_error("human", exclusive=-0.5), "human").startswith(
        "nursing.exclusive_days = -0.5 months: must be a number of months >= 0")
    assert in_page_units(_error("mouse", weaning=10.0, exclusive=12.0), "mouse") == ""  # days, as typed
    assert in_page_units(_error("human", offspring=9), "human") == ""  # not a time


def test_the_number_of_doses_is_bounded(page: AppTest) -> None:
    page.multiselect(key="A_human_drugs").set_value(["zoledronate"]).run()
    doses = page.number_input(key="A_human_zoledronate_doses")
    assert doses.max == MAX_DOSES  # the widget refuses more (its protobuf field "max")
