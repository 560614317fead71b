"""The four shipped queries, through the real CLI, against counts derived from the hand-written expectations."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

import expected_qianru_sun as expected
from conftest import ROOT, Cli


@pytest.fixture(scope="module")
def graph(example_build: Path) -> Path:
    return example_build / "graph.trig"


def _csv(cli: Cli, graph: Path, name: str) -> list[dict[str, str]]:
    result = cli("query", name, "--graph", str(graph), "--format", "csv")
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout, newline="")))


def _header(cli: Cli, graph: Path, name: str, *params: str) -> list[str]:
    result = cli("query", name, "--graph", str(graph), "--format", "csv", *(f"--param={p}" for p in params))
    return next(csv.reader(io.StringIO(result.stdout, newline="")))


@pytest.mark.parametrize(
    ("name", "columns"),
    [
        ("publications", ["work", "title", "year", "venue", "rank", "author"]),
        ("supervision", ["supervisor", "person", "role", "kind", "start", "end", "cosupervisors", "organization"]),
        (
            "students?supervisor=Qianru Sun",
            ["student", "role", "kind", "as", "start", "end", "principal", "cosupervisors", "organization"],
        ),
        ("co-supervision", ["supervisor", "cosupervisor", "kind", "students", "first_year", "last_year", "ongoing"]),
        ("coauthors", ["person", "coauthor", "joint_works"]),
        ("people", ["person", "name", "works"]),
    ],
)
def test_result_columns(cli: Cli, graph: Path, name: str, columns: list[str]) -> None:
    query, _, param = name.partition("?")
    assert _header(cli, graph, query, *filter(None, [param])) == columns


def test_csv_is_sparql_results_csv(cli: Cli, graph: Path) -> None:
    result = cli("query", "people", "--graph", str(graph), "--format", "csv")
    assert result.exit_code == 0, result.stderr
    raw = result.stdout_bytes
    assert raw.startswith(b"person,name,works\r\n")  # SPARQL 1.1 CSV: CRLF line ends


def test_publications_one_row_per_authorship(cli: Cli, graph: Path) -> None:
    rows = _csv(cli, graph, "publications")
    written = [(e["title"], rank, name) for e in expected.PUBLICATIONS for rank, name in enumerate(e["authors"], 1) if name]
    assert len(rows) == len(written)
    by_title = {e["title"]: e for e in expected.PUBLICATIONS}
    for row in rows:
        entry = by_title[row["title"]]
        assert row["year"] == str(entry["year"])
        assert row["venue"] == entry["venue"]
        assert entry["authors"][int(row["rank"]) - 1] is not None
    pg2 = [r for r in rows if r["title"] == "Pose Guided Person Image Generation"]
    assert [(r["rank"], r["author"], r["venue"], r["year"]) for r in pg2][:2] == [
        ("1", "Liqian Ma", "NeurIPS", "2017"),
        ("2", "Xu Jia", "NeurIPS", "2017"),
    ]


def test_supervision_rows(cli: Cli, graph: Path) -> None:
    rows = _csv(cli, graph, "supervision")
    by_person = {r["person"]: r for r in rows}
    assert len(rows) == len(expected.SUPERVISIONS) + 1  # the 25 listed, and the owner's own PhD
    assert by_person["Tan Wang"] == {
        "supervisor": "Qianru Sun",
        "person": "Tan Wang",
        "role": "PhD student",
        "kind": "PhD",
        "start": "2020-08",
        "end": "",
        "cosupervisors": "Hanwang Zhang",
        "organization": "Nanyang Technological University",
    }
    assert by_person["Qianru Sun"]["supervisor"] == "Hong Liu"
    assert by_person["Qianru Sun"]["organization"] == "Peking University"
    assert by_person["Binhui Liu"]["role"] == "Visiting PhD Student"
    assert by_person["Yi Lin Loh"]["role"] == "Master student"
    assert by_person["Zhaozheng Chen"]["organization"] == ""
    roles = Counter(r["role"] for r in rows if r["supervisor"] == "Qianru Sun")
    assert roles == Counter(e["role"] for e in expected.SUPERVISIONS)
    kinds = {r["role"]: r["kind"] for r in rows}
    assert kinds == {
        "PhD student": "PhD",
        "Master student": "master",
        "Visiting": "visit",
        "Visiting PhD Student": "visit",
        "PostDoc": "postdoc or fellow",
        "Postdoc": "postdoc or fellow",
        "Research Fellow": "postdoc or fellow",
        "Research Assistant": "other",
        "Research Student": "other",
        "Research Engineer": "other",
    }


def test_coauthor_pairs_and_counts(cli: Cli, graph: Path) -> None:
    rows = _csv(cli, graph, "coauthors")
    pairs: Counter[frozenset[str]] = Counter()
    for entry in expected.PUBLICATIONS:
        names = sorted({n for n in entry["authors"] if n})
        pairs.update(frozenset(pair) for pair in combinations(names, 2))
    got = {frozenset((r["person"], r["coauthor"])): int(r["joint_works"]) for r in rows}
    assert len(got) == len(rows)  # each pair once
    assert got == dict(pairs)


def test_people_and_their_works(cli: Cli, graph: Path) -> None:
    rows = _csv(cli, graph, "people")
    works = Counter(n for e in expected.PUBLICATIONS for n in set(e["authors"]) if n)
    by_name = {r["name"]: int(r["works"]) for r in rows}
    for name, count in works.items():  # every author on this page is written given name first
        assert by_name[name] == count, name
    assert by_name["Qianru Sun"] == 48
    assert by_name["Hong Liu"] == 0  # her PhD advisor: a person in the graph with no works here


def test_json_and_table_formats(cli: Cli, graph: Path) -> None:
    as_json = json.loads(cli("query", "people", "--graph", str(graph), "--format", "json").stdout)
    assert as_json["head"]["vars"] == ["person", "name", "works"]
    table = cli("query", "people", "--graph", str(graph)).stdout
    assert table.splitlines()[0].split() == ["person", "name", "works"]
    assert "Qianru Sun" in table and table.rstrip().endswith("rows)")


def test_list_and_unknown_query(cli: Cli, graph: Path) -> None:
    listing = cli("query", "--list").stdout
    for name in ("publications", "supervision", "coauthors", "people"):
        assert name in listing
    unknown = cli("query", "nosuch", "--graph", str(graph))
    assert unknown.exit_code == 2 and "publications" in unknown.stderr


def test_query_a_file_and_a_missing_graph(cli: Cli, graph: Path, tmp_path: Path) -> None:
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://xmlns.com/foaf/0.1/Person> }\n")
    rows = _csv(cli, graph, str(rq))
    assert int(rows[0]["n"]) == len(_csv(cli, graph, "people"))
    missing = cli("query", "people", "--graph", str(tmp_path / "none.trig"))
    assert missing.exit_code == 2 and "scholargraph build" in missing.stderr


@pytest.fixture(scope="module")
def genealogy(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The six saved MGP record pages built together: Gauss's page lists Encke, whose page lists his students."""
    out = tmp_path_factory.mktemp("genealogy")
    pages = sorted(str(page) for page in (ROOT / "tests" / "data" / "genealogy-mgp").glob("*.html"))
    result = cli("build", *pages, "--out", str(out), "-q")
    assert result.exit_code == 0, result.stderr
    return out / "graph.trig"


