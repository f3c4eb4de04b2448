"""docs/scenario.md is generated from the schema and kept current; the README points to it."""

from __future__ import annotations

from pathlib import Path

from lactabone.scenario.reference import scenario_reference
from lactabone.scenario.schema import TOP_LEVEL_KEYS, Cow, Diet, Drug, Herd, Nursing, Ration

ROOT = Path(__file__).resolve().parents[1]


def test_the_scenario_page_is_current() -> None:
    written = (ROOT / "docs" / "scenario.md").read_text(encoding="utf-8")
    assert written == scenario_reference(), "regenerate: python -m lactabone.scenario.reference docs/scenario.md"


def test_every_key_of_every_table_is_listed() -> None:
    page = scenario_reference()
    keys = set(TOP_LEVEL_KEYS) - {"nursing", "diet", "drugs", "cycles", "cow", "herd"}
    for model in (Nursing, Diet, Drug, Cow, Herd, Ration):
        keys |= set(model.model_fields)
    assert sorted(key for key in keys if f"| `{key}` |" not in page) == []


def test_the_readme_points_to_the_page() -> None:
    assert "docs/scenario.md" in (ROOT / "README.md").read_text(encoding="utf-8")
