"""Recognizing one publication entry of an HTML page: its title, authors, venue, year and links.

An entry is a list item, table row, card or paragraph. Generated themes name their
fields in ``class`` attributes (``title``, ``author``, ``periodical``…), which are used
when present; otherwise the entry's lines (or, for a one-paragraph citation, its
sentences) are told apart by what they are: an author list reads as names, a venue line
has a known venue or a year, and the title is what is left (quoted, bold or linked first).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urljoin

from ...names import author_names, strip_author_notes
from .html_page import BIBTEX_MARK, block_lines, text_of
from .publications import is_author_line
from .structured import Citation, year_in

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from .context import Context

__all__ = ["has_bibtex", "link_identifiers", "read_citation", "venue_name"]

_FIELD_CLASSES = {
    "title": re.compile(r"title|pub-?name|paper-?title"),
    "authors": re.compile(r"authors?|pub-?authors"),
    "venue": re.compile(r"periodical|venue|journal|booktitle|conference|pub-?venue|citation|meta"),
}
_QUOTED = re.compile(r"[\"“”„]([^\"“”„]{8,}?)[\"“”]")
_SENTENCE = re.compile(r"(?<=[a-z\d)\]”\"]{2})[.:]\s+(?=[A-Z“\"(\d])|(?<=[”\"])[.,]?\s+")
_PUBLISHED_IN = re.compile(r"^\s*(?:published\s+)?in\s*:?\s+", re.IGNORECASE)
_ARXIV_URL = re.compile(r"arxiv\.org/(?:abs|pdf)/(\d{4}\.\d{4,5})", re.IGNORECASE)
_DOI_URL = re.compile(r"doi\.org/(10\.\d{4,9}/[^\s?#]+)", re.IGNORECASE)
_SCRIPT_URL = re.compile(r"^(?:javascript|vbscript|data|file|mailto):", re.IGNORECASE)
_DBLP_URL = re.compile(r"dblp\.org/rec/([\w/.-]+?)(?:\.html|\.bib|\?|$)", re.IGNORECASE)


def _by_class(entry: HtmlElement, field: str) -> str | None:
    pattern = _FIELD_CLASSES[field]
    for element in entry.iterdescendants():
        names = str(element.get("class") or "").lower().split() if isinstance(element.tag, str) else []
        if any(pattern.fullmatch(name) or pattern.fullmatch(re.split(r"[-_]+", name)[-1]) for name in names):
            text = text_of(element)
            if text:
                return text
    return None


def _looks_like_authors(text: str) -> bool:
    text = strip_author_notes(text)
    return bool(text) and is_author_line(re.sub(r"[*†‡§¶^#✉\d]+(?=,|\s|$)", "", text))


def link_identifiers(
    entry: HtmlElement, address: str | None = None
) -> tuple[list[tuple[str, str]], str | None, str | None, str | None]:
    """The entry's links as (label, URL), and the arXiv id, DOI and DBLP key their URLs carry.

    A relative link is resolved against the page's ``address``; with none known it is kept as
    written (the graph holds it as text). Links a browser would run (``javascript:``) are no links."""
    links: list[tuple[str, str]] = []
    arxiv, doi, dblp = None, None, None
    for anchor in entry.iter("a"):
        url = "".join(str(anchor.get("href") or "").split())
        if not url or url.startswith("#") or _SCRIPT_URL.match(url):
            continue
        url = urljoin(address, url) if address else url
        if any(url == seen for _, seen in links):
            continue
        links.append((text_of(anchor) or url, url))
        arxiv = arxiv or _group(_ARXIV_URL, url)
        doi = doi or _group(_DOI_URL, url)
        dblp = dblp or _group(_DBLP_URL, url)
    return links, arxiv, doi, dblp


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


def read_citation(entry: HtmlElement, context: Context) -> tuple[Citation | None, str]:
    """The citation an entry holds, or ``None`` and the reason it is not one."""
    lines = block_lines(entry)
    if not lines:
        return None, "empty"
    title = _by_class(entry, "title")
    authors_text = _by_class(entry, "authors")
    venue = _by_class(entry, "venue")
    how = "fields named by class"
    if not (title and authors_text):
        how = "lines told apart"
        title, authors_text, venue = _split_fields(entry, lines, context)
    if not title:
        return None, "no title found"
    if not authors_text or not _looks_like_authors(authors_text):
        return None, f"no author list found in '{_short(' '.join(lines))}'"
    links, arxiv, doi, dblp = link_identifiers(entry, context.address)
    whole = " ".join(lines)
    year = year_in(_ARXIV_URL.sub("", venue or "")) or year_in(re.sub(r"\d{4}\.\d{4,5}", "", whole.replace(title, "")))
    authors = author_names(authors_text)
    venue = venue_name(venue) if venue else None
    return Citation(title.strip(" .,"), authors, entry.sourceline or 1, how, year, venue, doi, arxiv, dblp, links), ""


_VENUE_DETAILS = re.compile(
    r"[,;:]?\s*(?:\b(?:vol(?:ume)?|no|num(?:ber)?|issue|pp|pages?|art(?:icle)?(?:\s+no)?|chapter|ch)\b\.?\s*[\dIVXivx]"
    r"|\bdoi\s*:|https?://|\barXiv\s*:\s*\d|\(\s*\d{1,4}\s*\)\s*[,:]|\s\d+[A-Z]?\s*(?:\(\d+\))?\s*[,:]\s*[A-Za-z]?\d"
    r"|\s\d+\s*\(\d+\)|[,.]?\s*(?:in press|forthcoming|to appear|accepted|submitted|under review)\b).*$",
    re.IGNORECASE,
)
_VENUE_DATE = re.compile(
    r"[,.]?\s*\(?(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d\d[a-z]?\)?"
    r"(?:\s*[-–]\s*\d+)?\s*[.,:;]?\s*$",
    re.IGNORECASE,
)


def venue_name(text: str) -> str:
    """A venue as a person names it: without the volume, issue, pages, date, DOI or status that follow it
    (``Phys. Rev. B 95, 115150 (2017)`` → ``Phys. Rev. B``; ``IEEE Trans. X, vol. 3, pp. 1-9, 2021`` → ``IEEE Trans. X``)."""
    name = _PUBLISHED_IN.sub("", text.strip())
    name = _VENUE_DETAILS.sub("", name)
    for _ in range(2):
        name = _VENUE_DATE.sub("", name).strip(" ,;:–-")
    name = re.sub(r"^(?:19|20)\d\d\s+(?=\w)", "", name)
    name = re.sub(r"(?<=\w{5})\.$", "", name)  # a sentence's full stop, not an abbreviation's
    return name or text.strip(" ,.;:")


def _short(text: str, size: int = 60) -> str:
    return text if len(text) <= size else text[: size - 1] + "…"


def _split_fields(entry: HtmlElement, lines: list[str], context: Context) -> tuple[str | None, str | None, str | None]:
    """Title, author text and venue text of an entry without field classes.

    The author list is the part with the most names (a title of capitalized words can read as
    one long name); the title is the quoted text, else emphasized text outside the author
    list, else the part next to the authors; the venue is a remaining part naming a venue or year.
    """
    parts = lines if len(lines) >= 3 or any(_looks_like_authors(line) for line in lines) else _sentences(" ".join(lines))
    if not any(_looks_like_authors(part) for part in parts):  # a citation sentence among other lines
        parts = [sentence for line in lines for sentence in _sentences(line)]
    parts = [part for part in parts if part.strip(" .,") and not part.startswith("[")]
    quoted = _QUOTED.search(" ".join(lines))
    title = quoted.group(1).strip(" ,.") if quoted else None
    emphasized = _emphasized_titles(entry)
    candidates = [
        i for i, part in enumerate(parts) if _looks_like_authors(part.strip(" .")) and (title is None or title not in part)
    ]
    if not candidates:
        return title or next(iter(emphasized), None), None, None
    author_index = max(candidates, key=lambda i: (len(author_names(parts[i])), parts[i].strip(" .,") not in emphasized, -i))
    authors = parts[author_index]
    if title is None:
        outside = [text for text in emphasized if text not in authors and any(text in part for part in parts)]
        if outside:
            title = outside[0]
        elif author_index > 0:
            title = parts[author_index - 1]
        elif len(parts) > 1:
            title = parts[1]
    rest = [part for part in parts if part is not authors and (not title or title not in part)]
    venue = next(
        (part for part in rest if context.venues.find(part)),
        next((part for part in rest if year_in(part) and part.strip(" .,()") != str(year_in(part))), rest[0] if rest else None),
    )
    return title, authors, venue


def _sentences(text: str) -> list[str]:
    """A one-paragraph citation cut into its sentences: authors. title. venue, year."""
    return [part.strip() for part in _SENTENCE.split(text) if part and part.strip()]


def has_bibtex(entry: HtmlElement) -> str | None:
    """The BibTeX text an entry carries (often in a hidden block), if any."""
    blocks = entry.xpath(f".//*[@{BIBTEX_MARK}]")
    return str(blocks[0].text_content()) if blocks else None
