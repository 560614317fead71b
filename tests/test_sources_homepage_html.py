"""Reading homepages saved as HTML: real rendered pages, structured data, what is ignored, encodings, inspect.

Expected values are read off the pages by hand (see tests/data/homepage-html/*/labels.yaml
and the snippets below), not from the reader's output.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from conftest import Cli
from scholargraph.errors import SourceError
from scholargraph.identity.aliases import organizations, venues
from scholargraph.model.records import Award, Course, ServiceRole, Severity, Supervision, SupervisionKind, Talk, Work, WorkKind
from scholargraph.sources import read_source, source_for
from scholargraph.sources.homepage.html import read_html_pages

ROOT = Path(__file__).resolve().parents[1]
YAOYAO = ROOT / "tests" / "data" / "homepage-html" / "yaoyao-liu"


def read_pages(*paths: Path) -> list[Work | Supervision]:
    result, _ = read_html_pages([(path, path.name) for path in paths], venues(), organizations())
    return [r for r in result.records if isinstance(r, (Work, Supervision))]


def works_of(records: list[Work | Supervision]) -> dict[str, Work]:
    return {r.title: r for r in records if isinstance(r, Work)}


def page(tmp_path: Path, body: str, head: str = "<title>Ada Lovelace | Home</title>", name: str = "index.html") -> Path:
    path = tmp_path / name
    path.write_text(f"<!DOCTYPE html><html><head>{head}</head><body>{body}</body></html>", encoding="utf-8")
    return path


# --- a real rendered Jekyll site -------------------------------------------------------------


def test_html_files_are_homepages() -> None:
    assert source_for(YAOYAO / "publications.html") == "homepage-html"


def test_real_publications_page_gives_every_paper_with_its_fields() -> None:
    works = works_of(read_pages(YAOYAO / "publications.html"))

    assert len(works) == 20  # 2 under Preprints, 18 under Publications, counted on the page
    iclr = works["Generating Images with 3D Annotations Using Diffusion Models"]
    assert iclr.authors[:3] == ("Wufei Ma", "Qihao Liu", "Jiahao Wang")  # '*' markers dropped
    assert iclr.authors[-2:] == ("Yaoyao Liu", "Alan Yuille")  # "( Corresponding author)" is no author
    assert (iclr.venue, iclr.year) == ("ICLR", 2024)
    assert [link.url for link in iclr.links][:2] == [
        "https://openreview.net/pdf?id=XlkN11Xj6J",
        "https://github.com/wufeim/DST3D",
    ]
    preprint = works["How to Teach Large Multimodal Models New Skills"]
    assert (preprint.arxiv_id, preprint.kind, preprint.year) == ("2510.08564", WorkKind.PREPRINT, 2025)
    tpami = works["Meta-Transfer Learning through Hard Tasks"]
    assert (tpami.kind, tpami.year) == (WorkKind.JOURNAL_ARTICLE, 2022)
    assert tpami.authors[:2] == ("Qianru Sun", "Yaoyao Liu")  # "(* Equal contribution)" dropped


def test_real_group_page_gives_people_with_role_period_and_co_advisor() -> None:
    people = {r.person: r for r in read_pages(YAOYAO / "research-group.html") if isinstance(r, Supervision)}

    assert sorted(people) == sorted(
        ["Eric Ji", "Wei Cao", "Yulun Wu", "Sarthak Jain", "Qiran Hu", "Joey Wang", "Yikai Gu", "Naren Sudhir Shetty"]
    )
    eric = people["Eric Ji"]
    assert (eric.supervisor, eric.kind, eric.cosupervisors) == ("Yaoyao Liu", SupervisionKind.PHD, ("Minh Do",))
    assert eric.period.start is not None and eric.period.start.year == 2025 and eric.period.end is None
    assert people["Joey Wang"].role == "Undergraduate student"
    assert people["Naren Sudhir Shetty"].role == "former research assistant"


def test_a_paper_on_two_pages_is_one_paper(tmp_path: Path) -> None:
    copy = tmp_path / "selected.html"
    copy.write_bytes((YAOYAO / "publications.html").read_bytes())

    result, reports = read_html_pages(
        [(YAOYAO / "publications.html", "publications.html"), (copy, "selected.html")], venues(), organizations()
    )

    assert len([r for r in result.records if isinstance(r, Work)]) == 20
    skipped = [why for section in reports[1].sections for _, _, why in section.skipped]
    assert len(skipped) == 20 and all(why.startswith("the same paper as publications.html:") for why in skipped)


# --- hand-written pages: lists, tables, paragraphs -------------------------------------------


HAND_WRITTEN = """
<h1>Ada Lovelace</h1>
<p>My <b>Publications</b> are below; my <strong>Students</strong> too.</p>
<!-- <h2>Publications</h2><ul><li>Old Commented Paper. A. B, C. D. ICML 2001.</li></ul> -->
<nav><ul><li><a href="/">Home</a></li><li><a href="/pubs">Publications</a></li></ul></nav>
<h2>Selected Publications</h2>
<ul>
  <li><b>Analytical Engines for Everyone</b><br>Ada Lovelace*, Charles Babbage*<br>NeurIPS 2021
      <a href="https://arxiv.org/abs/2101.01234">arXiv</a></li>
</ul>
<h2>All Publications</h2>
<table>
  <tr><td>2021</td><td><b>Analytical Engines for Everyone</b><br>Ada Lovelace*, Charles Babbage*<br>NeurIPS 2021</td></tr>
  <tr><td>2019</td><td><b>Notes on the Difference Engine</b><br>Ada Lovelace and Mary Somerville<br>
      IEEE Transactions on Pattern Analysis and Machine Intelligence, 2019 <a href="https://doi.org/10.5555/jmlr.2019.1">DOI</a></td></tr>
