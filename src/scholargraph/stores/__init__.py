"""Where a graph is kept and queried: one interface, three stores.

``memory`` (rdflib's in-memory Dataset and SPARQL engine), ``oxigraph`` (embedded
Oxigraph, on disk at a folder and persistent; the default) and ``remote`` (any SPARQL 1.1
server, through the Protocol and the Graph Store Protocol). Every store takes the same
query text and answers with rows of pyoxigraph terms, the default graph being the union
of the named graphs, so the same query gives the same rows on each. Builds need no more
than this interface: drop a source's graph, bulk-add quads, read the sources' stored state, clear.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from itertools import islice
from pathlib import Path
from types import TracebackType

from pyoxigraph import BlankNode, Literal, NamedNode, Quad, RdfFormat, parse

from ..errors import SourceError, StoreError
from ..rdf.vocab import SG

__all__ = ["STORE_KINDS", "Fact", "GraphStore", "Rows", "Term", "graph_format", "open_store", "read_quads"]

Term = NamedNode | BlankNode | Literal
Fact = tuple[NamedNode, NamedNode, NamedNode | Literal]
"""A triple as the graph builder makes it (``rdf.nodes.Triple``), before it is placed in a graph."""

STORE_KINDS = ("memory", "oxigraph", "remote")

_RDF_FORMATS = {
    ".trig": RdfFormat.TRIG,
    ".ttl": RdfFormat.TURTLE,
    ".nt": RdfFormat.N_TRIPLES,
    ".nq": RdfFormat.N_QUADS,
    ".jsonld": RdfFormat.JSON_LD,
    ".json": RdfFormat.JSON_LD,
    ".rdf": RdfFormat.RDF_XML,
    ".owl": RdfFormat.RDF_XML,
}


@dataclass(frozen=True)
class Rows:
    """The answer to a SELECT query: its columns and one tuple of terms (``None`` if unbound) per row."""

    columns: tuple[str, ...]
    rows: list[tuple[Term | None, ...]]

    def values(self) -> list[tuple[str | None, ...]]:
        """The rows as plain strings: IRIs and lexical forms, ``None`` where unbound."""
        return [tuple(None if term is None else term.value for term in row) for row in self.rows]

    def dicts(self) -> list[dict[str, str]]:
        """The rows as ``{column: value}``, leaving out unbound columns."""
        return [
            {column: term.value for column, term in zip(self.columns, row, strict=True) if term is not None} for row in self.rows
        ]


def graph_format(path: Path) -> RdfFormat:
    """The RDF format of a graph file, from its suffix; ``SourceError`` if it is missing or unknown."""
    if not path.is_file():
        raise SourceError(str(path), "no graph file here; run 'scholargraph build' first or give --graph FILE")
    rdf_format = _RDF_FORMATS.get(path.suffix.lower())
    if rdf_format is None:
        raise SourceError(str(path), f"unknown graph format; use one of {', '.join(sorted(_RDF_FORMATS))}")
    return rdf_format


def read_quads(path: Path) -> list[Quad]:
    """Every quad of a graph file (triples-only formats land in the default graph)."""
    rdf_format = graph_format(path)
    try:
        return list(parse(path=str(path), format=rdf_format))
    except SyntaxError as error:
        raise SourceError(str(path), f"not valid {rdf_format.name}: {error}") from None


class GraphStore(ABC):
    """A place that holds quads and answers SPARQL SELECT queries over their union."""

    kind: str
    bulk_chunk = 50_000
    """Quads per ``add_quads`` call of a bulk load: given one endless stream, a backend would hold all of it."""

    def load(self, path: Path) -> int:
        """Add the graph file at ``path``; replace the named graphs it holds. Returns the quads read."""
        quads = read_quads(path)
        self.add_quads(quads, replace_graphs=True)
        return len(quads)

    @abstractmethod
    def add_quads(self, quads: Iterable[Quad], *, replace_graphs: bool = False) -> None:
        """Add quads; with ``replace_graphs``, first empty every named graph they name."""

    @abstractmethod
    def select(self, query: str) -> Rows:
        """Run a SELECT query over the union of all graphs; ``QueryError`` if it cannot run."""

    def is_empty(self) -> bool:
        """Whether no graph holds any triple."""
        return not self.select("SELECT ?s WHERE { ?s ?p ?o } LIMIT 1").rows

    @abstractmethod
    def clear(self) -> None:
        """Remove every quad this store holds."""

    def bulk_add(self, quads: Iterable[Quad]) -> None:
        """Add a stream of quads of any length, ``bulk_chunk`` at a time, so the whole is never held."""
        stream = iter(quads)
        while chunk := list(islice(stream, self.bulk_chunk)):
            self.add_quads(chunk)

    def bulk_add_graph(self, graph: NamedNode, triples: Iterable[Fact]) -> None:
        """Add a stream of triples of any length to the named graph ``graph`` (a source's facts), in bounded memory."""
        self.bulk_add(Quad(subject, predicate, obj, graph) for subject, predicate, obj in triples)

    @abstractmethod
    def drop_graph(self, graph: NamedNode) -> None:
        """Remove a named graph and what the default graph says about it (a source's graph and its description)."""

    @abstractmethod
    def quads(self) -> Iterator[Quad]:
        """Every quad of the project held, those of the default graph in the default graph (a server's
        other graphs are not the project's: see ``RemoteStore.quads``)."""

    def source_states(self) -> dict[str, tuple[str, str | None]]:
        """The source graphs held, each with the content hash (``sg:sha256``) and graph digest
        (``sg:graphDigest``, if any) written beside it by the build that loaded it."""
        rows = self.select(
            f"SELECT ?graph ?sha256 ?digest WHERE {{ ?graph <{SG.sha256.value}> ?sha256 "
            f"OPTIONAL {{ ?graph <{SG.graphDigest.value}> ?digest }} }}"
        )
        return {
            graph.value: (sha.value, None if digest is None else digest.value)
            for graph, sha, digest in rows.rows
            if graph is not None and sha is not None
        }

    def project_view(self) -> GraphStore:
        """The store as queries should see the project alone: this store, whose graphs are all the project's (a
        server's ``RemoteStore`` narrows its queries to the project's graphs)."""
        return self

    def state(self, subject: NamedNode, predicate: NamedNode) -> str | None:
        """The value a build wrote of its own state in the default graph (the shapes it validated with), if any."""
        rows = self.select(f"SELECT ?value WHERE {{ {subject} {predicate} ?value }} LIMIT 1").rows
        return rows[0][0].value if rows and rows[0][0] is not None else None

    @abstractmethod
    def set_state(self, state: Quad) -> None:
        """Make ``state`` (a quad of the default graph) the one value of its subject's property."""

    def close(self) -> None:  # noqa: B027 -- most stores have nothing to release
        """Release files or connections; the store is not used afterwards."""

    def __enter__(self) -> GraphStore:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: TracebackType | None) -> None:
        self.close()


def open_store(
    kind: str = "oxigraph",
    *,
    path: Path | None = None,
    endpoint: str | None = None,
    update_endpoint: str | None = None,
    graph_store: str | None = None,
    graphs: Sequence[str] = (),
) -> GraphStore:
    """A store by kind: ``oxigraph`` at folder ``path`` (in memory if none), ``memory``, or ``remote`` at ``endpoint``.

    A remote store loads through the Graph Store Protocol at ``graph_store`` if given, else
    through SPARQL Update at ``update_endpoint`` (default: ``endpoint``); ``graphs`` names the graphs its ``clear`` drops.
    """
    if kind == "memory":
        from .memory import MemoryStore

        return MemoryStore()
    if kind == "oxigraph":
        from .oxigraph import OxigraphStore

        return OxigraphStore(path)
    if kind == "remote":
        from .remote import RemoteStore

        if not endpoint:
            raise StoreError("the remote store needs --endpoint URL (its SPARQL query service)")
        return RemoteStore(endpoint, update_endpoint=update_endpoint, graph_store=graph_store, graphs=graphs)
    raise StoreError(f"unknown store '{kind}'; use one of {', '.join(STORE_KINDS)}")
