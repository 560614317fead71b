"""The BibTeX source on real group bibliographies and an al-folio site's ``papers.bib``.

Counts come from the files' own text (entries are the lines starting with ``@`` that are
not ``@comment``/``@string``), never from the reader; the entries checked field by field
were read by hand in the files under ``tests/data/``.
"""

from __future__ import annotations

import re
from pathlib import Path

from scholargraph.model import Link, Severity, Work, WorkKind
from scholargraph.sources import read_source, source_for

DATA = Path(__file__).resolve().parent / "data"
IFN = DATA / "bibtex" / "ifn-excerpt" / "ifn_spaml_bibliography.bib"
HTW = DATA / "bibtex" / "htw-erodner-group" / "paper.bib"
ALFOLIO = DATA / "homepages" / "beier-zhu-alfolio" / "_bibliography" / "papers.bib"


def entry_lines(path: Path) -> dict[str, int]:
    """Key → 1-based line of each entry, found with a regex over the raw text (``@ type{`` too)."""
    found = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        match = re.match(r"@\s*(\w+)\s*\{\s*([^,\s]*)", line)
        if match and match.group(1).lower() not in ("comment", "string", "preamble"):
            found[match.group(2) or f"line{number}"] = number
    return found


def by_key(works: list[Work]) -> dict[str, Work]:
    return {work.key: work for work in works if work.key}


def test_bibtex_files_are_recognized_by_suffix() -> None:
    assert source_for(IFN) == "bibtex"
    assert source_for(ALFOLIO) == "bibtex"


def test_group_bibliography_loads_every_entry_but_the_broken_one() -> None:
    # 27 lines start with '@' in the excerpt; one of them (jensen2016algorithm) lacks its
    # closing brace, so the next '@Book' interrupts it: 26 works, the broken one reported.
    lines = entry_lines(IFN)
    assert len(lines) == 27
    result = read_source(IFN, "ifn.bib")
    works = [r for r in result.records if isinstance(r, Work)]
    assert len(works) == 26
    assert "jensen2016algorithm" not in by_key(works)
    assert "Jelinek1997" in by_key(works)  # the entry right after the broken one still loads
    violations = [p for p in result.problems if p.severity is Severity.VIOLATION]
    assert len(violations) == 1
    assert violations[0].origin.path == "ifn.bib"
    assert violations[0].origin.line == lines["jensen2016algorithm"]
    assert "jensen2016algorithm" in violations[0].message and "braces" in violations[0].message
    # every work starts on the line its entry starts on
    assert all(work.origin.line == lines[work.key] for work in works if work.key)


def test_group_bibliography_entries_field_by_field() -> None:
    works = by_key([r for r in read_source(IFN).records if isinstance(r, Work)])
    # Abadi2016: author = {Mart{\'{\i}}n Abadi and others}, journal = {arXiv}, eprint 1603.04467
    abadi = works["Abadi2016"]
    assert abadi.title == "TensorFlow: Large-Scale Machine Learning on Heterogeneous Distributed Systems"
    assert abadi.authors == ("Martín Abadi",)
    assert (abadi.year, abadi.arxiv_id, abadi.kind) == (2016, "1603.04467", WorkKind.PREPRINT)
    # Dollar2009: Piotr Doll\'ar …, booktitle = {Proc.\ of CVPR}, month = jun (a macro)
    dollar = works["Dollar2009"]
    assert dollar.authors == ("Piotr Dollár", "Christian Wojek", "Bernt Schiele", "Pietro Perona")
    assert (dollar.venue, dollar.venue_as_written, dollar.year) == ("CVPR", "Proc. of CVPR", 2009)
    assert dollar.kind is WorkKind.CONFERENCE_PAPER
    # Jelinek1997: author = {Jelinek, Frederick} — surname first
    assert works["Jelinek1997"].authors == ("Frederick Jelinek",)
    assert works["Jelinek1997"].kind is WorkKind.OTHER


def test_repeated_field_is_a_warning_naming_the_entry() -> None:
    result = read_source(IFN, "ifn.bib")
    ryali = by_key([r for r in result.records if isinstance(r, Work)])["Ryali2023"]
    assert ryali.venue == "ICML" and len(ryali.authors) == 13
    warning = next(p for p in result.problems if "Ryali2023" in p.message)
    assert warning.severity is Severity.WARNING and "address" in warning.message
    assert warning.origin.line == entry_lines(IFN)["Ryali2023"]


