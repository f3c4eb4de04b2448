"""The robustness matrix (row R1): every species, five diets across its usual range, each knockout alone.

Each combination must have a pre-pregnant steady state whose serum calcium
lies in the published range for that condition (knockouts of PTH or of the
1-alpha-hydroxylase are hypocalcaemic but alive) and whose skeleton is still
there (at least half the wild type's calcium on the same diet: untreated, these
knockouts are rachitic and osteomalacic, not boneless), and must run its
lactation without a solver failure. ``lactabone validate`` writes the whole matrix to
``robustness.md`` beside the scorecard.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from matplotlib.figure import Figure
from matplotlib.patches import Rectangle

from ..model.knockouts import KNOCKOUTS
from ..solve.errors import SolverError
from .experiments import COW, MOUSE, RAT
from .registry import Evaluation, target
from .runs import ONE_INFANT, run, scenario

#: Diet calcium levels across each species' usual range: mg/d for women and cows, % of chow for rodents.
DIETS = {"human": ("calcium_mg_per_day", (300.0, 600.0, 1000.0, 1500.0, 2500.0)),
         "mouse": ("calcium_percent", (0.1, 0.25, 0.5, 1.0, 2.0)),
         "rat": ("calcium_percent", (0.1, 0.25, 0.5, 1.0, 2.0)),
         "cow": ("calcium_mg_per_day", (20000.0, 50000.0, 80000.0, 110000.0, 150000.0))}
#: Each species' lactation, shortened to what the matrix needs.
LACTATIONS = {"human": scenario(ONE_INFANT, end_day=200.0), "mouse": scenario(MOUSE, end_day=25.0),
              "rat": scenario(RAT, end_day=25.0), "cow": scenario(COW, end_day=14.0)}
#: Published serum calcium of a healthy non-pregnant adult [mmol/L].
NORMAL = {"human": (2.1, 2.7), "mouse": (2.0, 2.7), "rat": (2.2, 2.8), "cow": (2.1, 2.6)}
#: Without PTH or calcitriol the animal is hypocalcaemic but alive [mmol/L].
HYPOCALCAEMIC_ALIVE = (1.4, 2.2)
#: Least skeletal calcium of a steady state, relative to the wild type's on the same diet: a knockout's skeleton
#: may be osteomalacic, not dissolved (a floor well below the deficits of untreated rickets and osteomalacia).
LEAST_SKELETON = 0.5
RANGE_SOURCES = (
    "normal: Kovacs 2016 Physiol Rev 96:449 (women); VanHouten 2003 J Clin Invest 112:1429 (mice, 9-9.6 mg/dL); "
    "Toverud 1976 Endocrinology 99:371 (rats, ~10 mg/dL); NASEM 2021 (cows, 2.2-2.5); Pth-null and Cyp27b1-null: "
    "hypocalcaemic but alive (Kirby 2013 J Bone Miner Res 28:1987; Miao 2004; Panda 2001 Proc Natl Acad Sci "
    "98:7498; untreated hypoparathyroidism and vitamin D-dependent rickets type 1 in people); the skeleton at least "
    "half the wild type's on the same diet (rickets and osteomalacia lower bone mineral; they do not dissolve the "
    "skeleton)")


def published_range(species: str, knockout: str | None) -> tuple[float, float]:
    """Serum calcium [mmol/L] published for a non-pregnant adult of the species with this knockout."""
    return HYPOCALCAEMIC_ALIVE if knockout in ("pth", "cyp27b1") else NORMAL[species]


@dataclass(frozen=True)
class Cell:
    """One combination: its steady-state calcium (None when there is none), the range, its skeleton relative to
    the wild type's, and what failed."""

    species: str
    knockout: str | None
    diet: float
    calcium: float | None
    allowed: tuple[float, float]
    failure: str = ""
    skeleton: float | None = None

    @property
    def ok(self) -> bool:
        return not self.failure


def _before_pregnancy(mapping: dict) -> dict:
    """A day well before conception: the pre-pregnant steady state on the same diet and knockouts."""
    return scenario(mapping, start_day=-400.0, end_day=-399.0, output_step_days=1.0, drugs=[],
                    nursing={"offspring": 0})


def _cell(species: str, knockout: str | None, diet: float) -> Cell:
    key, _ = DIETS[species]
    wild_type = scenario(LACTATIONS[species], diet={key: diet}, knockouts=[])
    mapping = scenario(wild_type, knockouts=[knockout] if knockout else [])
    allowed = published_range(species, knockout)
    try:
        rested = run(_before_pregnancy(mapping))
    except SolverError as error:
        return Cell(species, knockout, diet, None, allowed, f"no steady state: {error}")
    calcium = float(rested["serum_calcium"][0])
    skeleton = float(rested["skeletal_calcium"][0] / run(_before_pregnancy(wild_type))["skeletal_calcium"][0])
    if not allowed[0] <= calcium <= allowed[1]:
        return Cell(species, knockout, diet, calcium, allowed, "serum calcium outside the published range", skeleton)
    if skeleton < LEAST_SKELETON:
        return Cell(species, knockout, diet, calcium, allowed,
                    f"skeleton dissolved to {skeleton:.0%} of the wild type's", skeleton)
    try:
        run(mapping)
    except SolverError as error:
        return Cell(species, knockout, diet, calcium, allowed, f"lactation failed: {error}", skeleton)
    return Cell(species, knockout, diet, calcium, allowed, skeleton=skeleton)


@functools.cache
def robustness_matrix() -> tuple[Cell, ...]:
    """Every species x (no knockout, each knockout alone) x five diets (cached per process)."""
    return tuple(_cell(species, knockout, diet) for species in DIETS for knockout in (None, *KNOCKOUTS)
                 for diet in DIETS[species][1])


