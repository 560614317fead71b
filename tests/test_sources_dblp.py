"""The dblp reader on a real cut of the dblp dump and on a person's dblp XML.

Expected counts come from the raw text (regular expressions over the file, not the reader's
XML parsing); expected fields were read off the file by hand (line numbers included).
"""

from __future__ import annotations

import gzip
import re
from dataclasses import replace
from pathlib import Path

import pytest

from scholargraph.errors import SourceError
from scholargraph.model.records import Identifier, IdentifierScheme, Person, Severity, SourceResult, Work, WorkKind
from scholargraph.sources import read_source, source_for

DATA = Path(__file__).resolve().parent / "data" / "dblp"
SAMPLE = DATA / "dblp_sample.xml"
PERSON = DATA / "person-pid.xml"
ORCID = IdentifierScheme.ORCID
DBLP = IdentifierScheme.DBLP


@pytest.fixture(scope="module")
def sample() -> SourceResult:
    return read_source(SAMPLE, "dblp_sample.xml")


def works(result: SourceResult) -> dict[str, Work]:
    return {w.key: w for w in result.records if isinstance(w, Work) and w.key}


def test_counts_match_the_raw_text(sample: SourceResult) -> None:
    raw = SAMPLE.read_text(encoding="latin-1")
    # Counted on the text: every record opens with "<article " and every author with "<author".
    assert len(works(sample)) == len(re.findall(r"<article ", raw)) == 91
    assert sum(len(w.authors) for w in works(sample).values()) == len(re.findall(r"<author[ >]", raw))
    orcids = [i for w in works(sample).values() for ids in w.author_identifiers for i in ids if i.scheme is ORCID]
    assert len(orcids) == len(re.findall(r'<author orcid="', raw)) == 20
    assert not [r for r in sample.records if isinstance(r, Person)]  # the cut has no person records


def test_an_entry_field_by_field(sample: SourceResult) -> None:
    work = works(sample)["journals/cacm/PenaHC06"]
    assert work.title == "Multi-agent system product lines: challenges and benefits"
    assert work.authors == ("Joaquín Peña", "Michael G. Hinchey", "Antonio Ruiz Cortés")
    assert work.author_identifiers == (
        (Identifier(ORCID, "0000-0001-9216-9695"),),
        (),
        (Identifier(ORCID, "0000-0001-9827-1834"),),
    )
    assert (work.year, work.doi, work.kind) == (2006, "10.1145/1183236.1183272", WorkKind.JOURNAL_ARTICLE)
    assert (work.venue, work.venue_as_written) == ("CACM", "Commun. ACM")
    assert work.identifiers == (Identifier(DBLP, "journals/cacm/PenaHC06"),)
    assert (work.origin.path, work.origin.line) == ("dblp_sample.xml", 116)


def test_entities_are_resolved_without_the_dtd(sample: SourceResult) -> None:
    """The dump names dblp.dtd, which is not beside it: J&uuml;rgen B&ouml;rstler still reads."""
    assert not (DATA / "dblp.dtd").exists()
    work = works(sample)["journals/cacm/ErikssonBB06"]
    assert work.authors == ("Magnus Eriksson", "Jürgen Börstler", "Kjell Borg")
    assert work.origin.line == 626


def test_wikidata_link_and_an_entry_without_authors(sample: SourceResult) -> None:
    work = works(sample)["journals/cacm/Spinellis03"]
    assert work.authors == ()
    assert Identifier(IdentifierScheme.WIKIDATA, "Q56267570") in work.identifiers
    notes = [p for p in sample.problems if p.origin.line == 4]
    assert len(notes) == 1 and notes[0].severity is Severity.INFO and "Spinellis03" in notes[0].message


def test_a_file_cut_short_keeps_the_records_before_the_break(sample: SourceResult) -> None:
    last_line = len(SAMPLE.read_bytes().splitlines())
    breaks = [p for p in sample.problems if p.severity is Severity.VIOLATION]
    assert len(breaks) == 1
    assert breaks[0].origin.path == "dblp_sample.xml" and breaks[0].origin.line >= last_line
    assert "cut short" in breaks[0].message


def test_a_broken_entry_is_reported_and_the_others_load(tmp_path: Path) -> None:
    raw = SAMPLE.read_bytes()
    broken = raw.replace(b"<title>Potential and peril.</title>", b"").replace(b"<year>2009</year>", b"<year>20O9</year>")
    path = tmp_path / "dblp.xml"
    path.write_bytes(broken)
    result = read_source(path, "dblp.xml")
    problems = {p.message.split("'")[1]: p for p in result.problems if p.severity is not Severity.INFO and "'" in p.message}
    assert "has no title" in problems["journals/cacm/Underwood17"].message
    assert problems["journals/cacm/Underwood17"].origin.line == 14
    assert "no valid year ('20O9')" in problems["journals/cacm/Joch09"].message
    assert len(works(result)) == 90  # all but the one without a title
    assert works(result)["journals/cacm/Joch09"].year is None


