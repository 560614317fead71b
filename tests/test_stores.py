"""The query library on three stores: rdflib in memory, embedded Oxigraph and a real Virtuoso.

Every shipped query must give the same rows on each store; results are checked against
counts derived from the hand-written expectations for the first homepage; parameter
values that look like SPARQL stay values.
"""

from __future__ import annotations

import re

import os
import shutil
from collections import Counter, defaultdict
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from pyoxigraph import Literal, NamedNode, Quad

import expected_qianru_sun as expected
from conftest import Cli
from scholargraph.errors import QueryError, StoreError
from scholargraph.query.library import list_queries, run_query
from scholargraph.query.params import bind
from scholargraph.stores import GraphStore, open_store, read_quads
from scholargraph.stores.remote import PASSWORD_VARIABLE, USER_VARIABLE, RemoteStore
from virtuoso import PASSWORD, USER, Virtuoso, running_virtuoso

OWNER = "Qianru Sun"
# The names the graph gives two people the page writes family name first (hand-checked).
GRAPH_NAME = {"LOH Yi Lin": "Yi Lin Loh", "AW Khai Loong": "Khai Loong Aw"}
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
FOAF_PERSON = "http://xmlns.com/foaf/0.1/Person"
PARAMS = {"person": OWNER, "supervisor": OWNER, "from": "2020", "to": "2022"}


@contextmanager
def credentials(user: str | None = USER, password: str | None = PASSWORD) -> Iterator[None]:
    saved = {name: os.environ.get(name) for name in (USER_VARIABLE, PASSWORD_VARIABLE)}
    for name, value in ((USER_VARIABLE, user), (PASSWORD_VARIABLE, password)):
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


@pytest.fixture(scope="session")
def graph_file(example_build: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example's graph file, copied: a test moves it away for a while."""
    copy = tmp_path_factory.mktemp("stores") / "graph.trig"
    shutil.copy(example_build / "graph.trig", copy)
    return copy


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Virtuoso]:
    with running_virtuoso(tmp_path_factory.mktemp("virtuoso")) as server:
        yield server


@pytest.fixture(scope="session")
def stores(graph_file: Path, virtuoso: Virtuoso, tmp_path_factory: pytest.TempPathFactory) -> dict[str, GraphStore]:
    with credentials():
        remote = RemoteStore(virtuoso.endpoint, graph_store=virtuoso.graph_store)
    loaded = {
        "memory": open_store("memory"),
        "oxigraph": open_store("oxigraph", path=tmp_path_factory.mktemp("oxigraph") / "store"),
        "remote": remote,
    }
    # A second source describing the same people again, as a BibTeX file or a roster would:
    # the union must stay a set of triples (Oxigraph and Virtuoso see each triple once a graph).
    second = NamedNode("https://example.org/source/second-copy")
    quads = read_quads(graph_file)
    people = {q.subject for q in quads if q.predicate == NamedNode(RDF_TYPE) and q.object == NamedNode(FOAF_PERSON)}
    repeated = [Quad(q.subject, q.predicate, q.object, second) for q in quads if q.subject in people]
    for store in loaded.values():
        store.load(graph_file)
        store.add_quads(repeated)
    return loaded


def _params(name: str) -> dict[str, str]:
    declared = {p.name for p in next(q for q in list_queries() if q.name == name).parameters}
    return {key: value for key, value in PARAMS.items() if key in declared}


def _rows(stores: dict[str, GraphStore], name: str, kind: str = "oxigraph", **params: str) -> list[dict[str, str]]:
    return run_query(name, params or _params(name), stores[kind]).dicts()


# -- the matrix -----------------------------------------------------------------------------


def test_at_least_fifteen_queries_each_with_a_header() -> None:
    queries = list_queries()
    assert len(queries) >= 15
    for query in queries:
        assert query.header.get("title") and query.header.get("description") and query.columns, query.name


