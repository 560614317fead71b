"""Entry shapes of real homepages the reader once missed, each cut down from the page that showed it."""

from __future__ import annotations

from pathlib import Path

from scholargraph.identity.aliases import organizations, venues
from scholargraph.model.records import PartialDate, Period, Supervision, Work
from scholargraph.sources.homepage.html import read_html_pages


def read(tmp_path: Path, body: str, title: str = "Publications | Jigar V. Desai") -> list[Work | Supervision]:
    path = tmp_path / "index.html"
    path.write_text(f"<!DOCTYPE html><html><head><title>{title}</title></head><body>{body}</body></html>", encoding="utf-8")
    result, _ = read_html_pages([(path, path.name)], venues(), organizations())
    return [r for r in result.records if isinstance(r, (Work, Supervision))]


# A Jekyll list printed from a bibliography (Desai lab): bold title, then "A and B and … Z. __ (year)", the
# template's blank "__" standing where the venue would be, and author lists of forty names and more.
MANY_AUTHORS = " and ".join(f"Author{chr(65 + i // 26)}{chr(97 + i % 26)} M Person" for i in range(45))
BIBLIOGRAPHY_LIST = f"""<h1>Publications</h1><ul>
<li><p><strong>Fungal biofilms, drug resistance, and recurrent infection</strong><br />
Jigar V Desai and Aaron P Mitchell and David R Andes. __ (2014)<br /><a href="">PDF</a></p></li>
<li><p><strong>An immune-based biomarker signature is associated with mortality in COVID-19 patients</strong><br />
{MANY_AUTHORS} and Jigar V Desai. __ (2021)<br /><a href="">PDF</a></p></li>
</ul>"""


def test_a_template_blank_is_no_text_and_a_long_author_list_is_one(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, BIBLIOGRAPHY_LIST) if isinstance(w, Work)}
    first = works["Fungal biofilms, drug resistance, and recurrent infection"]
    assert first.authors == ("Jigar V Desai", "Aaron P Mitchell", "David R Andes") and first.year == 2014
    assert first.venue is None and first.venue_as_written is None
    long = works["An immune-based biomarker signature is associated with mortality in COVID-19 patients"]
    assert len(long.authors) == 46 and long.authors[-1] == "Jigar V Desai" and long.year == 2021


# AcademicPages page of an atmospheric chemist: "Authors: <font>Title</font>, <em>Journal</em>, vol, year." — the
# author list ends with a colon, and the coloured title and the italic journal are two fields though a comma joins them.
COLON_AFTER_AUTHORS = """<h1>Publications</h1><h1>2020</h1><ul>
<li>Meng Gao, Jinhui Gao, Bin Zhu, <strong>Yuzhong Zhang</strong>, Michael B. McElroy: <font color="#e63900">Ozone Pollution
over China and India: Seasonality and Sources</font>, <em>Atmospheric Chemistry and Physics</em>, 20, 7, 2020.</li>
<li><strong>Yuzhong Zhang</strong>, Ritesh Gautam, Daniel J. Jacob: <font color="#e63900">Quantifying methane emissions from
the largest oil-producing basin in the United States from space</font>, <em>Science Advances</em>, 6, eaaz5120, 2020.
<a href="https://doi.org/10.1126/sciadv.aaz5120">[link]</a><a href="/files/zhang-sciadv-2020.pdf">[pdf]</a></li>
</ul>"""


def test_authors_before_a_colon_and_a_title_and_journal_joined_by_a_comma(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, COLON_AFTER_AUTHORS, "Publications - Yuzhong Zhang") if isinstance(w, Work)}
    ozone = works["Ozone Pollution over China and India: Seasonality and Sources"]
    assert ozone.authors == ("Meng Gao", "Jinhui Gao", "Bin Zhu", "Yuzhong Zhang", "Michael B. McElroy")
    assert (ozone.venue or ozone.venue_as_written, ozone.year) == ("Atmospheric Chemistry and Physics", 2020)
    methane = works["Quantifying methane emissions from the largest oil-producing basin in the United States from space"]
    assert methane.authors == ("Yuzhong Zhang", "Ritesh Gautam", "Daniel J. Jacob")
    assert (methane.venue or methane.venue_as_written, methane.year) == ("Science Advances", 2020)


def people_of(records: list[Work | Supervision]) -> dict[str, tuple[str, int | None, int | None]]:
    return {
        r.person: (r.kind.value, r.period.start.year if r.period.start else None, r.period.end.year if r.period.end else None)
        for r in records
        if isinstance(r, Supervision)
    }


def kinds_of(people: dict[str, tuple[str, int | None, int | None]]) -> dict[str, str]:
    """Each person's kind of supervision, without the years."""
    return {name: kind for name, (kind, _, _) in people.items()}


# A Wowchemy people page (Sarkisov group) whose Markdown lists were indented, so printed as code blocks.
LISTS_PRINTED_AS_CODE = """<h1>Our Esteemed Alumni and Visitors</h1>
<h2 id="visitors">Visitors</h2>
<pre><code>- Prof. Alex Neimark, Rutgers University, USA, 2016
- Dr. Giuseppe Pellicane, University of Messina, Italy, 2008-2010
</code></pre>
<h2 id="postdoctoral-researchers">Postdoctoral researchers</h2>
<pre><code>- Dr. Amir Farmahini, 2016-2021
- Dr. Pierre Fayon, 2017-2019
</code></pre>
<h2>Code</h2><pre><code>x = 1
y = 2</code></pre>"""


def test_a_markdown_list_printed_as_code_is_the_list_it_was_meant_to_be(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, LISTS_PRINTED_AS_CODE, "People | Lev Sarkisov"))
    assert people == {
        "Alex Neimark": ("visit", 2016, 2016),
        "Giuseppe Pellicane": ("visit", 2008, 2010),
        "Amir Farmahini": ("postdoc", 2016, 2021),
        "Pierre Fayon": ("postdoc", 2017, 2019),
    }


# A hand-written Bootstrap page (Sansa-Otim): the owner only in an <h2> with a degree in brackets, a
# "Graduate Students Research Supervision" section, cards of a label ("On going", "Graduated in 2015") beside
# one student a line; and a students page saying each role in a sentence.
SUPERVISION_CARDS = """<h2><b>Julianne Susanne Otim (P.h.D)</b></h2>
<h2><strong>Graduate Students Research Supervision</strong></h2>
<div class="container pub1"><div class="col-md-2"><p>On going</p></div><div class="col-md-10">
<p>Bernard Muwonge, PhD. “A Cross-layer Algorithm for Improved Power Efficiency in Cognitive Radio Networks”</p>
<p>Masabo Emmanuel, PhD. “An Integrated Feature Extraction Approach for Detecting Polymorphic Malware”</p></div></div>
<div class="container pub2"><div class="col-md-2"><p>Graduated in 2015</p></div><div class="col-md-10">
<p>Micheal Tusingwire, MSc. DCSE</p><p>Collins Mwesigwa, MSc. DCSE</p></div></div>
<h3>Current Students</h3><ul>
<li><b>May Bee Trist</b> is an MA student interested in chromatic symmetric functions of trees and other graphs.</li>
</ul>"""


def test_supervision_cards_of_a_label_and_one_student_a_line(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, SUPERVISION_CARDS, "Dr Susanne | Research"))
    assert people == {
        "Bernard Muwonge": ("phd", None, None),
        "Masabo Emmanuel": ("phd", None, None),
        "Micheal Tusingwire": ("master", None, 2015),
        "Collins Mwesigwa": ("master", None, 2015),
        "May Bee Trist": ("master", None, None),
    }


# A Wowchemy people widget (Martin lab, former members): the section headings wrapped in a div, "Postdocs", "PhD"
# and "MSc" as large as each person's name, the year and thesis in an <h3> (too long to be a heading).
FORMER_MEMBERS = """<div class="col-md-12 section-heading"><h1>Former lab members</h1></div>
<div class="col-md-12"><h2 class="mb-4">Postdocs</h2></div>
<div class="people-person"><div class="portrait-title"><h2><a href="/author/giulia-masoero/">Giulia Masoero</a></h2>
<h3>Postdoc: Environmental and evolutionary implications of swift becoming larger</h3>
<ul class="network-icon"><li><a href="mailto:g@example.org"><i class="fas fa-envelope"></i></a></li></ul></div></div>
<div class="col-md-12"><h2 class="mb-4">PhD</h2></div>
<div class="people-person"><div class="portrait-title"><h2><a href="/author/alex-jebb/">Alex Jebb</a></h2>
<h3>2022: Contrasting the silverspoon and the predictive adaptive response hypotheses in Yellow-Bellied Marmot</h3>
<ul class="network-icon"><li><a href="/"><i class="fas fa-envelope"></i></a></li></ul></div></div>
<div class="col-md-12"><h2 class="mb-4">MSc</h2></div>
<div class="people-person"><div class="portrait-title"><h2><a href="/author/mairi-young/">Mairi Young</a></h2>
<h3>2021: Social networks of marmots</h3></div></div>"""


def test_role_headings_as_large_as_names_under_a_former_members_heading(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, FORMER_MEMBERS, "The M.A.D. lab | Julien Martin"))
    assert people == {
        "Giulia Masoero": ("postdoc", None, None),
        "Alex Jebb": ("phd", None, 2022),
        "Mairi Young": ("master", None, 2021),
    }


# An HTML5 UP page (Heczey lab): each paper an <li> holding an <article> of a title heading, the citation, and
# a row of DOI / PubMed buttons, which make the item no list of records.
PAPERS_WITH_BUTTONS = """<section><header class="major"><h2>Relevant Publications</h2></header><ul class="alt">
<li><article><header><h4>Interleukin-15-armoured GPC3 CAR T cells for patients with solid cancers</h4></header>
<p>Steffin D, Ghatwai N, Montalbano A, <strong>Heczey A</strong>, <em>Nature</em>. 637(8047):940-946 (2025).</p>
<ul class="actions"><li><a href="https://doi.org/10.1038/s41586-024-08261-8">DOI</a></li>
<li><a href="https://pubmed.ncbi.nlm.nih.gov/39604730/">PubMed</a></li></ul></article></li>
<li><article><header><h4>Predictive factors and surgical treatment strategy</h4></header>
<p>Espinoza AF, Patel KR, <strong>Heczey A</strong>, Vasudevan SA, <em>Cancer Med</em>. 12(23):21270-21278 (2023).</p>
<ul class="actions"><li><a href="https://doi.org/10.1002/cam4.6705">DOI</a></li>
<li><a href="https://pubmed.ncbi.nlm.nih.gov/1/">PubMed</a></li></ul></article></li></ul></section>"""


def test_a_paper_item_with_a_row_of_buttons_is_one_entry(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, PAPERS_WITH_BUTTONS, "Research | Heczey Lab") if isinstance(w, Work)}
    assert set(works) == {
        "Interleukin-15-armoured GPC3 CAR T cells for patients with solid cancers",
        "Predictive factors and surgical treatment strategy",
    }
    assert works["Predictive factors and surgical treatment strategy"].year == 2023


# A hand-written page (Birnbaum lab): bold title and its [PDF] [PubMed] links, then "Journal (year)", then the
# authors; and a Beautiful Hugo list (Hallett lab) of "Authors. In press. Title: subtitle. Journal." paragraphs.
TITLE_VENUE_AUTHORS = """<h1>PUBLICATIONS</h1>
<p><strong>The Selaginella rhizophore has a unique transcriptional identity compared with root and shoot meristems</strong>
<a href="pdfs/selaginella.pdf">[PDF]</a> <a href="https://www.ncbi.nlm.nih.gov/pubmed/30614003">[PubMed]</a>
<br><em>New Phytologist</em> (2019)<br>Alison Mello, Idan Efroni, Ramin Rahni, &amp; Kenneth D. Birnbaum</p>
<p>Stein, C., L. M. Hallett, W. S. Harpole, K. N. Suding. In press. Evaluating ecosystem services provided by non-native
species: An experimental test in California grasslands. PLOS ONE.</p>"""


def test_a_title_before_its_venue_line_and_a_subtitle_after_a_colon(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, TITLE_VENUE_AUTHORS, "Publications | Kenneth D. Birnbaum") if isinstance(w, Work)}
    rhizophore = works["The Selaginella rhizophore has a unique transcriptional identity compared with root and shoot meristems"]
    assert rhizophore.authors == ("Alison Mello", "Idan Efroni", "Ramin Rahni", "Kenneth D. Birnbaum")
    assert (rhizophore.venue or rhizophore.venue_as_written, rhizophore.year) == ("New Phytologist", 2019)
    grasslands = works[
        "Evaluating ecosystem services provided by non-native species: An experimental test in California grasslands"
    ]
    assert grasslands.authors == ("C. Stein", "L. M. Hallett", "W. S. Harpole", "K. N. Suding")
    assert (grasslands.venue or grasslands.venue_as_written) == "PLOS ONE"


# Abbreviated journals: a Pelican bibliography (Klymak), "Authors. Title. <em>J. Phys. Oceanogr.</em>, 45:2221, 2015.", and a
# hand-written list (Hines), "“Title,” Authors, <em>J. Phys. Chem. C </em>. 126, 4899 (2022)." — the journal's
# abbreviated words are neither sentences' ends nor a name; and a label before an award is no paper.
ABBREVIATED_JOURNALS = """<h1>Publications</h1>
<p>Johannes Gemmrich and Jody&nbsp;M Klymak.
Dissipation of internal wave energy generated on a critical slope.
<em>J. Phys. Oceanogr.</em>, 45:2221—2238, 2015.
<a href="https://doi.org/10.1175/JPO-D-14-0236.1">doi:10.1175/JPO-D-14-0236.1</a>.</p>
<p>“Photochemical fluorination of TiO2(110) produces an atomically-thin passivating layer,” W. J. I. DeBenedetti and
M. A. Hines, <em>J. Phys. Chem. C </em>. 126, 4899 (2022).</p>
<p>“The formation of etch hillocks during step-flow etching of Si(111),” J. Flidr, Y.-C. Huang, T. A. Newton and
M. A. Hines, Chem. Phys. Lett. 302, 85 (1999).</p>
<p><strong>Award: Honorable Mention, GEMMeeting, September 2019</strong></p>"""


def test_abbreviated_journal_names_after_the_title_or_the_authors(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, ABBREVIATED_JOURNALS, "Publications | Jody Klymak") if isinstance(w, Work)}
    assert len(works) == 3
    slope = works["Dissipation of internal wave energy generated on a critical slope"]
    assert slope.authors == ("Johannes Gemmrich", "Jody M Klymak")
    assert ((slope.venue or slope.venue_as_written or "").rstrip("."), slope.year) == ("J. Phys. Oceanogr", 2015)
    fluorination = works["Photochemical fluorination of TiO2(110) produces an atomically-thin passivating layer"]
    assert fluorination.authors == ("W. J. I. DeBenedetti", "M. A. Hines") and fluorination.year == 2022
    assert (fluorination.venue or fluorination.venue_as_written or "").startswith("J. Phys. Chem. C")
    hillocks = works["The formation of etch hillocks during step-flow etching of Si(111)"]
    assert hillocks.authors == ("J. Flidr", "Y.-C. Huang", "T. A. Newton", "M. A. Hines") and hillocks.year == 1999
    assert (hillocks.venue or hillocks.venue_as_written or "").startswith("Chem. Phys. Lett")


# A Hugo Academic site (Mielke): the home page's stream lists a paper without its venue, the publications page's
# card names it in a "pub-publication" span; read together, the paper keeps the venue.
HOME_STREAM = """<h1>Recent Publications</h1><div class="media stream-item"><div class="media-body">
<h3 class="article-title"><a href="/publication/rank/">Rank changes in female chimpanzees in Tai National Park</a></h3>
<div class="article-style">The social life of female chimpanzees differs between subspecies …</div>
<div class="stream-meta article-metadata"><div><span>A. Mielke</span>, <span>C. Crockford</span>,
<span>R.M. Wittig</span></div></div></div></div>"""
PUBLICATION_CARD = """<h1>Publications</h1><div class="card-simple"><div class="article-metadata"><div><span>A. Mielke</span>,
<span>C. Crockford</span>, <span>R.M. Wittig</span></div><span class="article-date">January 2019</span>
<span class="middot-divider"></span><span class="pub-publication">The Chimpanzees of the Tai Forest: 40 Years of Research</span>
</div><h3 class="article-title"><a href="/publication/rank/">Rank changes in female chimpanzees in Tai National Park</a></h3>
<div class="article-style"><p>The social life of female chimpanzees differs between subspecies …</p></div></div>"""


def test_a_paper_listed_again_with_its_venue_on_another_page_keeps_it(tmp_path: Path) -> None:
    (tmp_path / "publication").mkdir()
    home, publications = tmp_path / "index.html", tmp_path / "publication" / "index.html"
    for path, body in ((home, HOME_STREAM), (publications, PUBLICATION_CARD)):
        path.write_text(f"<html><head><title>Alex Mielke</title></head><body>{body}</body></html>", encoding="utf-8")
    result, _ = read_html_pages([(home, "index.html"), (publications, "publication/index.html")], venues(), organizations())
    works = [r for r in result.records if isinstance(r, Work)]
    assert len(works) == 1
    assert works[0].authors == ("A. Mielke", "C. Crockford", "R.M. Wittig") and works[0].year == 2019
    assert (works[0].venue or works[0].venue_as_written) == "The Chimpanzees of the Tai Forest: 40 Years of Research"


# Hugo Academic's publication list (Skene): schema.org microdata whose Person authors sit inside one more
# itemprop="author" span; the wrapper is no author.
MICRODATA_AUTHORS = """<h1>Publications</h1>
<div class="pub-list-item" itemscope itemtype="http://schema.org/CreativeWork"><span itemprop="author">
<span itemscope itemprop="author" itemtype="http://schema.org/Person">
<span itemprop="name"><a href="/a/f-zhu/">F Zhu</a></span></span>,
<span itemscope itemprop="author" itemtype="http://schema.org/Person">
<span itemprop="name"><a href="/a/n-skene/">N Skene</a></span></span>,
<span itemscope itemprop="author" itemtype="http://schema.org/Person">
<span itemprop="name"><a href="/a/s-grant/">S Grant</a></span></span>
</span> (2018). <a href="/publication/synaptome/" itemprop="name">Architecture of the Mouse Brain Synaptome</a>. Neuron.</div>"""


def test_microdata_authors_inside_a_wrapping_author_span(tmp_path: Path) -> None:
    works = [w for w in read(tmp_path, MICRODATA_AUTHORS, "Publications | Nathan Skene") if isinstance(w, Work)]
    assert [(w.title, w.authors, w.year) for w in works] == [
        ("Architecture of the Mouse Brain Synaptome", ("F Zhu", "N Skene", "S Grant"), 2018)
    ]


# A Hugo ecology lab (McCann lab): "Authors (year). <b>Title</b> Journal. <em>vol</em>(issue) DOI: link", the bold title
# followed by its plain journal with nothing but a line break of the source between them.
BOLD_TITLE_THEN_PLAIN_JOURNAL = """<h1>Articles</h1><ul>
<li class=pubs_li>
McMeans B.,
<b><span style=color:#337ab7>
McCann K.</span></b>,
Guzzo M.,
Shuter B.
(2020).
<b>Winter in water: Differential responses and the maintenance of biodiversity</b>
Ecology Letters.
<em>23</em>(6)
DOI: <a href=https://doi.org/10.1111%2Fele.13504>10.1111/ele.13504</a>
</li>
<li class=pubs_li>
Wolf J.,
Prosser R.,
<b><span style=color:#337ab7>
McCann K.</span></b>.
(2020).
<b>Variation in response of laboratory-cultured freshwater macroinvertebrates to sediment from streams</b>
Water, Air, &amp; Soil Pollution.
<em>231</em>(1)
</li></ul>"""


def test_a_bold_title_before_its_plain_journal_is_a_field_of_its_own(tmp_path: Path) -> None:
    works = {
        w.title: w for w in read(tmp_path, BOLD_TITLE_THEN_PLAIN_JOURNAL, "Publications | McCann Lab") if isinstance(w, Work)
    }
    winter = works["Winter in water: Differential responses and the maintenance of biodiversity"]
    assert winter.authors == ("B. McMeans", "K. McCann", "M. Guzzo", "B. Shuter") and winter.year == 2020
    assert winter.venue_as_written == "Ecology Letters" or winter.venue == "Ecology Letters"
    variation = works["Variation in response of laboratory-cultured freshwater macroinvertebrates to sediment from streams"]
    assert variation.authors == ("J. Wolf", "R. Prosser", "K. McCann")
    assert "Water, Air, & Soil Pollution" in (variation.venue_as_written or variation.venue or "")


# A Sphinx site (Read the Docs theme): every heading ends in its link mark, an icon font's private-use glyph, written
# as a character or a reference; the year headings still give their year, and "Members" still names the people.
SPHINX_HEADINGS = """<section id="publications"><h1>Publications<a class="headerlink" href="#publications">\uf0c1</a></h1>
<section id="id13"><h2>2022<a class="headerlink" href="#id13">&#xf0c1;</a></h2><ul class="simple">
<li><p>A.J. Bredt, Y. Kim, L.V. Slipchenko, D. Ben-Amotz*, Expulsion of Hydroxide Ions from Methyl Hydration Shells,
J. Phys. Chem. B, 126, 4, 869–877 <a class="reference external" href="https://doi.org/10.1021/acs.jpcb.1c08420">Link</a></p></li>
</ul></section></section>
<section id="members"><h1>Graduate Students<a class="headerlink" href="#members">&#61633;</a></h1>
<ul><li><p>Yongbin Kim, Ph.D. student (2019-2024)</p></li></ul></section>"""


def test_an_icon_glyph_after_a_heading_is_no_part_of_it(tmp_path: Path) -> None:
    records = read(tmp_path, SPHINX_HEADINGS, "Slipchenko Group")
    works = [r for r in records if isinstance(r, Work)]
    assert [(w.title, w.year) for w in works] == [("Expulsion of Hydroxide Ions from Methyl Hydration Shells", 2022)]
    people = [(r.person, r.kind.value) for r in records if isinstance(r, Supervision)]
    assert people == [("Yongbin Kim", "phd")]


# A distill lab site (Laverty lab): a card is the name as a heading, then a biography that opens with the name again
# and says the role and the start in a sentence; an alumna's row says both in one sentence too.
BIOGRAPHY_CARDS = """<h1>People</h1>
<h2 id="pi">Principal Investigator</h2><h3>Theresa Laverty</h3>
<p>Theresa Laverty (she/her) is an Assistant Professor in the Department of Fish, Wildlife and Conservation Ecology.</p>
<h2 id="graduate-students">Graduate Students</h2>
<div class="float-left"><p><img src="matt-becker.jpg" width="250px"></p>
<h3 id="matt-becker">Matt Becker</h3>
<p>Matt Becker (he/him) joined the lab in fall 2025 as a master’s student co-advised by <a href="https://x.org">Dr. Jennifer
Frey</a> in the <a href="https://fwce.nmsu.edu/">Department of Fish, Wildlife and Conservation Ecology</a>. His research
focuses on the effects of fire on small mammals.</p></div>
<div class="float-left"><h3 id="flor">Flor Calderón</h3>
<p>Flor Calderón (she/her) joined the lab in spring 2026 as a Ph.D. student. Her research addresses bats.</p></div>
<h2>Laverty Lab Alumnx</h2><table><tr><td><img src="iona.jpeg"></td>
<td><strong>Iona Rohan</strong> was a <strong>Master’s student</strong> in the Laverty and Frey labs from 2023-2026. She is
now a private lands conservationist with Pheasants Forever.</td></tr></table>"""


def test_a_card_heading_then_a_biography_naming_role_and_start_is_one_person(tmp_path: Path) -> None:
    people = [r for r in read(tmp_path, BIOGRAPHY_CARDS, "People | The Laverty Lab") if isinstance(r, Supervision)]
    found = [(p.person, p.kind.value, p.period.start and p.period.start.year, p.period.end and p.period.end.year) for p in people]
    assert sorted(found) == [
        ("Flor Calderón", "phd", 2026, None),
        ("Iona Rohan", "master", 2023, 2026),
        ("Matt Becker", "master", 2025, None),
    ]
    assert {p.supervisor for p in people} == {"Theresa Laverty"}
    assert next(p.cosupervisors for p in people if p.person == "Matt Becker") == ("Jennifer Frey",)


# A Wowchemy lab (BDíez Lab): the home page's team cards carry the date each profile was posted ("May 17, 2021"), and
# the people page lists the same people again.
POSTED_CARD = """<h1>Lab Members</h1><div class="col-12 isotope-item"><div class="media stream-item"><div class="media-body">
<h3 class="article-title mb-0 mt-0"><a href="/people/floyola/">Felipe Loyola</a></h3>
<a href="/people/floyola/" class="summary-link"><div class="article-style">MSc. Student</div></a>
<div class="stream-meta article-metadata"><div class="article-metadata"><div><span>Felipe Loyola</span></div>
<span class="article-date">May 17, 2021</span></div></div></div></div></div>
<div class="col-12 isotope-item"><div class="media stream-item"><div class="media-body">
<h3 class="article-title mb-0 mt-0"><a href="/people/jalcorta/">Jaime Alcorta</a></h3>
<a href="/people/jalcorta/" class="summary-link"><div class="article-style">PhD</div></a>
<div class="stream-meta article-metadata"><span class="article-date">May 17, 2021</span></div></div></div></div>"""
PEOPLE_PAGE = """<h1>People</h1><div><h2><a href="/people/floyola/">Felipe Loyola</a></h2><p>MSc</p></div>
<div><h2><a href="/people/jalcorta/">Jaime Alcorta</a></h2><p>PhD (2018-2023), co-advised with Rodrigo De la Iglesia</p></div>"""


def test_a_posting_date_is_no_period_and_a_person_on_two_pages_is_one_supervision(tmp_path: Path) -> None:
    pages = []
    for name, body in (("index.html", POSTED_CARD), ("people.html", PEOPLE_PAGE)):
        path = tmp_path / name
        path.write_text(f"<html><head><title>Beatriz Díez | BDíez Lab</title></head><body>{body}</body></html>", "utf-8")
        pages.append((path, name))
    records = read_html_pages(pages, venues(), organizations())[0].records
    supervisions = [r for r in records if isinstance(r, Supervision)]
    people = {(r.person, r.kind.value): r for r in supervisions}
    assert len(supervisions) == 2 and sorted(people) == [("Felipe Loyola", "master"), ("Jaime Alcorta", "phd")]
    assert people["Felipe Loyola", "master"].period == Period(None, None)
    jaime = people["Jaime Alcorta", "phd"]
    assert (jaime.period.start.year, jaime.period.end.year) == (2018, 2023)  # the people page's period fills the card's
    assert jaime.cosupervisors == ("Rodrigo De la Iglesia",)


# An Astro lab site (Frank lab): alumni cards under a heading naming their role here, each card's lines saying where
# they went ("PhD student / NYU, CS", "Data Science Architect / Finch AI"); a master's student under "Former Graduate
# Students" stays a master's student.
ALUMNI_CARDS = """<h1>Members</h1><section><h2>Graduate Alumni</h2><div>
<article><div><h3>Michael Freedman</h3><p>Data Science Architect</p><p>Finch AI</p></div></article>
<article><div><h3>Sophie Hao</h3><p>Assistant Professor</p><p>Boston University</p></div></article></div></section>
<section><h2>Undergraduate Alumni</h2><div>
<article><div><h3>Noah Amsel</h3><p>PhD student</p><p>NYU, CS</p></div></article>
<article><div><h3>Andrew Benz</h3><p>Machine Learning Scientist</p><p>Amazon</p></div></article></div></section>
<section><h2>Former Graduate Students</h2><div>
<article><div><h3>Nellie Kamkar</h3><p>MSc candidate, Psychology</p></div></article></div></section>"""


def test_an_alumnus_card_says_where_they_went_and_the_heading_what_they_were(tmp_path: Path) -> None:
    people = [r for r in read(tmp_path, ALUMNI_CARDS, "Members | Robert Frank") if isinstance(r, Supervision)]
    assert sorted((p.person, p.kind.value) for p in people) == [
        ("Andrew Benz", "research"),
        ("Michael Freedman", "phd"),
        ("Nellie Kamkar", "master"),
        ("Noah Amsel", "research"),
        ("Sophie Hao", "phd"),
    ]


# A hand-written chemistry group page (Xiao group): "Postdoctoral Scholars" as large as "Principal Investigator" above
# it, and student cards whose first line is the degree they hold and where ("B.Sc. (DUT)"), not their role here.
DEGREES_HELD = """<div id="pi"><h2>Principal Investigator</h2><div class="person-info"><h3>Hai Xiao</h3>
<p>Ph.D. (Caltech), M.Sc. &amp; B.Sc (Tsinghua)</p><p>Associate Professor</p></div></div>
<div id="post-doctors"><h2>Postdoctoral Scholars</h2><div class="person-info"><div class="name-container"><h3>Name</h3>
<ul><li>Tongtong Yang (co-advised by Prof. Jun Li)</li></ul></div></div></div>
<div id="graduate-students"><h2>Graduate Students</h2>
<div class="person-info"><div class="text-container-stu"><h4>Nannan Zhang</h4><p>B.Sc. (DUT)</p>
<p>Email: zhangnn1996@126.com</p></div></div>
<div class="person-info"><div class="text-container-stu"><h4>Yue Yin</h4><p>M.Sc. (Tsinghua)</p></div></div></div>"""


def test_a_degree_held_is_no_role_and_postdoctoral_scholars_are_no_person(tmp_path: Path) -> None:
    people = [r for r in read(tmp_path, DEGREES_HELD, "Group Members | Hai Xiao") if isinstance(r, Supervision)]
    assert sorted((p.person, p.kind.value) for p in people) == [
        ("Nannan Zhang", "phd"),
        ("Tongtong Yang", "postdoc"),
        ("Yue Yin", "phd"),
    ]
    assert next(p.cosupervisors for p in people if p.person == "Tongtong Yang") == ("Jun Li",)


# A hand-written clinical lab page (Heczey lab): the title on its own line, then the authors as Vancouver (NLM) writes
# them, ended by a full stop, and the journal's abbreviation on the same line.
VANCOUVER_LINE = """<h2>Relevant Publications</h2><ul><li><p>Long-term outcomes of GD2-directed CAR-T cell therapy in patients
with neuroblastoma.<br>Li CH, Sharma S, Heczey AA, Woods ML, Steffin DHM, Brenner MK, Heslop HE. Nat Med. 31(4):1125-1129
(2025).<br><a href="https://doi.org/10.1038/s41591-025-03513-0">DOI</a> <a href="https://pubmed.gov/1">PubMed</a></p></li>
<li><p>Interleukin-15-armoured GPC3 CAR T cells for patients with solid cancers.<br>Steffin D, Ghatwai N, Montalbano A,
Heczey A. Nature. 637(8047):940-946 (2025).</p></li></ul>"""


def test_vancouver_authors_then_the_journal_on_one_line(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, VANCOUVER_LINE, "Heczey Lab") if isinstance(w, Work)}
    outcomes = works["Long-term outcomes of GD2-directed CAR-T cell therapy in patients with neuroblastoma"]
    assert outcomes.authors[:3] == ("C. H. Li", "S. Sharma", "A. A. Heczey") and outcomes.authors[-1] == "H. E. Heslop"
    assert outcomes.year == 2025 and "Nat Med" in (outcomes.venue_as_written or outcomes.venue or "")
    armoured = works["Interleukin-15-armoured GPC3 CAR T cells for patients with solid cancers"]
    assert armoured.authors == ("D. Steffin", "N. Ghatwai", "A. Montalbano", "A. Heczey")


# A hand-written mathematics page: an access badge after the linked title, "(Open Access)", is no part of the title.
ACCESS_BADGE = """<h2>Publications</h2><ol><li><u>Xiao-Nan Lu</u>: <br>
<a href="https://doi.org/10.61091/ars164-02">Existentially closed critical Cayley graphs.</a> &nbsp; <span class="sc">
(Open Access) </span><br><span style="font-style: italic"><a href="https://combinatorialpress.com/ars/">Ars Combinatoria</a>
</span>, 164: 19-32, 2025.</li></ol>"""


def test_an_access_badge_after_a_title_is_no_part_of_it(tmp_path: Path) -> None:
    works = [w for w in read(tmp_path, ACCESS_BADGE, "Xiao-Nan Lu") if isinstance(w, Work)]
    assert [(w.title, w.authors, w.year) for w in works] == [
        ("Existentially closed critical Cayley graphs", ("Xiao-Nan Lu",), 2025)
    ]


# A Wowchemy lab's people pages (Martin lab): a visitors page whose one heading names the group in a phrase of its
# own ("Glorious visitors"), each card giving the visitor's status at home; and "Honours" among the alumni, students
# rather than awards.
VISITORS_AND_HONOURS = """<h1>Glorious visitors</h1><p>Students or researchers visiting the lab for at least a week.</p>
<div class="portrait-title"><h2><a href="/author/cammy-beyts/">Cammy Beyts</a></h2>
<h3>2021, PhD student, NERC-UK intership scholarship</h3></div>
<div class="portrait-title"><h2><a href="/author/megan-edic/">Megan Edic</a></h2><h3>2022, MSc student, UCLA Travel scholarship</h3></div>
<h1>Former lab members</h1><h2>Honours</h2>
<div class="portrait-title"><h2><a href="/author/bernadette-chan/">Bernadette Chan</a></h2>
<h3>2022: Genetic Variation of Neutrophil to Lymphocyte Ratio in a Wild Marmot Population</h3></div>"""


def test_visitors_named_in_a_phrase_and_honours_students_among_the_alumni(tmp_path: Path) -> None:
    people = [r for r in read(tmp_path, VISITORS_AND_HONOURS, "People | Julien Martin") if isinstance(r, Supervision)]
    found = sorted((p.person, p.kind.value, p.period.end and p.period.end.year) for p in people)
    assert found == [("Bernadette Chan", "research", 2022), ("Cammy Beyts", "visit", 2021), ("Megan Edic", "visit", 2022)]
    assert next(p.role for p in people if p.person == "Bernadette Chan") == "Honours student"


# A Quarto lab site (Gilmore lab, "People – BBD Lab"): no person in the title, the head under "Lab Director" known
# only from a biography that opens "Rick O. Gilmore is Professor…"; each student's card is a heading, then a biography
# naming them again with the class they will graduate with, no period in the lab.
LAB_DIRECTOR = """<section id="people"><h1>People</h1><p>The Brain and Behavioral Dynamics Lab is looking for assistants.</p>
<section id="lab-director"><h2>Lab Director</h2><div class="columns"><p><img src="rog.jpg"></p>
<p>Rick O. Gilmore is Professor of Psychology. He earned his bachelor’s degree from <a href="https://www.brown.edu">Brown
University</a>.</p></div></section>
<section id="current-staff"><h2>Current Staff</h2>
<h3>Seunghee Ham, Undergraduate Research Assistant</h3>
<p>Seunghee Ham is a class of 2025 majoring in Psychology with a life sciences option.</p>
<h3>Megan McQuaid, Undergraduate Research Assistant</h3>
<p>Megan McQuaid is a third-year undergraduate student, graduating in May 2027.</p></section></section>"""


def test_the_head_of_a_lab_named_by_its_title_is_found_under_lab_director(tmp_path: Path) -> None:
    people = [r for r in read(tmp_path, LAB_DIRECTOR, "People – BBD Lab") if isinstance(r, Supervision)]
    assert sorted((p.supervisor, p.person, p.period) for p in people) == [
        ("Rick O. Gilmore", "Megan McQuaid", Period(None, None)),
        ("Rick O. Gilmore", "Seunghee Ham", Period(None, None)),
    ]


# A hand-written physics lab page ("People | Quantum Device Lab"): the lab's name is no person, its head is the card
# saying "Principal Investigator"; "M.S. Students" and a card's "M.S. Student" name master's students.
MS_STUDENTS = """<section class="page-hero"><h1>Meet the Quantum Device Lab.</h1></section>
<section><h2>Principal Investigator</h2><article class="person-card"><h3>Hyungkook Choi</h3>
<div class="person-role">Professor · Principal Investigator</div></article></section>
<section class="member-group"><div class="member-group-heading"><h2>M.S. Students</h2></div><div class="people-grid">
<article class="person-card"><h3>Sangwoo Jeong</h3><div class="person-role">M.S. Student</div></article>
<article class="person-card"><h3>Chansoo Kim</h3><div class="person-role">M.S. Student</div></article></div></section>"""


def test_a_lab_named_in_the_title_is_no_owner_and_ms_students_are_masters(tmp_path: Path) -> None:
    people = [r for r in read(tmp_path, MS_STUDENTS, "People | Quantum Device Lab") if isinstance(r, Supervision)]
    assert sorted((p.supervisor, p.person, p.kind.value) for p in people) == [
        ("Hyungkook Choi", "Chansoo Kim", "master"),
        ("Hyungkook Choi", "Sangwoo Jeong", "master"),
    ]


# A hand-written lab page (Vamosi lab): each section one paragraph, a person a line (``<br>`` between them), labels
# in bold naming the roles of the lines after them, one with a note in brackets.
ONE_PARAGRAPH_OF_PEOPLE = """<h1>People</h1><h2>Former Lab Members</h2><br />
<p><strong><u>Postdoctoral Scholars</u></strong><br />
<a href="https://x.org/cs">Dr. Christie Sampson</a> &#40;PDF, 2019 - 2022&#41; - bull trout range expansion<br />
<a href="https://x.org/dy">Dr. Don Yee</a> &#40;PDF, 2007&#41; - dispersal in diving beetles.<br /><br />
<strong><u>PhD students</u></strong><br />
<b>Emily Baumgartner</b> &#40;PhD, 2019 - 2024&#41; - population structure of long-toed salamanders<br />
<b>Haley Glass</b> &#40;PhD, 2015 - 2020&#41; - chemical ecology of rough-skinned newts<br /><br />
<strong><u>Undergraduate students</u> [* co-supervised]</strong><br />
<b>Abigail Abbe</b> &#40;NSERC URA, 2025 – 2025&#41; - beaver ponds<br /></p>"""


def test_a_paragraph_listing_people_line_by_line_under_role_labels(tmp_path: Path) -> None:
    people = [r for r in read(tmp_path, ONE_PARAGRAPH_OF_PEOPLE, "Steven M. Vamosi") if isinstance(r, Supervision)]
    found = [(p.person, p.kind.value, p.period.start and p.period.start.year, p.period.end and p.period.end.year) for p in people]
    assert found == [
        ("Christie Sampson", "postdoc", 2019, 2022),
        ("Don Yee", "postdoc", None, 2007),
        ("Emily Baumgartner", "phd", 2019, 2024),
        ("Haley Glass", "phd", 2015, 2020),
        ("Abigail Abbe", "research", 2025, 2025),
    ]


def test_words_of_places_jobs_and_fields_are_no_names() -> None:
    from scholargraph.sources.homepage.html_people import person_name

    for written in (
        "Royal Botanic Gardens",
        "Computer Science",
        "Field Technician",
        "Bernoulli Instructor",
        "Since Fall 2025",
        "Microbial Macroecology",
        "Heterogeneous Catalysis",
        "Uranium Chemists",
    ):
        assert person_name(written) is None, written
    for written in ("Ludwig van Beethoven", "Luis Pablo Alvia Zambrano", "Mohd bin Ali"):
        assert person_name(written) == written
    assert person_name("Srinivasa Salapaka Webpage") is None


