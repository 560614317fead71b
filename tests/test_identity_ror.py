"""Organizations matched to the Research Organization Registry (ROR) that ``[identity] ror`` names: every way a source
writes one gives one node, with its ROR id and under its ROR parent."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from conftest import Cli
from scholargraph.errors import ConfigError
from scholargraph.identity.aliases import organizations
from scholargraph.identity.ror import ror_entries

ROR_SAMPLE = Path(__file__).parent / "data" / "ror" / "ror-sample.json"
ORGANIZATIONS = """PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX sg: <https://w3id.org/scholargraph/ns#>
SELECT ?name ?ror ?parent
WHERE { ?o a foaf:Organization ; foaf:name ?name . OPTIONAL { ?o sg:rorId ?ror } OPTIONAL { ?o org:subOrganizationOf/foaf:name ?parent } }
ORDER BY ?name
"""


def test_a_ror_dump_gives_names_ids_and_parents() -> None:
    entries = {entry.name: entry for entry in ror_entries(ROR_SAMPLE)}
    assert len(entries) == 29
    assert (entries["Australian National University"].ror, entries["Australian National University"].aliases) == (
        "019wvm592",
        ("ANU",),
    )
    assert entries["Mount Stromlo Observatory"].parent == "Australian National University"
    assert "University of New South Wales" in entries["UNSW Sydney"].aliases


def test_a_ror_v2_record_is_read_by_its_display_name(tmp_path: Path) -> None:
    record = {
        "id": "https://ror.org/019wvm592",
        "names": [
            {"value": "Australian National University", "types": ["ror_display", "label"]},
            {"value": "ANU", "types": ["acronym"]},
        ],
        "relationships": [],
    }
    (tmp_path / "anu.json").write_text(json.dumps(record), encoding="utf-8")
    (entry,) = ror_entries(tmp_path / "anu.json")
    assert (entry.name, entry.aliases, entry.ror) == ("Australian National University", ("ANU",), "019wvm592")


def test_a_known_organization_takes_its_ror_names_and_id() -> None:
    table = organizations()
    shipped = table.lookup("NUS")
    assert shipped is not None and shipped.ror is None
    for entry in ror_entries(ROR_SAMPLE):
        table.merge(entry)
    anu = table.lookup("ANU")
    assert anu is not None and anu.ror == "019wvm592" and table.lookup("Australian National University") is anu


@pytest.mark.parametrize(
    ("content", "says"),
    [("{not json", "not a ROR data file"), ('[{"name": "No Id"}]', "record 1 is no ROR organization")],
)
def test_a_bad_ror_file_is_a_clear_error(tmp_path: Path, content: str, says: str) -> None:
    (tmp_path / "ror.json").write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=says):
        ror_entries(tmp_path / "ror.json")


def test_organizations_written_any_way_are_one_node_with_their_ror_id_and_parent(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    roster = "# supervisor: Ada Lovelace\nName,Role,Organization\n"
    roster += "Grace Hopper,PhD student,ANU\n"
    roster += "Alan Turing,Postdoc,Australian National University\n"
    roster += "Mary Somerville,Visitor,Mount Stromlo Observatory\n"
    (tmp_path / "data" / "roster.csv").write_text(roster, encoding="utf-8")
    shutil.copy(ROR_SAMPLE, tmp_path / "ror.json")
    config = 'base = "https://example.org/"\nsources = ["data/"]\n[identity]\nror = "ror.json"\n'
    (tmp_path / "scholargraph.toml").write_text(config, encoding="utf-8")
    (tmp_path / "organizations.rq").write_text(ORGANIZATIONS, encoding="utf-8")
    built = cli("build", cwd=tmp_path)
    assert built.exit_code == 0, built.stderr
    result = cli("query", "organizations.rq", "--format", "csv", cwd=tmp_path)
    rows = [(r["name"], r["ror"], r["parent"]) for r in csv.DictReader(io.StringIO(result.stdout, newline=""))]
    assert rows == [
        ("Australian National University", "019wvm592", ""),
        ("Mount Stromlo Observatory", "006a4jj40", "Australian National University"),
    ]


def test_a_missing_ror_file_stops_the_build_naming_it(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "roster.csv").write_text(
        "# supervisor: Ada Lovelace\nName,Role\nGrace Hopper,PhD student\n", encoding="utf-8"
    )
    (tmp_path / "scholargraph.toml").write_text(
        'sources = ["data/"]\n[identity]\nror = "registries/ror.json"\n', encoding="utf-8"
    )
    result = cli("build", cwd=tmp_path)
    assert result.exit_code != 0 and "ror.json" in result.stderr and "Traceback" not in result.stderr


def test_a_ror_file_among_the_sources_is_named_for_what_it_is(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    shutil.copy(ROR_SAMPLE, tmp_path / "data" / "ror.json")
    (tmp_path / "scholargraph.toml").write_text('sources = ["data/"]\n', encoding="utf-8")
    result = cli("build", cwd=tmp_path)
    assert result.exit_code != 0 and "data/ror.json is ROR data" in result.stderr
    assert '[identity] ror = ["data/ror.json"]' in result.stderr
    (tmp_path / "data" / "roster.csv").write_text(
        "# supervisor: Ada Lovelace\nName,Role\nGrace Hopper,PhD student\n", encoding="utf-8"
    )
    result = cli("build", cwd=tmp_path)
    assert result.exit_code in (0, 1) and "data/ror.json" in result.stderr and "is ROR data" in result.stderr
