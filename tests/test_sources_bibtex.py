"""The BibTeX source on real group bibliographies and an al-folio site's ``papers.bib``.

Counts come from the files' own text (entries are the lines starting with ``@`` that are
not ``@comment``/``@string``), never from the reader; the entries checked field by field
were read by hand in the files under ``tests/data/``.
"""

from __future__ import annotations

import re
from pathlib import Path

from scholargraph.model.records import Link, Problem, Severity, Work, WorkKind
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


def read_text(tmp_path: Path, text: str) -> tuple[dict[str, Work], list[Problem]]:
    bib = tmp_path / "refs.bib"
    bib.write_text(text, encoding="utf-8")
    result = read_source(bib, "refs.bib")
    return by_key([r for r in result.records if isinstance(r, Work)]), result.problems


def test_tex_logos_letters_and_defined_macros_keep_their_words(tmp_path: Path) -> None:
    works, problems = read_text(
        tmp_path,
        '@preamble{"\\def\\TUB{TUGboat} \\newcommand{\\CTAN}{CTAN} \\providecommand\\TeX{not this}"}\n'
        "@book{knuth, author = {Knuth, Donald E.}, title = {{\\TeX}: The Program}, year = 1986}\n"
        "@article{hax, author = {Jones, A.}, title = {{\\TeX}hax}, journal = {\\TUB}, year = 1990}\n"
        '@article{kom, author = {Lutz, B.}, title = {Die {\\TeX}nische Kom{\\"o}die}, journal = {DTK}, year = 1995}\n'
        "@article{logos, author = {Lamport, L.}, year = 1994,\n"
        "  title = {{\\LaTeX}, \\LaTeXe, \\BibTeX\\ and {\\METAFONT} or \\MF, \\AmS, \\XeTeX, \\ConTeXt, \\eTeX, \\pdfTeX}}\n"
        "@misc{letters, author = {Gau{\\ss}, Carl Friedrich and {\\O}rsted, H. and {\\L}ukasiewicz, J.}, year = 1900,\n"
        "  title = {{\\ae}sthetics of \\TUB{} and \\CTAN: 99% {\\aa}}}\n",
    )
    assert works["knuth"].title == "TeX: The Program"
    assert works["hax"].title == "TeXhax" and works["hax"].venue_as_written == "TUGboat"
    assert works["kom"].title == "Die TeXnische Komödie"
    assert works["logos"].title == "LaTeX, LaTeX2e, BibTeX and METAFONT or METAFONT, AMS, XeTeX, ConTeXt, e-TeX, pdfTeX"
    assert works["letters"].authors == ("Carl Friedrich Gauß", "H. Ørsted", "J. Łukasiewicz")
    assert works["letters"].title == "æsthetics of TUGboat and CTAN: 99% å"
    assert not [p for p in problems if "macro" in p.message]


def test_an_unknown_macro_is_kept_by_name_and_reported_once_at_its_first_line(tmp_path: Path) -> None:
    works, problems = read_text(
        tmp_path,
        "@article{a,\n"
        "  author = {Lee, A.},\n"
        "  title = {The \\Foo{} Handbook},\n"  # 3
        "  journal = {J}, year = 2001}\n"
        "@article{b, author = {Lee, A.}, title = {More \\Foo\\ and \\Bar}, journal = {J}, year = 2002}\n",  # 5
    )
    assert works["a"].title == "The Foo Handbook"
    assert works["b"].title == "More Foo and Bar"
    reported = [(p.origin.line, p.severity, p.message.split(" is ")[0]) for p in problems if "macro" in p.message]
    assert reported == [(3, Severity.WARNING, "the LaTeX macro \\Foo"), (5, Severity.WARNING, "the LaTeX macro \\Bar")]
    assert all(p.origin.path == "refs.bib" for p in problems)


