"""lab-flow: where a lab's people came from and went, each row with the source line saying so.

A small lab written three ways: a roster with a "Now at" column and a home institute, a people page
saying "now … at", and an ORCID record whose employments come before, during and after the PhD.
"""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conftest import Cli
from scholargraph.model.positions import read_next_position

ROSTER = """Name,Role,Years,Institute,Now at
Chao Wang,Postgraduate Intern ('14),2014,Tsinghua University,
Grace Hopper,Doctoral Alumnus (May '19),2014 - May 2019,,Assistant Professor at KAIST
Alan Turing,Doctoral Alumnus,2010-2015,,
"""
PAGE = """<html><head><title>Ada Lovelace</title></head><body>
<h1>Ada Lovelace</h1>
<h2>Alumni</h2>
<ul>
<li>Mary Somerville, PhD student, 2015 - 2019, now Assistant Professor at Seoul National University</li>
<li>Charles Babbage, PhD student, 2012 - 2016</li>
</ul>
</body></html>
"""
TOML = """base = "https://example.org/"
sources = [
  "data/people.html",
  { path = "data/alumni.csv", kind = "roster", supervisor = "Ada Lovelace", organization = "Analytical Engines Lab" },
  "data/orcid.json",
]
"""


def _employment(title: str, organization: str, start: int, end: int | None = None) -> dict[str, object]:
    summary: dict[str, object] = {"role-title": title, "organization": {"name": organization}}
    summary["start-date"] = {"year": {"value": str(start)}}
    if end:
        summary["end-date"] = {"year": {"value": str(end)}}
    return {"summaries": [{"employment-summary": summary}]}


ORCID = {
    "orcid-identifier": {"path": "0000-0002-1825-0097"},
    "person": {"name": {"given-names": {"value": "Alan"}, "family-name": {"value": "Turing"}}},
    "activities-summary": {
        "employments": {
            "affiliation-group": [
                _employment("Research Assistant", "Tsinghua University", 2008, 2009),
                _employment("PhD student", "Analytical Engines Lab", 2010, 2015),
                _employment("Doctoral Alumnus", "Analytical Engines Lab", 2015),
                _employment("Reader", "University of Manchester", 2016),
            ]
        }
    },
}


@pytest.fixture(scope="module")
def lab(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("lab-flow")
    (root / "data").mkdir()
    (root / "data" / "alumni.csv").write_text(ROSTER, encoding="utf-8")
    (root / "data" / "people.html").write_text(PAGE, encoding="utf-8")
    (root / "data" / "orcid.json").write_text(json.dumps(ORCID, indent=1), encoding="utf-8")
    (root / "scholargraph.toml").write_text(TOML, encoding="utf-8")
    result = cli("build", cwd=root)
    assert result.exit_code == 0, result.stderr
    return root


def _rows(cli: Cli, lab: Path, store: str) -> set[tuple[str, ...]]:
    result = cli("query", "lab-flow", "--param", "supervisor=Ada Lovelace", "--format", "csv", "--store", store, cwd=lab)
    assert result.exit_code == 0, result.stderr
    rows = csv.DictReader(io.StringIO(result.stdout, newline=""))
    return {(r["person"], r["when"], r["organization"], r["position"], r["evidence"].split(":")[0]) for r in rows}


@pytest.mark.parametrize("store", ["oxigraph", "memory"])
def test_after_is_where_they_went_never_their_role_or_home(cli: Cli, lab: Path, store: str) -> None:
    rows = _rows(cli, lab, store)
    after = {row[:4] for row in rows if row[1] == "after"}
    assert after == {
        ("Grace Hopper", "after", "KAIST", "Assistant Professor"),  # the roster's "Now at"
        ("Mary Somerville", "after", "Seoul National University", "Assistant Professor"),  # "now … at" on the page
        ("Alan Turing", "after", "University of Manchester", "Reader"),  # an ORCID employment after the PhD
    }
    # The intern's home institute is where he was at the time; the alumnus role the ORCID record repeats, the role.
    assert ("Chao Wang", "at the time", "Tsinghua University", "", "data/alumni.csv") in rows
    assert ("Alan Turing", "during", "Analytical Engines Lab", "Doctoral Alumnus", "data/orcid.json") in rows
    assert ("Alan Turing", "before", "Tsinghua University", "Research Assistant", "data/orcid.json") in rows
    assert {row[4] for row in rows if row[1] == "after"} == {"data/alumni.csv", "data/people.html", "data/orcid.json"}


def test_next_position_as_written() -> None:
    assert read_next_position("Assistant Professor at KAIST.") == ("Assistant Professor", "KAIST")
    assert read_next_position("Research Scientist, Google") == ("Research Scientist", "Google")
    assert read_next_position("a postdoc with Prof. X at MIT") == ("postdoc with Prof. X", "MIT")
    assert read_next_position("Google DeepMind") == ("Google DeepMind", "Google DeepMind")
    assert read_next_position(" – ") is None