@pytest.mark.parametrize("name", [q.name for q in list_queries()])
def test_same_rows_on_every_store(stores: dict[str, GraphStore], name: str) -> None:
    results = {kind: run_query(name, _params(name), store) for kind, store in stores.items()}
    oxigraph = results["oxigraph"]
    query = next(q for q in list_queries() if q.name == name)
    assert list(oxigraph.columns) == query.columns  # the header tells the truth
    for kind in ("memory", "remote"):
        assert results[kind].columns == oxigraph.columns, kind
        assert results[kind].rows == oxigraph.rows, kind


def test_virtuoso_returns_more_than_its_default_row_limit(stores: dict[str, GraphStore]) -> None:
    # DISTINCT: Virtuoso's default graph gives a triple once per graph that holds it, Oxigraph's once.
    query = (
        "SELECT DISTINCT ?s ?p ?o ?copy "
        'WHERE { ?s ?p ?o FILTER STRSTARTS(STR(?s), "https://example.org/") VALUES ?copy { 1 2 3 } }'
    )
    rows = len(stores["oxigraph"].select(query).rows)
    assert rows > 10_000  # Debian's ResultSetMaxRows
    assert len(stores["remote"].select(query).rows) == rows


# -- expected rows for the first homepage, from the hand-written expectations -------------


def _owner_works() -> list[dict]:  # type: ignore[type-arg]
    return [entry for entry in expected.PUBLICATIONS if OWNER in entry["authors"]]


def test_person_coauthors(stores: dict[str, GraphStore]) -> None:
    joint: Counter[str] = Counter()
    years: defaultdict[str, list[int]] = defaultdict(list)
    for entry in _owner_works():
        for name in {n for n in entry["authors"] if n and n != OWNER}:
            joint[name] += 1
            years[name].append(entry["year"])
    got = {
        r["name"]: (int(r["joint_works"]), int(r["first_year"]), int(r["last_year"])) for r in _rows(stores, "person-coauthors")
    }
    assert got == {name: (n, min(years[name]), max(years[name])) for name, n in joint.items()}


def test_person_works_one_row_per_coauthor(stores: dict[str, GraphStore]) -> None:
    rows = _rows(stores, "person-works")
    expected_rows = sum(max(1, len([n for n in e["authors"] if n and n != OWNER])) for e in _owner_works())
    assert len(rows) == expected_rows
    by_title = {e["title"]: e for e in _owner_works()}
    for row in rows:
        entry = by_title[row["title"]]
        assert entry["authors"][int(row["position"]) - 1] == OWNER
        assert entry["authors"][int(row["coauthor_position"]) - 1] == row["coauthor"]
        assert row["year"] == str(entry["year"]) and row["venue"] == entry["venue"]


def test_collaboration_over_time(stores: dict[str, GraphStore]) -> None:
    by_year: defaultdict[int, list[dict]] = defaultdict(list)  # type: ignore[type-arg]
    for entry in _owner_works():
        by_year[entry["year"]].append(entry)
    seen: set[str] = set()
    want = {}
    for year in sorted(by_year):
        names = {n for e in by_year[year] for n in e["authors"] if n and n != OWNER}
        want[year] = (len(by_year[year]), len(names), len(names - seen))
        seen |= names
    rows = _rows(stores, "collaboration-over-time")
    assert {int(r["year"]): (int(r["works"]), int(r["coauthors"]), int(r["new_coauthors"])) for r in rows} == want


def test_venues(stores: dict[str, GraphStore]) -> None:
    venues: defaultdict[str, list[int]] = defaultdict(list)
    for entry in _owner_works():
        venues[entry["venue"]].append(entry["year"])
    got = {r["venue"]: (int(r["works"]), int(r["first_year"]), int(r["last_year"])) for r in _rows(stores, "person-venues")}
    assert got == {v: (len(y), min(y), max(y)) for v, y in venues.items()}
    by_year = Counter((e["venue"], e["year"]) for e in expected.PUBLICATIONS if 2020 <= e["year"] <= 2022)
    got_by_year = {(r["venue"], int(r["year"])): int(r["works"]) for r in _rows(stores, "venues-by-year")}
    assert got_by_year == dict(by_year)
    assert _rows(stores, "works-without-venue") == []  # every paper on the page names its venue


