"""Inputs bound from the scenario's schedule, never written into the arms' equations.

The schedule (``lactabone.scenario.schedule``) cuts the timeline into segments
at every event (pregnancy start, delivery, end of exclusive nursing, weaning);
within a segment each input is linear in time, and the solver restarts at each
segment boundary with the new values:

    nursing   = max(0, nursing_at_segment_start + nursing_slope (t - segment_start_day))
    gestation = max(0, gestation_at_segment_start + gestation_slope (t - segment_start_day))

nursing [infant-equivalents]: offspring x share of full milk demanded.
gestation [1]: fraction of gestation elapsed, 0 outside pregnancy.
diet_calcium_intake [mg/d]: the scenario's dietary calcium given per day.
diet_calcium_content [mg/g]: calcium per gram of food when the diet is given as
    ``calcium_percent`` of chow (rodents); intake then follows food intake.
diet_dcad [mmol/kg, i.e. mEq/kg of dry matter]: the ration's dietary cation-anion
    difference (cows' prepartum ration; the species' reference ration otherwise).
<drug>_dose_table [1]: where the drug's dose table starts in the solver's
    parameter vector (-1: not given); see ``lactabone.solve.dosing``.
"""

from .core import Arm, p, positive_part, time
from .pharmacokinetics import DRUG_ROUTES, dose_table_input

#: Names of the bound inputs, in the order they follow the parameters in the
#: solver's parameter vector.
INPUT_NAMES = (
    "segment_start_day",
    "nursing_at_segment_start",
    "nursing_slope",
    "gestation_at_segment_start",
    "gestation_slope",
    "diet_calcium_intake",
    "diet_calcium_content",
    "diet_dcad",
) + tuple(dose_table_input(drug) for drug in DRUG_ROUTES)

#: Units of the bound inputs.
INPUT_UNITS = {
    "segment_start_day": "d",
    "nursing_at_segment_start": "1",
    "nursing_slope": "1/d",
    "gestation_at_segment_start": "1",
    "gestation_slope": "1/d",
    "diet_calcium_intake": "mg/d",
    "diet_calcium_content": "mg/g",
    "diet_dcad": "mmol/kg",
} | {dose_table_input(drug): "1" for drug in DRUG_ROUTES}


def build() -> Arm:
    """Declare the input terms ``nursing`` and ``gestation``."""
    arm = Arm("inputs", __doc__)
    elapsed = time - p.segment_start_day
    arm.term(
        "nursing",
        positive_part(p.nursing_at_segment_start + p.nursing_slope * elapsed),
        "1",
        "milk demanded, in infant-equivalents (offspring x share of full nursing)",
    )
    arm.term(
        "gestation",
        positive_part(p.gestation_at_segment_start + p.gestation_slope * elapsed),
        "1",
        "fraction of gestation elapsed (0 when not pregnant)",
    )
    return arm
