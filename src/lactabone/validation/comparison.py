"""Two scorecards side by side: which rows, calibrated values and provenance counts moved between a baseline and now.

``lactabone validate`` writes ``model.json`` beside ``scorecard.json``: each
species' calibrated values and its parameters counted by provenance.
``lactabone validate --compare OLD/scorecard.json`` then writes
``comparison.md``, the before-and-after tables a change to the model is
judged by: passes per role, every row whose status or value moved, how each
calibrated value moved, and the provenance counts per species.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from ..parameters import PROVENANCE_CLASSES, SPECIES, parameter_set, provenance_summary
from .scorecard import JSON_INDENT, ROLES, format_markdown_table

COMPARISON_FILE_NAME = "comparison.md"
MODEL_FILE_NAME = "model.json"


def read_scorecard(path: Path | str) -> list[dict]:
    """The rows of a ``scorecard.json`` written by ``lactabone validate``."""
    try:
        rows = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"compare: {path} is not JSON ({error})") from error
    if not isinstance(rows, list) or not all(isinstance(row, dict) and "id" in row for row in rows):
        raise ValueError(f"compare: {path} is not a scorecard.json written by lactabone validate")
    return rows


def model_snapshot() -> dict:
    """Each species' calibrated values and its parameter counts by provenance class."""
    counts = provenance_summary().set_index("species")
    return {"calibrated": {species: {name: parameter.value for name, parameter in sorted(parameter_set(species).items())
                                     if parameter.provenance == "calibrated"} for species in SPECIES},
            "provenance": {species: {name: int(counts.loc[species, name]) for name in PROVENANCE_CLASSES}
                           for species in SPECIES}}


def write_model_snapshot(out_dir: Path | str) -> Path:
    """Write ``model.json`` (:func:`model_snapshot`) in ``out_dir``."""
    path = Path(out_dir) / MODEL_FILE_NAME
    path.write_text(json.dumps(model_snapshot(), indent=JSON_INDENT) + "\n", encoding="utf-8")
    return path


def read_model_snapshot(scorecard_path: Path | str) -> dict | None:
    """The ``model.json`` beside a ``scorecard.json``, or None when that run wrote none."""
    path = Path(scorecard_path).with_name(MODEL_FILE_NAME)
    if not path.is_file():
        return None
    try:
        snapshot = json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"compare: {path} is not JSON ({error})") from error
    if not isinstance(snapshot, dict) or not {"calibrated", "provenance"} <= set(snapshot):
        raise ValueError(f"compare: {path} is not a model.json written by lactabone validate")
    return snapshot


def _passes_by_role(rows: Sequence[dict]) -> dict[str, tuple[int, int]]:
    """Per role: (rows passing, rows)."""
    return {role: (sum(row["status"] == "pass" for row in rows if row.get("role") == role),
                   sum(row.get("role") == role for row in rows)) for role in ROLES}


def _rows_that_moved(before: Sequence[dict], after: Sequence[dict]) -> list[tuple[str, str, str, str]]:
    old, new = {row["id"]: row for row in before}, {row["id"]: row for row in after}
    moved = []
    for identifier in [*new, *(key for key in old if key not in new)]:
        was, now = old.get(identifier), new.get(identifier)
        if was and now and (was["status"], was["model"]) == (now["status"], now["model"]):
            continue
        moved.append((identifier, (now or was).get("role", ""),
                      f"{was['status']}: {was['model']}" if was else "(new row)",
                      f"{now['status']}: {now['model']}" if now else "(removed)"))
    return moved


def _value(value: float | None) -> str:
    return "(none)" if value is None else f"{value:.6g}"


def _model_tables(before: dict, after: dict) -> list[str]:
    calibrated = []
    for species in SPECIES:
        was, now = before["calibrated"].get(species, {}), after["calibrated"].get(species, {})
        for name in sorted({*was, *now}):
            change = (f"{100 * (now[name] / was[name] - 1):+.1f}%" if name in was and name in now and was[name]
                      else "")
            calibrated.append((species, name, _value(was.get(name)), _value(now.get(name)), change))
    provenance = [(species, name, before["provenance"].get(species, {}).get(name, ""),
                   after["provenance"].get(species, {}).get(name, ""))
                  for species in SPECIES for name in PROVENANCE_CLASSES]
    return ["## Calibrated values", "",
            format_markdown_table(("species", "parameter", "before", "after", "change"), calibrated), "",
            "## Parameters by provenance", "",
            format_markdown_table(("species", "provenance", "before", "after"), provenance), ""]


def comparison_markdown(before: Sequence[dict], after: Sequence[dict], model_before: dict | None = None,
                        model_after: dict | None = None) -> str:
    """Markdown: passes per role before and after, each row added, removed or changed, and (given both model
    snapshots) the calibrated values and provenance counts before and after."""
    counts_before, counts_after = _passes_by_role(before), _passes_by_role(after)
    totals = [(role, f"{counts_before[role][0]} of {counts_before[role][1]}",
               f"{counts_after[role][0]} of {counts_after[role][1]}") for role in ROLES]
    moved = _rows_that_moved(before, after)
    lines = ["# Scorecard comparison", "", format_markdown_table(("role", "passing before", "passing after"), totals),
             ""]
    if moved:
        lines += [format_markdown_table(("id", "role", "before", "after"), moved), ""]
    else:
        lines += ["No row changed status or value.", ""]
    if model_before is not None and model_after is not None:
        lines += _model_tables(model_before, model_after)
    else:
        lines += ["(No model.json beside the baseline scorecard: calibrated values and provenance counts not "
                  "compared.)", ""]
    return "\n".join(lines)


def write_comparison(before: Sequence[dict], after: Sequence[dict], out_dir: Path | str,
                     model_before: dict | None = None) -> Path:
    """Write ``comparison.md`` in ``out_dir``: the baseline's rows (and model snapshot) against now."""
    path = Path(out_dir) / COMPARISON_FILE_NAME
    path.write_text(comparison_markdown(before, after, model_before, model_snapshot()), encoding="utf-8")
    return path
