"""The Crossref source: Crossref work JSON → works with authors in order, their ORCIDs, DOI, venue and year.

Reads an API response (``message`` with one work or a list of ``items``), a list of items,
one bare item, or JSON Lines (the public data file's shape). The year is the ``issued`` year
(Crossref's earliest known publication date); the venue is the container title, or for a
proceedings paper the event it names when the venue table knows that event.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..identity.aliases import AliasTable
from ..model.identifiers import arxiv_id, doi, orcid
from ..model.records import Identifier, IdentifierScheme, Origin, Problem, Record, Severity, SourceResult, Work
from .located import Located, as_list, text
from .registry import known_venue, read_json_entries, registry_kind, venue_name

__all__ = ["read_crossref", "sniff_crossref"]

_EVENT_YEAR = re.compile(r"\s*['’]?\d{2,4}$")
_MARKUP = re.compile(r"<[^>]+>")


def _plain(written: str | None) -> str | None:
    """Crossref titles carry JATS markup (``<i>in vivo</i>``) and HTML entities (``&amp;``): plain text."""
    if not written:
        return None
    return " ".join(html.unescape(_MARKUP.sub("", written)).split()) or None


_CROSSREF_KEYS = ('"reference-count"', '"is-referenced-by-count"', '"deposited"', '"indexed"', '"member"')


def sniff_crossref(head: str) -> bool:
    """Crossref JSON: an API response (``message-type``), or items with a ``DOI`` and keys only Crossref
    writes (``deposited``, ``member``…) — CSL-JSON shares ``DOI`` and ``container-title``, not these."""
    return '"message-type"' in head or ('"DOI"' in head and any(key in head for key in _CROSSREF_KEYS))


def read_crossref(path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable) -> SourceResult:
    """Read Crossref works from JSON or JSON Lines."""
    return read_json_entries(path, shown_as, ("items",), lambda entry, origin: _work(entry, origin, venues))


def _work(entry: Located, origin: Origin, venues: AliasTable) -> Iterator[Record | Problem]:
    found_doi = doi(text(entry, "DOI"))
    title = _plain(next(iter(as_list(entry.get("title"))), None))
    if not title:
        yield Problem(
            Severity.VIOLATION, f"Crossref work {found_doi or '(no DOI)'} has no title; it is skipped", origin, left_out=True
        )
        return
    authors: list[str | None] = []
    author_ids: list[tuple[Identifier, ...]] = []
    for author in as_list(entry.get("author")):
        name = " ".join(filter(None, (text(author, "given"), text(author, "family")))) or text(author, "name")
        authors.append(name or None)
        found = orcid(text(author, "ORCID"))
        author_ids.append((Identifier(IdentifierScheme.ORCID, found),) if found else ())
    container = _plain(next(iter(as_list(entry.get("container-title"))), None))
    event = entry.get("event") or {}
    acronym = _EVENT_YEAR.sub("", text(event, "acronym") or "")  # "ICSE '18" → "ICSE"
    event_venue = known_venue(acronym, venues) or known_venue(text(event, "name"), venues)
    kind = text(entry, "type") or ""
    year = _year(entry)
    if year is None:
        yield Problem(Severity.WARNING, f"Crossref work {found_doi} ('{title}') has no issued date; read without a year", origin)
    yield Work(
        title=title,
        authors=tuple(authors),
        year=year,
        origin=origin,
        kind=registry_kind(kind),
        venue=known_venue(container, venues) or event_venue or venue_name(container, venues),
        venue_as_written=container,
        doi=found_doi,
        arxiv_id=arxiv_id(found_doi),
        author_identifiers=tuple(author_ids),
        volume=text(entry, "volume"),
        publisher=text(entry, "publisher"),
    )


def _year(entry: dict[str, Any]) -> int | None:
    for key in ("issued", "published", "published-print", "published-online"):
        parts = (entry.get(key) or {}).get("date-parts") or [[None]]
        first = parts[0][0] if parts and parts[0] else None
        if isinstance(first, int):
            return first
    return None
