"""Recognizing one publication entry of an HTML page: its title, authors, venue, year and links.

An entry is a list item, table row, card or paragraph. Generated themes name their
fields in ``class`` attributes (``title``, ``author``, ``periodical``…), which are used
when present; otherwise the entry's lines (or, for a one-paragraph citation, its
sentences) are told apart by what they are: an author list reads as names, a venue line
has a known venue or a year, and the title is what is left (quoted, bold or linked first).
"""

from __future__ import annotations

import contextlib
import itertools
import re
from copy import deepcopy
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from ...model import identifiers
from ...model.dates import MONTH
from ...model.identifiers import ARXIV_IN_TEXT
from ...model.names import AUTHOR_MARKS, PARTICLE, author_names, given_name_first, initials_turned, parse_name, strip_author_notes
from ...model.places import without_place
from ...model.text import CJK
from ..citations import parse_citation
from .entry_fields import read_fields
from .html_page import BIBTEX_MARK, BLOCK_TAGS, HEADING_TAGS, block_lines, text_of
from .html_people import person_name
from .html_sections import row_cells
from .publications import is_author_line
from .structured import Citation, year_in

if TYPE_CHECKING:
    from collections.abc import Iterator

    from lxml.html import HtmlElement

    from .context import Context

__all__ = [
    "BY_CLASS",
    "NO_AUTHORS",
    "has_bibtex",
    "link_identifiers",
    "plausibility",
    "read_citation",
    "script_links",
    "venue_name",
    "without_authors",
]

_FIELD_CLASSES = {
    "title": re.compile(r"title|pub-?name|paper-?title"),
    "authors": re.compile(r"authors?|pub-?authors"),
    "venue": re.compile(r"periodical|venue|journal|booktitle|conference|pub-?venue|pub-publication"),
    "citation": re.compile(r"citation|meta|details"),
    "publisher": re.compile(r"publisher"),
}
"""The classes themes name an entry's fields with; a "citation" or "meta" line holds the venue, or the authors."""
_QUOTED = re.compile(r"[\"“”„]([^\"“”„]{8,}?)[\"“”]")
_IDEOGRAPHS = re.compile(f"[{CJK}]")
"""Letters of a title written without spaces ("基于深度学习的噪声源识别")."""
_SENTENCE = re.compile(
    rf"(?:(?<=[a-z\d)\]”\"]{{2}})|(?<=[{CJK}]))(?<!\b[Nn]o)(?<!\b[Vv]ol)(?<!\bpp)[.:]\s+(?=[A-Z“\"(\d{CJK}])|(?<=[”\"])[.,]?\s+"
)
_LEAD_IN = r"(?:published|appeared|accepted|to appear|to be included|(?:book\s+)?chapter(?:\s+\d+)?)"
"""The words that lead from a paper to where it is published ("to appear in the Proceedings of …", "Chapter 16 in")."""
_PUBLISHED_IN = re.compile(rf"^\s*(?:(?:{_LEAD_IN}\s+)?in\s*:?\s+)?(?:the\s+(?=proceedings?\b))?", re.IGNORECASE)
_IN_AFTER = re.compile(rf"(?:\s*,\s*|\s+)(?:(?:{_LEAD_IN}\s+)?in(?:\s+the)?|to appear|to be included)\s*$", re.IGNORECASE)
""""…, to appear in the" at a title's end: the words that lead to its venue, no part of it."""
_SCRIPT_URL = re.compile(r"^(?:javascript|vbscript|data|file|mailto):", re.IGNORECASE)
_HREF_DROPPED = re.compile(r"[\t\n\r]|^[\x00-\x20]+")
"""What a browser takes out of a link before reading it (tabs and line breaks anywhere, controls and spaces before it);
a space inside it is a space of the address (``%20``), not nothing."""


def _by_class(entry: HtmlElement, field: str) -> str | None:
    """The text of the first element whose class names ``field``; a title is its link's text when the link
    holds nearly all of it (a "Journal" badge beside a linked title is no part of the title)."""
    for element in _field_elements(entry, field):
        text = text_of(element)
        if field == "title":
            linked = max((text_of(a) for a in element.iter("a")), key=len, default="")
            text = linked if len(linked.split()) >= 3 and len(linked) >= 0.6 * len(text) else _without_badges(element)
        if text:
            return text
    return None


def _around_authors(lines: list[str], authors: str, venue: str | None) -> tuple[str | None, str | None]:
    """The title written before an author list a class names, on its line, and the venue on the line after it
    (unless a class names the venue); no title when fewer than two words come before the authors."""
    for i, line in enumerate(lines):
        at = line.find(authors)
        if at < 0:
            continue
        title = line[:at].strip(" ,.:;")
        if len(re.findall(r"[^\W\d]{2,}", title)) < 2:
            return None, venue
        return title, venue or (lines[i + 1] if i + 1 < len(lines) else None)
    return None, venue


def _spanned_authors(entry: HtmlElement) -> list[str]:
    """The authors of an author list printing each name in a span of its own, when a name is written family name
    first ("<span>Zheng, Liu</span>, <span>Chuan-Peng, H</span>"): the span, not the comma, bounds a name, and
    each is turned round at its comma ("Hu C-P" written without one is turned round too). Empty when no name is
    written so (the list is then read as text)."""
    element = next(_field_elements(entry, "authors"), None)
    spans = [text_of(child) for child in element if child.tag == "span"] if element is not None else []
    names = [name for text in spans if (name := re.sub(r"^(?:\.{3}|…)\s*|\s*et al\.?$", "", text))]  # "... Chuan-Peng, H"
    if len(names) < 2 or not any(text.count(",") == 1 for text in names) or any(text.count(",") > 1 for text in names):
        return []
    turned = [" ".join(reversed([part.strip() for part in text.split(",")])) if "," in text else text for text in names]
    return [initials_turned(text) for text in turned]  # "Hu C-P" among them → "C-P Hu"


def _field_elements(entry: HtmlElement, field: str) -> Iterator[HtmlElement]:
    """The elements of an entry whose class names one of its fields, in document order."""
    for element in entry.iterdescendants():
        names = str(element.get("class") or "").lower().split() if isinstance(element.tag, str) else []
        if any(_names_field(name, field) for name in names):
            yield element


def _names_field(name: str, field: str) -> bool:
    """Whether a class names a field, whole or by its last part ("pub-title"); "journal-title" and "listing-publication"
    name the venue."""
    parts = re.split(r"[-_]+", name)
    if len(parts) > 1 and parts[-1] in ("title", "name") and re.fullmatch(r"journal|venue|conference|book|proceedings", parts[0]):
        return field == "venue"
    if len(parts) > 1 and parts[-1] == "publication":  # "listing-publication": where the work was published
        return field == "venue"
    return bool(_FIELD_CLASSES[field].fullmatch(name) or _FIELD_CLASSES[field].fullmatch(parts[-1]))


def _without_badges(element: HtmlElement) -> str:
    """A title without the badges set inside it, before or after it (``<span>Review</span>``, ``<span>Oral</span>``)."""
    text = text_of(element)
    for inner in element.iterdescendants("span", "small", "sup", "em", "mark"):
        badge = text_of(inner)
        if not badge or len(badge.split()) > 2 or len(text.split()) - len(badge.split()) < 3:
            continue
        if text.endswith(badge):
            text = text[: -len(badge)].rstrip(" ·|-–")
        elif text.startswith(badge + " "):
            text = text[len(badge) :].lstrip(" ·|-–:")
    return text


def _looks_like_authors(text: str) -> bool:
    """Whether a part reads as an author list; one name alone must read as a person's (not "Source Document")."""
    if re.fullmatch(r"(?!(?:The|In|See)\b)[A-Z][\w'’-]+" + _ET_AL.pattern, _TRAILING_YEAR.sub("", text).strip()):
        return True  # "Calo et al. 2013": a family name and "et al." stand for the list
    text = re.sub(r"[\s.:;*=>]+$", "", _TRAILING_YEAR.sub("", strip_author_notes(text)))  # "A, B and C: Title", "C. Simon. *"
    if _ABBREVIATED_WORD.search(text):  # "Phys. Rev.": a journal's words, no one's name
        return False
    marks = re.escape(AUTHOR_MARKS)
    if not text or not is_author_line(re.sub(rf"[{marks}\d]+(?=,|\s|$)|(?<![^\s,])[{marks}]+", "", text)):
        return False
    names = author_names(text)
    return len(names) > 1 or (len(names) == 1 and person_name(names[0]) is not None)


_ET_AL = re.compile(r"\s+et\.?\s*al\b\.?")
_ABBREVIATED_WORD = re.compile(r"\b(?!(?:Jr|Sr|St)\.)[A-Z][a-z]+\.(?=[\s,])")
_LEADING_YEAR = re.compile(r"^\(?(?:19|20)\d\d[a-z]?\)?[.:,]?\s+(?=\S)")
"""The year a line of authors opens with ("2025 Yi An, Yuanyuan Lei"): the entry's year, no part of a name."""
_TRAILING_YEAR = re.compile(r",?\s*\(?(?:19|20)\d\d[a-z]?\)?[.:,]?\s*$")


def link_identifiers(
    entry: HtmlElement, address: str | None = None
) -> tuple[list[tuple[str, str]], str | None, str | None, str | None]:
    """The entry's links as (label, URL), and the arXiv id, DOI and DBLP key their URLs carry.

    A relative link is resolved against the page's ``address``; with none known it is kept as
    written (the graph holds it as text). Links a browser would run (``javascript:``) are no links."""
    links: list[tuple[str, str]] = []
    arxiv, doi, dblp = None, None, None
    for anchor in entry.iter("a"):
        url = _href(anchor)
        if not url or url.startswith("#") or _SCRIPT_URL.match(url):
            continue
        with contextlib.suppress(ValueError):  # malformed (``http://[::1``): kept as written, the graph holds it as text
            url = urljoin(address, url) if address else url
        if any(url == seen for _, seen in links):
            continue
        links.append((text_of(anchor) or url, url))
        arxiv = arxiv or (identifiers.arxiv_id(url) if "arxiv.org/" in url else None)
        doi = doi or (identifiers.doi(url) if "doi.org/" in url else None)
        dblp = dblp or identifiers.dblp_key(url)
    return links, arxiv, doi, dblp


