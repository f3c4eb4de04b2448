"""The Streamlit script of ``lactabone app``: two scenarios side by side, the live circuit, curves, summary, downloads,
and for a cow a herd around her.

Run it with ``lactabone app`` (or ``streamlit run`` on this file). Expected
errors (a scenario the schema refuses, a solver failure) are shown in the page
with the command line's one-line message (a woman's nursing days in the months
her fields are typed in), in the scenario they belong to; a
run that leaves physiology gets a warning banner there; any other error is shown as one line
too, its traceback going to the server's log, never to the page.
"""

from __future__ import annotations

import json
import logging

import numpy as np
import streamlit as st

from lactabone.app.circuit import arrow_states, circuit_svg, largest_changes
from lactabone.app.controls import in_file_units, in_page_units, scenario_controls, scenario_mapping
from lactabone.app.cow_summary import vet_table
from lactabone.app.curves import curves_png
from lactabone.app.herd_view import herd_view
from lactabone.app.runs import Run, cached_run
from lactabone.app.summary import comparison, describe_scenario, outcome, short_label
from lactabone.cli import error_text, expected_errors
from lactabone.scenario.schema import offspring_noun

SCENARIO_NAMES = ("A", "B")
#: The day after calving [d], when milk fever strikes: the circuit's first day for a cow.
COW_STARTING_DAY = 1.0
LOG = logging.getLogger("lactabone.app")
INTRODUCTION = (
    "A nursing mother lends calcium from her skeleton to her milk: suckling and prolactin quiet the brain's "
    "GnRH pulses, so estradiol falls; the breast sends PTHrP into the blood; together they let osteoclasts and "
    "osteocytes resorb bone (Kovacs 2019, J Clin Invest 129:3041, Figure 1). After weaning the skeleton is paid "
    "back. Pick two scenarios, then move the day to see which arrow of the circuit carries the load. Green bands "
    "are published targets (`lactabone targets`). A dairy cow at calving is the extreme case, milk fever: pick "
    "`cow` to set her parity, peak milk, close-up ration and the calcium given, read the vet's summary, and "
    "simulate a herd around her to see milk fever by lactation.")


def _scenario_column(name: str) -> tuple[dict, Run | None]:
    """Controls of one scenario, its keys and its run; an expected error is shown in place of the run."""
    with st.container(key=f"scenario_{name}"):
        st.subheader(f"Scenario {name}")
        mapping = scenario_mapping(scenario_controls(name))
        try:
            run = cached_run(mapping)
        except expected_errors() as error:
            species = mapping.get("species", "human")
            st.error(error_text(in_page_units(error, species) or error))  # nursing days in months for women
            hint = in_file_units(error, species)
            if hint:
                st.caption(hint)
            return mapping, None
        for line in run.dataset.attrs.get("warnings", []):
            st.warning(f"Outside physiology: {line}")
        return mapping, run


def _day_slider(runs: dict[str, Run]) -> float:
    """The day the circuit shows [d since delivery]; it starts in the middle of the first scenario's nursing."""
    first_day = min(float(run.days[0]) for run in runs.values())
    last_day = max(float(run.days[-1]) for run in runs.values())
    if "day" not in st.session_state:
        st.session_state["day"] = _starting_day(next(iter(runs.values())))
    st.session_state["day"] = float(np.clip(st.session_state["day"], first_day, last_day))
    return st.slider("day shown in the circuit [days since delivery]", first_day, last_day, step=1.0, format="%d",
                     key="day")


def _starting_day(run: Run) -> float:
    """The day the circuit first shows [d since delivery]: mid-nursing, or for a cow the day after calving."""
    if run.scenario.species == "cow":
        return COW_STARTING_DAY
    return float(round(run.scenario.nursing.weaning_day / 2))


