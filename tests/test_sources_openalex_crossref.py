"""The OpenAlex and Crossref readers on real API records.

Expected counts come from the raw text (one ``"author_position"`` per OpenAlex authorship, one
``"sequence"`` per Crossref author, one line per JSON Lines entry); expected fields and lines
were read off the files by hand.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from scholargraph.model.records import Identifier, IdentifierScheme, Person, Severity, SourceResult, Work, WorkKind
from scholargraph.sources import read_source, source_for

DATA = Path(__file__).resolve().parent / "data"
OPENALEX = DATA / "openalex"
CROSSREF = DATA / "crossref"
ORCID, OPENALEX_ID = IdentifierScheme.ORCID, IdentifierScheme.OPENALEX


def works(result: SourceResult) -> list[Work]:
    return [r for r in result.records if isinstance(r, Work)]


def count(path: Path, pattern: str) -> int:
    return len(re.findall(pattern, path.read_text(encoding="utf-8")))


# --- OpenAlex ----------------------------------------------------------------------------


def test_openalex_work_field_by_field() -> None:
    path = OPENALEX / "work.json"
    (work,) = works(read_source(path, "work.json"))
    assert len(work.authors) == count(path, r'"author_position"') == 9
    assert work.authors[:3] == ("Heather A. Piwowar", "Jason Priem", "Vincent Larivière")
    assert work.authors[-1] == "Stefanie Haustein"
    orcids = [i for ids in work.author_identifiers for i in ids if i.scheme is ORCID]
    assert len(orcids) == count(path, r'"orcid": "https://orcid\.org/') == 8
    assert work.author_identifiers[0] == (Identifier(OPENALEX_ID, "A1969205032"), Identifier(ORCID, "0000-0003-1613-5981"))
    assert work.author_identifiers[3] == (Identifier(OPENALEX_ID, "A5045110184"),)  # Juan Pablo Alperín: no ORCID
    assert (work.year, work.doi, work.venue, work.kind) == (2018, "10.7717/peerj.4375", "PeerJ", WorkKind.JOURNAL_ARTICLE)
    assert work.identifiers == (Identifier(OPENALEX_ID, "W2741809807"),)
    assert work.title.startswith("The state of OA: a large-scale analysis")


def test_openalex_author() -> None:
    (person,) = read_source(OPENALEX / "author.json", "author.json").records
    assert isinstance(person, Person)
    assert person.name == "Heather A. Piwowar"
    assert person.identifiers == (Identifier(OPENALEX_ID, "A1969205032"), Identifier(ORCID, "0000-0003-1613-5981"))


def test_openalex_other_entities_are_noted_not_read() -> None:
    result = read_source(OPENALEX / "venue.json", "venue.json")
    assert not result.records
    assert [p.severity for p in result.problems] == [Severity.INFO]


def test_openalex_json_lines_with_a_broken_line(tmp_path: Path) -> None:
    work = json.loads((OPENALEX / "work.json").read_text())
    author = json.loads((OPENALEX / "author.json").read_text())
    untitled = dict(work, id="https://openalex.org/W1", title=None, display_name=None)
    lines = [json.dumps(author), json.dumps(work), "{not json", json.dumps(untitled)]
    path = tmp_path / "openalex.jsonl"
    path.write_text("\n".join(lines) + "\n")
    assert source_for(path) == "openalex"
    result = read_source(path, "openalex.jsonl")
    assert [(type(r).__name__, r.origin.line) for r in result.records] == [("Person", 1), ("Work", 2)]
    problems = {p.origin.line: p for p in result.problems}
    assert set(problems) == {3, 4}
    assert "not JSON" in problems[3].message and "W1 has no title" in problems[4].message
    assert all(p.origin.path == "openalex.jsonl" for p in problems.values())


def test_openalex_api_page(tmp_path: Path) -> None:
    """A saved page of /works: entries under "results", each with the line its object opens on."""
    work = json.loads((OPENALEX / "work.json").read_text())
    second = dict(work, id="https://openalex.org/W2", title="Second", display_name="Second")
    path = tmp_path / "page.json"
    path.write_text(json.dumps({"meta": {"count": 2, "next_cursor": None}, "results": [work, second]}, indent=1))
    found = works(read_source(path, "page.json"))
    assert [w.title for w in found] == [work["title"], "Second"]
    lines = path.read_text().splitlines()
    assert [w.origin.line for w in found] == [i for i, line in enumerate(lines, 1) if line == "  {"]


# --- Crossref ----------------------------------------------------------------------------


def test_crossref_counts_match_the_raw_text() -> None:
    for name in ("3items.json", "same-author.json", "orcid-work.json"):
        path = CROSSREF / name
        result = read_source(path, name)
        found = works(result)
        assert sum(len(w.authors) for w in found) == count(path, r'"sequence"'), name
        orcids = sum(1 for w in found for ids in w.author_identifiers for i in ids if i.scheme is ORCID)
        assert orcids == count(path, r'"ORCID"'), name
    jsonl = CROSSREF / "crossref-2025.jsonl"
    found = works(read_source(jsonl, "x.jsonl"))
    assert len(found) == len(jsonl.read_text().splitlines()) == 3
    # By hand: the first line is an edited book (two editors, who are not its authors), then one author each.
    assert [w.authors for w in found] == [(), ("Madeleine Thornton-Smith",), ("Samantha Anderer",)]
    assert [w.origin.line for w in found] == [1, 2, 3]
    assert len(works(read_source(CROSSREF / "3items.json", "x.json"))) == 3


def test_crossref_proceedings_paper_field_by_field() -> None:
    (work,) = works(read_source(CROSSREF / "orcid-work.json", "orcid-work.json"))
    assert work.title == "Documented unix facilities over 48 years"
    assert work.authors == ("Diomidis Spinellis",)
    assert (work.year, work.kind, work.doi) == (2018, WorkKind.CONFERENCE_PAPER, "10.1145/3196398.3196476")
    assert work.venue_as_written == "Proceedings of the 15th International Conference on Mining Software Repositories"
    assert work.origin.line == 3


def test_crossref_shared_authors_with_orcids() -> None:
    first, second = works(read_source(CROSSREF / "same-author.json", "same-author.json"))
    assert second.authors == ("Nurhazrina Mat Rahim", "Norli Ali", "Mohd Fairuz Adnan")
    assert second.author_identifiers[2] == (Identifier(ORCID, "0000-0001-8386-5891"),)
    assert first.author_identifiers[1] == second.author_identifiers[1] == (Identifier(ORCID, "0000-0002-5878-603X"),)
    assert (first.origin.line, second.origin.line) == (3, 194)
    assert second.doi == "10.35609/gcbssproceeding.2022.1(9)"


def test_crossref_entities_and_markup_become_plain_text(tmp_path: Path) -> None:
    item = json.loads((CROSSREF / "orcid-work.json").read_text())["items"][0]
    item["title"] = ["Cells <i>in vivo</i> &amp; in vitro"]
    item["container-title"] = ["2022 IEEE/CVF Conference on Computer Vision and Pattern Recognition (CVPR)"]
    path = tmp_path / "crossref.json"
    path.write_text(json.dumps({"status": "ok", "message-type": "work", "message": item}))
    (work,) = works(read_source(path, "crossref.json"))
    assert work.title == "Cells in vivo & in vitro"
    assert work.venue == "CVPR"


def test_crossref_broken_entry_is_reported_and_the_others_load(tmp_path: Path) -> None:
    items = json.loads((CROSSREF / "3items.json").read_text())["items"]
    items[1]["title"] = []
    path = tmp_path / "crossref.json"
    path.write_text(json.dumps({"items": items}, indent=2))
    result = read_source(path, "crossref.json")
    assert len(works(result)) == 2
    (problem,) = [p for p in result.problems if p.severity is Severity.VIOLATION]
    second_item_line = [i for i, line in enumerate(path.read_text().splitlines(), 1) if line == "    {"][1]
    expected = f"crossref.json:{second_item_line}: violation: Crossref work 10.1007/s11069-022-05362-3 has no title"
    assert str(problem).startswith(expected)


def test_json_kinds_are_told_apart_by_content() -> None:
    assert source_for(OPENALEX / "work.json") == "openalex"
    assert source_for(OPENALEX / "author.json") == "openalex"
    assert source_for(CROSSREF / "3items.json") == "crossref"
    assert source_for(CROSSREF / "crossref-2025.jsonl") == "crossref"
    assert source_for(DATA / "orcid" / "record-full-3.0.json") == "orcid"


def test_a_json_lines_line_that_is_not_utf8_is_one_problem(tmp_path: Path) -> None:
    lines = (CROSSREF / "crossref-2025.jsonl").read_bytes().splitlines()
    path = tmp_path / "crossref.jsonl"
    path.write_bytes(b"\n".join([lines[0], lines[1].replace(b"Artist", b"Artist \xff"), lines[2]]) + b"\n")
    result = read_source(path, "crossref.jsonl")
    assert [w.origin.line for w in works(result)] == [1, 3]
    (problem,) = result.problems
    assert problem.origin.line == 2 and "not UTF-8" in problem.message


def test_csl_json_is_not_taken_for_crossref(tmp_path: Path) -> None:
    """CSL-JSON shares Crossref's DOI and container-title; only Crossref's own keys claim a file."""
    path = tmp_path / "references.json"
    item = {"id": "x", "type": "article-journal", "title": "T", "DOI": "10.1/x", "container-title": "J"}
    path.write_text(json.dumps([item]))
    assert source_for(path) != "crossref"
