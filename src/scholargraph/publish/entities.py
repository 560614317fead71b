"""The graph indexed by node, for pages and markup: which nodes are people, works, venues and
organizations, their labels, authors in order, co-authors, students and other neighbours.

The quads are held in an in-memory Oxigraph store, indexed every way, and looked up per
node when a page asks: loading is fast at any size (``serve`` answers at once), and a
site of thousands of entities is still written in seconds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cached_property

from pyoxigraph import Literal, NamedNode, Quad, Store, Triple

from ..query.library import find_query
from ..rdf.vocab import BIBO, DCTERMS, FOAF, ORG, RDF, RDFS, SCHEMA, SG, VIVO

__all__ = ["ENTITY_KINDS", "GraphIndex", "Link", "Node"]

Node = NamedNode | Literal

ENTITY_KINDS: dict[str, tuple[NamedNode, ...]] = {
    "person": (FOAF.Person,),
    "work": (BIBO.Document,),
    "venue": (SG.VenueSeries, BIBO.Conference, BIBO.Journal, BIBO.Proceedings),
    "organization": (FOAF.Organization,),
}
"""The kinds of node that get a page of their own kind, and the classes that make a node one."""


@dataclass(frozen=True, order=True)
class Advising:
    """The other person of a supervision, with its role as written, its kind (PhD, master, postdoc or fellow, visit,
    internship, undergraduate, other: as the shipped ``supervision`` query says) and its period (``2019–2023``,
    ``2021–``); rows sort by period, then name."""

    period: str
    name: str
    person: NamedNode = field(compare=False)
    role: str = field(compare=False)
    kind: str = field(compare=False, default="")


_KEY = ("supervisor", "person", "role", "start", "end")
"""The columns of the ``supervision`` query that tell one supervision from another."""

LABELS = (FOAF.name, DCTERMS.title, SCHEMA.name, VIVO.hrJobTitle, SG.roleAsWritten, SG.eventName, RDFS.label)
"""The properties that name a node, the first found wins."""


@dataclass(frozen=True)
class Link:
    """A predicate and the node at its other end."""

    predicate: NamedNode
    node: Node


class GraphIndex:
    """Outgoing and incoming links of every IRI (blank nodes and quoted triples are left out), and the entity kinds."""

    def __init__(self, triples: Iterable[Triple | Quad]) -> None:
        self.store = Store()
        self.store.bulk_extend(item if isinstance(item, Quad) else Quad(*item) for item in triples)
        self._names: dict[NamedNode, str | None] = {}
        self.kinds: dict[NamedNode, str] = {}
        for kind, classes in ENTITY_KINDS.items():
            for cls in classes:
                for quad in self.store.quads_for_pattern(None, RDF.type, cls):
                    if isinstance(quad.subject, NamedNode):
                        self.kinds.setdefault(quad.subject, kind)

    def _quads(self, subject: NamedNode | None, predicate: NamedNode | None, obj: Node | None) -> Iterator[Quad]:
        """Quads in any graph matching the pattern whose subject is an IRI and object an IRI or literal."""
        for quad in self.store.quads_for_pattern(subject, predicate, obj):
            if isinstance(quad.subject, NamedNode) and isinstance(quad.object, NamedNode | Literal):
                yield quad

    def outgoing(self, node: NamedNode) -> list[Link]:
        """The node's properties, each once however many graphs say it."""
        return list(dict.fromkeys(Link(q.predicate, q.object) for q in self._quads(node, None, None)))  # type: ignore[arg-type]

    def incoming(self, node: Node) -> list[Link]:
        """The links to the node, each once."""
        return list(dict.fromkeys(Link(q.predicate, q.subject) for q in self._quads(None, None, node)))  # type: ignore[arg-type]

    def triples(self, node: NamedNode) -> set[Triple]:
        """The node's triples both ways."""
        return {q.triple for q in self._quads(node, None, None)} | {q.triple for q in self._quads(None, None, node)}

    def knows(self, node: NamedNode) -> bool:
        """Whether any triple has the node as subject or object."""
        return any(True for _ in self._quads(node, None, None)) or any(True for _ in self._quads(None, None, node))

    def iris(self) -> set[NamedNode]:
        """Every IRI that is a subject or an IRI object (one pass over the graph)."""
        found: set[NamedNode] = set()
        for quad in self._quads(None, None, None):
            found.add(quad.subject)  # type: ignore[arg-type]
            if isinstance(quad.object, NamedNode):
                found.add(quad.object)
        return found

    def values(self, node: NamedNode, predicate: NamedNode) -> list[Node]:
        """The objects of ``node predicate ?``, sorted."""
        found: set[Node] = {q.object for q in self._quads(node, predicate, None)}  # type: ignore[misc]
        return sorted(found, key=str)

    def subjects(self, predicate: NamedNode, node: NamedNode) -> list[NamedNode]:
        """The subjects of ``? predicate node``, sorted."""
        found: set[NamedNode] = {q.subject for q in self._quads(None, predicate, node)}  # type: ignore[misc]
        return sorted(found, key=str)

    def first(self, node: NamedNode, predicate: NamedNode) -> str | None:
        found = self.values(node, predicate)
        return found[0].value if found else None

    def label(self, node: Node) -> str:
        """A name for people: ``foaf:name``, a title or another label, else the IRI's last segment."""
        if isinstance(node, Literal):
            return node.value
        return self.name_of(node) or node.value.rstrip("/").rsplit("/", 1)[-1]

    def name_of(self, node: NamedNode) -> str | None:
        """The node's own name, title or label, if the graph gives one."""
        if node not in self._names:
            found = (self.first(node, predicate) for predicate in LABELS)
            self._names[node] = next((name for name in found if name), None)
        return self._names[node]

    def entities(self, kind: str | None = None) -> list[NamedNode]:
        """The nodes with a page, of one kind or all, sorted by IRI."""
        return sorted((node for node, found in self.kinds.items() if kind in (None, found)), key=lambda n: n.value)

    def authors(self, work: NamedNode) -> list[tuple[int, NamedNode]]:
        """The work's authors as (rank, person), in order."""
        found = []
        for authorship in self.subjects(VIVO.relates, work):
            ranks = self.values(authorship, VIVO.rank)
            if not ranks or not ranks[0].value.isdigit():
                continue
            for person in self.values(authorship, VIVO.relates):
                if person != work and isinstance(person, NamedNode):
                    found.append((int(ranks[0].value), person))
        return sorted(found, key=lambda item: (item[0], item[1].value))

    def works_of(self, person: NamedNode) -> list[NamedNode]:
        """The works a person wrote, newest first, then by title."""
        return sorted(self.subjects(DCTERMS.creator, person), key=lambda work: (-self.year(work), self.label(work)))

    def year(self, work: NamedNode) -> int:
        """The year a work was issued, 0 if unknown."""
        issued = (self.first(work, DCTERMS.issued) or "")[:4]
        return int(issued) if issued.isdigit() else 0

    def coauthors(self, person: NamedNode) -> list[tuple[NamedNode, int]]:
        """The person's co-authors with the number of joint works, most first."""
        counts: defaultdict[NamedNode, int] = defaultdict(int)
        for work in self.subjects(DCTERMS.creator, person):
            for other in self.values(work, DCTERMS.creator):
                if other != person and isinstance(other, NamedNode):
                    counts[other] += 1
        return sorted(counts.items(), key=lambda item: (-item[1], self.label(item[0])))

    def students(self, person: NamedNode) -> list[Advising]:
        """Whom this person supervised, as principal or co-supervisor, each with the role and period written."""
        principal = self._advising(set(self.subjects(SG.advisor, person)), SG.advisee, co=False)
        return sorted({*principal, *self._advising(set(self.subjects(SG.coAdvisor, person)), SG.advisee, co=True)})

    def supervisors(self, person: NamedNode) -> list[Advising]:
        """Who supervised this person (principal and co-supervisors), each with the role and period written."""
        relationships = set(self.subjects(SG.advisee, person))
        return sorted(
            {*self._advising(relationships, SG.advisor, co=False), *self._advising(relationships, SG.coAdvisor, co=True)}
        )

    def _advising(self, relationships: set[NamedNode], side: NamedNode, co: bool) -> set[Advising]:
        rows = set()
        for relationship in relationships:
            roles = sorted(value.value for value in self.values(relationship, SG.roleAsWritten))
            start, end = self.first(relationship, SCHEMA.startDate) or "", self.first(relationship, SCHEMA.endDate) or ""
            period = f"{start}–{end}" if start or end else ""
            role = (roles[0] if roles else "") + (" (co-supervision)" if co else "")
            names = [self.label(n) for n in (*self.values(relationship, SG.advisor), *self.values(relationship, SG.advisee))]
            kind = self.supervision_kinds.get((*names, roles[0] if roles else "", start, end), "") if len(names) == 2 else ""
            for other in self.values(relationship, side):
                if isinstance(other, NamedNode):
                    rows.add(Advising(period, self.label(other), other, role, kind))
        return rows

    @cached_property
    def supervision_kinds(self) -> dict[tuple[str, ...], str]:
        """The kind of each supervision as the shipped ``supervision`` query gives it, by supervisor, person, role,
        start and end: one definition of the kinds, for the query and the pages alike."""
        rows = self.store.query(find_query("supervision").text, use_default_graph_as_union=True)
        return {
            tuple(row[column].value if row[column] is not None else "" for column in _KEY): row["kind"].value
            for row in rows  # type: ignore[union-attr]
        }

    def current_organizations(self, person: NamedNode) -> list[NamedNode]:
        """The organizations of the person's positions with no end date.

        An undated position at an organization where a dated position of the person ended
        is taken as past: homepages often list the titles of one stay without dates.
        """
        open_at: dict[NamedNode, bool] = {}  # organization → whether an open position there has a start date
        ended_at: set[NamedNode] = set()
        for membership in self.subjects(ORG.member, person):
            for org in self.values(membership, ORG.organization):
                if not isinstance(org, NamedNode):
                    continue
                if self.values(membership, SCHEMA.endDate):
                    ended_at.add(org)
                else:
                    open_at[org] = open_at.get(org, False) or bool(self.values(membership, SCHEMA.startDate))
        return sorted((org for org, dated in open_at.items() if dated or org not in ended_at), key=lambda n: n.value)

    def degree_organizations(self, person: NamedNode) -> list[NamedNode]:
        """The organizations that awarded the person a degree."""
        found = {
            org
            for degree in self.subjects(VIVO.relates, person)
            if VIVO.AwardedDegree in self.values(degree, RDF.type)
            for org in self.values(degree, VIVO.assignedBy)
            if isinstance(org, NamedNode)
        }
        return sorted(found, key=lambda n: n.value)
