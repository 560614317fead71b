"""Homepage-generator sources: academicpages publications and Hugo Blox publication and author pages.

Counts come from the folders (number of ``.md`` files); the entries checked field by field
were read by hand in ``tests/data/homepages/``.
"""

from __future__ import annotations

from pathlib import Path

from scholargraph.model.records import PartialDate, Person, Position, Severity, Talk, Work, WorkKind
from scholargraph.sources import read_source, source_for
from scholargraph.sources.academicpages import citation_authors

HOMEPAGES = Path(__file__).resolve().parent / "data" / "homepages"
ACADEMICPAGES = HOMEPAGES / "stuart-geiger-academicpages" / "_publications"
HUGO = HOMEPAGES / "min-yen-kan-hugoblox" / "content"


def works(paths: list[Path]) -> list[Work]:
    return [r for path in paths for r in read_source(path).records if isinstance(r, Work)]


def test_academicpages_every_publication_file_is_one_work() -> None:
    files = sorted(ACADEMICPAGES.glob("*.md"))
    assert len(files) == 35  # ls _publications | wc -l
    assert {source_for(path) for path in files} == {"academicpages"}
    found = works(files)
    assert len(found) == 35
    assert all(work.authors and work.year for work in found)


def test_academicpages_fields_by_hand() -> None:
    [ores] = works([ACADEMICPAGES / "2019-09-12-ores-wikipedia.md"])
    # citation: 'Aaron Halfaker and R. Stuart Geiger. 2019. "ORES: …" … https://doi.org/10.1145/3415219'
    assert ores.title == "ORES: Lowering Barriers with Participatory Machine Learning in Wikipedia"
    assert ores.authors == ("Aaron Halfaker", "R. Stuart Geiger")
    assert (ores.year, ores.doi, ores.arxiv_id) == (2019, "10.1145/3415219", "1909.05189")
    assert ores.venue_as_written == "Proceedings of the ACM on Human-Computer Interaction (CSCW 2020)"
    assert ores.kind is WorkKind.CONFERENCE_PAPER  # category: conferences
    assert ores.origin.line == 19  # the title: line of the front matter


def test_academicpages_talks_are_given_by_the_site_owner() -> None:
    talks_folder = ACADEMICPAGES.parent / "_talks"
    talks = [r for path in sorted(talks_folder.glob("*.md")) for r in read_source(path).records]
    assert len(talks) == 4 and all(isinstance(t, Talk) for t in talks)  # ls _talks | wc -l
    scipy = talks[-1]
    # title, type: "Keynote", venue: "SciPy 2019", date: 2019-07-10; the speaker is _config.yml's author name
    assert isinstance(scipy, Talk)
    assert scipy.title == "The Invisible Work of Maintaining & Sustaining Open-Source Software"
    assert (scipy.speaker, scipy.kind, scipy.event) == ("R. Stuart Geiger", "Keynote", "SciPy 2019")
    assert scipy.date == PartialDate(2019, 7, 10) and scipy.origin.line == 2


def test_a_talk_outside_a_site_names_the_missing_speaker(tmp_path: Path) -> None:
    talk = tmp_path / "_talks" / "2020-01-01-talk.md"
    talk.parent.mkdir()
    talk.write_text("---\ntitle: 'A talk'\ncollection: talks\ndate: 2020-01-01\n---\n", encoding="utf-8")
    result = read_source(talk, "_talks/2020-01-01-talk.md")
    assert not result.records
    [problem] = result.problems
    assert problem.origin.line == 2 and "_config.yml" in problem.message


