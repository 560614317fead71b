"""Units written inside an organization's name become units of their parent (org:subOrganizationOf)."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from conftest import Cli
from scholargraph.model.units import split_unit

UNITS = """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?unit ?own ?parent
WHERE { ?u org:subOrganizationOf ?p ; foaf:name ?unit ; skos:altLabel ?own . ?p foaf:name ?parent }
ORDER BY ?unit
"""


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("National University of Singapore, School of Computing", ("National University of Singapore", "School of Computing")),
        ("Department of Computer Science, Stanford University", ("Stanford University", "Department of Computer Science")),
        (
            "Computer Science Department, Carnegie Mellon University",
            ("Carnegie Mellon University", "Computer Science Department"),
        ),
        ("Department of Physics, MIT", ("MIT", "Department of Physics")),
        ("University of California, Berkeley", ("University of California, Berkeley", None)),  # a campus, no unit
        ("Max Planck Institute for Informatics, Saarbrücken", ("Max Planck Institute for Informatics, Saarbrücken", None)),
        ("UESTC, Chengdu, China", ("UESTC, Chengdu, China", None)),
        ("Tsinghua University", ("Tsinghua University", None)),
    ],
)
def test_split_unit(written: str, read: tuple[str, str | None]) -> None:
    assert split_unit(written) == read


def test_a_unit_written_in_a_name_is_the_unit_an_orcid_department_gives(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    roster = "# supervisor: Ada Lovelace\nName,Role,Organization\n"
    roster += 'Grace Hopper,PhD student,"National University of Singapore, School of Computing"\n'
    roster += 'Alan Turing,PhD student,"Department of Computer Science, Stanford University"\n'
    (tmp_path / "data" / "roster.csv").write_text(roster, encoding="utf-8")
    employment = {"role-title": "Lecturer", "department-name": "School of Computing"}
    employment |= {"organization": {"name": "National University of Singapore"}, "start-date": {"year": {"value": "2020"}}}
    record = {
        "orcid-identifier": {"path": "0000-0002-1825-0097"},
        "person": {"name": {"given-names": {"value": "Grace"}, "family-name": {"value": "Hopper"}}},
        "activities-summary": {"employments": {"affiliation-group": [{"summaries": [{"employment-summary": employment}]}]}},
    }
    (tmp_path / "data" / "orcid.json").write_text(json.dumps(record), encoding="utf-8")
    (tmp_path / "scholargraph.toml").write_text('base = "https://example.org/"\nsources = ["data/"]\n', encoding="utf-8")
    (tmp_path / "units.rq").write_text(UNITS, encoding="utf-8")
    assert cli("build", cwd=tmp_path).exit_code == 0
    result = cli("query", "units.rq", "--format", "csv", cwd=tmp_path)
    assert result.exit_code == 0, result.stderr
    units = [(r["unit"], r["own"], r["parent"]) for r in csv.DictReader(io.StringIO(result.stdout, newline=""))]
    assert units == [  # a unit's name says whose it is; its own name is an alternative label
        ("Department of Computer Science, Stanford University", "Department of Computer Science", "Stanford University"),
        # one node: the roster's and ORCID's
        ("School of Computing, National University of Singapore", "School of Computing", "National University of Singapore"),
    ]
    result = cli("query", "supervision", "--format", "csv", cwd=tmp_path)
    organizations = {r["person"]: r["organization"] for r in csv.DictReader(io.StringIO(result.stdout, newline=""))}
    assert organizations == {
        "Grace Hopper": "School of Computing, National University of Singapore",
        "Alan Turing": "Department of Computer Science, Stanford University",
    }