# A Minimal Mistakes lab site (Slotkin lab): "Current Members" set smaller than "Principal Investigator" above it; its
# people are members, not heads of the group.
MEMBERS_UNDER_THE_HEAD = """<h1>People</h1><h2>Principal Investigator</h2>
<div class="archive__item"><h3><a href="/people/0-slotkin/">R. Keith Slotkin</a></h3><p>Associate Member and PI</p></div>
<h3>Current Members</h3>
<div class="archive__item"><h4><a href="/people/1-liu-peng/">Peng Liu</a></h4><p>Postdoctoral Associate</p></div>
<div class="archive__item"><h4><a href="/people/2-sigman/">Meredith Sigman</a></h4><p>Graduate Student, Molecular Genetics</p></div>"""


def test_members_under_the_heads_heading_are_not_heads(tmp_path: Path) -> None:
    people = [r for r in read(tmp_path, MEMBERS_UNDER_THE_HEAD, "People - Slotkin Lab") if isinstance(r, Supervision)]
    assert sorted((p.supervisor, p.person, p.kind.value) for p in people) == [
        ("R. Keith Slotkin", "Meredith Sigman", "phd"),
        ("R. Keith Slotkin", "Peng Liu", "postdoc"),
    ]


# A Jekyll lab page (Queenborough lab): cards of headings and lines, "PhD candidate, 2012 -" begun and not ended, the
# degrees held on the next lines; a former member's "MSc fieldwork 2009" a stay of that one year.
OPEN_PERIOD_CARDS = """<h1>Lab Members</h1><div class="row-fluid"><div class="span12"><a name="Raleigh"></a>
<h2>Raleigh Ricart</h2><p align="left"><img class="special" src="/raleigh.JPG"/></p><h4>PhD candidate, 2012 -</h4>
<p><b>MS</b> New York University, NY, USA 2012<br><b>BS &amp; BA</b> Rice University, TX, USA 2009</p>
<p>Raleigh joined the lab after his masters at NYU. He is interested in diversity.</p></div></div>
<h1>Former members</h1><div class="row-fluid"><div class="span12"><a name="Luke"></a><h2>Luke Smith</h2>
<h4>MSc fieldwork 2009</h4><p>Luke carried out fieldwork for his masters thesis in the summer of 2009.</p></div></div>"""


def test_a_period_begun_on_a_line_of_its_own_and_a_season_of_fieldwork(tmp_path: Path) -> None:
    people = [r for r in read(tmp_path, OPEN_PERIOD_CARDS, "Simon Queenborough") if isinstance(r, Supervision)]
    found = sorted(
        (p.person, p.kind.value, p.period.start and p.period.start.year, p.period.end and p.period.end.year) for p in people
    )
    assert found == [("Luke Smith", "master", 2009, 2009), ("Raleigh Ricart", "phd", 2012, None)]


# A Next.js export of a Spanish research group (FOSCH): "Dra." before names, junior investigators and emeritus
# professors among the members, and the external collaborators after them, who are not the group's.
SPANISH_GROUP = """<h1>Principal Investigators</h1><div><h3>Dra. Silvia M. Arribas Rodríguez</h3><p>Head of area: Oxidative Stress</p></div>
<h2>Junior Investigators</h2><div><h3>Dr. Ignacio Monedero Cobeta</h3><p>Genes &amp; Genomic Technology unit</p></div>
<h2>Emeritus Professors</h2><div><h3>Dra. María Rosario López Giménez</h3></div>
<h2>External Collaborators and Advisory Board</h2><div><h3>Dra. Begoña Quintana Villamandos</h3><p>Cardiac surgery unit</p></div>"""


def test_junior_investigators_and_emeriti_are_members_and_collaborators_are_not(tmp_path: Path) -> None:
    people = [r for r in read(tmp_path, SPANISH_GROUP, "Team | FOSCH") if isinstance(r, Supervision)]
    assert sorted((p.supervisor, p.person, p.kind.value) for p in people) == [
        ("Silvia M. Arribas Rodríguez", "Ignacio Monedero Cobeta", "research"),
        ("Silvia M. Arribas Rodríguez", "María Rosario López Giménez", "research"),
    ]


# A page saved from a word processor (Eagon lab): a span for each change of style, never closed, so that the papers
# lie hundreds of elements deep; the parser's default depth of 255 silently dropped them.
WORD_NESTED = (
    "<h1>Publications</h1>"
    + '<span style="font-size:10.5pt">' * 300
    + """<ul>
<li>Troftgruben, M. H. S.; Eagon, S. Microwave Mediated Acylation of Alcohols in Neat Acetic Anhydride. <i>J. Org. Chem.</i>
<b>2024</b>, 89, 17850-17852.</li>
<li>Eagon, S.; Hammill, J. T. Synthesis of Kinase Inhibitors by Reductive Amination. <i>Bioorg. Med. Chem. Lett.</i>
<b>2020</b>, 30, 127-131.</li></ul>"""
    + "</span>" * 300
)


def test_papers_nested_hundreds_of_elements_deep_are_read(tmp_path: Path) -> None:
    works = [w for w in read(tmp_path, WORD_NESTED, "Eagon Research Group - Publications") if isinstance(w, Work)]
    assert sorted((w.year, w.authors[-1]) for w in works) == [(2020, "J. T. Hammill"), (2024, "S. Eagon")]


def test_markup_nested_past_the_parsers_limit_is_a_warning_naming_the_page(tmp_path: Path) -> None:
    path = tmp_path / "index.html"
    body = "<h1>Publications</h1><p>A, B. Title of it. Journal 2020.</p>" + "<span>" * 3000 + "lost" + "</span>" * 3000
    path.write_text(f"<html><head><title>Ada Lovelace</title></head><body>{body}</body></html>", encoding="utf-8")
    result, _ = read_html_pages([(path, "data/index.html")], venues(), organizations())
    warned = [p for p in result.problems if "2,048" in p.message]
    assert len(warned) == 1 and warned[0].origin.path == "data/index.html"


# A hand-written genomics lab page (Zang lab): biographies saying when each joined ("joined the lab as a postdoctoral
# research associate in March 2022", "Before joining the lab in 2019"), and alumni in a table whose periods are
# months and years ("01/2021–06/2024").
JOINED_AND_MONTHS = """<h3>Principal Investigator</h3><p><b>Chongzhi Zang, PhD</b><br>Professor of Genome Sciences</p>
<h3>Postdoctoral Associates</h3><p><b>Shengyuan Wang, PhD</b><br>
Shengyuan Wang joined the lab as a postdoctoral research associate in March 2022. He received his PhD in 2020.</p>
<h3>Graduate Students</h3><p><b>Hongpan Zhang</b><br>Hongpan Zhang is a PhD student in the BIMS program. Before joining the
lab in 2019, he obtained two bachelor's degrees.</p>
<h3>Lab Alumni</h3><h4>Postdoctoral Associates</h4><table id="alumni">
<tr><th>Name</th><th>Background</th><th>Time at Lab</th><th>Current Position</th></tr>
<tr><td><b>Qingying Chen, PhD</b></td><td>PhD in Physics, University of Tulsa</td><td>01/2021&ndash;06/2024</td>
<td>Research Associate, UVA</td></tr></table>"""


def test_the_year_a_person_joined_and_periods_written_in_months(tmp_path: Path) -> None:
    people = [r for r in read(tmp_path, JOINED_AND_MONTHS, "People | Zang Lab") if isinstance(r, Supervision)]
    found = sorted(
        (p.person, p.kind.value, p.period.start and p.period.start.year, p.period.end and p.period.end.year) for p in people
    )
    assert found == [
        ("Hongpan Zhang", "phd", 2019, None),
        ("Qingying Chen", "postdoc", 2021, 2024),
        ("Shengyuan Wang", "postdoc", 2022, None),
    ]


# A Minimal Mistakes lab site (Setton lab): the alumni page, read first, names no owner, the members page after it
# does; its table's header names the role of the name column and a column of where they went.
ALUMNI_TABLE = """<h1>Alumni</h1><table><thead><tr><th>Pre-doctoral fellow</th><th>Dates</th><th>Current position</th></tr></thead>
<tbody><tr><td>Dawn M. Elliott, Ph.D</td><td>1995-1999</td><td>Chair Program in Biomedical Engineering, University of Delaware</td></tr>
<tr><td>Daria A. Narmoneva, Ph.D</td><td>1996-2000</td><td>Associate Professor, Department of Biomedical Engineering</td></tr>
</tbody></table>"""
MEMBERS = """<h1>Members</h1><h2>Principal Investigator</h2><p><b>Lori Setton</b><br>Professor of Biomedical Engineering</p>
<h2>Current members</h2><table><tr><td><b>Audrey Beaver</b><br>aabeaver(at)calpoly(dot)edu<br>Date Joined: Spring 2024<br>
Project: TonB<br>Major: Biology</td></tr></table>"""


def test_a_site_whose_owner_is_named_on_a_later_page_and_a_table_headed_by_role(tmp_path: Path) -> None:
    pages = []
    for name, body in (("alumni.html", ALUMNI_TABLE), ("members.html", MEMBERS)):
        path = tmp_path / name
        path.write_text(f"<html><head><title>{name[:-5].title()} - Setton Lab</title></head><body>{body}</body></html>", "utf-8")
        pages.append((path, name))
    records = read_html_pages(pages, venues(), organizations())[0].records
    people = sorted(
        (r.supervisor, r.person, r.kind.value, r.period.start and r.period.start.year, r.period.end and r.period.end.year)
        for r in records
        if isinstance(r, Supervision)
    )
    assert people == [
        ("Lori Setton", "Audrey Beaver", "research", 2024, None),
        ("Lori Setton", "Daria A. Narmoneva", "phd", 1996, 2000),
        ("Lori Setton", "Dawn M. Elliott", "phd", 1995, 1999),
    ]


def test_a_build_reads_a_page_alone_and_finds_the_head_its_site_names_elsewhere(tmp_path: Path) -> None:
    """In a build each page is a source of its own: the alumni page's people take the head the members page names,
    the home page ("Setton Lab") naming none."""
    from scholargraph.sources import read_source

    site = tmp_path / "site"
    for name, body in (
        ("index.html", "<h1>Welcome to the Setton Lab</h1>"),
        ("alumni/index.html", ALUMNI_TABLE),
        ("members/index.html", MEMBERS),
    ):
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(f"<html><head><title>Setton Lab</title></head><body>{body}</body></html>", "utf-8")
    result = read_source(site / "alumni" / "index.html", "data/site/alumni/index.html")
    assert {(r.supervisor, r.person) for r in result.records if isinstance(r, Supervision)} == {
        ("Lori Setton", "Dawn M. Elliott"),
        ("Lori Setton", "Daria A. Narmoneva"),
    }


# A Hugo lab site (Finkel and Irwin lab, "Marine Microbial Macroecology Lab"): the head's card says "Canada Research
# Chair" and carries a Researcher ID whose digits are no years; the lab's subject is no person.
RESEARCH_CHAIR = """<h1>Lab members</h1><p><b>Zoe V. Finkel</b><br>Oceanography, Canada Research Chair<br>
(Google scholar, Researcher ID B-9626-2008, ORCID 0000-0003-4212-3917)</p>
<h2>Post-docs</h2><ul><li>Laura Bretherton (2019-2021)</li></ul>"""


def test_a_research_chair_heads_the_lab_and_an_identifier_is_no_period(tmp_path: Path) -> None:
    people = [
        r for r in read(tmp_path, RESEARCH_CHAIR, "Marine Microbial Macroecology Lab - Lab members") if isinstance(r, Supervision)
    ]
    assert [(p.supervisor, p.person, p.kind.value, p.period.start and p.period.start.year) for p in people] == [
        ("Zoe V. Finkel", "Laura Bretherton", "postdoc", 2019)
    ]


# A Jekyll group site (Meyer group): "Meyer Group" in the header, the head named only in the page's description,
# students under subheadings that name a field's chemists, staff cards with an academic director (a rank, not the
# group's head) and telephone numbers whose digits hold no year.
STAFF_AND_STUDENTS = """<h1 class="logo"><a href="/">Meyer Group</a></h1>
<h1 id="phd-students">PhD Students</h1><h2 id="uranium-chemists">Uranium Chemists</h2>
<ul><li><a href="/team/dominik-halter">Dominik Halter</a></li><li><a href="/team/julian-huemmer">Julian Hümmer</a></li></ul>
<h1>Academic Staff</h1>
<h2 id="dr-frank-w-heinemann">Dr. Frank W. Heinemann</h2><div class="profile"><p>academic director<br />
phone: (+49) 09131/85-27383 <br /></p></div>
<h2 id="dr-andreas-scheurer">Dr. Andreas Scheurer</h2><div class="profile"><p>academic scientist<br />
phone:  (+49) 9131 85-20748, -20747<br /></p></div>"""


def test_the_head_named_in_the_description_and_academic_staff_with_telephone_numbers(tmp_path: Path) -> None:
    path = tmp_path / "students.html"
    head = '<title>Students</title><meta content="Meyer Group" property="og:site_name">'
    head += '<meta name="description" content="Prof. Dr. Karsten Meyer at Univ. Erlangen-Nuremberg">'
    path.write_text(f"<html><head>{head}</head><body>{STAFF_AND_STUDENTS}</body></html>", encoding="utf-8")
    result, _ = read_html_pages([(path, path.name)], venues(), organizations())
    people = [r for r in result.records if isinstance(r, Supervision)]
    assert {p.supervisor for p in people} == {"Karsten Meyer"}
    assert people_of(people) == {
        "Dominik Halter": ("phd", None, None),
        "Julian Hümmer": ("phd", None, None),
        "Frank W. Heinemann": ("research", None, None),
        "Andreas Scheurer": ("research", None, None),
    }


# A hand-written Dreamweaver page (Zheng lab): everything in one cell of a layout table, its headings paragraphs
# ("Graduate Students", "Alumni (partial list):"), each name followed by the same name in Chinese in full-width
# brackets, a "Curriculum Vitae" link in bold in the head's block, and a footer's menu links run together.
LAYOUT_CELL = """<table><tr><td><p class="STYLE11">People in the lab</p>
<p><span><strong>Principal Investigator</strong></span></p><p><strong>Jie Zheng（郑杰）</strong></p>
<p>Associate Professor, SIST</p><p><a href="CV.pdf"><strong>Curriculum Vitae</strong></a></p>
<p class="STYLE5"><span class="STYLE13">Graduate Students</span></p>
<p>Ke Wang （王柯）</p><p>Xin Wang（王莘）</p><p>&nbsp;</p>
<p class="STYLE5 STYLE14">Alumni (partial list):</p>
<p>Dr. <a href="https://x.org/m">WU Min</a> (Jul. 2012 - May 2013): currently Research Scientist at I2R</p>
<p align="left">Ms. CHEN Haifen (PhD student, Aug. 2011 - Aug. 2015)<br>PhD thesis: Systems modeling</p>
</td></tr><tr><td>Home<a href="people.htm">People</a><a href="pubs.htm">Publications</a><a>Software</a></td></tr></table>"""


def test_headings_as_paragraphs_of_a_layout_cell_and_names_again_in_chinese(tmp_path: Path) -> None:
    people = [r for r in read(tmp_path, LAYOUT_CELL, "People") if isinstance(r, Supervision)]
    assert {p.supervisor for p in people} == {"Jie Zheng"}
    assert people_of(people) == {
        "Ke Wang": ("phd", None, None),
        "Xin Wang": ("phd", None, None),
        "WU Min": ("postdoc", 2012, 2013),  # a doctor among the alumni, no role written
        "CHEN Haifen": ("phd", 2011, 2015),
    }


# A Jekyll (zerostatic) group page (EAGLeLab): the head's card says "Senior researcher, head of EAGLeLab", and no title
# or heading of the page names a person: the card's role makes her the supervisor of the cards after it.
HEAD_OF_A_NAMED_LAB = """<h1 class="title">People</h1>
<div class="team"><h2 class="team-name"><a href="/team/en/smolik-filip/">Filip Smolík</a></h2>
<p class="team-description">Senior researcher, head of EAGLeLab</p><p><em>children's knowledge of grammar</em></p></div>
<div class="team"><h2 class="team-name"><a href="/team/en/chroma_anna/">Anna Chromá</a></h2>
<p class="team-description">Postdoctoral researcher</p><p><em>acquisition of deixis</em></p></div>
<div class="team"><h2 class="team-name"><a href="/team/en/j/">Jolana Treichelová</a></h2>
<p class="team-description">Doctoral student</p><p><em>grammar processing, word order</em></p></div>"""


def test_a_card_naming_its_holder_head_of_the_lab_makes_her_the_supervisor(tmp_path: Path) -> None:
    people = [r for r in read(tmp_path, HEAD_OF_A_NAMED_LAB, "People | EAGLeLab") if isinstance(r, Supervision)]
    assert {p.supervisor for p in people} == {"Filip Smolík"}
    assert people_of(people) == {"Anna Chromá": ("postdoc", None, None), "Jolana Treichelová": ("phd", None, None)}


# A hand-written page (Huang group, Peking University) in Chinese: papers with authors and titles in Chinese
# characters and full-width commas, each its own work (an empty folded key once made every such title the first one's
# duplicate); people under Chinese headings ("目前成员" current members, "博士毕业生" PhD graduates, "博士后和研究助理"
# postdocs and assistants), periods ending "现在" (now), some lines opening with their period.
IN_CHINESE = """<h2>Publications</h2><ol>
<li>Y. N. Wang, Xun Huang. Deep learning for aeroacoustic source localization. Journal of Sound and Vibration, 2021.</li>
<li>刘成健，黄迅. 基于深度学习的噪声源识别方法. 声学学报, 2023.</li>
<li>王一诺，黄迅. 翼型尾缘噪声的数值模拟研究. 空气动力学报, 2022.</li></ol>
<h2>人才培养</h2><h3>目前成员</h3><ol>
<li> 鞠志翔，2024 - 现在（本科实习），北京大学航空航天工程系本科。</li>
<li> 王思恺，2023（本科实习） - 现在（24级专硕），北京大学元培学院本科。</li></ol>
<h3>课题组过去成员</h3><h4>博士毕业生</h4><ol>
<li> 马征宇，2014-2019（北航本科，14级直博）。论文：基于拓扑优化的流动中声学隐身。</li></ol>
<h4>博士后和研究助理</h4><ol>
<li> 2016-2018 Alex Lau (Southampton博士)。出站后任港大助教。</li>
<li> 2022-2024 秦登辉（西工大博士）。出站后任西工大教授。</li></ol>"""


def test_a_page_in_chinese_gives_its_works_and_people(tmp_path: Path) -> None:
    from scholargraph.model.names import compared, is_han_name

    assert compared("基于深度学习的噪声源识别方法") != compared("翼型尾缘噪声的数值模拟研究")
    assert compared("Zoë  Müller") == "zoe muller" and compared("2025") == ""
    assert is_han_name("欧阳娜娜") and is_han_name("马征宇") and not is_han_name("目前成员") and not is_han_name("人才培养")
    records = read(tmp_path, IN_CHINESE, "Xun Huang（黄迅）")
    works = {w.title: w for w in records if isinstance(w, Work)}
    assert len(works) == 3
    assert works["基于深度学习的噪声源识别方法"].authors == ("刘成健", "黄迅")
    assert works["翼型尾缘噪声的数值模拟研究"].venue_as_written == "空气动力学报"
    assert people_of(records) == {
        "鞠志翔": ("research", 2024, None),
        "王思恺": ("master", 2023, None),
        "马征宇": ("phd", 2014, 2019),
        "Alex Lau": ("postdoc", 2016, 2018),
        "秦登辉": ("postdoc", 2022, 2024),
    }


# A Webby site (Smithson lab): the owner named only in the header's title paragraph and the link home, each card
# naming its PI in a line of its own ("PI: Dr. Hannah Smithson", who supervised, not the person's role), doctors
# among "Current lab members" with no role written, and a graduate student whose project says "(MRes)".
CARDS_WITH_THEIR_PI = """<div id="header"><p class="title">Hannah Smithson</p></div>
<ul><li><a href="/">Hannah Smithson</a></li><li><a href="/publications.html">Publications</a></li></ul>
<h2>Current lab members</h2>
<ul><li><strong><a href="http://x.org/rl">Dr. Robert Lee</a></strong><br />Project: Colour appearance in a dynamic world<br />
Funding: <a href="http://www.wellcome.ac.uk/">Wellcome Trust</a><br />PI: <a href="/">Dr. Hannah Smithson</a><br />
Start date: July 2011</li></ul>
<h2>Previous graduate students</h2>
<ul><li><strong>Tudor Popescu</strong><br />Project: The Plasticity of the Auditory System (MRes)<br />Funding: Self-funded<br />
Dates: January 2008 &#8211; March 2009</li></ul>"""


def test_a_cards_pi_line_names_its_supervisor_and_the_site_title_its_owner(tmp_path: Path) -> None:
    people = [r for r in read(tmp_path, CARDS_WITH_THEIR_PI, "People") if isinstance(r, Supervision)]
    assert {p.supervisor for p in people} == {"Hannah Smithson"}
    assert people_of(people) == {"Robert Lee": ("postdoc", 2011, None), "Tudor Popescu": ("master", 2008, 2009)}


# A Jekyll group site (Schneider group): the group named only in an <h1> ("Schneider Research Group"), its head only in
# the menu ("Bill Schneider", a link to his page), the footer naming the university just before the group.
GROUP_IN_THE_HEADING_HEAD_IN_THE_MENU = """<nav><a href="/">Home</a><div class="dropdown-menu">
<a class="dropdown-item" href="/pages/group/bill_schneider">Bill Schneider</a>
<a class="dropdown-item" href="/pages/group/current_lab_members">Current Lab Members</a></div></nav>
<h1 class="project-name">Schneider Research Group</h1>
<h2>Graduate Students</h2>
<div class="member"><h4>Yujia Wang</h4><p>361 Nieuwland Science Hall</p></div>
<div class="member"><h4>Craig Waitt</h4><p>360 Nieuwland Science Hall</p></div>
<footer>Copyright &copy; 2020 University of Notre Dame Schneider Research Group</footer>"""


def test_the_head_named_in_the_menu_of_a_group_named_in_its_heading(tmp_path: Path) -> None:
    people = [
        r for r in read(tmp_path, GROUP_IN_THE_HEADING_HEAD_IN_THE_MENU, "Current Lab Members") if isinstance(r, Supervision)
    ]
    assert {p.supervisor for p in people} == {"Bill Schneider"}
    assert people_of(people) == {"Yujia Wang": ("phd", None, None), "Craig Waitt": ("phd", None, None)}


# A hand-written Japanese lab site (Cao laboratory): the home page's title names the lab after its head ("曹研究室"),
# only the members page names him ("曹 建庭 (Cao Jianting)", under "教 授 (Professor)"), each name in kanji with its
# Latin spelling in brackets, and the headings in Japanese with their English in brackets.
CAO_HOME = "<h1>知的システム研究室</h1><p>ようこそ！</p>"
CAO_MEMBERS = """<h2 align="left"> 教　授 (Professor) </h2><div class="member"><h4><u><a href="./professorCao.html">
曹　建庭 (Cao Jianting) </a></u></h4><p>cao[at]sit.ac.jp</p></div>
<h2 align="left"> 博士　後期 (Doctor Student) </h2>
<div class="member"><h4> 陳　啓鵬 (Chen Qipeng) <span><font size=3> 工学研究科　D3 </font></span></h4></div>
<h2 align="left"> 博士　前期 (Master Student) </h2>
<div class="member"><h4> 苏　蓉 (Su Rong) <span><font size=3> 工学研究科　M2 </font></span></h4></div>"""


def test_a_lab_named_in_chinese_characters_on_one_page_and_its_head_on_another(tmp_path: Path) -> None:
    home, members = tmp_path / "index.html", tmp_path / "member.html"
    home.write_text(f"<html><head><title> 曹研究室 </title></head><body>{CAO_HOME}</body></html>", encoding="utf-8")
    members.write_text(f"<html><head><title>メンバー</title></head><body>{CAO_MEMBERS}</body></html>", encoding="utf-8")
    result, _ = read_html_pages([(home, home.name), (members, members.name)], venues(), organizations())
    people = [r for r in result.records if isinstance(r, Supervision)]
    assert {p.supervisor for p in people} == {"Cao Jianting"}
    assert people_of(people) == {"Chen Qipeng": ("phd", None, None), "Su Rong": ("master", None, None)}
    from scholargraph.model.names import is_han_name

    assert not is_han_name("曹研究室") and not is_han_name("王教授")


# A hand-written page shown in a frame (Salapaka group, "PeoplePastStudents.html", an empty <title>): the file's name
# names the section; each former student a tab pane, the name in a <span class="tabtitle">, then one line per degree,
# the last the one earned in the group.
DEGREE_LINES = """<div class="tab-content">
<div role="tabpanel" class="tab-pane fade show active" id="Amber1"><table><tr><td><img src="a.jpg"></td>
<td><span class="tabtitle"> Amber Srivastava <a href="https://x.org/a"><img src="www.png"></a></span><ul>
<li>B.S.: Indian Institute of Technology Kanpur, India, 2014</li>
<li>M.S. : Mathematics, University of Illinois at Urbana Champaign, 2020</li>
<li>Ph.D.:<a href="Theses/2021_PhD.pdf"> Parameterized Sequential Decision Making Problems, 2021</a></li></ul></td></tr></table></div>
<div role="tabpanel" class="tab-pane fade" id="Sheikh1"><table><tr><td><span class="tabtitle">Sheikh Mashrafi</span><ul>
<li>B.S.: Bangladesh University of Engineering and Technology, Bangladesh</li>
<li>M.S.: X-ray microscope performance enhancement through control architecture change, 2013</li></ul></td></tr></table></div>
</div>"""


def test_a_page_named_by_its_file_and_cards_of_degree_lines(tmp_path: Path) -> None:
    path = tmp_path / "PeoplePastStudents.html"
    path.write_text(f"<html><head><title></title></head><body>{DEGREE_LINES}</body></html>", encoding="utf-8")
    result, _ = read_html_pages([(path, path.name)], venues(), organizations(), "Srinivasa Salapaka")
    people = [r for r in result.records if isinstance(r, Supervision)]
    assert people_of(people) == {"Amber Srivastava": ("phd", None, 2021), "Sheikh Mashrafi": ("master", None, 2013)}


# A hand-written list (Griffith lab) numbering its entries in their text ("56. Skidmore ZL, …"), PubMed's date and
# volume after the journal; and (Meyer group, jekyll-scholar) a number before a styled first author.
NUMBERED_IN_THE_TEXT = """<h2>Publications</h2>
<p class="Indented12LR">56. Skidmore ZL, Wagner AH, Lesurf R, <strong class="NameHighlight">Griffith M</strong>.
<em class="TitleHighlight">GenVisR: Genomic Visualizations in R</em>. Bioinformatics. 2016 Oct 1;32(19):3012-4.</p>
<p class="Indented12LR">55. Ainscough BJ, <strong class="NameHighlight">Griffith M</strong>, Coffman AC.
<em class="TitleHighlight">DoCM: a database of curated mutations in cancer</em>. Nature Methods. 2016 Sep 29;13(10):806-7.</p>"""


def test_an_entrys_own_number_is_no_field_and_pubmed_dates_no_venue(tmp_path: Path) -> None:
    from scholargraph.sources.homepage.html_entries import venue_name

    works = {w.title: w for w in read(tmp_path, NUMBERED_IN_THE_TEXT, "Malachi Griffith") if isinstance(w, Work)}
    assert set(works) == {"GenVisR: Genomic Visualizations in R", "DoCM: a database of curated mutations in cancer"}
    assert works["GenVisR: Genomic Visualizations in R"].authors[0] == "Z. L. Skidmore"
    assert venue_name("Nature Methods. 2016 Sep 29;13(10):806-7") == "Nature Methods"
    assert venue_name(". 2016 Oct 1;32(19):3012-4.") == "" and venue_name("Marine Ecology Progress Series") != ""


def test_a_title_naming_the_owners_webpage_names_the_owner(tmp_path: Path) -> None:
    people = [r for r in read(tmp_path, "<h2>PhD Students</h2><ul><li>Amber Srivastava</li></ul>", "Srinivasa Salapaka Webpage")]
    assert [(p.supervisor, p.person) for p in people if isinstance(p, Supervision)] == [
        ("Srinivasa Salapaka", "Amber Srivastava")
    ]


def test_a_fiscal_year_heading_in_japanese_gives_its_year(tmp_path: Path) -> None:
    body = """<h2>研究業績</h2><h3>2020年度</h3><ul><li>Pengju Zhang, Jianting Cao, "Deep learning for EEG based
    brain death detection", Journal of Neural Engineering.</li></ul>"""
    works = [w for w in read(tmp_path, body, "曹研究室") if isinstance(w, Work)]
    assert [(w.title, w.year) for w in works] == [("Deep learning for EEG based brain death detection", 2020)]


# An MkDocs lab page (Karpicke lab, "People - Cognition and Learning Lab"): each card a name heading over a role
# heading, the alumni's cards saying first where they went, then what they were here with the years.
NAME_OVER_ROLE = """<h1 id="people">People</h1>
<div class="people-row"><img src="k.jpg"><div><h2>Jeffrey D. Karpicke</h2><h4>Principal Investigator</h4>
<a href="cv.pdf">CV</a><p>I'm interested in all things related to the science of learning.</p></div></div>
<div class="people-row"><img src="c.jpg"><div><h2>Michelle E. Coverdale</h2><h4>Postdoctoral Research Associate</h4>
<p>I'm interested in the effects of choices on memory.</p></div></div>
<h2>Lab Alumni</h2>
<p><strong>Garrett O'Day</strong><br>Senior Manager, Research<br>Active Minds<br>Ph.D. Student (2016-2022)</p>
<p><strong>Joseph Bedwell</strong><br>User Experience Researcher<br>Indeed.com<br>M.S. Student (2016-2018)</p>"""


def test_a_name_heading_over_a_role_heading_and_alumni_whose_years_name_their_role(tmp_path: Path) -> None:
    people = [r for r in read(tmp_path, NAME_OVER_ROLE, "People - Cognition and Learning Lab") if isinstance(r, Supervision)]
    assert {p.supervisor for p in people} == {"Jeffrey D. Karpicke"}
    assert people_of(people) == {
        "Michelle E. Coverdale": ("postdoc", None, None),
        "Garrett O'Day": ("phd", 2016, 2022),
        "Joseph Bedwell": ("master", 2016, 2018),
    }


# A Franklin.jl site (Petters group): the page names its owner nowhere but in the sidebar's e-mail address, and lists
# him first among the group's cards, without a role.
MAILED_OWNER = """<div class="sidebar"><nav class="sidebar-nav"><p><a href="mailto:%20markus.petters@ucr.edu">Mail</a></p></nav></div>
<h1>Current Group Members (UCR)</h1><div class="cards">
<a href="https://orcid.org/0000-0002-4082-1693"><div class="card"><img src="p.png"><div class="container1"><p>Markus Petters</p></div></div></a>
<a href="https://x.org/e"><div class="card"><img src="e.jpg"><div class="container1"><p>Ella Ivanova (Postdoctoral)</p></div></div></a>
<a href="https://x.org/s"><div class="card"><img src="s.jpg"><div class="container1"><p>Sunandan Mahant (PhD)</p></div></div></a></div>"""


def test_the_owner_spelled_by_the_sites_e_mail_address(tmp_path: Path) -> None:
    people = [r for r in read(tmp_path, MAILED_OWNER, "Current Group Members (UCR)") if isinstance(r, Supervision)]
    assert {p.supervisor for p in people} == {"Markus Petters"}
    assert people_of(people) == {"Ella Ivanova": ("postdoc", None, None), "Sunandan Mahant": ("phd", None, None)}


def test_a_graduate_research_assistant_among_graduate_students_is_a_phd_student(tmp_path: Path) -> None:
    body = """<h2>Graduate Students</h2><div class="member"><h3>Ella Salehi</h3><p>Graduate Research Assistant</p></div>
    <div class="member"><h3>Randy Aryee</h3><p>PhD candidate</p></div>"""
    people = [r for r in read(tmp_path, body, "Ratul Chowdhury") if isinstance(r, Supervision)]
    assert people_of(people) == {"Ella Salehi": ("phd", None, None), "Randy Aryee": ("phd", None, None)}


def test_a_papers_title_class_in_a_list_names_no_owner(tmp_path: Path) -> None:
    from scholargraph.sources.homepage.html import _owner
    from scholargraph.sources.homepage.html_page import load_page

    path = tmp_path / "publications.html"
    body = '<ul><li><div class="title">Bayesian Networks</div> J. Roe, A. Doe. Journal of X, 2020.</li></ul>'
    path.write_text(f"<html><head><title>Publications</title></head><body>{body}</body></html>", encoding="utf-8")
    assert _owner(load_page(path, path.name)) is None


def test_a_quotation_and_who_said_it_is_no_work(tmp_path: Path) -> None:
    body = """<h1>Publications</h1><p class="inscription">文章千古事，得失寸心知。—— 唐 · 杜甫</p>
    <ol><li>Yi-Zhuang You, Cenke Xu. Interacting topological insulator. Physical Review B, 2014.</li></ol>"""
    works = [w for w in read(tmp_path, body, "Yi-Zhuang You") if isinstance(w, Work)]
    assert [w.title for w in works] == ["Interacting topological insulator"]


# The Greene Lab "Lab Website Template" (Jekyll, Manubot citations), a Machado lab publications page: each paper a
# ``div.citation`` whose parts are classed ``citation-title``, ``citation-authors``, ``citation-details``; long
# author lists are cut with "…" between the first and the last names.
CITATION_CARDS = """<h2 id="all">All</h2><h3 id="2024">2024</h3>
<div class="citation-container"><div class="citation">
<a href="https://doi.org/g886cj" class="citation-image"><img src="" alt="Somy evolution"></a>
<div class="citation-text">
<a href="https://doi.org/g886cj" class="citation-title">Somy evolution in the honey bee infecting trypanosomatid parasite
 <i>Lotmaria passim</i></a>
<div class="citation-authors" tabindex="0">Lindsey M Markowitz, Anthony Nearman, Zexuan Zhao, Dawn Boncristiani, Anzhelika
Butenko, …, Guang Xu, Carlos A Machado, Ryan S Schwarz, Evan C Palmer-Young, Jay D Evans</div>
<div class="citation-details"><span class="citation-publisher">G3: Genes, Genomes, Genetics</span> ·
<span class="citation-date">06 Nov 2024</span> · <span class="citation-id">doi:10.1093/g3journal/jkae258</span></div>
</div></div></div>
<div class="citation-container"><div class="citation">
<div class="citation-text">
<a href="https://doi.org/gtqmn6" class="citation-title">The Complex Landscape of Structural Divergence Between the
Drosophila pseudoobscura and D. persimilis Genomes</a>
<div class="citation-authors" tabindex="0">Javier Carpinteyro-Ponce, Carlos A Machado</div>
<div class="citation-details"><span class="citation-publisher">Genome Biology and Evolution</span> ·
<span class="citation-date">23 Feb 2024</span> · <span class="citation-id">doi:10.1093/gbe/evae024</span></div>
</div></div></div>"""


def test_citation_cards_whose_parts_are_classed_and_an_author_list_cut_with_an_ellipsis(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, CITATION_CARDS, "Publications | Machado Lab") if isinstance(w, Work)}
    somy = works["Somy evolution in the honey bee infecting trypanosomatid parasite Lotmaria passim"]
    assert somy.authors[:6] == (
        "Lindsey M Markowitz",
        "Anthony Nearman",
        "Zexuan Zhao",
        "Dawn Boncristiani",
        "Anzhelika Butenko",
        "Guang Xu",
    )
    assert len(somy.authors) == 10 and somy.year == 2024
    genomes = works[
        "The Complex Landscape of Structural Divergence Between the Drosophila pseudoobscura and D. persimilis Genomes"
    ]
    assert genomes.authors == ("Javier Carpinteyro-Ponce", "Carlos A Machado") and genomes.year == 2024
    assert (genomes.venue or genomes.venue_as_written) == "Genome Biology and Evolution"


# The same template's people page (Machado lab): a portrait card is a link holding spans classed ``portrait-name``,
# ``portrait-description`` (the role) and ``portrait-affiliation``, which the theme sets on lines of their own.
PORTRAIT_CARDS = """<div class="section-banner-text">People</div>
<p class="center">We are an interdisciplinary team using evolutionary genomic approaches to study adaptation.</p>
<div class="portrait-wrapper"><a href="/members/carlos-machado.html" class="portrait" aria-label="Carlos Machado">
<img src="/images/carlos-machado.jpg" class="portrait-image" alt="member portrait">
<span class="portrait-name">Carlos Machado</span> <span class="portrait-description">Principal Investigator</span>
<span class="portrait-affiliation">University of Maryland</span></a></div>
<div class="portrait-wrapper"><a href="/members/kevin-quinteros.html" class="portrait" aria-label="Kevin Quinteros">
<img src="/images/Quinteros-headshot.jpg" class="portrait-image" alt="member portrait">
<span class="portrait-name">Kevin Quinteros</span> <span class="portrait-description">Postdoctoral Researcher</span>
<span class="portrait-affiliation">University of Maryland</span></a></div>
<div class="portrait-wrapper"><a href="/members/yuxi-wang.html" class="portrait" aria-label="Yuxi Wang">
<span class="portrait-name">Yuxi Wang</span> <span class="portrait-description">PhD Candidate</span>
<span class="portrait-affiliation">University of Maryland</span></a></div>"""


def test_portrait_cards_whose_name_and_role_are_classed_spans(tmp_path: Path) -> None:
    records = read(tmp_path, PORTRAIT_CARDS, "People | Machado Lab")
    assert people_of(records) == {"Kevin Quinteros": ("postdoc", None, None), "Yuxi Wang": ("phd", None, None)}
    assert {r.supervisor for r in records if isinstance(r, Supervision)} == {"Carlos Machado"}


# A hand-written group page (String Phenomenology, Liverpool) with no one owner: tables whose first row names the
# columns in plain cells ("NAME | EMAIL | EXT. | OFFICE | ADVISOR"), names written "Gall, Mr Louis", each student's
# supervisor in the ADVISOR column and the alumni's year in a YEAR column.
ADVISOR_COLUMN = """<table><tbody><tr><td class="header">Academic Staff</td></tr></tbody></table>
<table border="1"><tbody><tr><td><span>NAME</span></td><td><span>EMAIL</span></td><td><span>EXT.</span></td>
<td><span>OFFICE</span></td><td><span>NOTES</span></td></tr>
<tr><td><a href="staff/faraggi.htm">Faraggi, Prof Alon E</a></td><td><a href="mailto:a@liv.ac.uk">@</a></td>
<td>43774</td><td>TP120</td><td>***</td></tr></tbody></table>
<table><tbody><tr><td class="header">PhD Students</td></tr></tbody></table>
<table border="1"><tbody><tr><td><span>NAME</span></td><td><span>EMAIL</span></td><td><span>EXT.</span></td>
<td><span>OFFICE</span></td><td><span>ADVISOR</span></td></tr>
<tr><td><a href="students/lgall.htm">Gall, Mr Louis</a></td><td><a href="mailto:l@liv.ac.uk">@</a></td>
<td>43790</td><td>TP119</td><td>Thomas Mohaupt</td></tr>
<tr><td><a href="students/fton.htm">Tonioni, Mr Flavio</a></td><td></td><td>43308</td><td>G29</td><td>Susha Parameswaran</td></tr>
</tbody></table>
<table><tbody><tr><td class="header">Our Alumni</td></tr></tbody></table>
<table border="1"><tbody><tr><td>NAME</td><td>EMAIL</td><td>EXT.</td><td>YEAR</td><td>ADVISOR</td></tr>
<tr><td>Harries, Dr Glyn</td><td></td><td>43788</td><td>2018</td><td>Alon Faraggi</td></tr>
</tbody></table>"""


