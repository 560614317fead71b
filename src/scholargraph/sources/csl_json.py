"""The CSL-JSON source: citation items (Zotero, pandoc, citeproc exports) → ``Work`` records.

A file is an array of items, or an object holding them under ``items``. Each item has
``id``, ``type`` (``article-journal``, ``paper-conference``…), ``title``, ``author``
(``family``/``given``/``non-dropping-particle``/``suffix``, or ``literal`` for an
organization), ``issued`` (``date-parts``, ``raw`` or ``literal``), ``container-title``,
``DOI``, ``URL``, ``abstract``. JSON keeps no line numbers, so the line each item's
``{`` opens on is found by scanning the text once.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from ..errors import SourceError
from ..identity.aliases import AliasTable
from ..model.identifiers import doi, orcid_identifiers
from ..model.names import clean_name
from ..model.records import Link, Origin, Problem, Severity, SourceResult, Work
from .files import read_text_file
from .works import arxiv_of, doi_field, plain_text, unsafe_address, venue, web_address, work_kind, year_in
from .yamltext import partial_date

__all__ = ["read_csl_json", "sniff_csl_json"]

_OTHER_FORMATS = {
    "member",
    "prefix",
    "reference-count",
    "message",
    "authorships",
    "display_name",
    "host_venue",
    "primary_location",
}
"""Keys of Crossref and OpenAlex records, which look like CSL-JSON but are read by their own sources."""


def sniff_csl_json(head: str) -> bool:
    """Whether a JSON file's start looks like CSL-JSON items (and not a Crossref or OpenAlex record)."""
    start = head.lstrip()
    if not start.startswith(("[", "{")):
        return False
    keys = set(re.findall(r'"([\w-]+)"\s*:', head))
    return {"id", "type"} <= keys and bool(keys & {"title", "author", "issued"}) and not keys & _OTHER_FORMATS


def read_csl_json(path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable) -> SourceResult:
    """Read a CSL-JSON file."""
    text = read_text_file(path, shown_as)
    result = SourceResult(shown_as)
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise SourceError(shown_as, f"not valid JSON: {error.msg}; check the commas and quotes there", error.lineno) from None
    items, depth = (data, 1) if isinstance(data, list) else (data.get("items"), 2) if isinstance(data, dict) else (None, 0)
    if not isinstance(items, list):
        raise SourceError(shown_as, "not CSL-JSON: expected an array of items (or an object with 'items')", 1)
    lines = _object_lines(text, depth)
    for number, item in enumerate(items):
        where = Origin(shown_as, lines[number] if number < len(lines) else 1)
        if not isinstance(item, dict):
            result.problems.append(Problem(Severity.VIOLATION, f"item {number + 1} is not an object and is skipped", where, True))
            continue
        work = _work(item, where, venues, result.problems)
        if work is not None:
            result.records.append(work)
    return result


def _object_lines(text: str, depth: int) -> list[int]:
    """The 1-based line of each ``{`` that opens at ``depth`` (1: items of a top-level array)."""
    lines: list[int] = []
    level, line, in_string, escaped = 0, 1, False, False
    for char in text:
        if char == "\n":
            line += 1
        elif in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char in "[{":
            if char == "{" and level == depth:
                lines.append(line)
            level += 1
        elif char in "]}":
            level -= 1
    return lines


def _name(person: Any) -> str | None:
    if not isinstance(person, dict):
        return None
    if person.get("literal"):
        return clean_name(str(person["literal"]))
    parts = (
        person.get("given"),
        person.get("dropping-particle"),
        person.get("non-dropping-particle"),
        person.get("family"),
        person.get("suffix"),
    )
    return clean_name(" ".join(str(part) for part in parts if part)) or None


def _year(issued: Any) -> int | None:
    if isinstance(issued, dict):
        parts = issued.get("date-parts")
        if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
            try:
                return year_in(int(parts[0][0]))
            except (TypeError, ValueError):
                return None
        return year_in(issued.get("raw") or issued.get("literal"))
    return year_in(issued)


def _issued_text(issued: Any) -> str | None:
    """The ``issued`` date as ``YYYY-MM-DD`` text (its first ``date-parts``, or ``raw``), to tell one that does not
    exist: a work holds only its year."""
    if not isinstance(issued, dict):
        return None
    parts = issued.get("date-parts")
    if isinstance(parts, list) and parts and isinstance(parts[0], list) and parts[0]:
        try:
            year, *rest = (int(str(part)) for part in parts[0][:3])
        except ValueError:
            return None
        return "-".join([f"{year:04d}", *(f"{part:02d}" for part in rest)])
    raw = issued.get("raw")
    return str(raw) if raw else None


def _work(item: dict[str, Any], where: Origin, venues: AliasTable, problems: list[Problem]) -> Work | None:
    label = f"item '{item.get('id')}'" if item.get("id") else "an item"
    title_value = item.get("title")
    title = plain_text(str(title_value[0] if isinstance(title_value, list) and title_value else title_value or ""))
    if not title:
        problems.append(Problem(Severity.VIOLATION, f'{label} has no title and is skipped; add "title": "…"', where, True))
        return None
    people = item.get("author") or []
    authors = [_name(person) for person in people] if isinstance(people, list) else []
    if not authors:
        problems.append(Problem(Severity.WARNING, f'{label} has no author; add "author": [{{"family": …, "given": …}}]', where))
    year = _year(item.get("issued"))
    if year is None:
        problems.append(Problem(Severity.WARNING, f'{label} has no year; add "issued": {{"date-parts": [[2020]]}}', where))
    elif written := _issued_text(item.get("issued")):
        partial_date(written, lambda message: problems.append(Problem(Severity.WARNING, f"{label}: issued {message}", where)))
    container = item.get("container-title") or item.get("event-title") or item.get("event") or item.get("publisher")
    written = plain_text(str(container[0] if isinstance(container, list) and container else container or "")) or None
    series, as_written = venue(written, venues, item.get("container-title-short") or item.get("collection-title"))
    url = web_address(str(item.get("URL") or ""))

    def warn(message: str) -> None:
        problems.append(Problem(Severity.WARNING, message, where))

    unsafe_address("URL", str(item.get("URL") or ""), warn)
    author_ids = tuple(
        orcid_identifiers(str(p.get("ORCID") or "")) if isinstance(p, dict) else ()
        for p in (people if isinstance(people, list) else [])
    )
    return Work(
        title=title,
        authors=tuple(authors),
        year=year,
        origin=where,
        kind=work_kind(str(item.get("type") or ""), as_written, venues),
        key=str(item["id"]) if item.get("id") is not None else None,
        venue=series,
        venue_as_written=as_written,
        links=(Link("link", url),) if url else (),
        arxiv_id=arxiv_of([url], written),
        doi=doi_field("DOI", str(item.get("DOI") or ""), warn) or (doi(url) if url and "doi.org" in url else None),
        abstract=plain_text(str(item["abstract"])) if item.get("abstract") else None,
        author_identifiers=author_ids if any(author_ids) else (),
        volume=str(item["volume"]) if item.get("volume") else None,
        publisher=plain_text(str(item["publisher"])) if item.get("publisher") else None,
    )
