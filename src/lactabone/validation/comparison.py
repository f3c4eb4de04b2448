"""Two scorecards side by side: which rows changed status or value between a baseline and now.

``lactabone validate --compare OLD/scorecard.json`` writes ``comparison.md``
beside the new scorecard, the before-and-after table a change to the model is
judged by (passes per role, then every row whose status or value moved).
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path

from .scorecard import ROLES, format_markdown_table

COMPARISON_FILE_NAME = "comparison.md"


def read_scorecard(path: Path | str) -> list[dict]:
    """The rows of a ``scorecard.json`` written by ``lactabone validate``."""
    try:
        rows = json.loads(Path(path).read_text(encoding="utf-8"))
    except json.JSONDecodeError as error:
        raise ValueError(f"compare: {path} is not JSON ({error})") from error
    if not isinstance(rows, list) or not all(isinstance(row, dict) and "id" in row for row in rows):
        raise ValueError(f"compare: {path} is not a scorecard.json written by lactabone validate")
    return rows


def _passes_by_role(rows: Sequence[dict]) -> dict[str, tuple[int, int]]:
    """Per role: (rows passing, rows)."""
    return {role: (sum(row["status"] == "pass" for row in rows if row.get("role") == role),
                   sum(row.get("role") == role for row in rows)) for role in ROLES}


def comparison_markdown(before: Sequence[dict], after: Sequence[dict]) -> str:
    """Markdown: passes per role before and after, then each row added, removed or changed."""
    old, new = {row["id"]: row for row in before}, {row["id"]: row for row in after}
    counts_before, counts_after = _passes_by_role(before), _passes_by_role(after)
    totals = [(role, f"{counts_before[role][0]} of {counts_before[role][1]}",
               f"{counts_after[role][0]} of {counts_after[role][1]}") for role in ROLES]
    changed = []
    for identifier in [*new, *(key for key in old if key not in new)]:
        was, now = old.get(identifier), new.get(identifier)
        if was and now and (was["status"], was["model"]) == (now["status"], now["model"]):
            continue
        changed.append((identifier, (now or was).get("role", ""),
                        f"{was['status']}: {was['model']}" if was else "(new row)",
                        f"{now['status']}: {now['model']}" if now else "(removed)"))
    lines = ["# Scorecard comparison", "", format_markdown_table(("role", "passing before", "passing after"), totals),
             ""]
    if changed:
        lines += [format_markdown_table(("id", "role", "before", "after"), changed), ""]
    else:
        lines += ["No row changed status or value.", ""]
    return "\n".join(lines)


def write_comparison(before: Sequence[dict], after: Sequence[dict], out_dir: Path | str) -> Path:
    """Write ``comparison.md`` in ``out_dir``: the baseline's rows against the rows just evaluated."""
    path = Path(out_dir) / COMPARISON_FILE_NAME
    path.write_text(comparison_markdown(before, after), encoding="utf-8")
    return path