def test_research_group_file_with_accents_and_a_missing_year() -> None:
    lines = entry_lines(HTW)
    assert len(lines) == 133  # grep -c "^@" paper.bib gives 134: 133 entries and one @Comment
    result = read_source(HTW)
    works = by_key([r for r in result.records if isinstance(r, Work)])
    assert len(works) == 133
    schulze = works["Schulze2026"]
    assert (
        schulze.title
        == "Konzept einer Plattform für maschinelles Lernen in Umweltbehörden – Anwendungsfälle, Nutzerrollen, Funktionen"
    )
    assert schulze.authors[4] == "Janik Großmann" and schulze.authors[-1] == "Heino Rudolf" and len(schulze.authors) == 10
    assert (schulze.year, schulze.doi) == (2026, "10.1007/978-3-658-50065-8_14")
    assert schulze.venue_as_written == "Tagungsband des 32. Workshops Umweltinformationssysteme (UIS 2025)"
    # knauer2023foundations really has no year field
    missing_year = [p for p in result.problems if "knauer2023foundations" in p.message and "no year" in p.message]
    assert missing_year and missing_year[0].origin.line == lines["knauer2023foundations"]


def test_alfolio_papers_bib_links_arxiv_and_abbreviations() -> None:
    lines = entry_lines(ALFOLIO)
    # 45 entries; one is written '@ inproceedings{zhu2025distilling' (a space BibTeX allows)
    # and two share the key zhu2026principled (two different papers): all 45 are read.
    assert sum(1 for line in ALFOLIO.read_text(encoding="utf-8").splitlines() if re.match(r"\s*@", line)) == 45
    result = read_source(ALFOLIO)
    works = [r for r in result.records if isinstance(r, Work)]
    assert len(works) == 45
    assert sum(1 for w in works if w.key == "zhu2026principled") == 2
    assert any("zhu2026principled" in p.message and "both are read" in p.message for p in result.problems)
    distilling = by_key(works)["zhu2025distilling"]
    assert distilling.origin.line == lines["zhu2025distilling"]
    # author = {Zhu*, Beier and  Wang*, Ruoyu and Zhao, Tong and Zhang, Hanwang and Zhang, Chi}
    assert distilling.authors == ("Beier Zhu", "Ruoyu Wang", "Tong Zhao", "Hanwang Zhang", "Chi Zhang")
    assert (distilling.venue, distilling.year, distilling.arxiv_id) == ("ICCV", 2025, "2507.14797")
    assert Link("code", "https://github.com/BeierZhu/EPD") in distilling.links
    assert Link("poster", None) in distilling.links  # poster={EPD_Poster.pdf}: a file of the site, not a web address
    # journal = {IEEE Transactions on Image Processing}, abbr = {TIP}, website = {…}
    detail = next(w for w in works if w.title.startswith("Detail++"))
    assert (detail.venue, detail.kind, detail.arxiv_id) == ("TIP", WorkKind.JOURNAL_ARTICLE, "2507.17853")
    assert Link("project", "https://detail-plus-plus.github.io/") in detail.links


def test_strings_crossref_concatenation_and_names(tmp_path: Path) -> None:
    bib = tmp_path / "refs.bib"
    bib.write_text(
        "@string{cvpr = {IEEE Conf. on Computer Vision and Pattern Recognition}}\n"  # 1
        "\n"
        "@inproceedings{corp,\n"  # 3
        "  author = {M{\\\"u}ller, J{\\'e}r{\\^o}me and {Barnes and Noble} and John von Neumann and others},\n"
        "  title = {{Cats} {\\textendash} Dogs \\& Birds},\n"
        "  booktitle = cvpr # { (CVPR)},\n"
        "  month = jun,\n"
        "  crossref = {proc},\n"
        "}\n"
        "@proceedings{proc, title = {Proceedings}, year = 2020}\n"  # 10
        "@misc{undefined, title = {T}, author = {A. B}, year = 2021, howpublished = nowhere}\n",  # 11
        encoding="utf-8",
    )
    result = read_source(bib, "refs.bib")
    works = by_key([r for r in result.records if isinstance(r, Work)])
    assert set(works) == {"corp", "undefined"}  # the crossref'd volume is not a work of its own
    corp = works["corp"]
    assert corp.authors == ("Jérôme Müller", "Barnes and Noble", "John von Neumann")
    assert corp.title == "Cats – Dogs & Birds"
    assert (corp.year, corp.venue, corp.origin.line) == (2020, "CVPR", 3)
    assert corp.venue_as_written == "IEEE Conf. on Computer Vision and Pattern Recognition (CVPR)"
    undefined = [p for p in result.problems if "'nowhere'" in p.message]
    assert len(undefined) == 1 and undefined[0].origin.line == 11 and "@string" in undefined[0].message