def test_a_table_whose_header_row_names_each_students_advisor(tmp_path: Path) -> None:
    records = read(tmp_path, ADVISOR_COLUMN, "People - String Phenomenology")
    supervisions = {r.person: r for r in records if isinstance(r, Supervision)}
    assert people_of(records) == {
        "Louis Gall": ("phd", None, None),
        "Flavio Tonioni": ("phd", None, None),
        "Glyn Harries": ("phd", None, 2018),
    }
    assert {name: s.supervisor for name, s in supervisions.items()} == {
        "Louis Gall": "Thomas Mohaupt",
        "Flavio Tonioni": "Susha Parameswaran",
        "Glyn Harries": "Alon Faraggi",
    }


# A hand-written "Publications and presentations" page (Siddall): underlined labels open its parts, and the one over
# the talks shares its paragraph with a sentence; book reviews and talks are no publications.
PRESENTATIONS_AFTER_PAPERS = """<h2>Publications</h2>
<p><u>Chapters and Technical Reports</u></p>
<p>Siddall, S. E., M. Vieira, E. Gomez-Reyes and D. W. Pritchard, (1986). Numerical model of larval dispersion.
<b>MSRC Special Report Series</b> 71:1-58.</p>
<p><u>Book Reviews</u></p>
<p>"Managing by Values" written by Ken Blanchard and Michael O'Connor, for <b>CAUSE/EFFECT</b> volume 20(3) (1997).</p>
<p><u>Invited conference presentations</u><br>
The content of some of these presentations is <a href="talks/index.html">available here</a>.</p>
<p>Siddall, S. E.  Interoperability and Integration: keys to the LMS future.
<b>NITLE LMS Workshop</b>, October 21, 2006. Reed College, Portland, Oregon.</p>
<p>Siddall, S. E., Rob Abel (IMS Global Consortium) and John Bucher (Oberlin College). The good, the bad or the ugly?
Trends in Open Source.  <b>Campus Technology Conference 2006</b>, August 1, 2006.  Boston, MA.</p>"""


def test_talks_under_an_underlined_label_sharing_its_paragraph_are_no_publications(tmp_path: Path) -> None:
    works = [w for w in read(tmp_path, PRESENTATIONS_AFTER_PAPERS, "Publications and presentations") if isinstance(w, Work)]
    assert [w.title for w in works] == ["Numerical model of larval dispersion"]


# A hand-written lab page (Hardwick lab): each card a name, a role and a biography whose years are the person's
# history ("He completed his PhD … in 2021", "From 2017 to 2022, Marcos has been working …"), not their time here.
BIOGRAPHY_YEARS = """<h1>Research Group</h1>
<div class="card profile-card"><div class="profile-content"><h2>Robert Hardwick</h2><div class="role">Lab Director</div>
<p>Robert studied human neuromotor control at the University of Birmingham, UK.</p></div></div>
<div class="card profile-card"><img src="images/MarcosMorenoVerdu.png"><div class="profile-content">
<h2>Marcos Moreno-Verdú</h2><div class="role">Postdoctoral Fellow</div>
<p>Marcos studied physiotherapy at the Complutense University of Madrid, Spain, and specialized in neurological
rehabilitation through a Masters degree at the Rey Juan Carlos University of Madrid. He completed his PhD at Complutense
University of Madrid in 2021 in the field of motor imagery and Parkinson’s disease.
From 2017 to 2022, Marcos has been working part time as researcher and neurological physiotherapist, with a main focus
on people with Parkinson’s and stroke.</p></div></div>
<div class="card profile-card"><div class="profile-content"><h2>Charlène Truong</h2><div class="role">Postdoctoral Fellow</div>
<p>Charlène studied Science and Techniques of Physical Activity and Sport at the Université de Bourgogne (France).
In 2023, she completed her PhD under the supervision of Pr. Charalambos Papaxanthis in the CAPS laboratory in Dijon
(France). She focused on the influence of motor learning timing on the acquisition of motor skills.</p></div></div>"""


def test_a_biographys_years_are_the_persons_history_not_their_time_in_the_group(tmp_path: Path) -> None:
    assert people_of(read(tmp_path, BIOGRAPHY_YEARS, "Group | Hardwick Lab")) == {
        "Marcos Moreno-Verdú": ("postdoc", None, None),
        "Charlène Truong": ("postdoc", None, None),
    }


# A hand-written XHTML group page (Clark lab): each member a ``div.profile`` holding a photo (``div.profile_img``) and
# the name with a degree; the alumni a list of names, each with the degree they left with, or none.
PROFILES_AND_DEGREES = """<h1>Group Members</h1>
<div class="inner_container"><h2>Principal Investigator</h2>
<div class="profile"><div class="profile_img"><a href="personnel/douglas_clark.html"><img src="images/clark_big.jpg"
 alt="" /></a></div>
Douglas Clark, Ph.D.
</div></div>
<div class="inner_container"><h2>Post-Doctorates and Specialists</h2>
<div class="profile"><div class="profile_img"><a href="personnel/craig_dana.html"><img src="images/CraigDana2014.jpg"
 alt="Craig Dana" /></a></div>
Craig Dana, Ph.D.
</div></div>
<div class="inner_container"><h2>Graduate Students</h2>
<div class="profile"><div class="profile_img"><a href="personnel/carly_anderson.html"><img src="images/CarlyAnderson1.jpg"
 /></a></div>
Carly Anderson
</div></div>
<div class="inner_container"><h2>Recent Alumni</h2>
<p>Sarah Huffer Liszka, Ph.D<br />
Sharmin Karim, M.S.<br />
Rooney Kim<br />
Matt Traylor, Ph. D.</p></div>"""


def test_profile_blocks_and_alumni_named_with_the_degree_they_left_with(tmp_path: Path) -> None:
    records = read(tmp_path, PROFILES_AND_DEGREES, "Clark Lab - Group Members")
    assert people_of(records) == {
        "Craig Dana": ("postdoc", None, None),
        "Carly Anderson": ("phd", None, None),
        "Sarah Huffer Liszka": ("phd", None, None),
        "Sharmin Karim": ("master", None, None),
        "Rooney Kim": ("research", None, None),
        "Matt Traylor": ("phd", None, None),
    }
    assert {r.supervisor for r in records if isinstance(r, Supervision)} == {"Douglas Clark"}


# A hand-written Bootstrap group page (Singh group): headings are ``<div class="h2"><b>…</b></div>``, one names the
# years of its people ("Masters Project Students (2022-2024)"), year labels date the lists under them ("Year
# (2021-2023)"), and a student writes one name only ("Mr. Mufeeduzzaman").
BOOTSTRAP_HEADINGS = """<div class="h2 mt-5 text-center"><b>Ph.D. Students</b></div>
<div class="card"><div class="card-footer text-center"><a href="members/riya.pdf"><b>Riya Dawn</b></a></div></div>
<div class="h2 mt-5" style="text-align: center;"><b>Ph.D. Alumni</b></div>
<div class="row w-25 mb-5 phdalumni"><div class="col"><ol class="list-group list-group-flush">
<li class="list-group-item">Mr. Mufeeduzzaman (2019-2022)</li></ol></div></div>
<div class="h2 mt-4 text-center"><b>Masters Project Students (2022-2024)</b></div>
<div class="row"><div class="col-auto mt-4"><div class="card"><div class="card-footer text-center">
<a href="members/Sachin Pandey_CV.pdf"><b>Sachin Pandey</b></a></div></div></div></div>
<div class="h2 mt-4" style="text-align: center;"><b>M.Sc. Project Alumni</b></div>
<div class="row w-100 mx-auto">
<div class="col-6"><div class="h3 text-center mt-2">Year (2021-2023)</div><ol class="list-group list-group-flush">
<li class="list-group-item">Anshuman Mishra</li><li class="list-group-item">Fouzia Zainab</li></ol></div>
<div class="col-6"><div class="h3 text-center mt-2">Year (2019-2021)</div><ol class="list-group list-group-flush">
<li class="list-group-item">Priya Kumari</li></ol></div></div>"""


def test_bootstrap_heading_classes_and_year_labels_over_lists(tmp_path: Path) -> None:
    assert people_of(read(tmp_path, BOOTSTRAP_HEADINGS, "Group Members | Dr. Vijay Raj Singh")) == {
        "Riya Dawn": ("phd", None, None),
        "Mufeeduzzaman": ("phd", 2019, 2022),
        "Sachin Pandey": ("master", 2022, 2024),
        "Anshuman Mishra": ("master", 2021, 2023),
        "Fouzia Zainab": ("master", 2021, 2023),
        "Priya Kumari": ("master", 2019, 2021),
    }


# An Eleventy site of a mathematician (Carmesin): papers written "Title (with J.Kurkofka), Venue; pdf", and those he
# wrote alone "Title, Venue; pdf" with no name at all; past members each "2021 -- 2026 Name".
TITLE_WITH_AND_ALONE = """<h1>Publications</h1><ul>
<li>Canonical decompositions of 3-connected graphs (with J.Kurkofka), FOCS 2023, 50 pages; <a href="https://arxiv.org/pdf/2304.00945.pdf">
pdf</a></li>
<li>How to apply tree decomposition ideas in large networks? (with S. Frenkel), Preprint; <a href="https://arxiv.org/pdf/2312.12354">
pdf</a></li>
<li>Dual matroids of 2-complexes—Revisited, Bulletin of the London Mathematical Society (2025);
<a href="https://arxiv.org/pdf/2210.15594.pdf">pdf</a></li>
<li>Embedding simply connected 2-complexes in 3-space, Preprint; <a href="https://arxiv.org/pdf/2309.15504.pdf">pdf</a></li>
</ul>"""

PAST_MEMBERS_DATED_FIRST = """<h1>Past members</h1><h2>Postdocs</h2><ul><li><p>2021 -- 2026 Jan Kurkofka</p></li></ul>
<h2>Completed PhD students</h2><ul><li><p>2020 -- 2024 Emily Nevinson</p></li></ul>"""


def test_a_list_of_titles_with_co_authors_and_titles_the_owner_wrote_alone(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, TITLE_WITH_AND_ALONE, "Johannes Carmesin") if isinstance(w, Work)}
    assert works["Canonical decompositions of 3-connected graphs"].authors == ("Johannes Carmesin", "J. Kurkofka")
    alone = works["Dual matroids of 2-complexes—Revisited"]
    assert alone.authors == ("Johannes Carmesin",) and alone.year == 2025
    assert (alone.venue or alone.venue_as_written) == "Bulletin of the London Mathematical Society"
    assert works["Embedding simply connected 2-complexes in 3-space"].authors == ("Johannes Carmesin",)


def test_past_members_each_written_after_their_years(tmp_path: Path) -> None:
    assert people_of(read(tmp_path, PAST_MEMBERS_DATED_FIRST, "Past members | Johannes Carmesin")) == {
        "Jan Kurkofka": ("postdoc", 2021, 2026),
        "Emily Nevinson": ("phd", 2020, 2024),
    }


# A Pelican lab page (Wagner lab): each person a paragraph, a bold name and a biography; the years of their time in
# the lab are in a sentence about the lab, the others are where they studied before.
BIOGRAPHY_ABOUT_THE_LAB = """<h2>Lab Director</h2><p><strong>Dylan D. Wagner, Ph.D.</strong> Associate Professor of Psychology</p>
<h3>Graduate Students</h3>
<p><img src="images/people_ek.jpg"><strong>Eunjee Ko</strong> | <a href="mailto:ko.405@osu.edu" class="btn">Email</a>
Eunjee Ko graduated from Seoul National University in 2020 with B.A. in Psychology and
Information Science &amp; Culture, minoring in Brain-Mind-Behavior. She received M.A. in
Clinical Psychology from Seoul National University in 2022. Eunjee is broadly interested
in how prior experiences related with social inequality influence people’s social cognition.</p>
<h3>Lab Alumni</h3>
<p><img src="images/people_ep.jpg"><strong>Elliot Ping</strong><br/>
Elliot Ping was a lab manager in our lab from 2020-2022 and is currently studying law at Yale University, where he
is interested in the law of evidence and in how juries weigh what witnesses remember of events they saw.</p>"""


def test_a_biographys_sentence_about_the_lab_dates_the_person(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, BIOGRAPHY_ABOUT_THE_LAB, "Lab Members | Wagner Lab"))
    assert people["Eunjee Ko"] == ("phd", None, None)
    assert people["Elliot Ping"][1:] == (2020, 2022)


# A Jekyll lab template (Bondy-Denomy lab): each paper a row whose title is an <h5>, its authors an <h6>, then the
# journal and year; a second row under it holds the links, headed "Access the paper" every time.
TITLE_AND_AUTHORS_AS_HEADINGS = (
    "<h1>Publications</h1><div class='container-fluid'>"
    + "".join(
        f"""<hr><div class="row" id="{pmid}"><div><h5>{title}
</h5><h6>{authors}</h6><i>{journal},</i> {year}</div></div>
<div class="row"><ul class="col-sm-6"><h6>Access the paper</h6>
<li>PMID: <a href="http://www.ncbi.nlm.nih.gov/pubmed/{pmid}">{pmid}</a></li>
<li><a href="/static/pdf/publications/{pmid}.pdf">Full Text</a></li></ul></div>"""
        for pmid, title, authors, journal, year in (
            (
                "36316452",
                "Bacteriophage genome engineering with CRISPR–Cas13a",
                "**Jingwen Guan, Joel D. Berry &amp; Joseph Bondy-Denomy **",
                "Nature Microbiology",
                2022,
            ),
            (
                "33444542",
                "Anti-CRISPRs go viral: The infection biology of CRISPR-Cas inhibitors",
                "<strong>Y Li, Bondy-Denomy J.</strong>",
                "Cell Host and Microbe",
                2021,
            ),
            (
                "32868402",
                "Intracellular organization by jumbo bacteriophages",
                "Guan J, Bondy-Denomy J.",
                "Journal of Bacteriology",
                2020,
            ),
        )
    )
    + "</div>"
)


def test_a_template_row_whose_title_and_authors_are_headings_is_one_paper(tmp_path: Path) -> None:
    works = {
        w.title: w
        for w in read(tmp_path, TITLE_AND_AUTHORS_AS_HEADINGS, "Publications | Bondy-Denomy Lab")
        if isinstance(w, Work)
    }
    assert set(works) == {
        "Bacteriophage genome engineering with CRISPR–Cas13a",
        "Anti-CRISPRs go viral: The infection biology of CRISPR-Cas inhibitors",
        "Intracellular organization by jumbo bacteriophages",
    }
    jumbo = works["Intracellular organization by jumbo bacteriophages"]
    assert jumbo.authors == ("J. Guan", "J. Bondy-Denomy") and jumbo.year == 2020
    assert (jumbo.venue or jumbo.venue_as_written) == "Journal of Bacteriology"
    assert works["Bacteriophage genome engineering with CRISPR–Cas13a"].authors[-1] == "Joseph Bondy-Denomy"


def test_a_category_tag_on_a_post_card_opens_no_publications() -> None:
    """A Quarto blog listing (the Gilmore lab's real home page): post cards of one shape, each a title heading and
    its category tags; a tag "publication" names no section of the page, so the posts after it are no papers."""
    page = Path(__file__).parent / "data" / "homepage-heldout7" / "rick-gilmore-quarto" / "docs" / "index.html"
    records = read_html_pages([(page, "docs/index.html")], venues(), organizations())[0].records
    assert [r.title for r in records if isinstance(r, Work)] == []


def _featurette(name: str, role: str, bio: str = "") -> str:
    return f"""<div class="row featurette"><div class="col-md-5"><p><br></p></div><div class="col-md-7">
<h2 class="featurette-heading"><br>{name}<span class="text-muted">{role}</span></h2><p class="lead">{bio}</div></div>"""


# A hand-written Bootstrap "Carousel" page (Gutowski group, MIT): every person a row of one shape, the name in the
# row's <h2> and the role in a muted span after it (at times with no space between), "Alumni" a row of its own.
FEATURETTE_ROWS = "".join(
    [
        _featurette(
            "Timothy Gutowski ", "Professor of Mechanical Engineering", "<a href='mailto:gutowski@mit.edu'>gutowski@mit.edu</a>"
        ),
        _featurette("Dan Cooper ", "Post-doctoral Researcher", "My current research is on flexible sheet metal forming."),
        _featurette("Sumant Raykar ", "Masters Student", "I am a Master of Science student in Mechanical Engineering."),
        _featurette(" Alumni", ""),
        _featurette(" Natalia Duque Ciceri ", "Visiting PhD Student from Politecnico di Milano"),
        _featurette("Joe Foley ", "Post-Doctoral Fellow 2006-2007"),
        _featurette("Alissa Jones ", "MS 2007: The Industrial Ecology of the Iron Casting Industry"),
        _featurette("Sascha Haffner", "PhD 2002: Cost Modeling and Design for Manufacturing Guidelines"),
    ]
)


def test_rows_of_one_shape_with_the_role_in_a_span_after_the_name(tmp_path: Path) -> None:
    assert people_of(read(tmp_path, FEATURETTE_ROWS, "EBM - People")) == {
        "Dan Cooper": ("postdoc", None, None),
        "Sumant Raykar": ("master", None, None),
        "Natalia Duque Ciceri": ("visit", None, None),
        "Joe Foley": ("postdoc", 2006, 2007),
        "Alissa Jones": ("master", None, 2007),
        "Sascha Haffner": ("phd", None, 2002),
    }


# An academic-homepage Jekyll alumni page (Tallapragada lab, IISc): each alumnus a numbered item, name, degree and
# years on its first line, then a list of notes (thesis, where they went); "MTech" is a master's degree.
ALUMNI_WITH_NOTES = """<h1>Multi Agent Systems Lab - Alumni</h1>
<h3 id="phd-students">PhD Students</h3>
<ol><li><a href="https://in.linkedin.com/in/anusree-rajan">Anusree Rajan</a>, PhD in EE, 2018 - 2023.
<ul><li>Thesis: Resource-Aware State-Triggered Networked Control Systems</li>
<li>After this joined Ericsson Research as a research intern. Then, joined as  a postdoc in our group at IISc.</li></ul></li></ol>
<h3 id="mtech-students">MTech Students</h3>
<ol><li><a href="https://www.linkedin.com/in/dinesh-t">Dinesh T</a>, MTech in Robotics and Autonomous Systems, 2023 - 2025.
<ul><li>After this joined as an Engineer at Mathworks.</li></ul></li>
<li><a href="https://in.linkedin.com/in/nirabhra-mandal">Nirabhra Mandal</a>, MTech (Res), EE, 2018 - 2021.
<ul><li>Thesis: Dynamics of a stratified population of optimum seeking agents on a network</li>
<li>After this joined as a PhD student at UC San Diego.</li>
<li>Awarded “The Hay Medal” for his MTech (Res) thesis.</li></ul></li></ol>"""


def test_an_alumnus_over_a_list_of_notes_is_one_person(tmp_path: Path) -> None:
    # the site's home page names its head; this page alone names only the lab ("Systems" is no one's name)
    assert people_of(read(tmp_path, ALUMNI_WITH_NOTES, "Alumni | Pavankumar Tallapragada")) == {
        "Anusree Rajan": ("phd", 2018, 2023),
        "Dinesh T": ("master", 2023, 2025),
        "Nirabhra Mandal": ("master", 2018, 2021),
    }


# ACS-style citations (Cersonsky lab, Jekyll): the year in bold after the journal, then volume, issue and a page range
# whose numbers look like years; a thesis whose handle in the repository's address does too.
ACS_STYLE = """<h1 id="publications">Publications</h1><ul>
<li>Cersonsky, R. K.; Cheng, B.; Kofke, D.; Müller, E. A. Machine Learning for Generating and Analyzing Thermophysical Data: Where We Are and Where We’re Going. J. Chem. Eng. Data <strong>2024</strong>, 69 (6), 2041–2043.<br />
<a href="https://doi.org/10.1021/acs.jced.4c00207">https://doi.org/10.1021/acs.jced.4c00207</a>.</li>
<li>Helfrecht, B. A.; Cersonsky, R. K.; Fraux, G.; Ceriotti, M. Structure-Property Maps with Kernel Principal Covariates Regression. Mach. Learn.: Sci. Technol. <strong>2020</strong>, 1 (4), 045021.<br />
<a href="https://doi.org/10.1088/2632-2153/aba9ef">https://doi.org/10.1088/2632-2153/aba9ef</a>.</li>
<li>Cersonsky, R. K. Designing Nanoparticles for Self-Assembly of Novel Materials; UM, 2019.<br />
<a href="https://hdl.handle.net/2027.42/153520">https://hdl.handle.net/2027.42/153520</a>.</li>
</ul>"""


def test_page_ranges_and_web_addresses_are_no_years(tmp_path: Path) -> None:
    years = {w.title: w.year for w in read(tmp_path, ACS_STYLE, "Publications | Cersonsky Lab") if isinstance(w, Work)}
    assert years["Machine Learning for Generating and Analyzing Thermophysical Data: Where We Are and Where We’re Going"] == 2024
    assert years["Designing Nanoparticles for Self-Assembly of Novel Materials"] == 2019


# A Hugo lab page (Finkel and Irwin lab): no owner in its title, the lab's heads first with their chairs, then the
# people under role headings and the past members with their years, the end year written with two digits.
HEADS_FIRST_THEN_MEMBERS = """<h1 class="post__title">Lab members</h1>
<p>Email addresses for most lab members are listed below.</p>
<h2 id="zoe-v-finkel">Zoe V. Finkel</h2>
<p><strong>Oceanography, Canada Research Chair in Marine Microbial Macroecology</strong></p>
<p>My research interests focus on the eco-physiological controls of phytoplankton community structure.
(<a href="http://scholar.google.com/citations?user=zfV-o4gAAAAJ">Google scholar</a>, email: zfinkel at dal.ca.)</p>
<h2 id="post-docs">Post-docs</h2>
<ul><li>Dr Laura Bretherton (<a href="https://scholar.google.ca/citations?user=yzEE_7cAAAAJ">Google scholar</a>, email: lbretherton at mta.ca)</li></ul>
<h2 id="past-members">Past members</h2>
<ul><li>Nils Guelzow (Post-doc, 2014-15)</li>
<li>Julie Koester (Post-doc, 2012-14; currently at UNC Wilmington)</li></ul>"""


def test_a_lab_head_with_a_research_chair_first_and_two_digit_end_years(tmp_path: Path) -> None:
    records = read(tmp_path, HEADS_FIRST_THEN_MEMBERS, "Lab members - Finkel & Irwin Lab")
    assert people_of(records) == {
        "Laura Bretherton": ("postdoc", None, None),
        "Nils Guelzow": ("postdoc", 2014, 2015),
        "Julie Koester": ("postdoc", 2012, 2014),
    }
    assert {r.supervisor for r in records if isinstance(r, Supervision)} == {"Zoe V. Finkel"}


# A hand-written group page (Eagon Research Group, Cal Poly): the lab named after its head, who is written only as
# "Dr. Eagon"; former members two to a table row, each a cell with a bold name over their years, degree and next step.
TWO_PEOPLE_A_ROW = """<title>Eagon Research Group - Members</title><h1>Eagon Research Group<br></h1>
<a class="sidebar-nav-item" href="about_Dr_Eagon.html">About Dr. Eagon</a>
<h2>Former Members</h2><table><tbody><tr>
<td valign="top"><small><b>Jennifer Tran</b><small><br>Member:&nbsp; 2015-2017<br>Degree:&nbsp; B.S. Chemistry<br>
<u>After the E-Lab:</u><br>PostBac Program,<br>Keck Graduate Institute<br></small></small></td>
<td valign="middle" align="center"><img alt="Jen.png" src="Jen.png"></td>
<td valign="top"><small><b>Grant Koch</b><small><br>Member:&nbsp; 2015-2017<br>Degree:&nbsp; B.S. Biochemistry<br>
<u>After the E-Lab:</u><br>Ph.D. Program,<br>UC Santa Cruz<br></small></small></td>
<td valign="middle" align="center"><img alt="Grant_Koch_small.jpg" src="Grant_Koch_small.jpg"></td></tr></tbody></table>"""


def test_two_people_a_table_row_and_a_head_written_with_a_title_only(tmp_path: Path) -> None:
    records = read(tmp_path, TWO_PEOPLE_A_ROW, "Eagon Research Group - Members")
    assert people_of(records) == {"Jennifer Tran": ("research", 2015, 2017), "Grant Koch": ("research", 2015, 2017)}
    assert {r.supervisor for r in records if isinstance(r, Supervision)} == {"Eagon"}


# A Blocs export (Zheng group): each paper a row numbered in an <h6>, its parts in classed spans, where "author"
# marks only the group's head among the names and "journal-title" is the journal's, not the paper's, title.
CLASSED_OWNER_AMONG_AUTHORS = "<h2>Publications</h2><h4>2024</h4>" + "".join(
    f"""<div class="row pb-lg-4"><div class="col"><h6 class="mb-4 mb-lg-2 paper-number">{n}</h6><div class="row"><div class="col">
<p class="mb-lg-0"><span class="article-title">{title}<br></span>{before}<span class="author">W. Zheng</span>{after}<br>
<span class="journal-title">{journal}</span>, 2024, &nbsp;<a href="https://doi.org/10.1002/{n}">link</a><br></p></div></div></div></div>"""
    for n, title, before, after, journal in (
        (
            44,
            "Optimized Transition Metal Phosphides for Direct Seawater Electrolysis: Current Trends",
            "Y. Li, T. Xin, Z. Cao, ",
            ", P. He, L.Y.S. Lee",
            "ChemSusChem",
        ),
        (
            43,
            "Building Stable Anodes for High-Rate Na-Metal Batteries",
            "X. Wang, J. Lu,* Y. Wu, ",
            ", H. Zhang, T. Bai",
            "Advanced Materials",
        ),
        (42, "Python for Electrochemistry: A Free and All-in-One Toolset", "", ", L.Y.S. Lee", "ECS Advances"),
    )
)


def test_a_class_marking_one_author_and_a_journal_title_class(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, CLASSED_OWNER_AMONG_AUTHORS, "Publications | Zheng Group") if isinstance(w, Work)}
    seawater = works["Optimized Transition Metal Phosphides for Direct Seawater Electrolysis: Current Trends"]
    assert seawater.authors == ("Y. Li", "T. Xin", "Z. Cao", "W. Zheng", "P. He", "L.Y.S. Lee")
    assert (seawater.venue or seawater.venue_as_written) == "ChemSusChem" and seawater.year == 2024
    assert works["Building Stable Anodes for High-Rate Na-Metal Batteries"].authors[:3] == ("X. Wang", "J. Lu", "Y. Wu")


# A hand-written site in tables (Gu, PolyU; saved as GBK): no title anywhere, the owner named only in the home page's
# prose beside his e-mail address; the team page's people in bold under labels set in a row of their own, nicknames
# in brackets after the names.
GU_HOME = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>
<table><tr><td><p><font size="5">E-mail: weihua.gu@polyu.edu.hk</font></p></td></tr></table>
<p>Dr. Weihua Gu joined the Department of Electrical Engineering at the Hong Kong Polytechnic University in October 2013.
He received his Ph.D. in Civil Engineering from the University of California, Berkeley in 2012.</p></body></html>"""
GU_TEAM = """<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body><table><tbody>
<tr><td width="50">&nbsp;</td><td colspan=3><font size=5><i><u><b>PRESENT PHD STUDENTS</b></u></i></font></td></tr>
<tr><td width="50">&nbsp;</td><td width="500" valign="top"><p><font size="5"><b>Le Zhang (Joy)</b></font></p>
<p><font size="4">Joy received her Bachelor of Mathematics from the Department of Mathematics of the East China Normal
University in 2014. She joined PolyU in August, 2014. Her research involves optimal planning and management of
transportation infrastructure systems.</font></p></td></tr>
<tr><td width="50">&nbsp;</td><td colspan=3><font size=5><i><u><b>PRESENT RESEARCH STAFF</b></u></i></font></td></tr>
<tr><td width="50">&nbsp;</td><td width="500" valign="top"><p><font size="5"><b>Wenbo Fan</b></font></p>
<p><font size="4">Dr. Fan joined us as a Research Associate to conduct transit research.</font></p></td></tr>
<tr><td width="50">&nbsp;</td><td colspan=3><font size=5><i><u><b>FORMER STUDENTS AND STAFF</b></u></i></font></td></tr>
<tr><td width="50">&nbsp;</td><td width="500" valign="top"><p><font size="5"><b>Amit Upadhyay</b></font></p>
<p><font size="4">Former Research Associate; now Assistant Professor at IIT.</font></p></td></tr>
</tbody></table></body></html>"""


def test_an_owner_spelled_by_the_home_pages_address_and_staff_under_a_label(tmp_path: Path) -> None:
    (tmp_path / "index.html").write_bytes(GU_HOME.encode("gbk"))
    (tmp_path / "people.htm").write_bytes(GU_TEAM.encode("gbk"))
    pages = [(tmp_path / "index.html", "index.html"), (tmp_path / "people.htm", "people.htm")]
    records = read_html_pages(pages, venues(), organizations())[0].records
    assert people_of(records) == {  # type: ignore[arg-type]
        "Le Zhang": ("phd", None, None),
        "Wenbo Fan": ("research", None, None),
        "Amit Upadhyay": ("research", None, None),
    }
    assert {r.supervisor for r in records if isinstance(r, Supervision)} == {"Weihua Gu"}


# The "blotter" Jekyll lab template (Calo lab): each paper its title in a heading, then only the first author's family
# name with "et al." and the year, then the journal in italics.
FIRST_AUTHOR_ET_AL = (
    """<h1>Papers</h1><div class="row">"""
    + "".join(
        f"""<div class="col-md-10 paperbox"><div class="media"><div class="media-body">
<div class="smallhead media-heading"><strong><a href="/papers/{n}/" class="off">{title}</a></strong></div>
<p class="note">{who} {year}.</p> <p class="note"><i>{journal}</i></p></div></div></div>"""
        for n, (title, who, year, journal) in enumerate(
            (
                ("Modification of Enhancer Chromatin: What, How, and Why?", "Calo et al.", 2013, "Molecular Cell"),
                ("Rb regulates fate choice and lineage commitment in vivo", "Calo et al.", 2010, "Nature"),
                (
                    "The retinoblastoma protein induces apoptosis directly at the mitochondria",
                    "Hilgendorf et al.",
                    2013,
                    "Genes and Development",
                ),
            )
        )
    )
    + "</div>"
)


def test_a_first_authors_family_name_and_et_al_is_the_author_list(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, FIRST_AUTHOR_ET_AL, "Papers | Calo Lab") if isinstance(w, Work)}
    chromatin = works["Modification of Enhancer Chromatin: What, How, and Why?"]
    assert chromatin.authors == ("Calo",) and chromatin.year == 2013
    assert (chromatin.venue or chromatin.venue_as_written) == "Molecular Cell"
    assert works["The retinoblastoma protein induces apoptosis directly at the mitochondria"].authors == ("Hilgendorf",)


# A hand-written mathematician's list (Harlim): authors, the title in italics, then the journal, volume, pages and year
# written as one link to the paper's DOI, with an "[arXiv]" link beside it.
VENUE_AS_A_LINK = """<h2>Journal and Refereed Conference Papers</h2>
<p>[60] S.W. Jiang and J. Harlim<br>
<em>Ghost point diffusion maps for solving elliptic PDEs on manifolds with classical boundary conditions</em>
<br><a href="https://doi.org/10.1002/cpa.22035">Comm. Pure Appl. Math. 76(2) 337-405, 2023.</a>
<a href="https://arxiv.org/abs/2006.04002">[arXiv]</a></p>
<p>[59] D. Qi and J. Harlim<br>
<em>Machine learning-based statistical closure models for turbulent dynamical systems</em>
<br><a href="https://doi.org/10.1098/rsta.2021.0205">Philos. Trans. R. Soc. A 380(2229) 20210205, 2022.</a>
<a href="https://arxiv.org/abs/2108.13220">[arXiv]</a></p>
<p>[58] H. Zhang, J. Harlim, and X. Li<br>
<em>Error bounds of the invariant statistics in machine learning of ergodic Ito diffusions</em>
<br><a href="https://doi.org/10.1016/j.physd.2021.133022">Physica D 427, 133022, 2021.</a>
<a href="https://arxiv.org/abs/2105.10102">[arXiv]</a></p>"""


def test_a_venue_written_as_a_link_beside_an_arxiv_link(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, VENUE_AS_A_LINK, "Publications of John Harlim") if isinstance(w, Work)}
    ghost = works["Ghost point diffusion maps for solving elliptic PDEs on manifolds with classical boundary conditions"]
    assert ghost.authors == ("S.W. Jiang", "J. Harlim") and ghost.year == 2023
    assert (ghost.venue or ghost.venue_as_written) == "Comm. Pure Appl. Math."


# An R Markdown distill lab page (Park lab): each person a heading, a photo and a quotation in the first person; the
# head marked "(PI)" after his name.
FIRST_PERSON_QUOTES = """<h3 id="andrew-park-pi">Andrew Park (PI)</h3><p><img src="images/andrew.jpg" /></p>
<p>“I am a professor who develops theory to explain and predict population and evolutionary biology of host-parasite
interactions” <a href="resources/parkCV.pdf">CV</a></p>
<h3 id="david-vasquez">David Vasquez</h3><p><img src="images/david.png" /></p>
<p>“I am a PhD student in Ecology and a trainee in the IDEAS program researching how ecological and environmental
conditions can affect the abundance and geographic range of parasites”</p>
<h3 id="daniel-suh">Daniel Suh</h3><p><img src="images/daniel.png" /></p>
<p>“Hi. I am a PhD student and a trainee in the IDEAS program. In my PhD research I use mathematical modeling and
empirical data to explain and predict how and when changes in host community composition can affect transmission.”</p>"""


def test_a_role_said_in_the_first_person_and_a_head_marked_pi(tmp_path: Path) -> None:
    records = read(tmp_path, "<h1>Lab members</h1>" + FIRST_PERSON_QUOTES, "Park lab @ UGA: Lab members")
    assert people_of(records) == {"David Vasquez": ("phd", None, None), "Daniel Suh": ("phd", None, None)}
    assert {r.supervisor for r in records if isinstance(r, Supervision)} == {"Andrew Park"}


# A hand-written w3.css lab page (Velazquez lab): each card a name with the degree the person holds after it, no comma,
# over their role here; among another lab's alumni the same form says the degree they left with.
DEGREE_AFTER_THE_NAME = """<h1>Lab Members</h1>
<div class="card grow"><div class="w3-container"><h3>Jessica Judd Ph.D.</h3><h5>Edson Post-doctoral Scholar</h5></div></div>
<div class="card grow"><div class="w3-container"><h3>Savannah Tallino M.S.</h3><h5>ASU IGPN Graduate Student</h5></div></div>
<h2>Alumni</h2><ul><li><a href="personnel/alumni/b.html">Boonchai Boonyaratanakornkit Ph.D.</a></li>
<li><a href="personnel/alumni/u.html">Umar Akbar, Ph.D.</a></li></ul>"""


def test_a_degree_after_a_name_without_a_comma_is_held_not_the_role(tmp_path: Path) -> None:
    assert people_of(read(tmp_path, DEGREE_AFTER_THE_NAME, "Lab Members | Ramon Velazquez")) == {
        "Jessica Judd": ("postdoc", None, None),
        "Savannah Tallino": ("phd", None, None),
        "Boonchai Boonyaratanakornkit": ("phd", None, None),
        "Umar Akbar": ("phd", None, None),
    }


# A protein-biophysics lab's hand-written list (PubMed copied into a word processor): each paper a linked title, a
# line of "Surname Initials" authors and a PubMed source line, loose in a table cell between rules; a word split
# where one letter's style changed ("Tü</span><span>ű</span><span>-Szabó"); an accented initial ("Györkei Á").
RULED_RECORDS = """<table><tr><td>
<div class="cim_research">Publications</div><div class="research15"><br></div>
<a href="https://doi.org/10.1016/j.jmb.2025.169294"><div class="publications">DropFit: Determination of the Critical
Concentration for Protein Liquid-Liquid Phase Separation.</div></a>
<p class="p2"><span class="s1">Brezinova M, Dada ST, <strong>Fuxreiter M</strong>, Vendruscolo M. (2025)</span></p>
<p class="p3"><span class="s1">J Mol Biol. 437(19):169294. doi: 10.1016/j.jmb.2025.169294.</span></p>
<br><hr align="left" width=730><br>
<a href="https://pubmed.ncbi.nlm.nih.gov/35449391/"><div class="publications">Proteome-wide landscape of solubility
limits in a bacterial cell.</div></a>
<p class="p2"><span class="s1">Györkei Á, Daruka L, Balogh D, </span><span class="s2">Ő</span><span class="s1">szi E,
<strong>Fuxreiter M</strong>, Papp B.</span></p>
<p class="p3"><span class="s1">Sci Rep. 2022 Apr 21;12(1):6547. doi: 10.1038/s41598-022-10427-1.</span></p>
<br><hr align="left" width=730><br>
<a href="https://pubmed.ncbi.nlm.nih.gov/30999076/"><div class="publications">Altered dynamics may drift pathological
fibrillization in membraneless organelles.</div></a>
<p class="p2"><span class="s1">Tü</span><span class="s2">ű</span><span class="s1">-Szabó B, Hoffka G, Duro N,
<strong>Fuxreiter M</strong>.</span></p>
<p class="p3"><span class="s1">Biochim Biophys Acta Proteins Proteom. 2019 Oct;1867(10):988-998. Epub 2019 Apr 16.</span></p>
<br><hr align="left" width=730><br>
<a href="https://pubmed.ncbi.nlm.nih.gov/34921476/"><div class="publications">Protein interactions in liquid-liquid phase
separation.</div></a>
<p class="p2"><span class="s1"><strong>Fuxreiter M</strong>, Tóth-Petróczy Á.</span></p>
<p class="p3"><span class="s1">J Mol Biol. 2022 Jan 15;434(1):167388. doi: 10.1016/j.jmb.2021.167388. Epub 2021 Dec 3.</span></p>
<p class="p3"><span class="s1">PMID: 34921476 </span><span class="s7"><b>Free article.</b></span></p>
<br><hr align="left" width=730><br>
</td></tr></table>"""


def test_records_between_rules_each_a_title_an_author_line_and_a_source_line(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, RULED_RECORDS, "Fuxreiter Lab - Publications") if isinstance(w, Work)}
    assert len(works) == 4
    dropfit = works["DropFit: Determination of the Critical Concentration for Protein Liquid-Liquid Phase Separation"]
    assert dropfit.authors == ("M. Brezinova", "S. T. Dada", "M. Fuxreiter", "M. Vendruscolo") and dropfit.year == 2025
    proteome = works["Proteome-wide landscape of solubility limits in a bacterial cell"]
    assert proteome.authors == ("Á. Györkei", "L. Daruka", "D. Balogh", "E. Őszi", "M. Fuxreiter", "B. Papp")
    assert proteome.year == 2022
    altered = works["Altered dynamics may drift pathological fibrillization in membraneless organelles"]
    assert altered.authors[0] == "B. Tüű-Szabó" and altered.year == 2019
    interactions = works["Protein interactions in liquid-liquid phase separation"]
    assert interactions.authors == ("M. Fuxreiter", "Á. Tóth-Petróczy")
    assert interactions.year == 2022  # the issue's year, not the "Epub 2021" it went online


# A computational-mechanics group's Bootstrap cards: a short label as the card's heading ("Kohn-Sham DFT: Real-space
# FLOSIC"), the paper's title under it, the journal and year in italics; no card names its authors.
def _card(label: str, title: str, venue: str) -> str:
    return f"""<div class="col-sm-4"><div class="card h-100"><div class="card-body d-flex flex-column">
