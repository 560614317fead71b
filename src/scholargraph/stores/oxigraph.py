"""The embedded Oxigraph store: in memory, or on disk in a folder that persists between runs.

An on-disk store is a RocksDB folder that one process opens at a time. Its default graph
holds, besides its own triples, a copy of every named graph's triples: queries read it
directly, because Oxigraph's union-of-graphs option makes a query's time grow with the
number of graphs (one per source: ``people`` 26 s instead of 0.08 s at 448
graphs, benchmarks/bench_union.py) and is slower even over one large graph (docs/performance.md),
while ``GRAPH`` patterns still see each named graph.

A source's facts reach the store as N-Triples text, loaded by Oxigraph's bulk loader in a
second thread (it parses and writes in Rust without the interpreter lock) while the next chunk
of text is made: the mapping and the load run side by side on two cores.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from itertools import islice
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, Quad, QuerySolutions, RdfFormat, Store

from ..errors import QueryError, StoreError
from . import Fact, GraphStore, Rows

__all__ = ["OxigraphStore", "solutions_to_rows"]


def solutions_to_rows(solutions: QuerySolutions) -> Rows:
    """pyoxigraph's solutions as ``Rows`` (also used for results parsed from a server)."""
    columns = tuple(variable.value for variable in solutions.variables)
    return Rows(columns, [tuple(solution[column] for column in columns) for solution in solutions])


class OxigraphStore(GraphStore):
    """pyoxigraph's ``Store``, its default graph kept as the union of all graphs."""

    kind = "oxigraph"
    bulk_chunk = 200_000
    """Quads per call of Oxigraph's bulk loader: given one endless stream, it holds far more in memory."""
    text_chunk = 200_000
    """Triples per N-Triples text handed to the bulk loader, one loaded while the next is made: 500,000 loads
    no faster and nearly doubles the build's peak memory (747 instead of 402 MiB at 20 MB)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        try:
            self.store = Store(str(path)) if path is not None else Store()
        except OSError as error:
            raise StoreError(f"{path}: cannot open the Oxigraph store ({error}); is another process using it?") from None
        if path is not None and not self._holds_union():
            self.store.update("INSERT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }")

    def _holds_union(self) -> bool:
        """Whether the default graph holds the named graphs' triples (a store written by an older version does not)."""
        for graph in self.store.named_graphs():
            for quad in self.store.quads_for_pattern(None, None, None, graph):
                return Quad(quad.subject, quad.predicate, quad.object) in self.store
        return True

    def add_quads(self, quads: Iterable[Quad], *, replace_graphs: bool = False) -> None:
        quads = list(quads)
        if replace_graphs:
            for graph in {quad.graph_name for quad in quads}:
                if isinstance(graph, NamedNode):
                    self.drop_graph(graph)
        self.store.bulk_extend(quads)
        self.store.bulk_extend(Quad(q.subject, q.predicate, q.object) for q in quads if q.graph_name != DefaultGraph())

    def bulk_add_graph(self, graph: NamedNode, triples: Iterable[Fact]) -> None:
        """The triples as N-Triples text, ``text_chunk`` at a time, each chunk loaded while the next is made."""
        stream = iter(triples)
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="oxigraph-load") as loader:
            loading: Future[None] | None = None
            while text := "".join(f"{s} {p} {o} .\n" for s, p, o in islice(stream, self.text_chunk)).encode():
                if loading is not None:
                    loading.result()  # at most one chunk loading and one being made
                loading = loader.submit(self._load_text, text, graph)
            if loading is not None:
                loading.result()

    def _load_text(self, text: bytes, graph: NamedNode) -> None:
        """Load the text into ``graph`` and into the default graph's copy; ``lenient``, as its terms were checked when made."""
        self.store.bulk_load(input=text, format=RdfFormat.N_TRIPLES, to_graph=graph, lenient=True)
        self.store.bulk_load(input=text, format=RdfFormat.N_TRIPLES, lenient=True)

    def select(self, query: str) -> Rows:
        """The query's rows; a query failing as its rows are made (a ``SERVICE`` it may call cannot be reached, or
        answers something that is not SPARQL results) is a ``QueryError`` saying why."""
        try:
            solutions = self.store.query(query)
            if not isinstance(solutions, QuerySolutions):
                raise QueryError("only SELECT queries give rows")
            return solutions_to_rows(solutions)
        except SyntaxError as error:
            raise QueryError(f"the query is not valid SPARQL: {error}") from None
        except (OSError, RuntimeError) as error:
            raise QueryError(f"the query failed while running: {error}") from None

    def clear(self) -> None:
        self.store.clear()

    def drop_graph(self, graph: NamedNode) -> None:
        """Empty a named graph and drop its description; take out of the default graph the triples no other graph holds."""
        triples = [quad.triple for quad in self.store.quads_for_pattern(None, None, None, graph)]
        self.store.clear_graph(graph)
        for quad in list(self.store.quads_for_pattern(graph, None, None, DefaultGraph())):
            self.store.remove(quad)
        for triple in triples:
            holders = self.store.quads_for_pattern(triple.subject, triple.predicate, triple.object, None)
            if all(quad.graph_name == DefaultGraph() for quad in holders):
                self.store.remove(Quad(triple.subject, triple.predicate, triple.object))

    def set_state(self, state: Quad) -> None:
        for quad in list(self.store.quads_for_pattern(state.subject, state.predicate, None, DefaultGraph())):
            self.store.remove(quad)
        self.store.add(state)

    def quads(self) -> Iterator[Quad]:
        """The dataset as built: the named graphs, and of the default graph the triples that are not the union's copies."""
        for quad in self.store:
            if quad.graph_name != DefaultGraph() or not self._in_a_named_graph(quad):
                yield quad

    def _in_a_named_graph(self, quad: Quad) -> bool:
        holders = self.store.quads_for_pattern(quad.subject, quad.predicate, quad.object, None)
        return any(holder.graph_name != DefaultGraph() for holder in holders)

    def close(self) -> None:
        """Flush, and let go of the folder's lock so that it can be opened again."""
        self.store.flush()
        del self.store
