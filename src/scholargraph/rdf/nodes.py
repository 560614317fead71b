"""The nodes records name, shared by every mapping: people, organizations, venues, and the parts
beside them (registry identifiers, links, periods, source lines) with their literals.

A name is resolved once (``identity.Resolution``, the alias tables) and minted once (``Minter``),
so every record that names a person, organization or venue says it with the same node and triples.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from functools import lru_cache

from pyoxigraph import Literal, NamedNode

from ..identity import Resolution
from ..identity.aliases import AliasTable, Entry
from ..model.names import parse_name
from ..model.records import Identifier, IdentifierScheme, Link, PartialDate, Period, Record
from ..model.units import split_unit
from .vocab import BIBO, DCTERMS, FOAF, ORG, RDF, RDFS, SCHEMA, SG, SKOS, XSD, Minter, slug, web_iri

__all__ = ["Nodes", "Triple", "date_literal", "integer_literal", "text_literal"]

Triple = tuple[NamedNode, NamedNode, NamedNode | Literal]
"""A subject, predicate and object before they get their graph: a plain tuple, as pyoxigraph's
``Triple`` costs as much to make as the ``Quad`` made from it (a dump makes hundreds of millions)."""

_IDENTIFIER_TERMS = {
    # scheme: (property for a person or organization, property for a work, page IRI prefix)
    IdentifierScheme.ORCID: (SG.orcid, None, "https://orcid.org/"),
    IdentifierScheme.DBLP: (SG.dblpPid, SG.dblpKey, "https://dblp.org/{kind}/"),
    IdentifierScheme.OPENALEX: (SG.openalexId, SG.openalexId, "https://openalex.org/"),
    IdentifierScheme.ROR: (SG.rorId, None, "https://ror.org/"),
    IdentifierScheme.WIKIDATA: (SG.wikidataId, SG.wikidataId, "http://www.wikidata.org/entity/"),
    IdentifierScheme.MGP: (SG.mgpId, None, "https://www.mathgenealogy.org/id.php?id="),
}


_DEEPEST_PARENT = 8
"""How many organizations above one its node names (ROR's parents; a loop in the data stops here)."""


def text_literal(value: str) -> Literal:
    return Literal(value)


def integer_literal(value: int) -> Literal:
    """An ``xsd:integer``: Oxigraph stores narrower integer types (``xsd:int``) as ``xsd:integer``
    (oxigraph issue #1413), so the graph uses the type every store keeps."""
    return Literal(str(value), datatype=XSD.integer)


def date_literal(value: PartialDate) -> Literal:
    """A date typed by its precision: ``xsd:gYear``, ``xsd:gYearMonth`` or ``xsd:date``."""
    datatype = XSD.date if value.day else XSD.gYearMonth if value.month else XSD.gYear
    return Literal(value.iso, datatype=datatype)


class Nodes:
    """The nodes of the people, organizations and venues records name, minted from the build's identities."""

    def __init__(
        self, minter: Minter, venues: AliasTable, organizations: AliasTable, identities: Resolution | None = None
    ) -> None:
        self.minter = minter
        self.venues = venues
        self.organizations = organizations
        self.identities = identities or Resolution()
        self.person = lru_cache(maxsize=1 << 16)(self._person)  # type: ignore[method-assign]
        """The node and triples of a person, remembered for the names met most (a dump names each many times)."""

    @staticmethod
    def _q(subject: NamedNode, predicate: NamedNode, obj: NamedNode | Literal) -> Triple:
        return (subject, predicate, obj)

    def _identifiers(self, node: NamedNode, identifiers: Iterable[Identifier], *, is_work: bool) -> Iterator[Triple]:
        """Registry identifiers as literals of their own property, and the registry page as schema:sameAs."""
        for identifier in identifiers:
            for_agent, for_work, page = _IDENTIFIER_TERMS[identifier.scheme]
            prop = for_work if is_work else for_agent
            if prop is None:
                continue
            yield self._q(node, prop, text_literal(identifier.value))
            page = page.format(kind="rec" if is_work else "pid")
            yield self._q(node, SCHEMA.sameAs, NamedNode(page + identifier.value))

    def person(self, written: str) -> tuple[NamedNode, list[Triple]]:
        """The node of the person ``written`` names, with their name; another spelling becomes an ``skos:altLabel``.

        The list is remembered and shared between calls: read it, never change it."""
        return self._person(written)

    def _person(self, written: str) -> tuple[NamedNode, list[Triple]]:
        identity = self.identities.person(written)
        name = identity.name
        node = self.minter.person(identity.key)
        quads = [self._q(node, RDF.type, FOAF.Person), self._q(node, FOAF.name, text_literal(name.display))]
        if name.given:
            quads.append(self._q(node, FOAF.givenName, text_literal(name.given)))
        quads.append(self._q(node, FOAF.familyName, text_literal(name.family)))
        as_written = parse_name(written)
        if as_written.key != identity.key:
            quads.append(self._q(node, SKOS.altLabel, text_literal(as_written.display)))
        quads += self._identifiers(node, identity.identifiers, is_work=False)
        quads += [
            self._q(node, SG.distinctFrom, self.minter.person(other))
            for other in sorted(self.identities.distinct.get(identity.key, ()))
        ]
        return node, quads

    def organization(self, written: str, unit: str | None = None) -> tuple[NamedNode, list[Triple]]:
        """The node of an organization (or of a unit of it), resolved through the alias table; a name written with
        its unit ("X, School of Y") is that unit of X. A unit is named with its organization ("School of Y, X"), so
        that every query and page saying its name says whose it is; its own name is an alternative label."""
        if unit is None and self.organizations.lookup(written) is None:
            written, unit = split_unit(written)
        entry = self.organizations.lookup(written) or Entry(name=written)
        node, quads = self._registered(entry)
        if unit:
            unit_entry = self.organizations.lookup(unit) or Entry(name=unit)
            unit_node = self.minter.organization(slug(unit_entry.name), slug(entry.name))
            quads += [
                self._q(unit_node, RDF.type, FOAF.Organization),
                self._q(unit_node, FOAF.name, text_literal(f"{unit_entry.name}, {entry.name}")),
                self._q(unit_node, ORG.subOrganizationOf, node),
            ]
            quads += [self._q(unit_node, SKOS.altLabel, text_literal(a)) for a in (unit_entry.name, *unit_entry.aliases)]
            node = unit_node
        return node, quads

    def _registered(self, entry: Entry, depth: int = 0) -> tuple[NamedNode, list[Triple]]:
        """An organization's node with its names, its ROR id, and the organizations it is part of as ROR says."""
        node = self.minter.organization(slug(entry.name))
        quads = [self._q(node, RDF.type, FOAF.Organization), self._q(node, FOAF.name, text_literal(entry.name))]
        quads += [self._q(node, SKOS.altLabel, text_literal(a)) for a in entry.aliases]
        if entry.ror:
            quads += self._identifiers(node, [Identifier(IdentifierScheme.ROR, entry.ror)], is_work=False)
        if entry.parent and depth < _DEEPEST_PARENT:
            parent, more = self._registered(self.organizations.lookup(entry.parent) or Entry(entry.parent), depth + 1)
            quads += [self._q(node, ORG.subOrganizationOf, parent), *more]
        return node, quads

    def venue(self, written: str, year: int | None = None) -> tuple[NamedNode, list[Triple]]:
        """The node of a venue: the event of that year for a conference, else the series or journal."""
        entry = self._venue_entry(written)
        series = self.minter.venue(entry.label)
        kind_class = BIBO.Journal if entry.kind == "journal" else SG.VenueSeries
        quads = [
            self._q(series, RDF.type, kind_class),
            self._q(series, RDFS.label, text_literal(entry.label)),
            self._q(series, DCTERMS.title, text_literal(entry.name)),
        ]
        if year is None or entry.kind in ("journal", "repository"):
            return series, quads
        event = self.minter.event(entry.label, year)
        quads += [
            self._q(event, RDF.type, BIBO.Conference),
            self._q(event, RDFS.label, text_literal(f"{entry.label} {year}")),
            self._q(event, SG.series, series),
            self._q(event, SCHEMA.startDate, date_literal(PartialDate(year))),
        ]
        return event, quads

    def _series_of(self, written: str) -> NamedNode:
        return self.minter.venue(self._venue_entry(written).label)

    def _venue_entry(self, written: str) -> Entry:
        """The table's entry for a venue; a venue it lacks is added as first written, so that other
        spellings of it ('Proc of AES Convention', 'Proc. of AES Convention') name one node one way."""
        entry = self.venues.lookup(written)
        if entry is None:
            entry = Entry(name=written)
            self.venues.add(entry)
        return entry

    def _period(self, node: NamedNode, period: Period) -> Iterator[Triple]:
        if period.start:
            yield self._q(node, SCHEMA.startDate, date_literal(period.start))
        if period.end:
            yield self._q(node, SCHEMA.endDate, date_literal(period.end))

    def _links(self, node: NamedNode, links: tuple[Link, ...]) -> Iterator[Triple]:
        for link in links:
            # Two sources may give one label ('project') to different pages: the URL tells them apart.
            key = f"{link.label} {hashlib.sha256(link.url.encode()).hexdigest()[:8]}" if link.url else link.label
            link_node = self.minter.part(node, "link", key)
            yield self._q(node, SG.link, link_node)
            yield self._q(link_node, RDF.type, SG.Link)
            yield self._q(link_node, RDFS.label, text_literal(link.label))
            if link.url:
                iri = web_iri(link.url)
                yield self._q(link_node, *((SCHEMA.url, iri) if iri else (SG.urlAsWritten, text_literal(link.url))))

    def _line(self, node: NamedNode, record: Record) -> Triple:
        return self._q(node, SG.sourceLine, integer_literal(record.origin.line))
