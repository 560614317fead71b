"""What the structured sources share: venues, kinds, years, link labels, e-mail addresses.

BibTeX, CSL-JSON and the homepage generators all name a venue, a kind and links in their
own fields; these helpers turn such values into the same ``Work`` fields so that a paper
read from two formats is written the same way (identifiers: ``model.identifiers``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from ..identity.aliases import AliasTable
from ..model.identifiers import arxiv_id, doi, unsafe_scheme
from ..model.records import Link, WorkKind

__all__ = [
    "arxiv_of",
    "doi_field",
    "email_address",
    "link",
    "plain_text",
    "unsafe_address",
    "venue",
    "web_address",
    "work_kind",
    "year_in",
]

_YEAR = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")
_WEB_ADDRESS = re.compile(r"^https?://[^\s<>\"{}|\\^`]+$")
_TAG = re.compile(r"<[^>]*>")
_PREPRINT_VENUES = re.compile(r"\b(arxiv|corr|biorxiv|medrxiv|ssrn|preprint)\b", re.IGNORECASE)


def year_in(text: object) -> int | None:
    """The first year (1500–2099) written in a value, if any."""
    found = _YEAR.search(str(text or ""))
    return int(found.group(1)) if found else None


def arxiv_of(urls: Iterable[str | None], venue_written: str | None) -> str | None:
    """The arXiv id of a work: from its first arxiv.org link, else from a venue written as ``arXiv:2101.01234``."""
    found = next((found for url in urls if url and "arxiv.org" in url and (found := arxiv_id(url))), None)
    return found or (arxiv_id(venue_written) if venue_written and "arxiv" in venue_written.lower() else None)


def plain_text(html: str) -> str:
    """Text from a value written with HTML tags and entities (``<strong>Yaoyao Liu</strong>``), or ``\\"``."""
    from html import unescape

    text = unescape(_TAG.sub("", re.sub(r"<br\s*/?>", " ", html, flags=re.IGNORECASE))).replace('\\"', '"')
    return re.sub(r"\s+([,.;:)])", r"\1", " ".join(text.split()))


def venue(written: str | None, table: AliasTable, abbreviation: str | None = None) -> tuple[str | None, str | None]:
    """The venue series (its short name when the alias table knows it) and the venue as written.

    ``abbreviation`` (al-folio's ``abbr``, a Jekyll list's ``conference_short``) names the
    series when the full name is not in the table.
    """
    if not written or not written.strip():
        written = abbreviation
    if not written or not written.strip():
        return None, None
    written = " ".join(written.split())
    found = table.lookup(written) or (table.find(written) or (None, ""))[0]
    if found is None and abbreviation:
        found = table.lookup(abbreviation)
    return (found.label if found else written), written


def work_kind(entry_type: str, venue_written: str | None, table: AliasTable) -> WorkKind:
    """The kind of a work from its entry type (BibTeX or CSL), corrected by what its venue is."""
    entry_type = entry_type.lower().replace("_", "-")
    known = (table.lookup(venue_written) or (table.find(venue_written) or (None, ""))[0]) if venue_written else None
    if (known and known.kind == "repository") or (venue_written and _PREPRINT_VENUES.search(venue_written)):
        return WorkKind.PREPRINT
    if entry_type in ("phdthesis", "mastersthesis", "thesis"):
        return WorkKind.THESIS
    if entry_type in ("inproceedings", "conference", "paper-conference"):
        return WorkKind.CONFERENCE_PAPER
    if entry_type in ("article", "article-journal"):
        return WorkKind.JOURNAL_ARTICLE
    if entry_type in ("unpublished", "preprint", "posted-content"):
        return WorkKind.PREPRINT
    if known and known.kind == "journal":
        return WorkKind.JOURNAL_ARTICLE
    if known and known.kind == "conference":
        return WorkKind.CONFERENCE_PAPER
    return WorkKind.OTHER


_LINK_LABELS = {
    "url": "link",
    "html": "html",
    "paperurl": "paper",
    "pdf": "pdf",
    "url_pdf": "pdf",
    "code": "code",
    "url_code": "code",
    "website": "project",
    "projectpage": "project",
    "url_project": "project",
    "video": "video",
    "url_video": "video",
    "poster": "poster",
    "url_poster": "poster",
    "slides": "slides",
    "slidesurl": "slides",
    "talkurl": "talk",
    "url_slides": "slides",
    "url_dataset": "dataset",
    "supp": "supplementary",
    "blog": "blog",
}
"""Fields naming a resource beside a work (BibTeX, al-folio, academicpages, Hugo Blox) → link label."""


def link(field: str, value: str | None, warn: Callable[[str], None] | None = None) -> Link | None:
    """The link a field gives, if the field names one and holds a value; an address a browser would run or read from
    its machine (``javascript:``, ``file:``) is none, and is told to ``warn``."""
    label = _LINK_LABELS.get(field.lower())
    if label is None or not value or not value.strip():
        return None
    if unsafe_address(field, value, warn):
        return None
    return Link(label, web_address(value))


def unsafe_address(field: str, value: str | None, warn: Callable[[str], None] | None = None) -> bool:
    """Whether ``value`` is an address no link may have (``javascript:``, ``data:``, ``file:``…); if so ``warn`` is told
    which field holds it and what to write instead."""
    scheme = unsafe_scheme(value)
    if scheme and warn is not None:
        warn(
            f"{field} '{(value or '').strip()[:60]}' is a {scheme}: address, which a browser would run or read from its "
            "machine; it is left out: write an http or https address"
        )
    return scheme is not None


def doi_field(field: str, value: str | None, warn: Callable[[str], None]) -> str | None:
    """The DOI of a field that holds one (``doi``, ``DOI``). A DOI ends at a space, so more after one
    (``10.1000/abc def``) is told to ``warn`` with what was read and what was not, rather than cut off without a word."""
    found = doi(value)
    written = " ".join((value or "").split())
    start = written.lower().find(found) if found else -1
    if found is None or start < 0 or " " not in written[start:]:
        return found
    read, rest = written[start : start + len(found)], written[start + len(found) :].strip()
    warn(
        f"{field} '{written[:80]}' holds a space: only '{read}' is read as its DOI; if '{rest[:40]}' is part of it, take "
        f"the space out, else remove '{rest[:40]}'"
    )
    return found


def email_address(text: str | None) -> str | None:
    """An e-mail address, also when written to fool robots (``lyy (at) illinois.edu``); else ``None``."""
    from .homepage.people import deobfuscate_email

    return deobfuscate_email(text)[0] if text else None


def web_address(value: str | None) -> str | None:
    """The value if it is an absolute web address; a site-relative file (``EPD_Poster.pdf``) is not one."""
    value = (value or "").strip()
    return value if _WEB_ADDRESS.match(value) else None
