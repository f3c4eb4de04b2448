"""How the cows of a virtual herd differ: parity mix, yield, size and responsiveness, and on whose word.

A cow's parity and close-up ration are drawn from the scenario's ``[herd]``
table (or, without one, from :data:`US_PARITY_SHARES` and the ``[cow]``
table's ration). Around each cow's nominal values three log-normal factors
(median 1, :class:`~lactabone.population.variability.Variation`) scale:

- her peak milk (``[cow] peak_milk_kg_per_day``, or the parity's nominal peak);
- her size: body weight, extracellular volume, exchangeable and skeletal calcium together;
- the responsiveness of her gut and bone to calcitriol and PTH1R signalling.

The published herd prevalences the scorecard compares with are kept here too,
as data, so the figure and the rows read the same numbers.
"""

from __future__ import annotations

from .plausibility import SERUM_CALCIUM_FACTOR_RANGE
from .variability import Variation

#: Target of the yield factor: the cow's peak milk [kg/d], set in her [cow] table (not a parameter).
PEAK_MILK = "cow.peak_milk_kg_per_day"

#: Shares of cows by lactation 1-8 in US herds. Hare 2006 J Dairy Sci 89:3713 (13.8 million cows calving
#: from 1980): survival 73% to parity 2, 50% to 3, 32% to 4, then 19, 10, 5 and 2% to parities 5-8; a herd
#: in steady state holds cows of each parity in proportion to those survivals (1, 0.73, 0.50, ... / 2.91).
SURVIVAL_TO_PARITY = (1.0, 0.73, 0.50, 0.32, 0.19, 0.10, 0.05, 0.02)
US_PARITY_SHARES = tuple(round(survival / sum(SURVIVAL_TO_PARITY), 4) for survival in SURVIVAL_TO_PARITY)

HERD_VARIABILITY = (
    Variation("peak_milk", (PEAK_MILK,), 0.15, "assumed",
              "no between-cow SD of peak or 305-d yield was found by the search (Van Vleck 1988 J Dairy Sci "
              "71:3040, 8,044 New York Holsteins, gives only that herds' environmental SDs differ two-fold); "
              "CV 0.15 assumed, leaning on Wood 1967 Nature 216:164 lactation curves that differ between cows "
              "mainly in their scale"),
    Variation("body_size", ("body_weight", "extracellular_volume", "exchangeable_bone_calcium_reference",
                            "skeletal_calcium_reference"), 0.10, "literature",
              "Iowa Agric Home Econ Exp Stn Res Bull 154 ('Normal growth in dairy cattle'): coefficients of "
              "variation of live weight below 10% in 2-year-old heifers (mature Holsteins 1,405 lb); calcium "
              "pools taken to scale with weight"),
    Variation("tissue_responsiveness", ("calcitriol_intestinal_exponent", "pth1r_osteoclast_activity_exponent"),
              0.20, "assumed",
              "milk fever reflects the target tissues' receptors more than hormone output (Horst 1994 J Dairy "
              "Sci 77:1936), which differ between cows, but no between-cow SD was found; CV 0.2 assumed, as "
              "for women's skeletal responsiveness (population.variability)"),
)

#: Plausibility limits of a sampled cow (checked before she is solved): her peak milk within the [cow]
#: table's range, her size factor within +-2.5 SD of CV 0.10 (body weight about 510-830 kg at 650 kg).
PEAK_MILK_RANGE_KG_PER_DAY = (5.0, 80.0)
BODY_SIZE_FACTOR_RANGE = (0.78, 1.28)
#: Total serum calcium before calving, relative to ``serum_calcium_reference`` (2.16-2.76 mmol/L at 2.4):
#: the women's plausibility limits (population.plausibility), applied where a cow is not yet hypocalcaemic.
PREPARTUM_CALCIUM_FACTOR_RANGE = SERUM_CALCIUM_FACTOR_RANGE

#: Parity groups of the incidence table (Venjakob 2017's: 1, 2, 3, 4 and more).
PARITY_GROUPS = ("1", "2", "3", "4+")

VENJAKOB_2017 = ("Venjakob 2017 J Dairy Sci 100:9258 (1,380 cows of 115 German herds, one sample 0-48 h after "
                 "calving)")
#: Published prevalence [%] by parity group, Venjakob 2017: serum calcium below 2.0 mmol/L, and clinical milk
#: fever (recumbent with calcium below 2.0 mmol/L).
PUBLISHED_SUBCLINICAL_PERCENT = {"1": 5.7, "2": 29.0, "3": 49.4, "4+": 60.4}
PUBLISHED_CLINICAL_PERCENT = {"1": 0.0, "2": 1.4, "3": 5.7, "4+": 16.1}


def parity_group(parity: int) -> str:
    """A cow's parity group: '1', '2', '3' or '4+'."""
    return str(parity) if parity < 4 else "4+"
