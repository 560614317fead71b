"""The graph indexed by node, for pages and markup: which nodes are people, works, venues and
organizations, their labels, authors in order, co-authors, students and other neighbours.

Built once from the union of all graphs; everything after is dictionary look-ups, so a
site of thousands of entities is written in seconds.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode, Quad, Triple

from .vocab import BIBO, DCTERMS, FOAF, ORG, RDF, RDFS, SCHEMA, SG, VIVO

__all__ = ["ENTITY_KINDS", "GraphIndex"]

Node = NamedNode | Literal

ENTITY_KINDS: dict[str, tuple[NamedNode, ...]] = {
    "person": (FOAF.Person,),
    "work": (BIBO.Document,),
    "venue": (SG.VenueSeries, BIBO.Conference, BIBO.Journal, BIBO.Proceedings),
    "organization": (FOAF.Organization,),
}
"""The kinds of node that get a page, and the classes that make a node one."""

_LABELS = (FOAF.name, DCTERMS.title, SCHEMA.name, VIVO.hrJobTitle, SG.roleAsWritten, SG.eventName)


@dataclass(frozen=True)
class Link:
    """A predicate and the node at its other end."""

    predicate: NamedNode
    node: Node


class GraphIndex:
    """Outgoing and incoming links of every node, and the entity kinds."""

    def __init__(self, triples: Iterable[Triple | Quad]) -> None:
        self.outgoing: defaultdict[NamedNode, list[Link]] = defaultdict(list)
        self.incoming: defaultdict[NamedNode, list[Link]] = defaultdict(list)
        self.triples: defaultdict[NamedNode, set[Triple]] = defaultdict(set)
        self._names: dict[NamedNode, str | None] = {}
        seen: set[Triple] = set()
        for item in triples:
            triple = item.triple if isinstance(item, Quad) else item
            if triple in seen or not isinstance(triple.subject, NamedNode) or isinstance(triple.object, Triple):
                continue
            seen.add(triple)
            self.outgoing[triple.subject].append(Link(triple.predicate, triple.object))  # type: ignore[arg-type]
            self.triples[triple.subject].add(triple)
            if isinstance(triple.object, NamedNode):
                self.incoming[triple.object].append(Link(triple.predicate, triple.subject))
                self.triples[triple.object].add(triple)
        kind_of = {cls: kind for kind, classes in ENTITY_KINDS.items() for cls in classes}
        self.kinds: dict[NamedNode, str] = {}
        for node, links in self.outgoing.items():
            for link in links:
                if link.predicate == RDF.type and link.node in kind_of:
                    self.kinds.setdefault(node, kind_of[link.node])  # type: ignore[index]

    def values(self, node: NamedNode, predicate: NamedNode) -> list[Node]:
        """The objects of ``node predicate ?``, sorted."""
        return sorted((link.node for link in self.outgoing.get(node, ()) if link.predicate == predicate), key=str)

    def subjects(self, predicate: NamedNode, node: NamedNode) -> list[NamedNode]:
        """The subjects of ``? predicate node``, sorted."""
        return sorted((link.node for link in self.incoming.get(node, ()) if link.predicate == predicate), key=str)  # type: ignore[misc]

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
            found = (self.first(node, predicate) for predicate in (*_LABELS, RDFS.label))
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

    def students(self, person: NamedNode) -> list[NamedNode]:
        """The people this person supervised (``sg:supervised``)."""
        return sorted((n for n in self.values(person, SG.supervised) if isinstance(n, NamedNode)), key=self.label)

    def supervisors(self, person: NamedNode) -> list[NamedNode]:
        return sorted(self.subjects(SG.supervised, person), key=self.label)

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
