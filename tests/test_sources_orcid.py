"""The ORCID reader on ORCID's official v3.0 samples, JSON and XML.

Expected counts come from the files by other means: the JSON through explicit paths with the
standard ``json`` module, the XML by counting opening tags in the text. Expected fields and
lines were read off the files by hand.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from scholargraph.errors import SourceError
from scholargraph.identity import resolve
from scholargraph.identity.aliases import organizations, venues
from scholargraph.model.records import (
    Award,
    Degree,
    Identifier,
    IdentifierScheme,
    PartialDate,
    Period,
    Person,
    Position,
    Record,
    Severity,
    SourceResult,
    Work,
    WorkKind,
)
from scholargraph.sources import read_source, source_for

DATA = Path(__file__).resolve().parent / "data" / "orcid"
RECORD_JSON = DATA / "record-full-3.0.json"
RECORD_XML = DATA / "record-3.0.xml"


def of_type(result: SourceResult, kind: type[Record]) -> list[Record]:
    return [r for r in result.records if isinstance(r, kind)]


@pytest.fixture(scope="module")
def record_json() -> SourceResult:
    return read_source(RECORD_JSON, "record-full-3.0.json")


@pytest.fixture(scope="module")
def record_xml() -> SourceResult:
    return read_source(RECORD_XML, "record-3.0.xml")


def test_json_counts_match_the_record(record_json: SourceResult) -> None:
    activities = json.loads(RECORD_JSON.read_text())["activities-summary"]

    def summaries(section: str) -> int:  # counted along the documented paths of the v3.0 record
        return sum(len(group["summaries"]) for group in activities[section]["affiliation-group"])

    works = len(activities["works"]["group"])  # one work a group (a group holds its versions from several sources)
    assert len(of_type(record_json, Work)) == works == 1
    positions = [summaries(section) for section in ("employments", "invited-positions", "memberships", "services")]
    assert len(of_type(record_json, Position)) == sum(positions) == 5
    assert len(of_type(record_json, Degree)) == summaries("educations") == 3
    assert len(of_type(record_json, Award)) == summaries("distinctions") == 1
    assert len(of_type(record_json, Person)) == 1


def test_xml_counts_match_the_record(record_xml: SourceResult) -> None:
    raw = RECORD_XML.read_text()

    def opening(tag: str) -> int:
        return len(re.findall(rf"<{tag}[\s>]", raw))

    assert len(of_type(record_xml, Work)) == opening("work:work-summary") == 1  # one version in its group
    kinds = ("employment:employment", "invited-position:invited-position", "membership:membership", "service:service")
    assert len(of_type(record_xml, Position)) == sum(opening(f"{kind}-summary") for kind in kinds) == 4
    assert len(of_type(record_xml, Degree)) == opening("education:education-summary") == 1
    assert len(of_type(record_xml, Award)) == opening("distinction:distinction-summary") == 1


def test_json_person_and_work_field_by_field(record_json: SourceResult) -> None:
    (person,) = of_type(record_json, Person)
    assert isinstance(person, Person)
    assert person.name == "Three releasecandidate1"
    assert person.identifiers == (Identifier(IdentifierScheme.ORCID, "0000-0002-7319-2192"),)
    (work,) = of_type(record_json, Work)
    assert isinstance(work, Work)
    assert (work.title, work.year, work.kind) == ("Work Title", 2012, WorkKind.JOURNAL_ARTICLE)
    assert work.doi == "10.1087/20120404"  # the other "doi", "work:doi", is not a DOI
    assert work.venue_as_written == "Jounral Title"
    assert work.authors == ("Three releasecandidate1",)
    assert work.origin.line == 2238  # '"work-summary" : [ {'
    notes = [p for p in record_json.problems if "without their co-authors" in p.message]
    assert len(notes) == 1 and notes[0].severity is Severity.INFO


def test_json_affiliations_field_by_field(record_json: SourceResult) -> None:
    day = PartialDate(1948, 2, 2)
    positions = {p.origin.line: p for p in of_type(record_json, Position) if isinstance(p, Position)}
    employment = positions[935]
    assert (employment.title, employment.organization, employment.unit) == ("role-title", "common:name", "department-name")
    assert employment.period == Period(day, day)
    assert set(positions) == {935, 1271, 1409, 2007, 2100}  # employment, invited position, membership, 2 services
    degrees = sorted(d.origin.line for d in of_type(record_json, Degree))
    assert degrees == [647, 748, 829]
    (award,) = of_type(record_json, Award)
    assert isinstance(award, Award)
    assert (award.name, award.granted_by, award.date, award.origin.line) == ("role-title", "common:name", day, 509)


def test_xml_record_field_by_field(record_xml: SourceResult) -> None:
    (person,) = of_type(record_xml, Person)
    assert isinstance(person, Person)
    assert (person.name, person.email) == ("give-names family-name", "user1@email.com")
    assert person.identifiers == (Identifier(IdentifierScheme.ORCID, "8888-8888-8888-8880"),)
    employment = next(p for p in of_type(record_xml, Position) if isinstance(p, Position) and p.origin.line == 293)
    assert (employment.title, employment.organization) == ("employment:role-title", "employment-org")
    assert employment.period == Period(PartialDate(1948, 2, 2), PartialDate(2025))
    (degree,) = of_type(record_xml, Degree)
    assert isinstance(degree, Degree)
    assert (degree.degree, degree.institution, degree.year) == ("education:role-title", "education-org", 2019)
    assert degree.origin.line == 240


def test_a_work_listed_by_two_sources_is_read_once(tmp_path: Path) -> None:
    record = json.loads(RECORD_JSON.read_text())
    group = record["activities-summary"]["works"]["group"][0]
    other = dict(group["work-summary"][0], **{"put-code": 999, "title": {"title": {"value": "Work Title (Scopus)"}}})
    group["work-summary"].append(other)
    path = tmp_path / "orcid.json"
    path.write_text(json.dumps(record))
    result = read_source(path, "orcid.json")
    assert [w.title for w in of_type(result, Work)] == ["Work Title"]  # type: ignore[attr-defined]
    assert any("1 further version(s)" in p.message for p in result.problems)


def test_links_to_dblp_and_wikidata_become_identifiers(tmp_path: Path) -> None:
    record = json.loads(RECORD_JSON.read_text())
    urls = record["person"]["researcher-urls"]["researcher-url"]
    urls[0]["url"]["value"] = "https://dblp.org/pid/00/0001.html"
    record["person"]["external-identifiers"]["external-identifier"][0]["external-id-url"]["value"] = (
        "https://www.wikidata.org/wiki/Q102296"
    )
    path = tmp_path / "orcid.json"
    path.write_text(json.dumps(record))
    (person,) = of_type(read_source(path, "orcid.json"), Person)
    assert person.identifiers == (  # type: ignore[attr-defined]
        Identifier(IdentifierScheme.ORCID, "0000-0002-7319-2192"),
        Identifier(IdentifierScheme.WIKIDATA, "Q102296"),
        Identifier(IdentifierScheme.DBLP, "00/0001"),
    )


def test_a_full_work_lists_its_contributors() -> None:
    result = read_source(DATA / "work-full-3.0.xml", "work-full-3.0.xml")
    (work,) = of_type(result, Work)
    assert isinstance(work, Work)
    assert work.authors == ("work:credit-name",)
    assert work.author_identifiers == ((Identifier(IdentifierScheme.ORCID, "8888-8888-8888-8880"),),)
    assert (work.year, work.venue_as_written) == (1948, "common:journal-title")


def test_section_files_without_the_person_part() -> None:
    works = read_source(DATA / "works-3.0.xml", "works-3.0.xml")
    assert [w.title for w in of_type(works, Work)] == ["Work # 0", "Work # 1", "Work # 2"]  # type: ignore[attr-defined]
    assert [w.arxiv_id for w in of_type(works, Work)] == [None, "123456", None]  # type: ignore[attr-defined]
    employments = read_source(DATA / "employments-3.0.xml", "employments-3.0.xml")
    assert not employments.records
    assert len(employments.problems) == 2 and all("shows no name" in p.message for p in employments.problems)


def test_a_broken_entry_is_reported_and_the_others_load(tmp_path: Path) -> None:
    record = json.loads(RECORD_JSON.read_text())
    activities = record["activities-summary"]
    activities["works"]["group"][0]["work-summary"][0]["title"] = None
    activities["educations"]["affiliation-group"][1]["summaries"][0]["education-summary"]["organization"] = None
    path = tmp_path / "orcid.json"
    path.write_text(json.dumps(record, indent=2))
    result = read_source(path, "orcid.json")
    problems = [str(p) for p in result.problems if p.severity is not Severity.INFO]
    lines = path.read_text().splitlines()
    work_line = next(i for i, line in enumerate(lines, 1) if '"work-summary": [' in line) + 1
    assert f"orcid.json:{work_line}: violation: ORCID work 178602 has no title; it is skipped" in problems
    assert any(p.startswith("orcid.json:") and "education 9265 names no organization" in p for p in problems)
    assert not of_type(result, Work)
    assert len(of_type(result, Degree)) == 2 and len(of_type(result, Position)) == 5 and len(of_type(result, Award)) == 1


def test_kinds_are_told_apart_by_content() -> None:
    assert source_for(RECORD_JSON) == "orcid"
    assert source_for(RECORD_XML) == "orcid"
    assert source_for(DATA / "works-3.0.xml") == "orcid"


def test_invalid_json_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "orcid.json"
    path.write_text('{\n  "orcid-identifier": {\n    "path": "0000-0002-7319-2192",\n  }\n}\n')
    with pytest.raises(SourceError, match=r"orcid\.json:4: is not valid JSON"):
        read_source(path, "orcid.json")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "error-409.json",
            r"error-409\.json: is an ORCID API error .*HTTP 409, ORCID error 9018: 409 Conflict: "
            r"The ORCID record is locked.*: ORCID has locked this record .*fetch it again later",
        ),
        ("error-404.xml", r"error-404\.xml: is an ORCID API error .*HTTP 404, ORCID error 9016: 404 Not Found.*check the iD"),
    ],
)
def test_a_saved_api_error_is_an_error_naming_code_message_and_what_to_do(name: str, expected: str) -> None:
    assert source_for(DATA / name) == "orcid"
    with pytest.raises(SourceError, match=expected):
        read_source(DATA / name, name)


def _record_with_works(tmp_path: Path, *works: tuple[int, str, str, str]) -> Path:
    """The official sample record with its works replaced by summaries of (put-code, title, year, journal)."""
    record = json.loads(RECORD_JSON.read_text())
    template = record["activities-summary"]["works"]["group"][0]
    groups = []
    for put_code, title, year, journal in works:
        summary = dict(template["work-summary"][0])
        summary.update(
            {
                "put-code": put_code,
                "title": {"title": {"value": title}, "subtitle": None, "translated-title": None},
                "external-ids": {"external-id": []},
                "publication-date": {"year": {"value": year}, "month": None, "day": None},
                "journal-title": {"value": journal},
                "path": f"/0000-0002-7319-2192/work/{put_code}",
            }
        )
        groups.append({**template, "external-ids": {"external-id": []}, "work-summary": [summary]})
    record["activities-summary"]["works"]["group"] = groups
    path = tmp_path / "orcid.json"
    path.write_text(json.dumps(record, indent=2))
    return path


def test_two_papers_of_one_title_stay_two_works_and_a_true_duplicate_is_merged_with_a_note(tmp_path: Path) -> None:
    path = _record_with_works(
        tmp_path,
        (1001, "Influenza", "2011", "BMJ Clinical Evidence"),
        (1002, "Influenza", "2012", "American Family Physician"),
        (1003, "Influenza", "2011", "BMJ Clinical Evidence"),  # the first paper again, from another source
        (1004, "Influenza vaccination", "2012", "Vaccine"),
    )
    result = read_source(path, "orcid.json")
    works = [w for w in of_type(result, Work) if isinstance(w, Work)]
    assert [w.key for w in works] == ["1001", "1002", "1003", "1004"] and not any(w.authors_given for w in works)
    resolution = resolve(result.records, venues(), organizations())
    assert len({resolution.work(w).key for w in works}) == 3
    assert {(w.key, w.year) for w in resolution.merged} == {("1003", 2011)}
    (note,) = [p for p in resolution.problems if "is merged with" in p.message]
    assert note.severity is Severity.INFO and note.origin == works[2].origin
    assert note.message == (
        f"'Influenza' [1003] is merged with 'Influenza' [1001] at {works[0].origin}: "
        "the same title, year (2011) and venue (BMJ Clinical Evidence)"
    )


def test_works_without_their_authors_do_not_merge_on_a_title_without_year_and_venue(tmp_path: Path) -> None:
    path = _record_with_works(tmp_path, (1, "Influenza", "2011", ""), (2, "Influenza", "2011", ""))
    result = read_source(path, "orcid.json")
    resolution = resolve(result.records, venues(), organizations())
    works = [w for w in result.records if isinstance(w, Work)]
    assert not resolution.merged and len({resolution.work(w).key for w in works}) == 2
