"""The Hugo Blox (Wowchemy, hugo-academic) source: publication and author pages → records.

A publication is ``content/publication/<slug>/index.md``: front matter with ``title``,
``authors`` (names, or slugs of ``content/authors/<slug>/_index.md`` pages, ``admin``
for the site's owner), ``date``, ``publication_types``, ``publication``, ``doi``,
``links`` and ``url_*`` fields; a ``cite.bib`` beside it fills what the front matter
lacks (venue, DOI, year). A person is ``content/authors/<slug>/_index.md``: ``title``
(the name), ``role``, ``organizations``, ``email``, an ORCID among ``social`` links.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import SourceError
from ..identity.aliases import AliasTable
from ..model.identifiers import orcid_identifiers
from ..model.names import clean_name
from ..model.records import (
    Origin,
    Period,
    Person,
    Position,
    Problem,
    Record,
    Severity,
    SourceResult,
    Work,
)
from .bibtex import bibtex_works
from .files import read_text_file
from .homepage.html_people import SHORT_STAY
from .homepage.people import ALUMNUS
from .jekyll_data import work_from
from .works import email_address, plain_text
from .yamltext import LineDict, front_matter, page_front_matter, partial_date, text_value

__all__ = ["read_hugo_author", "read_hugo_publication", "sniff_hugo_author", "sniff_hugo_publication"]

_TYPES = {"1": "paper-conference", "2": "article-journal", "3": "preprint", "7": "thesis"}
"""Hugo Blox's numeric ``publication_types`` (older sites) → CSL types."""


def sniff_hugo_publication(head: str) -> bool:
    """Whether a Markdown file's start is a Hugo Blox publication page."""
    return head.startswith(("---", "+++")) and re.search(r"^publication_types\s*[:=]", head, re.MULTILINE) is not None


def sniff_hugo_author(head: str) -> bool:
    """Whether a Markdown file's start is a Hugo Blox author (people) page."""
    return head.startswith(("---", "+++")) and re.search(r"^(?:user_groups|superuser)\s*[:=]", head, re.MULTILINE) is not None


def _page(path: Path, shown_as: str) -> tuple[SourceResult, LineDict | None, Origin]:
    """A page's result to fill, its front matter (``None`` if it has none) and where that starts."""
    result = SourceResult(shown_as)
    matter = page_front_matter(read_text_file(path, shown_as), shown_as, result.problems)
    return result, matter, Origin(shown_as, matter.line if matter is not None else 1)


@cache
def _author_name(authors_folder: Path, slug: str) -> str | None:
    """The display name on ``content/authors/<slug>/_index.md``, if that page exists."""
    page = authors_folder / slug / "_index.md"
    if not page.is_file():
        return None
    try:
        matter = front_matter(read_text_file(page, str(page)), str(page))
    except SourceError:  # a broken page is reported when it is read as a source
        return None
    return clean_name(text_value(matter.get("title")) or "") or None if matter else None


def _resolve_authors(authors: Any, page: Path) -> list[str | None]:
    """Author names, with slugs (``min``, ``admin``) replaced by the names on their author pages."""
    if not isinstance(authors, list):
        return []
    folder = page.parent.parent.parent / "authors"
    names: list[str | None] = []
    for author in authors:
        written = text_value(author)
        if written is None:
            names.append(None)
        elif " " not in written and (found := _author_name(folder, written)):
            names.append(found)
        else:
            names.append(written)
    return names


def read_hugo_publication(path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable) -> SourceResult:
    """Read one ``content/publication/<slug>/index.md`` (and its ``cite.bib``)."""
    result, matter, where = _page(path, shown_as)
    if matter is None:
        return result
    item: dict[str, Any] = {
        key: value for key, value in matter.items() if key not in ("links", "publishDate", "image", "projects")
    }
    item["authors"] = _resolve_authors(matter.get("authors"), path)
    types = matter.get("publication_types") or []
    item["type"] = _TYPES.get(str(types[0]), str(types[0])) if isinstance(types, list) and types else ""
    item["venue"] = (text_value(matter.get("publication")) or "").strip("*_ ") or None  # Markdown *italics*
    item["venue_short"] = (text_value(matter.get("publication_short")) or "").strip("*_ ") or None
    item.pop("publication", None)
    item.pop("publication_short", None)
    for entry in matter.get("links") or []:
        if isinstance(entry, dict) and text_value(entry.get("url")):
            item.setdefault(str(entry.get("name") or "link").lower(), entry["url"])
    cite = path.parent / "cite.bib"
    if cite.is_file():
        cite_shown = f"{shown_as.rsplit('/', 1)[0]}/cite.bib"
        try:
            works, problems = bibtex_works(read_text_file(cite, cite_shown), cite_shown, venues)
        except SourceError as error:  # the page is read all the same, without what its citation adds
            works, problems = [], [Problem(Severity.WARNING, f"not read: {error.reason}", Origin(cite_shown, error.line or 1))]
        result.problems += problems
        _fill_from(item, works[0] if works else None)
    work = work_from(item, where, venues, result.problems)
    if work is not None:
        result.records.append(work)
    return result


def _fill_from(item: dict[str, Any], cited: Work | None) -> None:
    """Fill the fields the front matter lacks from the work its ``cite.bib`` describes."""
    if cited is None:
        return
    if not item.get("venue") and cited.venue_as_written:
        item["venue"] = cited.venue_as_written
    if not item.get("doi") and cited.doi:
        item["doi"] = cited.doi
    if not item.get("year") and not item.get("date") and cited.year:
        item["year"] = cited.year
    if not any(item["authors"]) and cited.authors:
        item["authors"] = list(cited.authors)


def read_hugo_author(path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable) -> SourceResult:
    """Read one ``content/authors/<slug>/_index.md``: the person and their role at each organization."""
    result, matter, where = _page(path, shown_as)
    if matter is None:
        return result
    name = clean_name(plain_text(text_value(matter.get("title")) or "")) or " ".join(
        filter(None, (text_value(matter.get("first_name")), text_value(matter.get("last_name"))))
    )
    if not name:
        result.problems.append(Problem(Severity.VIOLATION, "author page has no name; add 'title: Full Name'", where))
        return result
    links = [str(link.get("link", "")) for link in matter.get("social") or [] if isinstance(link, dict)]
    records: list[Record] = [
        Person(
            name=name,
            origin=where,
            email=email_address(text_value(matter.get("email"))),
            identifiers=orcid_identifiers(next((link for link in links if "orcid.org/" in link), None)),
        )
    ]
    groups = matter.get("user_groups")
    role = text_value(matter.get("role")) or (text_value(groups[0]) if isinstance(groups, list) and groups else None)
    dated = partial_date(matter.get("date"), lambda message: result.problems.append(Problem(Severity.WARNING, message, where)))
    written = " ".join([role or "", *(text_value(group) or "" for group in (groups if isinstance(groups, list) else []))])
    # the page's date is when the role began; for an alumnus ("Doctoral Alumnus (May '19)") when it ended; a stay of a
    # season ("Postgraduate Intern ('14)") began and ended then
    if SHORT_STAY.search(written):
        period = Period(dated, dated)
    else:
        period = Period(None, dated) if ALUMNUS.search(written) else Period(dated)
    for organization in matter.get("organizations") or []:
        org = text_value(organization.get("name")) if isinstance(organization, dict) else text_value(organization)
        if org and role:
            records.append(Position(name, plain_text(role), org, period, where))
    result.records += records
    return result