<h4 class="card-title"><a href="https://doi.org/10.1/x">{label}</a></h4><p class="card-text">{title}</p>
<div class="mt-auto"><i><b>{venue}</b></i></div></div></div></div>"""


NO_NAMES = f"""<h2>Publications</h2><h3>Journal</h3><div class="row">
{_card("Transversal flexoelectric coefficient: Formulation", "Transversal flexoelectric coefficient for nanostructures at finite deformations from first principles", "Phys. Rev. Mater., Lett. (2021)")}
{_card("Kohn-Sham DFT: Real-space FLOSIC", "Implementation of Perdew–Zunger self-interaction correction in real space using Fermi–Löwdin orbitals", "J. Chem. Phys. (2021)")}
{_card("Equation of State: Beryllium", "Development of a Multiphase Beryllium Equation of State and Physics-based Variations", "J. Phys. Chem. A (2021)")}
{_card("Kohn-Sham DFT: Stress tensor", "On the calculation of the stress tensor in real-space Kohn-Sham density functional theory", "J. Chem. Phys. (2018)")}
{_card("Atomic monolayers: Bending moduli", "Bending moduli for forty-four select atomic monolayers from first principles", "Nanotechnology (2020)")}
</div>"""


def test_a_list_that_names_no_authors_gives_titles_journals_and_years(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, NO_NAMES, "Phanish Suryanarayana") if isinstance(w, Work)}
    assert set(works) == {
        "Transversal flexoelectric coefficient for nanostructures at finite deformations from first principles",
        "Implementation of Perdew–Zunger self-interaction correction in real space using Fermi–Löwdin orbitals",
        "Development of a Multiphase Beryllium Equation of State and Physics-based Variations",
        "On the calculation of the stress tensor in real-space Kohn-Sham density functional theory",
        "Bending moduli for forty-four select atomic monolayers from first principles",
    }
    assert all(work.authors == () for work in works.values())  # "Kohn-Sham DFT" is a label, not a person
    beryllium = works["Development of a Multiphase Beryllium Equation of State and Physics-based Variations"]
    assert (beryllium.venue or beryllium.venue_as_written, beryllium.year) == ("J. Phys. Chem. A", 2021)


def test_a_pubmed_date_without_a_volume_is_no_part_of_the_journal(tmp_path: Path) -> None:
    body = RULED_RECORDS.replace("J Mol Biol. 437(19):169294.", "Nat Protoc. 2026 Mar 11. Online ahead of print.")
    works = {w.title: w for w in read(tmp_path, body, "Fuxreiter Lab - Publications") if isinstance(w, Work)}
    dropfit = works["DropFit: Determination of the Critical Concentration for Protein Liquid-Liquid Phase Separation"]
    assert (dropfit.venue or dropfit.venue_as_written, dropfit.year) == ("Nat Protoc", 2026)


# A computer-vision lab's Japanese list: names in kanji (family names no Chinese list knows, with or without a space
# between family and given name), the title in quotes, the meeting and the year.
JAPANESE_LIST = """<h2>国内発表</h2><ul>
<li>沈展帆, 五十川麻理子, "人物姿勢推定を用いた動画結合手法", 第23回情報科学技術フォーラム（FIT）, 2024.</li>
<li>堀川健太, 五十川麻理子, 斎藤秀雄, 森尚平, "イベントフォーカルスタックを用いた深度推定", 第27回 画像の認識・理解シンポジウム, 2024.
<em>(オーラル発表，口頭発表投稿論文中の上位約30.9%)</em></li>
<li>堀 涼介, 五十川 麻理子, 三上 弾, 斎藤 英雄, "イベント情報のみを用いた三次元人物姿勢および形状推定", 第26回 画像の認識・理解シンポジウム, 2023.</li>
</ul>"""


def test_names_in_kanji_before_a_quoted_title(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, JAPANESE_LIST, "Publications | Isogawa Lab") if isinstance(w, Work)}
    depth = works["イベントフォーカルスタックを用いた深度推定"]
    assert depth.authors == ("堀川健太", "五十川麻理子", "斎藤秀雄", "森尚平") and depth.year == 2024
    assert (depth.venue or depth.venue_as_written) == "第27回 画像の認識・理解シンポジウム"
    assert works["イベント情報のみを用いた三次元人物姿勢および形状推定"].authors == (
        "堀 涼介",
        "五十川 麻理子",
        "三上 弾",
        "斎藤 英雄",
    )
    assert works["人物姿勢推定を用いた動画結合手法"].authors == ("沈展帆", "五十川麻理子")


# A computer-vision lab's Bootstrap members page (the real page): a card per person (photo, name), the groups set
# apart by full-width rows ("Master Course Students", "M2"; "Bachelor Course Students", "B4").
ISOGAWA_MEMBERS = Path(__file__).parent / "data" / "homepage-heldout20" / "mariko-isogawa-handwritten" / "members.html"


def test_bachelor_course_students_are_undergraduates() -> None:
    result, _ = read_html_pages([(ISOGAWA_MEMBERS, ISOGAWA_MEMBERS.name)], venues(), organizations())
    people = people_of([r for r in result.records if isinstance(r, Supervision)])
    kinds = {name: people[name][0] for name in ("Ryosei Hara", "Yoko Nakajima", "Rintaro Chiba", "Moto Nakajima")}
    assert kinds == {
        "Ryosei Hara": "master",
        "Yoko Nakajima": "master",
        "Rintaro Chiba": "research",  # an undergraduate: of the research kind
        "Moto Nakajima": "research",
    }


# An oceanography lab (the real pages): the team page names its head under "Leader" ("Professor Wei-Jun Cai"); the
# past-members page, titled only by its first heading "C.O.O.L. past members", lists each group of alumni under a
# heading of its own level ("Doctoral Students"), each with the one year they left.
CAI_LAB = Path(__file__).parent / "data" / "homepage-heldout21" / "wei-jun-cai-handwritten"


def test_a_leader_heads_the_lab_and_a_page_of_past_members_dates_when_they_left() -> None:
    pages = [(CAI_LAB / name, name) for name in ("meettheteam.html", "pastmembers.html")]
    records = read_html_pages(pages, venues(), organizations())[0].records
    found = {r.person: r for r in records if isinstance(r, Supervision)}
    assert {r.supervisor for r in found.values()} == {"Wei-Jun Cai"}
    assert people_of(list(found.values()))["Pingshen Zhao"] == ("phd", None, 1999)  # graduated in 1999
    assert people_of(list(found.values()))["Justin Hammond"] == ("master", None, 2000)


def test_collaborators_are_not_supervised_but_visitors_beside_them_are() -> None:
    from scholargraph.sources.homepage.html_sections import kind_of

    assert kind_of("Current and Past Collaborators") == ("other", None)
    assert kind_of("Visitors And Collaborators") != ("other", None)  # the visitors are the group's


# A transportation engineer's hand-written research page (HTML5 UP): no heading names the list; each paper an
# <article> whose <h4> is "[J18] Title", then the linked authors, a blank line, the journal and date, a blank line.
def _paper(label: str, title: str, authors: str, venue: str) -> str:
    return f"""<article><h4>[{label}] {title}</h4>
<font size="3">{authors}<br><br><em>{venue.split(",")[0]}</em>,{venue.split(",", 1)[1]}<br><br></font>
<ul class="actions"><li><a href="https://doi.org/10.1/x" class="button">Link</a></li>
<li><a href="x.pdf" class="button">PDF</a></li></ul></article>"""


ARTICLES = f"""<section><div class="posts">
{
    _paper(
        "J18",
        "Metamobility: Connecting Future Mobility With the Metaverse",
        '<a href="a">Haoxin Wang</a>, <strong>Ziran Wang</strong>, <a href="b">Dawei Chen</a>, and <a href="c">Kyungtae Han</a>',
        "IEEE Vehicular Technology Magazine, Apr. 2023.",
    )
}
{
    _paper(
        "J17",
        "Driver Digital Twin for Online Prediction of Personalized Lane Change Behavior",
        '<a href="a">Xishun Liao</a>, <a href="b">Xuanpeng Zhao</a>, <strong>Ziran Wang</strong>, and <a href="c">Kyungtae Han</a>',
        "IEEE Internet of Things Journal, Jun. 2023.",
    )
}
{
    _paper(
        "J15",
        "Gaussian Process-Based Personalized Adaptive Cruise Control",
        '<a href="a">Yanbing Wang</a>, <strong>Ziran Wang</strong>, and <a href="c">Kyungtae Han</a>',
        "IEEE Transactions on Intelligent Transportation Systems, Dec. 2022.",
    )
}
</div></section>"""


def test_articles_whose_fields_a_blank_line_parts_under_no_heading(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, ARTICLES, "Ziran Wang - Research") if isinstance(w, Work)}
    assert set(works) == {
        "Metamobility: Connecting Future Mobility With the Metaverse",
        "Driver Digital Twin for Online Prediction of Personalized Lane Change Behavior",
        "Gaussian Process-Based Personalized Adaptive Cruise Control",
    }
    cruise = works["Gaussian Process-Based Personalized Adaptive Cruise Control"]
    assert cruise.authors == ("Yanbing Wang", "Ziran Wang", "Kyungtae Han") and cruise.year == 2022


# The same engineer's people page: under "Past Mentored Students" and a line of where ("At Toyota Motor North America"),
# an <article> per student whose headings are the name, "2022 Summer Co-op", "Current status: …" and "Faculty advisor:
# …", then a paragraph about them.
def _mentee(name: str, when: str, status: str) -> str:
    return f"""<article><a class="image"><img src="x.jpg"></a><h3>{name}</h3><h3>{when}</h3>
<h4>Current status: {status}</h4><h4>Faculty advisor: <a href="a">Samuel Labi</a></h4>
<p>{name.split()[0]} is a {status}. {"Their research is on automated driving and federated learning. " * 6}</p>
<ul class="actions"><li><a href="l" class="button">LinkedIn</a></li></ul></article>"""


MENTEES = f"""<section><header class="major"><h2>Past Mentored Students</h2>
<h3>At Toyota Motor North America, InfoTech Labs</h3></header><div class="posts">
{_mentee("Runjia (Rayne) Du", "2022 Summer Co-op", "Ph.D. student in Civil Engineering at Purdue University")}
{_mentee("Zhouqiao (Bridge) Zhao", "2021 Summer Co-op", "Ph.D. candidate in Electrical and Computer Engineering at UC Riverside")}
{_mentee("Yongkang Liu", "2020 Winter Co-op", "Machine Learning Engineer at Amazon")}
</div></section>"""


def test_a_co_op_student_card_whose_current_status_is_where_they_went(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, MENTEES, "Ziran Wang - People"))
    assert people == {
        "Runjia Du": ("research", 2022, 2022),
        "Zhouqiao Zhao": ("research", 2021, 2021),
        "Yongkang Liu": ("research", 2020, 2020),
    }


# A psychiatry lab's Minimal Mistakes list: year headings over archive items, each a linked title and the journal as
# its excerpt; no item names an author (a journal alone reads as one name: "Schizophrenia Bulletin").
def _item(title: str, journal: str) -> str:
    return f"""<div class="list__item"><article class="archive__item"><h2 class="archive__item-title">
<a href="/publications/x/" rel="permalink">{title}</a></h2><p class="archive__item-excerpt">{journal}</p></article></div>"""


JOURNALS_ONLY = f"""<h1 class="page__title">Publications</h1><h2 class="archive__subtitle">2022</h2>
{_item("Subtyping Schizophrenia Patients Based on Patterns of Structural Brain Alterations", "Schizophrenia Bulletin")}
{_item("Can we predict who will benefit from cognitive-behavioural therapy? A systematic review", "Journal of Affective Disorders")}
{_item("Smartphone-based ecological momentary assessment reveals mental health benefits of birdlife", "Scientific Reports")}
<h2 class="archive__subtitle">2021</h2>
{_item("Brain age prediction: A comparison between machine learning models using region and voxel-based morphometric data", "Human Brain Mapping")}
{_item("Using normative modelling to detect disease progression in mild cognitive impairment and Alzheimer's disease", "NeuroImage: Clinical")}
{_item("Machine learning for brain age prediction: Introduction to methods and clinical applications", "eBioMedicine")}"""


def test_a_list_of_titles_over_their_journals_under_year_headings(tmp_path: Path) -> None:
    works = {
        w.title: w
        for w in read(tmp_path, JOURNALS_ONLY, "Publications - Machine Learning in Mental Health Lab")
        if isinstance(w, Work)
    }
    assert len(works) == 6 and all(work.authors == () for work in works.values())
    subtyping = works["Subtyping Schizophrenia Patients Based on Patterns of Structural Brain Alterations"]
    assert (subtyping.venue or subtyping.venue_as_written, subtyping.year) == ("Schizophrenia Bulletin", 2022)
    brain = works["Machine learning for brain age prediction: Introduction to methods and clinical applications"]
    assert (brain.venue or brain.venue_as_written, brain.year) == ("eBioMedicine", 2021)


# A biostatistician's Jekyll list: "Authors (year) <em>Title</em> Journal …" with no stop between the italic title
# and the journal, so a reader of words alone ends the title a word early or late; the italics say where it ends.
ITALIC_TITLES = """<h1>Papers</h1><h2>2014</h2><ul>
<li>Frazee AC, Sabunciyan S, Hansen KD, Irizarry RA, Leek JT (2014) <em>Differential expression analysis of RNA-seq data
at single-base resolution</em> Biostatistics 10.1093/biostatistics/kxt053 <a href="http://x">[link]</a></li>
<li>Jager LR, Leek JT (2014) <em>An estimate of the science-wise false discovery rate and application to the top medical
literature</em> Biostatistics 15(1) 1-12 <a href="http://x">[link]</a><a href="http://y">[blog]</a></li>
<li>Jager LR, Leek JT (2014) <em>Rejoinder: An estimate of the science-wise false discovery rate and application to the
top medical literature</em> Biostatistics 15(1) 39-45 <a href="http://x">[link]</a></li>
<li>Frazee AC, Pertea G, Jaffe AE, Langmead B, Salzberg SL, Leek JT (2014) <em>Flexible isoform-level differential
expression analysis with Ballgown</em> bioRxiv doi: 10.1101/003665 <a href="http://x">[link]</a></li>
</ul>"""


def test_an_italic_title_ends_where_the_italics_end(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, ITALIC_TITLES, "Jeff Leek - Papers") if isinstance(w, Work)}
    assert set(works) == {
        "Differential expression analysis of RNA-seq data at single-base resolution",
        "An estimate of the science-wise false discovery rate and application to the top medical literature",
        "Rejoinder: An estimate of the science-wise false discovery rate and application to the top medical literature",
        "Flexible isoform-level differential expression analysis with Ballgown",
    }
    single = works["Differential expression analysis of RNA-seq data at single-base resolution"]
    assert (single.venue or single.venue_as_written, single.year) == ("Biostatistics", 2014)


# An atmospheric scientist's Franklin.jl page: alumni written loose after their heading, a bullet and a line each
# ("&#8226 Tyas Pujiastuti (MS Student) <br>"), some names linked.
LOOSE_BULLETS = """<div class="franklin-content"><h1 id="group"><a href="#group" class="header-anchor">Group</a></h1>
<h2 id="group_alumni"><a href="#group_alumni" class="header-anchor">Group Alumni</a></h2> &#8226 Tyas Pujiastuti (MS Student)
<br> &#8226 <a href="https://orcid.org/0000-0003-1924-0920"> Sabin Kasparoglu </a> (PhD Student and Postdoctoral Fellow) <br>
&#8226 <a href="https://scholar.google.com/x"> Maksim Islam </a> (Postdoctoral Fellow) <br> &#8226 Alyssa Zimmerman (MS
Student) <br> <h2 id="undergraduate_alumni"><a href="#undergraduate_alumni" class="header-anchor">Undergraduate Alumni</a></h2>
&#8226 Emily Morris <br> &#8226 Travis Morton <br> &#8226 John Hader <br></div>"""


def test_people_written_loose_after_their_heading_a_bullet_each(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, LOOSE_BULLETS, "Markus Petters - Group"))
    assert kinds_of(people) == {
        "Tyas Pujiastuti": "master",
        "Sabin Kasparoglu": "postdoc",  # "PhD Student and Postdoctoral Fellow": the later stage
        "Maksim Islam": "postdoc",
        "Alyssa Zimmerman": "master",
        "Emily Morris": "research",
        "Travis Morton": "research",
        "John Hader": "research",
    }


# A lab of ageing biology (the real pages, Bootstrap on Jekyll): the papers are linked cards (<a class="list-group-item">
# over an <h4> title, the Vancouver authors, the journal, the date) in accordion panels; "All publications" is folded
# (class "collapse") and repeats every one of the "Selected papers"; the team page names no owner, only "DemariaLab".
DEMARIA_LAB = Path(__file__).parent / "data" / "homepage-heldout22" / "marco-demaria-jekyll" / "_site"


def test_folded_cards_of_papers_are_read_once_each_with_their_particles() -> None:
    page = DEMARIA_LAB / "publications" / "index.html"
    works = [
        r
        for r in read_html_pages([(page, "publications/index.html")], venues(), organizations())[0].records
        if isinstance(r, Work)
    ]
    assert len(works) >= 70 and len({w.title for w in works}) == len(works)
    telomere = next(w for w in works if w.title.startswith("Change in telomere length"))
    assert telomere.authors[5:8] == ("A. M. van Roon", "J. D. Lefrandt", "I. J. de Jong")  # "van Roon AM" is no given name
    assert (telomere.venue or telomere.venue_as_written, telomere.year) == ("Urol Oncol", 2024)


def test_a_lab_named_in_one_word_is_headed_by_the_person_named_after_it() -> None:
    page = DEMARIA_LAB / "members" / "index.html"
    records = read_html_pages([(page, "members/index.html")], venues(), organizations())[0].records
    found = {r.person: r for r in records if isinstance(r, Supervision)}
    assert len(found) >= 20 and {r.supervisor for r in found.values()} == {"Marco Demaria"}
    assert people_of(list(found.values()))["Anton Stamm"] == ("phd", 2024, None)


# A biomedical-informatics page saved from a word processor: the year of each group a paragraph of its own, the
# entries numbered paragraphs "Family, I., …, Title, to appear in the Proceedings of …, CHI 2018", some without a year.
WORD_LIST = """<p class=MsoNormal><b>Publications (by year):</b></p>
<p class=MsoNormal><span>2018</span></p>
<p class=MsoNormal><span>1. Nakikj, D., Mamykina, L., Lost in Migration: Information Management and Community Building in an
Online Health Community, to appear in the <i>Proceedings of the ACM Conference on Human-Factors in Computing Systems,
CHI</i> 2018</span></p>
<p class=MsoNormal><span>2. Burgermaster, M., Contento, I., Koch, P., Mamykina, L., Behavior Change Is Not One Size Fits All:
Psychosocial Phenotypes of Childhood Obesity Prevention Intervention Participants, <i>Translational Behavioral
Medicine</i></span></p>
<p class=MsoNormal><span>4. Nakikj, D., Mamykina, L., A Park or A Highway: Overcoming Tensions in Designing for
Socio-emotional and Informational Needs in Online Health Communities, to be included in the proceedings of the ACM
conference on Computer Supported Cooperative Work, CSCW 2017 (pdf)</span></p>
<p class=MsoNormal><span>5. Mamykina, L. and Wolf, C. G. 2000. Evolution of Contact Point: a case study of a help desk and
its users. In Proceedings of the 2000 ACM Conference on Computer Supported Cooperative Work (Philadelphia, Pennsylvania,
United States). CSCW '00. ACM, New York, NY, 41-48.</span></p>
<p class=MsoNormal><span>2017</span></p>
<p class=MsoNormal><span>3. Hwang, M., Mamykina, L., Monster Appetite: Effects of Subversive Framing on Nutritional Choices
in a Digital Game Environment, in the <i>Proceedings of the ACM Conference on Human-Factors in Computing Systems, CHI</i>
<i>2017</i> (<a href="x.pdf">pdf</a>)</span></p>"""


def test_a_year_alone_in_a_paragraph_dates_the_entries_under_it(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, WORD_LIST, "Lena Mamykina") if isinstance(w, Work)}
    lost = works["Lost in Migration: Information Management and Community Building in an Online Health Community"]
    assert lost.authors == ("D. Nakikj", "L. Mamykina") and lost.year == 2018
    assert lost.venue_as_written == "Proceedings of the ACM Conference on Human-Factors in Computing Systems"
    undated = works[
        "Behavior Change Is Not One Size Fits All: Psychosocial Phenotypes of Childhood Obesity Prevention Intervention Participants"
    ]
    assert (undated.venue_as_written, undated.year) == ("Translational Behavioral Medicine", 2018)
    park = works[
        "A Park or A Highway: Overcoming Tensions in Designing for Socio-emotional and Informational Needs in Online Health Communities"
    ]
    assert park.venue_as_written and park.venue_as_written.startswith("proceedings of the ACM conference")
    assert works["Evolution of Contact Point: a case study of a help desk and its users"].year == 2000
    monster = works["Monster Appetite: Effects of Subversive Framing on Nutritional Choices in a Digital Game Environment"]
    assert (monster.venue_as_written, monster.year) == (
        "Proceedings of the ACM Conference on Human-Factors in Computing Systems",
        2017,
    )


# A genomics lab's alumni table (the real page, Hugo): "Name (PhD, 2022) | Role in lab | 2016/03-2022/08 | Where they
# went"; first-year PhD students rotating through the lab are "Rotation Student (MGG)".
WANG_ALUMNI = Path(__file__).parent / "data" / "homepage-heldout22" / "ting-wang-hugo" / "public" / "alumni" / "index.html"


def test_an_alumni_table_dates_each_person_by_its_duration_column() -> None:
    result, _ = read_html_pages([(WANG_ALUMNI, "alumni/index.html")], venues(), organizations())
    people = people_of([r for r in result.records if isinstance(r, Supervision)])
    assert people["Yiran Hou"] == ("phd", 2016, 2022)  # the period her graduation year ends, not the year alone
    assert people["Mitchell Grinwald"] == ("phd", 2022, 2022)  # a rotation student
    assert people["Sonali Sharma"] == ("research", 2022, 2022)  # a high-school student


# A medical-imaging lab's pages in Chinese (the real pages): the head first on the member page, "黄振兴 副研究员" (an
# associate research professor); "毕业生" (graduates) over "张晶晶 博士 2024.09 - 2025.09"; each paper an <li> whose
# "<div>" is never closed (a browser closes the item at the next <li>), its authors after a year in a label of its own.
HUANG_LAB = Path(__file__).parent / "data" / "homepage-heldout22" / "zhenxing-huang-handwritten"


def test_a_chinese_member_page_headed_by_a_research_professor() -> None:
    records = read_html_pages([(HUANG_LAB / "people.htm", "people.htm")], venues(), organizations())[0].records
    found = {r.person: r for r in records if isinstance(r, Supervision)}
    assert {r.supervisor for r in found.values()} == {"黄振兴"}
    assert people_of(list(found.values()))["张晶晶"] == ("phd", 2024, 2025)
    assert people_of(list(found.values()))["刘涵"] == ("master", 2019, 2022)
    assert people_of(list(found.values()))["随子腾"] == ("master", 2024, None)  # a rare family name, in a name's place
    assert people_of(list(found.values()))["容坚铭"] == ("research", 2025, None)  # "2025.9 - 至今"


def test_list_items_left_open_are_siblings_and_a_year_label_no_part_of_the_authors() -> None:
    records = read_html_pages([(HUANG_LAB / "publication.htm", "publication.htm")], venues(), organizations())[0].records
    works = {w.title: w for w in records if isinstance(w, Work)}
    assert len(works) >= 34
    first = works["Accurate whole-brain segmentation for bimodal PET/MR images via a cross-attention mechanism"]
    assert first.authors[:2] == ("Wenbo Li", "Zhenxing Huang") and first.year == 2025
    macnet = next(w for t, w in works.items() if t.startswith("MacNet"))
    assert macnet.authors[0] == "Yi An" and macnet.venue_as_written == "Quantitative Imaging in Medicine and Surgery"


# An ecologist's Hugo page printed from biblatex: each entry a <cite> holding "Authors (year). <em>Title</em>. DOI: …"
# for a preprint (no venue), or "“Title”. In: <em>Journal</em> 11, p. 1182." for a paper.
BIBLATEX_CITES = """<h2 id="preprints">Preprints</h2>
<p><cite>Venkatesan, S., B. Marshall, M. Greener, et al.
(2026).
<em>Drivers of roe deer use in fragmented forest landscapes; implications for management in the context of policy driven
forest expansion</em>.
DOI: <a href="https://doi.org/10.32942/X2CD4P">10.32942/X2CD4P</a>.</cite></p>
<p><cite>Marshall, B., L. Gilbert, J. Boyle, et al.
(2026).
<em>Roe Deer show an affinity for woodland and reluctance to cross roads</em>.
DOI: <a href="https://doi.org/10.32942/X2JD47">10.32942/X2JD47</a>.</cite></p>
<h2 id="publications">Publications</h2>
<p><cite>Marshall, B. M. and A. B. Duthie
(2022).
&ldquo;abmAnimalMovement: An R package for simulating animal movement using an agent-based model&rdquo;.
In: <em>F1000Research</em> 11, p. 1182.
DOI: <a href="https://doi.org/10.12688/f1000research.124000.1">10.12688/f1000research.124000.1</a>.</cite></p>
<p><cite>Ward, M., B. M. Marshall, C. W. Hodges, et al.
(2021).
&ldquo;Nonchalant neighbors: Space use and overlap of the critically endangered Elongated Tortoise&rdquo;.
In: <em>Biotropica</em>, p. btp.12981.</cite></p>"""


def test_a_title_in_italics_over_a_doi_and_a_journal_over_its_page(tmp_path: Path) -> None:
    works = {
        w.title: w for w in read(tmp_path, BIBLATEX_CITES, "Publications | Benjamin Michael Marshall") if isinstance(w, Work)
    }
    roe = works["Roe Deer show an affinity for woodland and reluctance to cross roads"]
    assert roe.authors == ("B. Marshall", "L. Gilbert", "J. Boyle") and roe.year == 2026 and not roe.venue_as_written
    assert any(t.endswith("in the context of policy driven forest expansion") for t in works)
    package = works["abmAnimalMovement: An R package for simulating animal movement using an agent-based model"]
    assert (package.venue_as_written, package.year) == ("F1000Research", 2022)
    tortoise = works["Nonchalant neighbors: Space use and overlap of the critically endangered Elongated Tortoise"]
    assert tortoise.venue_as_written == "Biotropica"


# An operations researcher's teaching page (hand-written): "Supervision of theses" › "Master theses" › "Ongoing" and
# "Completed", each student written family name first before the thesis title, the defence in brackets.
THESES = """<h3>Supervision of theses</h3><h4>Master theses</h4>
<h5>Ongoing</h5><ul>
<li> Broc, Apolline: Developing a planning system for running-dinner events.</li>
<li> Curtenaz, Athenais: tbd </li></ul>
<h5>Completed</h5><ul>
<li>Ackaert, Taike: 3D packing for optimizing shipping of goods with release and due dates. (Successfully defended, September 2020)</li>
<li>Popelier, Lisa, Balancing disassembly lines under consideration of tools and limited space. (Successfully defended, June 2019)</li>
<li>van den Broeke, Jasper:, Scheduling the provision of parts to assembly lines. (Successfully defended, June 2019)</li>
</ul>"""


def test_supervised_theses_ongoing_and_completed_each_student_family_name_first(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, THESES, "Teaching | Nico André Schmid"))
    assert people == {
        "Apolline Broc": ("master", None, None),
        "Athenais Curtenaz": ("master", None, None),
        "Taike Ackaert": ("master", None, 2020),
        "Lisa Popelier": ("master", None, 2019),
        "Jasper van den Broeke": ("master", None, 2019),
    }


# A biomedical informatician's home page saved from a word processor (the real page, UTF-16): no title, no heading
# naming her; it opens "Lena Mamykina, Ph.D." over "Associate Professor", and its "Advising" block lists her students.
MAMYKINA_HOME = Path(__file__).parent / "data" / "homepage-heldout22" / "lena-mamykina-word" / "index.html"


def test_a_page_opening_with_a_name_over_a_professor_title_is_that_persons() -> None:
    records = read_html_pages([(MAMYKINA_HOME, "index.html")], venues(), organizations())[0].records
    found = {r.person: r for r in records if isinstance(r, Supervision)}
    assert {r.supervisor for r in found.values()} == {"Lena Mamykina"}
    assert people_of(list(found.values()))["Elliot Mitchell"] == ("phd", None, None)
    assert people_of(list(found.values()))["Yishen Miao"] == ("master", None, None)


# A genomics lab's list (Hugo): a linked title, the authors (a consortium among them), then the journal as PubMed or the
# publisher prints it, its date and notes after it ("Cancer Res . 2021 Aug 25;canres.…", "EPIGENOMICS, Published Online:…").
PUBMED_NOTES = """<h1>Publications</h1><h2>2021</h2><ul>
<li><a href="https://example.org/1">Epigenetic therapies in ovarian cancer alter repetitive element expression in a TP53-dependent manner</a><br>
Jameson I. McDonald, Noor Diab, Ting Wang, Katherine B. Chiappinelli<br>
Cancer Res . 2021 Aug 25;canres.4243.2020. doi: 10.1158/0008-5472.CAN-20-4243.</li>
<li><a href="https://example.org/2">Epigenomic programming in early fetal brain development</a><br>
Lili Li, Cecile L. Maire, Ting Wang, Martin Hirst<br>
EPIGENOMICS, Published Online:17 Jul 2020<a href="https://doi.org/10.2217/epi-2019-0319">https://doi.org/10.2217/epi-2019-0319</a></li>
<li><a href="https://example.org/3">Integrative analysis of 111 reference human epigenomes</a><br>
Roadmap Epigenomics Consortium, Anshul Kundaje, Wouter Meuleman, Jason Ernst, Misha Bilenky, Ting Wang, Manolis Kellis<br>
Nature 518, 317&ndash;330 (19 February 2015)</li>
<li><a href="https://example.org/4">Functional cis-regulatory modules encoded by mouse-specific endogenous retrovirus</a><br>
Vasavi Sundaram, Mayank N.K. Choudhary, Ting Wang<br>
Nature Communications 8, Article number: 14550 (2017)</li>
<li><a href="https://example.org/5">Mapping of Variable DNA Methylation Across Multiple Cell Types Defines a Dynamic Regulatory Landscape</a><br>
Junchen Gu, Michael Stevens, Ting Wang<br>
G3: GENES, GENOMES, GENETICS April 1, 2016 vol. 6 no. 4 973-986;</li>
<li><a href="https://example.org/6">Evidence of CNIH3 involvement in opioid dependence</a><br>
Elliot C. Nelson, Arpana Agrawal, Ting Wang<br>
Molecular Psychiatry advance online publication 4 August 2015; doi: 10.1038/mp.2015.102</li></ul>"""


def test_a_journal_without_the_date_and_notes_after_it_and_a_consortium_among_authors(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, PUBMED_NOTES, "Publications | Wang Lab") if isinstance(w, Work)}
    therapies = works["Epigenetic therapies in ovarian cancer alter repetitive element expression in a TP53-dependent manner"]
    assert (therapies.venue_as_written, therapies.year) == ("Cancer Res", 2021)
    assert works["Epigenomic programming in early fetal brain development"].venue_as_written == "EPIGENOMICS"
    roadmap = works["Integrative analysis of 111 reference human epigenomes"]
    assert roadmap.authors[:2] == ("Roadmap Epigenomics Consortium", "Anshul Kundaje") and roadmap.venue_as_written == "Nature"
    venues = {title.split()[0]: work.venue_as_written for title, work in works.items()}
    assert (venues["Functional"], venues["Mapping"], venues["Evidence"]) == (
        "Nature Communications",
        "G3: GENES, GENOMES, GENETICS",
        "Molecular Psychiatry",
    )


# A lab's alumni list with one year each: a graduate's year is the year they left with their degree; an undergraduate's
# year of a research award ("URA") is the year of their stay.
ONE_YEAR_ALUMNI = """<h2>Alumni</h2><h3>PhD students</h3><ul><li>Anna Keller (2019)</li></ul>
<h3>Undergraduate students</h3><ul><li>Carina Lai (URA, 2019)</li><li>Jared Connoy (URA, 2020)</li></ul>"""


def test_an_alumnus_one_year_ends_a_degree_but_is_the_whole_of_a_stay(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, ONE_YEAR_ALUMNI, "People | Steven Vamosi"))
    assert people["Anna Keller"] == ("phd", None, 2019)
    assert people["Carina Lai"] == ("research", 2019, 2019) and people["Jared Connoy"] == ("research", 2020, 2020)


# An epidemiology group's Hugo Apéro list (the real page, cut down): under "Peer-Reviewed Research", each paper a card
# with its title as a heading, its abstract, its date, and a byline "By A, B, C in <project>"; no journal is printed.
def _apero_card(title: str, abstract: str, date: str, authors: str) -> str:
    return f"""<div class="pb3 mb3 pt3 bt b--black-10 flex-l"><div class="flex flex-column w-100">
<header class="w-100"><h1 class="f4 mv1 lh-title underline"><a href="/research/x/" class="db">{title}</a></h1></header>
<p class="f6 lh-copy mv2 flex-auto measure-wide">{abstract}</p>
<footer class="w-100"><p class="f7 dib mv1">{date}</p><br />
<p class="f7 dib mv1">By {authors} in <a href="/categories/class-conflict-and-public-health">Class conflict and public health</a></p>
<p class="db pt1"><a class="btn-links mr2 ba dib" href="/pdf/x.pdf">Download</a><a class="btn-links mr2 ba dib" href="https://doi.org/10.1/x">DOI</a></p>
</footer></div></div>"""


APERO_RESEARCH = f"""<h1 class="f1 lh-solid measure-narrow mb3 fw4">Peer-Reviewed Research</h1>
<section><h2>2022</h2>
{
    _apero_card(
        "Structural sexism and Women’s alcohol use in the United States, 1988–2016",
        "Abstract Background Women’s alcohol consumption and binge drinking have increased from 1988 to 2016.",
        "April 1, 2022",
        "Sarah McKetta, Seth J. Prins, Deborah Hasin, Megan E. Patrick, Katherine M. Keyes",
    )
}
{
    _apero_card(
        "The politics of depression: Diverging trends in internalizing symptoms among US adolescents",
        "Abstract Adolescent internalizing symptoms have increased over the past decade in the US.",
        "January 1, 2022",
        "Catherine Gimbrone, Lisa M. Bates, Seth J. Prins, Katherine M. Keyes",
    )
}
{
    _apero_card(
        "Wage theft and life expectancy inequities in the United States: A simulation study",
        "Abstract Wage theft, employers not paying workers their legally entitled wages, is common.",
        "March 1, 2022",
        "Jerzy Eisenberg-Guyot, Katherine M. Keyes, Seth J. Prins, Sarah McKetta",
    )
}
</section>"""


def test_cards_of_a_titled_list_with_a_byline_and_an_abstract(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, APERO_RESEARCH, "Research | Critical Social Epidemiology") if isinstance(w, Work)}
    sexism = works["Structural sexism and Women’s alcohol use in the United States, 1988–2016"]
    assert sexism.authors == ("Sarah McKetta", "Seth J. Prins", "Deborah Hasin", "Megan E. Patrick", "Katherine M. Keyes")
    assert sexism.year == 2022 and not sexism.venue_as_written  # the abstract's years name no venue
    assert len(works) == 3 and all(w.authors[-1] != "Class conflict and public health" for w in works.values())


# A FrontPage publication list of a biomedical engineer (Drexel): "A, B, C and D, <a>Title,</a> <i>Journal</i>, vol:
# pages, year." — the linked title after the names; older entries with no link, only commas between names, title and
# the italic journal; a journal written as two italic runs (a theme's "<em>Nature </em><em>Oncogene</em>").
COMMAS_ONLY = """<h1>Publications</h1>
<p class="MsoListParagraph"><b><font face="Gill Sans MT" size="4">2018 </font></b></p>
<p class="MsoListParagraph"><font face="Gill Sans MT">Mukesh
Dhamala, <b>Hualou Liang</b>, Steven L. Bressler and Mingzhou Ding, &nbsp;<a href="publications/Dhamala.2018.pdf">Granger-Geweke
causality: estimation and interpretation,</a> <i>NeuroImage</i>, 175: 460 - 463, 2018. &nbsp;</font></p>
<p class="MsoPlainText"><span style="font-size:12.0pt">Yuqiao Gu, Björn Wahlund, Hans Liljenström, Dietrich von Rosen
and <b>Hualou Liang</b>, Studying Phase Shift of Clinical EEG Evoked by ECT, <i>Neurocomputing</i>,
Vol. 65-66, pp.475-483, 2005. </span></p>
<p><span style="font-size: 12.0pt">Qiuhua Lin, Fuliang Yin and <b>Hualou Liang</b>, A Fast Decryption Algorithm for
BSS-based Image Encryption, <i>Lecture Notes in Computer Science, </i> Vol.3973, 318 - 325, 2006.</span></p>
<p>M Pek, SMJM Yatim, Y Chen, J Li, M Gong, X Jiang, F Zhang*, <strong>J Zheng</strong>, X Wu, Q Yu,
<a href="https://www.nature.com/articles/onc2017120">Oncogenic KRAS-associate gene signature defines co-targeting of
CDK4/6 and MEK as a viable therapeutic strategy in colorectal cancer</a>. <em>Nature </em><em>Oncogene</em>, 2017.</p>
"""


def test_names_then_a_title_then_an_italic_journal_with_commas_only(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, COMMAS_ONLY, "Publications - Hualou Liang") if isinstance(w, Work)}
    granger = works["Granger-Geweke causality: estimation and interpretation"]
    assert granger.authors == ("Mukesh Dhamala", "Hualou Liang", "Steven L. Bressler", "Mingzhou Ding")
    assert (granger.venue or granger.venue_as_written, granger.year) == ("NeuroImage", 2018)
    phase = works["Studying Phase Shift of Clinical EEG Evoked by ECT"]
    assert phase.authors == ("Yuqiao Gu", "Björn Wahlund", "Hans Liljenström", "Dietrich von Rosen", "Hualou Liang")
    assert (phase.venue or phase.venue_as_written, phase.year) == ("Neurocomputing", 2005)
    lncs = works["A Fast Decryption Algorithm for BSS-based Image Encryption"]
    assert (lncs.venue or lncs.venue_as_written, lncs.authors[-1]) == ("Lecture Notes in Computer Science", "Hualou Liang")
    kras = works[
        "Oncogenic KRAS-associate gene signature defines co-targeting of CDK4/6 and MEK as a viable therapeutic strategy "
        "in colorectal cancer"
    ]
    assert (kras.venue or kras.venue_as_written, len(kras.authors)) == ("Nature Oncogene", 10)