def test_a_person_xml_gives_the_person_and_author_pids() -> None:
    result = read_source(PERSON, "person-pid.xml")
    people = [r for r in result.records if isinstance(r, Person)]
    assert len(people) == 1  # the homonym listed at the end is someone else
    assert people[0].name == "Jürgen Börstler"
    assert people[0].identifiers == (Identifier(DBLP, "00/0001"), Identifier(ORCID, "0000-0003-0639-4234"))
    work = works(result)["journals/cacm/ErikssonBB06"]
    assert work.author_identifiers[1] == (Identifier(ORCID, "0000-0003-0639-4234"), Identifier(DBLP, "00/0001"))
    assert work.author_identifiers[0] == (Identifier(DBLP, "00/0002"),)
    assert len(works(result)) == 2 and not result.problems


def test_dblp_files_are_recognized_by_content(tmp_path: Path) -> None:
    assert source_for(SAMPLE) == "dblp"
    assert source_for(PERSON) == "dblp"


def test_external_entities_are_never_read(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("SECRET")
    path = tmp_path / "evil.xml"
    path.write_text(
        f'<?xml version="1.0"?><!DOCTYPE dblp SYSTEM "dblp.dtd" [<!ENTITY x SYSTEM "{secret.as_uri()}">]>\n'
        '<dblp><article key="a/b"><author>A B</author><title>T &x;</title><year>2020</year></article></dblp>'
    )
    try:
        result = read_source(path, "evil.xml")
    except SourceError as error:
        assert "SECRET" not in str(error)
    else:
        assert all("SECRET" not in getattr(r, "title", "") for r in result.records)


def test_not_xml_is_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "dblp.xml"
    path.write_text("this is not XML <dblp>")
    with pytest.raises(SourceError, match=r"dblp\.xml:1: not readable as dblp XML"):
        read_source(path, "dblp.xml", kind="dblp")


def test_person_records_of_the_dump(tmp_path: Path) -> None:
    """``www`` records with a ``homepages/`` key are people (the dump's shape; the cut above has none);
    other web pages, disambiguation pages and alias records are not."""
    path = tmp_path / "dblp.xml"
    path.write_text(
        '<?xml version="1.0" encoding="ISO-8859-1"?>\n<!DOCTYPE dblp SYSTEM "dblp.dtd">\n<dblp>\n'
        '<www mdate="2020-01-01" key="homepages/00/0001">\n<author>J&uuml;rgen B&ouml;rstler</author>\n'
        "<author>J. B&ouml;rstler</author>\n<title>Home Page</title>\n"
        "<url>https://orcid.org/0000-0003-0639-4234</url>\n<url>https://www.wikidata.org/entity/Q102296</url>\n</www>\n"
        '<www mdate="2020-01-01" key="www/org/acm">\n<title>ACM</title>\n<url>https://www.acm.org/</url>\n</www>\n'
        '<www mdate="2020-01-01" key="homepages/00/0002" publtype="disambiguation">\n<author>Wei Wang</author>\n'
        "<title>Home Page</title>\n</www>\n"
        '<www mdate="2020-01-01" key="homepages/00/0003">\n<author>J. Boerstler</author>\n<title>Home Page</title>\n'
        "<crossref>homepages/00/0001</crossref>\n</www>\n"
        "</dblp>\n",
        encoding="latin-1",
    )
    result = read_source(path, "dblp.xml")
    assert not result.problems
    (person,) = result.records
    assert isinstance(person, Person)
    assert (person.name, person.origin.line) == ("Jürgen Börstler", 4)
    assert person.identifiers == (
        Identifier(DBLP, "00/0001"),
        Identifier(ORCID, "0000-0003-0639-4234"),
        Identifier(IdentifierScheme.WIKIDATA, "Q102296"),
    )


def test_the_gzipped_dump_reads_the_same(tmp_path: Path, sample: SourceResult) -> None:
    """dblp.xml.gz as downloaded; cut short, it keeps what came before the break."""
    packed = gzip.compress(SAMPLE.read_bytes())
    path = tmp_path / "dblp.xml.gz"
    path.write_bytes(packed)
    assert read_source(path, "dblp.xml.gz", kind="dblp").records == [
        replace(r, origin=replace(r.origin, path="dblp.xml.gz")) for r in sample.records
    ]
    path.write_bytes(packed[: len(packed) * 9 // 10])
    cut = read_source(path, "dblp.xml.gz", kind="dblp")
    assert 0 < len(cut.records) < 91
    assert [p.severity for p in cut.problems if p.severity is Severity.VIOLATION] == [Severity.VIOLATION]