def _generations(cli: Cli, graph: Path, query: str, person: str) -> dict[str, int]:
    result = cli("query", query, "--graph", str(graph), "--format", "csv", "--param", f"person={person}")
    assert result.exit_code == 0, result.stderr
    return {row["name"]: int(row["generation"]) for row in csv.DictReader(io.StringIO(result.stdout, newline=""))}


def test_genealogy_reaches_across_mgp_records(cli: Cli, genealogy: Path) -> None:
    """Kronecker's line goes up through Encke's page and Gauss's page to Pfaff; Pfaff's comes down the same way."""
    assert _generations(cli, genealogy, "ancestors", "Leopold Kronecker") == {
        "Johann Franz Friedrich Encke": 1,  # "Encke, Johann" on Gauss's page: one person by MGP id
        "Carl Friedrich Gauß": 2,
        "Johann Friedrich Pfaff": 3,
    }
    down = _generations(cli, genealogy, "descendants", "Johann Friedrich Pfaff")
    assert Counter(down.values()) == {1: 1, 2: 15, 3: 6}
    assert (down["Carl Friedrich Gauß"], down["Bernhard Riemann"], down["Leopold Kronecker"]) == (1, 2, 3)


def test_kinds_of_mgp_supervisions(cli: Cli, genealogy: Path) -> None:
    rows = _csv(cli, genealogy, "supervision")
    kinds = {(r["supervisor"], r["person"], r["role"]): r["kind"] for r in rows}
    assert kinds[("Steven Elliot Homer", "Harry Matthijs Buhrman", "Ph.D.")] == "PhD"
    assert kinds[("Giovanni Battista (Giambattista) Beccaria", "Joseph Louis Lagrange", "B.A.")] == "undergraduate"
    assert kinds[("Leonhard Paul Euler", "Joseph Louis Lagrange", "no degree")] == "other"
    assert kinds[("Harry Matthijs Buhrman", "Ronald de Wolf", "Student")] == "PhD"  # a student in the table
    pairs = {(r["supervisor"], r["cosupervisor"], r["kind"], r["students"]) for r in _csv(cli, genealogy, "co-supervision")}
    assert ("Steven Elliot Homer", "Peter van Emde Boas", "PhD", "1") in pairs
    assert ("Steven Elliot Homer", "Leen Torenvliet", "PhD", "1") in pairs
