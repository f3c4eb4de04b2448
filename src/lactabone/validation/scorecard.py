"""The validation scorecard: one row per target, written as Markdown, HTML and JSON.

A row that the model cannot yet meet stays visible as failing; a known failure
carries its reason (``xfail_reason``) and is shown as such, never hidden.
"""

from __future__ import annotations

import base64
import html
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from matplotlib.figure import Figure

STATUSES = ("pass", "fail")
ROLES = ("calibration", "validation", "structural")
MARKDOWN_FILE_NAME = "scorecard.md"
HTML_FILE_NAME = "scorecard.html"
JSON_FILE_NAME = "scorecard.json"
FIGURES_FOLDER_NAME = "figures"
FIGURE_DOTS_PER_INCH = 110
JSON_INDENT = 2
PASS_COLOUR = "#d4edda"
FAIL_COLOUR = "#f8d7da"
UNSAFE_FILE_CHARACTERS = re.compile(r"[^A-Za-z0-9_.-]")


@dataclass(frozen=True)
class TargetResult:
    """The outcome of one validation target.

    Attributes
    ----------
    id : str
        Target identifier, e.g. ``"S1"``.
    title : str
        Short description of the observation.
    status : str
        ``"pass"`` or ``"fail"``.
    model : str
        The model's value, formatted with units.
    target : str
        The target, formatted with units.
    citation : str
        Where the target comes from.
    role : str
        ``"calibration"`` (parameters were fitted to it), ``"validation"`` (never seen by the fit) or
        ``"structural"`` (guaranteed by the equations, e.g. a knockout that zeroes the only driver; not counted
        as validation).
    detail : str
        Optional explanation of how the value was obtained.
    figure : matplotlib.figure.Figure or None
        Optional figure for the target; not serialised to JSON.
    xfail_reason : str or None
        Why the row is known not to pass yet; None for rows expected to pass.
    """

    id: str
    title: str
    status: str
    model: str
    target: str
    citation: str
    role: str = "validation"
    detail: str = ""
    figure: Figure | None = field(default=None, compare=False, repr=False)
    xfail_reason: str | None = None

    def __post_init__(self) -> None:
        """Check the status and role against their allowed values."""
        if self.status not in STATUSES:
            raise ValueError(f"TargetResult {self.id}: status {self.status!r} not in {STATUSES}")
        if self.role not in ROLES:
            raise ValueError(f"TargetResult {self.id}: role {self.role!r} not in {ROLES}")

    @property
    def passed(self) -> bool:
        """Whether the target passes."""
        return self.status == "pass"

    @property
    def known_failing(self) -> bool:
        """Whether the target fails for a documented reason."""
        return self.status == "fail" and bool(self.xfail_reason)

    def status_text(self) -> str:
        """Return ``PASS``, ``FAIL`` or ``FAIL (known failing: reason)``."""
        if self.passed:
            return "PASS"
        if self.known_failing:
            return f"FAIL (known failing: {self.xfail_reason})"
        return "FAIL"

    def to_dict(self) -> dict[str, Any]:
        """Return the serialisable fields (all but the figure) as a dictionary."""
        return {
            "id": self.id,
            "title": self.title,
            "status": self.status,
            "model": str(self.model),
            "target": str(self.target),
            "citation": self.citation,
            "role": self.role,
            "detail": self.detail,
            "xfail_reason": self.xfail_reason,
        }


def count_results(results: Sequence[TargetResult]) -> dict[str, int]:
    """Count results by outcome.

    Parameters
    ----------
    results : sequence of TargetResult
        Scorecard rows.

    Returns
    -------
    dict of str to int
        ``total``, ``pass``, ``fail``, ``known_failing`` (failing with a
        reason) and ``unexpected_fail`` (failing without one).
    """
    failing = [result for result in results if not result.passed]
    known = [result for result in failing if result.known_failing]
    return {
        "total": len(results),
        "pass": len(results) - len(failing),
        "fail": len(failing),
        "known_failing": len(known),
        "unexpected_fail": len(failing) - len(known),
    }


def counts_text(results: Sequence[TargetResult]) -> str:
    """Return a one-line count, e.g. ``"25 targets: 20 pass, 5 fail (3 known failing)"``."""
    counts = count_results(results)
    by_role = "; ".join(
        f"{role} {sum(r.passed for r in results if r.role == role)}/{sum(r.role == role for r in results)}"
        for role in ROLES if any(r.role == role for r in results))
    return (
        f"{counts['total']} targets: {counts['pass']} pass, {counts['fail']} fail "
        f"({counts['known_failing']} known failing); passing by role: {by_role}"
    )


def _one_line(text: object) -> str:
    """Return text on one line."""
    return " ".join(str(text).split())


def format_markdown_table(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """Return a GitHub-flavoured Markdown table.

    Parameters
    ----------
    headers : sequence of str
        Column titles.
    rows : sequence of sequences
        Cells; pipes are escaped and line breaks removed.

    Returns
    -------
    str
        The table, one line per row.
    """

    def cell(value: object) -> str:
        return _one_line(value).replace("|", "\\|")

    lines = [
        "| " + " | ".join(cell(header) for header in headers) + " |",
        "| " + " | ".join("---" for _ in headers) + " |",
    ]
    lines += ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows]
    return "\n".join(lines)


def _figure_name(result: TargetResult) -> str:
    """Return the PNG file name of a row's figure, e.g. ``S1.png``."""
    return UNSAFE_FILE_CHARACTERS.sub("_", result.id) + ".png"


def _write_figures(results: Sequence[TargetResult], folder: Path) -> dict[str, Path]:
    """Save each row's figure as PNG; return target id to file path."""
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, Path] = {}
    for result in results:
        if result.figure is None:
            continue
        path = folder / _figure_name(result)
        result.figure.savefig(path, dpi=FIGURE_DOTS_PER_INCH, format="png")
        written[result.id] = path
    return written