def test_students_and_co_supervision(stores: dict[str, GraphStore]) -> None:
    rows = _rows(stores, "students")
    assert len(rows) == len(expected.SUPERVISIONS)
    by_student = {r["student"]: r for r in rows}
    for entry in expected.SUPERVISIONS:
        row = by_student[GRAPH_NAME.get(entry["person"], entry["person"])]
        assert (row["role"], row["as"], row["principal"]) == (entry["role"], "principal", OWNER)
        assert (row["start"], row.get("end", "")) == (entry["start"] or "", entry["end"] or "")
        assert set(filter(None, row["cosupervisors"].split("; "))) == set(entry["cosupervisors"])
    assert {r["kind"] for r in rows} == {"PhD", "master", "visit", "postdoc or fellow", "other"}
    pairs = Counter(co for e in expected.SUPERVISIONS for co in e["cosupervisors"])
    got: Counter[str] = Counter()
    for row in _rows(stores, "co-supervision"):  # a row per kind of supervision
        if row["supervisor"] == OWNER:
            got[row["cosupervisor"]] += int(row["students"])
    assert got == pairs
    as_co = _rows(stores, "students", supervisor="Hanwang Zhang")
    assert {(r["student"], r["as"], r["principal"]) for r in as_co} == {
        ("Zhongqi Yue", "co-supervisor", OWNER),
        ("Tan Wang", "co-supervisor", OWNER),
    }


def test_genealogy_with_generations(stores: dict[str, GraphStore]) -> None:
    students = {GRAPH_NAME.get(e["person"], e["person"]) for e in expected.SUPERVISIONS}
    down = {(r["name"], r["generation"]) for r in _rows(stores, "descendants")}
    assert down == {(name, "1") for name in students}
    # The page says her thesis was advised by Hong Liu: her students are his second generation.
    from_advisor = {(r["name"], r["generation"]) for r in _rows(stores, "descendants", person="Hong Liu")}
    assert from_advisor == {(OWNER, "1")} | {(name, "2") for name in students}
    up = {(r["name"], r["generation"]) for r in _rows(stores, "ancestors", person="Tan Wang")}
    assert up == {(OWNER, "1"), ("Hanwang Zhang", "1"), ("Hong Liu", "2")}


def test_student_works(stores: dict[str, GraphStore]) -> None:
    students = {GRAPH_NAME.get(e["person"], e["person"]) for e in expected.SUPERVISIONS}
    want = {
        (name, entry["title"], "yes" if OWNER in entry["authors"] else "no")
        for entry in expected.PUBLICATIONS
        for name in entry["authors"]
        if name in students
    }
    assert {(r["student"], r["title"], r["with_supervisor"]) for r in _rows(stores, "student-works")} == want


def test_lab_flow(stores: dict[str, GraphStore]) -> None:
    rows = _rows(stores, "lab-flow")  # her students' organizations at the time; none has a position in the graph
    assert len(rows) == sum(1 for e in expected.SUPERVISIONS if e["organization"])
    assert {r["when"] for r in rows} == {"at the time"}
    assert all(re.fullmatch(r"data/homepage-qianru-sun\.txt:\d+", r["evidence"]) for r in rows), rows  # the line saying so
    said = sorted(int(r["evidence"].rsplit(":", 1)[1]) for r in rows)
    assert said == sorted(e["line"] for e in expected.SUPERVISIONS if e["organization"])
    advisor = {(r["when"], r["organization"], r.get("position", "")) for r in _rows(stores, "lab-flow", supervisor="Hong Liu")}
    assert ("at the time", "Peking University", "") in advisor  # "I got my Ph.D. degree from Peking University in 2016"
    assert ("after", "Max Planck Institute for Informatics", "Lise Meitner Award Fellowship") in advisor  # 2016-2018
    unit = "School of Computing and Information Systems, Singapore Management University"
    assert ("after", unit, "Faculty member") in advisor  # since 2019


