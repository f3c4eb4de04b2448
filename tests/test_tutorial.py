"""The tutorial notebook runs from top to bottom (nbclient) and every code cell that plots draws a figure.

No physiological number is asserted: the notebook teaches the interface, and the parameters it shows are
recalibrated from time to time.
"""

from pathlib import Path

import nbformat
from nbclient import NotebookClient

NOTEBOOK = Path(__file__).resolve().parent.parent / "docs" / "tutorial.ipynb"
TIMEOUT_S = 600


def test_the_tutorial_notebook_runs_and_draws_its_figures(monkeypatch):
    monkeypatch.setenv("JUPYTER_PLATFORM_DIRS", "1")  # jupyter_core's own migration notice, not ours
    monkeypatch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
    notebook = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(notebook, timeout=TIMEOUT_S, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    code = [cell for cell in notebook.cells if cell.cell_type == "code"]
    errors = [output for cell in code for output in cell.outputs if output.output_type == "error"]
    assert not errors
    plotting = [cell for cell in code if "plt.subplots" in cell.source]
    assert len(plotting) >= 5
    for cell in plotting:
        assert any("image/png" in output.get("data", {}) for output in cell.outputs), cell.source[:80]
    printed = "".join(output.get("text", "") for cell in code for output in cell.outputs)
    assert "subjects accepted" in printed and "outputs in the SBML" in printed
