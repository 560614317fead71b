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
    assert section.read_by == (
        f"the trained entry model for 2 of 2 entries (its readings score {model_score}, the rules' {rules_score})"
    )
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


# A hand-written list (Siddall): "Family, I. (year). Title. <b>Journal</b> vol: pages." The rules read most entries well,
# the model reads one the rules cannot ("and 13 other authors including …" is no author list by the rules).
SIDDALL = [
    "Siddall, S. E. (1991). Aquaculture and coastal resources management. <b>Advances in</b> <b>World Aquaculture</b> "
    "5: 90-108. Status and Potential of Aquaculture in the Caribbean. J A. Hargreaves and D. E. Alston, eds.",
    "Siddall, S. E., (1983). Biological and economic outlook for hatchery production of juvenile queen conch. "
    "<b>Gulf and</b> <b>Caribbean Fisheries Institute</b> 35:46-52.",
    "Lutz, R. A, and 13 other authors including S. E. Siddall (1982). Preliminary observations on the usefulness of "
    "hinge structures for identification of bivalve larvae. <b>Journal of Shellfish Research</b> 2(l):65-70.",
    "Malinowski, S., and S. E. Siddall (1989). Passive water re-use in a hard clam, <i>Mercenaria mercenaria,</i> upflow "
    "nursery system. <b>Journal of Shellflsh Research</b> 8(l):241-249.",
]


def test_each_entry_is_read_by_the_reader_that_reads_it_more_plausibly() -> None:
    """Rules and model are chosen entry by entry; where both are as plausible, the one that reads the whole list
    more plausibly decides."""
    context = Context("pubs.htm", venues(), organizations())
    items = [entry(f"<p>{markup}</p>") for markup in SIDDALL]
    by_rules = {item: read_citation(item, context) for item in items}
    by_model = {item: read_citation(item, context, modelled=True) for item in items}
    rules = {item: plausibility(by_rules[item][0], context) for item in items}
    model = {item: plausibility(by_model[item][0], context) for item in items}
    assert any(rules[item] > model[item] for item in items) and any(model[item] > rules[item] for item in items)
    model_fits = sum(model.values()) > sum(rules.values())
    chosen = html._readings(SectionReport("Reviewed Publications", "publications", 1), items, context)
    for item in items:
        better = by_model if model[item] > rules[item] or (model[item] == rules[item] and model_fits) else by_rules
        assert chosen[item] == better[item]
    aquaculture = chosen[items[0]][0]
    assert aquaculture is not None and aquaculture.title == "Aquaculture and coastal resources management"
    assert aquaculture.venue == "Advances in World Aquaculture"
