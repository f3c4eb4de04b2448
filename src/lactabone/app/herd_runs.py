"""A herd around the page's cow: its size, seed and parity shares, its scenario, its run and its table.

The herd keeps the page cow's close-up ration, ration after calving, calving
window and calcium given; each cow's lactation is drawn from the parity shares
(default the US mix, Hare 2006) and her peak milk is the usual one for her
lactation, varied as ``lactabone population`` varies it
(:mod:`lactabone.population.herd`). Runs go serially in the page's process
(a few milliseconds a cow, the model compiled once). Computes without drawing;
:mod:`~lactabone.app.herd_view` draws.
"""

from __future__ import annotations

import copy
from collections.abc import Callable

import pandas as pd

from lactabone.population.executors import SerialExecutor
from lactabone.population.herd import HerdRun, run_herd
from lactabone.population.herd_output import PUBLISHED
from lactabone.population.herd_variability import US_PARITY_SHARES
from lactabone.population.incidence import THRESHOLDS, incidence_table, threshold_label
from lactabone.scenario import Scenario, ScenarioError, scenario_from_dict

from .cow_controls import HOURLY_OUTPUT_DAYS

#: Cows a herd on the page may hold [cows]: the widget's range and the check's.
HERD_SIZE_RANGE = (1, 1000)
DEFAULT_HERD_SIZE = 60
#: Seeds the page accepts (the same seed gives the same herd).
SEED_RANGE = (0, 2**31 - 1)
DEFAULT_SEED = 0
#: Cows simulated between two steps of the page's progress bar.
COWS_PER_STEP = 10
#: Who published the prevalence beside the herd's (``herd_variability.VENJAKOB_2017``; clinical: recumbent cows).
PUBLISHED_BY = {"clinical": "Venjakob 2017, recumbent", "below_2_0": "Venjakob 2017"}
#: [cow] keys the herd draws for each cow instead of taking the page cow's.
DRAWN_COW_KEYS = ("parity", "peak_milk_kg_per_day")


def check_herd_size(cows: int) -> None:
    """Refuse a herd size outside :data:`HERD_SIZE_RANGE` in one line naming the field, value and range."""
    low, high = HERD_SIZE_RANGE
    if not (isinstance(cows, int) and low <= cows <= high):
        raise ScenarioError(f"herd size = {cows!r}: must be an integer from {low} to {high} (cows)")


def shares_text(shares: tuple[float, ...] | list[float] = US_PARITY_SHARES) -> str:
    """Parity shares as the page's field shows them: '0.3436, 0.2509, ...'."""
    return ", ".join(f"{share:g}" for share in shares)


def parse_shares(text: str) -> list[float]:
    """The parity shares typed in the page's field (numbers separated by commas) [fraction of cows, 0-1].

    The schema checks their range and sum; text that is not numbers is refused here in one line.
    """
    try:
        return [float(part) for part in text.split(",")]
    except ValueError:
        raise ScenarioError(f"herd.parity_shares = {text!r}: must be numbers from 0 to 1 separated by commas "
                            "(shares of cows in lactation 1, 2, ...), summing to 1") from None


def herd_mapping(cow_mapping: dict, parity_shares: list[float]) -> dict:
    """The herd's scenario keys: the page cow's (minus :data:`DRAWN_COW_KEYS`), hourly, with a [herd] table."""
    mapping = copy.deepcopy(cow_mapping)
    mapping["cow"] = {key: value for key, value in mapping.get("cow", {}).items() if key not in DRAWN_COW_KEYS}
    mapping["output_step_days"] = HOURLY_OUTPUT_DAYS  # the nadir in days 0-3 read to the hour
    mapping["herd"] = {"parity_shares": list(parity_shares)}
    return mapping


def herd_scenario(cow_mapping: dict, text: str) -> Scenario:
    """The validated herd scenario around the page cow, with the parity shares typed as ``text``.

    Raises
    ------
    ScenarioError
        Shares that are not numbers, out of range or not summing to 1, in one line.
    """
    return scenario_from_dict(herd_mapping(cow_mapping, parse_shares(text)))


def simulate_herd(scenario: Scenario, cows: int, seed: int,
                  on_progress: Callable[[int, int], None] | None = None) -> HerdRun:
    """Simulate ``cows`` cows of the herd in this process, reporting (cows done, cows) every few cows."""
    check_herd_size(cows)
    return run_herd(scenario, cows, seed, executor=SerialExecutor(), on_progress=on_progress,
                    cows_per_chunk=COWS_PER_STEP)


def _percent_cell(row: pd.Series, stem: str) -> str:
    return (f"{row[f'{stem}_percent']:.1f} ({row[f'{stem}_low_percent']:.1f}-"
            f"{row[f'{stem}_high_percent']:.1f})")


def incidence_cells(cows: pd.DataFrame) -> pd.DataFrame:
    """The page's table: by lactation (1, 2, 3, 4+, all), accepted cows, % below each threshold (95% Wilson
    interval) in days 0-3, and the published prevalence beside it (empty where none was published).

    Text cells, indexed by lactation; lactations without accepted cows are not rows.
    """
    table = incidence_table(cows)
    columns = {"cows": [str(count) for count in table["cows"]]}
    for stem, threshold, _ in THRESHOLDS:
        columns[f"< {threshold_label(threshold)} [% (95% CI)]"] = [_percent_cell(row, stem) for _, row in table.iterrows()]
        if stem in PUBLISHED:
            columns[f"{PUBLISHED_BY[stem]} [%]"] = [
                f"{PUBLISHED[stem][group]:g}" if group in PUBLISHED[stem] else "" for group in table["parity_group"]]
    return pd.DataFrame(columns, index=pd.Index(table["parity_group"], name="lactation"))