def _href(anchor: HtmlElement) -> str:
    """A link's address as a browser reads it."""
    return _HREF_DROPPED.sub("", str(anchor.get("href") or "")).strip().replace(" ", "%20")


def script_links(entry: HtmlElement) -> list[tuple[int, str, str]]:
    """The line, label and address of each link ``link_identifiers`` leaves out of ``entry`` (``javascript:``,
    ``data:``, ``mailto:``…), so that its caller can tell of those a browser would run, once per entry."""
    found = [(anchor, _href(anchor)) for anchor in entry.iter("a")]
    return [
        (anchor.sourceline or entry.sourceline or 1, text_of(anchor), url)
        for anchor, url in found
        if _SCRIPT_URL.match(url) and not _DOES_NOTHING.fullmatch(url)
    ]


_DOES_NOTHING = re.compile(r"javascript:(?:\s|%20)*(?:void(?:\s|%20)*(?:\(\s*0\s*\)|0))?(?:\s|%20)*;?", re.IGNORECASE)
"""A link that runs nothing, a theme's toggle (``javascript:void(0)``, ``javascript:;``): left out without a word."""


def _group(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(1) if match else None


def _emphasized_titles(entry: HtmlElement) -> list[str]:
    """Texts set apart by a link, bold or italics, of at least three words: where titles usually are."""
    found = []
    for tag in ("b", "strong", "a", "em", "i", "span"):
        for element in entry.iter(tag):
            text = text_of(element).strip(" .,")
            if len(text.split()) >= 3 and text not in found:
                found.append(text)
    return found


_ITALIC_CLASS = ".//*[contains(concat(' ', normalize-space(@class), ' '), ' italic ') or contains(@class, 'fst-italic')]"
"""An element a stylesheet sets in italics by its class (Tailwind's ``italic``, Bootstrap's ``fst-italic``)."""


def _snapped_to_italics(entry: HtmlElement, title: str, venue: str | None) -> tuple[str, str | None]:
    """A title that the one italic run of its entry begins but that ends a few words off it ("… at single-base resolution
    Biostatistics", "… to the top medical" before "literature Biostatistics") ends where the italics end: the words
    past them are the venue's, the words short of them the title's."""
    italics = [
        element
        for element in [*entry.iter("em", "i", "cite"), *entry.xpath(_ITALIC_CLASS)]
        if not element.xpath(".//em|.//i|.//cite")
    ]
    runs = [text_of(element).strip(" .,") for element in italics]  # not a <cite> holding the whole entry
    whole = " ".join(text_of(entry).split()).strip(" .,")
    runs = [run for run in runs if len(run.split()) >= 4 and " ".join(run.split()) != whole]  # not a page set in italics
    if len(runs) != 1 or runs[0] == title or runs[0].split()[:3] != title.split()[:3]:
        return title, venue
    italic = runs[0]
    if title.startswith(italic):
        spill = _LINKS_AFTER.sub("", title[len(italic) :]).strip(" .,")  # "[arXiv]" after the title is a link's label
        if re.match(r"in\s*:?\s+\S", spill, re.IGNORECASE):
            return italic, spill  # "In Proceedings of …": the venue whole, what was read after it its details
        return italic, " ".join(part for part in (spill, venue) if part) or None
    tail = italic[len(title) :].strip() if italic.startswith(title) else ""
    if tail and venue and venue.startswith(tail):
        return italic, venue[len(tail) :].strip(" .,") or None
    if tail and venue and tail.endswith(venue):  # "… for management" | "in" | "the context of …": all the italics'
        return italic, None
    return title, venue


_COLUMNS = {
    "title": re.compile(r"(?:(?:paper|article|publication|work)\s+)?titles?|papers?|articles?|publications?", re.I),
    "authors": re.compile(r"(?:co-?)?authors?(?:\s+list)?|by", re.I),
    "venue": re.compile(
        r"journals?|venues?|conferences?|(?:published|appeared)\s+in|sources?|outlets?|proceedings|booktitle|"
        r"(?:journal|conference)\s*(?:/|or|and)\s*(?:journal|conference|proceedings)|publication\s+venue",
        re.I,
    ),
    "year": re.compile(r"(?:publication\s+)?(?:years?|dates?)", re.I),
}
"""The words a table's header row names a citation's columns with ("title | year | journal")."""
_NO_VALUE = re.compile(r"na|n/a|none|[-–—?]", re.I)


def _column_fields(row: HtmlElement) -> dict[str, int] | None:
    """Which column of a row's table holds which field of a citation, as its header row names them ("title | year |
    journal", a table printed from a reference manager or ORCID); ``None`` when no header names a title column and
    another field."""
    table = next(row.iterancestors("table"), None)
    if table is None:
        return None
    header = next((tr for tr in table.iter("tr") if all(cell.tag == "th" for cell in row_cells(tr)) and row_cells(tr)), None)
    if header is None:
        return None
    fields: dict[str, int] = {}
    for i, cell in enumerate(row_cells(header)):
        name = text_of(cell).strip(" .:")
        field = next((field for field, words in _COLUMNS.items() if words.fullmatch(name)), None)
        if field and field not in fields:
            fields[field] = i
    return fields if "title" in fields and len(fields) >= 2 else None


def _whole_citation(cell: HtmlElement) -> bool:
    """Whether a "Title" cell holds a whole citation ("Chromá, A. (2025). <em>Title.</em> Venue"): a year and a title
    set apart, or lines of their own."""
    lines = block_lines(cell)
    return len(lines) > 1 or (bool(re.search(r"\b(?:19|20)\d\d\b", lines[0] if lines else "")) and cell.find(".//em") is not None)


def _by_columns(entry: HtmlElement, fields: dict[str, int], context: Context) -> Citation | None:
    """The citation of a table row whose header names its columns; ``None`` for a row without a title."""
    cells = [text_of(cell) for cell in row_cells(entry)]
    values = {
        field: cells[i].strip() if i < len(cells) and not _NO_VALUE.fullmatch(cells[i].strip()) else ""
        for field, i in fields.items()
    }
    title = values["title"].strip(" .")
    if len(re.findall(r"[^\W\d]{2,}", title)) < 2:
        return None
    links, arxiv, doi, dblp = link_identifiers(entry, context.address)
    authors = author_names(values.get("authors", ""))
    venue = venue_name(values["venue"]) if values.get("venue") else None
    year = year_in(values.get("year")) or year_in(values.get("venue"))
    return Citation(
        title, authors, entry.sourceline or 1, "columns named by the table's header", year, venue or None, doi, arxiv, dblp, links
    )


def read_citation(entry: HtmlElement, context: Context, modelled: bool = False) -> tuple[Citation | None, str]:
    """The citation an entry holds, or ``None`` and the reason it is not one: a table row by the columns its header
    names, unless its "Title" column holds the whole citation (authors, year, title); any other entry by its text."""
    fields = _column_fields(entry) if entry.tag == "tr" else None
    if fields is None:
        return _read_text(entry, context, modelled)
    cells = row_cells(entry)
    if all(cell.tag == "th" for cell in cells):
        return None, "the names of a table's columns"
    title_cell = cells[fields["title"]] if fields["title"] < len(cells) else None
    if "authors" not in fields and title_cell is not None and _whole_citation(title_cell):
        return _read_text(entry, context, modelled)
    columned = _by_columns(entry, fields, context)
    return (columned, "") if columned else (None, "no title found")


def _read_text(entry: HtmlElement, context: Context, modelled: bool = False) -> tuple[Citation | None, str]:
    """The citation an entry's text holds, or ``None`` and the reason it is not one.

    Fields a theme names in classes come first; then the "Title, with co-authors" convention; then, when
    ``modelled``, the entry model trained on labelled homepages (``entry_fields``); else a one-paragraph
    citation goes to the trained citation labeller (its style is the reference lists it learnt from), and an
    entry laid out in lines or styles is cut where a reader sees its fields, the labeller reading it only when
    those rules find no author list."""
    entry = _without_kind_badge(entry)
    lines = block_lines(entry)
    if not lines:
        return None, "empty"
    cells = [text_of(cell) for cell in entry if entry.tag == "tr" and cell.tag in ("td", "th") and text_of(cell)]
    names = [cell for cell in cells if len(cell.strip()) > 1]  # an index's letter ("A") beside the names
    short = all(len(cell.split()) <= 4 for cell in names) and not re.search(r"\b(?:19|20)\d\d\b", " ".join(cells))
    if len(cells) >= 2 and names and (short or all(person_name(cell) == cell.strip() for cell in names)):
        return None, "a row of names or keywords (an index), not a citation"
    title = _by_class(entry, "title")
    authors_text = _by_class(entry, "authors")
    venue = _by_class(entry, "venue") or _by_class(entry, "publisher")  # "citation-publisher": the journal, where none is
    cited = None if venue else _by_class(entry, "citation")
    if not authors_text and cited and _looks_like_authors(cited):  # a "citation" line that is the author list
        authors_text = cited
    else:
        venue = venue or cited
    if authors_text and len(author_names(authors_text)) < 2:  # "Y. Li, <span class="author">W. Zheng</span>, P. He": the
        # class marks the owner only
        line = next((_SEPARATED.split(line)[0] for line in lines if authors_text in line and line != authors_text), None)
        if line and _looks_like_authors(line) and len(author_names(line)) > len(author_names(authors_text)):
            authors_text = line
    if authors_text and not title:  # "<a>Title</a>, <span class="authors">A, B</span>.<br />Venue, 2019"
        title, venue = _around_authors(lines, authors_text, venue)
    if title and not authors_text:
        authors_text = next((line for line in lines if line != title and _looks_like_authors(_SEPARATED.split(line)[0])), None)
        authors_text = _SEPARATED.split(authors_text)[0] if authors_text else None
    how = BY_CLASS
    authors: list[str] = _spanned_authors(entry) if authors_text else []
    coauthored = None if title and authors_text else _with_coauthors(lines, context)
    if title and authors_text:
        pass
    elif coauthored:
        how = WITH_COAUTHORS
        title, authors_text, venue = coauthored
    elif named_title := _title_labelled(lines):
        how = "title labelled"
        title, authors, venue = named_title
    elif quoted_first := _quote_then_names(entry, lines):
        how = QUOTED_FIRST
        title, authors, venue = quoted_first
    elif modelled and (reading := _modelled(entry)) is not None:
        how = "entry model"
        title, authors, venue = reading
        stub = venue.strip(" .,") if venue and _VENUE_STUB.fullmatch(venue.strip(" .,")) else None
        if stub and (labelled := _labelled_citation(lines)) and (labelled[2] or "").lower().startswith(stub.lower()):
            venue = labelled[2]  # "Proc." › "Proc. 2024 KSAS Spring Conference"
    else:
        how = "lines told apart"
        title, authors_text, venue = _split_fields(entry, lines, context)
        authors_text = _TRAILING_YEAR.sub("", _LEADING_YEAR.sub("", authors_text)).rstrip(" :;") if authors_text else None
        ruled = title and authors_text and _looks_like_authors(authors_text)
        names = author_names(authors_text) if ruled and authors_text else []
        doubtful = any(person_name(name) is None for name in names)
        quoted = None if ruled else _names_before_quote(lines)
        labelled = _labelled_citation(lines) if not quoted and (not ruled or doubtful or _one_paragraph(lines)) else None
        if quoted:
            title, authors_text, venue = quoted
        elif labelled and (not ruled or _plausibility(*labelled) > _plausibility(title, names, venue)):
            how = "citation labeller"
            title, authors, venue = labelled
    worded = len(re.findall(r"[^\W\d]{2,}", title or "")) >= 2 or len(_IDEOGRAPHS.findall(title or "")) >= 4
    if not title or (not worded and not (venue and venue_name(venue))):  # "Award: Honorable Mention, …": a label
        return None, "no title found"
    owned = authors_text is not None and authors_text == context.owner  # "舟阪淳一: Title, …", read by its owner's name
    if not authors and not owned and (not authors_text or not _looks_like_authors(authors_text)):
        return None, f"{NO_AUTHORS} in '{_short(' '.join(lines))}'"
    title, venue = _snapped_to_italics(entry, title, venue)
    title = _YEAR_AFTER_TITLE.sub("", title)  # "Randomized controlled trials of biomarker targets (2022)": its year
    links, arxiv, doi, dblp = link_identifiers(entry, context.address)
    whole = " ".join(lines)
    unnoted = re.sub(r"\[[^\[\]]{12,}\]", "", whole.replace(title, ""))  # not a year in a note: "[Selected as … 2018 …]"
    unnoted = _OTHER_VERSION.split(unnoted)[0]
    opening = _OPENING_YEAR.match(_LIST_MARK.sub("", whole))  # "2017. Schwarz, D. … funded by grant ERC-2011-StG"
    year = int(opening[1]) if opening else year_in(ARXIV_IN_TEXT.sub("", venue or "")) or year_in(ARXIV_IN_TEXT.sub("", unnoted))
    authors = given_name_first(authors) if authors else author_names(authors_text or "")
    authors = _with_owner(authors, lines, context)
    venue = venue_name(venue) if venue else None
    title = _LINKS_AFTER.sub("", _DOCUMENT_TYPE_AFTER.sub("", _ACCESS_MARK.sub("", _STATUS_AFTER.sub("", title))))
    led = _IN_AFTER.sub("", title)
    title = led if len(led.split()) >= 3 else title
    if year is None and not venue and _ATTRIBUTION.search(whole):
        return None, "a quotation and who said it, not a citation"
    return Citation(title.strip(" .,"), authors, entry.sourceline or 1, how, year, venue, doi, arxiv, dblp, links), ""


_KIND_BADGE = re.compile(
    r"(?:conference|journal|workshop|preprint|(?:book )?chapter|book|thesis|patent|poster|demo|abstract|report|tutorial|"
    r"talk|article|paper|magazine|proceedings|dataset|software)(?: paper| article)?s?",
    re.IGNORECASE,
)
"""The kind of a work, written alone in a badge before its citation ("Conference", "Journal")."""


def _text_leaves(element: HtmlElement) -> list[HtmlElement]:
    """The elements inside ``element`` that hold text and no element, in order."""
    return [inner for inner in element.iterdescendants() if isinstance(inner.tag, str) and not len(inner) and text_of(inner)]


def _without_kind_badge(entry: HtmlElement) -> HtmlElement:
    """An entry without the badge of its kind it opens with (``<span class="…uppercase…">Conference</span>`` before the
    citation): a label, no word of the authors or the title; the entry itself when it opens with none."""
    leaves = _text_leaves(entry)
    badge_text = text_of(leaves[0]) if leaves else ""
    if not _KIND_BADGE.fullmatch(badge_text.strip(" :|·")) or not text_of(entry).startswith(badge_text):
        return entry
    copy = deepcopy(entry)
    _text_leaves(copy)[0].drop_tree()  # the badge; its tail stays
    copy.sourceline = entry.sourceline
    return copy


_OPENING_YEAR = re.compile(r"^\s*\(?((?:19|20)\d\d)[a-z]?\)?[.:,]\s")
"""A year an entry opens with, before its authors ("2017. Daniel Schwarz, …"): the work's, whatever years follow."""
_YEAR_AFTER_TITLE = re.compile(r"(?<=\S)\s*\((?:19|20)\d\d[a-z]?\)[.:,]?\s*$")
"""A year in brackets read at the end of a title, where the citation writes its year after the title."""
_VENUE_STUB = re.compile(r"(?:in\s+)?(?:proc|proceedings)(?:\.?\s+(?:of|of the))?", re.IGNORECASE)
"""Where a venue's name begins, read alone: "Proc." before "2024 KSAS Spring Conference" (a year inside a venue's name)."""
_OTHER_VERSION = re.compile(
    r"\b(?:previous|preliminary|prelim\.?|earlier|conference|extended|short|full|journal)\s+(?:abstract|version)\s+(?:appeared\s+)?in\b",
    re.IGNORECASE,
)
"""A note naming another version of the work ("Previous version in Proc. ICALP 2016"): its year is not the work's."""
_ATTRIBUTION = re.compile(r"(?:——|―|—|--)\s*[^—―\d]{1,30}$")
"""A quotation's attribution at its end ("文章千古事，得失寸心知。—— 唐 · 杜甫", "… — Richard Feynman")."""
_STATUS = re.compile(
    r"in press|forthcoming|to appear|accepted|submitted|under (?:review|revision|submission)|in revision|in preparation|in prep"
    r"|revised? and resubmit(?:ted)?",
    re.I,
)
"""A paper's status written where its year goes ("Stein, C., L. M. Hallett. In press. Title. PLOS ONE."): no field."""
_STATUS_AFTER = re.compile(rf",\s*(?:{_STATUS.pattern})\.?\s*$", re.IGNORECASE)
"""A status after a title and a comma, where the venue would go ("Title, in preparation."): no part of the title."""
_LINKS_AFTER = re.compile(r"(?:\s*\[[^\[\]]{1,20}\])+\s*$")
"""Link labels in brackets after a title (``Title [PDF] [PubMed]``): the paper's resources, no part of its title."""
_ACCESS_MARK = re.compile(r"\s*[\[(]\s*(?:open|free|gold|green|bronze|public)\s+access\s*[\])]", re.IGNORECASE)
"""A badge beside a title, ``(Open Access)``: how the paper may be read, no part of its title."""
_SEPARATED = re.compile(r"\s+[·|•]\s+")
"""Fields written on one line with a middle dot or a bar between them: ``A, B, C · Journal 87, 67 (2025)``."""


_WITH_LINE = re.compile(r"^\(?\s*(?:joint(?:ly)?\s+)?with\s+(?P<names>.+)", re.IGNORECASE)
"""A line of co-authors written ``with A, B, and C.`` under a title: the page's owner wrote it with them."""


def _with_owner(authors: list[str], lines: list[str], context: Context) -> list[str]:
    """The authors with the page's owner first when the entry prints its co-authors as ``with A and B``
    (pages in theory, mathematics and economics never print the owner's own name in their list)."""
    if not authors or context.owner is None:
        return authors
    family = parse_name(authors[0]).family
    written = next((m["names"] for line in lines if (m := _WITH_LINE.match(line.strip()))), None)
    owner = parse_name(context.owner).family.lower()
    if not written or not family or family not in written or any(parse_name(name).family.lower() == owner for name in authors):
        return authors
    return [context.owner, *authors]


def _modelled(entry: HtmlElement) -> tuple[str, list[str], str | None] | None:
    """Title, authors and venue as the trained entry model reads them, when it finds a title and authors."""
    parsed = read_fields(entry)
    if parsed is None or not parsed.title or not parsed.authors:
        return None
    return parsed.title, list(parsed.authors), parsed.venue


_COLLECTIVE = re.compile(r"\b(?:consortium|collaboration|working group|study group|network|investigators)$", re.IGNORECASE)
"""An author that is a group of people ("the Human Pangenome Reference Consortium"): a name in an author list."""


def plausibility(citation: Citation | None, context: Context) -> int:
    """How much a reading of an entry looks like a citation (0 for none): authors that all read as people's
    names, a title of several words that is not a name list, a venue (more when it is a known one), a year.
    Two readers of one list are compared by the sum over its entries."""
    if citation is None:
        return 0
    names = [person_name(name) is not None or bool(_COLLECTIVE.search(name)) for name in citation.authors]
    score = (3 if all(names) else -3) if names else 0
    if len(citation.title.split()) >= 3 and not _looks_like_authors(citation.title):
        score += 2
    if citation.venue:
        score += 2 if context.venues.find(citation.venue) else 1
    return score + (1 if citation.year else 0)


def _one_paragraph(lines: list[str]) -> bool:
    """Whether an entry is one running citation (a reference-list style) rather than fields on lines of their own."""
    substantial = [line for line in lines if len(line.split()) > 3]
    return len(substantial) == 1 and len(substantial[0].split()) >= 10


def _plausibility(title: str | None, authors: list[str], venue: str | None) -> int:
    """How much a reading of a citation looks like one: names that read as people's, a title of several
    words that is not a name list, a venue. Two readings of one entry are compared by it."""
    names = [person_name(name) is not None for name in authors]
    score = 2 * sum(names) - 3 * names.count(False)
    if title and len(title.split()) >= 3 and not _looks_like_authors(title):
        score += 2
    return score + (1 if venue else 0)


_VENUE_DETAILS = re.compile(
    r"[,;:]?\s*(?:\b(?:vol(?:ume)?|no|num(?:ber)?|(?:special\s+)?issue|pp|pages?|art(?:icle)?(?:\s+no)?|chapter|ch)\b\.?\s*[\dIVXivx]"
    r"|,\s*(?:vol|no|pp|nr)\.\s*\S|,\s*(?:19|20)\d\d\s*,|\(\s*(?:CCF|SCI|JCR|CORE|rank|h5|acceptance)[^()]*\)"
    r"|,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*\s+et\s+al\.?,?\s*eds?\b|,\s*eds?\.\s|:\s*10\.\d{4}|:\s*\d{4}\.\d{4,5}"
    r"|[.,;]?\s*\bPMC?ID\b|\s+e\d{4,}\b|,\s*(?:19|20)\d\d\s*\(\d"
    # a paper's or a report's number: "SM4O–2", "PC1243101", "NS2021-145 (Vol. 121 …)"
    r"|,\s*(?=[A-Za-z]*\d)[A-Za-z\d]+[–-]\d+\s*(?:[,(]|$)|,\s*[A-Z]{1,3}\d{5,}\s*(?:,|$)"
    r"|\bdoi\s*:|https?://|\barXiv\s*:\s*\d|\(\s*\d{1,4}\s*\)\s*[,:]|\s\d+[A-Z]?\s*(?:\(\d+\))?\s*[,:]\s*[A-Za-z]?\d"
    r"|,\s*\d+\s*,\s*[A-Za-z]{0,6}\d|,\s*[A-Z]{1,2}\d+(?:-[A-Z])?\s*(?:\(\d+\))?\s*[,:]\s*\d"
    r"|\s\d+(?:\.\d+)?,\s*(?:p{1,2}\.\s*)?[A-Za-z]?\d{2,}|[,;:]?\s*\bp{1,2}\.\s*[a-z]*\.?\d|[,;]\s*\b(?:pp?|vol|no|nr)\.?\s*$"
    r"|\s\d+\s*\(\d+\)|[,.]?\s*(?:in press|forthcoming|to appear|(?:conditionally\s+)?accepted|submitted|under review|invited)\b"
    r"|[,.]?\s*(?:published(?:\s+online)?\s*:|(?:published|available)\s+online\b|advance online publication|epub\b)"
    r"|[,;]?\s*\barticle\s+(?:number|no\.?|id)\s*:?\s*\w*\d"
    r").*$",
    re.IGNORECASE,
)
_PRESENTED_AT = re.compile(
    r"^(?:(?:invited|short|contributed|keynote|plenary|oral|poster)\s+)?(?:talk|poster|paper|presentation|symposium)\s+"
    r"(?:presented|given|delivered)\s+(?:at|to)\s+(?:the\s+)?",
    re.IGNORECASE,
)
"""``Poster presented at the 58th Annual Meeting of …``: how a talk was given; the meeting is its venue."""
_DOCUMENT_TYPE = re.compile(r"^\s*\[(?:[A-Z]{1,2}|[A-Z]/OL)\]\s*[,.:]?\s*")
"""``[J], Journal of X``: the document type of China's citation standard (J journal, C proceedings, M book…)."""
_LINK_WORDS = (
    r"link|pdf|html|doi|url|web|online|paper|cite|bibtex|ris|endnote|export|code|slides?|project|read more|"
    r"supplement(?:al|ary)?(?: (?:material|information|appendix))?|appendix|(?:google )?scholar"
)
"""What the links beside a paper say (its resources, not its fields): they end a venue line and make up link rows."""
_TRAILING_RESOURCE = re.compile(rf"(?:[\s.,;]*[\[(]?\b(?:{_LINK_WORDS})\b[\])]?[.,;]?)+\s*$", re.IGNORECASE)
_DOCUMENT_TYPE_AFTER = re.compile(r"\s*\[(?:[A-Z]{1,2}|[A-Z]/OL)\]\s*[,.]?\s*$")
_AFTER_SHORT_NAME = re.compile(r"(\([A-Za-z][\w&/+ '’-]{1,20}\))\s*(?:,|\.\s).*$|\s*\((?=[^()]*,)[^()]*\)\s*(?:\.\s.*)?$")
_SHORT_NAME_AFTER = re.compile(r"^((?:\S+\s+){4,}\S+?),\s*[A-Z]{2,8}(?:\s*'?\d{2})?$")
"""A full name and its short name after a comma, "… Human Factors in Computing Systems, CHI": the full name only."""
_VENUE_DATE = re.compile(
    r"[,.]?\s*\(?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d[a-z]?\)?"
    r"(?:\s*[-–]\s*\d+)?\s*[.,:;]?\s*$",
    re.IGNORECASE,
)


_EDITORS_BEFORE = re.compile(r"^[^()]{3,200}\(eds?\.?\)\s*[:.,]?\s*", re.IGNORECASE)
"""``Cuddington K, Byers J (eds) Ecosystem Engineers``: the book's editors before its title."""
_EDITORS_AFTER = re.compile(r"\s*\([^()]*\beds?\.?\)|,?\s*\bedited by\b[^,;()]*", re.IGNORECASE)
"""``Recent Trends (A. Beveridge, J. Griggs, eds.)``, ``Term Limits, edited by A. Baturo and R. Elgie``."""


_PUBMED_DATE = re.compile(
    r"[.,]?\s*(?:19|20)\d\d(?:\s+[A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?(?:\s+\d{1,2})?)?\s*;\s*\S.*$"
    r"|[.,]?\s*(?:19|20)\d\d\s+[A-Z][a-z]{2}(?:\s+\d{1,2})?\s*(?:[.:]\s.*)?$"
)
"""A date and volume written as PubMed writes them after a journal: "Nature Methods. 2016 Sep 29;13(11):907-8"; a
date alone, for a paper online ahead of its issue: "Nat Protoc. 2026 Mar 11. doi: …"."""
_MONTH_WORD = re.compile(rf"\b{MONTH}(?!\w)", re.IGNORECASE)


def venue_name(text: str) -> str:
    """A venue as a person names it: without the volume, issue, pages, date, DOI or status that follow it
    (``Phys. Rev. B 95, 115150 (2017)`` → ``Phys. Rev. B``; ``IEEE Trans. X, vol. 3, pp. 1-9, 2021`` → ``IEEE Trans. X``)."""
    if (
        re.match(r"\s*(?:doi\s*:|https?://|10\.\d{4,}/)", text, re.IGNORECASE)
        or _STATUS.fullmatch(text.strip(" .,()[]"))
        or _TRAILING_RESOURCE.fullmatch(text)
    ):
        return ""  # "DOI: 10.32942/X2JD47": where the paper is; "Under review": where it stands; "Read More": a link
    name = _DOCUMENT_TYPE.sub("", _PUBLISHED_IN.sub("", _PUBMED_DATE.sub("", _PRESENTED_AT.sub("", text.strip(" .,;:")))))
    if not re.search(r"[^\W\d]{3}", _MONTH_WORD.sub("", name)):
        return ""  # ". 2016 Oct 1;32": a date and a volume, no venue's name
    name = _EDITORS_AFTER.sub("", _EDITORS_BEFORE.sub("", name)).strip() or name
    name = _short_then_full(name)
    name = _NAME_YEAR_SERIES.sub(r"\g<name>", name)
    name = _SEPARATED.split(name)[0] if _SEPARATED.search(name) and not year_in(_SEPARATED.split(name)[0]) else name
    name = _TRAILING_RESOURCE.sub("", name)
    name = _VENUE_DETAILS.sub("", name)
    for _ in range(2):
        name = _VENUE_DATE.sub("", name).strip(" ,;:–-")
    name = re.sub(rf"^(?:{MONTH}\.?\s+)?(?:19|20)\d\d\s+(?:·\s+)?(?=\w)", "", name, flags=re.I)  # "May 2018 · Nature Genetics"
    name = re.sub(
        rf"(?<=\w{{2}})[,.]?\s+(?:\d{{1,4}}|{MONTH}(?:\s+\d{{1,2}})?)$", "", name, flags=re.I
    )  # "Nature Communications 8", "PNAS October"
    name = re.sub(r"(?<=[a-z]{5})\d{1,4}$", "", _PUBLISHER_AFTER.sub("", name))  # "Frontiers in Neuroanatomy9": its volume
    name = _AFTER_SHORT_NAME.sub(r"\1", name)  # "… (ICNP), Dallas, Texas, USA": the place and notes after the short name
    name = _SHORT_NAME_AFTER.sub(r"\1", name)
    name = re.sub(r"(?:(?<=\w{5})|(?<=[A-Z]{3}))\.$", "", name)  # a sentence's full stop, not an abbreviation's
    name = _PUBLISHER_AFTER.sub("", without_place(name))  # "… Berlin, UK": where it met; "…, IET Press, London"
    return name or text.strip(" ,.;:")


def _short_then_full(name: str) -> str:
    """The venue of "CIKM 2026 - ACM International Conference on …": the full name after the dash; of
    "Workshop on X (KDD 2026 Workshop) - ACM SIGKDD Conference …": the workshop before it, the conference it met at
    after it."""
    found = _SHORT_DASH_FULL.match(name)
    if not found:
        return name
    head = _DATED_NOTE.sub("", found["head"]).strip()
    return found["full"] if len(head.split()) <= 2 else head


_NAME_YEAR_SERIES = re.compile(
    r"^(?P<name>[^,()]*[^\W\d][^,()]*?)\s+(?:19|20)\d\d\s*(?:,\s*|\(\s*)(?:LNCS|LNAI|LIPIcs|EPTCS|CEUR)\b.*$"
)
"""A meeting's name and year, then the series its proceedings are in ("CALCO 2021, LIPIcs 211", "QAPL 2017 (EPTCS 250)")."""
_SHORT_DASH_FULL = re.compile(
    r"^(?P<head>(?:(?!\s[-–—]\s).)*?(?:19|20)\d\d(?:(?!\s[-–—]\s).)*?)\s+[-–—]\s+(?P<full>[A-Z][^\d]{12,})$"
)
"""A venue's short name or own name with its year, a dash, then the full name of it or of the meeting it was at."""
_DATED_NOTE = re.compile(r"\s*\([^()]*(?:19|20)\d\d[^()]*\)|\s*'?(?:19|20)\d\d")


_PUBLISHER_AFTER = re.compile(
    r"\s*,\s*(?:[A-Z][\w&]*\s+){0,3}(?:Publishing(?:\s+Group)?|Society\s+of\s+America|SPIE|IEEE|ACM|Springer(?:-Verlag)?|Elsevier"
    r"|Wiley|IOP|AIP|(?:University\s+)?Press)\s*$"
)
"""The publisher after a proceedings' name (``CLEO: Science and Innovations, Optica Publishing Group``, ``…, SPIE``)."""
_ABSTRACT = re.compile(r"\s*(?:abstract|summary)\b\s*:?\s+\w", re.IGNORECASE)
"""A paper's abstract shown in its entry ("Abstract Background Women’s alcohol …"): no venue, whatever years it names."""
_BYLINE = re.compile(r"^[Bb]y\s+(?P<names>.+?)(?:\s+in\s+[A-Z].*)?$")


def _byline(line: str) -> str:
    """The names of a byline, "By Sarah McKetta, Seth J. Prins in Class conflict and public health" (a theme's line
    under a post: the authors, then the project or category it is filed in)."""
    found = _BYLINE.match(line)
    return found["names"] if found and _looks_like_authors(found["names"]) else line


_GLUED_QUOTE = re.compile(r"(?<=[,.;:*])(?=[\"“][A-Z])")
"""An opening quote written against the punctuation before it, with no space."""


def _labelled_citation(lines: list[str]) -> tuple[str, list[str], str | None] | None:
    """Title, authors and venue of a citation as the trained citation labeller reads it; ``None`` unless it
    finds a title, a year and an author part that reads as names."""
    text = " ".join(line if line.endswith((".", ",", ";", ":")) else line + "." for line in lines)
    text = _GLUED_QUOTE.sub(" ", text)  # 'K. Zhang*,"Fusion Lasso …"': the words it learnt are apart
    parsed = parse_citation(_LIST_MARK.sub("", text))
    author_text = next((part for label, part in parsed.parts if label == "author"), "")
    if not parsed.title or not parsed.authors or parsed.year is None or not _looks_like_authors(author_text.strip(" .,")):
        return None
    return parsed.title, list(parsed.authors), parsed.venue


def _short(text: str, size: int = 60) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _split_fields(entry: HtmlElement, lines: list[str], context: Context) -> tuple[str | None, str | None, str | None]:
    """Title, author text and venue text of an entry without field classes.

    The entry is cut into parts where a reader sees fields change: line breaks, and in a
    one-line entry the changes of style (a linked title, italic authors, a bold venue), else
    its sentences. The author list is the part with the most names (a title of capitalized
    words can read as one long name); the title is the quoted text, else the part next to the
    authors that does not read as a venue; the venue is a remaining part naming a venue or a year.
    """
    runs = _styled_runs(entry)
    lines, runs = _unnumbered(lines), _unnumbered(runs)  # "56. Skidmore ZL, …": the list's number is no field
    if alone := _owner_before_colon(lines, context):
        return alone
    if thesis := _thesis_by(lines):
        return thesis
    lines = [_byline(line) for line in lines]
    if len(lines) >= 3 or any(_looks_like_authors(line) for line in lines):
        parts = lines
    elif len(runs) >= 3 and any(_looks_like_authors(run) for run in runs):
        parts = runs
    else:
        parts = _sentences(" ".join(lines))
    parts = [piece for part in parts for piece in _SEPARATED.split(part) for piece in _journal_after_names(piece)]
    if not any(_looks_like_authors(part) for part in parts):  # a citation sentence among other lines
        parts = [sentence for line in lines for piece in _SEPARATED.split(line) for sentence in _sentences(piece)]
    quoted = _QUOTED.search(" ".join(lines))
    if not any(_looks_like_authors(part) for part in parts) and not quoted:
        named = [piece for run in runs for piece in _title_after_names(run)]  # "A, B, C, Title, <i>Venue</i>, 2005"
        parts = named if len(named) >= 3 and any(_looks_like_authors(piece) for piece in named) else parts  # a field after
    parts = [_LIST_MARK.sub("", part) for part in parts if part.strip(" .,•·") and not _STATUS.fullmatch(part.strip(" .,()"))]
    title = quoted.group(1).strip(" ,.") if quoted else None
    candidates = [
        i
        for i, part in enumerate(parts)
        if not part.startswith("[") and _looks_like_authors(part.strip(" .")) and (title is None or title not in part)
    ]
    if not candidates:
        return title or next(iter(_emphasized_titles(entry)), None), None, None
    emphasized = _emphasized_titles(entry)
    author_index = max(candidates, key=lambda i: (len(author_names(parts[i])), parts[i].strip(" .,") not in emphasized, -i))
    authors = parts[author_index]
    headed = next((text_of(h) for h in entry.iter(*HEADING_TAGS) if len(text_of(h).split()) >= 3), None)
    if title is None and headed in parts and headed != authors:
        title = headed  # a record's heading over its fields: its title
    if title is None:
        around = [
            i
            for i in (author_index - 1, author_index + 1)
            if 0 <= i < len(parts) and not parts[i].startswith("[") and re.search(r"[^\W\d]{2,}", _MONTH_WORD.sub("", parts[i]))
        ]  # not a date ("April 1, 2022") between the title and the byline
        plain = [i for i in around if not _reads_as_venue(parts[i], context)]
        worded = [i for i, part in enumerate(parts) if len(re.findall(r"[^\W\d]{2,}", part)) >= 2]
        elsewhere = [i for i in worded if i != author_index and not parts[i].startswith("[")]
        chosen = plain or [i for i in elsewhere if not _reads_as_venue(parts[i], context)] or around or elsewhere
        title = parts[chosen[0]] if chosen else None
    links = {text_of(anchor).strip(" []") for anchor in entry.iter("a")}
    rest = [
        part
        for part in parts
        if part is not authors and (not title or title not in part) and not _only_links(part, links) and not _ABSTRACT.match(part)
    ]
    published = [part for part in rest if not _PREPRINT_COPY.match(part)]  # the journal's line beside the preprint's
    rest = published if any(year_in(part) and re.search(r"[^\W\d]{3}", part) for part in published) else rest
    dated = [
        i
        for i, part in enumerate(rest)
        if year_in(part) and part.strip(" .,()") != str(year_in(part)) and not re.fullmatch(r"\[.*\]", part.strip(" ."))
    ]  # not a note in brackets ("[Selected as a winner of 2018 PLOS Computational Biology Research Prize]")
    # a year, or a volume, pages and year without words ("75, 4547-53 (2004)"), follow the venue they belong to
    numbers = [i for i in dated if _STARTS_WITH_YEAR.match(rest[i]) or not re.search(r"[^\W\d]{3}", rest[i])]
    before_year = [i - 1 for i in numbers if i > 0 and not year_in(rest[i - 1])]
    worded = [i for i in dated if re.search(r"[^\W\d]{3}", rest[i])]  # "5/21/2019" alone is a date, no venue
    italic = {text_of(element).strip(" .,") for element in entry.iter("em", "i", "cite")}
    italic_venue = (
        None
        if title and title.strip(" .,") in italic
        else next((part for part in rest if part.strip(" .,") in italic and re.search(r"[^\W\d]{3}", part)), None)
    )  # "Title, <i>Lecture Notes in Computer Science</i>, Vol. 3973, 2006": the italics name the venue
    venue = next(
        (part for part in rest if context.venues.find(part) and not part.startswith("[")),
        italic_venue or (rest[before_year[0]] if before_year else (rest[worded[0]] if worded else None)),
    )
    if venue is None:
        venue = next((part for part in rest if not part.startswith("[") and re.search(r"[^\W\d]{3}", part)), None)
        venue = venue or next(("arXiv" for part in parts if re.match(r"\[?arxiv\s*:?\s*\d", part, re.IGNORECASE)), None)
    if title and (cut := _title_then_venue(title)):  # "Title, IEICE Trans., Vol.E84-D, No.3, pp.348-354, March 2001"
        title, venue = cut
    server = _SERVER.search(venue) if venue and _PREPRINT_COPY.match(venue) else None
    return title, authors, _SERVERS[server[0].lower()] if server else venue  # "Preprint (arXiv:2603.29267)": arXiv


def _thesis_by(lines: list[str]) -> tuple[str, str, str] | None:
    """A thesis: its title on a line, then its author's name and the department and university it was written at
    ("Ruiquan Huang, Dept. of EE, Penn State University, May 2025"): title, author and where; ``None`` for others."""
    for i, line in enumerate(lines[1:], start=1):
        name, _, where = line.partition(", ")
        if person_name(name) and _ACADEMIC_UNIT.search(where):
            return lines[i - 1], name, where
    return None


_ACADEMIC_UNIT = re.compile(r"^(?:dept\.?|department|school|faculty|college|university|institute)\b", re.IGNORECASE)
"""Where a thesis was written, after its author's name: a department, school or university."""
_PREPRINT_COPY = re.compile(r"^\s*[\[(]?\s*(?:preprint|e-?print|arxiv|biorxiv|medrxiv|chemrxiv|ssrn)\b", re.IGNORECASE)
"""A line naming the preprint of a paper ("Preprint (arXiv:2603.29267, Condensed Matter)") beside its journal's line:
another copy of it, not its venue."""
_SERVERS = {name.lower(): name for name in ("arXiv", "bioRxiv", "medRxiv", "ChemRxiv", "SSRN")}
_SERVER = re.compile("|".join(rf"\b{name}\b" for name in _SERVERS), re.IGNORECASE)
"""The preprint servers, as they write their names: the venue of a paper known only as a preprint on one."""


def _owner_before_colon(lines: list[str], context: Context) -> tuple[str, str, str | None] | None:
    """``舟阪淳一: Title, Venue, Vol. 1, pp. 1-6, 2022``: the page's owner alone before a colon (a name no rule reads as
    one, a Japanese family name) and the title and venue after it; ``None`` for other entries."""
    owner = context.owner
    if not owner or not lines or person_name(owner):
        return None  # a name the rules read is read with the others
    found = re.match(rf"{re.escape(owner)}\s*:\s*(?P<rest>\S.*)", lines[0])
    if found is None:
        return None
    rest = " ".join([found["rest"], *lines[1:]])
    title, _, venue = rest.partition(", ")
    return (title, owner, venue or None) if (cut := _title_then_venue(rest)) is None else (cut[0], owner, cut[1])


def _title_then_venue(text: str) -> tuple[str, str] | None:
    """A title run on with its venue and the venue's details, commas between them (``Effective Caching for NetNews
    Servers, IEICE Trans. on Information and Systems, Vol.E84-D, No.3, pp.348-354, March 2001``, as Japanese and
    Korean pages write them, their full-width commas read as commas by ``block_lines``): the title, and the venue from
    the part before the first detail; ``None`` for a title holding no volume, number or pages."""
    pieces = [piece.strip() for piece in text.split(",")]
    first = next((i for i, piece in enumerate(pieces) if _DETAIL.match(piece)), None)
    if first is None or first < 2 or not any(_VOLUME_OR_PAGES.match(piece) for piece in pieces[first:]):
        return None
    return ", ".join(pieces[: first - 1]), ", ".join(pieces[first - 1 :])


_DETAIL = re.compile(
    rf"(?:vol|no|pp?|pages?)\b\.?\s*\S|(?:19|20)\d\d\b|{MONTH}\.?\s+(?:19|20)\d\d|(?-i:[A-Z]{{2,5}})\d{{2,4}}-\d+\b",
    re.IGNORECASE,
)
"""A venue's detail after its name: its volume, number, pages, date, or a report's number ("NS2021-145")."""
_VOLUME_OR_PAGES = re.compile(r"(?:vol|no|pp?)\.\s*[A-Z]{0,2}-?\d", re.IGNORECASE)
"""A volume, number or pages: a year alone after a comma may be part of a title ("Trimeresurus macrops Kramer, 1977")."""


_LEADS_TO_VENUE = re.compile(rf",\s*{_LEAD_IN}\s+in\s+(?:the\s+)?", re.IGNORECASE)
"""A title's end and its venue's start in one run: "Title, to appear in the Proceedings of …"."""


def _names_before_quote(lines: list[str]) -> tuple[str, str, str | None] | None:
    """``堀 涼介, 五十川 麻理子, "Title", Venue, 2024`` (names in Chinese or Japanese characters, the title in quotes, the
    venue), which the rules do not read and the labeller misreads (it learnt no such names): title, author text, venue."""
    text = " ".join(lines)
    quoted = _QUOTED.search(text)
    before = text[: quoted.start()].strip(" ,") if quoted else ""
    if not quoted or not _IDEOGRAPHS.search(before) or not _looks_like_authors(before):
        return None  # Latin names the labeller and the entry model read better
    venue = re.split(r",?\s*\b(?:19|20)\d\d\b", text[quoted.end() :])[0].strip(" ,.")  # to its year
    return quoted.group(1).strip(" ,."), before, venue or None


_OPENING_QUOTE = re.compile(r"^\s*[\"“„](?P<title>[^\"“”„]{8,}?)[\"”]\s*,?\s*(?P<rest>.+)$")
QUOTED_FIRST = "a quoted title, then names"
"""How an entry written ``“Title” A, B and C, Journal, 2025`` was read."""


def _quote_then_names(entry: HtmlElement, lines: list[str]) -> tuple[str, list[str], str | None] | None:
    """``“Title” A, B and C, Journal, 2025``: the quotes end the title and the names after it are the authors (the
    entry model runs the first name into the title), up to the journal set in italics if it is; ``None`` unless two
    names or more follow the quote."""
    opened = _OPENING_QUOTE.match(_LIST_MARK.sub("", " ".join(lines)))
    if not opened:
        return None
    rest = opened["rest"]
    italic = next((text for e in entry.iter("em", "i") if (text := text_of(e)) and text in rest and rest.index(text) > 0), None)
    names, left = _leading_names(rest[: rest.index(italic)] if italic else rest)
    if len(names) < 2:
        return None
    return opened["title"].strip(" ,."), names, italic or _venue_before_place(left)


def _venue_before_place(text: str) -> str | None:
    """The venue a citation's rest opens with, up to where the citation labeller reads its place, date, volume or
    identifiers ("SPIE Optics + Photonics, San Diego, CA, USA, August 6-10, 2017")."""
    parts = parse_citation(text.strip(" ,.;")).parts
    named = itertools.takewhile(lambda part: part[0] in ("title", "container-title", "author", "editor", "note"), parts)
    return " ".join(part for _, part in named).strip(" ,.;") or None


_TITLE_LABEL = re.compile(r"(?:^|(?<=[\s.,;]))Title\s*:\s*(?P<title>.{8,}?)[\s.]*$")


def _title_labelled(lines: list[str]) -> tuple[str, list[str], str | None] | None:
    """A citation that labels its title after the rest ("Ward, J. S.; Vezzoli, A. Curr. Opin. Electrochem. 2022, DOI:
    10.1016/… Title: Key Advances in …"): title, authors and venue; ``None`` unless names open the rest."""
    text = _LIST_MARK.sub("", " ".join(lines))
    labelled = _TITLE_LABEL.search(text)
    if not labelled:
        return None
    rest = re.split(r"\s*\bDOI\s*:", text[: labelled.start()], flags=re.IGNORECASE)[0].strip(" .,;")
    acs = _semicolon_names(rest)  # ACS names are names ("Data, P.", "dos Santos, P. L.")
    parts = acs or _journal_after_names(rest)
    if len(parts) < 2:  # names the rules do not part from the journal ("Ward, J. S.; Vezzoli A. Curr. Opin. …"): the labeller's
        parsed = parse_citation(rest)
        parts = [next((part for label, part in parsed.parts if label == "author"), ""), parsed.venue or ""]
    if not acs and not _looks_like_authors(parts[0].strip(" .,;")):
        return None
    venue = re.split(r",?\s*\b(?:19|20)\d\d\b", parts[1])[0].strip(" .,;")
    return labelled["title"], author_names(parts[0].strip(" ,;")), venue or None


def _journal_after_names(part: str) -> list[str]:
    """Names and the abbreviated journal after them, one part (``A. Flidr and M. A. Hines, Chem. Phys. Lett. 302``,
    or in the Vancouver style ``Li CH, Sharma S, Heslop HE. Nat Med. 31(4)``), cut in two where the journal begins;
    other parts whole."""
    vancouver = _VANCOUVER_NAMES.match(part)
    if vancouver and vancouver.group("rest"):
        return [vancouver.group("names"), vancouver.group("rest")]
    if acs := _semicolon_names(part):
        return acs
    pieces = part.split(", ")
    for i in range(1, len(pieces)):
        head = ", ".join(pieces[:i])
        opening = re.match(r"(?:[A-Z][a-z]{0,8}\.\s*){2,}", pieces[i])  # "Chem. Phys. Lett.", not "C. Simon. *"
        if opening and len(re.findall(r"[A-Z][a-z]+\.", opening.group())) >= 2 and _looks_like_authors(head):
            return [head, ", ".join(pieces[i:])]
    return [part]


def _semicolon_names(part: str) -> list[str] | None:
    """Names written family name first and parted by semicolons, as the ACS and chemistry journals write them,
    and the journal run on after the last (``Comiskey, A.M.; Anslyn, E.V. J. Org. Chem``, ``Sun, X.; Org. Lett.``):
    the names and the journal, two parts; ``None`` for other parts."""
    pieces = [piece.strip() for piece in part.split(";")]
    if len(pieces) < 2 or not all(_FAMILY_INITIALS.fullmatch(piece) for piece in pieces[:-1]):
        return None
    names = "; ".join(pieces[:-1])
    if not pieces[-1] or _FAMILY_INITIALS.fullmatch(pieces[-1]):
        return None
    run_on = _FAMILY_INITIALS_THEN.match(pieces[-1])
    if run_on:
        return [f"{names}; {run_on.group('name')}", run_on.group("rest")]
    named = re.match(rf"{_FAMILY},\s*[A-Z]\.", pieces[-1])  # "Mal, P. (Z)-Selective …": a name, then no journal
    return [names, pieces[-1]] if len(pieces) > 2 and not named and re.match(r"[A-Z]", pieces[-1]) else None


_FAMILY_WORD = rf"(?:{PARTICLE})*[A-Z\u00C0-\u024F][\w'’\u00C0-\u024F-]*"
_FAMILY = rf"{_FAMILY_WORD}(?:\s{_FAMILY_WORD}){{0,3}}"
_FAMILY_INITIALS = re.compile(rf"{_FAMILY},\s*[A-Z][a-z]?\.?(?:\s?-?\s?[A-Z][a-z]?\.?){{0,3}}")
"""``Anslyn, E.V.``, ``Lee, D.-H.``, ``Vera, M. S.``: a family name, then initials."""
_FAMILY_INITIALS_THEN = re.compile(
    rf"(?P<name>{_FAMILY},\s*[A-Z]\.(?:-?[A-Z]\.){{0,3}}(?:\s(?:[A-IK-MOPR-Y]\.|[JNQSZ]\.(?!\s+[A-Z][a-z]+\.))){{0,2}})"
    r"[\s,]+(?P<rest>\S.*)"
)
"""The last name of a semicolon list and what follows it: "J." (or another letter an ISO 4 journal title opens with:
"Z." Zeitschrift, "N." New, "Q." Quarterly, "S." South) before an abbreviated word is the journal's ("Anslyn, E.V. J.
Org. Chem."), another initial the name's ("Cersonsky, R. K. AniSOAP: …", "Dias, F. B. Mater. Chem. Front.")."""


def _title_after_names(part: str) -> list[str]:
    """Names and the title after them written as one run of commas (``Yuqiao Gu, Hans Liljenstrom, Hualou Liang,
    Studying Phase Shift of Clinical EEG Evoked by ECT``), cut in two where the names end; other parts whole."""
    pieces = part.split(", ")
    if len(pieces) < 3 or _looks_like_authors(part) or _YEAR_IN_BRACKETS.search(part):
        return [part]  # "A, B, C (2009) Title, Journal": the year ends the names
    for i in range(len(pieces) - 1, 1, -1):
        head, first = ", ".join(pieces[:i]), pieces[i]
        worded = len(re.findall(r"[^\W\d]{2,}", first)) >= 3 and _SMALL_WORD.search(first)  # no name: "of", "from"
        if worded and not _looks_like_authors(first) and _looks_like_authors(head):
            names = author_names(head)
            if len(names) >= 2 and all(len(name.split()) >= 2 for name in names) and not first.startswith("and "):
                rest = ", ".join(pieces[i:])
                led = _LEADS_TO_VENUE.search(rest)  # "…, Title, to appear in the Proceedings of …"
                return [head, rest[: led.start()], rest[led.end() :]] if led else [head, rest]
    return [part]


_YEAR_IN_BRACKETS = re.compile(r"\(\s*(?:19|20)\d\d[a-z]?\s*\)")
_SMALL_WORD = re.compile(r"(?<!\S)(?!" + PARTICLE + r")[a-z]{2,}\b")
"""A word in small letters that is no name's particle: titles have them ("Studying Phase Shift of Clinical EEG"), names not."""
_VANCOUVER_NAME = r"[A-Z\u00C0-\u024F][\w'’\u00C0-\u024F-]+(?:\s[A-Z\u00C0-\u024F][\w'’\u00C0-\u024F-]+)*\s[A-Z]{1,3}"
_VANCOUVER_NAMES = re.compile(
    rf"^(?P<names>(?:{_VANCOUVER_NAME},\s)+{_VANCOUVER_NAME}(?:,?\s(?:et al|and others))?)\.\s+(?P<rest>\S.*)$"
)
"""Authors as Vancouver (NLM) writes them, family name then initials, the list ended by a full stop: ``Li CH, Sharma S.``"""


def _only_links(part: str, links: set[str]) -> bool:
    """A row of link labels (``Paper | Code | Slides``, ``Replication``), not a venue: several links, or one whose
    words are those of resources beside a paper. A venue written as a link (to its DOI) stays a venue."""
    rest, found = part, [label for label in sorted(links, key=len, reverse=True) if label and label in part]
    for label in found:
        rest = rest.replace(label, " ")
    if re.sub(r"[\s|·/,;:\[\]()•-]+", "", rest):
        return False
    worded = [label for label in found if not _resource_words(label)]
    if len(worded) == 1 and year_in(worded[0]) and re.search(r"[A-Za-z]{3}", worded[0]):
        return False  # "<a>Comm. Pure Appl. Math. 76(2) 337-405, 2023.</a> <a>[arXiv]</a>": the venue linked, a link beside it
    return len(found) >= 2 or _resource_words(part)


def _resource_words(text: str) -> bool:
    """Whether every word of a text names a resource beside a paper ("PDF", "Code", "arXiv")."""
    return all(_RESOURCE_WORD.fullmatch(word) for word in re.findall(r"[A-Za-z]+", text))


_RESOURCE_WORD = re.compile(
    rf"{_LINK_WORDS}|video|poster|replication|supplement\w*|software|data(?:set)?|bib|abstract|arxiv|hal|preprint|talk|"
    r"website|github|ssrn|draft|previous|appendix|published|version|nber",
    re.IGNORECASE,
)
"""Words of a link row (``Paper | Code | Replication``): the link words, and words that name a venue's part when
they end a venue line ("Journal of Open Source Software", "IEEE Transactions on Big Data")."""


_STARTS_WITH_YEAR = re.compile(r"^\(?(?:19|20)\d\d\b")


def _unnumbered(parts: list[str]) -> list[str]:
    """Parts of an entry without the list mark its first one opens with ("56. ", "[3] ", "[J18] ", "• ")."""
    first = _LIST_MARK.sub("", parts[0] + " ").strip() if parts else ""
    return ([first] if first else []) + parts[1:]


_LIST_MARK = re.compile(r"^\s*(?:[•·▪◦‣-]|\[[A-Z]{0,2}\d+\]|\(?\d{1,3}[.)])\s+")
_STYLE_TAGS = ("a", "em", "i", "b", "strong", "cite", "u", "font")


def _with_coauthors(lines: list[str], context: Context) -> tuple[str, str, str | None] | None:
    """``Title, with A, B and C.`` then the venue: the page's owner wrote it with the people named
    (a convention of pages in economics, mathematics and statistics); ``None`` for other entries.
    The names run as long as they read as names; what follows on the line (", Preprint 2021",
    ", appeared in Mathematische Zeitschrift 2019") is the venue."""
    if context.owner is None:
        return None
    for i, line in enumerate(lines[:2]):
        text = _LIST_MARK.sub("", line)
        for match in _WITH_AT.finditer(text):
            names, remainder = _leading_names(text[match.end() :])
            if names and len(match.string[: match.start()].strip(" ,(")) >= 8:
                after = [part for part in [remainder, *lines[i + 1 :]] if part.strip(" .,()")]
                venue = _venue_or_status(after[0]) if after else None
                venue = None if venue and _only_status(venue) else venue
                year = year_in(after[0]) if after else None
                title = text[: match.start()].strip(" ,.(")
                return title, f"{context.owner}, {', '.join(names)}", venue or (str(year) if year else None)
    for i, line in enumerate(lines[1:3], start=1):  # "• Title" over "Together with A and B. In Proc. CALCO 2021"
        opened = _WITH_OPENS.match(line)
        parts = _DASH.split(line[opened.end() :], maxsplit=1) if opened else [""]  # "with A and B — Journal (2021)"
        names, remainder = _leading_names(parts[0]) if opened else ([], "")
        remainder = " ".join([remainder, *parts[1:]]).strip()
        if names and len(_LIST_MARK.sub("", lines[0]).strip()) >= 8:
            after = [_OTHER_VERSION.split(part)[0] for part in [remainder, *lines[i + 1 :]] if part.strip(" .,()")]
            venue = _venue_or_status(after[0]) if after else None  # "In Math. Programming (2021). Previous version in …"
            title = " ".join(_LIST_MARK.sub("", part) for part in lines[:i]).strip(" ,.")
            return title, f"{context.owner}, {', '.join(names)}", None if venue and _only_status(venue) else venue
    return None


BY_CLASS = "fields named by class"
"""How an entry was read whose fields a theme names in classes."""
_DASH = re.compile(r"\s+[—–]\s+")
"""A dash set between spaces: where a line of co-authors ends and its venue begins."""
WITH_COAUTHORS = "title, with co-authors"
"""How an entry written ``Title, with A, B`` was read: its owner wrote it with the people named."""


def writes_with(entry: HtmlElement, citation: Citation | None) -> bool:
    """Whether an entry names its co-authors as the page's owner's, ``(with A and B) Title, …`` or ``Title, with A``."""
    lines = [_LIST_MARK.sub("", line) for line in block_lines(entry)[:2]]
    return (citation is not None and citation.how == WITH_COAUTHORS) or any(_WITH_OPENS.match(line) for line in lines)


def owner_alone(entry: HtmlElement, context: Context) -> Citation | None:
    """``Title, Venue (year)`` in a list that writes co-authors as ``Title (with A, B), Venue``: the page's owner
    wrote it alone. The title runs to the first comma (or is the first of its lines), the venue is what follows up to a
    semicolon."""
    lines = [_LIST_MARK.sub("", line) for line in block_lines(entry)]
    if context.owner is None or not lines:
        return None
    title, _, rest = (lines[0], "", " ".join(lines[1:])) if len(lines) > 1 else lines[0].partition(", ")
    title = title.strip(" .")
    if len(re.findall(r"[^\W\d]{2,}", title)) < 2 or not rest or person_name(title):
        return None
    venue = _venue_or_status(rest.split(";")[0])
    year = year_in(rest.split(";")[0])
    if not (year or (venue and (_NO_VENUE.search(venue) or context.venues.find(venue)))):
        return None  # "The following versions are not final, for finished versions click here": no citation
    venue = None if venue and _only_status(venue) else venue
    links, arxiv, doi, dblp = link_identifiers(entry, context.address)
    return Citation(
        title,
        [context.owner],
        entry.sourceline or 1,
        "title alone, the owner's",
        year,
        venue_name(venue) if venue else None,
        doi,
        arxiv,
        dblp,
        links,
    )


def without_authors(entry: HtmlElement, context: Context) -> Citation | None:
    """An entry of a list that prints no authors (a card with the paper's title over ``Phys. Rev. B (2019)``; ``Title.
    Journal, 2020``): the title is its longest line of words (not a short label over it), the venue the line giving
    the year, without it, or else a short line under the title (the year then a heading's); there must be one."""
    lines = [_LIST_MARK.sub("", line).strip() for line in block_lines(entry)]
    dated = [line for line in lines if year_in(line)] or [line for line in lines[1:] if len(line.split()) <= 10][-1:]
    if len(dated) != 1 or len(lines) < 2:
        return None
    worded = [line for line in lines if line not in dated and len(re.findall(r"[^\W\d]{2,}", line)) >= 3]
    if not worded:
        return None
    title = max(worded, key=len).strip(" .")
    venue = _venue_or_status(re.sub(r"\(?\b(?:19|20)\d\d\b\)?", " ", dated[0]).strip(" ,.;")) or ""
    named = venue_name(venue) if venue else ""
    if not named or re.search(r"\bauthor\b", venue, re.IGNORECASE):
        return None  # a date over a line of news, the owner's part in a project ("Lead author"): no journal
    links, arxiv, doi, dblp = link_identifiers(entry, context.address)
    return Citation(
        title,
        [],
        entry.sourceline or 1,
        AUTHORS_UNPRINTED,
        year_in(dated[0]),
        None if _only_status(venue) else named,
        doi,
        arxiv,
        dblp,
        links,
    )


NO_AUTHORS = "no author list found"
"""Why an entry naming no one is no citation (unless its whole list names no one)."""
AUTHORS_UNPRINTED = "a list printing no authors"
"""How an entry of a list that names no one was read: its title, venue and year."""


_WITH_AT = re.compile(r"(?:,\s*\(?|\s+\()(?:joint(?:ly)?\s+)?with\s+(?:prof(?:essor)?\.?\s+|dr\.?\s+)?", re.IGNORECASE)
"""Where a title's co-authors begin: ", with", " (with", ", (With" (the owner wrote it with them)."""
_WITH_OPENS = re.compile(r"^\(?\s*(?:(?:together|joint(?:ly)?|joint\s+work)\s+)?with\s+", re.IGNORECASE)
"""A line of co-authors under its title: "Together with A and B.", "Joint work with A"."""
_APPEARED = re.compile(r"^\s*(?:appeared|published|to appear|forthcoming)?\s*(?:here\s+)?(?:in\s+)?", re.IGNORECASE)
_NO_VENUE = re.compile(r"(?:preprint|working paper|submitted|in preparation|manuscript|under review)", re.IGNORECASE)


def _venue_or_status(text: str) -> str | None:
    """What follows a title where its venue goes, without "appeared in" ("Preprint 2021", "Mathematische Zeitschrift")."""
    return _APPEARED.sub("", text).strip(" ,.()") or None


def _only_status(venue: str) -> bool:
    """Whether a venue's text says only the paper's status ("Preprint 2021", "submitted"), naming no venue."""
    return bool(_NO_VENUE.fullmatch(re.sub(r"\s*\(?(?:19|20)\d\d\)?\.?$", "", venue)))


_ABBREVIATED_WORD = re.compile(r"\b(?!Ste\.)[^\W\d]{3,}(?<=[a-z])\.\s+\S")
"""A word cut short inside a run of words ("Angew. Chem."): a journal's abbreviated name, not a person's."""


def _leading_names(text: str) -> tuple[list[str], str]:
    """The names a text opens with (``K. Hare, N. Sidorov and T. Persson, appeared …``) and the rest of it."""
    names: list[str] = []
    text = re.sub(r"\b([A-Z])\.(?=[A-Z][a-z])", r"\1. ", text)  # "J.Kurkofka": an initial, then the family name
    pieces = re.split(r"(,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)", text)
    for i in range(0, len(pieces), 2):
        piece = pieces[i].strip()
        closed = re.match(r"([^()]+)\)\s*(.*)$", piece)  # "(with A and B) Preprint": the list ends at its bracket
        if closed and person_name(closed.group(1).rstrip(".")):
            names.append(person_name(closed.group(1).rstrip(".")) or "")
            return names, closed.group(2) + "".join(pieces[i + 1 :])
        name = person_name(piece.rstrip("."))
        if name and not any(ch.isdigit() for ch in piece) and not _ABBREVIATED_WORD.search(piece):
            names.append(name)
            continue
        head = re.match(r"(.+?[a-z]{2})\.\s+(.*)$", piece)  # "T. Persson. Annals of …": the last name, then the venue
        if head and person_name(head.group(1)) and not any(ch.isdigit() for ch in head.group(1)):
            names.append(person_name(head.group(1)) or "")
            return names, head.group(2) + "".join(pieces[i + 1 :])
        return names, "".join(pieces[i:])
    return names, ""


def _reads_as_venue(part: str, context: Context) -> bool:
    """A part written as a venue: a known venue's name alone, "In Proc. …", or a name followed by its year."""
    text = part.strip(" .,")
    return bool(
        context.venues.lookup(text)
        or re.match(r"^(?:in\s|proc\.|proceedings\b)", text, re.IGNORECASE)
        or re.search(r"\(\s*(?:19|20)\d\d\s*\)$|\b\d+\s*,\s*\w*\d+\s*\((?:19|20)\d\d\)", text)
    )


def _styled_runs(entry: HtmlElement) -> list[str]:
    """The entry's text cut where its style changes (a link, italics, bold) or a line breaks, as a reader
    sees its fields; runs joined by a comma stay together (the owner's bold name in an author list) unless
    they are a title and the field after it."""
    runs: list[str] = [""]

    def cut() -> None:
        if runs[-1].strip():
            runs.append("")

    def walk(node: HtmlElement) -> None:
        for child in node:
            if not isinstance(child.tag, str) or child.get(BIBTEX_MARK):
                runs[-1] += child.tail or ""
                continue
            styled = child.tag in _STYLE_TAGS and len(text_of(child)) > 2
            # a style begins a field after a field's end ("… method. <i>PLoS One</i>"), not inside a sentence
            # ("Lane Snapper (<i>Lutjanus synagris</i>) in Honduras")
            opens = styled and (not runs[-1].strip() or runs[-1].rstrip()[-1:] in ".,;:")
            after = (child.tail or "").lstrip()
            following = child.getnext()
            goes_on = not after and following is not None and following.tag == child.tag  # <em>Nature </em><em>Oncogene</em>
            closes = (
                styled
                and not goes_on
                and (not after or after[:1] in ".,;:" or text_of(child)[-1:] in ".,;:" or (opens and _phrase(child)))
            )
            if opens or child.tag == "br" or child.tag in BLOCK_TAGS:
                cut()
            runs[-1] += child.text or ""
            walk(child)
            if opens and closes and runs[-1].strip():
                whole.add(len(runs) - 1)
            if (opens and closes) or child.tag in BLOCK_TAGS:
                cut()
            runs[-1] += child.tail or ""

    runs[0] = entry.text or ""
    whole: set[int] = set()  # runs that are one styled element, all of it
    walk(entry)
    merged: list[str] = []
    for i, run in enumerate(" ".join(r.replace("\u00a0", " ").split()) for r in runs):
        if not run:
            continue
        if merged and (
            (merged[-1].endswith(",") and _continues(merged[-1], run, i in whole))
            or (run.startswith(",") and not re.match(r",\s*(?:and\s+)?with\b", run))
        ):
            merged[-1] += " " + run
        else:
            merged.append(run)
    return [run.strip(" ,") for run in merged if run.strip(" ,.•·")]


def _phrase(element: HtmlElement) -> bool:
    """A styled run that is a field of its own, whatever follows it: several words that are no list of names
    (a bold title before its plain venue: ``<b>Winter in water</b> Ecology Letters``)."""
    text = text_of(element).strip()
    return len(text.split()) >= 4 and not is_author_line(text)


def _continues(before: str, run: str, styled: bool) -> bool:
    """Whether a run after a comma goes on with the one before (the owner's bold name in an author list, a
    volume after a journal) rather than opening a field: not words after a phrase that is no names (a title),
    nor a ``styled`` phrase of words after names (``A, B and C, <a>Granger causality: estimation</a>``)."""
    tail = before.rstrip(" ,").rsplit(",", 1)[-1].strip()
    phrase = run.strip(" ,.")
    if styled and len(re.findall(r"[^\W\d]{2,}", run)) >= 4 and not is_author_line(phrase) and not _COLLECTIVE.search(phrase):
        return False
    return not (len(tail.split()) >= 4 and not is_author_line(tail) and re.search(r"[A-Za-z]{2}", run))


_ABBREVIATED = re.compile(r"(?:^|\s)[A-Z][a-z]{0,7}$")
_ABBREVIATION = re.compile(r"[A-Z][a-z]{0,8}\.(?=[\s,]|$)|[A-Z](?=\s*[.,;]|\s+\d|$)")
"""What follows an abbreviated word of a journal's name: another ("Phys. Rev."), or its section's letter ("Chem. C")."""


_JOURNAL_OPENING = re.compile(r"[A-Z]\.\s+[A-Z][a-z]{1,8}\.")
"""A journal's name opening with a letter and an abbreviated word ("J. Chem. Eng. Data", "J. Am. Chem. Soc.")."""
_PROCEEDINGS = re.compile(r"(?:^|[\s,])Proc$")
_ABBREVIATED_BEFORE = re.compile(r"(?:[A-Z][a-z]{0,8}\.\s+[A-Z][a-z]{0,7}|\b[A-Z][a-z]?)$")
"""The end of a text already inside an abbreviated name ("Philos. Trans" before "R. Soc."), or an initial."""
_LAST_WORD_BEFORE_VOLUME = re.compile(r"[A-Z][a-z]+\s+\d")


def _sentences(text: str) -> list[str]:
    """A one-paragraph citation cut into its sentences: authors. title. venue, year. A colon ends the authors
    ("A, B and C: Title") or a label ("Citation: A, B"), not a title before its subtitle ("Title: A test in grasslands")."""
    sentences: list[str] = []
    cut = 0
    for stop in _SENTENCE.finditer(text):
        before = text[cut : stop.start()].strip()
        after = _SENTENCE.split(text[stop.end() :], 1)[0]
        labelled = len(before.split()) <= 3 and _looks_like_authors(after)  # "Citation: A, B", not "Title: Where We Are"
        if stop.group().lstrip()[:1] == ":" and not _looks_like_authors(before) and not labelled:
            continue
        opens_journal = (
            _JOURNAL_OPENING.match(text, stop.end()) and len(before.split()) >= 2 and not _ABBREVIATED_BEFORE.search(before)
        )  # "… Where We're Going. J. Chem. Eng. Data": a title's last word, then a journal's name
        if stop.group().startswith(".") and _PROCEEDINGS.search(before):
            continue  # "Title, Proc. IEEE DASC 2025": no title ends with "Proc", a venue's name begins with it
        if _ABBREVIATED.search(before) and _ABBREVIATION.match(text, stop.end()) and not opens_journal:
            continue  # "J. Phys. Oceanogr.": a journal's abbreviated words
        if _ABBREVIATED_BEFORE.search(before) and _LAST_WORD_BEFORE_VOLUME.match(text, stop.end()):
            continue  # "J. Chem. Eng. Data 2024": the word that ends its name, then its year or volume
        sentences.append(before)
        cut = stop.end()
    sentences.append(text[cut:].strip())
    return [sentence for sentence in sentences if sentence]


def has_bibtex(entry: HtmlElement) -> str | None:
    """The BibTeX text an entry carries (often in a hidden block), if any."""
    blocks = entry.xpath(f".//*[@{BIBTEX_MARK}]")
    return str(blocks[0].text_content()) if blocks else None