</table>
<h3>Preprints</h3>
<p>Ada Lovelace, Augustus De Morgan. "Bernoulli Numbers by Machine". arXiv preprint, 2024.</p>
<div style="display:none"><ul><li><b>Hidden Copy of a Paper Title</b><br>Ada Lovelace, X Y<br>CVPR 2020</li></ul></div>
<h2>Students</h2>
<ul><li>{{ student.name }} ({{ student.years }})</li>
<li><a href="https://x.org">Grace Hopper</a>, PhD student, 2018 - 2022</li></ul>
"""


def test_hand_written_page_lists_tables_and_paragraphs(tmp_path: Path) -> None:
    result, reports = read_html_pages([(page(tmp_path, HAND_WRITTEN), "index.html")], venues(), organizations())
    works = works_of([r for r in result.records if isinstance(r, (Work, Supervision))])

    assert sorted(works) == ["Analytical Engines for Everyone", "Bernoulli Numbers by Machine", "Notes on the Difference Engine"]
    engines = works["Analytical Engines for Everyone"]
    assert (engines.authors, engines.venue, engines.year, engines.arxiv_id) == (
        ("Ada Lovelace", "Charles Babbage"),
        "NeurIPS",
        2021,
        "2101.01234",
    )
    notes = works["Notes on the Difference Engine"]
    assert (notes.authors, notes.year, notes.doi) == (("Ada Lovelace", "Mary Somerville"), 2019, "10.5555/jmlr.2019.1")
    bernoulli = works["Bernoulli Numbers by Machine"]
    assert (bernoulli.authors, bernoulli.year) == (("Ada Lovelace", "Augustus De Morgan"), 2024)
    people = [r for r in result.records if isinstance(r, Supervision)]
    assert [(p.person, p.supervisor, p.kind) for p in people] == [("Grace Hopper", "Ada Lovelace", SupervisionKind.PHD)]
    report = reports[0]
    assert report.removed["comments"] == 1 and report.removed["navigation"] == 1 and report.removed["hidden elements"] == 1
    # the bold words inside the first sentence are no headings; the commented-out and hidden copies are gone
    assert [s.heading for s in report.sections] == ["Selected Publications", "All Publications", "Preprints", "Students"]
    why = {text: reason for section in report.sections for _, text, reason in section.skipped}
    assert why["{{ student.name }} ({{ student.years }})"] == "a template placeholder, not content"
    assert why["Analytical Engines for Everyone"].startswith("the same paper as index.html:")


# --- structured data -------------------------------------------------------------------------


def test_highwire_meta_tags_describe_the_page_paper(tmp_path: Path) -> None:
    head = (
        '<meta name="citation_title" content="A Paper About Engines">'
        '<meta name="citation_author" content="Lovelace, Ada"><meta name="citation_author" content="Charles Babbage">'
        '<meta name="citation_publication_date" content="2020/06/01">'
        '<meta name="citation_conference_title" content="CVPR"><meta name="citation_doi" content="10.1/abc">'
    )
    works = works_of(read_pages(page(tmp_path, "<p>An engine paper.</p>", head=head)))
    assert list(works) == ["A Paper About Engines"]
    found = works["A Paper About Engines"]
    assert (found.authors, found.year, found.venue, found.doi) == (("Ada Lovelace", "Charles Babbage"), 2020, "CVPR", "10.1/abc")


COINS = "ctx_ver=Z39.88-2004&amp;rft.atitle=Engines+in+COinS&amp;rft.au=Ada+Lovelace&amp;rft.au=Alan+Turing&amp;rft.date=2018"


def test_json_ld_coins_and_microdata(tmp_path: Path) -> None:
    body = """
    <script type="application/ld+json">{"@context": "https://schema.org", "@graph": [
      {"@type": "Person", "name": "Ada Lovelace"},
      {"@type": "ScholarlyArticle", "headline": "Engines in JSON-LD", "datePublished": "2022-03-01",
       "author": [{"@type": "Person", "name": "Ada Lovelace"}, {"@type": "Person", "name": "Alan Turing"}],
       "isPartOf": {"@type": "Periodical", "name": "IEEE Transactions on Pattern Analysis and Machine Intelligence"}}]}</script>
    <script type="application/ld+json">{ not json</script>
    <span class="Z3988" title="{COINS}"></span>
    <div itemscope itemtype="https://schema.org/ScholarlyArticle">
      <span itemprop="name">Engines in Microdata</span>
      <span itemprop="author" itemscope itemtype="https://schema.org/Person"><span itemprop="name">Ada Lovelace</span></span>
      <time itemprop="datePublished" datetime="2017-05-01">May 2017</time>
    </div>""".replace("{COINS}", COINS)
    works = works_of(read_pages(page(tmp_path, body, head="<title>Home</title>")))

    assert works["Engines in JSON-LD"].authors == ("Ada Lovelace", "Alan Turing")
    assert (works["Engines in JSON-LD"].year, works["Engines in JSON-LD"].venue) == (2022, "TPAMI")
    assert (works["Engines in COinS"].authors, works["Engines in COinS"].year) == (("Ada Lovelace", "Alan Turing"), 2018)
    assert (works["Engines in Microdata"].authors, works["Engines in Microdata"].year) == (("Ada Lovelace",), 2017)


def test_a_hidden_bibtex_block_gives_the_entry_fields(tmp_path: Path) -> None:
    body = """<h2>Publications</h2><ol class="bibliography"><li><div class="title">Engines, Rendered</div>
    <div class="bibtex hidden"><pre>@inproceedings{lovelace2023,
      title = {Engines, As Written in BibTeX},
      author = {Lovelace, Ada and Babbage, Charles},
      booktitle = {ICML}, year = {2023}}</pre></div></li></ol>"""
    (work,) = [r for r in read_pages(page(tmp_path, body)) if isinstance(r, Work)]
    assert (work.title, work.authors, work.year) == ("Engines, As Written in BibTeX", ("Ada Lovelace", "Charles Babbage"), 2023)


# --- encodings and errors --------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "cp1252", "iso-8859-1", "utf-16"])
def test_usual_encodings_are_read(tmp_path: Path, encoding: str) -> None:
    html = (
        '<html><head><meta charset="{}"><title>José Núñez</title></head><body><h2>Publications</h2>'
        "<ul><li><b>Señales de Ingeniería Lógica</b><br>José Núñez, Zoë Brontë<br>ICML 2020</li></ul></body></html>"
    ).format("utf-8" if encoding.startswith("utf") else encoding)
    path = tmp_path / "index.html"
    path.write_bytes(html.encode(encoding))

    (work,) = [r for r in read_pages(path) if isinstance(r, Work)]
    assert (work.title, work.authors) == ("Señales de Ingeniería Lógica", ("José Núñez", "Zoë Brontë"))


def test_a_page_with_nothing_academic_is_a_warning_naming_it_and_an_empty_file_an_error(tmp_path: Path) -> None:
    path = page(tmp_path, "<h1>My cat</h1><p>Pictures of my cat.</p>")
    result = read_source(path, "cat.html")
    assert [r for r in result.records if isinstance(r, Work | Supervision)] == []
    (warning,) = [p for p in result.problems if "no publications or people were recognized" in p.message]
    assert (warning.severity, warning.origin.path) == (Severity.WARNING, "cat.html")
    empty = tmp_path / "empty.html"
    empty.write_bytes(b"  \n")
    with pytest.raises(SourceError, match="empty"):
        read_source(empty, "empty.html")


def test_a_site_whose_home_page_has_no_list_still_gives_the_other_pages(tmp_path: Path) -> None:
    home = page(tmp_path, "<h1>Ada Lovelace</h1><p>I study engines.</p>")
    publications = page(
        tmp_path,
        "<h1>Ada Lovelace</h1><ul><li><b>Notes on the Difference Engine</b><br>Ada Lovelace, Mary Somerville<br>"
        "Nature 2019</li></ul>",
        name="publications.html",
    )
    result, reports = read_html_pages([(home, "index.html"), (publications, "publications.html")], venues(), organizations())
    assert [w.title for w in result.records if isinstance(w, Work)] == ["Notes on the Difference Engine"]
    assert [r.path for r in reports] == ["index.html", "publications.html"]


# --- inspect ---------------------------------------------------------------------------------


def test_inspect_shows_sections_entries_and_skips(cli: Cli, tmp_path: Path) -> None:
    path = page(tmp_path, HAND_WRITTEN)
    run = cli("inspect", str(path))

    assert run.exit_code == 0, run.stderr
    out = run.stdout
    assert "owner: Ada Lovelace" in out and "1 comments" in out and "1 navigation" in out
    assert "[publications] Selected Publications" in out and "[people] Students" in out
    assert "work    Notes on the Difference Engine — Ada Lovelace, Mary Somerville — TPAMI, 2019 doi:10.5555/jmlr.2019.1" in out
    assert "a template placeholder, not content" in out and "the same paper as" in out


def test_inspect_of_a_page_with_nothing_recognized_shows_what_it_saw(cli: Cli, tmp_path: Path) -> None:
    path = page(tmp_path, "<h2>Hobbies</h2><p>nothing here</p><h2>Contact</h2>")
    run = cli("inspect", str(path))
    assert run.exit_code == 0, run.stderr
    assert "owner: Ada Lovelace" in run.stdout and "'Hobbies' (line" in run.stdout


# --- the labelled set ------------------------------------------------------------------------


# What the reader reaches on the nine pages added after it was written, as last measured: a
# change that reads them worse fails here (docs/homepages.md has the figures and the misses).
NEW_PAGES_FLOOR = {"publications": (0.93, 0.88), "people": (0.99, 0.95)}


def test_quality_benchmark_holds_the_earlier_pages_and_the_new_pages_floor() -> None:
    run = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "homepage_quality.py")],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    figures = {
        (group, what): (float(precision), float(recall))
        for group, what, precision, recall in re.findall(
            r"^(earlier pages|new pages): (publications|people): precision ([\d.]+) .*?, recall ([\d.]+)", run.stdout, re.M
        )
    }
    assert len(figures) == 4, run.stdout + run.stderr
    for what in ("publications", "people"):
        assert min(figures["earlier pages", what]) >= 0.95 if what == "publications" else 0.9, run.stdout
        floor = NEW_PAGES_FLOOR[what]
        assert figures["new pages", what][0] >= floor[0] and figures["new pages", what][1] >= floor[1], run.stdout
    assert "misses:" in run.stdout and "labelled but not read" in run.stdout


# academicpages' archive-single.html shape: a schema.org item with only a headline, the venue in
# "Published in", the authors only in the citation sentence, family name first.
ACADEMICPAGES = """
<h1 class="page__title">Publications</h1>
<div class="list__item"><article class="archive__item" itemscope itemtype="https://schema.org/CreativeWork">
  <h2 class="archive__item-title" itemprop="headline"><a href="/publication/2010-02-25-cscw">The Work of Sustaining Order in
  Wikipedia: The Banning of a Vandal</a></h2>
  <p>Published in <i>Proceedings of CSCW</i>, 2010</p>
  <p class="archive__item-excerpt" itemprop="description">An excerpt about vandals.</p>
  <p>Recommended citation: Geiger, R. Stuart and David Ribes (2010). "The Work of Sustaining Order in Wikipedia: The
  Banning of a Vandal." In Proceedings of the 2010 ACM Conference on Computer-Supported Cooperative Work.</p>
</article></div>
<div class="list__item"><article class="archive__item" itemscope itemtype="https://schema.org/CreativeWork">
  <h2 class="archive__item-title" itemprop="headline"><a href="/publication/2018-05-28-cscw">The Types, Roles, and Practices of
  Documentation</a></h2>
  <p>Published in <i>Computer-Supported Cooperative Work (JCSCW)</i>, 2018</p>
  <p>Recommended citation: Geiger, R.S., Varoquaux, N., Mazel-Cabasse, C., and Holdgraf, C. (2018). "The Types, Roles, and
  Practices of Documentation." Computer-Supported Cooperative Work (JCSCW), 27(3).</p>
</article></div>
"""


def test_academicpages_markup_family_first_citations(tmp_path: Path) -> None:
    head = "<title>Publications - R. Stuart Geiger</title>"
    works = works_of(read_pages(page(tmp_path, ACADEMICPAGES, head=head)))

    order = works["The Work of Sustaining Order in Wikipedia: The Banning of a Vandal"]
    assert (order.authors, order.year, order.venue_as_written) == (
        ("R. Stuart Geiger", "David Ribes"),
        2010,
        "Proceedings of CSCW",
    )
    types = works["The Types, Roles, and Practices of Documentation"]
    assert types.authors == ("R.S. Geiger", "N. Varoquaux", "C. Mazel-Cabasse", "C. Holdgraf")
    assert types.year == 2018


# Hugo Blox's citation view of a publication list: authors as spans, year in parentheses, the
# title linked, the venue in italics, the owner highlighted; an icon hidden from screen readers.
HUGO_BLOX = """
<section id="publications"><h1>Publications</h1>
<div class="pub-list-item view-citation" style="margin-bottom:1rem">
  <i class="far fa-file-alt pub-icon" aria-hidden="true"></i>
  <span class="article-metadata li-cite-author"><span>Longxu Dou</span>, <span>Yan Gao</span>, <span>Xuqi Liu</span>,
  <span class="author-highlighted">Min-Yen Kan</span>, <span>Jian-Guang Lou</span></span>
  (2022).
  <a href="/publication/dou-2022/">Towards Knowledge-Intensive Text-to-SQL Semantic Parsing with Formulaic Knowledge</a>.
  <em>Proceedings of the 2022 Conference on Empirical Methods in Natural Language Processing</em>.
  <p><a class="btn btn-outline-primary btn-page-header btn-sm" href="https://doi.org/10.18653/v1/2022.emnlp-main.350">DOI</a></p>
</div>
</section>
"""


def test_hugo_blox_citation_view(tmp_path: Path) -> None:
    works = works_of(read_pages(page(tmp_path, HUGO_BLOX, head="<title>Min-Yen Kan</title>")))

    (work,) = works.values()
    assert work.title == "Towards Knowledge-Intensive Text-to-SQL Semantic Parsing with Formulaic Knowledge"
    assert work.authors == ("Longxu Dou", "Yan Gao", "Xuqi Liu", "Min-Yen Kan", "Jian-Guang Lou")
    assert (work.year, work.venue, work.doi) == (2022, "EMNLP", "10.18653/v1/2022.emnlp-main.350")


def test_people_in_a_table_and_a_definition_list(tmp_path: Path) -> None:
    body = """<h2>Alumni</h2>
    <table><tr><th>Name</th><th>Role</th><th>Now</th></tr>
      <tr><td>Grace Hopper</td><td>PhD, 2015–2020</td><td>now at the Navy</td></tr>
      <tr><td><a href="https://example.org/kj">Katherine Johnson</a></td><td>Postdoc, Jan 2019 - Dec 2021</td><td></td></tr>
    </table>
    <h2>Visitors</h2><dl><dt>Visiting in 2023</dt><dd>Hedy Lamarr (Summer 2023)</dd></dl>"""
    people = {r.person: r for r in read_pages(page(tmp_path, body)) if isinstance(r, Supervision)}

    assert sorted(people) == ["Grace Hopper", "Hedy Lamarr", "Katherine Johnson"]
    assert people["Grace Hopper"].kind == SupervisionKind.PHD
    hopper = people["Grace Hopper"].period
    assert hopper.start is not None and hopper.end is not None and (hopper.start.year, hopper.end.year) == (2015, 2020)
    assert people["Katherine Johnson"].kind == SupervisionKind.POSTDOC
    assert people["Hedy Lamarr"].kind == SupervisionKind.VISIT


def test_inspect_shows_a_text_homepage_by_section(cli: Cli) -> None:
    run = cli("inspect", str(ROOT / "data" / "homepage-qianru-sun.txt"))

    assert run.exit_code == 0, run.stderr
    assert "owner: Qianru Sun" in run.stdout
    # under its heading (line 58 of the page), the first PhD student, as written on lines 60-63
    assert "[people] Ph.D. Students (line 58)" in run.stdout
    assert "   60  person  Yaoyao Liu — PhD student — 2018–2022 (with Bernt Schiele)" in run.stdout
    assert "info: section 'News' is not read into the graph" in run.stdout


def test_awards_service_teaching_and_talks_read_as_the_text_page_writes_them(tmp_path: Path) -> None:
    body = """<h1>Ada Lovelace</h1>
    <h2>Awards</h2><ul><li>Mar 2023, Best Engine Award (Royal Society)</li><li>A prize I won once</li></ul>
    <h2>Professional Service</h2><ul><li>CVPR'22, ICCV'23: Area Chair</li></ul>
    <h2>Teaching</h2><ul><li>2021-2023 CS101 - Analytical Engines (UG)</li></ul>
    <h2>Invited Talks</h2><ul><li>June 2023, Invited Talk, Royal Institution. "On Engines" [slides]</li></ul>"""
    result, reports = read_html_pages([(page(tmp_path, body), "index.html")], venues(), organizations())
    (award,) = [r for r in result.records if isinstance(r, Award)]
    assert (award.name, award.granted_by, award.person) == ("Best Engine Award", "Royal Society", "Ada Lovelace")
    services = [r for r in result.records if isinstance(r, ServiceRole)]
    assert sorted((s.venue, s.role) for s in services) == [("CVPR", "Area Chair"), ("ICCV", "Area Chair")]
    assert [r.code for r in result.records if isinstance(r, Course)] == ["CS101"]
    assert [r.title for r in result.records if isinstance(r, Talk)] == ["On Engines"]
    (skipped,) = [entry for section in reports[0].sections for entry in section.skipped]
    assert skipped[1] == "A prize I won once" and "is not an award line like" in skipped[2]


def test_build_of_two_saved_pages_gives_one_graph_with_each_paper_once(cli: Cli, tmp_path: Path) -> None:
    import rdflib

    for name in ("publications.html", "research-group.html"):
        (tmp_path / name).write_bytes((YAOYAO / name).read_bytes())
    (tmp_path / "selected.html").write_bytes((YAOYAO / "publications.html").read_bytes())  # the same papers again
    run = cli("build", "publications.html", "selected.html", "research-group.html", "--out", "out", cwd=tmp_path)

    assert run.exit_code == 0, run.stderr
    assert "conforms: 0 violations" in run.stderr
    graph = rdflib.Dataset()
    graph.parse(tmp_path / "out" / "graph.trig", format="trig")
    bibo = rdflib.Namespace("http://purl.org/ontology/bibo/")
    works = {subject for subject, _, _, _ in graph.quads((None, rdflib.RDF.type, bibo.Document, None))}
    assert len(works) == 20  # counted on the page: 2 preprints, 18 publications


def test_one_paragraph_of_several_papers_line_after_line(tmp_path: Path) -> None:
    body = """<h1>Ada Lovelace</h1><h2>Publications</h2>
    <p><b>Analytical Engines for Everyone</b><br>Ada Lovelace, Charles Babbage<br>NeurIPS 2021<br><br>
    <b>Notes on the Difference Engine</b><br>Ada Lovelace and Mary Somerville<br>CVPR 2019<br><br>
    <b>Bernoulli Numbers by Machine</b><br>Ada Lovelace, Augustus De Morgan<br>ICML 2024</p>"""
    works = works_of(read_pages(page(tmp_path, body)))

    assert sorted(works) == ["Analytical Engines for Everyone", "Bernoulli Numbers by Machine", "Notes on the Difference Engine"]
    notes = works["Notes on the Difference Engine"]
    assert (notes.authors, notes.venue, notes.year) == (("Ada Lovelace", "Mary Somerville"), "CVPR", 2019)


def test_text_reader_survives_a_venue_line_that_could_open_the_next_entry() -> None:
    # found by the fuzz test: line 3 is the first entry's venue and looks like the title of lines 4-5
    from scholargraph.sources.homepage.context import Context
    from scholargraph.sources.homepage.lines import text_lines
    from scholargraph.sources.homepage.publications import read_publications

    lines = text_lines("Analytical Engines\nAda Lovelace, Charles Babbage\nCVPR 2021\nAda Lovelace, Mary Somerville\nICML 2019\n")
    works = list(read_publications(lines, Context("page.txt", venues(), organizations(), "Ada Lovelace")))

    assert (works[0].title, works[0].authors, works[0].venue, works[0].year) == (
        "Analytical Engines",
        ("Ada Lovelace", "Charles Babbage"),
        "CVPR",
        2021,
    )


def test_relative_links_resolve_against_the_page_address_or_are_kept_as_written(cli: Cli, tmp_path: Path) -> None:
    import rdflib

    body = """<h1>Ada Lovelace</h1><h2>Publications</h2><ul>
    <li><b>Notes on the Difference Engine</b><br>Ada Lovelace, Mary Somerville<br>Nature 2019
      <a href="papers/notes.pdf">[pdf]</a> <a href="JavaScript:alert(1)">[run]</a></li></ul>"""
    unknown = page(tmp_path, body)
    (work,) = [r for r in read_pages(unknown) if isinstance(r, Work)]
    assert [(link.label, link.url) for link in work.links] == [("[pdf]", "papers/notes.pdf")]
    head = '<title>Ada Lovelace</title><link rel="canonical" href="https://ada.example.org/pubs/">'
    known = page(tmp_path, body, head=head, name="known.html")
    (work,) = [r for r in read_pages(known) if isinstance(r, Work)]
    assert [link.url for link in work.links] == ["https://ada.example.org/pubs/papers/notes.pdf"]

    # the build keeps a link it cannot resolve as text, never a traceback
    build = tmp_path / "site"
    build.mkdir()
    (build / "index.html").write_bytes(unknown.read_bytes())
    run = cli("build", "index.html", "--out", "out", cwd=build)
    assert run.exit_code == 0, run.stderr
    graph = rdflib.Graph().parse(build / "out" / "graph.ttl")
    written = rdflib.URIRef("https://w3id.org/scholargraph/ns#urlAsWritten")
    assert {str(o) for o in graph.objects(None, written)} == {"papers/notes.pdf"}


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Phys. Rev. B 95, 115150 (2017)", "Phys. Rev. B"),
        ("Physical Review B (5), 054306 (2025)", "Physical Review B"),
        (
            "IEEE Journal of Biomedical and Health Informatics, vol. 28, no. 1, pp. 12-20, 2024",
            "IEEE Journal of Biomedical and Health Informatics",
        ),
        ("EGUsphere 2024 (2024): 1-25.", "EGUsphere"),
        ("Published in The Cryosphere, 2024", "The Cryosphere"),
        ("Journal of Hydrology 620 (2023): 129416", "Journal of Hydrology"),
        (
            "IEICE Transactions on Fundamentals of Electronics, Communications and Computer Sciences, E106-A(3): 440-444, 2023.",
            "IEICE Transactions on Fundamentals of Electronics, Communications and Computer Sciences",
        ),
        ("ArXiv Preprint arXiv:2511.00763 (2025)", "ArXiv Preprint"),
        ("Phys. Rev. Lett. 120, 030601", "Phys. Rev. Lett."),
        (
            "2024 IEEE International Symposium on Information Theory (ISIT)",
            "IEEE International Symposium on Information Theory (ISIT)",
        ),
        (
            "The Politics of Presidential Term Limits, edited by Alexander Baturo and Robert Elgie",
            "The Politics of Presidential Term Limits",
        ),
        (
            "In: Cuddington K, Byers J, and W. Wilson (eds) Ecosystem Engineers: Plants to Protists",
            "Ecosystem Engineers: Plants to Protists",
        ),
        ("Recent Trends in Combinatorics (A. Beveridge, J. Griggs and P. Tetali, eds.)", "Recent Trends in Combinatorics"),
        ("Nature Communications 8, Article number: 14550 (2017)", "Nature Communications"),
        ("G3: GENES, GENOMES, GENETICS April 1, 2016 vol. 6 no. 4 973-986;", "G3: GENES, GENOMES, GENETICS"),
        ("Molecular Psychiatry advance online publication 4 August 2015; doi: 10.1038/mp", "Molecular Psychiatry"),
        ("F1000Research 11, p. 1182.", "F1000Research"),
        ("DOI: 10.32942/X2JD47.", ""),
        (
            "In Proceedings of the 2000 ACM Conference on Computer Supported Cooperative Work (Philadelphia, Pennsylvania, "
            "United States). CSCW '00. ACM, New York, NY, 41-48.",
            "Proceedings of the 2000 ACM Conference on Computer Supported Cooperative Work",
        ),
        ("to be included in the proceedings of the ACM conference on CSCW", "proceedings of the ACM conference on CSCW"),
        (
            "Proceedings of the ACM Conference on Human-Factors in Computing Systems, CHI",
            "Proceedings of the ACM Conference on Human-Factors in Computing Systems",
        ),
        (". Ecography e06905.", "Ecography"),
        ("Journal of Avian Biology, 2023(1-2) e03006", "Journal of Avian Biology"),
        ("May 2018 · Nature Genetics", "Nature Genetics"),
        ("Under revision", ""),
        ("CLEO: Science and Innovations, SM4O–2, Optica Publishing Group, 2022.", "CLEO: Science and Innovations"),
        (
            "Photonic and Phononic Properties of Engineered Nanostructures XIII, PC1243101, SPIE, 2023",
            "Photonic and Phononic Properties of Engineered Nanostructures XIII",
        ),
        ("Nature Photonics, 1–6, (2020).", "Nature Photonics"),
        ("(under review)", ""),
    ],
)
def test_a_venue_is_named_without_volume_pages_and_date(written: str, name: str) -> None:
    from scholargraph.sources.homepage.html_entries import venue_name

    assert venue_name(written) == name


def test_a_markdown_page_with_front_matter_is_read_as_the_page_it_renders(tmp_path: Path) -> None:
    path = tmp_path / "publications.md"
    path.write_text(
        "---\nlayout: page\ntitle: Publications\npermalink: /publications/\n---\n\nSome words first.\n\n"
        "1. **Notes on the Difference Engine**<br>\n   Ada Lovelace, Mary Somerville<br>\n   *Nature*, 2024\n",
        encoding="utf-8",
    )
    assert source_for(path) == "homepage-html"
    (work,) = [r for r in read_source(path, "publications.md").records if isinstance(r, Work)]
    assert (work.title, work.authors, work.venue_as_written, work.year) == (
        "Notes on the Difference Engine",
        ("Ada Lovelace", "Mary Somerville"),
        "Nature",
        2024,
    )
    assert work.origin.line in (10, 11)  # the entry's line in the file, front matter counted


def test_a_jekyll_sites_group_page_is_a_source_supervised_by_the_sites_owner(tmp_path: Path) -> None:
    from scholargraph.sources.site import detect_site

    (tmp_path / "_config.yml").write_text("author:\n  name: Ada Lovelace\n", encoding="utf-8")
    (tmp_path / "group.md").write_text(
        "---\nlayout: default\ntitle: Research Group\n---\n\n<h2>PhD Students</h2>\n<ul><li>Grace Hopper, since 2021</li></ul>\n",
        encoding="utf-8",
    )
    (tmp_path / "about.md").write_text("---\nlayout: default\ntitle: About\n---\n\nHello.\n", encoding="utf-8")
    site = detect_site(tmp_path)
    assert site is not None and [(p.name, kind) for p, kind in site.files if kind == "homepage-html"] == [
        ("group.md", "homepage-html")
    ]
    (grace,) = [r for r in read_source(tmp_path / "group.md", "group.md").records if isinstance(r, Supervision)]
    assert (grace.supervisor, grace.person, grace.kind) == ("Ada Lovelace", "Grace Hopper", SupervisionKind.PHD)


def test_a_page_without_an_owner_takes_its_home_pages_and_a_labs_head_supervises(tmp_path: Path) -> None:
    page(tmp_path, "<h1>Ada Lovelace</h1>")
    students = page(
        tmp_path,
        "<h2>Students</h2><ul><li>Grace Hopper (PhD, 2019-2023)</li></ul>",
        head="<title>Students</title>",
        name="students.html",
    )
    (grace,) = [r for r in read_source(students, "students.html").records if isinstance(r, Supervision)]
    assert grace.supervisor == "Ada Lovelace"

    lab = tmp_path / "lab"
    lab.mkdir()
    team = page(
        lab,
        "<h1>Meet the Team</h1><h2>Head of the Lab</h2><div class='card'><h3>Mary Somerville</h3><p>Professor</p></div>"
        "<h2>Postdoctoral fellows</h2><div class='card'><h3>Hedy Lamarr</h3></div>",
        head="<title>Somerville Lab</title>",
        name="team.html",
    )
    (hedy,) = [r for r in read_source(team, "team.html").records if isinstance(r, Supervision)]
    assert (hedy.supervisor, hedy.person, hedy.kind) == ("Mary Somerville", "Hedy Lamarr", SupervisionKind.POSTDOC)


def test_a_lab_its_home_page_welcomes_to_is_headed_by_the_person_of_its_name(tmp_path: Path) -> None:
    """A site whose pages are titled "Home" and "People" names its lab only in its welcome ("Welcome to the
    Somerville Lab"); its head is the Somerville its people page writes out. A student's class ("'15") is the year
    they left when no period is written."""
    page(tmp_path, "<p>Welcome to the Somerville Lab in the Biology Department.</p>", head="<title>Home</title>")
    people = page(
        tmp_path,
        "<p>Dr. Mary Somerville is a Professor of Biology.</p>\n<p>Former Research Students:</p>\n"
        "<p>\n<span class='bold'>Hedy Lamarr</span> (Biology) LMU '15<br/>"
        "<span class='bold'>Grace Hopper</span> (Biology, LMU '21) Fall 2019-Spring 2021, Wet Lab\n<br />\n"
        "<span class='bold'>Ada Byron</span> (Computer Science) LMU '13</p>",
        head="<title>People</title>",
        name="people.html",
    )
    supervisions = [r for r in read_source(people, "people.html").records if isinstance(r, Supervision)]
    assert {
        (s.supervisor, s.person, s.period.start and s.period.start.year, s.period.end and s.period.end.year) for s in supervisions
    } == {
        ("Mary Somerville", "Hedy Lamarr", None, 2015),
        ("Mary Somerville", "Grace Hopper", 2019, 2021),
        ("Mary Somerville", "Ada Byron", None, 2013),
    }


def test_a_lab_named_with_a_possessive_is_headed_by_the_person_of_that_name(tmp_path: Path) -> None:
    """ "Somerville's Lab" is the Somerville lab: its head is the Somerville the page writes out."""
    team = page(
        tmp_path,
        "<p>Mary Somerville leads the group.</p>\n<h2>PhD Students</h2>\n<ul>\n<li>Grace Hopper (2021-)</li>\n"
        "<li>Hedy Lamarr (2022-)</li>\n</ul>",
        head="<title>Team | Somerville's Lab</title>",
        name="team.html",
    )
    supervisions = [r for r in read_source(team, "team.html").records if isinstance(r, Supervision)]
    assert {(s.supervisor, s.person) for s in supervisions} == {
        ("Mary Somerville", "Grace Hopper"),
        ("Mary Somerville", "Hedy Lamarr"),
    }


def test_a_lab_named_after_no_one_is_headed_by_the_author_of_its_papers(tmp_path: Path) -> None:
    """A site that names only its lab ("PRISM Lab") is headed by the author of half its papers or more; on its page
    titled "alumni" a graduate's one year is the year they left."""
    papers = "".join(
        f"<li>{title}<br/>{others}, and Mary Somerville<br/><em>J. Am. Chem. Soc.</em> {year}, 1, 2.</li>"
        for title, others, year in [
            ("Light on supramolecular assemblies", "Hedy Lamarr, Grace Hopper", 2019),
            ("Excited states of dimers", "Ada Byron", 2020),
            ("Reactive ensembles in solution", "Emmy Noether, Hedy Lamarr", 2021),
            ("Triplet chromophores at work", "Lise Meitner", 2022),
            ("A prism for molecules", "Grace Hopper, Ada Byron", 2023),
        ]
    )
    publications = page(tmp_path, f"<h1>publications</h1><ol>{papers}</ol>", head="<title>publications | PRISM Lab</title>")
    alumni = page(
        tmp_path,
        "<div class='post'><header class='post-header'><h1 class='post-title'>alumni</h1></header><article>\n<h3>PhD students</h3>\n<ul>\n<li>Dr. Anna Wright (2024, Chemist at Acme)</li>\n</ul>\n"
        "<h3>Masters students</h3>\n<ul>\n<li>Matilda Teale (2022)</li>\n<li>Shi Hao (2020)</li>\n</ul></article></div>",
        head="<title>alumni | PRISM Lab</title>",
        name="alumni.html",
    )
    result, _ = read_html_pages([(publications, "index.html"), (alumni, "alumni.html")], venues(), organizations())
    supervisions = {r.person: r for r in result.records if isinstance(r, Supervision)}
    assert {(s.supervisor, s.kind.value, s.period.start, s.period.end and s.period.end.year) for s in supervisions.values()} == {
        ("Mary Somerville", "phd", None, 2024),
        ("Mary Somerville", "master", None, 2022),
        ("Mary Somerville", "master", None, 2020),
    }


def test_text_set_among_a_sections_entries_and_read_as_none_of_them_is_said(tmp_path: Path) -> None:
    """A line among the people that is no one's entry (a collaborator written plain between the cards) is not
    dropped unsaid: ``inspect`` names it."""
    from scholargraph.sources.homepage.inspect import render_reports

    cards = "".join(
        f"<div class='member'><h4>{name}</h4><p>PhD student, since {year}</p></div>\n"
        for name, year in [("Grace Hopper", 2021), ("Hedy Lamarr", 2022)]
    )
    body = f"<h2>Students</h2>\n<div class='people'>\n{cards}<span>Visiting from Oxford: Emmy Noether</span>\n</div>"
    _, reports = read_html_pages([(page(tmp_path, body), "index.html")], venues(), organizations())
    shown = render_reports(reports)
    assert "not read: 'Visiting from Oxford: Emmy Noether'" in shown
    assert "Grace Hopper" in shown and "not read: 'Grace Hopper" not in shown


def test_a_list_of_citations_no_heading_names_is_found_by_repetition(tmp_path: Path) -> None:
    body = """<h1>Ada Lovelace</h1><p>I study engines.</p><ul>
    <li>Ada Lovelace, Mary Somerville, Charles Babbage. Notes on the Difference Engine. Nature, 2019.</li>
    <li>Ada Lovelace, Augustus De Morgan, Mary Somerville. Bernoulli Numbers by Machine. Science, 2021.</li>
    <li>Ada Lovelace, Charles Babbage, Michael Faraday. Analytical Engines for Everyone. Cell, 2022.</li>
    </ul><ul><li>Home</li><li>Contact</li><li>Teaching</li></ul>"""
    result, reports = read_html_pages([(page(tmp_path, body), "index.html")], venues(), organizations())
    works = works_of(result.records)
    assert sorted(works) == ["Analytical Engines for Everyone", "Bernoulli Numbers by Machine", "Notes on the Difference Engine"]
    assert works["Bernoulli Numbers by Machine"].authors == ("Ada Lovelace", "Augustus De Morgan", "Mary Somerville")
    assert [s.heading for s in reports[0].sections] == ["(a list of citations no heading names)"]


def test_a_card_whose_fields_are_headings_and_paragraphs_is_one_entry(tmp_path: Path) -> None:
    """A theme's card (title a linked heading, authors and year another, venue and abstract paragraphs) is one
    paper, read from the block around its pieces; the abstract is no paper of its own."""
    cards = "".join(
        f"""<div class="col-md-8"><a href="https://example.org/{i}"><h4>{title}</h4></a>
        <h5>N Eling, AC Richard and CA Vallejos ({year})</h5><p><em>{venue} </em></p>
        <p>Extends a model with a residual measure of variability that is not confounded by mean expression.</p></div>"""
        for i, (title, year, venue) in enumerate(
            [
                ("Correcting the mean-variance dependency for differential variability testing", 2018, "Cell Systems"),
                ("Normalizing single-cell RNA sequencing data: challenges and opportunities", 2017, "Nature Methods"),
                ("Bayesian survival analysis of university outcomes", 2016, "Genome Biology"),
            ]
        )
    )
    works = works_of(
        read_pages(
            page(tmp_path, f"<h2>Peer reviewed</h2><section><div class='row'>{cards}</div></section>", name="publications.html")
        )
    )

    assert sorted(works) == [
        "Bayesian survival analysis of university outcomes",
        "Correcting the mean-variance dependency for differential variability testing",
        "Normalizing single-cell RNA sequencing data: challenges and opportunities",
    ]
    nature = works["Normalizing single-cell RNA sequencing data: challenges and opportunities"]
    assert (list(nature.authors), nature.venue_as_written, nature.year) == (
        ["N Eling", "AC Richard", "CA Vallejos"],
        "Nature Methods",
        2017,
    )


def test_role_labels_and_plural_role_headings_give_the_people_under_them_their_kind(tmp_path: Path) -> None:
    """A role set large in a table row ("Postdocs") gives it to the people below; a degree before a name is no role;
    "Co-supervised PhD projects" and "Bachelor and Master projects" are parts with that role, under a heading of
    former students (one year is the year the thesis ended); a person's own "BSc." or "MSc." decides between them."""
    body = """<h2>People</h2><table>
      <tr><td><span style="font-size:2.0em">Postdocs</span></td></tr>
      <tr><td><span style="font-size:1.6em">Dr. Zander Human</span></td></tr>
      <tr><td>Friedrich Schiller University Jena</td></tr>
      <tr><td><span style="font-size:2.0em">PhD students</span></td></tr>
      <tr><td><span style="font-size:1.6em">MSc. Linda Gorniak</span></td></tr>
    </table>
    <h3>Supervised theses, former students, alumni</h3>
    <h4>Co-supervised PhD projects</h4><ul><li>Qianqian Li (2021, Friedrich Schiller University Jena)</li></ul>
    <h4>Bachelor and Master projects</h4><ul>
      <li>Markus Arnold (2024, BSc. Biogeosciences, Friedrich Schiller University Jena)</li>
      <li>Sarah Luise Bucka (2022, MSc. Biogeosciences, Friedrich Schiller University Jena)</li></ul>"""
    people = {r.person: r for r in read_pages(page(tmp_path, body)) if isinstance(r, Supervision)}

    assert people["Zander Human"].kind == SupervisionKind.POSTDOC
    assert people["Linda Gorniak"].kind == SupervisionKind.PHD
    li = people["Qianqian Li"]
    assert li.kind == SupervisionKind.PHD and li.period.start is None and li.period.end is not None and li.period.end.year == 2021
    assert people["Markus Arnold"].kind == SupervisionKind.RESEARCH
    assert people["Sarah Luise Bucka"].kind == SupervisionKind.MASTER


def test_a_singular_role_under_a_name_is_a_line_of_that_persons_card(tmp_path: Path) -> None:
    body = """<h2>People</h2><h3>Alejandro Brambila</h3><h4>PhD Student</h4><p>Works on grasslands.</p>
    <h3>Laura Johnson</h3><h4>Masters student</h4><p>Works on seeds.</p>"""
    people = {r.person: r.kind for r in read_pages(page(tmp_path, body)) if isinstance(r, Supervision)}

    assert people == {"Alejandro Brambila": SupervisionKind.PHD, "Laura Johnson": SupervisionKind.MASTER}


def test_a_block_of_names_lists_as_many_people_under_a_heading_of_mixed_roles(tmp_path: Path) -> None:
    """A line of names set as a code block by mistake is a paragraph listing people; a heading naming two roles
    ("Undergraduate and MSc Students") gives none of them, and a block with years is no list of names."""
    body = """<h2>People</h2><h3>PhD students</h3><p>Ada Byron</p>
    <h2>Undergraduate and MSc Students</h2>
    <pre><code>Alexander Raw, Farid Bin Mohamad, Xinqi (Aimee) Wang and Jack Speakman</code></pre>
    <h2>Student interns</h2><ul><li>Julia Bechwar (2020-2024, BSc. Nutrition Science | MSc. Molecular Medicine)</li></ul>"""
    people = {r.person: r.kind for r in read_pages(page(tmp_path, body)) if isinstance(r, Supervision)}

    assert people == {
        "Ada Byron": SupervisionKind.PHD,
        "Alexander Raw": SupervisionKind.RESEARCH,
        "Farid Bin Mohamad": SupervisionKind.RESEARCH,
        "Xinqi (Aimee) Wang": SupervisionKind.RESEARCH,
        "Jack Speakman": SupervisionKind.RESEARCH,
        "Julia Bechwar": SupervisionKind.RESEARCH,
    }


def test_a_people_card_is_read_whole_its_one_heading_the_name(tmp_path: Path) -> None:
    """A theme's card (photo, the name as its one heading, the position in a span, links) is one person with the
    position as role."""
    card = """<div class="people-card"><img alt="{name}" src="x.jpg"><div class="people-card-body">
      <h2 class="people-name">{name}</h2><div class="people-meta"><span class="people-position">{role}</span>
      <div class="people-social-icons"><a href="{link}">Email</a></div></div></div></div>"""
    body = "<h1>Members</h1>" + "".join(
        card.format(name=name, role=role, link=link)
        for name, role, link in [
            ("Jiawei Li", "Postdoctoral Researcher", "mailto:li@example.org"),
            ("Chihiro Iwamoto", "PhD Student", "https://example.org/ci"),
        ]
    )
    people = {r.person: r.kind for r in read_pages(page(tmp_path, body, name="people.html")) if isinstance(r, Supervision)}

    assert people == {"Jiawei Li": SupervisionKind.POSTDOC, "Chihiro Iwamoto": SupervisionKind.PHD}