# A Bootstrap Studio export of a neuroscience lab (Edinburgh): the alumni and the papers with other labs sit in folds
# that a button unfolds ("Alumni", "Collaborations"), each row a name in an <h5> and a role, each paper a card.
def _fold(ident: str, label: str, rows: str) -> str:
    return (
        f'<div><a class="btn" data-bs-toggle="collapse" aria-expanded="false" aria-controls="{ident}" href="#{ident}" '
        f'role="button">{label}<i class="fa fa-chevron-down"></i></a><div class="collapse" id="{ident}">{rows}</div></div>'
    )


_ALUMNUS = '<div class="row"><div class="col"><h5 class="d-inline"><strong>{}</strong></h5><span>|</span><p class="d-inline">{}</p></div></div>'
_CARD = '<div class="card"><div class="card-body"><h4>{}</h4><h6>{}</h6><h6>{}</h6></div></div>'
FOLDS = (
    "<h1>People</h1>"
    + '<div class="card"><h5><strong>Ian Duguid</strong></h5><p>Principal Investigator</p></div>'
    + '<div class="card"><h5><strong>Sophie Holland</strong></h5><p>PhD Student</p><p>She joined the lab in 2024.</p></div>'
    + _fold(
        "collapse-2",
        "Alumni",
        _ALUMNUS.format("Matt Colligan", "PhD Student")
        + _ALUMNUS.format("Joshua Dacre", "Postdoctoral Fellow")
        + _ALUMNUS.format("Marie Zechner", "Research Assistant"),
    )
)
PAPER_FOLDS = (
    "<h1>Publications</h1>"
    + _CARD.format("Motor thalamus supports striatum-driven reaching", "Joshua Dacre, Ian Duguid", "Nature Neuroscience (2021)")
    + _CARD.format("Cortical dynamics of learned reaching in mice", "Matt Colligan, Ian Duguid", "Neuron (2023)")
    + _CARD.format("Noradrenergic control of movement vigour", "Stephen Currie, Ian Duguid", "Current Biology (2022)")
    + _fold(
        "collapse-1",
        "Collaborations",
        _CARD.format("Behavioral state coding by molecularly defined cell types", "Janelle MP Pakan, Ian Duguid", "eLife (2016)")
        + _CARD.format("Cerebellar granule cells encode the expectation of reward", "Mark J Wagner, Ian Duguid", "Nature (2017)")
        + _CARD.format("Dendritic spikes in cerebellar stellate cells", "Federico Claudi, Ian Duguid", "Neuron (2018)"),
    )
)


def test_folds_a_button_unfolds_are_read_under_its_label(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, FOLDS, "People | Duguid Lab"))
    assert kinds_of(people) == {
        "Sophie Holland": "phd",
        "Matt Colligan": "phd",
        "Joshua Dacre": "postdoc",
        "Marie Zechner": "research",
    }
    (tmp_path / "papers").mkdir()
    titles = {w.title for w in read(tmp_path / "papers", PAPER_FOLDS, "Publications | Duguid Lab") if isinstance(w, Work)}
    assert "Cerebellar granule cells encode the expectation of reward" in titles and len(titles) == 6


# A statistician's Jekyll lab page: papers under year headings, "Under revision" in the venue's place, and a prize noted
# in brackets under a paper ("[Selected as a winner of 2018 …]"), which names neither its venue nor its year.
NOTED_PAPERS = """<h1>Publications</h1><h3 id="revision">Under Revision</h3>
<p><em>Two-sample projection test for high-dimensional functional data</em> <br />
Kim, H. and Park, J. <br />
Under revision</p>
<h3 id="2017">2017</h3>
<p><em>Oncodomains: A Protein Domain-Centric Framework for Analyzing Rare Variants in Tumor Samples</em> <br />
Peterson, T.,  Gauran, I.I.<sup>*</sup>,  Park, J.,  Park, D. and  Kann, M. <br />
PLOS Computational Biology, 13(4), e1005428. <a href="https://journals.plos.org/x">[Article Link]</a>  <br />
<em>[Selected as a winner of 2018 PLOS Computational Biology Research Prize]</em></p>
<p><em>Testing the homogeneity of risk differences with sparse count data</em> <br />
Park, J. and Gauran, I.I.<sup>*</sup> <br />
Statistics, 53(6), 1306-1328.   <a href="https://www.tandfonline.com/x">[Article Link]</a></p>"""


def test_a_status_is_no_venue_and_a_note_in_brackets_no_venue_nor_year(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, NOTED_PAPERS, "Publications - Junyong Park") if isinstance(w, Work)}
    revised = works["Two-sample projection test for high-dimensional functional data"]
    assert (revised.venue, revised.venue_as_written) == (None, None)
    prized = works["Oncodomains: A Protein Domain-Centric Framework for Analyzing Rare Variants in Tumor Samples"]
    assert (prized.venue or prized.venue_as_written, prized.year) == ("PLOS Computational Biology", 2017)


def test_two_cards_each_with_headings_in_the_same_places_are_records(tmp_path: Path) -> None:
    two = "<h1>Publications</h1>" + "".join(
        _CARD.format(title, authors, venue)
        for title, authors, venue in [
            ("Motor thalamus supports striatum-driven reaching", "Joshua Dacre, Ian Duguid", "Nature Neuroscience (2021)"),
            ("Cortical dynamics of learned reaching in mice", "Matt Colligan, Ian Duguid", "Neuron (2023)"),
        ]
    )
    works = [w for w in read(tmp_path, two, "Publications | Duguid Lab") if isinstance(w, Work)]
    assert [(w.title, w.authors[0], w.year) for w in works] == [
        ("Motor thalamus supports striatum-driven reaching", "Joshua Dacre", 2021),
        ("Cortical dynamics of learned reaching in mice", "Matt Colligan", 2023),
    ]


# A Quarto listing of a tropical ecologist: each field in a span classed by its name, the journal in
# "listing-publication" (and a blank volume and pages the template prints anyway).
QUARTO_LISTING = """<h1>Publications</h1><ul class="list">
<li data-index="11"><span class="listing-author ">Eric R. Scott, Maria Uriarte, Emilio M. Bruna</span>
<span class="listing-year">(2021)</span>
<span class="listing-title fw-bold">Delayed Effects of Climate on Vital Rates Lead to Demographic Divergence in Amazonian Forest Fragments.</span>
<span class="listing-publication fst-italic ">Global Change Biology.</span>
<span class="listing-volume ">:</span><span class="listing-pages ">none.</span><br>
<a href="../publications/articles/gcb_2021/index.html" class="btn">Abstract &amp; More »</a></li>
<li data-index="12"><span class="listing-author ">Emilio M. Bruna</span><span class="listing-year">(2019)</span>
<span class="listing-title fw-bold">Biotropica: The next 50 years.</span>
<span class="listing-publication fst-italic ">Biotropica.</span><span class="listing-volume ">51(1):</span>
<span class="listing-pages ">4-5.</span></li></ul>"""


def test_a_listing_names_its_journal_in_a_publication_class(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, QUARTO_LISTING, "Publications - Emilio M. Bruna") if isinstance(w, Work)}
    delayed = works["Delayed Effects of Climate on Vital Rates Lead to Demographic Divergence in Amazonian Forest Fragments"]
    assert (delayed.venue or delayed.venue_as_written, delayed.year) == ("Global Change Biology", 2021)
    assert delayed.authors == ("Eric R. Scott", "Maria Uriarte", "Emilio M. Bruna")
    next_years = works["Biotropica: The next 50 years"]
    assert (next_years.venue or next_years.venue_as_written, next_years.year) == ("Biotropica", 2019)


# People pages in French and Japanese: the group's headings and the roles written in the page's language.
FRENCH_PEOPLE = """<h1>Membres</h1><div class="card"><h3>Pierre Martin</h3><p>Professeur titulaire, directeur du laboratoire</p></div>
<h2>Doctorants</h2><ul><li>Camille Dubois (2021-)</li><li>Julien Roy (2020-)</li></ul>
<h2>Étudiants à la maîtrise</h2><ul><li>Léa Gagnon (2023-)</li></ul>
<h2>Postdoctorants</h2><ul><li>Hugo Lefebvre (2022-)</li></ul>
<h2>Anciens membres</h2><ul><li>Sophie Girard, doctorante (2015-2020)</li><li>Marc Tremblay, stagiaire (2019)</li></ul>"""


def test_people_headings_and_roles_in_french(tmp_path: Path) -> None:
    french = people_of(read(tmp_path, FRENCH_PEOPLE, "Membres - Laboratoire Pierre Martin"))
    assert kinds_of(french) == {
        "Camille Dubois": "phd",
        "Julien Roy": "phd",
        "Léa Gagnon": "master",
        "Hugo Lefebvre": "postdoc",
        "Sophie Girard": "phd",
        "Marc Tremblay": "research",
    }
    assert french["Sophie Girard"][1:] == (2015, 2020)


def test_headings_and_roles_of_people_in_japanese_spanish_and_german() -> None:
    from scholargraph.sources.homepage.html_sections import kind_of
    from scholargraph.sources.homepage.people import supervision_kind

    assert [kind_of(text) for text in ("博士課程", "修士課程", "卒業生", "Estudiantes de doctorado", "Ehemalige")] == [
        ("people", "PhD student"),
        ("people", "Master student"),
        ("people", "Alumnus"),
        ("people", "PhD student"),
        ("people", "Alumnus"),
    ]
    kinds = [
        supervision_kind(role).value
        for role in ("客員研究員", "Doktorandin", "Mestrando", "Postdoctorante", "Chercheuse invitée")
    ]
    assert kinds == ["visit", "phd", "master", "postdoc", "visit"]


# A Quarto supervision page (Le Gallo): "PhD Students" over "Current" and "Completed" tables whose first column is
# headed "Student" and whose current members' column is headed "Since".
SUPERVISION_TABLES = """<h1>Supervision</h1>
<h2>PhD Students</h2>
<h3>Current</h3>
<table><thead><tr><th>Student</th><th>Since</th><th>Co-supervisor(s)</th><th>Partner</th></tr></thead>
<tbody>
<tr><td>Simon DELAGE</td><td>2024</td><td>M.-L. Breuillé (INRAE)</td><td>Geoptis</td></tr>
<tr><td>Ivan MARIN</td><td>2023</td><td>J. Dubé (Univ. Laval, Canada)</td><td>&#8212;</td></tr>
</tbody></table>
<h3>Completed</h3>
<table><thead><tr><th>Student</th><th>Years</th><th>Co-supervisor(s)</th><th>Partner</th></tr></thead>
<tbody>
<tr><td>Capucine CHAPEL</td><td>2020&#8211;2023</td><td>M. Hilal (INRAE)</td><td>&#8212;</td></tr>
<tr><td>Oudah YOBOM</td><td>2016&#8211;2020</td><td>&#8212;</td><td>&#8212;</td></tr>
</tbody></table>
"""


def test_a_tables_student_column_takes_its_sections_role_and_a_since_column_runs_on(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, SUPERVISION_TABLES, "Supervision – Julie Le Gallo"))
    assert people == {
        "Simon DELAGE": ("phd", 2024, None),
        "Ivan MARIN": ("phd", 2023, None),
        "Capucine CHAPEL": ("phd", 2020, 2023),
        "Oudah YOBOM": ("phd", 2016, 2020),
    }


# An Astro lab site (Sakata lab): a paper's "pub-meta" line holds its authors and, inside it, its "pub-venue"; the
# home page's short list gives year, title and venue only (a journal's name is no author list).
_META = (
    '<div class="pub-item"><div class="pub-title">{}</div><div class="pub-meta"> {} · '
    '<span class="pub-venue">{}</span> </div></div>'
)
_COMPACT = '<div class="pub-item-compact"><span class="pub-year">{}</span> <span class="pub-title">{}</span> <span class="pub-venue">{}</span></div>'


def test_a_meta_line_holds_the_authors_and_a_venue_alone_is_no_author_list(tmp_path: Path) -> None:
    papers = [
        (
            "Mid-career pitfall of consecutive success in science",
            "N. Higashide, T. Miura, Y. Tomokiyo, et al.",
            "Scientific Reports",
            2024,
        ),
        (
            "Quantifying progress in research topics across nations",
            "K. Asatani, S. Oki, T. Momma, &amp; I. Sakata",
            "Scientific Reports",
            2023,
        ),
        (
            "Tracing the evolution of household carbon emission research",
            "Y. Long, L. Huang, &amp; I. Sakata",
            "Environmental Impact Assessment Review",
            2025,
        ),
    ]
    listed = "".join(_META.format(title, authors, f"{venue} ({year})") for title, authors, venue, year in papers)
    works = {
        w.title: w
        for w in read(tmp_path, f"<h1>論文</h1><div class='pub-list'>{listed}</div>", "論文 | 坂田研究室")
        if isinstance(w, Work)
    }
    assert works["Mid-career pitfall of consecutive success in science"].authors == ("N. Higashide", "T. Miura", "Y. Tomokiyo")
    assert (
        works["Tracing the evolution of household carbon emission research"].venue_as_written
        == "Environmental Impact Assessment Review"
    )
    compact = "".join(_COMPACT.format(year, title, venue) for title, _, venue, year in papers)
    shown = [
        r for r in read(tmp_path, f"<h2>Publications</h2><div class='pubs'>{compact}</div>", "坂田研究室") if isinstance(r, Work)
    ]
    assert all(venue not in work.authors for work in shown for _, _, venue, _ in papers)


# The members page of the same site: cards of an avatar (a grade, "D4", or an initial) and a name written family
# name first with a space ("工藤 祥浩"), under headings of doctoral and master students.
_MEMBER = '<div class="member"><div class="member-avatar">{}</div><div class="member-info"><div class="member-name">{}</div></div></div>'


def test_member_cards_with_an_avatar_and_japanese_names_with_a_space(tmp_path: Path) -> None:
    section = '<div class="members-section"><div class="members-section-title">{}</div><div class="members-list">{}</div></div>'
    head = '<div class="member"><div class="member-avatar">坂</div><div class="member-info"><div class="member-name">坂田 一郎</div><div class="member-role">教授</div></div></div>'
    body = (
        f"<h1>メンバー</h1>{head}"
        + section.format(
            "博士課程",
            "".join(
                _MEMBER.format(grade, name) for grade, name in [("D4", "工藤 祥浩"), ("D2", "Rikuei Kaku"), ("D1", "盧 慧敏")]
            ),
        )
        + section.format("修士課程", "".join(_MEMBER.format("M2", name) for name in ["岸本 駿", "尾藤 実伽子"]))
    )
    assert kinds_of(people_of(read(tmp_path, body, "メンバー | 坂田研究室"))) == {
        "工藤 祥浩": "phd",
        "Rikuei Kaku": "phd",
        "盧 慧敏": "phd",
        "岸本 駿": "master",
        "尾藤 実伽子": "master",
    }


def test_two_characters_with_a_space_are_no_name() -> None:
    from scholargraph.sources.homepage.html_people import person_name

    assert [person_name(text) for text in ("読 書", "旅 行", "磯沼 大", "盧 慧敏")] == [None, None, "磯沼 大", "盧 慧敏"]
    assert [person_name(text) for text in ("修士", "学士", "修士課程")] == [None, None, None]  # degrees, no one's name


# A French lab's hand-written members page (Joly lab): the site calls itself "Labo Joly", its head is the
# "Chercheur principal", students are "Étudiant(e) au doctorat", and former members are listed one a line with the
# degree done here after the name ("M.Sc., U Montreal, 2024").
LABO = """<h1>Membres du laboratoire</h1>
<div class="col-md-4"><h4>Simon Joly</h4><h5>Chercheur principal</h5><p>Évolution et écologie des plantes</p></div>
<div class="col-md-4"><h4>Jérôme Burkiewicz</h4><h5>Étudiant au doctorat</h5><p>Forme des fleurs</p></div>
<div class="col-md-4"><h4>Sufia Khader</h4><h5>Étudiante à la maîtrise</h5><p>Génétique de la conservation</p></div>
<h1>Anciens</h1>
<p>
<strong>Loudmila Lagou</strong>, M.Sc., Ludwig Maximilian University of Munich, 2024<br/>
<strong>Carolina Vergolino</strong>, M.Sc., U Montreal, 2024<br/>
<strong>Juliet Yehia</strong>, B.Sc. honnor, U Montreal, 2024-2025<br/>
</p>"""


def test_a_french_labs_head_students_and_the_degree_done_after_a_former_members_name(tmp_path: Path) -> None:
    records = read(tmp_path, LABO, "Labo Joly")
    people = people_of(records)
    assert kinds_of(people) == {
        "Jérôme Burkiewicz": "phd",
        "Sufia Khader": "master",
        "Loudmila Lagou": "master",
        "Carolina Vergolino": "master",
        "Juliet Yehia": "research",
    }
    assert {r.supervisor for r in records if isinstance(r, Supervision)} == {"Simon Joly"}


# A hand-written list (Zhang lab): the quoted title written against the comma before it, with no space.
GLUED_QUOTES = """<h1>Publications</h1><ul>
<li> Z. Chen, A. Edwards, and K. Zhang*,"Fusion Lasso and Its Applications to Cancer Subtype and Stage Prediction", Proceedings of the 11th ACM International Conference on Bioinformatics, 2020 </li>
<li> W. Zhang, Y. Dong, K. Zhang*, "Gene Expression Analysis Reveals a Pitfall in the Molecular Research of Prostate Tumors", Proceedings of AACR 2020 annual meeting </li>
<li> Z. Fang, et al. K. Zhang, et al.,"SPIN1 promotes tumorigenesis by blocking the uL18-MDM2-p53 pathway in human cancer", Elife, 2018 </li>
</ul>"""


def test_a_quoted_title_written_against_the_comma_before_it(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, GLUED_QUOTES, "Publications | Kun Zhang") if isinstance(w, Work)}
    fusion = works["Fusion Lasso and Its Applications to Cancer Subtype and Stage Prediction"]
    assert fusion.authors == ("Z. Chen", "A. Edwards", "K. Zhang")


# A Hugo Academic list (Kim lab) that lists one title twice, by two teams: two works, not one paper listed twice.
TWO_TEAMS = """<h1>Publications</h1><ul>
<li>Experimental study of interfacial structure of horizontal air-water two-phase flow. Ran Kong, Adam Rau, Seungjin Kim. Nuclear Engineering and Design, 2018.</li>
<li>Experimental study of interfacial structure of horizontal air-water two-phase flow. Y. Jin, D. Miller, Seungjin Kim. International Journal of Heat and Mass Transfer, 2014.</li>
<li>Local liquid velocity in vertical air-water downward flow. X. Sun, S.S. Paranjape, Seungjin Kim. Journal of Fluids Engineering, 2004.</li>
<li>Local liquid velocity in vertical air-water downward flow. X. Sun, S.S. Paranjape, Seungjin Kim. Journal of Fluids Engineering, 2004.</li>
</ul>"""


def test_one_title_by_two_teams_is_two_works_and_a_paper_listed_twice_is_one(tmp_path: Path) -> None:
    works = [w for w in read(tmp_path, TWO_TEAMS, "Publications | Seungjin Kim") if isinstance(w, Work)]
    assert sorted((w.title.split()[0], w.authors[0]) for w in works) == [
        ("Experimental", "Ran Kong"),
        ("Experimental", "Y. Jin"),
        ("Local", "X. Sun"),
    ]


# A Quarto students page (Fourie): a table of PhD graduates whose columns are "Year completed" and
# "Co-supervisor(s)" — the year ends their time here; the co-supervisors supervise with the owner, not instead.
COMPLETED_TABLE = """<h1>Students</h1><h2>PhD students</h2>
<table><thead><tr><th>Student</th><th>Year completed</th><th>Co-supervisor(s)</th><th>Where they are now</th></tr></thead>
<tbody>
<tr><td>Jeanne Cilliers</td><td>2016</td><td>–</td><td>Lund University</td></tr>
<tr><td>Abel Gwaindepi</td><td>2018</td><td>Krige Siebrits; Leigh Gardner</td><td>University of Copenhagen</td></tr>
<tr><td>Calumet Links</td><td>2021</td><td>Dieter von Fintel; Erik Green</td><td>Stellenbosch University</td></tr>
</tbody></table>"""


def test_a_year_completed_column_ends_the_period_and_co_supervisors_supervise_with_the_owner(tmp_path: Path) -> None:
    records = [r for r in read(tmp_path, COMPLETED_TABLE, "Students – Johan Fourie") if isinstance(r, Supervision)]
    assert people_of(records) == {
        "Jeanne Cilliers": ("phd", None, 2016),
        "Abel Gwaindepi": ("phd", None, 2018),
        "Calumet Links": ("phd", None, 2021),
    }
    abel = next(r for r in records if r.person == "Abel Gwaindepi")
    assert (abel.supervisor, abel.cosupervisors) == ("Johan Fourie", ("Krige Siebrits", "Leigh Gardner"))


def test_an_abbreviation_in_brackets_after_a_name_is_no_part_of_it() -> None:
    """A fellowship or a post after a name on a chemistry group's cards ("Ankita Bal (SRF)", "Monojit Das (RA)")."""
    from scholargraph.sources.homepage.html_people import person_name

    assert [person_name(text) for text in ("Ankita Bal (SRF)", "Monojit Das (RA)", "Le Zhang (Joy)")] == [
        "Ankita Bal",
        "Monojit Das",
        "Le Zhang",
    ]


def test_joined_the_group_in_a_month_written_with_a_hyphen(tmp_path: Path) -> None:
    cards = "".join(
        f"<div class='card'><h3>{name}</h3><p>Hometown: Bandel</p><p>joined this group in {when}</p></div>\n"
        for name, when in [("Sudip Sau", "Aug-2017"), ("Ashis Mathuri", "Jan-2019")]
    )
    people = people_of(read(tmp_path, f"<h1>People</h1><h2>PhD Researchers</h2>{cards}", "People | Prasenjit Mal"))
    assert people == {"Sudip Sau": ("phd", 2017, None), "Ashis Mathuri": ("phd", 2019, None)}


# A theory professor's hand-written list (Chakrabarty): bold title, then "with A, B, and C." on a line of its own — the
# owner's name is never printed — then "In <i>Journal, 2020.</i> Previous version in <i>Proc. ICALP 2016.</i>"
WITH_LINE_LIST = """<div id="headername"><a href="./index.htm">Deeparnab Chakrabarty</a></div>
<h2>List of Publications</h2><ul>
<li><b> Parallel Submodular Function Minimization</b> <a href="https://arxiv.org/pdf/2309.04643">[pdf] </a><br>
    with Andrei Graur, Haotian Jiang, and Aaron Sidford.<br>
    In <i> Proc. NeurIPS 2023. </i> <font color="brown">Spotlight.</font></li>
<li><b> The Non-Uniform k-Center Problem.</b> <a href="./PUBS/CGK20.pdf"> [pdf] </a><br>
    with Prachi Goyal, Ravishankar Krishnawamy.<br>
    In <i> ACM Trans. on Algorithms (TALG), 2020.</i> . Previous version in <i>Proc. ICALP 2016.</i></li>
<li><b> Better and Simpler Error Analysis of the Sinkhorn-Knopp Algorithm for Matrix Scaling</b> <a href="./PUBS/CK21.pdf">[pdf] </a><br>
    with Sanjeev Khanna.<br>
    In <i> Math. Programming. 188(1): 395-407, (2021) </i>. Previous version in <i>Proc. SOSA 2018</i>.</li>
</ul>"""


def test_a_with_line_names_the_owners_co_authors_and_a_previous_version_gives_no_year(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, WITH_LINE_LIST, "Deeparnab Chakrabarty") if isinstance(w, Work)}
    parallel = works["Parallel Submodular Function Minimization"]
    assert parallel.authors == ("Deeparnab Chakrabarty", "Andrei Graur", "Haotian Jiang", "Aaron Sidford")
    center = works["The Non-Uniform k-Center Problem"]
    assert center.authors == ("Deeparnab Chakrabarty", "Prachi Goyal", "Ravishankar Krishnawamy") and center.year == 2020
    assert works["Better and Simpler Error Analysis of the Sinkhorn-Knopp Algorithm for Matrix Scaling"].year == 2021


def test_a_class_year_written_against_a_name_is_when_the_student_graduates(tmp_path: Path) -> None:
    """Undergraduates listed with their class ("Emily Gao'24", "Luc Cote '23") on a professor's students page."""
    rows = "".join(
        f'<li><a href="https://example.org/{i}">{name}</a> (Senior Thesis student). <a href="t">Thesis</a></li>\n'
        for i, name in enumerate(["Emily Gao'24", "Luc Cote '23 ", "Paul de Supinski ’19"])
    )
    body = f"<p><b>Students</b></p><ul><li><a href='a'>Hang Liao</a> (PhD Student, 2020 - )</li>{rows}</ul>"
    people = people_of(read(tmp_path, body, "Deeparnab Chakrabarty"))
    assert people == {
        "Hang Liao": ("phd", 2020, None),
        "Emily Gao": ("research", None, 2024),
        "Luc Cote": ("research", None, 2023),
        "Paul de Supinski": ("research", None, 2019),
    }


# A Chinese psychology lab's Wowchemy list: each author in a span of its own, written family name first with a comma
# ("Chuan-Peng, H"), some in Vancouver style ("Hu C-P"), "..." before a name where authors were left out.
SPANNED_AUTHORS = """<h1>Publications</h1>
<div class="pub-list-item view-citation"><span class="article-metadata li-cite-author">
  <span>Zhiyi Chen</span>, <span>Bowen Hu</span>, <span>... Chuan-Peng, H</span></span>
  (2023). <a href="/zh/publication/a/">Sampling inequalities affect generalization of neuroimaging-based classifiers</a>.
  In <em>BMC medicine</em>.</div>
<div class="pub-list-item view-citation"><span class="article-metadata li-cite-author">
  <span>Liu, Y</span>, <span>Hu C-P</span>, <span>Fan, F</span></span>
  (2022). <a href="/zh/publication/b/">A new perspective of substance addiction based on network theory</a>.
  In <em>Adv Psych Sci</em>.</div>"""


def test_each_span_of_an_author_list_is_one_author_turned_round_at_its_comma(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, SPANNED_AUTHORS, "Publications | Chuan-Peng Lab") if isinstance(w, Work)}
    assert works["Sampling inequalities affect generalization of neuroimaging-based classifiers"].authors == (
        "Zhiyi Chen",
        "Bowen Hu",
        "H Chuan-Peng",
    )
    assert works["A new perspective of substance addiction based on network theory"].authors == ("Y Liu", "C-P Hu", "F Fan")


def test_now_ending_a_period_is_no_next_position(tmp_path: Path) -> None:
    """A Wowchemy team card: the period "Sep. 2025 ~ Now", then a motto; the member is still here."""
    cards = "".join(
        '<div class="media stream-item"><div class="media-body"><div class="section-subheading article-title">'
        f'<a href="/zh/project/{i}/">{name}</a></div><a href="/zh/project/{i}/" class="summary-link">'
        f'<div class="article-style"><strong>{period}</strong> <br/> {motto}</div></a></div></div>\n'
        for i, (name, period, motto) in enumerate(
            [("Ziwei Ren", "Sep. 2025 ~ Now", "Beyond what I imagined"), ("Wanke Pan", "Sep. 2023 ~ Now", "Know thyself")]
        )
    )
    people = people_of(read(tmp_path, f"<h1>Team</h1><h2>Graduate students</h2>{cards}", "Hu Chuan-Peng"))
    assert people == {"Ziwei Ren": ("phd", 2025, None), "Wanke Pan": ("phd", 2023, None)}


# A psycholinguistics lab's APA list of talks and posters (Hugo): "Poster presented at the …" says how the work was
# given; the meeting is its venue.
PRESENTED_AT = """<h1>Publications</h1><h2>Talks &amp; Presentations</h2>
<p>Mech, E. N., Montag, J. L., Kroll, J. F. (2018). The consequences of bilingualism for category learning. Poster
presented at the International Conference on Learning and Memory.</p>
<p>Willits, J. A., Montag, J. L., Yang, S. (2017). What words do children learn first? Using known words to bootstrap
the acquisition of new words. Talk presented at the 42nd Annual Boston University Conference on Language Development.</p>
"""


def test_a_poster_presented_at_a_meeting_has_the_meeting_as_venue(tmp_path: Path) -> None:
    works = [w for w in read(tmp_path, PRESENTED_AT, "Publications | Learning & Language Lab") if isinstance(w, Work)]
    assert [(w.venue or w.venue_as_written) for w in works] == [
        "International Conference on Learning and Memory",
        "42nd Annual Boston University Conference on Language Development",
    ]


def test_the_words_of_a_field_are_no_ones_name() -> None:
    """A Quarto lab site titled "Machine Learning in Psychology": no owner called "Machine Learning"."""
    from scholargraph.sources.homepage.html_people import person_name

    assert [person_name(text) for text in ("Machine Learning", "Quantum Computing", "Ming Ding", "Jane Manning")] == [
        None,
        None,
        "Ming Ding",
        "Jane Manning",
    ]


def test_degrees_and_exams_before_joining_are_no_period(tmp_path: Path) -> None:
    """A chemistry group's Gatsby cards: "B.Sc-2014 (Vidyasagar University), M.Sc.-2016 (IIT Madras)", exams passed
    ("Qualified GATE-2016, NET(UGC)-2018"), then "Joined this group in July 2016": the member came in 2016, still here."""
    cards = "".join(
        f"<div class='card'><h3>{name}</h3><p>B.Sc-{year - 2} (Vidyasagar University), M.Sc.-{year} (IIT Madras)</p>"
        f"<p> Qualified GATE-{year}, NET(UGC)-{year + 2}</p><p>Joined this group in July {year}</p>"
        "<p>Hometown: Dantan, West Bengal</p></div>\n"
        for name, year in [("Milan Pramanik", 2016), ("Sudip Sau", 2017)]
    )
    people = people_of(read(tmp_path, f"<h1>People</h1><h2>PhD Researchers</h2>{cards}", "People | Prasenjit Mal"))
    assert people == {"Milan Pramanik": ("phd", 2016, None), "Sudip Sau": ("phd", 2017, None)}


# A bioseparations lab's Jekyll alumni page: "Name: “thesis title”, degree conferred in YEAR. current job" — the
# dissertations of the lab's doctoral graduates, no degree named.
DEGREE_CONFERRED = """<h3 id="alumni">Alumni</h3><hr />
<p><b>Guhan Subramanian</b>: “Displacement Chromatography of Biomolecules”, degree conferred in 1990. Vice President
Process and Product Development, Amgen.</p>
<p><b>Michael Phillips</b>: “Optimization and Scale-Up of Displacement Chromatography”, degree conferred in 1991.
Director, Bioprocess Development, EMD Millipore.</p>
<p><b>Dauh-Rung Wu</b>: “Multiphase Enzyme Reactors for Organic Synthesis”, degree conferred in 1991. Research
Scientist, Bristol Myers Squibb.</p>"""


def test_a_thesis_title_and_its_degree_conferred_is_a_doctoral_graduate(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, DEGREE_CONFERRED, "Alumni | Steven M. Cramer"))
    assert people == {
        "Guhan Subramanian": ("phd", None, 1990),
        "Michael Phillips": ("phd", None, 1991),
        "Dauh-Rung Wu": ("phd", None, 1991),
    }


# A bioinformatics lab's hand-written alumni list: paragraphs that label the people after them, with where in
# brackets ("Former PhD students (at NTU):", "Project Officers / Research Associates (at NTU):").
LABELS_WITH_WHERE = """<h2>Alumni (partial list):</h2>
<p>Postdoc Fellows (at Nanyang Technological University, Singapore):</p>
<p>Dr. MA Lichun (Oct. 2016 - Oct. 2017): currently Research Fellow at National Cancer Institute, NIH, USA </p>
<p>Dr. CHONG Ket Hing (May 2015 - May 2018, PhD, Lincoln University, New Zealand): currently Research Fellow at Toronto</p>
<p>&nbsp;</p>
<p>Former PhD students (at NTU): </p>
<p align="left">Mr. Shital Kumar MISHRA (Aug. 2012 - Aug. 2016) PhD project: Machine learning methods for predicting
cancer drug effects Current position: Postdoc Fellow, Soochow University, China</p>
<p>Project Officers / Research Associates (at NTU): </p>
<p>Ms. LI Xue-Juan (Sept. 2012 - Jul. 2014) </p>"""


def test_a_label_naming_where_in_brackets_gives_its_role_to_the_people_after_it(tmp_path: Path) -> None:
    assert kinds_of(people_of(read(tmp_path, LABELS_WITH_WHERE, "People | Jie Zheng"))) == {
        "MA Lichun": "postdoc",
        "CHONG Ket Hing": "postdoc",  # the doctorate beside the period is the degree he holds
        "Shital Kumar MISHRA": "phd",
        "LI Xue-Juan": "research",
    }


# A protein-design lab's alumni paragraph (HTML5 UP): labels and people one per line, each opening with the term
# they left ("Fall 24 - Name (MS in CBE). Now: …"), "REUs:" over the undergraduates.
TERMS_BEFORE_NAMES = """<h2>Alumni</h2><h5><p>
Graduate Students: <br> <br>
Fall 25 - Sakib Ferdous.<span style="font-weight: bold;"> Now</span>: Bioinformatics Scientist, Corteva <br> <br>
Spring 24 - Yee Chuen Teoh (MS in Computer Science) <span style="font-weight: bold;">Now</span>: Software Engineer <br> <br>
<br> <br>
REUs: <br> <br>
Spring 23 - Spring 25 Jack Girton (CBE) <span>Now</span>: PhD student, UMinnesota <br> <br>
Summer 23 - Naomi Mauss (Research Intern, CBE). <br> <br>
</p></h5>"""


def test_a_term_before_a_name_is_when_the_alumnus_left(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, TERMS_BEFORE_NAMES, "Members | Ratul Chowdhury"))
    assert people == {
        "Sakib Ferdous": ("phd", None, 2025),
        "Yee Chuen Teoh": ("master", None, 2024),
        "Jack Girton": ("research", 2023, 2025),
        "Naomi Mauss": ("research", 2023, 2023),
    }


def test_the_owner_written_out_on_the_team_page_is_not_a_member(tmp_path: Path) -> None:
    """A Quarto lab site whose papers write its head "D. Goretzko" lists him first, written out, with links only."""
    cards = "".join(
        f"<div class='card'><h3>{name}</h3><p>{role}</p></div>\n"
        for name, role in [
            ("Prof. Dr. David Goretzko", "Google Scholar | University Homepage"),
            ("Dr. Philipp Sterner", "Postdoctoral Researcher"),
            ("Mareike Ebert", "PhD Candidate in Psychology"),
        ]
    )
    people = people_of(read(tmp_path, f"<h1>Team</h1><h2>Researchers</h2>{cards}", "Team | D. Goretzko"))
    assert people == {"Philipp Sterner": ("postdoc", None, None), "Mareike Ebert": ("phd", None, None)}


def test_a_venue_with_a_year_inside_its_name_is_read_whole_by_the_entry_model() -> None:
    """A jemdoc page of an aerospace engineer: "in Proc. 2024 KSAS Spring Conference, pp.227-228, Apr. 2024." — the
    entry model stops the venue at the year inside its name ("Proc."); the citation labeller reads it whole."""
    import lxml.html

    from scholargraph.identity.aliases import organizations, venues
    from scholargraph.sources.homepage.context import Context
    from scholargraph.sources.homepage.html_entries import read_citation

    item = lxml.html.fragment_fromstring(
        "<li><p>D.-U. Kim, G. Park, and J.-H. Kim, &ldquo;<a href='https://dbpia.co.kr/x'>A Distributed Optimization "
        "Technique for Optimal Formation Flight</a>,&rdquo; in Proc. 2024 KSAS Spring Conference, pp.227-228, Apr. 2024."
        "</p></li>"
    )
    citation, _ = read_citation(item, Context("publications.html", venues(), organizations(), "Jong-Han Kim"), modelled=True)
    assert citation is not None and citation.how == "entry model"
    assert (citation.venue, citation.year) == ("Proc. 2024 KSAS Spring Conference", 2024)


def test_a_link_beside_an_entry_is_no_venue() -> None:
    """Buttons after a paper ("Read More" on a Hugo lab's cards, "Supplemental" on an econometrician's list, "Scholar"
    on a Blowfish site) are where to read more, not where it was published."""
    from scholargraph.sources.homepage.html_entries import venue_name

    written = ["Read More", "Supplemental", "Scholar", "[Supplementary material]", "Journal of Econometrics, 2021"]
    assert [venue_name(text) for text in written] == ["", "", "", "", "Journal of Econometrics"]


# A Spanish hand-written page of graduates (Schaeffer): "Egresados", a table whose header names its columns
# ("Nivel | Fecha | Estudiante | Título de la tesis") and whose rows give the degree and the day of the defence.
SPANISH_GRADUATES = """<h1>Egresados</h1>
<table class="data-table">
<tr><th>Nivel</th><th>Fecha</th><th>Estudiante</th><th>Título de la tesis</th></tr>
<tr><td>Doctorado</td><td>18 mayo 2022</td><td>Daniela Escobedo Belloc</td><td><a href="t/a.pdf">Conducta social de
pacientes en juegos socioeconómicos de cooperación</a></td></tr>
<tr><td>Lic.</td><td>10 agosto 2021</td><td>Mario Alberto Flores Hernández</td><td><a href="t/b.pdf">Detección de
melanoma de piel mediante segmentación semántica</a></td></tr>
<tr><td>M.Sc.</td><td>18 septiembre 2019</td><td>José Alberto Benavides Vázquez</td><td><a href="t/c.pdf">Agrupamiento
no supervisado de series de tiempo epidemiológicas de México entre 2005 y 2015</a></td></tr>
</table>"""


def test_a_table_of_graduates_in_spanish_gives_people_not_papers(tmp_path: Path) -> None:
    records = read(tmp_path, SPANISH_GRADUATES, "Egresados — Elisa Schaeffer")
    assert not [r for r in records if isinstance(r, Work)]
    assert people_of(records) == {
        "Daniela Escobedo Belloc": ("phd", None, 2022),
        "Mario Alberto Flores Hernández": ("research", None, 2021),
        "José Alberto Benavides Vázquez": ("master", None, 2019),
    }


# Past undergraduates, each with one year: the year a degree was taken, or a bare year, is when they left; the year of a post
# (an undergraduate research award, "URA") or a term ("Fall 2024") is when they were here (Vamosi, Abdullah Al Amin).
ONE_YEAR_UNDERGRADUATES = """<h1>People</h1><h2>Former Lab Members</h2>
<p><strong><u>Undergraduate students</u></strong><br />
<b>Alice Hartley</b> (NSERC URA, 2023) - variation in bull trout redd sites<br />
<b>Jared Connoy</b> (BSc, 2020) - amphibian populations<br />
<b>Carina Lai</b> (2019) - aposematism in long-toed salamanders<br />
<b>Ian Wall</b> (Undergraduate Researcher Fall 2024) - thermal processes<br />
</p>"""


