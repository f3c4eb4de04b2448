"""The registry of literature targets: the records, the ``target`` decorator, listing and evaluating.

The rows themselves live in :mod:`.targets` (women), :mod:`.rodent_targets`,
:mod:`.species_targets` (hormone directions and published checks across
species), :mod:`.cow_targets`, :mod:`.herd_targets` and :mod:`.robustness`,
which import from here; :mod:`.catalogue` imports them all, so ask it (not
this module) for the full list.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Literal

from ..solve.errors import SolverError
from .bands import Band
from .scorecard import TargetResult


#: Why the rows that ask PTHrP to carry the loss fail (S17, S18, S19 cite it in their xfail reasons).
ONE_PTH1R_POTENCY = ("with one PTH1R potency for PTH and PTHrP (Horwitz 2005), mammary PTHrP at its measured level "
                     "adds little PTH1R signal that PTH does not give back as calcium rises, so low estradiol carries "
                     "the loss")


@dataclass(frozen=True)
class Evaluation:
    """What a check found: pass or fail, the model's value as text, details and a figure."""

    passed: bool
    model: str
    detail: str = ""
    figure: object = None


@dataclass(frozen=True)
class Target:
    """One literature target."""

    id: str
    title: str
    observation: str
    target_text: str
    citation: str
    role: Literal["calibration", "validation", "structural"]
    check: Callable[[], Evaluation]
    xfail_reason: str | None = None
    bands: tuple[Band, ...] = ()

    def evaluate(self) -> TargetResult:
        """Run the check and report it as a scorecard row."""
        try:
            evaluation = self.check()
        except SolverError as error:  # a scenario the model cannot solve is a visible failure, not a crash
            evaluation = Evaluation(False, "solver failed", str(error))
        return TargetResult(
            id=self.id, title=self.title, status="pass" if evaluation.passed else "fail",
            model=evaluation.model, target=self.target_text, citation=self.citation, role=self.role,
            detail=evaluation.detail, figure=evaluation.figure, xfail_reason=self.xfail_reason)


_REGISTRY: dict[str, Target] = {}


def target(id, title, observation, target_text, citation, role="validation", xfail_reason=None, bands=()):
    """Register a check function as a target; ``bands`` are the published ranges it checks, as data."""
    def register(check: Callable[[], Evaluation]) -> Callable[[], Evaluation]:
        _REGISTRY[id] = Target(id, title, observation, target_text, citation, role, check, xfail_reason,
                               tuple(bands))
        return check
    return register


def target_bands(output: str, species: str) -> list[tuple[Target, Band]]:
    """The published ranges of one output measured in one species, with the target each belongs to."""
    return [(item, band) for item in list_targets() for band in item.bands
            if band.output == output and species in band.species]


def list_targets() -> list[Target]:
    """Every registered target, in id order (S, D (dairy cows), H (hormones), C, V, N, R (robustness);
    numerically within each)."""
    order = {"S": 0, "D": 1, "H": 2, "C": 3, "V": 4, "N": 5, "R": 6}
    return sorted(_REGISTRY.values(), key=lambda item: (order[item.id[0]], int(item.id[1:].rstrip("R")), item.id))


def evaluate_targets(progress=None, role: str | None = None) -> list[TargetResult]:
    """Evaluate every target (or those of one role); ``progress(message)`` is called before each."""
    results = []
    for item in list_targets():
        if role is not None and item.role != role:
            continue
        if progress is not None:
            progress(f"{item.id}: {item.title}")
        results.append(item.evaluate())
    return results
