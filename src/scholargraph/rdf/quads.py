"""Records → RDF quads: the one place that decides how the graph says things.

Each record becomes a few nodes (triples) placed in its source's named graph, with the vocabulary
docs/design.md describes (VIVO authorships with ranks, VIVO advising relationships with
ranked advisor roles, venue series ≠ event, ORG memberships…). IRIs come from the
``Minter`` through the ``identity.Resolution`` of the build, so one person or work is one
node in every source and run, however its name or title is written. People, organizations,
venues and their parts are minted in ``nodes``, relationship records mapped in ``roles``; here,
works with their authorships and editorships, people's own records, and each source's graph.
The function is pure: the same records give the same quads.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import singledispatchmethod

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad

from ..model.identifiers import doi_url
from ..model.records import Identifier, PartialDate, Person, Record, Work, WorkKind
from .nodes import Triple, date_literal, integer_literal, text_literal
from .roles import Roles
from .vocab import BIBO, DCTERMS, FABIO, FOAF, PROV, RDF, SCHEMA, SG, VIVO, VOID, XSD

__all__ = ["GraphBuilder", "SourceInfo"]


_WORK_CLASS = {
    WorkKind.CONFERENCE_PAPER: VIVO.ConferencePaper,
    WorkKind.JOURNAL_ARTICLE: BIBO.AcademicArticle,
    WorkKind.PREPRINT: FABIO.Preprint,
    WorkKind.THESIS: BIBO.Thesis,
    WorkKind.OTHER: BIBO.Document,
}
_PAGE_RANGE = re.compile(r"^(?P<start>\w+)\s*[-–—]+\s*(?P<end>\w+)$")
"""``17–42``, ``e101-e110``: a first and a last page; other forms (``17ff``, ``17, 19``) stay only as written."""


@dataclass(frozen=True)
class SourceInfo:
    """What the graph records about a source: its project path and content hash."""

    path: str
    sha256: str
    kind: str
    generated_at: str | None = None
    graph_digest: str | None = None
    """The digest of the graph's quads, for a source resolved with others (see ``pipeline.driver``)."""


class GraphBuilder(Roles):
    """Turns the records of one source into quads in that source's named graph."""

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

    def validated_with(self, shapes_digest: str) -> Quad:
        """What the default graph says of the whole dataset's validation: the digest of the shapes it was checked with."""
        return Quad(self.minter.dataset(), SG.shapesDigest, text_literal(shapes_digest), DefaultGraph())

    def _describe_source(self, graph: NamedNode, source: SourceInfo) -> Iterator[Triple]:
        yield self._q(graph, RDF.type, VOID.Dataset)
        yield self._q(graph, RDF.type, PROV.Entity)
        yield self._q(graph, DCTERMS.source, text_literal(source.path))
        yield self._q(graph, SG.sourceKind, text_literal(source.kind))
        yield self._q(graph, SG.sha256, text_literal(source.sha256))
        if source.graph_digest:
            yield self._q(graph, SG.graphDigest, text_literal(source.graph_digest))
        if source.generated_at:
            yield self._q(graph, PROV.generatedAtTime, Literal(source.generated_at, datatype=XSD.dateTime))

    # --- one mapping per record type: the relationships' in ``Roles``, people's and works' here ------

    @singledispatchmethod
    def record(self, record: Record) -> Iterator[Triple]:
        raise TypeError(f"no RDF mapping for {type(record).__name__}")

    record.register(Roles.supervision)
    record.register(Roles.degree)
    record.register(Roles.position)
    record.register(Roles.visit)
    record.register(Roles.award)
    record.register(Roles.service)
    record.register(Roles.talk)
    record.register(Roles.collaboration)
    record.register(Roles.course)

    @record.register
    def _(self, record: Person) -> Iterator[Triple]:
        node, quads = self.person(record.name)
        yield from quads
        yield self._line(node, record)
        if record.native_name:
            yield self._q(node, SCHEMA.alternateName, text_literal(record.native_name))
        if record.email:
            yield self._q(node, FOAF.mbox, NamedNode(f"mailto:{record.email}"))
        if record.address:
            yield self._q(node, SCHEMA.address, text_literal(record.address))
        for title in record.titles:
            yield self._q(node, SCHEMA.jobTitle, text_literal(title))
        yield from self._identifiers(node, record.identifiers, is_work=False)

    @record.register
    def _(self, record: Work) -> Iterator[Triple]:
        identity = self.identities.work(record)
        work = self.minter.work(identity.key)
        yield self._q(work, RDF.type, BIBO.Document)
        if _WORK_CLASS[identity.kind] != BIBO.Document:
            yield self._q(work, RDF.type, _WORK_CLASS[identity.kind])
        yield self._q(work, DCTERMS.title, text_literal(identity.title))
        if record.title != identity.title:
            yield self._q(work, DCTERMS.alternative, text_literal(record.title))
        yield self._line(work, record)
        if identity.year is not None:
            yield self._q(work, DCTERMS.issued, date_literal(PartialDate(identity.year)))
        if record.key:
            yield self._q(work, SG.sourceKey, text_literal(record.key))
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
            yield self._q(work, SG.venueAsWritten, text_literal(record.venue_as_written))
        if record.track:
            yield self._q(work, SG.track, text_literal(record.track))
        for distinction in record.distinctions:
            yield self._q(work, SG.distinction, text_literal(distinction))
        if record.acceptance_rate:
            yield self._q(work, SG.acceptanceRate, text_literal(record.acceptance_rate))
        if record.arxiv_id:
            yield self._q(work, SG.arxivId, text_literal(record.arxiv_id))
            yield self._q(work, SCHEMA.sameAs, NamedNode(f"https://arxiv.org/abs/{record.arxiv_id}"))
        if record.doi:
            yield self._q(work, BIBO.doi, text_literal(record.doi))
            yield self._q(work, SCHEMA.sameAs, NamedNode(doi_url(record.doi)))
        if record.abstract:
            yield self._q(work, DCTERMS.abstract, text_literal(record.abstract))
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
                yield self._q(work, predicate, text_literal(value))
        if record.pages and (pages := _PAGE_RANGE.match(record.pages)):
            yield self._q(work, BIBO.pageStart, text_literal(pages["start"]))
            yield self._q(work, BIBO.pageEnd, text_literal(pages["end"]))
        for keyword in record.keywords:
            yield self._q(work, SCHEMA.keywords, text_literal(keyword))
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
            yield self._q(node, VIVO.rank, integer_literal(rank))
            yield self._q(node, SG.nameAsWritten, text_literal(written))
            yield self._line(node, record)
            yield self._q(work, shortcut, person)