def test_one_year_of_a_past_member_ends_their_time_unless_a_post_or_term_was_held(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, ONE_YEAR_UNDERGRADUATES, "Steven M. Vamosi"))
    assert people == {
        "Alice Hartley": ("research", 2023, 2023),
        "Jared Connoy": ("research", None, 2020),
        "Carina Lai": ("research", None, 2019),
        "Ian Wall": ("research", 2024, 2024),
    }


# A jemdoc students page (Premkumar): a heading naming degrees with slashes ("MDes/ME/MTech") over a table whose first
# row names its columns ("Sl. No. | Year | Student's Name | Roll No. | Title of the Thesis"): each row a student who
# finished a thesis in that year.
THESIS_TABLE = """<h1>Students</h1><h2>PhD </h2><ul><li><p>Teena Mary Treesa</p></li></ul>
<h2>MDes/ME/MTech </h2>
<table><tr class="r1"><td>Sl. No.</td><td>Year</td><td> Student's Name </td><td> Roll No. </td><td> Title of the Thesis </td></tr>
<tr class="r2"><td>24</td><td> 2022 </td><td> Geeta J. </td><td> CDS20M006 </td><td> ToA and DoA Estimation for Interference in
Ultra Wideband Communication Systems </td></tr>
<tr class="r3"><td><tt>22</tt></td><td><tt>2021</tt></td><td><tt>Abirami B.*</tt></td><td><tt>CDS19M001</tt></td><td><tt>Analysis
and Design of Source Antenna and Transmit Pulse for generating IEMI</tt></td></tr></table>
<h2>BTech</h2>
<table><tr class="r1"><td>Sl. No. </td><td> Year</td><td> Student's Name </td><td> Roll No. </td><td> Title of the Thesis </td></tr>
<tr class="r2"><td>17</td><td> 2022</td><td>Bhanu Teja S.</td><td> EDM18B049 </td><td> AI for DNA Analysis to Predict Genetic
Diseases </td></tr></table>"""


def test_a_table_of_theses_under_degrees_gives_students_who_finished(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, THESIS_TABLE, "Students - K. Premkumar"))
    assert people == {
        "Teena Mary Treesa": ("phd", None, None),
        "Geeta J": ("master", None, 2022),
        "Abirami B": ("master", None, 2021),
        "Bhanu Teja S": ("research", None, 2022),
    }


# A Quarto supervision page (Stafford): past students under "Alumni! (Previous supervision and examining)" — a heading
# that names examining as well as supervision — then headings naming the owner's part ("As primary PhD supervisor",
# "Post doctoral supervision", "Research Associate Supervision"); "PhD Examining" alone lists no one supervised.
SUPERVISION_AND_EXAMINING = """<h1>Alumni! (Previous supervision and examining)</h1>
<h2>As primary PhD supervisor</h2><ul>
<li><p><a href="s">Maria Panagiotidi</a>, PhD 2017 ‘<a href="t">The Role of the Superior Colliculus in Attention</a>’</p></li>
</ul>
<h2>As a secondary PhD supervisor</h2><ul>
<li><p><a href="g">Georgi Karadzhov</a> (2019–2022) – “DEliBots – Deliberation Enhancing Bots” (at University of Cambridge)</p></li>
</ul>
<h2>Research Associate Supervision</h2><ul><li><p>Zarha Arjmandi Lari (2022–2023) on political trust</p></li></ul>
<h2>Post doctoral supervision</h2><ul><li><p>Martin Thirkettle (2008–2012)</p></li></ul>
<h1>PhD Examining</h1><ul><li><p>Jane Examined, University of Leeds, 2019</p></li></ul>"""


def test_headings_naming_the_owners_part_in_supervision_give_the_role(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, SUPERVISION_AND_EXAMINING, "Supervision – Tom Stafford"))
    assert people == {
        "Maria Panagiotidi": ("phd", None, 2017),
        "Georgi Karadzhov": ("phd", 2019, 2022),
        "Zarha Arjmandi Lari": ("research", 2022, 2023),
        "Martin Thirkettle": ("postdoc", 2008, 2012),
    }


# A sociologist's Quarto CV (McLevey): grants under "Research Grants" are no papers; a student whose supervisor is
# another ("Rashmee Singh (Supervisor) + … and John McLevey") or for whom the owner's "Advisory Role" was "Committee
# Member" is not the owner's; "Expected defence in 2025" is a degree to come, not a period.
CV_GRANTS_AND_COMMITTEES = """<h1>Publications</h1><h2>Books</h2><ul>
<li>McLevey, John. 2022. <em>Doing Computational Social Science</em>. London, UK: Sage.</li></ul>
<h1>Research Grants</h1><ul>
<li>2025. SSHRC Insight Grant. “Political trust and misinformation.” James Kim (Principal Investigator), Toni Serafini
(Co-Investigators), John McLevey (Collaborators).</li>
<li>2021. SSHRC Partnership Development Grant. “Belief networks.” John McLevey (Principal Investigator), Anabel
Quan-Haase, David Tindall (Co-Investigators).</li></ul>
<h1>Student Supervision</h1><h2>PhD students</h2><ul>
<li>Karmvir Padda – ABD (Sociology &amp; Legal Studies). John McLevey (Supervisor) + Owen Gallupe and Veronica
Kitchen. Expected defence in 2025</li>
<li>Jessica Gill – ABD (Sociology &amp; Legal Studies). Rashmee Singh (Supervisor) + Andrea Quinlan and John McLevey.
Expected defence in 2025</li></ul>
<h2>MA and MSc students</h2><ul>
<li>Nermeen Zia Islam (Balsillie School of International Affairs), 2024. Advisory Role: Supervisor</li>
<li>Svetlana Kopan (Sociology and Legal Studies), 2022. Advisory Role: Committee Member</li></ul>"""


def test_a_cv_s_grants_are_no_papers_and_committee_students_not_the_owners(tmp_path: Path) -> None:
    records = read(tmp_path, CV_GRANTS_AND_COMMITTEES, "CV | John McLevey")
    assert [w.title for w in records if isinstance(w, Work)] == ["Doing Computational Social Science"]
    people = people_of(records)
    assert kinds_of(people) == {"Karmvir Padda": "phd", "Nermeen Zia Islam": "master"}
    assert people["Karmvir Padda"] == ("phd", None, None)


# A Hugo Blox students page (Zambrano-Bigiarini): theses listed family name first ("Gimeno Molina, Fernando (In
# Progress)", "Soto Escobar, C. J. (2019)"), two family names as in Spanish, under headings naming the theses: the one
# year is when the thesis was finished; "Marty Green, Teacher, …" stays written given name first.
THESES_FAMILY_FIRST = """<h1>Students</h1>
<h3 id=phd-thesis>PhD thesis</h3><ul><li>Gimeno Molina, Fernando (<strong>In Progress</strong>). <strong>Unravelling
the effect of native vegetation on hydrological soil properties</strong>. Universidad de La Frontera, Temuco, Chile.</li></ul>
<h3 id=msc-thesis>MSc thesis</h3><ul><li><p>Hann, Hamish (<strong>2017</strong>). <strong>Hydrological evaluation of
satellite-based rainfall estimates</strong>. Cologne University of Applied Sciences. <strong>Co-supervisor</strong>.</p></li></ul>
<h3 id=undergraduate-thesis>Undergraduate thesis</h3><h4 id=2019-s2>2019-S2</h4><ul><li><p>Soto Escobar, C. J.
(<strong>2019</strong>). <strong>Construction of high spatial resolution Intensity-Duration-Frequency curves</strong>.
Universidad de La Frontera, Temuco, Chile.</p></li></ul>
<h3>Visitors</h3><p><em>Marty Green</em>, Teacher, Plainwell Middle School<br /></p>"""


def test_theses_listed_family_name_first_give_whole_names_and_their_end(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, THESES_FAMILY_FIRST, "Students | Mauricio Zambrano-Bigiarini"))
    assert people == {
        "Fernando Gimeno Molina": ("phd", None, None),
        "Hamish Hann": ("master", None, 2017),
        "C. J. Soto Escobar": ("research", None, 2019),
        "Marty Green": ("visit", None, None),
    }


# A Jekyll team page (Costa): students with their programme in square brackets after the name ("Can Liu [CS MEng]",
# "Ellen Boven [WT Neural Dynamics Program, w/ Richard Apps; now a PhD student]").
BRACKETED_ROLES = """<h1>Team</h1><h2>Rotation/MEng/BSc/MSc students</h2><ul>
<li>Can Liu [CS MEng]</li>
<li>Abdullah Khwaja [CS BSc]</li>
<li>Daniel Davies [CS MEng; w/ Jane Memmott]</li>
</ul>"""


def test_a_role_in_square_brackets_after_the_name(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, BRACKETED_ROLES, "Team | Rui Ponte Costa"))
    assert kinds_of(people) == {"Can Liu": "master", "Abdullah Khwaja": "research", "Daniel Davies": "master"}


# A GNU TeXmacs people page (Gubinelli): master's students under headings naming where they studied ("Master students
# in Bonn"), each written "Name ⋅ “Thesis title” (pdf) SS2022".
MASTERS_BY_PLACE = """<h1>People</h1><h2>Doctoral students</h2><ul><li><p>Da Li (2024&ndash;)</p></li></ul>
<h3 id="auto-5">Master students in Bonn<span style="margin-left: 1em"></span></h3><ul>
<li><p>Sarah-Jean Meyer &sdot; &ldquo;A Stochastic Control Perspective on Euclidean Quantum Field Theories&rdquo;
(<a href="m.pdf">pdf</a>) SS2022</p></li>
<li><p>Keixang Wang &sdot; &ldquo;Global Solutions and Stationary Measure for Stochastic Cubic Nonlinear Wave
Equation&rdquo; SS2022</p></li></ul>"""


def test_master_students_under_a_heading_naming_where_they_studied(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, MASTERS_BY_PLACE, "People – Massimiliano Gubinelli"))
    assert kinds_of(people) == {"Da Li": "phd", "Sarah-Jean Meyer": "master", "Keixang Wang": "master"}


# Hungarian family names end in "-ics" as the names of fields do ("Genomics"): "Peter Paulovics (2023–)" is a person.
FAMILY_NAME_IN_ICS = """<h1>People</h1><h2>Doctoral students</h2><ul>
<li><p><a href="https://www.maths.ox.ac.uk/people/peter.paulovics">Peter Paulovics</a> (2023&ndash;)</p></li>
<li><p>Computational Genomics</p></li></ul>"""


def test_a_family_name_ending_like_a_field_is_a_name(tmp_path: Path) -> None:
    assert people_of(read(tmp_path, FAMILY_NAME_IN_ICS, "People – Massimiliano Gubinelli")) == {
        "Peter Paulovics": ("phd", 2023, None)
    }


# A chemistry lab's hand-written list (Anslyn group): "“Title” Family, I.I.; Family, I.I. J. Org. Chem. 2025, 90, 7161."
# — names parted by semicolons as ACS journals print them, the journal run on after the last name's initials.
SEMICOLON_NAMES = """<h2>Publications</h2><div class="mb-4"><br>
401) <a href=https://doi.org/10.1021/acs.joc.4c03129><font color="green">  “Solvent Effects in Boronic Acid-Diol Binding”
Comiskey, A.M.; Anslyn, E.V. J. Org. Chem. 2025, 90, 7161-7167. </a><br><br></font>
395) <a href=https://doi.org/10.1021/acs.orglett.4c03013><font color="green">  “pH-Responsive Fluorescent Switches through
Intramolecular Conjugate Addition Reactions” Si, X.; Yu, W.; Song, N.; Anslyn, E.V.; Sun, X.; Org. Lett. 2024, 26,
8389-8393. </a><br><br></font>
404) <a href=https://doi.org/10.1007/s12039-025-02406-6><font color="green">  “Supramolecular activation and detection of
nerve agent surrogates” Lee, D.-H.; Hwang, I.; Anslyn, E.V.; Sessler, J. J. Chem. Sci. 2025, 137, 66. </a><br><br></font>
</div>"""


def test_names_parted_by_semicolons_and_the_journal_run_on(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, SEMICOLON_NAMES, "Anslyn Research Group") if isinstance(w, Work)}
    solvent = works["Solvent Effects in Boronic Acid-Diol Binding"]
    assert solvent.authors == ("A.M. Comiskey", "E.V. Anslyn")
    assert (solvent.venue_as_written, solvent.year) == ("J. Org. Chem", 2025)
    switches = works["pH-Responsive Fluorescent Switches through Intramolecular Conjugate Addition Reactions"]
    assert switches.authors == ("X. Si", "W. Yu", "N. Song", "E.V. Anslyn", "X. Sun")
    assert (switches.venue or switches.venue_as_written, switches.year) == ("Org. Lett", 2024)
    nerve = works["Supramolecular activation and detection of nerve agent surrogates"]
    assert nerve.authors == ("D.-H. Lee", "I. Hwang", "E.V. Anslyn", "J. Sessler")
    assert (nerve.venue or nerve.venue_as_written, nerve.year) == ("J. Chem. Sci", 2025)


# A chemistry lab's alumni page (Anslyn group): no list or table, one alumnus a line between <br>s in a div after the
# heading, each with a role in brackets that a legend over them shortens ("postdoc (PD)"), then where they went.
ALUMNI_LINES_WITH_LEGEND = """<div class="p-4"><h2><strong>Group Alumni</strong></h2>
<div class="col-lg-8"></div><div class="lg-4"><div class="mb-4">
<center>Group Member - MS, PhD, postdoc (PD) &nbsp; Current position</center>
<br>Christine Hannon (MS) &nbsp;  Marietta Corporation (Cortland, NY)<br>
<br>Dr. Aaron Wright (Phd) &nbsp;  PNNL<br>
<br>Dr. Axel Metzger (PD) &nbsp;  Advanced Proteome Therapeutics Inc. (Boston, MA)<br>
<br>Dr. Anna Piatek (PD) &nbsp;  Professor, University of Warsaw (Poland)<br>
</div></div></div>"""


def test_alumni_written_a_line_each_with_a_legend_of_their_roles(tmp_path: Path) -> None:
    assert people_of(read(tmp_path, ALUMNI_LINES_WITH_LEGEND, "Alumni | Eric Anslyn")) == {
        "Christine Hannon": ("master", None, None),
        "Aaron Wright": ("phd", None, None),
        "Axel Metzger": ("postdoc", None, None),
        "Anna Piatek": ("postdoc", None, None),
    }


# A Japanese lab's list of its head's papers (Funasaka lab): "Authors: Title, Venue, Vol., No., pp., Month Year." — the
# title, the venue and its details parted only by commas (full-width in Japanese entries), "Proc." opening a venue.
TITLE_VENUE_AND_DETAILS = """<h2>研究業績</h2><h3>学術論文</h3><ul>
<li>Junichi Funasaka, Keizo Saisho, and Akira Fukuda: Effective Caching for NetNews Servers, IEICE Trans. on Information
and Systems, Vol.E84-D, No.3, pp.348-354, March 2001. <a href="http://search.ieice.org/bin/summary.php">(IEICE)</a></li>
<li>武田 和也, 舟阪 淳一: PR-SCTPを用いた動画配信の評価，情報処理学会論文誌，Vol.60，No.2，pp.1-10，Feb. 2019．</li>
<li>Junichi Funasaka: Integrating CCNx into the APT Package Manager: Design and Preliminary Evaluation, Proc. IEEE DASC
2025, pp.121-126, Oct. 2025.</li>
</ul>"""


def test_a_title_its_venue_and_the_venue_s_details_parted_by_commas(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, TITLE_VENUE_AND_DETAILS, "研究業績 | 舟阪淳一") if isinstance(w, Work)}
    caching = works["Effective Caching for NetNews Servers"]
    assert caching.authors == ("Junichi Funasaka", "Keizo Saisho", "Akira Fukuda")
    assert (caching.venue or caching.venue_as_written, caching.year) == ("IEICE Trans. on Information and Systems", 2001)
    video = works["PR-SCTPを用いた動画配信の評価"]
    assert video.authors == ("武田 和也", "舟阪 淳一")
    assert (video.venue or video.venue_as_written, video.year) == ("情報処理学会論文誌", 2019)
    ccnx = works["Integrating CCNx into the APT Package Manager: Design and Preliminary Evaluation"]
    assert ccnx.authors == ("Junichi Funasaka",) and ccnx.year == 2025
    assert (ccnx.venue or ccnx.venue_as_written or "").startswith("Proc. IEEE DASC")


# A Sphinx site (Kennedy group): each heading ends with its permalink, <a class="headerlink">¶</a>, which is no part of
# the heading's words ("Ph.D. Alumni¶" named no role, and its alumni were read without one).
HEADINGS_WITH_PERMALINKS = """<section id="previous-students">
<h2>Previous Students<a class="headerlink" href="#previous-students" title="Link to this heading">¶</a></h2>
<section id="ph-d-alumni"><h3>Ph.D. Alumni<a class="headerlink" href="#ph-d-alumni" title="Link to this heading">¶</a></h3>
<ul class="simple"><li><p>Mark Leader, Ph.D., 2016 - 2021, thesis: <em>Stress-Based Topology Optimization</em></p></li>
<li><p>Ting Wei Chin, Ph.D., 2019, thesis: <em>Multi-Physics High Resolution Topology Optimization</em></p></li></ul></section>
<section id="m-s-alumni"><h3>M.S. Alumni<a class="headerlink" href="#m-s-alumni" title="Link to this heading">¶</a></h3>
<ul class="simple"><li><p>Rohan Patel, 2022</p></li><li><p>Sejal Sahu, 2022</p></li></ul></section></section>"""


def test_a_heading_s_permalink_is_no_part_of_its_words(tmp_path: Path) -> None:
    assert people_of(read(tmp_path, HEADINGS_WITH_PERMALINKS, "People — Graeme J. Kennedy")) == {
        "Mark Leader": ("phd", 2016, 2021),
        "Ting Wei Chin": ("phd", None, 2019),
        "Rohan Patel": ("master", None, 2022),
        "Sejal Sahu": ("master", None, 2022),
    }


# An R Markdown research page (Howe): a project's papers under "Papers/Presentations:", two names joined by a slash;
# the first names the section.
PAPERS_SLASH_TALKS = """<h1 class="title">Research</h1><h2>Current Projects</h2>
<h3>Incipient language shift in a southern Latino community</h3><p>This project was developed in collaboration with the
Roswell Voices project.</p><h4>Papers/Presentations:</h4><ol style="list-style-type: decimal">
<li>Limerick, Philip. 2017. Language Contact in the US Southeast: The Case of Spanish Subject Expression in an Emerging
Bilingual Community in Georgia. <em>Spanish in Context</em>. 14.1:53-77.</li>
<li>Howe, Chad and Philip Limerick. 2016. The PRET/PP distinction in Roswell Spanish. Seventh Annual Workshop on Immigrant
Languages in the Americas. University of Georgia.</li></ol>"""


def test_a_heading_naming_papers_and_talks_with_a_slash_holds_papers(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, PAPERS_SLASH_TALKS, "Research | Chad Howe") if isinstance(w, Work)}
    contact = works[
        "Language Contact in the US Southeast: The Case of Spanish Subject Expression in an Emerging Bilingual Community in Georgia"
    ]
    assert contact.authors == ("Philip Limerick",) and contact.year == 2017
    assert works["The PRET/PP distinction in Roswell Spanish"].authors == ("Chad Howe", "Philip Limerick")


# A Japanese lab's alumni page (Funasaka lab, "OB・OG"): a list of academic years, each over a list of grades ("M2"
# master's, "B4" final-year undergraduates), each over a list of names in kanji whose family names no list of Chinese
# ones holds, a GitHub handle after some.
NESTED_YEAR_GRADE_NAMES = """<h1>舟阪研のOB・OG</h1><ul>
<li><span><a style="cursor:pointer;">2024年度 M2:1 B4:2 (詳細はクリック)</a></span>
<ul id="open24" style="clear: both;"><li>M2<ul><li>平岡憲明</li></ul></li>
<li>B4<ul><li>鹿毛俊輔</li><li>中田寛大</li></ul></li></ul></li>
<li><span><a style="cursor:pointer;">2023年度 M2:1 B4:1 (詳細はクリック)</a></span>
<ul id="open23" style="clear: both;"><li>M2<ul><li>岡崎晃平 <a href="https://github.com/Marie673">Marie673</a></li></ul></li>
<li>B4<ul><li>小椋丈洋 <a href="https://github.com/yude">yude</a></li></ul></li></ul></li></ul>"""


def test_alumni_nested_under_their_year_and_grade(tmp_path: Path) -> None:
    home, alumni = tmp_path / "funa.html", tmp_path / "obog.html"  # the site's head is named on its own page
    home.write_text(
        "<html><head><title>Junichi Funasaka</title></head><body><h1>Junichi Funasaka</h1></body></html>", encoding="utf-8"
    )
    alumni.write_text(f"<html><head><title>OB・OG</title></head><body>{NESTED_YEAR_GRADE_NAMES}</body></html>", encoding="utf-8")
    result, _ = read_html_pages([(home, home.name), (alumni, alumni.name)], venues(), organizations())
    assert people_of([r for r in result.records if isinstance(r, Supervision)]) == {
        "平岡憲明": ("master", None, 2024),
        "鹿毛俊輔": ("research", None, 2024),
        "中田寛大": ("research", None, 2024),
        "岡崎晃平": ("master", None, 2023),
        "小椋丈洋": ("research", None, 2023),
    }


# A Quarto page of a statistician's students (Hernández): Markdown's labels, plain paragraphs over the lists they name,
# and each student's name followed at once by a link to their thesis, no punctuation between.
LABELS_OVER_LISTS = """<p>Below is a list of students with links to their theses.</p><p>M.Sc students</p><ol type="1">
<li>Daniel Alberto Candela Aristizabal <a href="https://repositorio.unal.edu.co/handle/unal/89754">Ajuste de modelos
lineales mixtos para la estimación futura del consumo</a>.</li>
<li>Sara Garcés Céspedes. <a href="https://repositorio.unal.edu.co/handle/unal/1">Propuesta de un paquete en R</a>.</li>
</ol><p>Ph. D. students</p><ol type="1">
<li>Omar Alexander Rios Saavedra. <a href="https://repositorio.unal.edu.co/handle/unal/89168">Propuesta de un modelo
estadístico para estimar la volatilidad</a>.</li></ol>"""


def test_a_plain_label_over_a_list_and_a_name_before_its_linked_thesis(tmp_path: Path) -> None:
    assert kinds_of(people_of(read(tmp_path, LABELS_OVER_LISTS, "Students | Freddy Hernández"))) == {
        "Daniel Alberto Candela Aristizabal": "master",
        "Sara Garcés Céspedes": "master",
        "Omar Alexander Rios Saavedra": "phd",
    }


# The same lab: its head alone before a colon, a Japanese name no rule reads as one, known as the site's most published
# author; a report's number between the venue and its volume.
OWNER_ALONE = """<h2>研究会</h2><ul>
<li>舟阪淳一：近接通信を利用したデータオフロードにおけるコンテンツの緊急性と需要に応じた配布方式，電子情報通信学会技術研究報告，NS2021-145
(Vol. 121, No. 433, pp. 135-140)，Mar. 2022．</li>
<li>辻村凱，舟阪淳一：近接通信を利用したデータオフロードにおけるコンテンツの需要に応じた配布方式の評価，電子情報通信学会技術研究報告，IN2019-97
(Vol.119, No.IN-461, pp.127-132)，Mar. 2020．</li>
<li>武田和也，舟阪淳一：PR-SCTPを用いた動画配信の評価，情報処理学会論文誌，Vol.60，No.2，pp.1-10，Feb. 2019．</li>
<li>寺畑雅未，舟阪淳一：PR-SCTPを用いた分割ダウンロードの評価，電子情報通信学会技術研究報告，IN2020-70，pp.1-6，Mar. 2021．</li>
<li>石井渓太，舟阪淳一：プログレッシブダウンロードにおける要求方式の検討，電子情報通信学会技術研究報告，NS2016-10，pp.1-6，Apr. 2016．</li>
<li>青木信雄，舟阪淳一：近接通信による配布方式の提案，電子情報通信学会技術研究報告，NS2020-12，pp.13-18，Mar. 2020．</li>
<li>平岡憲明，舟阪淳一：複数経路におけるタイマ駆動要求方式の実機評価，信学技報，NS2024-200，pp.7-12，Mar. 2025．</li>
<li>勝部潤，舟阪淳一，石田賢治：SCTPのマルチストリーム機能の評価，電子情報通信学会技術研究報告，NS2011-150，pp.25-30，Jan. 2012．</li></ul>"""
GRADE_OVER_NAME = "<h2>メンバー</h2><ul><li>M2<ul><li>鹿毛俊輔</li></ul></li></ul>"


def test_the_site_s_head_alone_before_a_colon(tmp_path: Path) -> None:
    members, papers = tmp_path / "index.html", tmp_path / "research.html"
    members.write_text(f"<html><head><title>funa lab</title></head><body>{GRADE_OVER_NAME}</body></html>", encoding="utf-8")
    papers.write_text(f"<html><head><title>研究業績</title></head><body>{OWNER_ALONE}</body></html>", encoding="utf-8")
    result, _ = read_html_pages([(members, members.name), (papers, papers.name)], venues(), organizations())
    works = {w.title: w for w in result.records if isinstance(w, Work)}
    alone = works["近接通信を利用したデータオフロードにおけるコンテンツの緊急性と需要に応じた配布方式"]
    assert alone.authors == ("舟阪淳一",) and alone.year == 2022
    assert (alone.venue or alone.venue_as_written) == "電子情報通信学会技術研究報告"


# A neuroscience lab's pages served as PHP (publications.php, people.php): HTML around a header the server includes,
# with a press list and recorded lectures after the papers, which are not the lab's publications.
PHP_PAGE = """<?php
    $currfile = basename(__FILE__);
    include('php/header.php');
?>
<section id="content"><div class="hero-unit"><p> Publications</p></div>
<h3><a name="peerreview"></a>Peer-reviewed journal articles</h3><ul class="publications">
<li>Francesco Randi, Andrew M Leifer, "Nonequilibrium Green's functions for functional connectivity in the brain"
<a href="https://doi.org/10.1103/PhysRevLett.126.118102"><i>Physical Review Letters</i></a> 126, 118102 (2021).</li>
<li>Kevin S. Chen, Rui Wu, Marc H. Gershow, Andrew M. Leifer, "Continuous odor profile monitoring to study olfactory navigation
in small animals" <a href="https://doi.org/10.7554/eLife.85910"><i>eLife</i></a> 12:e85910 (2023).</li></ul>
<h3><a name="pop"></a>Popular press articles featuring our work</h3><ul class="publications">
<li>Elissa Welle, "Plugging invisible gaps in the synaptic connectome," <i>The Transmitter</i>, 18 December 2023.</li>
<li>Laurel Oldach, "Brains beyond the wiring diagram," <i>Chemical and Engineering News</i>, Vol 102, Issue 9 (2024).</li></ul>
<h3><a name="vid"></a>Video Recorded Lectures</h3><ul class="publications">
<li>Andrew Leifer, "Global brain dynamics of C. elegans," <i>Simons Collaboration on the Global Brain Annual Meeting</i> (2025).</li>
</ul></section>
<?php include('php/footer.php'); ?>"""


def test_a_page_a_server_fills_in_is_read_as_the_html_it_holds(tmp_path: Path) -> None:
    from scholargraph.sources import read_source, source_for

    page, script = tmp_path / "publications.php", tmp_path / "mail.php"
    page.write_text(PHP_PAGE, encoding="utf-8")
    script.write_text("<?php\n$to = $_POST['to'];\nmail($to, 'subject', 'body');\n?>\n", encoding="utf-8")
    assert source_for(page) == "homepage-html" and source_for(script) is None
    works = {r.title: r for r in read_source(page, page.name).records if isinstance(r, Work)}
    assert set(works) == {
        "Nonequilibrium Green's functions for functional connectivity in the brain",
        "Continuous odor profile monitoring to study olfactory navigation in small animals",
    }  # the press articles and the lecture are not the lab's papers
    assert works["Nonequilibrium Green's functions for functional connectivity in the brain"].authors == (
        "Francesco Randi",
        "Andrew M Leifer",
    )


# A mathematician's hand-written pages (Netscape Composer): the home page says whose it is in large type only; the
# publication list sets each paper in italics as "Title, (With A and B), Journal vol (year), pages"; the students'
# page, named by its file, numbers each student in bold text loose in the body, a biography after each; the postdocs'
# page writes where each went after a dash.
HOME_OF = """<center><u><font size="+3">The Home Page of
Alex Iosevich</font></u></center><p>Professor of Mathematics</p>"""
ITALIC_WITH = """<p style="text-align: center;"><big><big>Publication list</big></big></p>
<p><b><u>2003</u></b></p>
<p><i><font face="Arial">Fuglede conjecture holds for convex planar domains, (With N. Katz and T. Tao),&nbsp; Math Research
Letters, vol. 10, 2003, pp.1-11.</font></i></p>
<p><i><font face="Arial">A combinatorial approach to orthogonal exponentials, (with M. Rudnev), International Mathematics
Research Notices, vol. 49, (2003), pp.1-12.</font></i></p>"""
NUMBERED_LOOSE = """<div align="center"><font color="#cc0000"><b><font size="+3">Past and current Ph.D. students </font></b>
</font><br></div><br><br>This page is dedicated to my past and present Ph.D. students. <br><br><br>
<b>1) <a href="arutunyants.html">Georgiy Arutunyants</a> (Ph.D. 2006) <br><br></b>Georgiy got his Ph.D. from the
University of Missouri in 2006 in geometric measure theory. <br><br><img src="george.jpg" alt="George"><br><br>
<b>2) <a href="hart.html">Derrick Hart </a>(Ph.D. 2008) </b><br><br>Derrick got his Ph.D from the University of Missouri
in 2008 in additive combinatorics. <br><br>
<b>9) Esen Aksoy (Ph.D. 2014) co-advised with Jon Pakianathan</b><br><br>Esen is now an instructor. <br><br>
<b>27) </b><b>Pablo Bhowmick</b> <b>(Ph.D. 2026-expected) <br><br></b>Pablo is working on learning theory. <br><br>"""
DASH_CURRENTLY = """<div align="center"><font size="+3"><b>Past and current postdocs </b></font><br><br>
<div align="left"><br>(1) Misha Rudnev - currently a Professor of Mathematics at the University of Bristol <br><br>
<img src="misharudnev.jpg" alt="Misha Rudnev"><br><br>(2) Ignacio Uriate-Tuero - currently a Professor of Mathematics
at the University of Toronto <br><br>(3) Leonid Slavin - currently a Professor of Mathematics at the University of
Cincinnati <br><br></div></div>"""


def test_pages_named_by_their_files_with_people_numbered_loose_in_the_body(tmp_path: Path) -> None:
    pages = {
        "index.html": ("HomePage", HOME_OF),
        "publicationlist.html": ("publicationlist", ITALIC_WITH),
        "currentphdstudents.html": ("currentphdstudents", NUMBERED_LOOSE),
        "postdocs.html": ("postdocs.html", DASH_CURRENTLY),
    }
    for name, (title, body) in pages.items():
        (tmp_path / name).write_text(f"<html><head><title>{title}</title></head><body>{body}</body></html>", encoding="utf-8")
    result, _ = read_html_pages([(tmp_path / name, name) for name in pages], venues(), organizations())
    works = {w.title: w for w in result.records if isinstance(w, Work)}
    fuglede = works["Fuglede conjecture holds for convex planar domains"]
    assert fuglede.authors == ("Alex Iosevich", "N. Katz", "T. Tao") and fuglede.year == 2003
    assert (fuglede.venue or fuglede.venue_as_written or "").startswith("Math Research Letters")
    assert works["A combinatorial approach to orthogonal exponentials"].authors == ("Alex Iosevich", "M. Rudnev")
    people = {s.person: s for s in result.records if isinstance(s, Supervision)}
    assert {s.supervisor for s in people.values()} == {"Alex Iosevich"}
    assert kinds_of({name: (str(s.kind), 0, 0) for name, s in people.items()}) == {
        "Georgiy Arutunyants": "phd",
        "Derrick Hart": "phd",
        "Esen Aksoy": "phd",
        "Pablo Bhowmick": "phd",
        "Misha Rudnev": "postdoc",
        "Ignacio Uriate-Tuero": "postdoc",
        "Leonid Slavin": "postdoc",
    }
    assert people["Georgiy Arutunyants"].period == Period(None, PartialDate(2006))
    assert people["Pablo Bhowmick"].period.end is None  # "Ph.D. 2026-expected": not finished
    assert people["Esen Aksoy"].cosupervisors == ("Jon Pakianathan",)


# A condensed-matter group's hand-written pages: corresponding authors marked with ♦ ("&diams;S. Hayami"); each paper's
# journal on one linked line and its preprint on the next ("Preprint (arXiv:…)"), a paper known only as a preprint
# having that line alone; the members' table gives each one's grade as a Japanese lab writes it (PD, D1, M2, B4).
DIAMOND_MARKED = """<h1><a name="preprint">Preprint</a></h1><ol><li><p>
&diams;T. Shiro and &diams;S. Hayami,<br>"Spatially Dispersive Second-Harmonic Generation in Ferroaxial Systems"<br>
<a href="https://arxiv.org/abs/2507.01234">Preprint (arXiv:2507.01234, Condensed Matter)</a><br></p></li></ol>
<h1><a name="paper">Paper</a></h1><ol><li><p>
&diams;T. Sato and &diams;S. Hayami,<br>"Thermodynamic Multipoles and Dissipative Conductivities in Metallic Systems"<br>
<a href="https://onlinelibrary.wiley.com/doi/10.1002/andp.70251">Ann. Phys. (Berlin) 538, e70251 (2026)</a><br>
<a href="https://arxiv.org/abs/2603.29267">Preprint (arXiv:2603.29267, Condensed Matter)</a><br></p></li>
<li><p>C. D. Batista, S.-Z. Lin, &diams;S. Hayami, and Y. Kamiya,<br>"Frustration and chiral orderings in correlated electron
systems"<br><a href="http://iopscience.iop.org/article/10.1088/0034-4885/79/8/084504/meta"> Rep. Prog. Phys. 79, 084504
(2016)</a><br><a href="https://arxiv.org/abs/1601.00001">Preprint (arXiv:1601.00001, Condensed Matter)</a><br></p></li></ol>"""
GRADES_TABLE = """<h1><a name="member">Member</a></h1><table>
<tr><td>Name</td><td>Position</td><td>Room</td><td>email (_at_ → @)</td></tr>
<tr><th><a href="CV_e.html">Satoru Hayami</a></th><td>PI</td><td>2-11-13</td><td>hayami_at_sci.hokudai.ac.jp</td></tr>
<tr><th>Takumi Sato</th><td>PD</td><td>2-11-10</td><td>sato_at_phys.sci.hokudai.ac.jp</td></tr>
<tr><th>Shuhei Kanda</th><td>D1</td><td>2-9-13</td><td>kanda_at_phys.sci.hokudai.ac.jp</td></tr>
<tr><th>Ken Uchino</th><td>M2</td><td>2-9-13</td><td>uchino_at_phys.sci.hokudai.ac.jp</td></tr>
<tr><th>Sona Saito</th><td>B4</td><td>2-9-13</td><td>saito_at_phys.sci.hokudai.ac.jp</td></tr></table>"""


def test_diamond_marked_authors_a_preprint_line_and_japanese_grades(tmp_path: Path) -> None:
    records = read(tmp_path, DIAMOND_MARKED + GRADES_TABLE, "Hayami-Oiwa Group")
    works = {w.title: w for w in records if isinstance(w, Work)}
    sato = works["Thermodynamic Multipoles and Dissipative Conductivities in Metallic Systems"]
    assert sato.authors == ("T. Sato", "S. Hayami") and sato.year == 2026
    assert (sato.venue or sato.venue_as_written or "").startswith("Ann. Phys.")
    batista = works["Frustration and chiral orderings in correlated electron systems"]
    assert batista.authors == ("C. D. Batista", "S.-Z. Lin", "S. Hayami", "Y. Kamiya")
    assert (batista.venue or batista.venue_as_written, batista.year) == ("Rep. Prog. Phys.", 2016)
    preprint = works["Spatially Dispersive Second-Harmonic Generation in Ferroaxial Systems"]
    assert preprint.authors == ("T. Shiro", "S. Hayami") and (preprint.venue or preprint.venue_as_written) == "arXiv"
    assert kinds_of(people_of(records)) == {
        "Takumi Sato": "postdoc",
        "Shuhei Kanda": "phd",
        "Ken Uchino": "master",
        "Sona Saito": "research",
    }


# A Chinese lab's members page: the PI under "负责人", current PhD and master students under "在读博士生" and "在读硕士生" in
# cards by intake ("2024 级": they came that year), graduates under "已毕业硕士生" by graduating class ("2025 届": they
# left that year), each name in a tile of its own.
COHORTS = """<h2>成员</h2><h2>负责人</h2><div class="card"><h3 class="leader-name">刘萍萍</h3>
<p>刘萍萍是吉林大学计算机科学与技术学院教授，博士生导师。</p></div>
<section class="people-section"><h2>在读博士生</h2>
<div class="card"><h3>2024 级</h3><div class="people-grid"><div class="tile"><div><div class="tile-name">卢禹冰</div>
<div class="meta"><a href="https://example.org">主页</a></div></div></div></div></div>
<div class="card"><h3>2023 级</h3><div class="people-grid"><div class="tile"><div><div class="tile-name">张同顺</div>
<div class="meta"><a href="https://example.org">主页</a></div></div></div></div></div></section>
<section class="people-section"><h2>在读硕士生</h2>
<div class="card"><h3>2025 级</h3><div class="people-grid">
<div class="tile"><div class="avatar placeholder"></div><div><div class="tile-name">刘嘉琪</div></div></div>
<div class="tile"><div class="avatar placeholder"></div><div><div class="tile-name">刘浩然</div></div></div></div></div>
</section><section class="people-section"><h2>已毕业硕士生</h2>
<div class="card"><h3>2025 届</h3><ul class="alumni">
<li><span class="alumni-name">刘晓峰</span><span class="alumni-dest">字节跳动</span><span class="alumni-year">2025</span></li>
<li><span class="alumni-name">刘世豪</span><span class="alumni-dest">小鹏汽车</span><span class="alumni-year">2025</span></li>
</ul></div></section>"""


def test_chinese_cohorts_by_intake_and_by_graduating_class(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, COHORTS, "成员 | JLU-IESD"))
    assert people == {
        "卢禹冰": ("phd", 2024, None),
        "张同顺": ("phd", 2023, None),
        "刘嘉琪": ("master", 2025, None),
        "刘浩然": ("master", 2025, None),
        "刘晓峰": ("master", None, 2025),
        "刘世豪": ("master", None, 2025),
    }


