"""Caps on the work one request may ask for: each bounds memory or time, and each is documented here.

Every cap is checked before any solving, and breaking one gives a one-line
error saying what to change. ``docs/scenario.md`` lists the scenario caps.
"""

from __future__ import annotations

MAX_OUTPUT_ROWS = 100_000
"""Output days of one run, (end_day - start_day) / output_step_days + 1: about 100 MB of results."""
MAX_DOSES = 1_000
"""Doses in one scenario, all [[drugs]] tables together (each dose is a term of the closed-form PK)."""
MAX_DOSE_MG = 1_000_000.0
"""Largest single dose [mg] (1 kg); dose_g is capped at the same mass."""
MAX_DOSE_MG_PER_KG = 1_000.0
"""Largest single dose per body weight [mg/kg]."""
MAX_CYCLES = 100
"""Further reproductive cycles in one scenario."""
MAX_SUBJECTS = 1_000_000
"""Subjects of one virtual population (``--n``)."""
MAX_SEED = 2**32 - 1
"""Largest seed (``--seed``); seeds are integers from 0 to this."""
MAX_SENSITIVITY_SAMPLES = 65_536
"""Base samples of a Sobol analysis or trajectories of a Morris analysis (``--samples``)."""
MAX_SCENARIO_FILE_BYTES = 1_000_000
"""Size of a scenario file [bytes]."""
MAX_NESTING = 32
"""Depth of tables and arrays inside a scenario file."""
MAX_ECHOED_CHARACTERS = 200
"""A value echoed in an error message is cut to this many characters."""
MAX_MESSAGE_CHARACTERS = 600
"""An error line is cut to this many characters."""


def shorten(text: str, most: int = MAX_ECHOED_CHARACTERS) -> str:
    """Cut ``text`` to ``most`` characters, saying how long it was.

    Parameters
    ----------
    text : the text to echo.
    most : characters kept at most.
    """
    if len(text) <= most:
        return text
    return f"{text[:most]}... ({len(text)} characters)"
