"""Homepage sites as sources: a generator's folder is recognized by its layout and read as its site shows it.

Expected file lists come from the fixture folders (``ls``) and the sites' ``_config.yml``,
read by hand; the owners' names, e-mails and ORCIDs were copied from those files.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from scholargraph.model.records import Identifier, IdentifierScheme, Person, Position, Severity, Work
from scholargraph.pipeline.project import Project, build
from scholargraph.sources import read_source
from scholargraph.sources.site import detect_site

HOMEPAGES = Path(__file__).resolve().parent / "data" / "homepages"


def relative_files(folder: Path) -> list[tuple[str, str]]:
    site = detect_site(folder)
    assert site is not None
    return [(path.relative_to(folder).as_posix(), kind) for path, kind in site.files]


def test_alfolio_site_reads_only_the_configured_bibliography() -> None:
    # _config.yml: scholar: … bibliography: papers.bib; selected_papers.bib and unselected.bib repeat its entries
    assert detect_site(HOMEPAGES / "beier-zhu-alfolio").generator == "al-folio"  # type: ignore[union-attr]
    assert relative_files(HOMEPAGES / "beier-zhu-alfolio") == [
        ("_config.yml", "jekyll-config"),
        ("_bibliography/papers.bib", "bibtex"),
    ]


def test_each_generator_is_recognized_with_its_files() -> None:
    academicpages = relative_files(HOMEPAGES / "stuart-geiger-academicpages")
    assert Counter(kind for _, kind in academicpages) == {"academicpages": 35 + 4, "jekyll-config": 1}  # publications + talks
    hugo = relative_files(HOMEPAGES / "min-yen-kan-hugoblox")
    assert Counter(kind for _, kind in hugo) == {"hugo-publication": 5, "hugo-author": 7}
    assert not any(path.endswith("cite.bib") for path, _ in hugo)  # read through their index.md, not twice
    jekyll = relative_files(HOMEPAGES / "yaoyao-liu-jekyll")
    assert jekyll == [
        ("_config.yml", "jekyll-config"),
        ("_data/preprints.yml", "jekyll-data"),
        ("_data/publications.yml", "jekyll-data"),
        ("group.md", "homepage-html"),  # its own page titled "Research Group"
    ]
    assert detect_site(HOMEPAGES) is None


def test_site_owners_come_from_config() -> None:
    def records(site: str) -> list[object]:
        return read_source(HOMEPAGES / site / "_config.yml", kind="jekyll-config").records

    # al-folio: first_name: Beier / last_name: Zhu / email: beier.zhu@ustc.edu.cn
    [beier] = records("beier-zhu-alfolio")
    assert isinstance(beier, Person) and (beier.name, beier.email, beier.origin.line) == ("Beier Zhu", "beier.zhu@ustc.edu.cn", 6)
    # academicpages: author: name: "R. Stuart Geiger", orcid: "http://orcid.org/0000-0001-7215-0532"
    [geiger] = records("stuart-geiger-academicpages")
    assert isinstance(geiger, Person) and geiger.name == "R. Stuart Geiger"
    assert geiger.identifiers == (Identifier(IdentifierScheme.ORCID, "0000-0001-7215-0532"),)
    # minimal-light: title: Yaoyao Liu, position: Assistant Professor, affiliation: University of Illinois,
    # email: lyy (at) illinois.edu
    yaoyao, position = records("yaoyao-liu-jekyll")
    assert isinstance(yaoyao, Person) and (yaoyao.name, yaoyao.email) == ("Yaoyao Liu", "lyy@illinois.edu")
    assert isinstance(position, Position)
    assert (position.title, position.organization) == ("Assistant Professor", "University of Illinois")


def test_project_folder_of_sites_lists_each_site_as_it_shows(tmp_path: Path) -> None:
    project = Project(HOMEPAGES.parent, sources=["homepages/"])
    kinds = Counter(source.kind for source in project.source_files())
    assert kinds == {
        "academicpages": 39,
        "hugo-author": 7,
        "hugo-publication": 5,
        "jekyll-config": 3,
        "jekyll-data": 2,
        "bibtex": 1,
        "homepage-html": 1,
    }


def test_a_broken_page_is_reported_and_the_site_still_builds(tmp_path: Path) -> None:
    site = tmp_path / "data" / "site"
    (site / "_publications").mkdir(parents=True)
    (site / "_config.yml").write_text("author:\n  name: Ada Lovelace\n", encoding="utf-8")
    good = (
        "---\r\ntitle: 'Notes'\r\ncollection: publications\r\ndate: 1843-09-01\r\n"
        "citation: 'Lovelace, Ada (1843). “Notes.”'\r\n---\r\n"
    )
    (site / "_publications" / "1843-notes.md").write_text(good, encoding="utf-8", newline="")
    (site / "_publications" / "1844-broken.md").write_text("---\ntitle: 'Unclosed'\ncollection: publications\n", encoding="utf-8")
    report = build(Project(tmp_path), tmp_path / "build")
    read = {source.shown_as: count for source, count in report.sources}
    assert read["data/site/_publications/1843-notes.md"] == 1  # CRLF line ends read like LF
    assert read["data/site/_publications/1844-broken.md"] == 0
    [violation] = [p for p in report.problems if p.severity is Severity.VIOLATION]
    assert violation.origin.path == "data/site/_publications/1844-broken.md" and "never closed" in violation.message
    notes = read_source(site / "_publications" / "1843-notes.md").records
    assert isinstance(notes[0], Work) and notes[0].authors == ("Ada Lovelace",) and notes[0].year == 1843
