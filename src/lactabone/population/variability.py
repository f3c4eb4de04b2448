"""Inter-individual variability of a virtual population: which parameters vary, how much, and on whose word.

Each :class:`Variation` multiplies one or more parameters of the species set
(or the scenario's dietary calcium) by a log-normal factor with median 1 and
the stated coefficient of variation, so the population is centred on the
nominal woman (or animal) of the scenario and the same table serves every
species. ``provenance`` is ``literature`` when the spread was measured between
individuals in the cited study, ``assumed`` when no between-subject spread was
found and the value is a judgement (the reason is given).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Literal

import numpy as np

from ..scenario import Scenario
from ..simulation import parameter_values

#: The target that scales the scenario's dietary calcium (mg/d, or % of chow for rodents), not a parameter.
DIET_CALCIUM = "diet.calcium"


@dataclass(frozen=True)
class Variation:
    """One source of between-subject variability.

    Parameters
    ----------
    name : the factor's name (a column of the per-subject table).
    targets : parameter names scaled together by the factor (or :data:`DIET_CALCIUM`).
    cv : coefficient of variation of the log-normal factor (median 1) [1].
    provenance : ``literature`` (spread measured between subjects) or ``assumed``.
    source : the citation and what was measured, or the reason for the assumption.
    """

    name: str
    targets: tuple[str, ...]
    cv: float
    provenance: Literal["literature", "assumed"]
    source: str

    @property
    def log_sd(self) -> float:
        """Standard deviation of the factor's logarithm: sqrt(ln(1 + cv^2))."""
        return math.sqrt(math.log1p(self.cv ** 2))


VARIABILITY = (
    Variation("milk_volume", ("milk_volume_per_offspring",), 0.20, "literature",
              "Kent 2006 Pediatrics 117:e387 (71 exclusively breastfeeding mothers, 1-6 months): 24-h milk "
              "intake 798 mL, range 478-1298 mL; taking the range as about +-2 SD gives CV ~0.2"),
    Variation("milk_calcium_concentration", ("milk_calcium_concentration",), 0.19, "literature",
              "J Pediatr Gastroenterol Nutr 1983 2:262 (PMID 6683754): mature milk calcium 26.2 +- 0.5 mg/100 g "
              "(mean +- SEM, 102 American mothers), SD ~5 mg/100 g if every mother gave mature milk"),
    Variation("mammary_pthrp", ("mammary_pthrp_secretion_gain",), 0.50, "assumed",
              "PTHrP of lactating women differs between women enough to track their bone loss "
              "(Sowers 1996 JAMA 276:549), but no between-woman SD of mammary production was found; CV 0.5 chosen"),
    Variation("calcium_absorption", ("fractional_calcium_absorption_reference", "endogenous_fecal_calcium_reference"),
              0.25, "assumed",
              "Heaney 1989 J Bone Miner Res 4:469 (526 studies in 189 women): 'the range of absorptive performance "
              "was very broad at all intake levels'; CV 0.25 chosen to match that breadth. The digestive juices' "
              "loss scales with it, so a subject's resting urine (absorbed less that loss) scales too, as urinary "
              "calcium follows absorption (absorptive hypercalciuria), and never falls below zero"),
    Variation("diet_calcium", (DIET_CALCIUM,), 0.49, "literature",
              "Arch Latinoam Nutr 2004 54:118 (PMID 15332365): calcium intake of adult lactating mothers "
              "853.6 +- 415.5 mg/d (mean +- SD)"),
    Variation("bone_turnover", ("whole_body_trabecular_turnover", "whole_body_cortical_turnover",
                                "spine_trabecular_turnover", "spine_cortical_turnover", "hip_trabecular_turnover",
                                "hip_cortical_turnover", "femoral_neck_trabecular_turnover",
                                "femoral_neck_cortical_turnover", "radius_trabecular_turnover",
                                "radius_cortical_turnover", "femur_trabecular_turnover", "femur_cortical_turnover"),
              0.30, "assumed",
              "resting bone turnover differs between healthy premenopausal women, but no between-woman SD of "
              "the remodelling rate at these sites was found; one factor scales every site's rate, CV 0.3 chosen"),
    Variation("skeletal_pthrp_response", ("pth1r_rankl_exponent",), 0.20, "assumed",
              "skeletal responsiveness to PTH1R signalling differs between women; no measured spread, CV 0.2 chosen"),
    Variation("estrogen_sensitivity", ("estrogen_bone_half_effect",), 0.20, "assumed",
              "estradiol level restraining resorption differs between women (Riggs 2002 Endocr Rev 23:279 gives "
              "the mean relation only); CV 0.2 chosen"),
    Variation("suckling_prolactin", ("prolactin_suckling_gain",), 0.7, "literature",
              "J Obstet Gynaecol Res 1994 doi 10.1111/j.1447-0756.1994.tb00476.x (58 fully breastfeeding women, "
              "4-6 weeks postpartum): suckling-stimulated prolactin 400-5,600 mIU/L, wide individual variation at "
              "similar feeding frequencies; taking the range as about +-2 SD of the logarithm gives CV ~0.7"),
)