def test_active_people(stores: dict[str, GraphStore]) -> None:
    rows = {r["name"]: r for r in _rows(stores, "active-people")}
    in_range = [e for e in _owner_works() if 2020 <= e["year"] <= 2022]
    assert int(rows[OWNER]["works"]) == len(in_range)
    assert rows["Yi Lin Loh"]["supervisions"] == "1"  # Jan 2022-Nov 2022
    assert "Zhaozheng Chen" not in rows or rows["Zhaozheng Chen"]["supervisions"] == "0"  # Feb 2024 - Nov 2024
    # 2016: only the Lise Meitner fellowship (2016-2018); her PhD has an end (2016) but no start written.
    early = _rows(stores, "active-people", **{"from": "2016", "to": "2016"})
    assert [(r["name"], r["works"], r["supervisions"], r["positions"]) for r in early] == [(OWNER, "0", "0", "1")]


def test_data_quality(stores: dict[str, GraphStore]) -> None:
    variants = {(r["name"], r["other_name"], r["reason"]) for r in _rows(stores, "name-variants")}
    assert variants == {
        ("Hui Lv", "Lv Hui", "given and family names swapped"),
        ("Zichen Tian", "Zicheng Tian", "one given name starts the other"),
    }
    people = _rows(stores, "people")
    assert len(_rows(stores, "people-without-identifiers")) == len(people)  # the page gives no ORCID or dblp ids


# -- parameters stay values ----------------------------------------------------------------

EVIL = (
    "} ; DROP ALL ; {",
    'Qianru Sun" } UNION { ?s ?p ?o } #',
    "x' } DELETE WHERE { ?s ?p ?o } #",
    "line one\nline two\r\n# not a comment",
    'back\\slash \\" and """triple""" and \'\'\'single\'\'\'',
    "<http://example.org/> ?s ?p ?o . } ; CLEAR ALL",
    "ünïcödé — 孙倩茹 {braces} (parens) $var ?var",
)
ODD_NAME = 'Robert "Bob" O\'Brien } ; DROP ALL ; { # x'


def _count(store: GraphStore) -> int:
    return int(store.select("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }").rows[0][0].value)  # type: ignore[union-attr]


@pytest.mark.parametrize("kind", ["memory", "oxigraph", "remote"])
def test_values_come_back_unchanged(stores: dict[str, GraphStore], kind: str) -> None:
    store = stores[kind]
    before = _count(store)
    for value in EVIL:
        rows = store.select(bind("SELECT ?value WHERE { }", {"value": [Literal(value)]})).rows
        assert [row[0] for row in rows] == [Literal(value)], value
    assert _count(store) == before


@pytest.mark.parametrize("kind", ["memory", "oxigraph", "remote"])
def test_injection_in_a_person_name_matches_nobody(stores: dict[str, GraphStore], kind: str) -> None:
    store = stores[kind]
    before = _count(store)
    for value in EVIL:
        with pytest.raises(QueryError, match="nobody in the graph is named"):
            run_query("person-works", {"person": value}, store)
    assert _count(store) == before
    with pytest.raises(QueryError, match="must be an integer"):
        run_query("venues-by-year", {"from": "2020 && true"}, store)
    with pytest.raises(QueryError, match="is not an IRI"):
        run_query("person-works", {"person": "<http://example.org/a>}DROP>"}, store)


@pytest.fixture(params=["memory", "oxigraph", "remote"])
def empty_store(request: pytest.FixtureRequest, virtuoso: Virtuoso) -> Iterator[GraphStore]:
    """A store of each kind holding nothing yet; on Virtuoso, its graphs are dropped afterwards."""
    with credentials():
        store = open_store(request.param, endpoint=virtuoso.endpoint, graph_store=virtuoso.graph_store)
    yield store
    store.clear()
    store.close()


