"""Store builds: streamed into Oxigraph or a SPARQL server, one named graph per source, only changed graphs redone."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import DefaultGraph, NamedNode

import scholargraph.pipeline.driver as driver
from conftest import ROOT, Cli
from scholargraph.pipeline.project import Project, build, build_into_store
from scholargraph.rdf.vocab import Minter
from scholargraph.sources import SOURCE_KINDS
from scholargraph.stores import read_quads
from scholargraph.stores.oxigraph import OxigraphStore
from scholargraph.stores.remote import PASSWORD_VARIABLE, USER_VARIABLE, RemoteStore
from virtuoso import PASSWORD, USER, Virtuoso, running_virtuoso

DATA = ROOT / "tests" / "data"
DBLP = DATA / "dblp" / "dblp_sample.xml"
BIB = DATA / "bibtex" / "ifn-excerpt" / "ifn_spaml_bibliography.bib"
PID = DATA / "dblp" / "person-pid.xml"
WORK_TAGS = re.compile(r"<(article|inproceedings|incollection|book|phdthesis|mastersthesis|data) ")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project of three sources: part of the dblp dump (streamed, as the whole dump would be),
    a person's dblp XML and a group's BibTeX (resolved together)."""
    monkeypatch.setattr(driver, "STREAM_ABOVE", PID.stat().st_size)
    root = tmp_path / "project"
    (root / "data").mkdir(parents=True)
    shutil.copy(DBLP, root / "data" / "dump.xml")
    shutil.copy(PID, root / "data" / "person.xml")
    shutil.copy(BIB, root / "data" / "group.bib")
    return root


