"""The page's share of issue 17: errors in the user's units, bounded inputs, banners for runs outside physiology."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from lactabone.app.launch import PAGE
from lactabone.limits import MAX_DOSES


@pytest.fixture
def page() -> AppTest:
    """The page after its first run, with its default scenarios."""
    return AppTest.from_file(str(PAGE), default_timeout=120).run()


def test_a_nursing_error_is_given_in_the_months_the_user_typed(page: AppTest) -> None:
    page.number_input(key="A_human_exclusive").set_value(8.0).run()
    page.number_input(key="A_human_weaning").set_value(7.0).run()
    assert not page.exception
    errors = [element.value for element in page.error]
    assert len(errors) == 1 and errors[0].startswith("error: nursing.weaning_day = ")
    assert any(caption.value.startswith("In the page's unit: 7 months") for caption in page.caption)


def test_the_number_of_doses_is_bounded(page: AppTest) -> None:
    page.multiselect(key="A_human_drugs").set_value(["zoledronate"]).run()
    doses = page.number_input(key="A_human_zoledronate_doses")
    assert doses.max == MAX_DOSES  # the widget refuses more (its protobuf field "max")