def variation_names(variations: tuple[Variation, ...] = VARIABILITY) -> list[str]:
    """The factor names, in table order."""
    return [variation.name for variation in variations]


def sample_factors(n: int, seed: int, variations: tuple[Variation, ...] = VARIABILITY) -> np.ndarray:
    """Independent log-normal factors, median 1, shape ``(n, len(variations))`` [1]; the same seed gives the same table."""
    generator = np.random.default_rng(seed)
    log_sd = np.array([variation.log_sd for variation in variations])
    return np.exp(generator.standard_normal((n, len(variations))) * log_sd)


def _subject_changes(base: Scenario, factors: np.ndarray, variations: tuple[Variation, ...],
                     nominal: dict[str, float]) -> tuple[dict[str, float], dict[str, float]]:
    """The subject's parameter overrides and the diet amounts its factors change (mg/d or % of chow)."""
    overrides = dict(base.parameters)
    diet: dict[str, float] = {}
    for variation, factor in zip(variations, factors):
        for target in variation.targets:
            if target == DIET_CALCIUM:
                diet = {key: value * float(factor) for key, value in
                        (("calcium_mg_per_day", base.diet.calcium_mg_per_day),
                         ("calcium_percent", base.diet.calcium_percent)) if value is not None}
            else:
                overrides[target] = nominal[target] * float(factor)
    return overrides, diet


def subject_scenario(base: Scenario, factors: np.ndarray, variations: tuple[Variation, ...] = VARIABILITY,
                     nominal: dict[str, float] | None = None) -> Scenario:
    """The scenario of one subject: ``base`` with each variation's targets multiplied by its factor.

    ``nominal`` are the base scenario's parameter values (computed when None; pass them to save time).
    """
    nominal = parameter_values(base) if nominal is None else nominal
    overrides, diet = _subject_changes(base, factors, variations, nominal)
    return base.model_copy(update={"parameters": overrides, "diet": base.diet.model_copy(update=diet)})


def unchecked_subject(base: Scenario, factors: np.ndarray, variations: tuple[Variation, ...],
                      nominal: dict[str, float]) -> Scenario:
    """:func:`subject_scenario`'s scenario built without pydantic's validation (0.1 ms a subject less).

    ``base`` must be a validated scenario. Only the overrides and the diet's amounts differ from it; they are
    checked elsewhere: the overrides by :func:`~lactabone.simulation.parameter_values` when the subject is
    solved, the diet's calcium against the species' range here (raises the
    :class:`~lactabone.scenario.ScenarioError` that validation would).
    """
    overrides, diet = _subject_changes(base, factors, variations, nominal)
    fields = {name: getattr(base, name) for name in type(base).model_fields}
    fields["parameters"] = overrides
    diet_fields = {name: getattr(base.diet, name) for name in type(base.diet).model_fields}
    fields["diet"] = base.diet.model_construct(base.diet.model_fields_set | set(diet), **{**diet_fields, **diet})
    subject = base.model_construct(base.model_fields_set | {"parameters", "diet"}, **fields)
    subject._check_diet()
    return subject