def test_an_odd_name_finds_its_own_rows(empty_store: GraphStore) -> None:
    base = "https://example.org/odd/"
    graph = NamedNode(base + "graph")
    person, work, authorship = NamedNode(base + "person"), NamedNode(base + "work"), NamedNode(base + "work/authorship/1")
    foaf, dcterms, vivo = "http://xmlns.com/foaf/0.1/", "http://purl.org/dc/terms/", "http://vivoweb.org/ontology/core#"
    empty_store.add_quads(
        [
            Quad(person, NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NamedNode(foaf + "Person"), graph),
            Quad(person, NamedNode(foaf + "name"), Literal(ODD_NAME), graph),
            Quad(work, NamedNode(dcterms + "title"), Literal("A title with } and {"), graph),
            Quad(work, NamedNode(dcterms + "creator"), person, graph),
            Quad(authorship, NamedNode(vivo + "relates"), work, graph),
            Quad(authorship, NamedNode(vivo + "relates"), person, graph),
            Quad(authorship, NamedNode(vivo + "rank"), Literal(1), graph),
        ]
    )
    rows = run_query("person-works", {"person": ODD_NAME}, empty_store).dicts()
    assert rows == [{"title": "A title with } and {", "position": "1"}]
    assert run_query("person-works", {"person": f"<{person.value}>"}, empty_store).dicts() == rows
    empty_store.clear()
    assert empty_store.is_empty() or empty_store.kind == "remote"  # a server keeps graphs of its own
    with pytest.raises(QueryError, match="nobody in the graph is named"):
        run_query("person-works", {"person": ODD_NAME}, empty_store)


def test_unknown_and_missing_parameters(stores: dict[str, GraphStore]) -> None:
    with pytest.raises(QueryError, match="needs --param person"):
        run_query("person-works", {}, stores["oxigraph"])
    with pytest.raises(QueryError, match="has no parameter colour"):
        run_query("people", {"colour": "red"}, stores["oxigraph"])
    with pytest.raises(QueryError, match="did you mean 'Qianru Sun'"):
        run_query("person-works", {"person": "Qianru Sung"}, stores["oxigraph"])


# -- the remote store's own ways -----------------------------------------------------------


def test_remote_writes_need_credentials(virtuoso: Virtuoso, graph_file: Path) -> None:
    with credentials(None, None):
        anonymous = RemoteStore(virtuoso.endpoint, graph_store=virtuoso.graph_store)
    with pytest.raises(StoreError, match=f"401.*{USER_VARIABLE}"):
        anonymous.load(graph_file)
    with credentials(USER, "wrong"):
        wrong = RemoteStore(virtuoso.endpoint, graph_store=virtuoso.graph_store)
    with pytest.raises(StoreError, match="401"):
        wrong.load(graph_file)


def test_remote_loads_through_sparql_update_and_clears_its_graphs(virtuoso: Virtuoso) -> None:
    with credentials():
        store = RemoteStore(virtuoso.update_endpoint)
    graph = NamedNode("https://example.org/update-test")
    quads = [
        Quad(NamedNode(f"https://example.org/s{i}"), NamedNode("https://example.org/p"), Literal(f'v "{i}" }}'), graph)
        for i in range(3)
    ]
    store.add_quads(quads, replace_graphs=True)
    ask = "SELECT ?o WHERE { GRAPH <https://example.org/update-test> { ?s ?p ?o } } ORDER BY ?o"
    assert [row[0] for row in store.select(ask).rows] == sorted((q.object for q in quads), key=lambda t: t.value)
    store.clear()
    assert store.select(ask).rows == []


# -- the command line ----------------------------------------------------------------------