def test_citation_authors_in_the_styles_the_site_mixes() -> None:
    assert citation_authors("Geiger, R. Stuart, Yoon J. Jeong, and Emily Manders (2012). “Black-Boxing") == [
        "R. Stuart Geiger",
        "Yoon J. Jeong",
        "Emily Manders",
    ]
    assert citation_authors("Halfaker, Aaron., Geiger, R. Stuart., and Treveen, Loren. (2014). “Snuggle") == [
        "Aaron Halfaker",
        "R. Stuart Geiger",
        "Loren Treveen",
    ]
    assert citation_authors("Geiger, R.S., O'Sullivan, F., Wang, E., & Lo, J. (2025). \"Asking") == [
        "R.S. Geiger",
        "F. O'Sullivan",
        "E. Wang",
        "J. Lo",
    ]


def test_academicpages_file_with_an_empty_title_is_a_violation(tmp_path: Path) -> None:
    broken = tmp_path / "2020-01-02-paper.md"
    broken.write_text("---\ntitle: ''\ncollection: publications\n---\n", encoding="utf-8")
    result = read_source(broken, "_publications/2020-01-02-paper.md")
    assert not result.records
    [problem] = [p for p in result.problems if p.severity is Severity.VIOLATION]
    assert problem.severity is Severity.VIOLATION and problem.origin.path == "_publications/2020-01-02-paper.md"


def test_hugo_publications_resolve_author_slugs() -> None:
    pages = sorted(HUGO.glob("publication/*/index.md"))
    assert len(pages) == 5
    assert {source_for(path) for path in pages} == {"hugo-publication"}
    by_folder = {work.origin.path.split("/")[-2]: work for work in works(pages)}
    assert len(by_folder) == 5
    # authors: [Juyoung An, Namhee Kim, min, muthuc, Min Song]; min → Min-Yen Kan, muthuc → Muthu Kumar Chandrasekaran
    cited = by_folder["10-1002-asi-23834"]
    assert cited.authors == ("Juyoung An", "Namhee Kim", "Min-Yen Kan", "Muthu Kumar Chandrasekaran", "Min Song")
    assert (cited.year, cited.doi, cited.kind) == (2017, "10.1002/asi.23834", WorkKind.JOURNAL_ARTICLE)
    assert cited.venue == "J. Assoc. Inf. Sci. Technol."  # publication: '*J. Assoc. Inf. Sci. Technol.*'
    # dou-etal-2022-towards: EMNLP 2022, nine authors, 'min' eighth
    dou = by_folder["dou-etal-2022-towards"]
    assert (dou.venue, dou.year, len(dou.authors), dou.authors[7]) == ("EMNLP", 2022, 9, "Min-Yen Kan")


def test_hugo_author_pages_are_people_with_positions() -> None:
    pages = sorted(HUGO.glob("authors/*/*index.md"))
    assert len(pages) == 7  # ls content/authors: 7 folders, one page each
    assert {source_for(path) for path in pages} == {"hugo-author"}
    records = [r for path in pages for r in read_source(path).records]
    people = {r.name for r in records if isinstance(r, Person)}
    assert len(people) == 7
    assert {"Min-Yen Kan", "Muthu Kumar Chandrasekaran", "Abhishek Arora"} <= people
    [muthu] = [r for r in records if isinstance(r, Position) and r.person == "Muthu Kumar Chandrasekaran"]
    assert muthu.title == "Doctoral Alumnus (May '19). Thesis: Predicting Instructor Intervention in MOOC forums."
    assert muthu.organization == "National University of Singapore, School of Computing"
    # date: '2019-05', the month the role names ("Doctoral Alumnus (May '19)"): an alumnus's date is when he left
    assert muthu.period.start is None and muthu.period.end is not None
    assert (muthu.period.end.year, muthu.period.end.month) == (2019, 5)
    [arora] = [r for r in records if isinstance(r, Position) and r.person == "Abhishek Arora"]
    assert arora.period.end is not None and arora.period.end.iso == "2005"  # date: '2005-00', "Internship Alumnus"
    current = [r for r in records if isinstance(r, Position) and "Alumn" not in r.title]
    assert current and all(r.period.end is None for r in current)  # a member's date is when they began
