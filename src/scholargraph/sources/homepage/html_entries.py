"""Recognizing one entry of an HTML page: a publication's fields or a person's name, role and period.

An entry is a list item, table row, card or paragraph. Generated themes name their
fields in ``class`` attributes (``title``, ``author``, ``periodical``…), which are used
when present; otherwise the entry's lines (or, for a one-paragraph citation, its
sentences) are told apart by what they are: an author list reads as names, a venue line
has a known venue or a year, and the title is what is left (quoted, bold or linked first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...dates import parse_period
from ...model import Period
from ...names import author_names, clean_name, strip_author_notes
from .html_page import BIBTEX_MARK, block_lines, text_of
from .publications import is_author_line
from .structured import Citation, year_in

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from .context import Context

__all__ = ["PersonEntry", "has_bibtex", "link_identifiers", "read_citation", "read_person"]

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
_DBLP_URL = re.compile(r"dblp\.org/rec/([\w/.-]+?)(?:\.html|\.bib|\?|$)", re.IGNORECASE)
_PERIOD = re.compile(
    r"(?:since|from)?\s*(?:(?:spring|summer|fall|autumn|winter|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)\.?\s+)?"
    r"(?:19|20)\d\d(?:\s*[-–—~]+\s*(?:(?:spring|summer|fall|autumn|winter|[a-z]{3,9}\.?)\s+)?(?:(?:19|20)\d\d|present|now|current|today))?",
    re.IGNORECASE,
)
_ROLE_WORDS = (
    r"(?:student|post-?doc\w*|intern|assistant|visitor|visiting|researcher|fellow|candidate|ph\.?d\.?|master'?s?|undergrad\w*)"
)
_SEASON = re.compile(r"\b(?:spring|summer|fall|autumn|winter)\s+", re.IGNORECASE)
_CO_ADVISOR = re.compile(r"(?:\bw/|\bwith\b|co-?(?:advised|supervised)\s+(?:with|by))\s+(?P<names>[^()]+)", re.IGNORECASE)
_PERSON_NAME = re.compile(r"^[A-Z\u00C0-\u024F][\w.'’\u00C0-\u024F-]*(?:\s+[A-Za-z\u00C0-\u024F][\w.'’\u00C0-\u024F-]*){1,4}$")


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


def link_identifiers(entry: HtmlElement) -> tuple[list[tuple[str, str]], str | None, str | None, str | None]:
    """The entry's links as (label, URL), and the arXiv id, DOI and DBLP key their URLs carry."""
    links: list[tuple[str, str]] = []
    arxiv, doi, dblp = None, None, None
    for anchor in entry.iter("a"):
        url = str(anchor.get("href") or "").strip()
        if not url or url.startswith(("#", "javascript:", "mailto:")) or any(url == seen for _, seen in links):
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
    links, arxiv, doi, dblp = link_identifiers(entry)
    whole = " ".join(lines)
    year = year_in(_ARXIV_URL.sub("", venue or "")) or year_in(re.sub(r"\d{4}\.\d{4,5}", "", whole.replace(title, "")))
    authors = author_names(authors_text)
    venue = _PUBLISHED_IN.sub("", venue) if venue else None
    return Citation(title.strip(" .,"), authors, entry.sourceline or 1, how, year, venue, doi, arxiv, dblp, links), ""


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


@dataclass(frozen=True)
class PersonEntry:
    """A person as a people section lists them; the supervisor and the section's role are added by the page."""

    name: str
    line: int
    period: Period
    role: str | None
    cosupervisors: tuple[str, ...]


def read_person(entry: HtmlElement) -> tuple[PersonEntry | None, str]:
    """A person listed in a people section: their name (a link, bold text or the first words), period and role."""
    lines = block_lines(entry)
    if not lines:
        return None, "empty"
    name = None
    for tag in ("a", "strong", "b", "h3", "h4", "h5"):
        for element in entry.iter(tag):
            candidate = clean_name(text_of(element))
            if _PERSON_NAME.match(candidate) and not _inside_co_advisor(element):
                name = candidate
                break
        if name:
            break
    if name is None:
        head = re.split(r"[,(–—:|]|\s-\s", lines[0])[0]
        candidate = clean_name(head)
        if not _PERSON_NAME.match(candidate):
            return None, f"no person's name found in '{_short(' '.join(lines))}'"
        name = candidate
    text = " ".join(lines)
    period_match = next((m for m in _PERIOD.finditer(text) if m.group().strip()), None)
    period = Period(None, None)
    if period_match:
        period = parse_period(_SEASON.sub("", period_match.group().strip())) or Period(None, None)
    role_match = re.search(rf"\(([^()]*{_ROLE_WORDS}[^()]*)\)", text, re.IGNORECASE) or re.search(
        rf"(?:^|[,;–—|]\s*)([^,;()–—|]*{_ROLE_WORDS}[^,;()–—|]*)", text.replace(name, "", 1), re.IGNORECASE
    )
    cosupervisors: list[str] = []
    for match in _CO_ADVISOR.finditer(text):
        names = _PERIOD.sub("", match["names"])
        cosupervisors.extend(n for n in (clean_name(p) for p in re.split(r",|\band\b|&", names)) if _PERSON_NAME.match(n))
    return PersonEntry(
        name,
        entry.sourceline or 1,
        period,
        _PERIOD.sub("", role_match.group(1).split(",")[0]).strip(" -–") if role_match else None,
        tuple(cosupervisors),
    ), ""


def _inside_co_advisor(element: HtmlElement) -> bool:
    """A co-advisor's linked name (``w/ <a>Prof. X</a>``) is not the person the entry is about."""
    parent = element.getparent()
    before = (parent.text or "") if parent is not None else ""
    return bool(re.search(r"(?:w/|with|co-?advised(?: by)?)\s*$", before.strip(), re.IGNORECASE))


def has_bibtex(entry: HtmlElement) -> str | None:
    """The BibTeX text an entry carries (often in a hidden block), if any."""
    blocks = entry.xpath(f".//*[@{BIBTEX_MARK}]")
    return str(blocks[0].text_content()) if blocks else None