def _circuit(label: str, run: Run, day: float) -> None:
    """The circuit of one scenario on ``day`` (its first or last day outside its run), the arrow that carries the
    load named below."""
    day = float(np.clip(day, run.days[0], run.days[-1]))
    states = arrow_states(run.days, run.terms, run.pre_pregnant, day)
    serum_calcium = float(np.interp(day, run.days, run.terms["serum_calcium"]))
    offspring = offspring_noun(run.scenario.species, run.scenario.nursing.offspring)
    st.markdown(circuit_svg(states, f"{label}, day {day:g}", serum_calcium, offspring), unsafe_allow_html=True)
    changes = ", ".join(f"{state.text} (`{state.arrow.term}`)" for state in largest_changes(states))
    st.caption(f"Farthest from before pregnancy on day {day:g}: {changes}.")


@st.cache_data(max_entries=32, show_spinner="drawing ...")
def _curves(labelled_mappings: str) -> bytes:
    """The curves (PNG) of scenarios given as JSON ``{label: scenario keys}``, kept per scenarios."""
    return curves_png({label: cached_run(mapping) for label, mapping in json.loads(labelled_mappings).items()})


def _downloads(name: str, run: Run) -> None:
    """Results (CSV, as `lactabone run` writes them) and the scenario (TOML that `lactabone run` accepts)."""
    left, right = st.columns(2)
    left.download_button(f"results {name} (CSV)", run.csv(), file_name=f"lactabone_{name}_results.csv",
                         mime="text/csv", key=f"csv_{name}", on_click="ignore")
    right.download_button(f"scenario {name} (TOML)", run.toml(), file_name=f"lactabone_{name}_scenario.toml",
                          mime="application/toml", key=f"toml_{name}", on_click="ignore")
    with st.expander(f"scenario {name} as a file for `lactabone run`"):
        st.code(run.toml(), language="toml")


def main() -> None:
    """Draw the page."""
    st.title("The breast-brain-bone circuit: the maternal skeleton in lactation")
    st.markdown(INTRODUCTION)
    runs: dict[str, Run] = {}
    mappings: dict[str, dict] = {}
    for name, column in zip(SCENARIO_NAMES, st.columns(len(SCENARIO_NAMES), border=True)):
        with column:
            mapping, run = _scenario_column(name)
        if run is not None:
            runs[name], mappings[name] = run, mapping
    if not runs:
        st.info("Correct the scenarios above to see the circuit and the curves.")
        return
    labels = {name: short_label(name, run) for name, run in runs.items()}
    summary_columns = st.columns(len(runs) + (len(runs) > 1), border=True)
    for column, (name, run) in zip(summary_columns, runs.items()):
        with column, st.container(key=f"summary_{name}"):
            st.markdown(f"**{labels[name]}**: {describe_scenario(run)}")
            st.markdown("\n".join(f"- {sentence}" for sentence in outcome(run)))
            if run.scenario.species == "cow":
                st.table(vet_table(run))
    if len(runs) > 1:
        with summary_columns[-1], st.container(key="comparison"):
            st.markdown("**Compared**")
            st.markdown("\n".join(f"- {sentence}" for sentence in comparison(runs)))
    day = _day_slider(runs)
    for column, (name, run) in zip(st.columns(len(runs)), runs.items()):
        with column, st.container(key=f"circuit_{name}"):
            _circuit(labels[name], run, day)
    with st.container(key="curves"):
        png = _curves(json.dumps({labels[name]: mapping for name, mapping in mappings.items()}, sort_keys=True))
        st.image(png, width="stretch", caption="solid: first scenario, dashed: second (each on its own time axis "
                 "when their species or lengths differ); dotted line: delivery, dashed: weaning; green: published "
                 "targets (target id and the scenario it was measured in)")
    for column, (name, run) in zip(st.columns(len(runs)), runs.items()):
        with column:
            _downloads(name, run)
    for name, run in runs.items():
        if run.scenario.species == "cow":
            herd_view(name, mappings[name])


st.set_page_config(page_title="lactabone: the breast-brain-bone circuit", layout="wide")
try:
    main()
except Exception as error:  # the page never shows a traceback: one line here, the traceback in the server's log
    LOG.exception("lactabone app failed")
    st.error(f"unexpected {error_text(f'{type(error).__name__}: {error}')} (details in the server's log)")