def test_bibliographic_fields_are_kept_and_a_volume_gives_its_editors(tmp_path: Path) -> None:
    works, _ = read_text(
        tmp_path,
        "@incollection{chapter, author = {Knuth, Donald}, title = {Literate Programming}, subtitle = {A Retrospective},\n"
        "  pages = {17--42}, keywords = {literate programming; WEB, documentation}, language = {english}, crossref = {vol}}\n"
        "@book{vol, editor = {Beeton, Barbara and Lamport, Leslie}, title = {Digital Typography}, subtitle = {Essays},\n"
        "  publisher = {CSLI Publications}, series = {Lecture Notes}, volume = {78}, edition = {2nd}, year = 1999}\n"
        "@book{own, editor = {Mittelbach, Frank}, author = {Goossens, Michel}, title = {Why?}, subtitle = {Because},\n"
        "  year = 2004, number = {3}}\n",
    )
    chapter = works["chapter"]
    assert chapter.title == "Literate Programming: A Retrospective" and chapter.subtitle == "A Retrospective"
    assert chapter.editors == ("Barbara Beeton", "Leslie Lamport")
    assert (
        chapter.venue_as_written == "Digital Typography: Essays"
    )  # the volume's subtitle is its booksubtitle, not the chapter's
    assert (chapter.pages, chapter.language, chapter.keywords) == (
        "17–42",
        "english",
        ("literate programming", "WEB", "documentation"),
    )
    assert (chapter.publisher, chapter.series, chapter.volume, chapter.edition) == (
        "CSLI Publications",
        "Lecture Notes",
        "78",
        "2nd",
    )
    own = works["own"]
    assert (own.title, own.editors, own.authors, own.number) == ("Why? Because", ("Frank Mittelbach",), ("Michel Goossens",), "3")


EVERY_KIND = """\
@comment{This file has one of every kind of record the reader knows.}
@string{tug = {TUGboat}}
@preamble{"\\def\\TUB{TUGboat}"}
@article{article, author = {Knuth, D.}, title = {Article}, journal = tug, year = 1990}
@inproceedings{inproceedings, author = {Knuth, D.}, title = {Paper}, crossref = {proceedings}}
@proceedings{proceedings, editor = {Beeton, B.}, title = {TUG 1991}, year = 1991}
@book{book, author = {Knuth, D.}, title = {The {\\TeX}book}, publisher = {Addison-Wesley}, year = 1984}
@incollection{incollection, author = {Knuth, D.}, title = {Chapter}, booktitle = {Collection}, year = 1992}
@phdthesis{phdthesis, author = {Liang, F.}, title = {Word Hy-phen-a-tion}, school = {Stanford}, year = 1983}
@misc{misc, author = {Knuth, D.}, title = {Misc}, year = 1993}
@misc{notitle, author = {Knuth, D.}, year = 1994}
@article{broken, author = {Knuth, D.}, title = {Broken, year = 1995
}
@misc{misc, author = {Knuth, D.}, title = {Misc again}, year = 1996}
"""


def test_every_entry_becomes_a_work_or_a_named_problem(tmp_path: Path) -> None:
    works, problems = read_text(tmp_path, EVERY_KIND)
    written = entry_lines_of(EVERY_KIND)
    assert len(written) == 10  # by hand: 10 entries, besides the @comment, @string and @preamble
    all_works = [r for r in read_source(tmp_path / "refs.bib", "refs.bib").records if isinstance(r, Work)]
    as_works = {(work.key, work.origin.line) for work in all_works}
    unaccounted = [(key, line) for key, line in written if (key, line) not in as_works and not named(key, problems)]
    assert not unaccounted
    assert set(works) == {"article", "inproceedings", "book", "incollection", "phdthesis", "misc"}
    assert len(all_works) == 7  # both entries keyed 'misc'
    reasons = {key: next(p for p in problems if f"'{key}'" in p.message) for key in ("proceedings", "notitle", "broken")}
    assert reasons["proceedings"].severity is Severity.INFO and "volume" in reasons["proceedings"].message
    assert reasons["notitle"].severity is Severity.VIOLATION and "no title" in reasons["notitle"].message
    assert reasons["broken"].severity is Severity.VIOLATION
    assert any("second entry with key 'misc'" in p.message for p in problems)
    assert works["inproceedings"].editors == ("B. Beeton",) and works["inproceedings"].venue_as_written == "TUG 1991"
    assert works["article"].venue_as_written == "TUGboat" and works["book"].title == "The TeXbook"


def entry_lines_of(text: str) -> list[tuple[str, int]]:
    """(key, line) of each entry, by a regex over the raw text: what the reader must account for."""
    return [
        (match.group(2), number)
        for number, line in enumerate(text.splitlines(), start=1)
        if (match := re.match(r"@\s*(\w+)\s*\{\s*([^,\s]*)", line))
        and match.group(1).lower() not in ("comment", "string", "preamble")
    ]


def named(key: str, problems: list[Problem]) -> bool:
    return any(f"'{key}'" in problem.message for problem in problems)


def test_a_file_with_text_but_no_entry_says_so(tmp_path: Path) -> None:
    path = tmp_path / "notes.bib"
    path.write_text("this is not BibTeX at all\njust words\n", encoding="utf-8")
    result = read_source(path, "notes.bib")
    assert result.records == []
    (problem,) = result.problems
    assert problem.severity == Severity.WARNING and "no BibTeX entry found" in problem.message
