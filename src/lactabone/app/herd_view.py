"""The page's herd view for a cow: herd size, seed and parity shares, a button, then incidence by lactation.

Nothing runs until the button is pressed; a herd is then kept in the
session, by its inputs, so reruns of the page (a slider moved, the other
scenario changed) show it again without simulating it, until its inputs
change. The table and the figure are ``lactabone population``'s
(:mod:`lactabone.population.incidence`, :mod:`lactabone.population.herd_output`).
"""

from __future__ import annotations

import io
import json

import pandas as pd
import streamlit as st

from lactabone.cli import error_text, expected_errors
from lactabone.population.herd import HerdRun
from lactabone.population.herd_output import acceptance_lines, incidence_figure
from lactabone.population.herd_variability import VENJAKOB_2017
from lactabone.scenario import Scenario

from .herd_runs import (DEFAULT_HERD_SIZE, DEFAULT_SEED, HERD_SIZE_RANGE, SEED_RANGE, herd_scenario,
                        incidence_cells, shares_text, simulate_herd)

#: Herds a session keeps (the latest ones, by their inputs).
HERDS_KEPT = 8
EXPLANATION = (
    "A virtual herd around this cow: her close-up ration, ration after calving, calving window and calcium "
    "given; each cow's lactation drawn from the parity shares (default: US herds, Hare 2006), her peak milk the "
    "usual one for her lactation, and her yield, size and responsiveness varied as `lactabone population` varies "
    "them. A cow counts when her lowest total serum calcium in days 0-3 after calving is below the threshold.")


@st.cache_data(max_entries=HERDS_KEPT, show_spinner="drawing ...")
def _figure_png(cows: pd.DataFrame) -> bytes:
    """The incidence figure (PNG) of a herd's cows, kept per herd."""
    buffer = io.BytesIO()
    incidence_figure(cows).savefig(buffer, format="png")
    return buffer.getvalue()


def _simulate(scenario: Scenario, cows: int, seed: int) -> HerdRun:
    """Simulate the herd under a progress bar that goes when the herd is done."""
    bar = st.progress(0.0, text=f"simulating {cows} cows ...")
    try:
        return simulate_herd(scenario, cows, seed,
                             lambda done, total: bar.progress(done / total, text=f"simulated {done} of {total} cows"))
    finally:
        bar.empty()


def _show(herd: HerdRun, seed: int) -> None:
    """The incidence table, the cows accepted and rejected, and the figure beside Venjakob 2017."""
    st.table(incidence_cells(herd.cows))
    st.caption(f"Seed {seed}; " + "; ".join(line.strip() for line in acceptance_lines(herd.cows))
               + f". < 1.4 mmol/L: clinical milk fever; < 2.0 and < 2.14 mmol/L: subclinical hypocalcaemia. "
               f"Published: {VENJAKOB_2017}; its clinical milk fever counts recumbent cows.")
    st.image(_figure_png(herd.cows), width="stretch")


def herd_view(name: str, cow_mapping: dict) -> None:
    """Draw the herd view of scenario ``name``'s cow (widget keys ``"<name>_herd_<field>"``)."""
    with st.container(key=f"herd_{name}", border=True):
        st.markdown(f"**A herd around cow {name}: hypocalcaemia by lactation**")
        st.caption(EXPLANATION)
        left, middle, right = st.columns([1, 1, 3])
        low, high = HERD_SIZE_RANGE
        cows = left.number_input("cows in the herd", min_value=low, max_value=high, value=DEFAULT_HERD_SIZE, step=1,
                                 key=f"{name}_herd_cows", help=f"{low} to {high} cows")
        seed = middle.number_input("seed", min_value=SEED_RANGE[0], max_value=SEED_RANGE[1], value=DEFAULT_SEED,
                                   step=1, key=f"{name}_herd_seed", help="the same seed gives the same herd")
        shares = right.text_input("parity shares, lactation 1, 2, ... (summing to 1)", value=shares_text(),
                                  key=f"{name}_herd_shares", help="herd.parity_shares; default: US herds (Hare 2006)")
        pressed = st.button("simulate the herd", key=f"{name}_herd_run")
        try:
            scenario = herd_scenario(cow_mapping, shares)
            key = json.dumps([scenario.model_dump(mode="json"), cows, seed], sort_keys=True)
            kept: dict[str, HerdRun] = st.session_state.setdefault("herds", {})
            if pressed and key not in kept:
                kept[key] = _simulate(scenario, int(cows), int(seed))
                while len(kept) > HERDS_KEPT:
                    kept.pop(next(iter(kept)))
        except expected_errors() as error:
            st.error(error_text(error))
            return
        if key in kept:
            _show(kept[key], int(seed))
        else:
            st.caption("Press the button to simulate the herd (it runs again only when its inputs change).")
