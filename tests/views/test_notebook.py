"""The researchers' walkthrough runs from top to bottom (nbclient), and is stored without outputs."""
from __future__ import annotations

import nbformat
from nbclient import NotebookClient

from .conftest import REPO

NOTEBOOK = REPO / "notebooks" / "walkthrough.ipynb"


def test_notebook_is_stored_without_outputs():
    nb = nbformat.read(NOTEBOOK, as_version=4)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [] and cell.execution_count is None


def test_notebook_runs(tmp_path):
    nb = nbformat.read(NOTEBOOK, as_version=4)
    NotebookClient(nb, timeout=600, kernel_name="python3",
                   resources={"metadata": {"path": str(NOTEBOOK.parent)}}).execute()
    outputs = [o for c in nb.cells if c.cell_type == "code" for o in c.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "\n".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "documents in the lineage" in text and "619/KH-MTTQ-BTT" in text
    assert any("image/png" in o.get("data", {}) for o in outputs)            # the plot
    assert any("iframe" in o.get("data", {}).get("text/html", "") for o in outputs)   # the view
