"""Store builds: streamed into Oxigraph or a SPARQL server, one named graph per source, only changed graphs redone;
and the store interface they use (bulk_add, drop_graph, source_states, quads) on each kind of store."""

from __future__ import annotations

import io
import json
import re
import shutil
import subprocess
import sys
from collections import Counter
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

import scholargraph.pipeline.driver as driver
import scholargraph.pipeline.progress as progress
from conftest import ROOT, Cli
from scholargraph.identity.aliases import organizations, venues
from scholargraph.pipeline.progress import Meter
from scholargraph.pipeline.project import Project, build_into_store
from scholargraph.rdf.quads import GraphBuilder, SourceInfo
from scholargraph.rdf.vocab import RDF, SG, XSD, Minter
from scholargraph.sources import SOURCE_KINDS
from scholargraph.stores import GraphStore, open_store, read_quads
from scholargraph.stores.oxigraph import OxigraphStore
from scholargraph.stores.remote import DEFAULT_GRAPH, PASSWORD_VARIABLE, USER_VARIABLE, RemoteStore
from scholargraph.validate.engine import validate_store
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
    assert described == {dump, group, minter.dataset()}  # the sources' graphs, and the shapes the store was checked with


def test_a_streamed_dump_gives_one_work_per_dblp_record(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(driver, "STREAM_ABOVE", 0)
    expected = len(WORK_TAGS.findall(DBLP.read_text(encoding="iso-8859-1")))
    with OxigraphStore(tmp_path / "store") as store:
        report = build_into_store(Project(tmp_path), store, paths=[DBLP])
        key = "<https://w3id.org/scholargraph/ns#dblpKey>"
        rows = store.select(f"SELECT (COUNT(DISTINCT ?w) AS ?n) (COUNT(DISTINCT ?k) AS ?m) WHERE {{ ?w {key} ?k }}").values()
    assert rows == [(str(expected), str(expected))]  # two works of one title stay two works
    assert report.records >= expected


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


def test_validate_endpoint_checks_a_server_in_place_as_the_file(
    cli: Cli, project: Path, virtuoso: Virtuoso, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The project built into the server and into files: ``validate --endpoint`` finds on the server what
    ``validate`` finds in the file (the same focus nodes, paths and severities), with a defect planted in both."""
    monkeypatch.setenv(USER_VARIABLE, USER)
    monkeypatch.setenv(PASSWORD_VARIABLE, PASSWORD)
    remote = ["--endpoint", virtuoso.endpoint, "--graph-store", virtuoso.graph_store, "--update-endpoint", virtuoso.update_endpoint]
    assert cli("build", "-C", str(project), *remote, "--full", "--allow-violations").exit_code == 0
    assert cli("build", "-C", str(project), "--allow-violations").exit_code == 0
    work = next(q.subject for q in read_quads(project / "build" / "graph.trig") if q.predicate == RDF.type and "/work/" in q.subject.value)
    planted = Quad(work, NamedNode("http://purl.org/dc/terms/issued"), Literal("not a year"), Minter().source_graph("data/group.bib"))
    RemoteStore(virtuoso.endpoint, update_endpoint=virtuoso.update_endpoint, graph_store=virtuoso.graph_store).add_quads([planted])
    graph = project / "build" / "planted.nq"
    graph.write_text("".join(f"{quad} .\n" for quad in [*read_quads(project / "build" / "graph.trig"), planted]), "utf-8")

    def findings(*args: str) -> set[tuple[str, str, str]]:
        run = cli("validate", *args, "--format", "json")
        assert run.exit_code == 1, run.output  # the planted date is a violation
        report = json.loads(run.stdout)
        return {(f["focus"], f["path"], f["severity"]) for f in report["findings"]}

    on_server = findings("--endpoint", virtuoso.endpoint)
    assert (work.value, "dcterms:issued", "violation") in on_server
    assert on_server == findings(str(graph))


@pytest.fixture(params=["memory", "oxigraph", "remote"])
def store(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[GraphStore]:
    """An empty store of each kind; on the server, the graphs it wrote are dropped afterwards."""
    if request.param == "remote":
        server: Virtuoso = request.getfixturevalue("virtuoso")
        monkeypatch.setenv(USER_VARIABLE, USER)
        monkeypatch.setenv(PASSWORD_VARIABLE, PASSWORD)
        opened = open_store(
            "remote", endpoint=server.endpoint, update_endpoint=server.update_endpoint, graph_store=server.graph_store
        )
    else:
        opened = open_store(request.param, path=tmp_path / "store")
    yield opened
    opened.clear()
    opened.close()


def _source(minter: Minter, path: str, sha256: str, digest: str | None) -> set[Quad]:
    """A source's graph as a build writes it: a few facts in its named graph, its description in the default graph."""
    graph, work = minter.source_graph(path), minter.work(path)
    facts = [
        Quad(work, NamedNode("http://purl.org/dc/terms/title"), Literal(f"A title from {path}", language="en"), graph),
        Quad(work, NamedNode("https://w3id.org/scholargraph/ns#sourceLine"), Literal("7", datatype=XSD.integer), graph),
    ]
    builder = GraphBuilder(minter, venues(), organizations())
    return {*facts, *builder.description(SourceInfo(path, sha256, "bibtex", graph_digest=digest))}


def test_each_store_adds_lists_and_drops_source_graphs(store: GraphStore) -> None:
    minter = Minter("https://example.org/interface/")
    first, second = minter.source_graph("a.bib"), minter.source_graph("b.bib")
    held, states = set(store.quads()), store.source_states()  # a server may hold other builds' sources
    a, b = _source(minter, "a.bib", "1" * 64, "digest"), _source(minter, "b.bib", "2" * 64, None)
    store.bulk_add(iter(a | b))
    assert store.source_states() == states | {first.value: ("1" * 64, "digest"), second.value: ("2" * 64, None)}
    assert set(store.quads()) == held | a | b
    store.drop_graph(first)
    assert store.source_states() == states | {second.value: ("2" * 64, None)}
    assert set(store.quads()) == held | b


def test_remote_quads_are_the_projects_graphs_not_the_servers(virtuoso: Virtuoso, monkeypatch: pytest.MonkeyPatch) -> None:
    """The server holds graphs of its own and of other datasets; ``quads`` reads the default graph, the
    sources it describes and the graphs the store loaded, even in a store that has loaded nothing."""
    monkeypatch.setenv(USER_VARIABLE, USER)
    monkeypatch.setenv(PASSWORD_VARIABLE, PASSWORD)
    minter = Minter("https://example.org/honest/")
    other = NamedNode("https://example.org/another-dataset")
    elsewhere = RemoteStore(virtuoso.endpoint, graph_store=virtuoso.graph_store)
    elsewhere.add_quads([Quad(other, NamedNode("https://example.org/p"), Literal("not the project's"), other)])
    loader = RemoteStore(virtuoso.endpoint, update_endpoint=virtuoso.update_endpoint, graph_store=virtuoso.graph_store)
    source = _source(minter, "a.bib", "3" * 64, "digest")
    loader.bulk_add(source)
    try:
        on_server = {graph for (graph,) in loader.select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } }").values()}
        assert {other.value, DEFAULT_GRAPH, minter.source_graph("a.bib").value} < on_server  # and Virtuoso's own
        reader = RemoteStore(virtuoso.endpoint)
        read = set(reader.quads())
        assert source <= read
        assert {quad.graph_name for quad in read} <= {DefaultGraph()} | {NamedNode(g) for g in reader.source_states()}
    finally:
        loader.clear()
        elsewhere.clear()


def test_help_imports_no_heavy_library() -> None:
    heavy = ("pyoxigraph", "lxml", "rdflib", "pyshacl", "igraph", "networkx", "jinja2", "pyvis", "bibtexparser", "yaml")
    script = (
        "import sys\nfrom scholargraph.cli import main\ntry:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        f"print(sorted(m for m in {heavy!r} if m in sys.modules))"
    )
    output = subprocess.run([sys.executable, "-c", script], check=True, capture_output=True, text=True).stdout
    assert output.strip().splitlines()[-1] == "[]"


def test_each_store_takes_a_source_graph_as_triples(store: GraphStore) -> None:
    """``bulk_add_graph``: a source's facts, given as triples, land in its graph and in the union the queries read."""
    minter = Minter("https://example.org/triples/")
    graph, title = minter.source_graph("a.bib"), NamedNode("http://purl.org/dc/terms/title")
    facts = [(minter.work(f"w{n}"), title, Literal(f'Title "{n}"\n', language="en")) for n in range(5)]
    if isinstance(store, OxigraphStore):
        store.text_chunk = 2  # three chunks, each loaded while the next is made
    held = set(store.quads())
    store.bulk_add_graph(graph, iter(facts))
    assert set(store.quads()) == held | {Quad(s, p, o, graph) for s, p, o in facts}
    works = " ".join(str(work) for work, _, _ in facts)
    titles = store.select(f"SELECT ?t WHERE {{ VALUES ?w {{ {works} }} ?w {title} ?t }}")
    assert sorted(row[0] for row in titles.values()) == sorted(o.value for _, _, o in facts)


def test_a_failed_load_stops_the_store_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The loader's thread fails: the build stops with its error, not a graph silently cut short."""
    calls: list[bytes] = []

    def failing(self: OxigraphStore, text: bytes, graph: NamedNode) -> None:
        calls.append(text)
        if len(calls) == 2:
            raise OSError("disk full")

    monkeypatch.setattr(OxigraphStore, "_load_text", failing)
    minter = Minter()
    facts = [(minter.work(f"w{n}"), RDF.type, minter.work("class")) for n in range(10)]
    with OxigraphStore(tmp_path / "store") as store:
        store.text_chunk = 3
        with pytest.raises(OSError, match="disk full"):
            store.bulk_add_graph(minter.source_graph("a.bib"), iter(facts))
    assert len(calls) == 2


def test_a_streamed_source_is_metered(project: Path, tmp_path: Path) -> None:
    """The meter of a streamed source sees every byte of the file, every record read and every fact made."""
    made: list[Meter] = []

    def meter(label: str, total: int) -> Meter:
        made.append(Meter(label, total))
        return made[-1]

    with OxigraphStore(tmp_path / "store") as store:
        report = build_into_store(Project.load(project), store, paths=[project / "data" / "dump.xml"], meters=meter)
        graph = Minter().source_graph("data/dump.xml")
        described = len(list(store.store.quads_for_pattern(graph, None, None, DefaultGraph())))
        held = len(list(store.store.quads_for_pattern(None, None, None, graph)))
    [dump] = made
    assert (dump.label, dump.total, dump.done) == ("data/dump.xml", DBLP.stat().st_size, DBLP.stat().st_size)
    assert dump.records == report.records > 0
    assert dump.quads + described == report.quads
    assert 0 < held <= dump.quads  # a person named in many works is said once


@pytest.mark.parametrize("quiet", [False, True], ids=["shown", "quiet"])
def test_cli_store_build_shows_its_progress_unless_quiet(
    cli: Cli, project: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, quiet: bool
) -> None:
    """Not on a terminal, a plain line every ``EVERY`` seconds (here: every record) with the bytes read and the rates."""
    monkeypatch.setattr(progress, "EVERY", 0.0)
    result = cli("build", "-C", str(project), "--store", f"oxigraph:{tmp_path / 'store'}", "--allow-violations", *["-q"] * quiet)
    assert result.exit_code == 0, result.output
    lines = [line for line in result.output.splitlines() if line.startswith("  data/dump.xml: ") and " MB " in line]
    if quiet:
        assert not lines
        return
    assert len(lines) > 10
    rates = r"[\d,]+ records \([\d,]+/s\), [\d,]+ quads \([\d,]+/s\)"
    assert re.fullmatch(rf"  data/dump\.xml: [\d.]+ of [\d.]+ MB \(\d+%\); {rates}(, .+ left)?", lines[-1]), lines[-1]


def test_a_meter_on_a_terminal_is_a_bar() -> None:
    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    out = Terminal()
    meter = progress.meters(out)("data/dblp.xml", 2048)
    meter.read(1024)
    meter.count(10, 400)
    meter.close()
    shown = out.getvalue()
    assert "data/dblp.xml:  50%" in shown and "10 records" in shown and "400 quads" in shown


def _dump(works: int) -> str:
    """A dblp dump of ``works`` articles, the last one without its year."""
    records = [
        f'<article mdate="2020-01-01" key="journals/x/W{n}"><author>Author {n}</author><title>Work {n}.</title>'
        f"{'' if n == works else '<year>2001</year>'}<journal>J. X</journal></article>"
        for n in range(1, works + 1)
    ]
    return '<?xml version="1.0" encoding="ISO-8859-1"?>\n<dblp>\n' + "\n".join(records) + "\n</dblp>\n"


def test_a_store_build_validates_every_record_and_again_only_when_a_source_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(driver, "STREAM_ABOVE", 0)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "dump.xml").write_text(_dump(400), encoding="iso-8859-1")

    def year_missing(report: driver.BuildReport) -> list[str]:
        return [f.entity or "" for f in report.validation.findings if f.path == "dcterms:issued"]

    with OxigraphStore(tmp_path / "store") as store:
        first = build_into_store(Project(tmp_path), store)
        assert year_missing(first) == ["work 'Work 400'"]  # the last of 400 records, not a sample's
        assert first.validation.findings == validate_store(store).findings
        again = build_into_store(Project(tmp_path), store)
        assert (again.rebuilt, again.validation.findings) == ([], [])  # nothing changed, nothing validated again
        monkeypatch.setattr(driver, "shapes_digest", lambda: "0" * 64)  # the shapes changed, no source did
        said: list[str] = []
        reshaped = build_into_store(Project(tmp_path), store, progress=said.append)
        assert reshaped.rebuilt == [] and year_missing(reshaped) == ["work 'Work 400'"]
        assert "the shapes changed since the store was last validated" in said
        assert store.state(Minter().dataset(), SG.shapesDigest) == "0" * 64
        after = build_into_store(Project(tmp_path), store)
        assert (after.rebuilt, after.validation.findings) == ([], [])  # validated with these shapes: not again
        full = build_into_store(Project(tmp_path), store, full=True)
        assert year_missing(full) == ["work 'Work 400'"]


def test_a_long_validation_says_how_far_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Each compiled check done is counted; the progress says "k of N checks" with the time left (here after every
    check, ``EVERY`` being 0), never after the last."""
    monkeypatch.setattr(progress, "EVERY", 0.0)
    monkeypatch.setattr(driver, "STREAM_ABOVE", 0)
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "dump.xml").write_text(_dump(20), encoding="iso-8859-1")
    said: list[str] = []
    with OxigraphStore(tmp_path / "store") as store:
        build_into_store(Project(tmp_path), store)
        steps: list[tuple[int, int]] = []
        validate_store(store, step=lambda done, total: steps.append((done, total)))
        validate_store(store, step=progress.stepper(said.append, "validating"))
    total = steps[-1][1]
    assert total > 10 and steps == [(done, total) for done in range(1, total + 1)]
    assert len(said) == total - 1
    assert re.fullmatch(rf"  validating: 1 of {total:,} checks \(\d+%\), \d+ s left", said[0]), said[0]
