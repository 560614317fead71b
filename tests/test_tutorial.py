"""docs/tutorial.md can be followed as written: its sh blocks run in order, and its console blocks show what they print.

The blocks run with bash in a scratch folder laid out like a checkout (the example files
the tutorial copies), with the scholargraph of this environment on PATH; ``pip install``
lines are left out, as this environment has it installed. In a console block ``…`` stands
for any text; every other character must be printed by the sh block before it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "tutorial.md"
COPIED = ("scholargraph.toml", "data", "tests/data/homepages/yaoyao-liu-jekyll", "tests/data/roster")


def _blocks() -> list[tuple[str, str]]:
    """The page's ``sh`` and ``console`` blocks, in order, as (kind, text)."""
    return re.findall(r"^```(sh|console)\n(.*?)^```$", PAGE.read_text(encoding="utf-8"), flags=re.DOTALL | re.MULTILINE)


def _scratch_checkout(folder: Path) -> None:
    for name in COPIED:
        source, target = ROOT / name, folder / name
        target.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, target)
        else:
            shutil.copy(source, target)


def test_every_block_of_the_tutorial_runs_and_prints_what_it_shows(tmp_path: Path) -> None:
    _scratch_checkout(tmp_path)
    environment = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    blocks = _blocks()
    assert sum(kind == "sh" for kind, _ in blocks) >= 8
    printed = ""
    for number, (kind, text) in enumerate(blocks, start=1):
        if kind == "sh":
            script = "\n".join(line for line in text.splitlines() if not line.startswith("pip install"))
            run = subprocess.run(
                ["bash", "-e", "-o", "pipefail", "-c", script], cwd=tmp_path, env=environment, capture_output=True, text=True
            )
            assert run.returncode == 0, f"block {number} of docs/tutorial.md failed:\n{text}\n{run.stdout}\n{run.stderr}"
            printed = run.stdout + run.stderr
            continue
        for line in text.splitlines():
            pattern = ".*".join(re.escape(part) for part in line.split("…"))
            assert re.search(pattern, printed), f"console block {number} of docs/tutorial.md shows a line not printed: {line!r}"
    # What the tutorial says it leaves behind.
    assert (tmp_path / "my-lab" / "build" / "graph.trig").is_file()
    assert (tmp_path / "my-lab" / "build" / "yaoyao-liu.graphml").is_file()
    site = tmp_path / "my-lab" / "build" / "site"
    assert (site / "index.html").is_file() and (site / ".htaccess").is_file()
    assert (site / "person" / "yaoyao-liu.html").is_file()
    markup = json.loads((tmp_path / "my-lab" / "build" / "yaoyao-liu.schema.jsonld").read_text(encoding="utf-8"))
    assert any(node.get("name") == "Yaoyao Liu" for node in markup["@graph"])
    assert (tmp_path / "my-lab" / "build" / "graph.nt").stat().st_size > 0
    assert "void:triples" in (tmp_path / "my-lab" / "build" / "void.ttl").read_text(encoding="utf-8")
    header = (tmp_path / "coauthors.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "coauthor,name,joint_works,first_year,last_year"