def test_cli_parameters_stores_and_listing(cli: Cli, graph_file: Path, tmp_path: Path) -> None:
    listing = cli("query", "--list").stdout
    assert "person-works" in listing and "person (person)" in listing and "from (integer, default 0)" in listing
    args = ("ancestors", "--param", "person=Tan Wang", "--graph", str(graph_file), "--format", "csv")
    memory = cli("query", *args, "--store", "memory")
    assert memory.exit_code == 0, memory.stderr
    assert memory.stdout.splitlines()[0] == "generation,ancestor,name"
    assert sorted(line.split(",")[2] for line in memory.stdout.splitlines()[1:]) == ["Hanwang Zhang", "Hong Liu", OWNER]
    db = tmp_path / "store"
    # an empty store folder is loaded from the graph file
    assert cli("query", *args, "--store", f"oxigraph:{db}").stdout == memory.stdout
    moved = tmp_path / "moved.trig"
    graph_file.rename(moved)
    try:
        assert cli("query", *args, "--store", f"oxigraph:{db}").stdout == memory.stdout  # and keeps the graph between runs
    finally:
        moved.rename(graph_file)
    bad = cli("query", "ancestors", "--param", "person", "--graph", str(graph_file))
    assert bad.exit_code == 2 and "NAME=VALUE" in bad.stderr
    missing = cli("query", "ancestors", "--graph", str(graph_file))
    assert missing.exit_code == 2 and "needs --param person" in missing.stderr


def test_cli_remote_store(cli: Cli, virtuoso: Virtuoso, graph_file: Path) -> None:
    environment = {USER_VARIABLE: USER, PASSWORD_VARIABLE: PASSWORD}
    command = ["query", "descendants", "-p", "person=Hong Liu", "--format", "json"]
    remote = ["--store", "remote", "--endpoint", virtuoso.endpoint, "--graph-store", virtuoso.graph_store, "--load"]
    result = cli(*command, *remote, "--graph", str(graph_file), env=environment)
    assert result.exit_code == 0, result.stderr
    local = cli(*command, "--graph", str(graph_file))
    assert local.exit_code == 0, local.stderr
    assert result.stdout == local.stdout


def test_parameters_land_in_the_outer_group(tmp_path: Path) -> None:
    rq = tmp_path / "tricky.rq"
    rq.write_text(
        "# title: Braces before the WHERE group\n"
        "# param: name (string, default Hong Liu): a name\n"
        "# a comment with { a brace\n"
        "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n"
        'SELECT ?person ?note WHERE { ?person foaf:name ?name . BIND ("{ not a group }" AS ?note) }\n',
        encoding="utf-8",
    )
    store = open_store("oxigraph")
    store.add_quads([Quad(NamedNode("https://example.org/p"), NamedNode("http://xmlns.com/foaf/0.1/name"), Literal("Hong Liu"))])
    assert run_query(str(rq), None, store).values() == [("https://example.org/p", "{ not a group }")]
    assert run_query(str(rq), {"name": "Nobody"}, store).rows == []


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("# param: person (human): someone", "unknown type 'human'"),
        ("# param: person person", "write a parameter as"),
    ],
)
def test_a_malformed_parameter_names_its_file_and_line(tmp_path: Path, line: str, message: str) -> None:
    rq = tmp_path / "bad.rq"
    rq.write_text(f"# title: Bad\n{line}\nSELECT * WHERE {{ }}\n", encoding="utf-8")
    with pytest.raises(QueryError, match=f"bad.rq:2: .*{message}"):
        run_query(str(rq), None, open_store("oxigraph"))


def test_load_graph_gives_a_pyoxigraph_store(graph_file: Path, tmp_path: Path) -> None:
    import rdflib
    from pyoxigraph import DefaultGraph, Store

    from scholargraph.errors import SourceError
    from scholargraph.query.library import load_graph

    store = load_graph(graph_file)
    assert isinstance(store, Store)
    independent = rdflib.Dataset()
    independent.parse(graph_file, format="trig")
    quads = set(independent.quads((None, None, None, None)))
    named = [quad for quad in store if not isinstance(quad.graph_name, DefaultGraph)]
    assert len(named) == len({quad for quad in quads if quad[3] != rdflib.graph.DATASET_DEFAULT_GRAPH_ID}) > 4000
    assert len(store) - len(named) == len({quad[:3] for quad in quads})  # the default graph: the union of all graphs
    broken = tmp_path / "broken.ttl"
    broken.write_text("<a> <b> .\n", encoding="utf-8")
    with pytest.raises(SourceError, match=r"broken\.ttl: not valid Turtle"):
        load_graph(broken)


