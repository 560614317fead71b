"""The Jekyll data source: ``_data/*.yml`` lists of publications and people → records.

Jekyll sites keep structured lists in ``_data/``: publications (``title``, ``authors``
as a list or as one HTML string with ``<strong>`` self-marks, ``conference`` /
``venue`` / ``journal``, ``conference_short``, ``year``, links such as ``pdf``,
``code``, ``page``, a dblp ``bibtex`` URL, ``notes``) and people (``name``, ``email``,
``orcid``…). Lists may be the whole file or sit under keys (``main:``, ``phd:``…).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..identity.aliases import AliasTable
from ..model.identifiers import arxiv_id, dblp_key, orcid_identifiers
from ..model.names import clean_name
from ..model.records import Identifier, IdentifierScheme, Link, Origin, Person, Problem, Record, Severity, SourceResult, Work
from .files import read_text_file
from .homepage.publications import split_authors
from .works import arxiv_of, doi_field, email_address, link, plain_text, venue, web_address, work_kind, year_in
from .yamltext import LineDict, load_yaml, partial_date, text_value

__all__ = ["person_from", "read_jekyll_data", "sniff_jekyll_data", "work_from"]

_VENUE_KEYS = ("conference", "venue", "journal", "booktitle", "publication", "publisher")
_SHORT_VENUE_KEYS = ("conference_short", "venue_short", "abbr", "short")
_NOT_LINKS = {"image", "img", "teaser", "thumbnail", "photo", "avatar"}


def sniff_jekyll_data(head: str) -> bool:
    """Whether a YAML file's start looks like a list of publications or people."""
    items = set(re.findall(r"^\s*-\s+([a-z_]+):", head, re.MULTILINE))
    keys = set(re.findall(r"^\s*-?\s*([a-z_]+):", head, re.MULTILINE))
    publications = "title" in items and bool(keys & {"authors", "author"})
    people = "name" in items and bool(keys & {"email", "orcid", "role", "position"})  # rosters are claimed first
    return publications or people


def read_jekyll_data(path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable) -> SourceResult:
    """Read a Jekyll ``_data`` YAML file of publications or people."""
    result = SourceResult(shown_as)
    for item in _items(load_yaml(read_text_file(path, shown_as), shown_as)):
        where = Origin(shown_as, item.line)
        if "title" in item:
            work = work_from(item, where, venues, result.problems)
            if work is not None:
                result.records.append(work)
        elif "name" in item:
            result.records.extend(person_from(item, where))
        elif any(key in item for key in ("authors", "author", "conference", "venue")):
            result.problems.append(
                Problem(Severity.VIOLATION, "publication has no title and is skipped; add 'title: …'", where, True)
            )
    return result


def _items(data: Any) -> Iterator[LineDict]:
    """The mappings in lists anywhere in the data, in file order."""
    if isinstance(data, list):
        for value in data:
            if isinstance(value, LineDict):
                yield value
            else:
                yield from _items(value)
    elif isinstance(data, dict):
        for value in data.values():
            yield from _items(value)


def _authors(value: Any) -> list[str | None]:
    if isinstance(value, list):  # names, or mappings with a name ("- name: Ada Lovelace")
        names = [text_value(name.get("name")) if isinstance(name, dict) else text_value(name) for name in value]
        return [clean_name(plain_text(name)) or None if name else None for name in names]
    text = str(value or "")
    text = re.split(r"<br\s*/?>", text, maxsplit=1)[0]  # "( ✉ Corresponding author)" notes follow a <br>
    return split_authors(plain_text(text)) if text.strip() else []


def work_from(item: dict[str, Any], where: Origin, venues: AliasTable, problems: list[Problem]) -> Work | None:
    """The work a publication mapping describes (Jekyll data, academicpages or Hugo front matter)."""
    title = plain_text(text_value(item.get("title")) or "")
    if not title:
        problems.append(Problem(Severity.VIOLATION, "publication has an empty title and is skipped; add 'title: …'", where, True))
        return None
    authors = _authors(item.get("authors", item.get("author")))
    if not authors:
        problems.append(Problem(Severity.WARNING, f"publication '{title}' has no authors; add 'authors: …'", where))
    written = next((plain_text(v) for key in _VENUE_KEYS if (v := text_value(item.get(key)))), None)
    short = next((plain_text(v) for key in _SHORT_VENUE_KEYS if (v := text_value(item.get(key)))), None)
    series, as_written = venue(written, venues, short)
    date = partial_date(item.get("date"), lambda message: problems.append(Problem(Severity.WARNING, message, where)))
    year = year_in(item.get("year")) or (date.year if date else year_in(as_written))
    if year is None:
        problems.append(Problem(Severity.WARNING, f"publication '{title}' has no year; add 'year: 2024'", where))
    links: list[Link] = []
    identifiers: list[Identifier] = []
    for key, value in item.items():
        url = web_address(text_value(value))
        if not url or key in _NOT_LINKS:
            link(key, text_value(value), lambda message: problems.append(Problem(Severity.WARNING, message, where)))
            continue
        if key == "bibtex" and (found := dblp_key(url)) and "dblp.org" in url:
            identifiers.append(Identifier(IdentifierScheme.DBLP, found))
        links.append(link(key, url) or Link(key, url))
    notes = [plain_text(v) for key in ("notes", "note", "award") if (v := text_value(item.get(key)))]
    return Work(
        title=title,
        authors=tuple(authors),
        year=year,
        origin=where,
        kind=work_kind(str(item.get("type") or ""), as_written, venues),
        venue=series,
        venue_as_written=as_written,
        distinctions=tuple(notes),
        links=tuple(links),
        arxiv_id=arxiv_id(text_value(item.get("arxiv"))) or arxiv_of([link_.url for link_ in links], as_written),
        doi=doi_field(
            "doi", text_value(item.get("doi")), lambda message: problems.append(Problem(Severity.WARNING, message, where))
        ),
        abstract=plain_text(text_value(item.get("abstract")) or "") or None,
        identifiers=tuple(identifiers),
    )


def person_from(item: dict[str, Any], where: Origin) -> Iterator[Record]:
    """The person a people-list mapping describes (``name``, ``email``, ``orcid``)."""
    name = clean_name(plain_text(text_value(item.get("name")) or ""))
    if not name:
        return
    yield Person(
        name=name,
        origin=where,
        email=email_address(text_value(item.get("email"))),
        identifiers=orcid_identifiers(text_value(item.get("orcid"))),
    )
