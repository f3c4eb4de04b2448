"""Write examples/<name>.toml for every scorecard experiment (lactabone.validation.experiments).

Run from the repository root after changing an experiment::

    PYTHONPATH=src .venv/bin/python scripts/write_experiment_examples.py
"""

from pathlib import Path

from lactabone.scenario import scenario_from_dict
from lactabone.validation.experiments import EXPERIMENTS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

for name, mapping in EXPERIMENTS.items():
    header = f"# Scorecard experiment {name} (lactabone.validation.experiments); run: lactabone run {name}.toml\n"
    (EXAMPLES / f"{name}.toml").write_text(header + scenario_from_dict(mapping).to_toml())
    print(EXAMPLES / f"{name}.toml")