# An econometrician's Quarto page of alumni: a card per graduate (role, defence year, thesis), then "Alumni by research
# area" naming the same people again under topics, with their theses and no role or year: no second, vaguer record.
ALUMNI_BY_AREA = """<h1>Students &amp; Alumni</h1>
<section id="doctoral-alumni" class="level2"><h2>Doctoral alumni</h2><div class="student-grid">
<div id="pablo-rodriguez" class="student-card"><h3 class="anchored">Pablo Rodriguez</h3>
<div class="student-meta"><strong>PhD alumnus</strong> · Defense: 2025</div>
<div class="student-meta">PhD in Economics, Universidad de Talca, Talca, Chile</div>
<p class="student-thesis"><strong>Thesis:</strong> Three Essays in Childhood and Human Capital</p>
<p><strong>Current position:</strong> Professor at Universidad Católica del Norte</p></div></div></section>
<section id="master-alumni" class="level2"><h2>Master alumni</h2><div class="student-grid">
<div id="alejandra-blanco" class="student-card"><h3 class="anchored">Alejandra Blanco</h3>
<div class="student-meta"><strong>Master alumna</strong> · Defense: 2021</div>
<p class="student-thesis"><strong>Thesis:</strong> Socio-emotional development and body weight in early childhood</p></div>
</div></section>
<section id="alumni-by-research-area" class="level2"><h2>Alumni by research area</h2>
<section id="causal-inference" class="level3"><h3>Causal inference</h3><ul>
<li><a href="#pablo-rodriguez">Pablo Rodriguez</a> — Three Essays in Childhood and Human Capital</li>
<li><a href="#alejandra-blanco">Alejandra Blanco</a> — Socio-emotional development and body weight in early childhood</li>
</ul></section></section>"""


def test_people_named_again_without_role_or_years_are_the_people_read(tmp_path: Path) -> None:
    records = read(tmp_path, ALUMNI_BY_AREA, "Students & Alumni – Mauricio Sarrias")
    supervisions = [r for r in records if isinstance(r, Supervision)]
    assert sorted((s.person, s.kind.value, s.period.end.year if s.period.end else None) for s in supervisions) == [
        ("Alejandra Blanco", "master", 2021),
        ("Pablo Rodriguez", "phd", 2025),
    ]


# An electrical engineer's jemdoc page of her students' dissertations: the linked title, then the student's name and
# where the thesis was written ("Dept. of EE, Penn State University"); the title is no list of names.
THESES_LIST = """<h2>PhD Dissertations</h2><ol>
<li><p><a href="https://etda.libraries.psu.edu/catalog/21444rzh5514">Provably Efficient and Trustworthy Reinforcement
Learning</a><br />Ruiquan Huang, Dept. of EE, Penn State University, May 2025.</p></li>
<li><p><a href="https://etda.libraries.psu.edu/catalog/27736sxf302">Information Freshness: Fundamental Limits and
Optimization Methodologies</a><br />Songtao Feng, Dept. of EE, Penn State University, Aug. 2022.</p></li></ol>"""


def test_a_dissertation_by_its_author_and_department(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, THESES_LIST, "Jing Yang - Theses") if isinstance(w, Work)}
    huang = works["Provably Efficient and Trustworthy Reinforcement Learning"]
    assert huang.authors == ("Ruiquan Huang",) and huang.year == 2025
    assert (huang.venue or huang.venue_as_written or "").startswith("Dept. of EE, Penn State University")
    assert works["Information Freshness: Fundamental Limits and Optimization Methodologies"].authors == ("Songtao Feng",)


# A lab page that names no section: its people are known by their shape alone, a list whose items each open with a
# name and say a role or years beside it; a list of citations on the same page stays papers.
UNNAMED_PEOPLE = """<h1>Bio-Interfaces Lab</h1><p>We study food colloids.</p>
<ul><li>Andrea Gila Diaz (PhD student, 2021 - present)</li><li>Romain Sauvestre (MSc, 2023)</li>
<li>Cynthia G. Reyes Hernandez (PhD student, 2020 - present)</li><li>Perla Y. Gutierrez Arzapalo (PhD, 2017 - 2021)</li></ul>
<ul><li>A. Gila Diaz, R. Sauvestre, M. Fosch, Emulsions of pea protein, Food Hydrocolloids, 2024.</li>
<li>C. G. Reyes Hernandez, M. Fosch, T. Nguyen, Foams of whey, Journal of Food Engineering, 2023.</li>
<li>P. Y. Gutierrez Arzapalo, M. Fosch, A. Lee, Gels of starch, Food Chemistry, 2021.</li></ul>"""


def test_people_known_by_their_shape_where_no_heading_names_them(tmp_path: Path) -> None:
    records = read(tmp_path, UNNAMED_PEOPLE, "Bio-Interfaces Lab | Maria Fosch")
    assert kinds_of(people_of(records)) == {
        "Andrea Gila Diaz": "phd",
        "Romain Sauvestre": "master",
        "Cynthia G. Reyes Hernandez": "phd",
        "Perla Y. Gutierrez Arzapalo": "phd",
    }
    assert people_of(records)["Perla Y. Gutierrez Arzapalo"] == ("phd", 2017, 2021)
    assert len([r for r in records if isinstance(r, Work)]) == 3


# The same jemdoc site's book chapters: "Chapter 16 in" before the book's title and its publisher after it are no part
# of the venue; the book is.
BOOK_CHAPTERS = """<h2>Book Chapters</h2><ol>
<li><p>Transmission Preemption for Information Freshness Optimization<br />
S. Feng, B. Wang, C. Deng and J. Yang, <i>Chapter 16 in Age of Information: Foundations and Applications</i>, Cambridge
University Press, Feb. 2023.</p></li>
<li><p>Optimal Power Allocation for Energy Harvesting Transmitters<br />
O. Ozel, J. Yang and S. Ulukus, <i>Chapter 3 in Handbook of Energy Harvesting Networks</i>, Oxford University Press,
2019.</p></li></ol>"""


def test_a_chapter_s_venue_is_its_book(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, BOOK_CHAPTERS, "Jing Yang - Publications") if isinstance(w, Work)}
    chapter = works["Transmission Preemption for Information Freshness Optimization"]
    assert chapter.authors == ("S. Feng", "B. Wang", "C. Deng", "J. Yang") and chapter.year == 2023
    assert (chapter.venue or chapter.venue_as_written) == "Age of Information: Foundations and Applications"
    handbook = works["Optimal Power Allocation for Energy Harvesting Transmitters"]
    assert (handbook.venue or handbook.venue_as_written, handbook.year) == ("Handbook of Energy Harvesting Networks", 2019)


# A jemdoc page laid out as a table: one row, the menu in one cell (the owner's name over links), the page in the
# other. The two cells are no two people's cards; the page's headings name its people.
LAYOUT_TABLE = """<table summary="Table for page layout." id="tlayout"><tr valign="top">
<td id="layout-menu"><div class="menu-category">Francesco Bullo</div>
<div class="menu-item"><a href="index.html">Home</a></div><div class="menu-item"><a href="contact.html">Contact Info</a></div>
<div class="menu-category">Research</div><div class="menu-item"><a href="group.html">Research Group</a></div></td>
<td id="layout-content"><div id="toptitle"><h1>Professor Francesco Bullo - Research Group</h1></div>
<h2>Current PhD Students</h2><ul>
<li><p><a href="https://gilbertod.github.io">Gilberto Diaz-Garcia</a> (Ph.D. student, ECE, UCSB), joint supervision with
Prof Jason Marden</p></li>
<li><p>Kittiphat Boonyawat (Ph.D. student, ME UCSB, k_boonyawat at ucsb.edu)</p></li></ul>
<h2>Former PhD Students (and initial job placement)</h2><ul>
<li><p><a href="https://davydovalexander.github.io">Alexander Davydov</a> (Ph.D., ME UCSB, June 2025), <i>Contraction Theory
in Control, Learning, and Optimization</i> <a href="phd-ad-jun25.pdf">(pdf)</a>, Assistant Professor, Rice University</p></li>
<li><p>Sean Jaffe (Ph.D. CS UCSB, Sep 2024) <i>Dynamical Systems and Neural Networks</i>, Software Engineer, Celonis</p></li>
</ul></td></tr></table>"""


def test_a_layout_table_s_menu_and_content_are_no_people_cards(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, LAYOUT_TABLE, "Francesco Bullo - Research Group"))
    assert kinds_of(people) == {
        "Gilberto Diaz-Garcia": "phd",
        "Kittiphat Boonyawat": "phd",
        "Alexander Davydov": "phd",
        "Sean Jaffe": "phd",
    }
    assert people["Alexander Davydov"][2] == 2025 and people["Kittiphat Boonyawat"][2] is None


# An information theorist's hand-written page of graduate students: "M.A.Sc." is a master's degree, and under a heading
# that names no stage ("Alumni") each keeps the degree written beside them, though the page is titled "Graduate Students".
ALUMNI_DEGREES = """<h1>Graduate Students</h1><h2>Current Graduate Students</h2><ul>
<li>Ilir Gusija (M.A.Sc.)</li><li>Ananya Omanwar (Ph.D.)</li></ul>
<h2>Alumni</h2><ul>
<li>Haider Al-Lawati (<a href="Theses/al-lawati-msc07.pdf">M.Sc. Eng.</a> 2007)</li>
<li>Razan Al-Nakhli (M.Sc. 2011)</li>
<li>Firouz Behnamfar (<a href="Theses/firouz-phd04.pdf">Ph.D.</a> 2004)</li></ul>"""


def test_a_master_s_degree_beside_an_alumnus_is_their_stage(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, ALUMNI_DEGREES, "Graduate Students - Fady Alajaji"))
    assert kinds_of(people) == {
        "Ilir Gusija": "master",
        "Ananya Omanwar": "phd",
        "Haider Al-Lawati": "master",
        "Razan Al-Nakhli": "master",
        "Firouz Behnamfar": "phd",
    }
    assert people["Razan Al-Nakhli"][1:] == (None, 2011)


# The same page: an alumnus who earned two degrees in the group is listed once with both, each with its year.
TWO_DEGREES = """<h1>Graduate Students</h1><h2>Alumni</h2><ul>
<li><a href="https://scholar.google.com.au/citations?user=CSxeFMsAAAAJ">Shahab Asoodeh</a> (<a href="Theses/asoodeh-msc2012.pdf">
M.Sc.</a> 2012, <a href="Theses/phd-asoodeh17.pdf">Ph.D.</a> 2017)</li>
<li>Razan Al-Nakhli (M.Sc. 2011)</li></ul>"""


def test_an_alumnus_with_two_degrees_earned_in_the_group_is_read_for_each(tmp_path: Path) -> None:
    records = read(tmp_path, TWO_DEGREES, "Graduate Students - Fady Alajaji")
    asoodeh = sorted(
        (r.kind.value, r.period.end.year)
        for r in records
        if isinstance(r, Supervision) and r.person == "Shahab Asoodeh" and r.period.end
    )
    assert asoodeh == [("master", 2012), ("phd", 2017)]
    assert people_of(records)["Razan Al-Nakhli"] == ("master", None, 2011)


# A networking professor's jemdoc page of alumni: a table under "PhD students and post-docs" whose first row names its
# columns ("Name | Graduation year | Topic | First placement"). The year is when they graduated; the placement is where
# they went, not their role ("Post-doc with Prof. Zongpeng Li"); a student among "PhD students and post-docs" is a PhD
# student, and a post-doc says so.
GRADUATION_TABLE = """<h2>Alumni:</h2><h3>PhD students and post-docs</h3><table id="PhD_alum">
<tr class="r1"><td class="c1"><i>Name</i> </td><td class="c2"> <i>Graduation year</i> </td><td class="c3"> <i>Topic</i>
</td><td class="c4"> <i>First placement</i>  </td></tr>
<tr class="r2"><td class="c1"><a href="https://simmonssong.github.io/">Qingyu Song</a> </td><td class="c2"> 2025.6 </td>
<td class="c3"> Learning to optimize </td><td class="c4"> Tenure-track assistant professor<br /> Xiamen University </td></tr>
<tr class="r4"><td class="c1"><a href="https://kaiweimo.github.io/">Kaiwei Mo</a> </td><td class="c2"> 2024.7 </td>
<td class="c3"> Federated learning </td><td class="c4"> Post-doc with Prof. Zongpeng Li<br /> Tsinghua University </td></tr>
<tr class="r9"><td class="c1">Chengxi Gao (Post-doc) </td><td class="c2"> 2018 </td><td class="c3"> Data center networks </td>
<td class="c4"> Associate professor<br /> Shenzhen Institute of Advanced Technology </td></tr>
</table>"""


def test_a_table_s_graduation_year_column_ends_and_its_placement_column_is_where_they_went(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, GRADUATION_TABLE, "Students - Hong Xu"))
    assert people == {
        "Qingyu Song": ("phd", None, 2025),
        "Kaiwei Mo": ("phd", None, 2024),
        "Chengxi Gao": ("postdoc", None, 2018),
    }


# A chemist's hand-written list: names as the ACS writes them ("Family, I.; …"), the abbreviated journal and its year,
# the DOI, and then the title, labelled ("Title: …"). "B. Mater. Chem." is an initial before the journal; "J. Org." the
# journal's own; "dos Santos, P. L." and "Data, P." are names.
TITLE_LABELLED = """<h2>Jonathan S. Ward Publications</h2><div align="justify"><h4>
[3]	dos Santos, P. L.; Pereira, D. S.; Eng, J.; Ward, J. S.; Data, P.; Monkman, A. P. ChemPhotoChem 2022, DOI:
10.1002/cptc.202200248 Title: Fine tuning the Photophysics of Donor-Acceptor (D-A3) Thermally Activated Delayed Fluorescence
Emitters Using Isomerisation.<br><br>
[6]	Hempe, M.; Harrison, A. K; Ward, J. S.; Bryce, M. R. J. Org. Chem. 2021, 86, 1, 429–445 (equal contribution). Title:
Cyclophane Molecules Exhibiting Thermally Activated Delayed Fluorescence.<br><br>
[7]	Ward, J. S.; Danos, A.; Monkman, A. P.; Bryce, M. R.; Dias, F. B. Mater. Chem. Front. 2020, 4, 3602–3615. Title:
Exploiting Trifluoromethyl Substituents for Tuning Orbital Character of Singlet and Triplet States.<br><br></h4></div>"""


def test_a_title_labelled_after_names_and_journal(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, TITLE_LABELLED, "Publications") if isinstance(w, Work)}
    fine = works["Fine tuning the Photophysics of Donor-Acceptor (D-A3) Thermally Activated Delayed Fluorescence Emitters Using Isomerisation"]
    assert fine.authors == ("P. L. dos Santos", "D. S. Pereira", "J. Eng", "J. S. Ward", "P. Data", "A. P. Monkman")
    assert (fine.venue or fine.venue_as_written, fine.year) == ("ChemPhotoChem", 2022)
    cyclophane = works["Cyclophane Molecules Exhibiting Thermally Activated Delayed Fluorescence"]
    assert cyclophane.authors[-1] == "M. R. Bryce" and (cyclophane.venue or cyclophane.venue_as_written) == "J. Org. Chem"
    front = works["Exploiting Trifluoromethyl Substituents for Tuning Orbital Character of Singlet and Triplet States"]
    assert front.authors[-1] == "F. B. Dias" and (front.venue or front.venue_as_written, front.year) == ("Mater. Chem. Front", 2020)


# A chemistry group's hand-written members page: each person a heading line that opens with their role as a label
# ("MChem student: Herbert Andrews 2025-2026"); the head's line is the supervisor's. MChem is a master's degree.
ROLE_LABELLED_PEOPLE = """<article class="box post"><header><h2>Current Group Members</h2>
<p><h4>Group Leader: Dr Jonathan S. Ward</h4><h4>Second Year PhD student: Ben Clarke 2024-present</h4></p>
<h3>Previous Group Members</h3>
<h4>MChem student: Herbert Andrews 2025-2026</h4>
<h4>BSc student: Eleanor Dilks 2025-2026</h4>
<h4>MChem student: Luke Farnan 2024-2025</h4></header></article>"""


def test_people_set_as_headings_that_open_with_their_role(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, ROLE_LABELLED_PEOPLE, "Ward Group - Group Members"))
    assert people == {
        "Ben Clarke": ("phd", 2024, None),
        "Herbert Andrews": ("master", 2025, 2026),
        "Eleanor Dilks": ("research", 2025, 2026),
        "Luke Farnan": ("master", 2024, 2025),
    }


# A programming-languages professor's hand-written page: "PhD Graduates" are past students (the one date each is when
# they finished); each one's thesis is a list set in the list after them, no person ("Principia Narcissus: How to
# avoid being caught by your reflection"); "Recent Courses" is teaching, its title no one's name.
GRADUATES_WITH_THESES = """<h3><font face="Arial">Current Ph. D. Students</font></h3>
<ul><li><a href="https://ionathan.ch/">Jonathan Chan</a></li></ul>
<h3>PhD Graduates<br></h3>
<ul> <li><a href="https://electriclam.com/">Yiyun Liu</a>, May 2026</li>
<ul><li>Dependency Tracking and Dependent Types</li></ul>
<li>Geoffrey Washburn, Dec. 2007</li>
<ul><li><a href="http://repository.upenn.edu/dissertations/AAI3292086/">Principia Narcissus: How to avoid being caught by
your reflection</a></li></ul></ul>
<h3><font face="Arial">Recent Courses</font></h3>
<ul><li>Fall 25 - Programming Languages: Semantics and Types (CIS 7000-1)</li></ul>"""


def test_graduates_are_past_students_and_their_theses_listed_under_them_are_no_people(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, GRADUATES_WITH_THESES, "Stephanie Weirich"))
    assert people == {
        "Jonathan Chan": ("phd", None, None),
        "Yiyun Liu": ("phd", None, 2026),
        "Geoffrey Washburn": ("phd", None, 2007),
    }


# A Portuguese-language Sphinx page of a team: each group a section of its own ("Assistentes de Pesquisa" are research
# assistants, no person's name; "Pós-Doutorandos" postdocs), a name before the full stop that ends it even when it ends
# in an accented letter ("Joyce Figueiró. Modelagem …"), and a postdoc written as a term over a list describing them.
PORTUGUESE_TEAM = """<div class="section" id="equipe"><h1>Equipe</h1>
<div class="section" id="alunos-de-mestrado"><h2>Alunos de Mestrado<a class="headerlink" href="#m">¶</a></h2>
<ul class="simple"><li>Joyce Figueiró. Modelagem Matemática da Síndrome do colapso de Colônias de Abelhas. 2012. Dissertação
(Modelagem Matemática da Informação) - Fundação Getúlio Vargas</li><li>Daniel Fialho. 2012</li></ul></div>
<div class="section" id="alunos-de-doutorado"><h2>Alunos de Doutorado<a class="headerlink" href="#d">¶</a></h2>
<ul class="simple"><li>Julio César Chaves (Co-orientação com Alexandre Evsukoff)</li></ul></div>
<div class="section" id="assistentes-de-pesquisa"><h2>Assistentes de Pesquisa<a class="headerlink" href="#a">¶</a></h2>
<ul class="simple"><li>Alvaro Justen (Graduando)</li><li>Isabelle Lessa</li></ul></div>
<div class="section" id="pos-doutorandos"><h2>Pós-Doutorandos<a class="headerlink" href="#p">¶</a></h2>
<ul><li><dl class="first docutils"><dt>Crysttian Arantes Paixão</dt><dd><ul class="first last simple">
<li>Projeto de Pesquisa: Modelo Computacional de Bitstring para a Dengue</li>
<li>Lattes: <a class="reference external" href="http://lattes.cnpq.br/6914542088971040">http://lattes.cnpq.br/6914542088971040</a></li>
</ul></dd></dl></li></ul></div></div>"""


def test_a_portuguese_team_page_of_sphinx_sections(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, PORTUGUESE_TEAM, "Equipe &mdash; Flávio Codeço Coelho"))
    assert kinds_of(people) == {
        "Joyce Figueiró": "master",
        "Daniel Fialho": "master",
        "Julio César Chaves": "phd",
        "Alvaro Justen": "research",
        "Isabelle Lessa": "research",
        "Crysttian Arantes Paixão": "postdoc",
    }


# A biostatistician's Quarto list: "Authors, Title (2022) <em>Journal</em>, volume pages [journal]": the year in brackets
# after the title is the paper's year, no part of its title.
YEAR_AFTER_TITLE = """<h1>Papers</h1><ul>
<li> M Erlendsdottir, <b> Forrest W. Crawford, </b> Randomized controlled trials of biomarker targets (2022)
<em>Clinical Trials</em>, 20 47-58 <a href="https://journals.sagepub.com/doi/abs/10.1177/17407745221131820">[journal]</a>
<a href="https://www.ncbi.nlm.nih.gov/pmc/articles/PMC9974557/">[open access]</a></li>
<li> N Josephs, D Feehan, <b> Forrest W. Crawford, </b> A sample size formula for network scale-up surveys (2022)
<em>Sociological Methods and Research</em>, In press <a href="https://journals.sagepub.com/doi/10.1177/00491241221122576">[journal]</a>
<a href="https://arxiv.org/abs/2111.09684">[preprint]</a></li>
<li> X Cai, W W Loh, <b> Forrest W. Crawford, </b> Identification of causal intervention effects under contagion (2021)
<em>Journal of Causal Inference</em>, 9 9-38 <a href="https://doi.org/10.1515/jci-2019-0033">[journal]</a></li></ul>"""


def test_a_year_in_brackets_after_the_title_is_the_paper_s_year(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, YEAR_AFTER_TITLE, "Papers – Forrest W. Crawford") if isinstance(w, Work)}
    assert works["Randomized controlled trials of biomarker targets"].year == 2022
    assert works["A sample size formula for network scale-up surveys"].year == 2022
    assert works["Identification of causal intervention effects under contagion"].year == 2021


# A Next.js list of APA citations, each opening with a badge of its kind ("Conference", "Journal") set before it: the
# badge is a label, no word of the first author's name.
KIND_BADGES = """<h1>Publications</h1><section id="p2026"><h2>2026</h2><div>
<article class="border-l"><div class="flex"><span class="inline-flex uppercase">Conference</span><div class="flex-1">
<p>He, J. &amp; Liu, J.<!-- --> (<!-- -->2026<!-- -->).<!-- --> <span class="font-medium italic">Not All Transparency Is Equal:
Source Presentation Effects on Attention, Interaction, and Persuasion in Conversational Search</span> <span>In Proceedings of
the ACM SIGIR Conference on Human Information Interaction and Retrieval. New York, NY: ACM (CHIIR).</span></p></div></div></article>
<article class="border-l"><div class="flex"><span class="inline-flex uppercase">Journal</span><div class="flex-1">
<p>Lei, J., Hu, L., Bu, Y., &amp; Liu, J. (2025). <span class="font-medium italic">Understanding teams and productivity in
information retrieval research: Academia, industry, and cross-community collaborations</span> <span>Journal of Data and
Information Science (JDIS).</span></p></div></div></article></div></section>"""


def test_a_badge_of_the_work_s_kind_is_no_author(tmp_path: Path) -> None:
    works = [w for w in read(tmp_path, KIND_BADGES, "Publications | Jiqun Liu") if isinstance(w, Work)]
    assert sorted(w.authors for w in works) == [("J. He", "J. Liu"), ("J. Lei", "L. Hu", "Y. Bu", "J. Liu")]
    assert all(w.year in (2025, 2026) for w in works)


# The same list: the title set in italics by a class (Tailwind's "italic"), the venue after it opening with "In".
ITALIC_BY_CLASS = """<h1>Publications</h1><div><article class="border-l"><div class="flex"><div class="flex-1">
<p>Dewan, M., Liu, J., &amp; Shah, C.<!-- --> (<!-- -->2026<!-- -->).<!-- --> <span class="font-medium italic">TRUE: A
reproducible framework for LLM-driven relevance judgment in information retrieval</span> <span class="text-zinc-700">In
Proceedings of the 19th ACM International Conference on Web Search and Data Mining. Boise, Idaho. 4 pages. (WSDM).</span></p>
<div class="flex flex-wrap"><a href="https://arxiv.org/pdf/2509.25602">Preprint</a></div></div></div></article></div>"""


def test_a_title_set_in_italics_by_its_class_ends_where_the_italics_end(tmp_path: Path) -> None:
    (work,) = [w for w in read(tmp_path, ITALIC_BY_CLASS, "Publications | Jiqun Liu") if isinstance(w, Work)]
    assert work.title == "TRUE: A reproducible framework for LLM-driven relevance judgment in information retrieval"
    assert work.authors == ("M. Dewan", "J. Liu", "C. Shah") and work.year == 2026
    assert (work.venue or work.venue_as_written or "").startswith("Proceedings of the 19th ACM International Conference on Web")


# A bibtex2html index page: a table of the authors (a letter, then names) and one of keywords, no citations.
_AUTHORS = [("P.", "Agharkar"), ("V.", "Amelkin"), ("S. E.", "Aranda"), ("C.", "Bean"), ("S.", "Betteti"), ("S. D.", "Bopardikar")]
_AUTHOR_CELLS = [f'<td><a href="Author/{family.upper()}.html">{given} <strong>{family}</strong></a></td>' for given, family in _AUTHORS]
_KEYWORDS = ["Distributed Computing", "Decision Making", "Neural Networks", "Nonlinear Control", "Robotic Networks", "Vehicle Routing"]
AUTHOR_INDEX = (
    '<h1>Publications</h1><table align="center" cellpadding="3" cellspacing="1">'
    + "".join(f"<tr><td>{'A' if i == 0 else ''}</td>{''.join(_AUTHOR_CELLS[i : i + 3])}</tr>" for i in (0, 3))
    + "".join(f"<tr><td></td>{''.join(_AUTHOR_CELLS[i : i + 3])}</tr>" for i in (1, 2))
    + "</table><table>"
    + "".join(f'<tr><td><a href="Keyword/{k}.html">{k}</a></td><td><a>{_KEYWORDS[(i + 1) % 6]}</a></td></tr>' for i, k in enumerate(_KEYWORDS))
    + "</table>"
)


def test_an_index_of_authors_or_keywords_holds_no_citation(tmp_path: Path) -> None:
    assert [r for r in read(tmp_path, AUTHOR_INDEX, "Publications of Francesco Bullo") if isinstance(r, Work)] == []


# The same site's papers page: jemdoc's menu (``<td id="layout-menu">``) lists the owner's books as links; it is the
# site's navigation, not a list of papers.
JEMDOC_MENU = """<table summary="Table for page layout." id="tlayout"><tr valign="top"><td id="layout-menu">
<div class="menu-category">Books</div>
<div class="menu-item"><a href="https://fbullo.github.io/ctds">Contraction Theory <br> for Dynamical Systems.</a></div>
<div class="menu-item"><a href="https://fbullo.github.io/lns">Lectures on <br> Network Systems.</a></div>
<div class="menu-item"><a href="https://fbullo.github.io/dcrn">Distributed Control<br> of Robotic Networks.</a></div>
<div class="menu-item"><a href="https://fbullo.github.io/gcms">Geometric Control of<br> Mechanical Systems.</a></div>
</td><td id="layout-content"><h1>Publications</h1><ol>
<li><p>F. Bullo, J. Cortés and B. Piccoli. On control and optimization in cooperative networks. <i>SIAM Journal on Control and
Optimization</i>, 2009.</p></li></ol></td></tr></table>"""


def test_a_jemdoc_menu_is_navigation_not_papers(tmp_path: Path) -> None:
    titles = [w.title for w in read(tmp_path, JEMDOC_MENU, "Francesco Bullo - Publications") if isinstance(w, Work)]
    assert titles == ["On control and optimization in cooperative networks"]


# The information theorist's visitors: "International Visiting Research Students" are visitors whatever they study at
# home ("Ph.D.", "M.Sc."), and the one year written is the year of the visit.
VISITING_STUDENTS = """<h1>Graduate Students</h1><section class="section-card"><h2>International Visiting Research Students</h2><ul>
<li>Pedro Melo (M.Sc., <i>Federal University of Pernambuco</i>, Brazil, 2011)</li>
<li>Eri Mikami (Ph.D., <i>Tsuda College</i>, Japan, 2004–05)</li>
<li>Shih-Wei Wang (Ph.D., <i>National Chiao Tung University</i>, Taiwan, 2010)</li></ul></section>"""


def test_visiting_research_students_are_visitors_for_the_year_written(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, VISITING_STUDENTS, "Graduate Students - Fady Alajaji"))
    assert people == {
        "Pedro Melo": ("visit", 2011, 2011),
        "Eri Mikami": ("visit", 2004, 2005),
        "Shih-Wei Wang": ("visit", 2010, 2010),
    }


# A Jupyter Book lab site: "people/alumni.html" titled "Graduate students". The file's name says they have left: the
# one year beside each is the year they left, not a stay of that year.
ALUMNI_PAGE = """<section id="graduate-students"><h1>Graduate students</h1>
<p><strong>Dr. Malcolm Wells, Ph.D.</strong><br />Columbia Physics, 2025<br /><strong>Thesis title:</strong>
<a href="https://academiccommons.columbia.edu/doi/10.7916/9apw-p041">Quantitative high-resolution HX/MS</a><br />
<strong>Now:</strong> Postdoctoral researcher at the New York Structural Biology Center</p></section>
<section id="undergraduates"><h1>Undergraduates</h1>
<p><strong>Daniel Camilo Pineda Rodriguez, B.S.</strong><br />Columbia Biochemistry, 2023<br />Amgen scholarship, 2022<br />
<strong>Now:</strong> Graduate student and NSF fellow at UC Berkeley biophysics program</p></section>"""


def test_a_page_named_alumni_holds_people_who_left(tmp_path: Path) -> None:
    path = tmp_path / "people" / "alumni.html"
    path.parent.mkdir()
    path.write_text(f"<html><head><title>Graduate students</title></head><body>{ALUMNI_PAGE}</body></html>", encoding="utf-8")
    result, _ = read_html_pages([(path, "people/alumni.html")], venues(), organizations(), default_owner="Anum Glasgow")
    people = people_of([r for r in result.records if isinstance(r, Supervision)])
    assert people == {"Malcolm Wells": ("phd", None, 2025), "Daniel Camilo Pineda Rodriguez": ("research", None, 2023)}


# A lab's Jekyll page "publications_conference/index.html" titled "International Conferences": each paper a coloured
# bold title set loose in the page, then a paragraph of its authors and "<b>ACRONYM YEAR</b> - full venue name".
LOOSE_TITLES = """<h1>International Conferences</h1><h3> 2026 </h3>
<font color="blue"><b>Compositional Spectral Prompts for LLM-based Online Time Series Forecasting</b></font>
<p>Seungyoon Choi, Hyunchul Kim, Jae-Gil Lee, Chanyoung Park<br />
  <b>CIKM 2026</b> - ACM International Conference on Information and Knowledge Management<br /> <a href="x">[PDF]</a><br /></p>

<font color="blue"><b>Why and When Visual Token Pruning Fails? A Study on Relevant Visual Information Shift</b></font>
<p>Jiwan Kim, Kibum Kim, Wonjoong Kim, Byung-Kwan Lee, Chanyoung Park<br />
  <b>The Fourth International Workshop on Resource-Efficient Learning (KDD 2026 Workshop)</b> - ACM SIGKDD Conference on
  Knowledge Discovery and Data Mining<br /> <a href="y">[PDF]</a><br /></p>

<font color="blue"><b>Continual Traffic Forecasting via Mixture of Experts</b></font>
<p>Sanghyun Lee, Chanyoung Park<br /> <b>SSAC 2026</b> - MIT Sloan Sports Analytics Conference<br /></p>"""


def test_titles_set_loose_before_their_paragraphs_and_a_short_name_before_the_full(tmp_path: Path) -> None:
    path = tmp_path / "publications_conference" / "index.html"
    path.parent.mkdir()
    page = f"<html><head><title>International Conferences</title></head><body>{LOOSE_TITLES}</body></html>"
    path.write_text(page, encoding="utf-8")
    result, _ = read_html_pages([(path, "publications_conference/index.html")], venues(), organizations())
    works = {w.title: w for w in result.records if isinstance(w, Work)}
    assert len(works) == 3
    spectral = works["Compositional Spectral Prompts for LLM-based Online Time Series Forecasting"]
    assert spectral.authors == ("Seungyoon Choi", "Hyunchul Kim", "Jae-Gil Lee", "Chanyoung Park") and spectral.year == 2026
    pruning = works["Why and When Visual Token Pruning Fails? A Study on Relevant Visual Information Shift"]
    assert pruning.venue_as_written == "The Fourth International Workshop on Resource-Efficient Learning"
    traffic = works["Continual Traffic Forecasting via Mixture of Experts"]
    assert traffic.venue_as_written == "MIT Sloan Sports Analytics Conference"


# An R Markdown lab site's Chicago-style list: the closing quote set against the journal ("System.”Frontiers in
# Neuroanatomy9 (2015)"), its volume against its name.
GLUED_QUOTE = """<h1>Publications</h1><h3>2015</h3>
<p>Mashanov, Vladimir S., Olga R. Zueva, and José E. García-Arrarás.
“Heterogeneous Generation of New Cells in the Adult Echinoderm Nervous
System.”Frontiers in Neuroanatomy9 (2015). <a href="doi:10.3389/fnana.2015.00123">doi:10.3389/fnana.2015.00123</a>.
<a href="https://www.ncbi.nlm.nih.gov/pubmed/26441553">[NCBI]</a></p>"""


def test_a_closing_quote_against_the_journal_and_a_volume_against_its_name(tmp_path: Path) -> None:
    (work,) = [w for w in read(tmp_path, GLUED_QUOTE, "Publications") if isinstance(w, Work)]
    assert work.title == "Heterogeneous Generation of New Cells in the Adult Echinoderm Nervous System"
    assert work.authors == ("Vladimir S. Mashanov", "Olga R. Zueva", "José E. García-Arrarás")
    assert (work.venue or work.venue_as_written, work.year) == ("Frontiers in Neuroanatomy", 2015)


# A site builder's paper list (EverWeb): each line its own paragraph, a bullet written as text before the title,
# "Together with A and B." under it (the owner wrote it with them), the venue's proceedings series after its year.
BULLETED_PARAGRAPHS = """<h1>My Papers</h1><div>
<p><span>&nbsp;&nbsp;</span><span>• </span><span>Proper semirings and proper convex functors</span></p>
<p><span>&nbsp;&nbsp;Together with </span><a href="x">Harald Woracek</a><span>. FoSSaCS 2018 , LNCS 10803, p. 331-347.</span></p>
<p style="font-size: 0"><span><br /></span></p>
<p><span>• </span><span>SEA-PARAM: Exploring schedulers in parametric MDPs</span></p>
<p><span>Together with </span><a href="y">Sebastian Arming</a><span> and Ezio Bartocci. QAPL 2017 (EPTCS 250), p. 1-10.</span></p>
<p style="font-size: 0"><span><br /></span></p>
<p><span>• </span><span>Termination in convex sets of distributions</span></p>
<p><span>Together with Harald Woracek. LMCS 14(4) 2018.</span></p>
</div>"""


def test_bulleted_paragraphs_are_one_entry_each_and_together_with_names_the_coauthors(tmp_path: Path) -> None:
    path = tmp_path / "papers.html"
    page = f"<html><head><title>Ana Sokolova - My Papers</title></head><body>{BULLETED_PARAGRAPHS}</body></html>"
    path.write_text(page, encoding="utf-8")
    result, _ = read_html_pages([(path, "papers.html")], venues(), organizations())
    works = {w.title: w for w in result.records if isinstance(w, Work)}
    assert len(works) == 3
    semirings = works["Proper semirings and proper convex functors"]
    assert semirings.authors == ("Ana Sokolova", "Harald Woracek")
    assert (semirings.venue or semirings.venue_as_written, semirings.year) == ("FoSSaCS", 2018)
    param = works["SEA-PARAM: Exploring schedulers in parametric MDPs"]
    assert param.authors == ("Ana Sokolova", "Sebastian Arming", "Ezio Bartocci")
    assert (param.venue or param.venue_as_written, param.year) == ("QAPL", 2017)


# A geologist's hand-written students page: groups headed "Graduate Students and Visiting Scholars" (students first)
# and "Supervised Theses and Dissertations, Indiana University" (where, after a comma); each line a thesis written
# family name first ("Wilson, Ryan D., 2015, Title, M.S."), the degree it earned after its title, the year its end.
THESIS_LINES = """<h2>Graduate Students and Visiting Scholars:</h2>
<h3>Supervised Theses and Dissertations, Indiana University</h3>
<p><u><i>Yawar, Zalmai, 2021,</i></u> Lithofacies Distribution, Sedimentology and Sequence Stratigraphy of the Devonian
Ohio Shale in the Central Appalachian Basin, Kentucky, Ph.D.&nbsp;&nbsp;&nbsp; IU Flume Lab Manager</p>
<p><u><i>Wilson, Ryan D., 2015,</i></u> An Integrated Sedimentologic, Stratigraphic, and Petrographic Study, M.S.&nbsp;&nbsp; Shell</p>
<p><u><i>Liu, Bei, 2020,</i></u> Organic matter accumulation in the Upper Devonian New Albany Shale, Illinois Basin,
Ph.D.&nbsp;&nbsp;&nbsp; Associate Professor - China University of Geosciences, Wuhan</p>"""


def test_thesis_lines_written_family_name_first_with_the_degree_after_the_title(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, THESIS_LINES, "Juergen Schieber - Students"))
    assert people == {
        "Zalmai Yawar": ("phd", None, 2021),
        "Ryan D. Wilson": ("master", None, 2015),
        "Bei Liu": ("phd", None, 2020),
    }


# A hand-written group page whose "Alumni" heading is never closed (``<h1>Alumni</p>``): a browser closes it at the
# next heading, so the former students under "Former Ph.D. students" are people, not words of a heading.
UNCLOSED_HEADING = """<h1>Members</h1><h2><b>Ph.D. students</b></h2><div class="row">
<div class="member-box"><div class="member-brief"><p>Cong Wang</p><p>Ph.D. student, Peking University</p></div></div></div>
<hr><h1 class="page-header">Alumni</p>
<h2><b>Former Ph.D. students</b></h2><div class="row">
<div class="member-box"><div class="member-brief"><p>Dr. Dezhang Li</p></div></div>
<div class="member-box"><div class="member-brief"><p>Dr. Weihao Liang</p></div></div>
<div class="member-box"><div class="member-brief"><p>Dr. Haifeng Zheng</p></div></div></div>"""


def test_a_heading_never_closed_ends_where_the_next_heading_opens(tmp_path: Path) -> None:
    path = tmp_path / "members.html"
    path.write_text(f"<html><head><title>Members</title></head><body>{UNCLOSED_HEADING}</body></html>", encoding="utf-8")
    result, _ = read_html_pages([(path, "members.html")], venues(), organizations(), default_owner="Jian Liu")
    people = people_of([r for r in result.records if isinstance(r, Supervision)])
    assert {name: kind for name, (kind, _, _) in people.items()} == {
        "Cong Wang": "phd",
        "Dezhang Li": "phd",
        "Weihao Liang": "phd",
        "Haifeng Zheng": "phd",
    }


# A lab's Jekyll site on the Greene Lab template (the real page): the journal in "citation-publisher", the whole
# citation inside "citation" (so that is no venue).
GREENE_LAB_PAGE = Path(__file__).parent / "data" / "homepage-heldout32" / "scott-crossley-jekyll" / "research" / "index.html"