def test_a_person_is_found_by_orcid_or_dblp_pid_as_well_as_by_name(empty_store: GraphStore) -> None:
    base = "https://example.org/ids/"
    graph, work = NamedNode(base + "graph"), NamedNode(base + "work")
    homonyms = [NamedNode(base + "wei-wang-0001"), NamedNode(base + "wei-wang-0002")]
    sg, foaf, vivo = "https://w3id.org/scholargraph/ns#", "http://xmlns.com/foaf/0.1/", "http://vivoweb.org/ontology/core#"
    quads = [Quad(work, NamedNode("http://purl.org/dc/terms/title"), Literal("Only the first one's"), graph)]
    for person, pid in zip(homonyms, ["w/WeiWang1", "w/WeiWang2"], strict=True):
        quads += [Quad(person, NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), NamedNode(foaf + "Person"), graph)]
        quads += [Quad(person, NamedNode(foaf + "name"), Literal("Wei Wang"), graph)]
        quads += [Quad(person, NamedNode(sg + "dblpPid"), Literal(pid), graph)]
    quads += [Quad(homonyms[0], NamedNode(sg + "orcid"), Literal("0000-0002-1825-0097"), graph)]
    authorship = NamedNode(base + "work/authorship/1")
    quads += [Quad(authorship, NamedNode(vivo + "relates"), node, graph) for node in (work, homonyms[0])]
    quads += [Quad(authorship, NamedNode(vivo + "rank"), Literal(1), graph)]
    quads += [Quad(work, NamedNode("http://purl.org/dc/terms/creator"), homonyms[0], graph)]
    empty_store.add_quads(quads)
    first = [{"title": "Only the first one's", "position": "1"}]
    assert run_query("person-works", {"person": "w/WeiWang1"}, empty_store).dicts() == first
    assert run_query("person-works", {"person": "0000-0002-1825-0097"}, empty_store).dicts() == first
    assert run_query("person-works", {"person": "w/WeiWang2"}, empty_store).dicts() == []


@pytest.mark.parametrize("on_disk", [False, True], ids=["in-memory", "on-disk"])
def test_oxigraph_default_graph_is_the_union_through_replacing_and_dropping(tmp_path: Path, on_disk: bool) -> None:
    from scholargraph.stores.oxigraph import OxigraphStore

    a, b, name, knows = (NamedNode(f"https://example.org/{n}") for n in ("a", "b", "name", "knows"))
    g1, g2 = NamedNode("https://example.org/source/1"), NamedNode("https://example.org/source/2")
    shared, only_g1 = (a, name, Literal("A")), (a, knows, b)
    every = "SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?p ?s"
    with OxigraphStore(tmp_path / "db" if on_disk else None) as store:
        store.add_quads([Quad(*shared, g1), Quad(*only_g1, g1), Quad(*shared, g2), Quad(b, name, Literal("B"))])
        assert store.select(every).rows == [only_g1, (a, name, Literal("A")), (b, name, Literal("B"))]
        assert store.select(f"SELECT ?s WHERE {{ GRAPH {g2} {{ ?s ?p ?o }} }}").rows == [(a,)]  # GRAPH still names one
        store.add_quads([Quad(b, knows, a, g1)], replace_graphs=True)  # g1 again, without its old triples
        assert sorted(store.select(every).values()) == sorted(
            [(b.value, name.value, "B"), (a.value, name.value, "A"), (b.value, knows.value, a.value)]
        )
        store.drop_graph(g2)
        assert sorted(store.select(every).values()) == [(b.value, knows.value, a.value), (b.value, name.value, "B")]
