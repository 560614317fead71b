"""The Jekyll ``_data`` source on Yaoyao Liu's site: publication lists in YAML.

Counts come from the files' text (``grep -c '^  - title:'``); the entries checked field by
field were read by hand in ``tests/data/homepages/yaoyao-liu-jekyll/_data/``.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from scholargraph.errors import SourceError
from scholargraph.model.records import Identifier, IdentifierScheme, Link, Person, Severity, Work, WorkKind
from scholargraph.sources import read_source, source_for

SITE = Path(__file__).resolve().parent / "data" / "homepages" / "yaoyao-liu-jekyll"
PUBLICATIONS = SITE / "_data" / "publications.yml"
PREPRINTS = SITE / "_data" / "preprints.yml"


def title_lines(path: Path) -> list[int]:
    text = path.read_text(encoding="utf-8").splitlines()
    return [number for number, line in enumerate(text, start=1) if re.match(r"\s*- title:", line)]


def works(path: Path, shown: str | None = None) -> list[Work]:
    return [r for r in read_source(path, shown).records if isinstance(r, Work)]


def test_data_files_are_told_apart_from_the_site_config() -> None:
    assert source_for(PUBLICATIONS) == "jekyll-data"
    assert source_for(PREPRINTS) == "jekyll-data"
    assert source_for(SITE / "_config.yml") is None


def test_every_listed_publication_is_read_on_its_line() -> None:
    for path, count in ((PUBLICATIONS, 18), (PREPRINTS, 2)):
        lines = title_lines(path)
        assert len(lines) == count
        assert [work.origin.line for work in works(path)] == lines


def test_publications_field_by_field() -> None:
    by_title = {work.title: work for work in works(PUBLICATIONS)}
    # lines 42-48: authors with a <strong> self-mark and "and", WACV, dblp bibtex URL
    placebos = by_title["Wakening Past Concepts without Past Data: Class-Incremental Learning from Online Placebos"]
    assert placebos.authors == ("Yaoyao Liu", "Yingying Li", "Bernt Schiele", "Qianru Sun")
    assert (placebos.year, placebos.venue, placebos.kind) == (2024, "WACV", WorkKind.CONFERENCE_PAPER)
    assert placebos.identifiers == (Identifier(IdentifierScheme.DBLP, "conf/wacv/0001LSS24"),)
    assert Link("code", "https://github.com/yaoyao-liu/online-placebos") in placebos.links
    # lines 31-40: equal-contribution stars, an envelope icon in <sup>, a "Corresponding author" note after <br>
    dst = by_title["Generating Images with 3D Annotations Using Diffusion Models"]
    assert len(dst.authors) == 14
    assert dst.authors[:3] == ("Wufei Ma", "Qihao Liu", "Jiahao Wang")
    assert dst.authors[-2:] == ("Yaoyao Liu", "Alan Yuille")
    assert (dst.venue, dst.year, dst.distinctions) == ("ICLR", 2024, ("Spotlight",))
    # a journal: "IEEE Transactions on Pattern Analysis and Machine Intelligence (TPAMI), Volume 44, …"
    tpami = next(work for work in by_title.values() if work.venue == "TPAMI")
    assert (tpami.year, tpami.kind) == (2022, WorkKind.JOURNAL_ARTICLE)


def test_preprints_have_arxiv_ids() -> None:
    first = works(PREPRINTS)[0]
    # conference: arXiv:2603.06852, 2026.  year: 2026
    assert (first.arxiv_id, first.year, first.kind) == ("2603.06852", 2026, WorkKind.PREPRINT)


def test_an_entry_without_title_is_reported_and_the_others_load(tmp_path: Path) -> None:
    text = PUBLICATIONS.read_text(encoding="utf-8")
    broken = tmp_path / "publications.yml"
    broken.write_text(text.replace('  - title: "HDR-GS', '  - titel: "HDR-GS', 1), encoding="utf-8")
    result = read_source(broken, "_data/publications.yml")
    assert len([r for r in result.records if isinstance(r, Work)]) == 17
    [problem] = result.problems
    assert problem.severity is Severity.VIOLATION and "no title" in problem.message
    assert problem.origin == type(problem.origin)("_data/publications.yml", title_lines(PUBLICATIONS)[1])


def test_invalid_yaml_names_file_and_line(tmp_path: Path) -> None:
    broken = tmp_path / "publications.yml"
    lines = PUBLICATIONS.read_text(encoding="utf-8").splitlines()
    lines[41] = lines[41].replace('"Wakening', "Wakening: [")  # line 42: an unclosed flow sequence
    broken.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with pytest.raises(SourceError) as error:
        read_source(broken, "_data/publications.yml")
    assert error.value.path == "_data/publications.yml" and error.value.line is not None
    assert 42 <= error.value.line <= 44


def test_people_lists_are_people(tmp_path: Path) -> None:
    people = tmp_path / "people.yml"
    people.write_text(
        "faculty:\n"
        "  - name: Yaoyao Liu\n"  # 2
        "    role: Assistant Professor\n"
        "    email: lyy (at) illinois.edu\n"
        "    orcid: https://orcid.org/0000-0002-1825-0097\n"
        "students:\n"
        "  - name: Eric Ji\n"  # 7
        "    role: PhD student\n",
        encoding="utf-8",
    )
    assert source_for(people) == "jekyll-data"
    records = read_source(people, "_data/people.yml").records
    assert [(r.name, r.origin.line) for r in records if isinstance(r, Person)] == [("Yaoyao Liu", 2), ("Eric Ji", 7)]
    liu = records[0]
    assert isinstance(liu, Person) and liu.email == "lyy@illinois.edu"
    assert liu.identifiers == (Identifier(IdentifierScheme.ORCID, "0000-0002-1825-0097"),)


def test_authors_written_as_mappings(tmp_path: Path) -> None:
    data = tmp_path / "papers.yml"
    data.write_text(
        "- title: A\n  authors:\n    - name: Ada Lovelace\n    - name: Charles Babbage\n  year: 1843\n", encoding="utf-8"
    )
    [work] = works(data)
    assert work.authors == ("Ada Lovelace", "Charles Babbage") and work.year == 1843
