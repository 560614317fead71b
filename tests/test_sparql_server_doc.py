"""docs/sparql-server.md works as written against a real Virtuoso: its load-and-query commands and its Python example.

The server is the tests' own (``virtuoso.running_virtuoso``, on free loopback ports), so
the page's address is replaced by the server's and its credentials are set in the
environment as the page's ``export`` line does. The project is a scratch copy of the
bundled example.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from scholargraph.query.library import run_query
from scholargraph.stores import open_store
from scholargraph.stores.remote import PASSWORD_VARIABLE, USER_VARIABLE
from virtuoso import PASSWORD, USER, running_virtuoso

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "sparql-server.md"
PAGE_SERVER = "http://127.0.0.1:8890"


def _block(language: str, containing: str) -> str:
    blocks = re.findall(rf"^```{language}\n(.*?)^```$", PAGE.read_text(encoding="utf-8"), flags=re.DOTALL | re.MULTILINE)
    [block] = [b for b in blocks if containing in b]
    return str(block)


def test_the_page_loads_and_queries_a_virtuoso_as_written(tmp_path: Path) -> None:
    project = tmp_path / "project"
    shutil.copytree(ROOT / "data", project / "data")
    shutil.copy(ROOT / "scholargraph.toml", project)
    commands = _block("sh", "scholargraph query")
    [export] = [line for line in commands.splitlines() if line.startswith("export ")]
    assert f"{USER_VARIABLE}=" in export and f"{PASSWORD_VARIABLE}=" in export
    script = "\n".join(line for line in commands.splitlines() if not line.startswith("export "))
    python = _block("python", "open_store(")
    with running_virtuoso(tmp_path / "virtuoso") as server:
        environment = {
            **os.environ,
            "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}",
            USER_VARIABLE: USER,
            PASSWORD_VARIABLE: PASSWORD,
        }
        run = subprocess.run(
            ["bash", "-e", "-o", "pipefail", "-c", script.replace(PAGE_SERVER, server.base)],
            cwd=project,
            env=environment,
            capture_output=True,
            text=True,
        )
        assert run.returncode == 0, run.stderr
        from_python = subprocess.run(
            [sys.executable, "-c", python.replace(PAGE_SERVER, server.base)],
            cwd=project,
            env=environment,
            capture_output=True,
            text=True,
        )
        assert from_python.returncode == 0, from_python.stderr
    # The same questions asked of the same graph file in the embedded store give the same answers.
    with open_store("oxigraph") as local:
        local.load(project / "build" / "graph.trig")
        people = len(run_query("people", {}, local).rows)
        students = {row["student"] for row in run_query("students", {"supervisor": "Qianru Sun"}, local).dicts()}
        supervisions = len(run_query("supervision", {}, local).rows)
    assert f"({people} rows)" in run.stdout
    assert f"({len(students)} rows)" in run.stdout and "Yaoyao Liu" in students
    assert all(student in run.stdout for student in students)
    assert from_python.stdout.strip() == f"{supervisions} supervisions"
