"""The trained reader of a publication entry's fields: the words and marks it sees, and what it reads."""

from __future__ import annotations

import lxml.html

from scholargraph.identity.aliases import organizations, venues
from scholargraph.sources.homepage import html
from scholargraph.sources.homepage.context import Context
from scholargraph.sources.homepage.entry_fields import EntryToken, entry_features, entry_tokens, read_fields
from scholargraph.sources.homepage.html_entries import plausibility, read_citation
from scholargraph.sources.homepage.html_sections import SectionReport


def entry(markup: str) -> lxml.html.HtmlElement:
    return lxml.html.fragment_fromstring(markup, create_parent="li")


def test_words_carry_the_marks_of_their_element_and_their_line() -> None:
    bibtex = '<span class="bibtex" data-scholargraph-bibtex="1">@article{x}</span>'
    tokens = entry_tokens(entry(f'<b>Deep Nets</b><br><a href="x">A. Smith</a>, <i>Nature</i>, 2020{bibtex}'))

    assert [token.text for token in tokens] == ["Deep", "Nets", "A.", "Smith,", "Nature,", "2020"]
    assert tokens[0] == EntryToken("Deep", ("b",), 0)
    assert tokens[3] == EntryToken("Smith,", ("a",), 1)  # the comma after the link belongs to the word
    assert tokens[4].marks == ("i",) and tokens[5].marks == () and tokens[5].line == 1


def test_a_word_split_over_elements_is_one_word_marked_where_its_letters_start() -> None:
    tokens = entry_tokens(entry("(<b>Smith</b>, J.) <span class='title'>On graphs</span>"))

    assert [(token.text, token.marks) for token in tokens] == [
        ("(Smith,", ("b",)),
        ("J.)", ()),
        ("On", ("c:title", "span")),
        ("graphs", ("c:title", "span")),
    ]


def test_features_say_where_a_line_starts_and_where_the_style_changes() -> None:
    rows = entry_features(entry_tokens(entry("<b>Deep Nets</b><br>A. Smith")))

    assert "bol" in rows[0] and "m=b" in rows[0] and "+1m=b" in rows[0]
    assert "eol" in rows[1] and "bol" not in rows[1]
    assert "bol" in rows[2] and "mchange" in rows[2] and "-1m=b" in rows[2]


def test_the_model_reads_an_entry_laid_out_in_lines_and_styles() -> None:
    written = "<strong>Learning to see in the dark</strong><br>Chen Chen, Qifeng Chen and Jia Xu"
    parsed = read_fields(entry(written + "<br><em>Computer Vision and Pattern Recognition</em>, 2018"))

    assert parsed is not None
    assert parsed.title == "Learning to see in the dark"
    assert parsed.authors == ("Chen Chen", "Qifeng Chen", "Jia Xu")
    assert parsed.venue == "Computer Vision and Pattern Recognition" and parsed.year == 2018


def test_an_entry_without_words_reads_as_nothing() -> None:
    assert read_fields(entry("<img src='x.png'>")) is None


def test_a_list_is_read_by_the_model_only_where_it_reads_more_plausibly_than_the_rules() -> None:
    """A hand-written list (the year first, the owner's name in bold, family names first with marks): the rules find
    no author list, the model reads every field, so the model reads the list and the section says so."""
    context = Context("page.html", venues(), organizations(), "Marco Vidal-Cordasco")
    written = '{year} - <b style="color: green;">Vidal-Cordasco, M.*</b>, Marín-Arroyo, A.B.*. {title} <i>{venue}</i>, {year}.'
    items = [
        entry(f'<a href="https://doi.org/10.1/x{year}">{written.format(year=year, title=title, venue=venue)}</a>')
        for year, title, venue in [
            (
                2025,
                "Novel dynamics of human-carnivore interactions linked to the arrival of H. sapiens in Europe",
                "Science Bulletin",
            ),
            (
                2023,
                "Neanderthal coexistence with Homo sapiens in Europe was affected by herbivore carrying capacity",
                "Science Advances",
            ),
        ]
    ]
    by_rules = {item: read_citation(item, context) for item in items}
    by_model = {item: read_citation(item, context, modelled=True) for item in items}
    rules_score = sum(plausibility(citation, context) for citation, _ in by_rules.values())
    model_score = sum(plausibility(citation, context) for citation, _ in by_model.values())
    assert model_score > rules_score

    section = SectionReport("Publications", "publications", 1)
    assert html._readings(section, items, context) == by_model
    assert section.read_by == f"the trained entry model (its readings score {model_score}, the rules' {rules_score})"
    citation = by_model[items[0]][0]
    assert citation is not None and citation.how == "entry model"
    assert (citation.authors, citation.venue, citation.year) == (
        ["M. Vidal-Cordasco", "A.B. Marín-Arroyo"],
        "Science Bulletin",
        2025,
    )
    html.ENTRY_MODEL = False
    try:
        quiet = SectionReport("P", "publications", 1)
        assert html._readings(quiet, items, context) == by_rules and quiet.read_by == ""
    finally:
        html.ENTRY_MODEL = True
