"""Entry shapes of real homepages the reader once missed, each cut down from the page that showed it."""

from __future__ import annotations

from pathlib import Path

from scholargraph.identity.aliases import organizations, venues
from scholargraph.model.records import Supervision, Work
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
