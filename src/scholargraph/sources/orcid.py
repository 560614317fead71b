"""The ORCID source: an ORCID v3.0 record (JSON from pub.orcid.org, or XML) → the person and their activities.

Reads the person (name, ORCID iD, e-mail, and the external identifiers or links that name a
dblp, OpenAlex or Wikidata entry), works, employments, invited positions, memberships and
services (positions), educations (degrees) and distinctions (awards). Section files
(``works``, ``employments``…, a full ``work``) read the same way; JSON and XML go through one
tree (``located``) so both give the same records.

A record's work summaries do not list co-authors or their order: such a work gets the
record's owner as its only known author (ranked first), and an info note says so. A full
``work`` with ``contributors`` gives every contributor in order, wherever it stands: alone, in
a bulk answer, or in place of its summary (as ``scholargraph fetch orcid`` writes records).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from ..errors import SourceError
from ..identity.aliases import AliasTable
from ..model.identifiers import arxiv_id, dblp_pid, doi, openalex_id, orcid, orcid_identifiers, wikidata_id
from ..model.records import (
    Award,
    Degree,
    Identifier,
    IdentifierScheme,
    Origin,
    PartialDate,
    Period,
    Person,
    Position,
    Problem,
    Record,
    Severity,
    SourceResult,
    Work,
)
from .files import text_head
from .located import Located, as_list, descendants, load_json, load_xml, text
from .registry import partial_date, registry_kind, venue_name

__all__ = ["read_orcid", "sniff_orcid"]

_POSITION_KINDS = (
    ("employment", "Employee"),
    ("invited-position", "Invited position"),
    ("membership", "Member"),
    ("service", "Service"),
)
"""Affiliations read as positions, with the title to use when ORCID gives no role title. Services
(a committee, an editorial board) are positions at the organization, not roles at a venue: the
organization is not always one."""


_FETCH_AGAIN = "fetch it again later (scholargraph fetch orcid ID --refresh)"
_API_ERROR_ADVICE = {
    "404": "ORCID has no record with this iD; check the iD",
    "409": f"ORCID has locked this record (or its owner has deactivated it); {_FETCH_AGAIN}, or ask its owner",
    "410": "ORCID has deactivated or deprecated this record; fetch the iD it points to instead",
}
"""What to do about an ORCID API error, by HTTP status; any other one (429, 5xx): fetch it again later."""


def sniff_orcid(head: str) -> bool:
    """An ORCID record or section: XML in the ``www.orcid.org/ns/`` namespaces, or JSON naming an
    ``orcid-identifier`` (or put-codes with orcid.org paths); or an ORCID API error saved in its place."""
    xml = "http://www.orcid.org/ns/" in head
    record = '"orcid-identifier"' in head or ('"put-code"' in head and "orcid.org" in head)
    return xml or record or ('"response-code"' in head and '"developer-message"' in head)


def read_orcid(path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable) -> SourceResult:
    """Read an ORCID v3.0 record or section, JSON or XML (told apart by the first character, in the file's encoding)."""
    is_xml = text_head(path, shown_as, 64).lstrip().startswith("<")
    tree = next(iter(load_xml(path, shown_as).values())) if is_xml else load_json(path, shown_as)
    if not isinstance(tree, Located):
        raise SourceError(shown_as, "is not an ORCID record: expected a JSON object or an XML document")
    _refuse_api_error(tree, shown_as)
    return _Reader(shown_as, venues).read(tree)


def _refuse_api_error(tree: Located, shown_as: str) -> None:
    """An error the ORCID API answered (JSON, or XML in the ``ns/error`` namespace) saved instead of a record:
    the source cannot be read, and the message says why and what to do (never "0 records")."""
    root = tree.get("error", tree)
    status = text(root, "response-code")
    if status is None or text(root, "developer-message") is None:
        return
    code = text(root, "error-code")
    advice = _API_ERROR_ADVICE.get(status, _FETCH_AGAIN)
    raise SourceError(
        shown_as,
        f"is an ORCID API error saved in place of a record (HTTP {status}{f', ORCID error {code}' if code else ''}: "
        f"{text(root, 'developer-message')}): {advice}",
    )


class _Reader:
    """One ORCID file: its owner, and the records and problems found in it."""

    def __init__(self, shown_as: str, venues: AliasTable) -> None:
        self.path = shown_as
        self.venues = venues
        self.owner: str | None = None
        self.owner_only = 0
        """Works read with the owner as their only known author (ORCID gave no contributors)."""
        self.result = SourceResult(shown_as)

    def origin(self, node: Any) -> Origin:
        return Origin(self.path, node.line if isinstance(node, Located) else 1)

    def problem(self, node: Any, message: str, severity: Severity = Severity.WARNING, *, left_out: bool = False) -> None:
        self.result.problems.append(Problem(severity, message, self.origin(node), left_out))

    def read(self, root: Located) -> SourceResult:
        orcid_id = orcid(text(root, "orcid-identifier", "path")) or orcid(text(root, "path"))
        person = root if _names_someone(root) else next(descendants(root, "person"), None)
        records: list[Record] = []
        if person is not None:
            found = self.person(person, orcid_id)
            if found is not None:
                records.append(found)
                self.owner = found.name
        # A group is one work as several sources (Crossref, Scopus…) gave it; ORCID lists the preferred first.
        groups = [as_list(group["work-summary"]) for group in descendants(root, "group") if "work-summary" in group]
        works = [versions[0] for versions in groups]
        works += [root] if "contributors" in root else list(descendants(root, "work"))
        for work in works:
            records += self.work(work)
        merged = sum(len(versions) - 1 for versions in groups)
        if merged:
            self.problem(
                root,
                f"{merged} further version(s) of listed works, from other sources, were left for the preferred one",
                Severity.INFO,
            )
        if self.owner_only:
            self.problem(
                root,
                f"ORCID lists {self.owner_only} work(s) without their co-authors; each is given {self.owner} as its only "
                "known author — fetch the record with scholargraph fetch (which asks for the works in full), or add "
                "the dblp, Crossref or BibTeX records of these works for full author lists",
                Severity.INFO,
            )
        for kind, title in _POSITION_KINDS:
            for item in descendants(root, f"{kind}-summary"):
                records += self.position(item, title)
        for item in descendants(root, "education-summary"):
            records += self.degree(item)
        for item in descendants(root, "distinction-summary"):
            records += self.award(item)
        self.result.records = records
        return self.result

    def person(self, person: Located, orcid_id: str | None) -> Person | None:
        given, family = text(person, "name", "given-names"), text(person, "name", "family-name")
        name = " ".join(filter(None, (given, family))) or text(person, "name", "credit-name")
        if not name:
            self.problem(person, "the ORCID record shows no name (it may be private); its activities are read without a person")
            return None
        identifiers = [Identifier(IdentifierScheme.ORCID, orcid_id)] if orcid_id else []
        urls = [text(e, "external-id-url") for e in descendants(person, "external-identifier")]
        urls += [text(u, "url") for u in descendants(person, "researcher-url")]  # a dblp page is often given as a link
        identifiers += [found for url in urls if (found := _external_identifier(url))]
        email = next((text(e, "email") for e in descendants(person, "email") if text(e, "email")), None)
        return Person(name=name, origin=self.origin(person), email=email, identifiers=tuple(dict.fromkeys(identifiers)))

    def work(self, work: Located) -> Iterator[Record]:
        """A work, summary or full: its contributors in order when it lists them, else the record's owner."""
        title = text(work, "title", "title")
        put_code = text(work, "put-code") or "?"
        if not title:
            self.problem(work, f"ORCID work {put_code} has no title; it is skipped", Severity.VIOLATION, left_out=True)
            return
        date = work.get("publication-date")
        year_text = text(date, "year")
        year = partial_date(year_text) if year_text else None
        if year_text and year is None:
            self.problem(work, f"ORCID work {put_code} ('{title}') has the year '{year_text}', not a year; read without one")
        ids = [(text(e, "external-id-type") or "", text(e, "external-id-value") or "") for e in _external_ids(work)]
        authors: tuple[str | None, ...] = (self.owner,) if self.owner else ()
        author_ids: tuple[tuple[Identifier, ...], ...] = ()
        people = list(descendants(work.get("contributors"), "contributor"))
        if people:
            authors = tuple(text(c, "credit-name") for c in people)
            author_ids = tuple(_contributor_identifiers(c) for c in people)
        elif self.owner:
            self.owner_only += 1
        kind = text(work, "type") or ""
        journal = text(work, "journal-title")
        yield Work(
            title=title,
            authors=authors,
            authors_given=bool(people),
            year=year.year if year else None,
            origin=self.origin(work),
            key=text(work, "put-code"),
            kind=registry_kind(kind),
            venue=venue_name(journal, self.venues),
            venue_as_written=journal,
            doi=next((found for kind, value in ids if kind == "doi" and (found := doi(value))), None),
            arxiv_id=next((value for kind, value in ids if kind == "arxiv" and value), None)
            or next((found for kind, value in ids if kind == "doi" and (found := arxiv_id(value))), None),
            author_identifiers=author_ids,
        )

    def _affiliation(self, item: Located, what: str) -> tuple[str, Period] | None:
        organization = text(item, "organization", "name")
        if not organization or not self.owner:
            reason = "names no organization" if not organization else "belongs to a record that shows no name"
            self.problem(item, f"ORCID {what} {text(item, 'put-code') or '?'} {reason}; it is skipped", left_out=True)
            return None
        return organization, Period(self._date(item, "start-date"), self._date(item, "end-date"))

    def _date(self, item: Located, key: str) -> PartialDate | None:
        node = item.get(key)
        if not node:
            return None
        found = partial_date(text(node, "year"), text(node, "month"), text(node, "day"))
        if found is None:
            self.problem(item, f"the {key} of ORCID item {text(item, 'put-code') or '?'} is not a date; read without it")
        return found

    def position(self, item: Located, default_title: str) -> Iterator[Record]:
        found = self._affiliation(item, "position")
        if found and self.owner:
            organization, period = found
            yield Position(
                person=self.owner,
                title=text(item, "role-title") or default_title,
                organization=organization,
                period=period,
                origin=self.origin(item),
                unit=text(item, "department-name"),
            )

    def degree(self, item: Located) -> Iterator[Record]:
        found = self._affiliation(item, "education")
        if found and self.owner:
            organization, period = found
            end = period.end or period.start
            yield Degree(
                person=self.owner,
                degree=text(item, "role-title") or "Degree",
                institution=organization,
                year=end.year if end else None,
                origin=self.origin(item),
            )

    def award(self, item: Located) -> Iterator[Record]:
        found = self._affiliation(item, "distinction")
        if found and self.owner:
            organization, period = found
            yield Award(
                person=self.owner,
                name=text(item, "role-title") or "Distinction",
                date=period.start,
                origin=self.origin(item),
                granted_by=organization,
            )


def _names_someone(node: Located) -> bool:
    """Whether ``node`` is a person part: its ``name`` has given names, a family name or a credit name."""
    name = node.get("name")
    return isinstance(name, dict) and bool({"given-names", "family-name", "credit-name"} & name.keys())


def _external_ids(work: Located) -> list[Any]:
    return as_list((work.get("external-ids") or {}).get("external-id"))


def _external_identifier(url: str | None) -> Identifier | None:
    """A person's external identifier, when it names a registry the graph knows (dblp, OpenAlex, Wikidata)."""
    url = url or ""
    if "dblp.org/pid/" in url and (pid := dblp_pid(url)):
        return Identifier(IdentifierScheme.DBLP, pid)
    if "openalex.org" in url and (found := openalex_id(url)):
        return Identifier(IdentifierScheme.OPENALEX, found)
    if (item := wikidata_id(url)) is not None:
        return Identifier(IdentifierScheme.WIKIDATA, item)
    return None


def _contributor_identifiers(contributor: Located) -> tuple[Identifier, ...]:
    return orcid_identifiers(text(contributor, "contributor-orcid", "path"))
