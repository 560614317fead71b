"""The public API is importable from ``scholargraph`` itself, and importing the package loads no heavy library."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

import scholargraph
from conftest import ROOT


def test_the_public_names_are_the_library_s_own() -> None:
    from scholargraph.pipeline.config import Project
    from scholargraph.pipeline.project import build, build_into_store
    from scholargraph.query.library import run_query
    from scholargraph.sources import read_source
    from scholargraph.stores import open_store

    assert scholargraph.Project is Project and scholargraph.build is build
    assert scholargraph.build_into_store is build_into_store and scholargraph.run_query is run_query
    assert scholargraph.read_source is read_source and scholargraph.open_store is open_store
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        _ = scholargraph.nothing  # type: ignore[attr-defined]


def test_the_public_api_builds_and_queries_the_example(tmp_path: Path) -> None:
    report = scholargraph.build(scholargraph.Project.load(ROOT), tmp_path)
    with scholargraph.open_store("oxigraph") as store:
        store.load(tmp_path / "graph.trig")
        rows = scholargraph.run_query("people", {}, store).dicts()
    assert report.quads > 0 and any(row.get("name") == "Qianru Sun" for row in rows)


def test_importing_the_package_loads_no_heavy_library() -> None:
    code = "import sys, scholargraph; print(sorted({'pyoxigraph', 'rdflib', 'pyshacl', 'networkx'} & set(sys.modules)))"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "[]"
