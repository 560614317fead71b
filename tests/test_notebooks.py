"""Every notebook in notebooks/ runs top to bottom from a clean kernel, and its outputs say what they should.

The notebooks hold their own checks (``assert`` cells, which stop the run); here the
executed outputs are also read and compared with what the inputs hold, counted by hand
(``expected_qianru_sun.py``) or read straight from the fixture files. Each notebook writes
into a temporary folder (``SCHOLARGRAPH_NOTEBOOK_OUT``) and never into the checkout.
"""

from __future__ import annotations

import csv
import html
import subprocess
from pathlib import Path
from typing import Any

import nbformat
import pytest
from nbclient import NotebookClient

import expected_qianru_sun as expected

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
ROSTER = ROOT / "tests" / "data" / "roster" / "yaoyao-liu-group.csv"


def _checkout_state() -> str:
    """What git sees as changed or new in the checkout ('' outside a git checkout: nothing to compare)."""
    run = subprocess.run(["git", "status", "--porcelain", "--untracked-files=all"], cwd=ROOT, capture_output=True, text=True)
    return run.stdout if run.returncode == 0 else ""


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, tuple[Any, Path]]:
    """Each notebook run once in a fresh kernel, with its output folder; the checkout left as it was."""
    before = _checkout_state()
    runs: dict[str, tuple[Any, Path]] = {}
    for path in NOTEBOOKS:
        out = tmp_path_factory.mktemp(path.stem)
        notebook = nbformat.read(path, as_version=4)
        with pytest.MonkeyPatch.context() as patch:
            patch.setenv("SCHOLARGRAPH_NOTEBOOK_OUT", str(out))
            patch.setenv("MPLBACKEND", "module://matplotlib_inline.backend_inline")
            where = {"metadata": {"path": str(path.parent)}}
            # A failing cell raises CellExecutionError, showing the cell and its traceback.
            NotebookClient(notebook, timeout=300, kernel_name="python3", resources=where).execute()
        runs[path.stem] = (notebook, out)
    assert _checkout_state() == before, "a notebook wrote into the checkout; write under SCHOLARGRAPH_NOTEBOOK_OUT"
    return runs


def _outputs(notebook: Any, tag: str | None = None) -> list[dict[str, Any]]:
    cells = [c for c in notebook.cells if c.cell_type == "code" and (tag is None or tag in c.metadata.get("tags", []))]
    return [output for cell in cells for output in cell.get("outputs", [])]


def _text(outputs: list[dict[str, Any]]) -> str:
    parts = []
    for output in outputs:
        if output["output_type"] == "stream":
            parts.append(output["text"])
        elif "data" in output:
            parts += [output["data"].get("text/plain", ""), output["data"].get("text/html", "")]
    return "\n".join(parts)


def test_there_are_notebooks_and_they_are_committed_without_outputs() -> None:
    assert {p.stem for p in NOTEBOOKS} >= {"walkthrough", "lab"}
    for path in NOTEBOOKS:
        notebook = nbformat.read(path, as_version=4)
        nbformat.validate(notebook)
        code = [c for c in notebook.cells if c.cell_type == "code"]
        assert all(not c.outputs and c.execution_count is None for c in code), f"{path.name}: clear its outputs before committing"


@pytest.mark.parametrize("name", [p.stem for p in NOTEBOOKS])
def test_notebook_runs_and_draws_its_figures(executed: dict[str, tuple[Any, Path]], name: str) -> None:
    notebook, out = executed[name]
    outputs = _outputs(notebook)
    assert not [o for o in outputs if o["output_type"] == "error"]
    figures = [o for o in outputs if "image/png" in o.get("data", {})]
    assert len(figures) >= 3  # bar chart, growth, network drawing
    assert len(list(out.glob("*.png"))) == len(figures)
    assert (out / ("build" if name == "walkthrough" else "lab/build") / "graph.trig").is_file()


@pytest.mark.parametrize("name", [p.stem for p in NOTEBOOKS])
def test_interactive_page_is_shown_inline_with_its_people(executed: dict[str, tuple[Any, Path]], name: str) -> None:
    notebook, _ = executed[name]
    [frame] = [o["data"]["text/html"] for o in _outputs(notebook, "interactive") if "text/html" in o.get("data", {})]
    assert frame.startswith('<iframe srcdoc="')
    page = html.unescape(frame.split('srcdoc="', 1)[1].split('" style=', 1)[0])
    assert page.startswith("<!DOCTYPE html>") and "vis.Network" in page
    assert "Yaoyao Liu" in page and "Qianru Sun" in page


@pytest.mark.parametrize("name", [p.stem for p in NOTEBOOKS])
def test_broken_input_is_reported_at_its_line(executed: dict[str, tuple[Any, Path]], name: str) -> None:
    notebook, _ = executed[name]
    text = _text(_outputs(notebook, "broken"))
    assert "does not conform" in text
    if name == "walkthrough":  # line 61 of the page holds Yaoyao Liu's period; the entry starts on line 60
        assert "data/page.txt:60: violation: supervision of Yaoyao Liu by Qianru Sun" in text
    else:  # the two rows appended after the roster's own lines
        rows = len(ROSTER.read_text(encoding="utf-8").splitlines())
        assert f"group.csv:{rows + 1}: violation: supervision of Ann Example" in text
        assert f"group.csv:{rows + 2}: violation: row has no name" in text


def test_walkthrough_tables_match_the_page_counted_by_hand(executed: dict[str, tuple[Any, Path]]) -> None:
    text = _text(_outputs(executed["walkthrough"][0]))
    assert f"{len(expected.PUBLICATIONS)} works, " in text
    joint = sum(1 for p in expected.PUBLICATIONS if {"Qianru Sun", "Yaoyao Liu"} <= set(p["authors"]))
    assert f"joint works of Qianru Sun and Yaoyao Liu: {joint} in the graph, {joint} author lines on the page" in text


def test_lab_lists_every_roster_row_as_a_student(executed: dict[str, tuple[Any, Path]]) -> None:
    text = _text(_outputs(executed["lab"][0]))
    with ROSTER.open(encoding="utf-8") as file:
        names = [row["Name"] for row in csv.DictReader(line for line in file if not line.startswith("#"))]
    assert len(names) == 8
    assert all(name in text for name in names)
    assert "Beier Zhu — Qianru Sun — Yaoyao Liu" in text  # the chain through the homepage they share
