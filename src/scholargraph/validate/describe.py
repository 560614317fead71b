"""Naming the nodes a validation reports, and finding where they were written, by asking the store.

A SHACL result names a node by its IRI; a person wants ``work 'Learning De-Biased…'`` and
the source file and line (``sg:sourceLine`` on the node, or on the nearest node that mentions
it, in the file its named graph's ``dcterms:source`` names). Only the few facts a description
needs are fetched, for the reported nodes only, so a million-quad graph is never copied.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from itertools import islice

import rdflib
from pyoxigraph import BlankNode, NamedNode
from pyoxigraph import Literal as OxLiteral

from ..model.records import Origin
from ..rdf.vocab import DCTERMS, FOAF, RDFS, SG, VIVO, XSD
from ..stores import GraphStore

__all__ = ["Describer", "describer", "rdf_term"]

_KIND = {
    # class → the word a person uses for it; the first class a node has in this order wins
    VIVO.Authorship.value: "authorship",
    VIVO.Editorship.value: "editorship",
    VIVO.AdvisingRelationship.value: "supervision",
    VIVO.AdvisorRole.value: "advisor role",
    VIVO.AdviseeRole.value: "advisee role",
    "http://purl.org/ontology/bibo/Document": "work",
    FOAF.Person.value: "person",
    FOAF.Organization.value: "organization",
    "http://vivoweb.org/ontology/core#Position": "position",
    SG.Visit.value: "visit",
    "http://vivoweb.org/ontology/core#AwardReceipt": "award",
    "http://vivoweb.org/ontology/core#AwardedDegree": "degree",
    "http://vivoweb.org/ontology/core#Presentation": "talk",
    "http://vivoweb.org/ontology/core#Course": "course",
    SG.Collaboration.value: "collaboration",
    "http://purl.org/ontology/bibo/Conference": "venue event",
    SG.VenueSeries.value: "venue series",
    "http://purl.org/ontology/bibo/Journal": "journal",
    SG.Link.value: "link",
    "http://rdfs.org/ns/void#Dataset": "source",
}
_NAMES = (FOAF.name, DCTERMS.title, RDFS.label, SG.nameAsWritten, DCTERMS.source)
_FETCHED = (*_NAMES, NamedNode(str(rdflib.RDF.type)), VIVO.relates, VIVO.rank, SG.advisee, SG.advisor)
"""The properties a description reads."""
_BATCH = 400
"""Nodes per query (``VALUES``)."""


def rdf_term(term: NamedNode | BlankNode | OxLiteral) -> rdflib.term.Identifier:
    """A pyoxigraph term as rdflib's."""
    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, OxLiteral):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        if term.datatype == XSD.string:
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    return rdflib.BNode(term.value)


def _batches(nodes: Iterable[rdflib.term.Node]) -> Iterator[str]:
    """IRIs as ``VALUES`` lists (a blank node cannot be named in a query: it is described by its id)."""
    iris = iter(sorted({node for node in nodes if isinstance(node, rdflib.URIRef)}, key=str))
    while batch := list(islice(iris, _BATCH)):
        yield " ".join(node.n3() for node in batch)


class Describer:
    """Names nodes for people and says where they were written, from the facts fetched about them."""

    def __init__(self, graph: rdflib.Graph, origins: dict[str, Origin]) -> None:
        self.graph = graph
        self.origins = origins

    def name(self, node: rdflib.term.Node) -> str | None:
        for predicate in _NAMES:
            values = sorted(str(v) for v in self.graph.objects(node, rdflib.URIRef(predicate.value)) if str(v).strip())
            if values:
                return values[0]
        return None

    def kind(self, node: rdflib.term.Node) -> str | None:
        types = {str(t) for t in self.graph.objects(node, rdflib.RDF.type)}
        return next((word for iri, word in _KIND.items() if iri in types), None)

    def _related(self, node: rdflib.term.Node, predicate: NamedNode) -> rdflib.term.Node | None:
        return min(self.graph.objects(node, rdflib.URIRef(predicate.value)), default=None, key=str)

    def describe(self, node: rdflib.term.Node) -> str:
        """``work 'Title'``, ``author 2 ('A. Name') of 'Title'``, ``supervision of X by Y``…"""
        kind = self.kind(node)
        if kind == "authorship":
            related = self.graph.objects(node, rdflib.URIRef(VIVO.relates.value))
            works = sorted((o for o in related if self.kind(o) == "work"), key=str)
            rank = self._related(node, VIVO.rank)
            title = f" of '{self.name(works[0])}'" if works else ""
            return f"author {rank if rank is not None else '?'} ('{self.name(node) or '?'}'){title}"
        if kind == "supervision":
            advisee, advisor = self._related(node, SG.advisee), self._related(node, SG.advisor)
            whom = self.name(advisee) if advisee is not None else self.name(node)
            by = f" by {self.name(advisor)}" if advisor is not None else ""
            return f"supervision of {whom or '?'}{by}"
        if kind in ("advisor role", "advisee role"):
            relationships = sorted(self.graph.subjects(rdflib.URIRef(VIVO.relates.value), node), key=str)
            within = f" in {self.describe(relationships[0])}" if relationships else ""
            return f"{kind}{within}"
        name = self.name(node)
        if name is None:
            return f"{kind or 'node'} <{node}>"
        return f"{kind} '{name}'" if kind else f"'{name}'"

    def origin(self, node: rdflib.term.Node) -> Origin | None:
        """Where the node was written, else where the first node that mentions it was."""
        if str(node) in self.origins:
            return self.origins[str(node)]
        mentions = [self.origins[str(s)] for s in self.graph.subjects(None, node) if str(s) in self.origins]
        return min(mentions) if mentions else None


