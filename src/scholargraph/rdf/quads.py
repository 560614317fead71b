"""Records → RDF quads: the one place that decides how the graph says things.

Each record becomes a few nodes (triples) placed in its source's named graph, with the vocabulary
docs/design.md describes (VIVO authorships with ranks, VIVO advising relationships with
ranked advisor roles, venue series ≠ event, ORG memberships…). IRIs come from the
``Minter`` through the ``identity.Resolution`` of the build, so one person or work is one
node in every source and run, however its name or title is written.
The function is pure: the same records give the same quads.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache, singledispatchmethod

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from ..identity import Resolution
from ..identity.aliases import AliasTable, Entry
from ..model.identifiers import doi_url
from ..model.names import parse_name
from ..model.records import (
    Award,
    Collaboration,
    Course,
    Degree,
    Identifier,
    IdentifierScheme,
    Link,
    PartialDate,
    Period,
    Person,
    Position,
    Record,
    ServiceRole,
    Supervision,
    SupervisionKind,
    Talk,
    Visit,
    Work,
    WorkKind,
)
from .vocab import BIBO, DCTERMS, FABIO, FOAF, OBO, ORG, PROV, RDF, RDFS, SCHEMA, SG, SKOS, VIVO, VOID, XSD, Minter, slug, web_iri

__all__ = ["GraphBuilder", "SourceInfo"]

Triple = tuple[NamedNode, NamedNode, NamedNode | Literal]
"""A subject, predicate and object before they get their graph: a plain tuple, as pyoxigraph's
``Triple`` costs as much to make as the ``Quad`` made from it (a dump makes hundreds of millions)."""

_WORK_CLASS = {
    WorkKind.CONFERENCE_PAPER: VIVO.ConferencePaper,
    WorkKind.JOURNAL_ARTICLE: BIBO.AcademicArticle,
    WorkKind.PREPRINT: FABIO.Preprint,
    WorkKind.THESIS: BIBO.Thesis,
    WorkKind.OTHER: BIBO.Document,
}
_ADVISING_CLASS = {
    SupervisionKind.PHD: VIVO.GraduateAdvisingRelationship,
    SupervisionKind.MASTER: VIVO.GraduateAdvisingRelationship,
    SupervisionKind.POSTDOC: VIVO.PostdocOrFellowAdvisingRelationship,
    SupervisionKind.VISIT: SG.Visit,
    SupervisionKind.RESEARCH: None,
}
_IDENTIFIER_TERMS = {
    # scheme: (property for a person or organization, property for a work, page IRI prefix)
    IdentifierScheme.ORCID: (SG.orcid, None, "https://orcid.org/"),
    IdentifierScheme.DBLP: (SG.dblpPid, SG.dblpKey, "https://dblp.org/{kind}/"),
    IdentifierScheme.OPENALEX: (SG.openalexId, SG.openalexId, "https://openalex.org/"),
    IdentifierScheme.ROR: (SG.rorId, None, "https://ror.org/"),
    IdentifierScheme.WIKIDATA: (SG.wikidataId, SG.wikidataId, "http://www.wikidata.org/entity/"),
    IdentifierScheme.MGP: (SG.mgpId, None, "https://www.mathgenealogy.org/id.php?id="),
}
_PAGE_RANGE = re.compile(r"^(?P<start>\w+)\s*[-–—]+\s*(?P<end>\w+)$")
"""``17–42``, ``e101-e110``: a first and a last page; other forms (``17ff``, ``17, 19``) stay only as written."""
_BEARER_OF = OBO.RO_0000053
_INHERES_IN = OBO.RO_0000052


def _text(value: str) -> Literal:
    return Literal(value)


def _integer(value: int) -> Literal:
    """An ``xsd:integer``: Oxigraph stores narrower integer types (``xsd:int``) as ``xsd:integer``
    (oxigraph issue #1413), so the graph uses the type every store keeps."""
    return Literal(str(value), datatype=XSD.integer)


def _date(value: PartialDate) -> Literal:
    """A date typed by its precision: ``xsd:gYear``, ``xsd:gYearMonth`` or ``xsd:date``."""
    datatype = XSD.date if value.day else XSD.gYearMonth if value.month else XSD.gYear
    return Literal(value.iso, datatype=datatype)


@dataclass(frozen=True)
class SourceInfo:
    """What the graph records about a source: its project path and content hash."""

    path: str
    sha256: str
    kind: str
    generated_at: str | None = None
    graph_digest: str | None = None
    """The digest of the graph's quads, for a source resolved with others (see ``pipeline.driver``)."""


class GraphBuilder:
    """Turns the records of one source into quads in that source's named graph."""

    def __init__(
        self, minter: Minter, venues: AliasTable, organizations: AliasTable, identities: Resolution | None = None
    ) -> None:
        self.minter = minter
        self.venues = venues
        self.organizations = organizations
        self.identities = identities or Resolution()
        self.person = lru_cache(maxsize=1 << 16)(self._person)  # type: ignore[method-assign]
        """The node and triples of a person, remembered for the names met most (a dump names each many times)."""

    def source_quads(self, source: SourceInfo, records: Iterable[Record]) -> Iterator[Quad]:
        """The quads of one source: its facts in its named graph, its description in the default graph."""
        yield from self.facts(source.path, records)
        yield from self.description(source)

    def facts(self, path: str, records: Iterable[Record]) -> Iterator[Quad]:
        """The quads of the records of the source at ``path``, in its named graph."""
        graph = self.minter.source_graph(path)
        for record in records:
            for subject, predicate, obj in self.record(record):
                yield Quad(subject, predicate, obj, graph)

    def description(self, source: SourceInfo) -> Iterator[Quad]:
        """What the default graph says about a source's graph: its file, kind, hash (and digest)."""
        default = DefaultGraph()
        for subject, predicate, obj in self._describe_source(self.minter.source_graph(source.path), source):
            yield Quad(subject, predicate, obj, default)

    def _describe_source(self, graph: NamedNode, source: SourceInfo) -> Iterator[Triple]:
        yield self._q(graph, RDF.type, VOID.Dataset)
        yield self._q(graph, RDF.type, PROV.Entity)
        yield self._q(graph, DCTERMS.source, _text(source.path))
        yield self._q(graph, SG.sourceKind, _text(source.kind))
        yield self._q(graph, SG.sha256, _text(source.sha256))
        if source.graph_digest:
            yield self._q(graph, SG.graphDigest, _text(source.graph_digest))
        if source.generated_at:
            yield self._q(graph, PROV.generatedAtTime, Literal(source.generated_at, datatype=XSD.dateTime))

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
            yield self._q(node, prop, _text(identifier.value))
            page = page.format(kind="rec" if is_work else "pid")
            yield self._q(node, SCHEMA.sameAs, NamedNode(page + identifier.value))

    # --- entities named in records -------------------------------------------------

    def person(self, written: str) -> tuple[NamedNode, list[Triple]]:
        """The node of the person ``written`` names, with their name; another spelling becomes an ``skos:altLabel``.

        The list is remembered and shared between calls: read it, never change it."""
        return self._person(written)

    def _person(self, written: str) -> tuple[NamedNode, list[Triple]]:
        identity = self.identities.person(written)
        name = identity.name
        node = self.minter.person(identity.key)
        quads = [self._q(node, RDF.type, FOAF.Person), self._q(node, FOAF.name, _text(name.display))]
        if name.given:
            quads.append(self._q(node, FOAF.givenName, _text(name.given)))
        quads.append(self._q(node, FOAF.familyName, _text(name.family)))
        as_written = parse_name(written)
        if as_written.key != identity.key:
            quads.append(self._q(node, SKOS.altLabel, _text(as_written.display)))
        quads += self._identifiers(node, identity.identifiers, is_work=False)
        quads += [
            self._q(node, SG.distinctFrom, self.minter.person(other))
            for other in sorted(self.identities.distinct.get(identity.key, ()))
        ]
        return node, quads

    def organization(self, written: str, unit: str | None = None) -> tuple[NamedNode, list[Triple]]:
        """The node of an organization (or of a unit of it), resolved through the alias table."""
        entry = self.organizations.lookup(written) or Entry(name=written)
        node = self.minter.organization(slug(entry.name))
        quads = [self._q(node, RDF.type, FOAF.Organization), self._q(node, FOAF.name, _text(entry.name))]
        quads += [self._q(node, SKOS.altLabel, _text(a)) for a in entry.aliases]
        if unit:
            unit_entry = self.organizations.lookup(unit) or Entry(name=unit)
            unit_node = self.minter.organization(slug(unit_entry.name), slug(entry.name))
            quads += [
                self._q(unit_node, RDF.type, FOAF.Organization),
                self._q(unit_node, FOAF.name, _text(unit_entry.name)),
                self._q(unit_node, ORG.subOrganizationOf, node),
            ]
            quads += [self._q(unit_node, SKOS.altLabel, _text(a)) for a in unit_entry.aliases]
            node = unit_node
        return node, quads

    def venue(self, written: str, year: int | None = None) -> tuple[NamedNode, list[Triple]]:
        """The node of a venue: the event of that year for a conference, else the series or journal."""
        entry = self._venue_entry(written)
        series = self.minter.venue(entry.label)
        kind_class = BIBO.Journal if entry.kind == "journal" else SG.VenueSeries
        quads = [
            self._q(series, RDF.type, kind_class),
            self._q(series, RDFS.label, _text(entry.label)),
            self._q(series, DCTERMS.title, _text(entry.name)),
        ]
        if year is None or entry.kind in ("journal", "repository"):
            return series, quads
        event = self.minter.event(entry.label, year)
        quads += [
            self._q(event, RDF.type, BIBO.Conference),
            self._q(event, RDFS.label, _text(f"{entry.label} {year}")),
            self._q(event, SG.series, series),
            self._q(event, SCHEMA.startDate, _date(PartialDate(year))),
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
            yield self._q(node, SCHEMA.startDate, _date(period.start))
        if period.end:
            yield self._q(node, SCHEMA.endDate, _date(period.end))

    def _links(self, node: NamedNode, links: tuple[Link, ...]) -> Iterator[Triple]:
        for link in links:
            # Two sources may give one label ('project') to different pages: the URL tells them apart.
            key = f"{link.label} {hashlib.sha256(link.url.encode()).hexdigest()[:8]}" if link.url else link.label
            link_node = self.minter.part(node, "link", key)
            yield self._q(node, SG.link, link_node)
            yield self._q(link_node, RDF.type, SG.Link)
            yield self._q(link_node, RDFS.label, _text(link.label))
            if link.url:
                iri = web_iri(link.url)
                yield self._q(link_node, *((SCHEMA.url, iri) if iri else (SG.urlAsWritten, _text(link.url))))

    def _line(self, node: NamedNode, record: Record) -> Triple:
        return self._q(node, SG.sourceLine, _integer(record.origin.line))

    # --- one method per record type ------------------------------------------------

    @singledispatchmethod
    def record(self, record: Record) -> Iterator[Triple]:
        raise TypeError(f"no RDF mapping for {type(record).__name__}")

    @record.register
    def _(self, record: Person) -> Iterator[Triple]:
        node, quads = self.person(record.name)
        yield from quads
        yield self._line(node, record)
        if record.native_name:
            yield self._q(node, SCHEMA.alternateName, _text(record.native_name))
        if record.email:
            yield self._q(node, FOAF.mbox, NamedNode(f"mailto:{record.email}"))
        if record.address:
            yield self._q(node, SCHEMA.address, _text(record.address))
        for title in record.titles:
            yield self._q(node, SCHEMA.jobTitle, _text(title))
        yield from self._identifiers(node, record.identifiers, is_work=False)

    @record.register
    def _(self, record: Work) -> Iterator[Triple]:
        identity = self.identities.work(record)
        work = self.minter.work(identity.key)
        yield self._q(work, RDF.type, BIBO.Document)
        if _WORK_CLASS[identity.kind] != BIBO.Document:
            yield self._q(work, RDF.type, _WORK_CLASS[identity.kind])
        yield self._q(work, DCTERMS.title, _text(identity.title))
        if record.title != identity.title:
            yield self._q(work, DCTERMS.alternative, _text(record.title))
        yield self._line(work, record)
        if identity.year is not None:
            yield self._q(work, DCTERMS.issued, _date(PartialDate(identity.year)))
        if record.key:
            yield self._q(work, SG.sourceKey, _text(record.key))
        if record.venue:
            venue, quads = self.venue(record.venue, record.year)
            series = self._series_of(record.venue)
            yield from quads
            yield self._q(work, SG.venueSeries, series)
            if venue != series:
                yield self._q(work, BIBO.presentedAt, venue)
            elif record.kind is WorkKind.JOURNAL_ARTICLE:
                yield self._q(work, DCTERMS.isPartOf, venue)
        if record.venue_as_written:
            yield self._q(work, SG.venueAsWritten, _text(record.venue_as_written))
        if record.track:
            yield self._q(work, SG.track, _text(record.track))
        for distinction in record.distinctions:
            yield self._q(work, SG.distinction, _text(distinction))
        if record.acceptance_rate:
            yield self._q(work, SG.acceptanceRate, _text(record.acceptance_rate))
        if record.arxiv_id:
            yield self._q(work, SG.arxivId, _text(record.arxiv_id))
            yield self._q(work, SCHEMA.sameAs, NamedNode(f"https://arxiv.org/abs/{record.arxiv_id}"))
        if record.doi:
            yield self._q(work, BIBO.doi, _text(record.doi))
            yield self._q(work, SCHEMA.sameAs, NamedNode(doi_url(record.doi)))
        if record.abstract:
            yield self._q(work, DCTERMS.abstract, _text(record.abstract))
        yield from self._publication_details(work, record)
        yield from self._identifiers(work, record.identifiers, is_work=True)
        yield from self._links(work, record.links)
        yield from self._contributions(work, record, record.editors, (), (VIVO.Editorship, "editorship", BIBO.editor))
        if record in self.identities.overruled:  # another source's author list speaks for this work
            return
        if None in record.authors or not record.authors:
            yield self._q(work, SG.authorListComplete, Literal("false", datatype=XSD.boolean))
        authorship = (VIVO.Authorship, "authorship", DCTERMS.creator)
        yield from self._contributions(work, record, record.authors, record.author_identifiers, authorship)

    def _publication_details(self, work: NamedNode, record: Work) -> Iterator[Triple]:
        """Where and how a work was published: subtitle, series, volume, pages, publisher…, as written."""
        literals = (
            (FABIO.hasSubtitle, record.subtitle),
            (SG.seriesTitle, record.series),
            (BIBO.volume, record.volume),
            (BIBO.issue, record.number),
            (BIBO.edition, record.edition),
            (BIBO.pages, record.pages),
            (DCTERMS.language, record.language),
        )
        for predicate, value in literals:
            if value:
                yield self._q(work, predicate, _text(value))
        if record.pages and (pages := _PAGE_RANGE.match(record.pages)):
            yield self._q(work, BIBO.pageStart, _text(pages["start"]))
            yield self._q(work, BIBO.pageEnd, _text(pages["end"]))
        for keyword in record.keywords:
            yield self._q(work, SCHEMA.keywords, _text(keyword))
        if record.publisher:
            publisher, quads = self.organization(record.publisher)
            yield from quads
            yield self._q(work, DCTERMS.publisher, publisher)

    def _contributions(
        self,
        work: NamedNode,
        record: Work,
        names: tuple[str | None, ...],
        identifiers: tuple[tuple[Identifier, ...], ...],
        terms: tuple[NamedNode, str, NamedNode],
    ) -> Iterator[Triple]:
        """Authors or editors: per name, a node of the role class ranked as written, and the shortcut to the person.

        ``terms`` are the role class, its IRI segment and the shortcut property; ``identifiers`` are each
        name's, in order. Empty slots (``None``) keep their rank, so the ranks say where the list has gaps."""
        role, segment, shortcut = terms
        for rank, written in enumerate(names, start=1):
            if written is None:
                continue
            person, quads = self.person(written)
            yield from quads
            if rank <= len(identifiers):
                yield from self._identifiers(person, identifiers[rank - 1], is_work=False)
            node = self.minter.part(work, segment, rank)
            yield self._q(node, RDF.type, role)
            yield self._q(node, VIVO.relates, person)
            yield self._q(node, VIVO.relates, work)
            yield self._q(node, VIVO.rank, _integer(rank))
            yield self._q(node, SG.nameAsWritten, _text(written))
            yield self._line(node, record)
            yield self._q(work, shortcut, person)

    @record.register
    def _(self, record: Supervision) -> Iterator[Triple]:
        advisor, advisor_quads = self.person(record.supervisor)
        advisee, advisee_quads = self.person(record.person)
        yield from advisor_quads
        yield from advisee_quads
        node = self.minter.record("supervision", self.minter.key_of(advisor), self.minter.key_of(advisee), record.kind.value)
        yield self._q(node, RDF.type, VIVO.AdvisingRelationship)
        specific = _ADVISING_CLASS[record.kind]
        if specific is not None:
            yield self._q(node, RDF.type, specific)
        yield self._q(node, SG.roleAsWritten, _text(record.role))
        yield self._q(node, SG.nameAsWritten, _text(record.person))
        yield self._line(node, record)
        yield from self._period(node, record.period)
        yield self._q(node, SG.advisee, advisee)
        yield from self._role(node, "advisee", 1, VIVO.AdviseeRole, advisee)
        yield self._q(node, SG.advisor, advisor)
        yield from self._role(node, "advisor", 1, VIVO.AdvisorRole, advisor)
        yield self._q(advisor, SG.supervised, advisee)
        for rank, written in enumerate(record.cosupervisors, start=2):
            cosupervisor, quads = self.person(written)
            yield from quads
            yield self._q(node, SG.coAdvisor, cosupervisor)
            yield from self._role(node, "advisor", rank, VIVO.AdvisorRole, cosupervisor)
            yield self._q(cosupervisor, SG.supervised, advisee)
        if record.organization:
            organization, quads = self.organization(record.organization)
            yield from quads
            yield self._q(node, SG.affiliationAtTime, organization)
        if record.email:
            yield self._q(advisee, FOAF.mbox, NamedNode(f"mailto:{record.email}"))

    def _role(self, relationship: NamedNode, kind: str, rank: int, role_class: NamedNode, person: NamedNode) -> Iterator[Triple]:
        """A VIVO role node: borne by ``person``, ranked within ``relationship``."""
        role = self.minter.part(relationship, kind, rank)
        yield self._q(role, RDF.type, role_class)
        yield self._q(role, _INHERES_IN, person)
        yield self._q(person, _BEARER_OF, role)
        yield self._q(role, VIVO.rank, _integer(rank))
        yield self._q(relationship, VIVO.relates, role)
        yield self._q(relationship, VIVO.relates, person)

    @record.register
    def _(self, record: Degree) -> Iterator[Triple]:
        person, quads = self.person(record.person)
        yield from quads
        institution, org_quads = self.organization(record.institution)
        yield from org_quads
        node = self.minter.record("degree", self.minter.key_of(person), record.degree, record.institution)
        yield self._q(node, RDF.type, VIVO.AwardedDegree)
        yield self._q(node, RDFS.label, _text(record.degree))
        yield self._q(node, VIVO.relates, person)
        yield self._q(node, VIVO.assignedBy, institution)
        yield self._line(node, record)
        if record.year:
            yield self._q(node, DCTERMS.date, _date(PartialDate(record.year)))
        if record.topic:
            yield self._q(node, SG.topic, _text(record.topic))

    @record.register
    def _(self, record: Position) -> Iterator[Triple]:
        person, quads = self.person(record.person)
        yield from quads
        organization: NamedNode | None = None
        if record.organization:
            organization, org_quads = self.organization(record.organization, record.unit)
            yield from org_quads
        key = self.minter.key_of(organization) if organization else "unknown"
        node = self.minter.record("position", self.minter.key_of(person), key, record.title)
        yield self._q(node, RDF.type, VIVO.Position)
        yield self._q(node, RDF.type, ORG.Membership)
        yield self._q(node, ORG.member, person)
        yield self._q(node, VIVO.relates, person)
        yield self._q(node, VIVO.hrJobTitle, _text(record.title))
        yield self._q(node, RDFS.label, _text(record.title))
        yield self._line(node, record)
        yield from self._period(node, record.period)
        if organization:
            yield self._q(node, ORG.organization, organization)
            yield self._q(node, VIVO.relates, organization)
        yield from self._hosts(node, record.hosts)

    def _hosts(self, node: NamedNode, hosts: tuple[str, ...]) -> Iterator[Triple]:
        for written in hosts:
            host, quads = self.person(written)
            yield from quads
            yield self._q(node, SG.host, host)

    @record.register
    def _(self, record: Visit) -> Iterator[Triple]:
        person, quads = self.person(record.person)
        yield from quads
        organization, org_quads = self.organization(record.organization)
        yield from org_quads
        start = record.period.start.iso if record.period.start else ""
        node = self.minter.record("visit", self.minter.key_of(person), self.minter.key_of(organization), start)
        yield self._q(node, RDF.type, SG.Visit)
        yield self._q(node, SG.visitor, person)
        yield self._q(node, SG.hostOrganization, organization)
        yield self._line(node, record)
        yield from self._period(node, record.period)
        yield from self._hosts(node, record.hosts)
        if record.purpose:
            yield self._q(node, DCTERMS.description, _text(record.purpose))

    @record.register
    def _(self, record: Award) -> Iterator[Triple]:
        person, quads = self.person(record.person)
        yield from quads
        date = record.date.iso if record.date else ""
        node = self.minter.record("award", self.minter.key_of(person), record.name, date)
        yield self._q(node, RDF.type, VIVO.AwardReceipt)
        yield self._q(node, RDFS.label, _text(record.name))
        yield self._q(node, SG.recipient, person)
        yield self._q(node, VIVO.relates, person)
        yield self._line(node, record)
        if record.date:
            yield self._q(node, DCTERMS.date, _date(record.date))
        if record.granted_by:
            grantor, grantor_quads = self._grantor(record.granted_by)
            yield from grantor_quads
            yield self._q(node, VIVO.assignedBy, grantor)

    def _grantor(self, written: str) -> tuple[NamedNode, list[Triple]]:
        """``NeurIPS 2021`` is a venue event; ``Alibaba Group`` an organization."""
        words = written.rsplit(" ", 1)
        if len(words) == 2 and words[1].isdigit() and self.venues.lookup(words[0]):
            return self.venue(words[0], int(words[1]))
        if self.venues.lookup(written) and not self.organizations.lookup(written):
            return self.venue(written)
        return self.organization(written)

    @record.register
    def _(self, record: ServiceRole) -> Iterator[Triple]:
        person, quads = self.person(record.person)
        yield from quads
        one_year = record.period.start is not None and record.period.start == record.period.end
        venue, venue_quads = self.venue(record.venue, record.period.start.year if one_year and record.period.start else None)
        yield from venue_quads
        start = record.period.start.iso if record.period.start else ""
        node = self.minter.record(
            "service", self.minter.key_of(person), record.role, self.minter.key_of(venue), start, record.detail or ""
        )
        yield self._q(node, RDF.type, _service_class(record.role))
        yield self._q(node, RDFS.label, _text(record.role))
        yield self._q(node, SG.roleAsWritten, _text(record.role))
        yield self._q(node, _INHERES_IN, person)
        yield self._q(person, _BEARER_OF, node)
        yield self._q(node, VIVO.roleContributesTo, venue)
        yield self._line(node, record)
        yield from self._period(node, record.period)
        if record.detail:
            yield self._q(node, SG.detail, _text(record.detail))
        if record.place:
            yield self._q(node, SCHEMA.location, _text(record.place))

    @record.register
    def _(self, record: Talk) -> Iterator[Triple]:
        speaker, quads = self.person(record.speaker)
        yield from quads
        date = record.date.iso if record.date else ""
        node = self.minter.record("talk", self.minter.key_of(speaker), date, record.title)
        yield self._q(node, RDF.type, VIVO.Presentation)
        if any(word in record.kind.lower() for word in ("invited", "keynote")):
            yield self._q(node, RDF.type, VIVO.InvitedTalk)
        yield self._q(node, DCTERMS.title, _text(record.title))
        yield self._q(node, SG.speaker, speaker)
        yield self._q(node, SG.talkKind, _text(record.kind))
        yield self._line(node, record)
        if record.date:
            yield self._q(node, DCTERMS.date, _date(record.date))
        if record.event:
            yield self._q(node, SG.eventName, _text(record.event))
        yield from self._links(node, record.links)

    @record.register
    def _(self, record: Collaboration) -> Iterator[Triple]:
        person, quads = self.person(record.person)
        yield from quads
        partner, org_quads = self.organization(record.organization, record.unit)
        yield from org_quads
        node = self.minter.record("collaboration", self.minter.key_of(person), self.minter.key_of(partner))
        yield self._q(node, RDF.type, SG.Collaboration)
        yield self._q(node, SG.collaborator, person)
        yield self._q(node, SG.partner, partner)
        yield self._line(node, record)
        yield from self._links(node, record.links)

    @record.register
    def _(self, record: Course) -> Iterator[Triple]:
        teacher, quads = self.person(record.teacher)
        yield from quads
        node = self.minter.record("course", self.minter.key_of(teacher), record.code or record.title)
        yield self._q(node, RDF.type, VIVO.Course)
        yield self._q(node, DCTERMS.title, _text(record.title))
        yield self._q(node, SG.teacher, teacher)
        yield self._line(node, record)
        yield from self._period(node, record.period)
        if record.code:
            yield self._q(node, SCHEMA.courseCode, _text(record.code))
        if record.level:
            yield self._q(node, SG.level, _text(record.level))


def _service_class(role: str) -> NamedNode:
    lowered = role.lower()
    if "editor" in lowered:
        return VIVO.EditorRole
    if "review" in lowered or "program committee" in lowered or "area chair" in lowered:
        return VIVO.ReviewerRole
    if "organiz" in lowered or "chair" in lowered or "committee" in lowered:
        return VIVO.OrganizerRole
    return VIVO.ServiceProviderRole