@pytest.fixture
def reads(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often each source file is read, streamed or whole."""
    counts: Counter[str] = Counter()

    def counting(reader: Callable[..., Any]) -> Callable[..., Any]:
        def read(path: Path, *args: Any) -> Any:
            counts[path.name] += 1
            return reader(path, *args)

        return read

    monkeypatch.setitem(driver._STREAMED, "dblp", counting(driver._STREAMED["dblp"]))
    monkeypatch.setitem(SOURCE_KINDS, "bibtex", counting(SOURCE_KINDS["bibtex"]))
    monkeypatch.setitem(SOURCE_KINDS, "dblp", counting(SOURCE_KINDS["dblp"]))
    return counts


def _graph_size(store: OxigraphStore, graph: NamedNode) -> int:
    return sum(quad.graph_name == graph for quad in store.quads())


def _titles(store: OxigraphStore, graph: NamedNode) -> set[str]:
    rows = store.select(f"SELECT ?t WHERE {{ GRAPH {graph} {{ ?w <http://purl.org/dc/terms/title> ?t }} }}")
    return {value for (value,) in rows.values() if value}


def test_a_rebuild_redoes_only_the_changed_source(project: Path, tmp_path: Path, reads: Counter[str]) -> None:
    minter = Minter()
    dump, group = minter.source_graph("data/dump.xml"), minter.source_graph("data/group.bib")
    with OxigraphStore(tmp_path / "store") as store:
        first = build_into_store(Project.load(project), store)
        assert first.rebuilt == ["data/dump.xml", "data/group.bib", "data/person.xml"]
        assert reads == {"dump.xml": 1, "group.bib": 1, "person.xml": 1}
        dump_size, titles = _graph_size(store, dump), _titles(store, group)
    assert "TensorFlow: Large-Scale Machine Learning on Heterogeneous Distributed Systems" in titles

    text = (project / "data" / "group.bib").read_text(encoding="utf-8")
    changed = text.replace("TensorFlow: Large-Scale Machine Learning", "TensorFlow: Machine Learning")
    (project / "data" / "group.bib").write_text(changed, encoding="utf-8")
    reads.clear()
    with OxigraphStore(tmp_path / "store") as store:
        second = build_into_store(Project.load(project), store)
        assert (second.rebuilt, second.unchanged) == (["data/group.bib"], ["data/dump.xml", "data/person.xml"])
        assert reads == {"group.bib": 1, "person.xml": 1}  # read to resolve them together; the streamed dump is not read
        assert _graph_size(store, dump) == dump_size
        new_titles = _titles(store, group)
    assert new_titles == (titles - {"TensorFlow: Large-Scale Machine Learning on Heterogeneous Distributed Systems"}) | {
        "TensorFlow: Machine Learning on Heterogeneous Distributed Systems"
    }

    reads.clear()
    (project / "data" / "person.xml").unlink()
    with OxigraphStore(tmp_path / "store") as store:
        third = build_into_store(Project.load(project), store)
        assert (third.rebuilt, third.dropped) == ([], [minter.source_graph("data/person.xml").value])
        assert reads == {"group.bib": 1}
        assert _graph_size(store, minter.source_graph("data/person.xml")) == 0
        described = {quad.subject for quad in store.quads() if quad.graph_name == DefaultGraph()}
    assert described == {dump, group}


def test_a_streamed_dump_gives_one_work_per_dblp_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(driver, "STREAM_ABOVE", 0)
    expected = len(WORK_TAGS.findall(DBLP.read_text(encoding="iso-8859-1")))
    with OxigraphStore(tmp_path / "store") as store:
        report = build_into_store(Project(tmp_path), store, paths=[DBLP])
        key = "<https://w3id.org/scholargraph/ns#dblpKey>"
        rows = store.select(f"SELECT (COUNT(DISTINCT ?w) AS ?n) (COUNT(DISTINCT ?k) AS ?m) WHERE {{ ?w {key} ?k }}").values()
    assert rows == [(str(expected), str(expected))]  # two works of one title stay two works
    assert report.records >= expected


def test_a_single_source_in_the_store_is_the_file_build(tmp_path: Path) -> None:
    """Not streamed, a source is resolved as the file build resolves it: the same quads."""
    root = tmp_path / "project"
    (root / "data").mkdir(parents=True)
    shutil.copy(BIB, root / "data" / "group.bib")
    build(Project.load(root), tmp_path / "out")
    with OxigraphStore(tmp_path / "store") as store:
        build_into_store(Project.load(root), store)
        stored = set(store.quads())
    assert stored == set(read_quads(tmp_path / "out" / "graph.trig"))


def test_cli_store_build_and_rebuild(cli: Cli, project: Path, tmp_path: Path) -> None:
    arguments = ["build", "-C", str(project), "--store", f"oxigraph:{tmp_path / 'store'}", "--allow-violations"]
    first = cli(*arguments)
    assert first.exit_code == 0, first.output
    assert "3 source(s) rebuilt, 0 unchanged" in first.output
    assert (project / "build" / "validation.txt").is_file()
    assert not (project / "build" / "graph.trig").exists()
    again = cli(*arguments)
    assert "0 source(s) rebuilt, 3 unchanged" in again.output
    full = cli(*arguments, "--full")
    assert "3 source(s) rebuilt, 0 unchanged" in full.output
    wrong = cli("build", "-C", str(project), "--store", "sqlite:x")
    assert wrong.exit_code == 2 and "oxigraph:PATH" in wrong.output
    alone = cli("build", "-C", str(project), "--full")
    assert alone.exit_code == 2 and "go with --store or --endpoint" in alone.output


@pytest.fixture(scope="module")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Any:
    with running_virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


def test_remote_build_replaces_the_changed_source(
    cli: Cli, project: Path, virtuoso: Virtuoso, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(USER_VARIABLE, USER)
    monkeypatch.setenv(PASSWORD_VARIABLE, PASSWORD)
    remote = [
        "--endpoint",
        virtuoso.endpoint,
        "--graph-store",
        virtuoso.graph_store,
        "--update-endpoint",
        virtuoso.update_endpoint,
    ]
    first = cli("build", "-C", str(project), *remote, "--allow-violations")
    assert first.exit_code == 0, first.output
    group = Minter().source_graph("data/group.bib")
    server = RemoteStore(virtuoso.endpoint)
    count = f"SELECT (COUNT(*) AS ?n) WHERE {{ GRAPH {group} {{ ?s ?p ?o }} }}"
    before = int(server.select(count).values()[0][0] or 0)
    text = (project / "data" / "group.bib").read_text(encoding="utf-8")
    (project / "data" / "group.bib").write_text(text.split("@Article{Abadi2016")[0], encoding="utf-8")  # one entry left
    second = cli("build", "-C", str(project), *remote, "--allow-violations")
    assert "1 source(s) rebuilt, 2 unchanged" in second.output, second.output
    after = int(server.select(count).values()[0][0] or 0)
    assert 0 < after < before
    hashes = server.select(f"SELECT ?h WHERE {{ {group} <https://w3id.org/scholargraph/ns#sha256> ?h }}").values()
    assert len(hashes) == 1  # the old description went with the old graph


def test_help_imports_no_heavy_library() -> None:
    heavy = ("pyoxigraph", "lxml", "rdflib", "pyshacl", "igraph", "networkx", "jinja2", "pyvis", "bibtexparser", "yaml")
    script = (
        "import sys\nfrom scholargraph.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))"
    )
    output = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    assert output.strip().splitlines()[-1] == "[]"