def _figure(cells: tuple[Cell, ...]) -> Figure:
    rows = sorted({(cell.species, cell.knockout or "none") for cell in cells}, key=lambda row: (
        list(DIETS).index(row[0]), row[1]))
    figure = Figure(figsize=(7, 9), dpi=110)
    axes = figure.add_subplot()
    for y, (species, knockout) in enumerate(rows):
        for x, cell in enumerate(c for c in cells if c.species == species and (c.knockout or "none") == knockout):
            axes.add_patch(Rectangle((x, y), 0.95, 0.9, color="#4caf50" if cell.ok else "#e53935"))
            if cell.calcium is not None:
                axes.text(x + 0.47, y + 0.45, f"{cell.calcium:.2f}", ha="center", va="center", fontsize=6)
    axes.set_xlim(0, 5)
    axes.set_ylim(0, len(rows))
    axes.set_yticks([y + 0.45 for y in range(len(rows))], [f"{s} {k}" for s, k in rows], fontsize=6)
    axes.set_xticks([x + 0.47 for x in range(5)], ["diet 1 (lowest)", "2", "3", "4", "5 (highest)"], fontsize=7)
    axes.set_title("R1 pre-pregnant serum calcium [mmol/L]; green = in range and lactation ran")
    figure.tight_layout()
    return figure


@target("R1", "Every species, diet and knockout has a steady state and a lactation",
        "pre-pregnant steady state and lactation for 4 species x 5 diets x (no knockout + each knockout alone)",
        "every combination: a steady state with serum calcium in the published range for that condition and at "
        "least half the wild type's skeleton, and a lactation without solver failure", RANGE_SOURCES,
        xfail_reason=("128 of 160 pass: the Cyp27b1-null woman, cow and rodents and the Pth-null cow on the lowest "
                      "diets have no pre-pregnant steady state (absorption without calcitriol cannot balance the "
                      "digestive juices' loss); Pth-null and Cyp27b1-null animals rest below 1.4 mmol/L on low diets "
                      "(down to 0.29), the Pth-null mouse and rat above 2.2 on 2% chow (2.23, 2.43) and the "
                      "Cyp27b1-null woman above it on 1500 and 2500 mg/d (2.26, 2.35); the Cyp27b1-null mouse and "
                      "rat on 2% chow reach their calcium (1.64, 1.79 mmol/L) only once their skeletons have "
                      "dissolved to 2% and 6% of the wild type's, and the Cyp27b1-null cow on 150 g/d (1.69 mmol/L) "
                      "to 43% (on 1% chow the Cyp27b1-null mouse's PTH is 38 times the wild type's, 190 pmol/L, and "
                      "its phosphate 0.64 times). Tried (5 December 2026): a paracellular share that falls with the "
                      "chow's calcium (0.12-0.18 at 1% chow, halved at 4 mg/g) passes 131-133 through Pth-null "
                      "cells, not Cyp27b1-null ones, and at 0.18 breaks S15, S20 and V10; osteoid mineralized with a "
                      "lag keeps 28-37% of the Cyp27b1-null mouse's skeleton, but osteoclasts confined to "
                      "mineralized surface then leave it no steady state. Tried (5 December 2026, every species "
                      "re-fitted): mineral deposition following the calcium-phosphate product (calcium to the power "
                      "1, as phosphate, instead of the assumed 4) gives every combination of R1 a steady state (129 "
                      "of 160), the Pth-null mouse -5.7% 4 weeks after weaning and V17 a pass by 0.3 points, but "
                      "with the skeleton no longer buffering calcium the rodents' transients grow (12 pups: 3.07 "
                      "mmol/L after weaning; the parathyroidectomized rat on 1.2% chow 0.95 after weaning; the "
                      "lactating rat on 1.2% chow 2.71), 4.2% of sampled women (2.2% before) leave the plausible "
                      "calcium range and V6 moves to -35.5%; hydroxyapatite's ion product holds calcium to the 5th "
                      "power and phosphate to the 3rd, so the power of calcium is not settled by the clinical "
                      "'product' and was not changed"))
def _robustness() -> Evaluation:
    cells = robustness_matrix()
    failing = [cell for cell in cells if not cell.ok]
    shown = "; ".join(f"{cell.species} {cell.knockout or 'wild type'} {cell.diet:g}: "
                      + (f"{cell.calcium:.2f} mmol/L" if cell.calcium is not None else cell.failure[:40])
                      for cell in failing[:8])
    return Evaluation(not failing, f"{len(cells) - len(failing)} of {len(cells)} combinations pass",
                      shown + ("; ..." if len(failing) > 8 else ""), _figure(cells))


def write_matrix(out_dir: Path) -> Path:
    """Write the whole matrix as ``robustness.md`` in ``out_dir``."""
    lines = ["# Robustness matrix (R1)", "", RANGE_SOURCES, "",
             "| species | knockout | diet | serum calcium [mmol/L] | published range | skeleton / wild type | result |",
             "| --- | --- | --- | --- | --- | --- | --- |"]
    for cell in robustness_matrix():
        key, _ = DIETS[cell.species]
        unit = "mg/d" if key == "calcium_mg_per_day" else "% chow"
        calcium = "none" if cell.calcium is None else f"{cell.calcium:.2f}"
        skeleton = "none" if cell.skeleton is None else f"{cell.skeleton:.2f}"
        lines.append(f"| {cell.species} | {cell.knockout or 'none'} | {cell.diet:g} {unit} | {calcium} | "
                     f"{cell.allowed[0]:g}-{cell.allowed[1]:g} | {skeleton} | {'pass' if cell.ok else cell.failure} |")
    path = out_dir / "robustness.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
