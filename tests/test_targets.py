"""Every literature target is a test; targets the model cannot meet yet are strict xfails with their reason."""

import pytest

from lactabone.validation.catalogue import list_targets


def _parameters():
    for item in list_targets():
        marks = [pytest.mark.xfail(reason=item.xfail_reason, strict=True)] if item.xfail_reason else []
        yield pytest.param(item, id=f"{item.id}-{item.role}", marks=marks)


@pytest.mark.parametrize("item", list(_parameters()))
def test_target(item):
    result = item.evaluate()
    assert result.status == "pass", f"{item.id} {item.title}: model {result.model}, target {item.target_text}"


def test_every_target_has_a_citation_and_role():
    for item in list_targets():
        assert item.citation and item.role in ("calibration", "validation", "structural")


def test_issue_rows_are_registered():
    ids = {item.id for item in list_targets()}
    assert {"S1", "S2", "S3", "S4", "S5", "S6", "S7", "S17", "S21", "S22", "S24"} <= ids
    assert {"H1", "H2", "H3", "H4", "V5", "V6", "R1"} <= ids  # hormone directions, Stadt & Layton, robustness


def test_structural_rows_are_not_counted_as_validation():
    from lactabone.validation.scorecard import TargetResult, counts_text

    rows = [TargetResult("S1", "milk", "pass", "1", "1", "c", role="structural"),
            TargetResult("S3", "spine", "fail", "1", "1", "c", role="validation")]
    assert "validation 0/1; structural 1/1" in counts_text(rows)