class _Fetcher:
    """Copies from a store the facts that describe some nodes into a small rdflib graph."""

    def __init__(self, store: GraphStore) -> None:
        self.store = store
        self.graph = rdflib.Graph()
        self.fetched: set[rdflib.term.Node] = set()

    def add(self, rows: Iterable[tuple[object, ...]]) -> None:
        for s, p, o in rows:
            if s is not None and p is not None and o is not None:
                self.graph.add((rdf_term(s), rdf_term(p), rdf_term(o)))  # type: ignore[arg-type]

    def facts(self, nodes: Iterable[rdflib.term.Node]) -> None:
        """The properties a description reads, of each node not fetched yet."""
        todo = set(nodes) - self.fetched
        self.fetched |= todo
        predicates = ", ".join(f"<{p.value}>" for p in _FETCHED)  # FILTER IN: Oxigraph joins two VALUES slowly
        for batch in _batches(todo):
            query = f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {batch} }} ?s ?p ?o FILTER (?p IN ({predicates})) }}"
            self.add(self.store.select(query).rows)

    def objects(self, nodes: Iterable[rdflib.term.Node], *predicates: NamedNode) -> set[rdflib.term.Node]:
        return {o for n in nodes for p in predicates for o in self.graph.objects(n, rdflib.URIRef(p.value))}

    def relating(self, nodes: Iterable[rdflib.term.Node]) -> set[rdflib.term.Node]:
        """The relationships (``vivo:relates``) of each node."""
        relates = f"<{VIVO.relates.value}>"
        for batch in _batches(nodes):
            rows = self.store.select(f"SELECT ?s ?p ?o WHERE {{ VALUES ?o {{ {batch} }} BIND ({relates} AS ?p) ?s ?p ?o }}").rows
            self.add(rows)
        return {s for n in nodes for s in self.graph.subjects(rdflib.URIRef(VIVO.relates.value), n)}

    def mentions(self, nodes: Iterable[rdflib.term.Node]) -> set[rdflib.term.Node]:
        """The nodes with a source line that mention each node."""
        line = f"<{SG.sourceLine.value}>"
        for batch in _batches(nodes):
            query = f"SELECT DISTINCT ?s ?p ?o WHERE {{ VALUES ?o {{ {batch} }} ?s ?p ?o FILTER EXISTS {{ ?s {line} [] }} }}"
            self.add(self.store.select(query).rows)
        return {s for n in nodes for s in self.graph.subjects(None, n)}

    def origins(self, nodes: Iterable[rdflib.term.Node]) -> dict[str, Origin]:
        """Node IRI → its first ``sg:sourceLine``, in the file its named graph came from.

        A graph without named graphs (Turtle, N-Triples) does not say which file a node came
        from; when it describes exactly one source, that one is meant, else the path is left empty."""
        line = f"<{SG.sourceLine.value}>"
        sources = {
            s.value: o.value
            for s, o in self.store.select(f"SELECT DISTINCT ?s ?o WHERE {{ ?s <{DCTERMS.source.value}> ?o }} LIMIT 2").rows
            if isinstance(s, NamedNode) and isinstance(o, OxLiteral)
        }
        only = next(iter(sources.values())) if len(sources) == 1 else ""
        found: dict[str, list[tuple[str, int]]] = {}
        for batch in _batches(nodes):
            query = (
                f"SELECT ?s ?g ?line WHERE {{ VALUES ?s {{ {batch} }} "
                f"{{ GRAPH ?g {{ ?s {line} ?line }} }} UNION {{ ?s {line} ?line }} }}"
            )
            for s, g, number in self.store.select(query).rows:
                if isinstance(s, NamedNode) and isinstance(number, OxLiteral) and number.value.isdigit():
                    found.setdefault(s.value, []).append(("" if g is None else g.value, int(number.value)))
        graphs = {g for lines in found.values() for g, _ in lines if g}
        for batch in _batches(rdflib.URIRef(g) for g in graphs):
            query = f"SELECT ?s ?o WHERE {{ VALUES ?s {{ {batch} }} ?s <{DCTERMS.source.value}> ?o FILTER isLiteral(?o) }}"
            sources |= {s.value: o.value for s, o in self.store.select(query).rows if s is not None and o is not None}
        origins = {}
        for node, lines in found.items():
            named = [(g, n) for g, n in lines if g] or lines  # a named graph's lines are copied into the union
            origins[node] = min(Origin(sources.get(g, only) if g else only, n) for g, n in named)
        return origins


def describer(store: GraphStore, nodes: Iterable[rdflib.term.Node]) -> Describer:
    """A describer of ``nodes`` (and of what their descriptions mention), from the union of the store's graphs."""
    nodes = set(nodes)
    fetch = _Fetcher(store)
    fetch.facts(nodes)
    fetch.facts(fetch.objects(nodes, VIVO.relates, SG.advisee, SG.advisor))
    roles = {n for n in nodes if Describer(fetch.graph, {}).kind(n) in ("advisor role", "advisee role")}
    relationships = fetch.relating(roles)
    fetch.facts(relationships)
    fetch.facts(fetch.objects(relationships, SG.advisee, SG.advisor))
    origins = fetch.origins(nodes)
    origins |= fetch.origins(fetch.mentions(nodes - {rdflib.URIRef(n) for n in origins}))
    return Describer(fetch.graph, origins)
