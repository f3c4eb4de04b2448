"""Write docs/tutorial.ipynb (unexecuted) from the cells below: edit here, run `.venv/bin/python scripts/write_tutorial_notebook.py`."""
import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

cells = [
    new_markdown_cell("""# lactabone in one sitting

A tutorial for a physiologist new to lactabone: run a scenario and plot it, compare one infant
with twins, switch a gene off, draw a small virtual population, and take the model into
libroadrunner as SBML. Every cell runs as it is (the tests execute this notebook); the numbers
you see come from the model's current parameters, so read them as the model's, not as data.

Run it from the `docs/` folder of a lactabone checkout with lactabone installed
(`bash scripts/install.sh test`, then `.venv/bin/jupyter` or any Jupyter that uses `.venv`)."""),
    new_code_cell("""from pathlib import Path

import matplotlib.pyplot as plt

import lactabone

EXAMPLES = Path("..") / "examples\""""),
    new_markdown_cell("""## 1. Run a scenario and plot it

A scenario is a TOML file: species, days simulated, nursing, diet, drugs, knockouts.
`lactabone.simulate` returns an `xarray.Dataset` over `day` (days since delivery); every output
carries its unit."""),
    new_code_cell("""one_infant = lactabone.load_scenario(EXAMPLES / "one_infant_6_months.toml")
result = lactabone.simulate(one_infant)
print(one_infant.nursing)
result[["bmd_spine_change", "bmd_hip_change", "milk_calcium"]]"""),
    new_code_cell("""figure, axes = plt.subplots(1, 2, figsize=(11, 3.5))
for name in ("bmd_spine_change", "bmd_hip_change", "bmd_radius_change"):
    result[name].plot(ax=axes[0], label=name)
axes[0].set_ylabel("aBMD change [%]")
axes[0].legend()
result["milk_calcium"].plot(ax=axes[1])
axes[1].set_ylabel(f"milk calcium [{result['milk_calcium'].attrs['units']}]")
figure.tight_layout()"""),
    new_markdown_cell("""## 2. One infant or twins

Twins double the milk made and so the calcium lent by the skeleton. A scenario can be changed in
Python with `model_copy`, keeping everything else."""),
    new_code_cell("""twins = one_infant.model_copy(update={"nursing": one_infant.nursing.model_copy(update={"offspring": 2})})
runs = {"one infant": result, "twins": lactabone.simulate(twins)}
figure, axes = plt.subplots(1, 2, figsize=(11, 3.5))
for label, run in runs.items():
    run["milk_calcium"].plot(ax=axes[0], label=label)
    run["bmd_spine_change"].plot(ax=axes[1], label=label)
axes[0].set_ylabel("milk calcium [mg/d]")
axes[1].set_ylabel("lumbar spine aBMD change [%]")
axes[1].legend()
figure.tight_layout()
for label, run in runs.items():
    print(f"{label}: spine change at weaning {float(run['bmd_spine_change'].sel(day=180)):+.2f} %")"""),
    new_markdown_cell("""## 3. A knockout

Knockouts switch named terms off (`lactabone parameters` lists the gene switches). Here a mouse
nursing a litter, with and without mammary PTHrP."""),
    new_code_cell("""mouse = lactabone.load_scenario(EXAMPLES / "mouse_lactation.toml")
knockout = mouse.model_copy(update={"knockouts": ["mammary_pthrp"]})
figure, axis = plt.subplots(figsize=(6, 3.5))
for label, scenario in (("wild type", mouse), ("mammary PTHrP knockout", knockout)):
    lactabone.simulate(scenario)["bmc_whole_body_change"].plot(ax=axis, label=label)
axis.set_ylabel("whole-body BMC change [%]")
axis.legend();"""),
    new_markdown_cell("""## 4. A small virtual population

Each virtual woman has her own milk volume, milk calcium, PTHrP secretion, absorption, diet,
bone turnover and sensitivities (each with its source in `lactabone.population.variability`).
Implausible subjects are rejected with the reason. Here 40 women, in this process."""),
    new_code_cell("""from lactabone.population import SerialExecutor, run_population

population = run_population(one_infant, 40, seed=1, executor=SerialExecutor())
print(f"{len(population.accepted)} of {len(population.subjects)} subjects accepted")
bands = population.bands
figure, axis = plt.subplots(figsize=(6, 3.5))
axis.fill_between(bands["day"], bands["bmd_spine_change_p5"], bands["bmd_spine_change_p95"], alpha=0.3,
                  label="5th-95th percentile")
axis.plot(bands["day"], bands["bmd_spine_change_p50"], label="median")
axis.set_xlabel("day since delivery")
axis.set_ylabel("lumbar spine aBMD change [%]")
axis.legend();"""),
    new_markdown_cell("""## 5. Export to SBML and open it in libroadrunner

The SBML is printed from the same equations lactabone solves. libroadrunner (a separate solver)
should reproduce lactabone's curves; the test suite checks this on every example."""),
    new_code_cell("""import tempfile

import roadrunner

from lactabone.export import write_export
from lactabone.export.sbml import output_ids
from lactabone.simulation import output_days

path = write_export(one_infant, "sbml", Path(tempfile.mkdtemp()) / "one_infant.xml")
runner = roadrunner.RoadRunner(str(path))
runner.integrator.relative_tolerance = 1e-8
runner.timeCourseSelections = ["time", "bmd_spine_change"]
table = runner.simulate(times=list(output_days(one_infant) - one_infant.start_day))
figure, axis = plt.subplots(figsize=(6, 3.5))
axis.plot(result["day"], result["bmd_spine_change"], label="lactabone", linewidth=3)
axis.plot(table[:, 0] + one_infant.start_day, table[:, 1], "--", label="libroadrunner on the SBML")
axis.set_xlabel("day since delivery")
axis.set_ylabel("lumbar spine aBMD change [%]")
axis.legend()
print(f"{len(output_ids())} outputs in the SBML; largest spine gap "
      f"{abs(table[:, 1] - result['bmd_spine_change'].values).max():.2g} percentage points")"""),
    new_markdown_cell("""## Where next

- `lactabone run SCENARIO --out DIR` writes CSV, NetCDF and figures from the command line.
- `lactabone export SCENARIO --format omex --out FILE.omex` writes a COMBINE archive (SBML and
  SED-ML) that BioSimulators tools run.
- `lactabone population` and `lactabone sensitivity` scale section 4 up; see `docs/populations.md`."""),
]
notebook = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                              "language": "python"},
                                               "language_info": {"name": "python"}})
nbformat.write(notebook, "docs/tutorial.ipynb")