def _markdown(results: Sequence[TargetResult], figures: dict[str, Path]) -> str:
    """Return the Markdown scorecard."""
    table = format_markdown_table(
        ("id", "title", "role", "model", "target", "status", "citation"),
        [
            (r.id, r.title, r.role, r.model, r.target, r.status_text(), r.citation)
            for r in results
        ],
    )
    parts = ["# lactabone validation scorecard", "", counts_text(results), "", table, ""]
    for result in results:
        if not result.detail and result.id not in figures:
            continue
        parts += [f"## {result.id}: {_one_line(result.title)}", ""]
        if result.detail:
            parts += [result.detail.strip(), ""]
        if result.id in figures:
            parts += [f"![{result.id}]({FIGURES_FOLDER_NAME}/{figures[result.id].name})", ""]
    return "\n".join(parts)


HTML_STYLE = f"""
body {{ font-family: sans-serif; margin: 2em; color: #222; }}
table {{ border-collapse: collapse; width: 100%; font-size: 0.9em; }}
th, td {{ border: 1px solid #bbb; padding: 4px 8px; text-align: left; vertical-align: top; }}
th {{ background: #eee; }}
tr.pass {{ background: {PASS_COLOUR}; }}
tr.fail {{ background: {FAIL_COLOUR}; }}
span.pass {{ color: #155724; font-weight: bold; }}
span.fail {{ color: #721c24; font-weight: bold; }}
section {{ margin-top: 2em; border-top: 1px solid #ccc; }}
section img {{ max-width: 100%; }}
"""


def _html(results: Sequence[TargetResult], figures: dict[str, Path]) -> str:
    """Return the self-contained HTML scorecard (inline CSS, base64 figures)."""
    escape = html.escape
    rows = []
    for result in results:
        colour = PASS_COLOUR if result.passed else FAIL_COLOUR
        cells = (
            f'<a href="#{escape(result.id)}">{escape(result.id)}</a>',
            escape(result.title),
            escape(result.role),
            escape(str(result.model)),
            escape(str(result.target)),
            f'<span class="{result.status}">{escape(result.status_text())}</span>',
            escape(result.citation),
        )
        rows.append(
            f'<tr class="{result.status}" style="background-color: {colour}">'
            + "".join(f"<td>{cell}</td>" for cell in cells)
            + "</tr>"
        )
    sections = []
    for result in results:
        body = [
            f'<section id="{escape(result.id)}">',
            f"<h2>{escape(result.id)}: {escape(result.title)}</h2>",
            f'<p>Status: <span class="{result.status}">{escape(result.status_text())}</span>'
            f" ({escape(result.role)})</p>",
            f"<p>Model: {escape(str(result.model))}<br>Target: {escape(str(result.target))}</p>",
            f"<p>Citation: {escape(result.citation)}</p>",
        ]
        if result.detail:
            body.append(f"<p>{escape(result.detail)}</p>")
        if result.id in figures:
            encoded = base64.b64encode(figures[result.id].read_bytes()).decode("ascii")
            body.append(f'<img alt="{escape(result.id)}" src="data:image/png;base64,{encoded}">')
        body.append("</section>")
        sections.append("\n".join(body))
    header = "".join(
        f"<th>{name}</th>"
        for name in ("id", "title", "role", "model", "target", "status", "citation")
    )
    return "\n".join(
        [
            "<!DOCTYPE html>",
            '<html lang="en">',
            "<head>",
            '<meta charset="utf-8">',
            "<title>lactabone validation scorecard</title>",
            f"<style>{HTML_STYLE}</style>",
            "</head>",
            "<body>",
            "<h1>lactabone validation scorecard</h1>",
            f"<p>{escape(counts_text(results))}</p>",
            f"<table>\n<thead><tr>{header}</tr></thead>\n<tbody>",
            *rows,
            "</tbody>\n</table>",
            *sections,
            "</body>",
            "</html>",
            "",
        ]
    )


def write_scorecard(results: Sequence[TargetResult], out_dir: Path | str) -> dict[str, Path]:
    """Write the scorecard as Markdown, HTML, JSON and one PNG per figure.

    Parameters
    ----------
    results : sequence of TargetResult
        Scorecard rows, in display order.
    out_dir : pathlib.Path or str
        Output folder; created if needed.

    Returns
    -------
    dict of str to pathlib.Path
        ``markdown`` (scorecard.md), ``html`` (scorecard.html, self-contained,
        figures embedded as base64 PNG), ``json`` (scorecard.json, a list of
        objects with id, title, status, model, target, citation, role, detail,
        xfail_reason and figure, the PNG's path relative to ``out_dir`` or
        null) and ``figures`` (the folder holding ``<id>.png``).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    figures_folder = out_dir / FIGURES_FOLDER_NAME
    figures = _write_figures(results, figures_folder)
    markdown_path = out_dir / MARKDOWN_FILE_NAME
    html_path = out_dir / HTML_FILE_NAME
    json_path = out_dir / JSON_FILE_NAME
    markdown_path.write_text(_markdown(results, figures), encoding="utf-8")
    html_path.write_text(_html(results, figures), encoding="utf-8")
    records = []
    for result in results:
        record = result.to_dict()
        record["figure"] = (
            f"{FIGURES_FOLDER_NAME}/{figures[result.id].name}" if result.id in figures else None
        )
        records.append(record)
    json_path.write_text(json.dumps(records, indent=JSON_INDENT) + "\n", encoding="utf-8")
    return {
        "markdown": markdown_path,
        "html": html_path,
        "json": json_path,
        "figures": figures_folder,
    }