def test_a_citation_publisher_class_holds_the_journal() -> None:
    result, _ = read_html_pages([(GREENE_LAB_PAGE, "research/index.html")], venues(), organizations())
    works = {w.title: w for w in result.records if isinstance(w, Work)}
    corpus = works["The KLiCKe corpus: Keystroke logging in compositions for knowledge evaluation"]
    assert corpus.authors == ("Yu Tian", "Scott Crossley", "Luuk Van Waes")
    assert (corpus.venue or corpus.venue_as_written, corpus.year) == ("Journal of Writing Research", 2025)


# A theoretical-chemistry group page: under "Principal Investigator", "Selected Honors and Awards" lists the owner's
# distinctions (no honours students).
HONORS_AND_AWARDS = """<h1>Principal Investigator</h1><p>Jian Liu, Professor of Chemistry</p>
<h3>Selected Honors and Awards</h3><ul>
<li>Pople Medal, Asia-Pacific Association of Theoretical and Computational Chemists (APATCC), 2019</li>
<li>Drickamer Fellowship, University of Illinois, 2003</li>
<li>Guo Moruo Scholarship, University of Science and Technology of China, 1999</li></ul>
<h1>Graduate Students</h1><ul><li>Cong Wang, Ph.D. student (2021-)</li><li>Baihua Wu, Ph.D. student (2020-)</li></ul>"""


def test_honors_and_awards_under_the_owner_are_no_honours_students(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, HONORS_AND_AWARDS, "Jian Liu Group - Members"))
    assert people == {"Cong Wang": ("phd", 2021, None), "Baihua Wu": ("phd", 2020, None)}


# A Spanish-language lab's Quarto list: "et al." between the names it shows, the lab's members among them.
ET_AL_BETWEEN = """<h1>Publicaciones</h1><h2>2024</h2><ul>
<li><p><a href="https://doi.org/10.1038/s41559-024-02489-3">The decolonization dilemma at different stages of the academic
career</a><br>T. Rivera-Núñez et al., <strong>Fabricio Villalobos</strong> et al., W. Dáttilo<br><em>Nature Ecology &amp;
Evolution</em> (2024)</p></li>
<li><p><a href="https://doi.org/10.1038/s43017-024-00527-z">Mechanisms, detection and impacts of species redistributions
under climate change</a><br>J. A. Lawlor et al., <strong>Fabricio Villalobos</strong> et al., J. Sunday<br><em>Nature
Reviews Earth &amp; Environment</em> (2024)</p></li></ul>"""


def test_et_al_between_names_leaves_the_names_on_either_side(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, ET_AL_BETWEEN, "Publicaciones") if isinstance(w, Work)}
    dilemma = works["The decolonization dilemma at different stages of the academic career"]
    assert dilemma.authors == ("T. Rivera-Núñez", "Fabricio Villalobos", "W. Dáttilo") and dilemma.year == 2024
    assert works["Mechanisms, detection and impacts of species redistributions under climate change"].authors == (
        "J. A. Lawlor",
        "Fabricio Villalobos",
        "J. Sunday",
    )


# A site builder's home page (EverWeb): the students in one text box, each a paragraph opening with a bullet written
# as text ("• Clemens Brunner, co-supervised, defended on June 25, 2021"), blank paragraphs between.
BULLETED_PEOPLE = """<h1>Welcome to my Homepage</h1><div style="position:relative"><div id="shape_13">
<div class="ewblock-overlay-text"><p class="para7"><span class="Style16">PhD students:</span></p>
<p style="font-size: 0" class="Style17"><span><br></span></p>
<p class="para7"><span>&nbsp;&nbsp;</span><span>• Sebastian Arming </span></p>
<p style="font-size: 0" class="Style50"><span><br></span></p>
<p class="para7"><span>• Clemens Brunner, co-supervised, defended on June 25, 2021 </span></p>
<p style="font-size: 0" class="Style50"><span><br></span></p>
<p class="para7"><span>• Daniel Kocher, co-supervised, defended on May 28, 2021 </span></p></div></div></div>"""


def test_people_each_a_paragraph_opening_with_a_bullet_written_as_text(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, BULLETED_PEOPLE, "Ana Sokolova"))
    assert people == {
        "Sebastian Arming": ("phd", None, None),
        "Clemens Brunner": ("phd", None, 2021),
        "Daniel Kocher": ("phd", None, 2021),
    }


# The neurobiology lab's Chicago-style list: "no. 1-2" is an issue's number, no sentence's end (the journal before it
# is the venue, not "1-2").
ISSUE_NUMBER = """<h1>Publications</h1><h3 id="2012">
2012
</h3>
<p>Mashanov, Vladimir S., Olga R. Zueva, and Jose E. Garcia-Arraras.
“Expression of Wnt9, TCTP, and Bmp1/Tll in Sea Cucumber Visceral
Regeneration.”Gene Expression Patterns12, no. 1-2 (2012): 24-35. <a
href="doi:10.1016/j.gep.2011.10.003"
class="uri">doi:10.1016/j.gep.2011.10.003</a>. [PDF]</p>"""


def test_an_issue_number_is_no_sentence_end(tmp_path: Path) -> None:
    (work,) = [w for w in read(tmp_path, ISSUE_NUMBER, "Publications") if isinstance(w, Work)]
    assert work.title == "Expression of Wnt9, TCTP, and Bmp1/Tll in Sea Cucumber Visceral Regeneration"
    assert work.authors == ("Vladimir S. Mashanov", "Olga R. Zueva", "Jose E. Garcia-Arraras")
    assert (work.venue or work.venue_as_written, work.year) == ("Gene Expression Patterns", 2012)


# An economist's page of former PhD students (Bandiera): year headings over cards of a name and a line whose class
# says where they went ("placement"); the last heading, "2013 and earlier", gives no one year.
PLACEMENT_CARDS = """<header><h1>PhD Students</h1></header>
<section><h2 class="year-title">2026</h2>
<div class="card"><div class="name">Amen Jalal</div><div class="placement">PostDoc Harvard Academy, AP Harvard
Kennedy School</div></div>
<div class="card"><div class="name">Sarah Winton</div><div class="placement">AP, University of Stockholm</div></div>
<h2 class="year-title">2014</h2>
<div class="card"><div class="name">Anett Hoffman</div><div class="placement">Assistant Professor, CREST Paris</div></div>
<div class="card"><div class="name">Yanhui Wu</div><div class="placement">Assistant Professor, USC</div></div>
<div class="top"><a href="#top">Back to top</a></div></section>
<section><h2 class="year-title">2013 and earlier</h2>
<div class="card"><div class="name">Selim Gulesci</div><div class="placement">Assistant Professor, Bocconi</div></div>
</section>"""


def test_a_placement_line_is_where_a_student_went_and_their_year_when_they_left(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, PLACEMENT_CARDS, "PhD Students — Oriana Bandiera"))
    assert people == {
        "Amen Jalal": ("phd", None, 2026),
        "Sarah Winton": ("phd", None, 2026),
        "Anett Hoffman": ("phd", None, 2014),
        "Yanhui Wu": ("phd", None, 2014),
        "Selim Gulesci": ("phd", None, None),
    }


# A statistician's Quarto page (Cook): journal articles as a table printed from ORCID, its header naming the columns
# "title | year | journal" and no authors; "NA" where no journal is known. A table whose "Title" column holds the
# whole citation (Smolík) is read from its text as before.
COLUMNS_TABLE = """<h1 class="title">Publications</h1><h2>Journal articles</h2>
<table class="gt_table"><thead><tr><th id="titlelink">title</th><th id="year">year</th><th id="journal">journal</th></tr>
</thead><tbody>
<tr><td headers="titlelink"><a href="https://doi.org/10.1080/10618600.2024.2344616">Performance Is Not Enough: The Story
Told by a Rashomon Quartet</a></td><td headers="year">2024</td><td headers="journal">Journal of Computational and
Graphical Statistics</td></tr>
<tr><td headers="titlelink"><a href="https://doi.org/10.1/x">NanoMethViz: an R/Bioconductor package for visualizing
long-read methylation data</a></td><td headers="year">2021</td><td headers="journal">NA</td></tr>
</tbody></table>
<h2>Other papers</h2>
<table><thead><tr><th>Title</th><th>Type</th><th>Year</th></tr></thead><tbody>
<tr><td>Chromá, A., &amp; Treichelová, J. (2025). <em>The curiously long journey of the German case marking.</em> Journal of
Child Language.</td><td>Article</td><td>2025</td></tr></tbody></table>"""


def test_a_table_read_by_the_columns_its_header_names(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, COLUMNS_TABLE, "Publications – Dianne Cook") if isinstance(w, Work)}
    quartet = works["Performance Is Not Enough: The Story Told by a Rashomon Quartet"]
    assert quartet.authors == () and quartet.year == 2024 and quartet.doi == "10.1080/10618600.2024.2344616"
    assert (quartet.venue or quartet.venue_as_written) == "Journal of Computational and Graphical Statistics"
    nano = works["NanoMethViz: an R/Bioconductor package for visualizing long-read methylation data"]
    assert (nano.venue, nano.venue_as_written, nano.year) == (None, None, 2021)
    journey = works["The curiously long journey of the German case marking"]
    assert journey.authors == ("A. Chromá", "J. Treichelová") and journey.year == 2025
    assert len(works) == 3


# The statistician's students page (Cook): one "year" column, a year still to come for a current student (the year
# they are to finish), so it cannot be the year they came.
STUDENTS_TABLE = """<h1 class="title">PhD students</h1>
<table><thead><tr><th>name</th><th>year</th><th>from</th><th>topic</th><th>co-advisors</th></tr></thead><tbody>
<tr><td><a href="https://github.com/m">Maliny Po</a></td><td>2099</td><td>Cambodia</td><td>Integrating Large Language
Models into Data-Intensive Visualisation</td><td>Michael Lydeamore</td></tr>
</tbody></table>"""


def test_a_year_still_to_come_is_when_a_student_is_to_finish(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, STUDENTS_TABLE, "Students – Dianne Cook"))
    assert people == {"Maliny Po": ("phd", None, 2099)}


# A financial-engineering lab's alumni page (Kim): each alumnus a list item numbered "[14]" in text, the name with
# its Korean spelling, then the thesis and the job since ("Quantitative Trader, …", "Vice President, …"): a job, not a
# person.
BRACKET_NUMBERED_ALUMNI = """<h2>Alumni</h2><h3><b>Ph.D.</b></h3><ul>
<li><h3><b>[11] Guhyuk Chung <font face="malgun gothic">(정구혁)</font></b></h3>
<p>Ph.D., 2024, "Order Book Modeling and Market Making Strategies: A Neural Approach"</br>
Quantitative Trader, LINE Investment Technologies, 2024 - </br></p>
<li><h3><b>[5] Do-Gyun Kwon <font face="malgun gothic">(권도균)</font></b></h3>
<p>Ph.D., 2018, "Stochastic Programming Models for Goal-based Asset-liability Management"</br>
Vice President, Quantitative Development, World Quant, 2018 -</br></p>
</ul>"""


def test_a_bracketed_number_before_a_name_and_jobs_after_it(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, BRACKET_NUMBERED_ALUMNI, "Alumni | Woo Chang Kim"))
    assert people == {"Guhyuk Chung": ("phd", None, 2024), "Do-Gyun Kwon": ("phd", None, 2018)}


# A legged-robot lab's cards (Liu): "MAE Ph.D (2022 Fall)", the term a student came in, not the year of a degree.
TERM_CARDS = """<h2 id="phd-students">Ph.D. Students</h2><div class="people-grid">
<div class="person-card"><div class="person-photo"><img src="hongbo.png" alt="Zhang Hongbo" /></div>
<p><b><a href="https://example.org/">Zhang Hongbo</a></b><br />MAE Ph.D (2022 Fall)</p></div>
<div class="person-card"><div class="person-photo"><img src="jinhu.png" alt="Dong Jinhu" /></div>
<p><b>Dong Jinhu</b><br />MAE Ph.D (2023 Fall)</p></div></div>"""


def test_a_students_term_is_when_they_came(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, TERM_CARDS, "People | Yun-Hui Liu"))
    assert people == {"Zhang Hongbo": ("phd", 2022, None), "Dong Jinhu": ("phd", 2023, None)}


# A biostatistician's students page (Datta): the heading after the last student's list item, "Classroom instruction",
# and the terms under it ("Spring 2021: …") are no part of that student.
HEADING_AFTER_ITEM = """<h1 class="page-title">Mentoring and Teaching</h1>
<h3 id="scm-student-advisees"><h8>ScM Student advisees</h8></h3><ol>
<li> Yi-Ting Ling, ScM student (2022-) </li>
<li> Andrew Pita, ScM (2019) </li>
</ol>
<h3 id="classroom-instruction"><h8>Classroom instruction</h8></h3><ul>
<li> Spring 2021: <i> Special topics in Biostatistics: Advanced spatial statistics </i></li>
<li> Spring 2019: <i> Biostatistics PhD seminar </i></li></ul>"""


def test_a_heading_after_a_list_item_is_no_part_of_it(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, HEADING_AFTER_ITEM, "Students | Abhirup Datta"))
    assert people == {"Yi-Ting Ling": ("master", 2022, None), "Andrew Pita": ("master", None, 2019)}


# A mathematician's Org-mode page (Ramírez): no heading names the list, but its class does (``publist``); each paper is
# "Title", a line "with A and B", then the journal and year; a paper written alone prints no author line.
PUBLIST = """<h1 class="title">Felipe A. Ramírez</h1><p>My research is in Diophantine approximation.</p>
<ol reversed="t" class="org-ol publist">
<li>Metric bootstraps for limsup sets <br />
<i>Transactions of the American Mathematical Society</i>, 2026 <br /></li>
<li>Toward Khintchine's theorem with a moving target: extra divergence or finitely centered target <br />
with G. Michaud <br />
<i>Mathematika</i>, 2026</li>
<li>Inhomogeneous approximation for systems of linear forms with primitivity constraints <br />
with D. Allen <br />
<i>Mathematische Zeitschrift</i>, 2025</li>
</ol>"""


def test_a_list_classed_as_publications_with_coauthor_lines(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, PUBLIST, "Felipe A. Ramírez") if isinstance(w, Work)}
    alone = works["Metric bootstraps for limsup sets"]
    assert alone.authors == ("Felipe A. Ramírez",) and alone.year == 2026
    assert (alone.venue or alone.venue_as_written) == "Transactions of the American Mathematical Society"
    inhomogeneous = works["Inhomogeneous approximation for systems of linear forms with primitivity constraints"]
    assert inhomogeneous.authors == ("Felipe A. Ramírez", "D. Allen") and inhomogeneous.year == 2025
    assert (inhomogeneous.venue or inhomogeneous.venue_as_written) == "Mathematische Zeitschrift"
    assert len(works) == 3


# The economist's home page (Bandiera): "with A, B and C — Journal (2021)", a dash between the co-authors and the journal.
WITH_DASH = """<h2>Selected Publications</h2><div class="pubs">
<article class="pub"><h3><a href="https://example.org/qje">Why do people stay poor?</a></h3>
<div class="meta">with Clare Balboni, Robin Burgess, Anton Heil and Maitreesh Ghatak — Quarterly Journal of Economics (2021)</div>
</article>
<article class="pub"><h3><a href="https://example.org/jpe">CEO Behavior and Firm Performance</a></h3>
<div class="meta">with Stephen Hansen, Andrea Prat and Raffaella Sadun — Journal of Political Economy (2019)</div></article>
<article class="pub"><h3><a href="https://example.org/aer">Active and Passive Waste in Government Spending</a></h3>
<div class="meta">with Andrea Prat and Tommaso Valletti — American Economic Review (2009)</div></article>
</div>"""


def test_co_authors_end_at_a_dash_before_the_journal(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, WITH_DASH, "Oriana Bandiera") if isinstance(w, Work)}
    poor = works["Why do people stay poor?"]
    assert poor.authors == ("Oriana Bandiera", "Clare Balboni", "Robin Burgess", "Anton Heil", "Maitreesh Ghatak")
    assert (poor.venue or poor.venue_as_written, poor.year) == ("Quarterly Journal of Economics", 2021)


# A constraint-programming professor's PHP pages (Schulte): "<a>Title</a>, <span class="authors">A, B</span>.<br />
# Venue, Publisher, year" — the class names the whole author list, the title is what comes before it.
AUTHORS_CLASS_ONLY = """<h1>Papers</h1><h2 id="y2019">2019</h2><ul>
<li><a href="papers/c-toplas-2019.html">Combinatorial Register Allocation and Instruction Scheduling</a>, <span class="authors">
<a href="https://robcasloz.github.io/">Roberto Castañeda Lozano</a>, <a href="m">Mats Carlsson</a>, <a href="g">Gabriel Hjort
Blindell</a>, <a href="https://chschulte.github.io/">Christian Schulte</a></span>.<br />Transactions on Programming Languages
and Systems, ACM Press, 2019. </li>
<li><a href="papers/i-cp-2018.html">Making Compact-Table Compact</a>, <span class="authors"><a href="l">Linnea Ingmar</a>,
<a href="https://chschulte.github.io/">Christian Schulte</a></span>.<br />Twentyforth International Conference on Principles
and Practice of Constraint Programming, Springer-Verlag, 2018. </li></ul>"""


def test_an_author_list_named_by_class_with_the_title_before_it(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, AUTHORS_CLASS_ONLY, "Papers | Christian Schulte") if isinstance(w, Work)}
    register = works["Combinatorial Register Allocation and Instruction Scheduling"]
    assert register.authors == ("Roberto Castañeda Lozano", "Mats Carlsson", "Gabriel Hjort Blindell", "Christian Schulte")
    assert (register.venue or register.venue_as_written, register.year) == ("Transactions on Programming Languages and Systems", 2019)
    compact = works["Making Compact-Table Compact"]
    assert compact.authors == ("Linnea Ingmar", "Christian Schulte") and compact.year == 2018


# An Earth-science lab's al-folio people page (Liu): cards "Visiting Students (2016-17)" over a paragraph of names, one a
# line; the card's years, written with two digits at the end, are theirs.
NAMES_A_LINE = """<h1 class="post-title">People</h1><h2>Alumni</h2><div class="row">
<div class="col"><div class="card h-100"><div class="card-body"><h4 class="card-title">Visiting Students (2016-17)</h4>
<p class="card-text">Zhenming Wu <br> Jiahui Wang <br> Yongxin Liu</p></div></div></div>
<div class="col"><div class="card h-100"><div class="card-body"><h4 class="card-title">Visiting Students (2018-23)</h4>
<p class="card-text">Mingkai Chen <br> Linyang Xin</p></div></div></div></div>"""


def test_names_one_a_line_under_a_dated_label(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, NAMES_A_LINE, "People | Lin Liu"))
    assert people == {
        "Zhenming Wu": ("visit", 2016, 2017),
        "Jiahui Wang": ("visit", 2016, 2017),
        "Yongxin Liu": ("visit", 2016, 2017),
        "Mingkai Chen": ("visit", 2018, 2023),
        "Linyang Xin": ("visit", 2018, 2023),
    }


# A hydrology lab's people page (Zhang): a "Co-PI" heading over cards of the lab's other heads, who are not supervised.
CO_PI = """<h1 class="page__title">People</h1>
<h2 class="section-title">PI</h2><div class="person-card"><div class="person-info"><p class="person-name">Prof. Yongqiang
Zhang</p><p class="person-field">Global and regional hydrology</p></div></div>
<h2 class="section-title">Co-PI</h2><div class="person-card"><div class="person-info"><p class="person-name">Dr. Jing Tian</p>
<p class="person-field">Ecohydrology</p></div></div>
<h2 class="section-title">Postdoc</h2><div class="person-card"><div class="person-info"><p class="person-name">Dr. Yijing Cao
</p><p class="person-field">Remote sensing</p></div></div>"""


def test_co_principal_investigators_are_not_supervised(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, CO_PI, "People | Yongqiang Zhang"))
    assert people == {"Yijing Cao": ("postdoc", None, None)}


# A virology lab's portrait cards (Depledge): "Erik Fuhrmann, M.Sc." over "PhD Student" set inline, one line — the
# master's degree is one he holds, his role here is the PhD.
DEGREE_THEN_ROLE = """<h2 id="team">Team</h2><div class="portrait-wrapper">
<a href="/members/fuhrmann-erik.html" class="portrait" aria-label="Erik Fuhrmann, M.Sc."><img src="e.png" alt="member portrait">
<span class="portrait-name">Erik Fuhrmann, M.Sc.</span> <span class="portrait-description">PhD Student</span></a></div>
<div class="portrait-wrapper"><a href="/members/vogt-carolin.html" class="portrait" aria-label="Carolin Vogt, Ph.D.">
<img src="c.png" alt="member portrait"><span class="portrait-name">Carolin Vogt, Ph.D.</span>
<span class="portrait-description">Postdoctoral Researcher</span></a></div>"""


def test_a_degree_after_the_name_then_the_role(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, DEGREE_THEN_ROLE, "Members | Daniel Depledge"))
    assert people == {"Erik Fuhrmann": ("phd", None, None), "Carolin Vogt": ("postdoc", None, None)}


# An epidemiologist's group page (Jombart): an MPH (and an MBA) is a master's degree.
MASTERS_OF_PUBLIC_HEALTH = """<h2>Past members</h2><ul>
<li>Tim McMackin (MPH student, 2015-2016)</li>
<li>Ana Ruiz (MBA student, 2017-2018)</li>
<li>Camilla Strang (MSc student 2014-2015)</li></ul>"""


def test_a_master_of_public_health_is_a_masters_student(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, MASTERS_OF_PUBLIC_HEALTH, "Group | Thibaut Jombart"))
    assert people == {
        "Tim McMackin": ("master", 2015, 2016),
        "Ana Ruiz": ("master", 2017, 2018),
        "Camilla Strang": ("master", 2014, 2015),
    }


# A mathematician's hand-written papers page (Kuchment): "(with A and B) Title, Journal (year)" — the owner wrote each
# with the people named — and, in the same list, "Title, Journal (year)" he wrote alone.
WITH_FIRST = """<h2>Peer-reviewed Papers</h2><ol>
<li><p><font color="#0c1000">(with <u>L. Kunyansky</u>) Observability for the wave equation and range description for
the spherical Radon transform, in preparation.</font></p></li>
<li><p><font color="#0c1000"><a href="https://rdcu.be/cffO8">Three-representation problem in Banach spaces</a>,
Complex Analysis and Operator Theory (2021) 15:34, https://doi.org/10.1007/s11785-021-01079-6</font></p></li>
<li><p><font color="#0c1000">(with <u>Weston Baines</u> and Jean Ragusa) <a href="https://iopscience.iop.org/x">Deep
learning for 2D passive source detection in presence of complex cargo</a>, Inverse Problems <b>36</b> (2020) 104001.
</font></p></li>
<li><p><font color="#0c1000">(with A. Figotin) Band-gap structure of the spectrum of periodic Maxwell operator, J. Stat.
Phys. 74 (1994), 447-455.</font></p></li></ol>"""


def test_co_authors_in_brackets_before_the_title_and_the_owners_own_papers(tmp_path: Path) -> None:
    works = {w.title: w for w in read(tmp_path, WITH_FIRST, "Papers of Peter Kuchment") if isinstance(w, Work)}
    observability = works["Observability for the wave equation and range description for the spherical Radon transform"]
    assert observability.authors == ("Peter Kuchment", "L. Kunyansky") and observability.venue_as_written is None
    cargo = works["Deep learning for 2D passive source detection in presence of complex cargo"]
    assert cargo.authors == ("Peter Kuchment", "Weston Baines", "Jean Ragusa") and cargo.year == 2020
    assert works["Band-gap structure of the spectrum of periodic Maxwell operator"].authors == ("Peter Kuchment", "A. Figotin")
    alone = works["Three-representation problem in Banach spaces"]
    assert alone.authors == ("Peter Kuchment",) and alone.year == 2021


# The same mathematician's CV: headings no fixed phrase names, told by the word they end on ("Some Conferences
# (co-)organized" is service, "Selected Professional Speeches and Presentations" talks, "Survey articles and chapters
# since 2001" papers), and "Advised on 20 Ph.D. Dissertations" lists students, not theses; "V.Sviridov" is V. Sviridov.
CV_HEADINGS = """<h1>Survey articles and chapters since 2001:</h1>
<ul><li><p>(with L. Kunyansky and F. Terzioglu) Compton camera imaging and the cone transform: a brief overview, Inverse
Problems, <b>34</b> (2018), 054002</p></li>
<li><p>(with O. Scherzer) Mathematical Methods in Photoacoustic imaging, Encyclopedia of Applied and Computational
Mathematics, Springer 2015.</p></li>
<li><p>An overview of periodic elliptic operators, Bulletin of the AMS, July 2016, pp. 1 - 72.</p></li></ul>
<h1><b>Some</b> Conferences (co-)organized</h1>
<ul><li>Co-organizer, Texas Analysis and Mathematical Physics Symposium, 2024</li>
<li>Co-organizer, 100 Years of the Radon Transform, Linz, Austria. March 27-31, 2017.</li>
<li>Member of Scientific Committee, Operators, Operator Families and Asymptotics. 16-19 May 2016, University of Bath.</li></ul>
<h1>Selected Professional Speeches and Presentations</h1>
<ol><li>Mini-course at the Young Researchers School on Image Processing and Computer Vision, Tuebingen, Germany. July
24-26, 2017</li>
<li>Plenary lecture at the International Workshop Quantitative Tomographic Imaging, Linz, Austria. July 13-14, 2017.</li></ol>
<h3>Advised on 20 Ph.D. Dissertations:</h3>
<ol><li><p>V.Sviridov, Some problems of the theory of periodic differential equations, 1986, Voronezh, USSR. Currently an
Assoc. Prof. at the Polytechnic Univ., Kursk, Russia.</p></li>
<li><p>V. Aguilar, The range of the exponential Radon transform, 1995, Wichita State University, Wichita, KS.</p></li></ol>"""


def test_headings_told_by_their_last_word_and_dissertations_advised(tmp_path: Path) -> None:
    records = read(tmp_path, CV_HEADINGS, "Vita of Peter Kuchment")
    titles = {w.title for w in records if isinstance(w, Work)}
    assert titles == {
        "Compton camera imaging and the cone transform: a brief overview",
        "Mathematical Methods in Photoacoustic imaging",
        "An overview of periodic elliptic operators",
    }
    assert people_of(records) == {"V. Sviridov": ("phd", None, 1986), "V. Aguilar": ("phd", None, 1995)}


# A psychologist's Quarto CV (Stevens): each thesis advised has its years in the margin, in a block set before it —
# "2003-2004" then "Elizabeth Hallinan—“Temporal discounting …” (senior thesis)".
MARGIN_YEARS = """<section id="mentoring"><h2>Mentoring</h2><h3>Undergraduate Theses Advised</h3>
<div class="page-columns"><p></p><div class="column-margin"><span class="margin-aside">2003-2004</span></div></div>
<p>Elizabeth Hallinan—“Temporal discounting in two New World primates”, (senior thesis, Harvard University)</p>
<div class="page-columns"><p></p><div class="column-margin"><span class="margin-aside">2005-2007</span></div></div>
<p>Alexandra Rosati—“Foraging cognition in apes”, (senior thesis, Harvard University)</p>
<div class="page-columns"><p></p><div class="column-margin"><span class="margin-aside">2020</span></div></div>
<p>Hannah Eggert—“Numerical cognition in dogs”, (honors thesis, University of Nebraska-Lincoln)</p></section>"""


def test_years_in_the_margin_before_each_person(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, MARGIN_YEARS, "CV | Jeffrey R. Stevens"))
    assert {name: period for name, (_, *period) in people.items()} == {
        "Elizabeth Hallinan": [2003, 2004],
        "Alexandra Rosati": [2005, 2007],
        "Hannah Eggert": [None, 2020],
    }


# An aquaculture-genetics lab's hand-written list (Ibarra): the owner's name marked "©" or "®" in lists written
# "Family I." and "Family, I.," — a mark against a name is no part of it, in either way of writing.
MARKED_OWNER = """<h2>Selected publications</h2><ul>
<li> Ventura-López C., Gómez-Anduro G., Arcos F.G., Llera-Herrera R., Racotta I.S., <b>Ibarra© A.M.</b> 2016. A novel CHH
gene from the Pacific white shrimp was characterized and found highly expressed in gut. GENE 587, 26-35.</li>
<li> Petersen, J.L., <b>Ibarra®, A.M.</b>, May, B. 2010. Nuclear and mtDNA lineage diversity in wild and cultured Pacific
lion-paw scallop (Baja California Peninsula, Mexico). MARINE BIOLOGY 157, 2751-2767.</li></ul>"""


def test_a_mark_against_the_owners_name_in_either_order(tmp_path: Path) -> None:
    works = [w for w in read(tmp_path, MARKED_OWNER, "Publications | Ana Maria Ibarra") if isinstance(w, Work)]
    assert [w.authors for w in works] == [
        ("C. Ventura-López", "G. Gómez-Anduro", "F. G. Arcos", "R. Llera-Herrera", "I. S. Racotta", "A. M. Ibarra"),
        ("J.L. Petersen", "A.M. Ibarra", "B. May"),
    ]
    assert [w.year for w in works] == [2016, 2010]


# A computational-chemistry group's Hugo list (Anoop): "“Title” A, B and C, <em>Journal</em>, <strong>2025</strong>" —
# the quotes close the title, the names run to the journal set in italics.
QUOTED_TITLE_FIRST = """<h1>Journal articles</h1><ol>
<li><p>&ldquo;Computational discovery of high-performance B–Al–Ga nanoclusters for oxygen reduction reaction
catalysis&rdquo; Pratik Sarkar, Maya Khatun and  Anakuthil Anoop, <a href="https://doi.org/10.1039/D5CP03587B"><em>Physical
Chemistry Chemical Physics</em>, <strong>2025</strong>, DOI:10.1039/D5CP03587B</a></p></li>
<li><p>&ldquo;Computational investigation of cytochrome P450 catalyzed oxetane formation in Taxol biosynthesis&rdquo; Surajit
Nandi, Rohan Sharma, Anakuthil Anoop <a href="https://doi.org/10.1021/x"><em>Biochemistry</em>, <strong>2025</strong></a></p></li>
</ol>"""


def test_a_quoted_title_then_the_names_up_to_the_italic_journal(tmp_path: Path) -> None:
    works = [w for w in read(tmp_path, QUOTED_TITLE_FIRST, "Journal articles | Anoop Lab") if isinstance(w, Work)]
    assert [(w.title, w.authors, w.venue or w.venue_as_written, w.year) for w in works] == [
        (
            "Computational discovery of high-performance B–Al–Ga nanoclusters for oxygen reduction reaction catalysis",
            ("Pratik Sarkar", "Maya Khatun", "Anakuthil Anoop"),
            "Physical Chemistry Chemical Physics",
            2025,
        ),
        (
            "Computational investigation of cytochrome P450 catalyzed oxetane formation in Taxol biosynthesis",
            ("Surajit Nandi", "Rohan Sharma", "Anakuthil Anoop"),
            "Biochemistry",
            2025,
        ),
    ]


# A political scientist's Quarto pages (Benoit): an entry that opens with its year ("2017. Daniel Schwarz, …") has that
# year, whatever grant number follows; "Alumni: Ph.D.&nbsp;students" are PhD students who have left.
YEAR_FIRST = """<h2>Articles</h2>
<p>2017. Daniel Schwarz, Denise Traber and Kenneth Benoit. “<a href="s.pdf">Estimating Intra-Party Preferences: Comparing
Speeches to Votes</a>.” <strong><em>Political Science Research and Methods</em></strong> 5(2): 379-396. This research was
funded by the European Research Council grant ERC- 2011-StG 283794-QUANTESS.</p>
<p>2016. Kenneth Benoit, Drew Conway and Michael Laver. “<a href="c.pdf">Crowd-sourced Text Analysis: Reproducible and
Agile Production of Political Data</a>.” <strong><em>American Political Science Review</em></strong> 110(2): 278-295.</p>"""
ALUMNI_WITH_ROLE = """<h3>Alumni: Ph.D.&nbsp;students</h3><ul>
<li>Alexander Baturo (TCD, 2008), Dublin City University</li>
<li>Karen Gilland (2001)</li></ul>"""


def test_a_year_the_entry_opens_with_and_alumni_named_by_role(tmp_path: Path) -> None:
    works = [w for w in read(tmp_path, YEAR_FIRST, "Publications – Ken Benoit") if isinstance(w, Work)]
    assert [(w.title, w.year) for w in works] == [
        ("Estimating Intra-Party Preferences: Comparing Speeches to Votes", 2017),
        ("Crowd-sourced Text Analysis: Reproducible and Agile Production of Political Data", 2016),
    ]
    people = people_of(read(tmp_path, ALUMNI_WITH_ROLE, "Associates – Ken Benoit"))
    assert people == {"Alexander Baturo": ("phd", None, 2008), "Karen Gilland": ("phd", None, 2001)}


# A computer scientist's Chinese students page (Wang): each student's card lists their papers, "Shuo Wang, Yucheng Wang,
# Guoxin Lian, <strong>Yongcai Wang*</strong>, et al. CVPR 2026" — the paper's year, not the student's.
PAPERS_ON_A_CARD = """<h4 class="degree-title">博士研究生</h4>
<article class="student-card" id="shuo-wang"><header class="student-header"><div class="student-identity">
<h3 class="student-name"><a class="student-linked-name" href="https://x.github.io/">Shuo Wang</a></h3>
<span class="student-degree phd">Ph.D.</span></div><div class="student-meta"><span class="student-count">2 篇</span></div>
</header><div class="student-papers"><div class="paper-item"><span class="paper-venue-tag">CVPR</span><div class="paper-content">
<a href="p.html">Progress-Think: Semantic Progress Reasoning for Vision-Language Navigation</a>
<div class="paper-authors">Shuo Wang, Yucheng Wang, Guoxin Lian, <strong>Yongcai Wang*</strong>, et al. CVPR 2026</div></div></div>
<div class="paper-item"><span class="paper-venue-tag">AAAI</span><div class="paper-content"><a href="m.html">MonoDream: Monocular
Vision-Language Navigation with Panoramic Dreaming</a><div class="paper-authors">Shuo Wang, <strong>Yongcai Wang*</strong>,
Wanting Li, et al. AAAI 2026</div></div></div></div></article>"""


def test_a_students_papers_on_their_card_give_no_period(tmp_path: Path) -> None:
    assert people_of(read(tmp_path, PAPERS_ON_A_CARD, "学生 - 王永才")) == {"Shuo Wang": ("phd", None, None)}


# A combustion lab's al-folio people page (Ihme): "Doctoral Candidate in Mechanical Engineering" over the degrees held,
# "M.S. Stanford University, 2021" — the student's education, not a master's ended in 2021.
DEGREES_UNDER_THE_ROLE = """<h2>Ph.D. Students</h2>
<div class="clearfix"><p><strong>Matthew Bonanni</strong><br>
<em>Doctoral Candidate in Mechanical Engineering</em><br>
M.S. Stanford University, 2021<br>
B.S. Northeastern University, 2019</p>
<p>Matthew's research interests include large eddy simulation of propulsion systems.</p></div>
<hr><div class="clearfix"><p><strong>Arijit Majumdar</strong><br>
<em>Doctoral Candidate in Mechanical Engineering</em><br>
M.S. Stanford University, 2020<br>
B.Tech. Indian Institute of Technology, 2017</p></div>"""


def test_degrees_held_under_the_role_give_no_role_or_period(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, DEGREES_UNDER_THE_ROLE, "People | Matthias Ihme"))
    assert people == {"Matthew Bonanni": ("phd", None, None), "Arijit Majumdar": ("phd", None, None)}


# A statistical-genetics lab's alumni (Wheeler): "Jon Brenner MS ‘17, Computer Science" — the degree earned and its class
# year (written with an opening quote), over a list of the student's awards ("Provost Fellow" is no postdoc).
DEGREE_AND_CLASS_YEAR = """<h1>Lab Alumni</h1><div class="entry">
<p><strong>Rachel Weiss</strong> BS ‘19, Biology</p>
<p><strong>John (Jack) Morris</strong> BS ‘19, Bioinformatics</p>
<ul><li>Mulcahy Scholar</li><li>Provost Fellow</li><li>Consultant at Accenture</li></ul>
<p><strong>Jon Brenner</strong> MS ‘17, Computer Science</p></div>"""


def test_a_degree_and_its_class_year_over_a_list_of_awards(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, DEGREE_AND_CLASS_YEAR, "Alumni | Heather E. Wheeler"))
    assert {name: (kind, end) for name, (kind, _, end) in people.items()} == {
        "Rachel Weiss": ("research", 2019),
        "John Morris": ("research", 2019),
        "Jon Brenner": ("master", 2017),
    }


# The combustion lab's alumni by the year they left (Ihme): "Danyal Mohaddes, PhD, Senior Research Scientist at FM Global"
# — the degree earned here, then the job it led to (no research scientist of the lab).
DEGREE_THEN_JOB = """<h2>Alumni</h2><h5>2022</h5><ul>
<li>Narendra Singh, Post-Doc, Post-Doc at University of Illinois Urbana-Champaign</li>
<li>Danyal Mohaddes, PhD, Senior Research Scientist at FM Global
<ul><li><a href="t.pdf"><em>Numerical simulation of hot surface ignition and combustion of fuel sprays</em></a></li></ul></li>
</ul><h5>2021</h5><ul><li>Eric Ching, PhD, Researcher at Naval Research Laboratory</li>
<li>Khaled Younes, MS, Engineer at SpaceX</li></ul>"""


def test_an_alumnus_degree_then_the_job_it_led_to(tmp_path: Path) -> None:
    assert people_of(read(tmp_path, DEGREE_THEN_JOB, "People | Matthias Ihme")) == {
        "Narendra Singh": ("postdoc", None, 2022),
        "Danyal Mohaddes": ("phd", None, 2022),
        "Eric Ching": ("phd", None, 2021),
        "Khaled Younes": ("master", None, 2021),
    }


# A macroecology lab's team page (Kass): an assistant professor's card lists the degrees they hold ("PhD in Ecology,
# University of KwaZulu-Natal, 2020", "Bachelor in …") — faculty, not a PhD student who finished in 2020.
FACULTY_DEGREES = """<h2>Team</h2><div class="col-sm-6 clearfix"><h4>Everton Miranda</h4>
<p><i>Assistant Professor <br>email: &lt;miranda (at) tohoku.ac.jp&gt;</i></p><ul>
<li> PhD in Ecology, University of KwaZulu-Natal, 2020 </li>
<li> MSc in Ecology and Biodiversity Conservation, Mato Grosso Federal University </li></ul></div>
<div class="col-sm-6 clearfix"><h4>Shiori Takeshige</h4><p><i>Assistant Professor</i></p><ul>
<li> PhD in Agriculture, Tohoku University, 2024 </li><li> Bachelor in Liberal Arts, Tokyo University, 2019 </li></ul></div>
<div class="col-sm-6 clearfix"><h4>Takumi Yamaguchi</h4><p><i>B4</i> <br><i>Focus</i>: Fish ecology</p></div>"""


def test_faculty_cards_listing_their_degrees_are_not_students(tmp_path: Path) -> None:
    people = people_of(read(tmp_path, FACULTY_DEGREES, "Team | Jamie M. Kass"))
    assert "Everton Miranda" not in people and "Shiori Takeshige" not in people and "Takumi Yamaguchi" in people
