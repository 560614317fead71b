"""The four shipped queries, through the real CLI, against counts derived from the hand-written expectations."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from collections import Counter
from itertools import combinations
from pathlib import Path

import pytest

import expected_qianru_sun as expected
from conftest import ROOT


def _cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "scholargraph", *args], capture_output=True, text=True, check=False)


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("build")
    result = _cli("build", "-C", str(ROOT), "--out", str(out), "-q")
    assert result.returncode == 0, result.stderr
    return out / "graph.trig"


def _csv(graph: Path, name: str) -> list[dict[str, str]]:
    result = _cli("query", name, "--graph", str(graph), "--format", "csv")
    assert result.returncode == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout, newline="")))


def _header(graph: Path, name: str) -> list[str]:
    result = _cli("query", name, "--graph", str(graph), "--format", "csv")
    return next(csv.reader(io.StringIO(result.stdout, newline="")))


@pytest.mark.parametrize(
    ("name", "columns"),
    [
        ("publications", ["work", "title", "year", "venue", "rank", "author"]),
        ("supervision", ["supervisor", "person", "role", "start", "end", "cosupervisors", "organization"]),
        ("coauthors", ["person", "coauthor", "joint_works"]),
        ("people", ["person", "name", "works"]),
    ],
)
def test_result_columns(graph: Path, name: str, columns: list[str]) -> None:
    assert _header(graph, name) == columns


def test_csv_is_sparql_results_csv(graph: Path) -> None:
    command = [sys.executable, "-m", "scholargraph", "query", "people", "--graph", str(graph), "--format", "csv"]
    raw = subprocess.run(command, capture_output=True, check=True).stdout
    assert raw.startswith(b"person,name,works\r\n")  # SPARQL 1.1 CSV: CRLF line ends


def test_publications_one_row_per_authorship(graph: Path) -> None:
    rows = _csv(graph, "publications")
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


def test_supervision_rows(graph: Path) -> None:
    rows = _csv(graph, "supervision")
    by_person = {r["person"]: r for r in rows}
    assert len(rows) == len(expected.SUPERVISIONS) + 1  # the 25 listed, and the owner's own PhD
    assert by_person["Tan Wang"] == {
        "supervisor": "Qianru Sun",
        "person": "Tan Wang",
        "role": "PhD student",
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


def test_coauthor_pairs_and_counts(graph: Path) -> None:
    rows = _csv(graph, "coauthors")
    pairs: Counter[frozenset[str]] = Counter()
    for entry in expected.PUBLICATIONS:
        names = sorted({n for n in entry["authors"] if n})
        pairs.update(frozenset(pair) for pair in combinations(names, 2))
    got = {frozenset((r["person"], r["coauthor"])): int(r["joint_works"]) for r in rows}
    assert len(got) == len(rows)  # each pair once
    assert got == dict(pairs)


def test_people_and_their_works(graph: Path) -> None:
    rows = _csv(graph, "people")
    works = Counter(n for e in expected.PUBLICATIONS for n in set(e["authors"]) if n)
    by_name = {r["name"]: int(r["works"]) for r in rows}
    for name, count in works.items():  # every author on this page is written given name first
        assert by_name[name] == count, name
    assert by_name["Qianru Sun"] == 48
    assert by_name["Hong Liu"] == 0  # her PhD advisor: a person in the graph with no works here


def test_json_and_table_formats(graph: Path) -> None:
    as_json = json.loads(_cli("query", "people", "--graph", str(graph), "--format", "json").stdout)
    assert as_json["head"]["vars"] == ["person", "name", "works"]
    table = _cli("query", "people", "--graph", str(graph)).stdout
    assert table.splitlines()[0].split() == ["person", "name", "works"]
    assert "Qianru Sun" in table and table.rstrip().endswith("rows)")


def test_list_and_unknown_query(graph: Path) -> None:
    listing = _cli("query", "--list").stdout
    for name in ("publications", "supervision", "coauthors", "people"):
        assert name in listing
    unknown = _cli("query", "nosuch", "--graph", str(graph))
    assert unknown.returncode == 2 and "publications" in unknown.stderr


def test_query_a_file_and_a_missing_graph(graph: Path, tmp_path: Path) -> None:
    rq = tmp_path / "count.rq"
    rq.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s a <http://xmlns.com/foaf/0.1/Person> }\n")
    rows = _csv(graph, str(rq))
    assert int(rows[0]["n"]) == len(_csv(graph, "people"))
    missing = _cli("query", "people", "--graph", str(tmp_path / "none.trig"))
    assert missing.returncode == 2 and "scholargraph build" in missing.stderr
