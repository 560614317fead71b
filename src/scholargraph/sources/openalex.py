"""The OpenAlex source: OpenAlex work and author JSON → works (authors in order, with their ids) and people.

Reads one entity, a list, an API page (``results``) or JSON Lines (the snapshot's format, and
what ``scholargraph fetch openalex`` writes). Works give their authors in ``authorships``
order with each author's OpenAlex id and ORCID; authors give a person with both ids. Other
entities (sources, institutions, concepts) are noted and not read. Both the current schema
(``primary_location``) and the earlier one (``host_venue``) are read.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..identity.aliases import AliasTable
from ..model.identifiers import arxiv_id, doi, openalex_id, orcid_identifiers
from ..model.records import Identifier, IdentifierScheme, Origin, Person, Problem, Record, Severity, SourceResult, Work, WorkKind
from .located import Located, as_list, text
from .registry import read_json_entries, venue_name
from .works import year_in

__all__ = ["read_openalex", "sniff_openalex"]

_PREPRINT_TYPES = {"preprint", "posted-content"}
_THESIS_TYPES = {"dissertation"}


def sniff_openalex(head: str) -> bool:
    """OpenAlex JSON names its entities by ``https://openalex.org/`` ids."""
    return '"https://openalex.org/' in head


def read_openalex(path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable) -> SourceResult:
    """Read OpenAlex works and authors from JSON or JSON Lines."""
    return read_json_entries(path, shown_as, ("results",), lambda entry, origin: _entry(entry, origin, venues))


def _entry(entry: Located, origin: Origin, venues: AliasTable) -> Iterator[Record | Problem]:
    entity = openalex_id(text(entry, "id"))
    if entity is None:
        yield Problem(
            Severity.VIOLATION, "entry has no OpenAlex id (https://openalex.org/W… or A…); it is skipped", origin, left_out=True
        )
    elif entity.startswith("W"):
        yield from _work(entry, entity, origin, venues)
    elif entity.startswith("A"):
        yield from _author(entry, entity, origin)
    else:
        yield Problem(
            Severity.INFO, f"OpenAlex entity {entity} is not a work or an author; it is not read", origin, left_out=True
        )


def _work(entry: dict[str, Any], entity: str, origin: Origin, venues: AliasTable) -> Iterator[Record | Problem]:
    title = text(entry, "title") or text(entry, "display_name")
    if not title:
        yield Problem(Severity.VIOLATION, f"OpenAlex work {entity} has no title; it is skipped", origin, left_out=True)
        return
    authors: list[str | None] = []
    author_ids: list[tuple[Identifier, ...]] = []
    for authorship in as_list(entry.get("authorships")):
        author = (authorship.get("author") or {}) if isinstance(authorship, dict) else {}
        authors.append(text(author, "display_name") or text(authorship, "raw_author_name"))
        ids = [Identifier(IdentifierScheme.OPENALEX, a) for a in [openalex_id(text(author, "id"))] if a]
        ids += orcid_identifiers(text(author, "orcid"))
        author_ids.append(tuple(ids))
    source = (entry.get("primary_location") or {}).get("source") or entry.get("host_venue") or {}
    venue = text(source, "display_name")
    year = entry.get("publication_year")
    if year is not None and (not isinstance(year, int) or year_in(year) is None):
        yield Problem(Severity.WARNING, f"OpenAlex work {entity} has no valid year ({year!r}); read without one", origin)
    links = [text(location, "landing_page_url") or "" for location in as_list(entry.get("locations"))]
    yield Work(
        title=title,
        authors=tuple(authors),
        year=year_in(year) if isinstance(year, int) else None,
        origin=origin,
        kind=_kind(text(entry, "type"), text(entry, "type_crossref"), text(source, "type")),
        venue=venue_name(venue, venues),
        venue_as_written=venue,
        doi=doi(text(entry, "doi")),
        arxiv_id=arxiv_id(text(entry, "doi")) or next(filter(None, map(arxiv_id, links)), None),
        identifiers=(Identifier(IdentifierScheme.OPENALEX, entity),),
        author_identifiers=tuple(author_ids),
        volume=text(entry.get("biblio"), "volume"),
        publisher=text(source, "host_organization_name"),
    )


def _kind(work_type: str | None, crossref_type: str | None, source_type: str | None) -> WorkKind:
    types = {work_type, crossref_type}
    if types & _PREPRINT_TYPES or source_type == "repository":
        return WorkKind.PREPRINT
    if types & _THESIS_TYPES:
        return WorkKind.THESIS
    if crossref_type == "proceedings-article" or source_type == "conference":
        return WorkKind.CONFERENCE_PAPER
    if work_type in ("article", "journal-article") or source_type == "journal":
        return WorkKind.JOURNAL_ARTICLE
    return WorkKind.OTHER


def _author(entry: dict[str, Any], entity: str, origin: Origin) -> Iterator[Record | Problem]:
    name = text(entry, "display_name")
    if not name:
        yield Problem(Severity.VIOLATION, f"OpenAlex author {entity} has no display_name; it is skipped", origin, left_out=True)
        return
    found = orcid_identifiers(text(entry, "orcid") or text(entry, "ids", "orcid"))
    yield Person(name=name, origin=origin, identifiers=(Identifier(IdentifierScheme.OPENALEX, entity), *found))
