"""The embedded Oxigraph store: in memory, or on disk in a folder that persists between runs.

An on-disk store is a RocksDB folder that one process opens at a time.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, Quad, QuerySolutions, Store

from ..errors import QueryError
from . import GraphStore, Rows

__all__ = ["OxigraphStore", "solutions_to_rows"]


def solutions_to_rows(solutions: QuerySolutions) -> Rows:
    """pyoxigraph's solutions as ``Rows`` (also used for results parsed from a server)."""
    columns = tuple(variable.value for variable in solutions.variables)
    return Rows(columns, [tuple(solution[column] for column in columns) for solution in solutions])


class OxigraphStore(GraphStore):
    """pyoxigraph's ``Store``, queried with the default graph as the union of all graphs."""

    kind = "oxigraph"
    bulk_chunk = 200_000
    """Quads per call of Oxigraph's bulk loader: given one endless stream, it holds far more in memory."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        try:
            self.store = Store(str(path)) if path is not None else Store()
        except OSError as error:
            raise QueryError(f"{path}: cannot open the Oxigraph store ({error}); is another process using it?") from None

    def add_quads(self, quads: Iterable[Quad], *, replace_graphs: bool = False) -> None:
        quads = list(quads)
        if replace_graphs:
            for graph in {quad.graph_name for quad in quads} - {DefaultGraph()}:
                self.store.clear_graph(graph)
        self.store.bulk_extend(quads)

    def select(self, query: str) -> Rows:
        try:
            solutions = self.store.query(query, use_default_graph_as_union=True)
        except SyntaxError as error:
            raise QueryError(f"the query is not valid SPARQL: {error}") from None
        if not isinstance(solutions, QuerySolutions):
            raise QueryError("only SELECT queries give rows")
        return solutions_to_rows(solutions)

    def clear(self) -> None:
        self.store.clear()

    def drop_graph(self, graph: NamedNode) -> None:
        self.store.clear_graph(graph)
        for quad in list(self.store.quads_for_pattern(graph, None, None, DefaultGraph())):
            self.store.remove(quad)

    def quads(self) -> Iterator[Quad]:
        return iter(self.store)

    def close(self) -> None:
        """Flush, and let go of the folder's lock so that it can be opened again."""
        self.store.flush()
        del self.store
