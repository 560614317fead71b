"""The in-memory store on rdflib's Dataset and its own SPARQL engine: no server, no files.

rdflib's engine is far slower than Oxigraph on joins (docs/queries.md has the figures);
it is here for small graphs and for programs that already work in rdflib.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad

from ..errors import QueryError, StoreError
from . import GraphStore, Rows, Term

__all__ = ["MemoryStore"]

_XSD_STRING = NamedNode("http://www.w3.org/2001/XMLSchema#string")


def _rdflib() -> Any:
    try:
        import rdflib
    except ImportError:
        raise StoreError("the memory store needs rdflib: pip install 'scholargraph[memory]'") from None
    return rdflib


class MemoryStore(GraphStore):
    """An rdflib ``Dataset`` whose default graph is the union of its graphs."""

    kind = "memory"

    def __init__(self) -> None:
        self.rdflib = _rdflib()
        self.dataset = self.rdflib.Dataset(default_union=True)

    def _term(self, term: object) -> Any:
        rdflib = self.rdflib
        if isinstance(term, NamedNode):
            return rdflib.URIRef(term.value)
        if isinstance(term, BlankNode):
            return rdflib.BNode(term.value)
        if not isinstance(term, Literal):
            raise StoreError(f"the memory store cannot hold the RDF-star triple {term}")
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        if term.datatype == _XSD_STRING:  # rdflib tells "a" and "a"^^xsd:string apart; RDF 1.1 does not
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))

    def _from_rdflib(self, term: Any) -> Term | None:
        rdflib = self.rdflib
        if term is None:
            return None
        if isinstance(term, rdflib.URIRef):
            return NamedNode(str(term))
        if isinstance(term, rdflib.BNode):
            return BlankNode(str(term))
        if term.language:
            return Literal(str(term), language=term.language)
        if term.datatype is not None:
            return Literal(str(term), datatype=NamedNode(str(term.datatype)))
        return Literal(str(term))

    def add_quads(self, quads: Iterable[Quad], *, replace_graphs: bool = False) -> None:
        graphs: dict[Any, Any] = {}
        batch = []
        for quad in quads:
            name = quad.graph_name
            if name not in graphs:
                if isinstance(name, DefaultGraph):
                    graphs[name] = self.dataset.default_graph
                else:
                    graphs[name] = self.dataset.graph(self._term(name))
                    if replace_graphs:
                        graphs[name].remove((None, None, None))
            batch.append((self._term(quad.subject), self._term(quad.predicate), self._term(quad.object), graphs[name]))
        self.dataset.addN(batch)

    def select(self, query: str) -> Rows:
        """The query's rows. A graph named by ``FROM`` or ``FROM NAMED`` is the store's graph of that name, as in
        Oxigraph: rdflib would otherwise download any URL the query names (a request the user never asked for)."""
        from rdflib.plugins import sparql

        loading, sparql.SPARQL_LOAD_GRAPHS = sparql.SPARQL_LOAD_GRAPHS, False
        try:
            result = self.dataset.query(query)
        except Exception as error:  # rdflib raises pyparsing's and its own errors alike
            raise QueryError(f"rdflib could not run the query: {error}") from None
        finally:
            sparql.SPARQL_LOAD_GRAPHS = loading
        if result.type != "SELECT":
            raise QueryError("only SELECT queries give rows")
        columns = tuple(str(variable) for variable in result.vars or ())
        return Rows(columns, [tuple(self._from_rdflib(term) for term in row) for row in result])

    def clear(self) -> None:
        for graph in list(self.dataset.graphs()):
            self.dataset.remove_graph(graph)
        self.dataset.default_graph.remove((None, None, None))

    def drop_graph(self, graph: NamedNode) -> None:
        self.dataset.remove_graph(self._term(graph))
        self.dataset.default_graph.remove((self._term(graph), None, None))

    def set_state(self, state: Quad) -> None:
        self.dataset.default_graph.remove((self._term(state.subject), self._term(state.predicate), None))
        self.add_quads([state])

    def quads(self) -> Iterator[Quad]:
        default = self.dataset.default_graph.identifier
        for subject, predicate, obj, graph in self.dataset.quads((None, None, None, None)):
            name = DefaultGraph() if graph is None or graph == default else self._from_rdflib(graph)
            yield Quad(self._from_rdflib(subject), self._from_rdflib(predicate), self._from_rdflib(obj), name)  # type: ignore[arg-type]
