"""The SPARQL engine behind ``scholargraph serve``: read-only queries, bounded in time and size.

Each query runs in a worker process holding its own Oxigraph store of the graph. A
query still running when its time is up is stopped for real: its worker is killed
(Oxigraph cannot interrupt a query from Python) and a fresh one loaded in its place.
A result is serialized as it streams and abandoned once it passes the size bound.
Updates are refused, and ``SERVICE`` is refused unless the query names an allowed host,
since Oxigraph would otherwise fetch any URL the query names.
"""

from __future__ import annotations

import multiprocessing
import queue
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from .policy import normalized
from .policy import refusal as query_refusal

__all__ = ["RDF_MEDIA_TYPES", "RESULT_MEDIA_TYPES", "Answer", "QueryPool", "negotiate", "refusal"]

RESULT_MEDIA_TYPES = {
    "application/sparql-results+json": "JSON",
    "application/json": "JSON",
    "application/sparql-results+xml": "XML",
    "application/xml": "XML",
    "text/csv": "CSV",
    "text/tab-separated-values": "TSV",
}
"""Media types of SELECT and ASK results, to pyoxigraph ``QueryResultsFormat`` names; the first is the default."""

RDF_MEDIA_TYPES = {
    "text/turtle": "TURTLE",
    "application/n-triples": "N_TRIPLES",
    "application/ld+json": "JSON_LD",
    "application/rdf+xml": "RDF_XML",
}
"""Media types of CONSTRUCT and DESCRIBE results, to pyoxigraph ``RdfFormat`` names; the first is the default."""

SHORT_FORMATS = {
    "json": "application/sparql-results+json, application/ld+json;q=0.9",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "ttl": "text/turtle",
    "turtle": "text/turtle",
    "nt": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
}
"""``format=`` values a browser form or a script may give instead of an Accept header."""


@dataclass(frozen=True)
class Answer:
    """What the endpoint answers: an HTTP status, a media type and the body."""

    status: int
    media_type: str
    body: bytes

    @classmethod
    def error(cls, status: int, message: str) -> Answer:
        return cls(status, "text/plain; charset=utf-8", (message.rstrip() + "\n").encode())


def refusal(query: str, allowed_hosts: Sequence[str] = ()) -> Answer | None:
    """Why the query is not run (an update, or ``SERVICE`` to a host not allowed) as an answer, or ``None``."""
    refused = query_refusal(normalized(query), allowed_hosts)
    return Answer.error(refused.status, refused.message) if refused else None


def _graph_refusal(default_graphs: Sequence[str], named_graphs: Sequence[str]) -> Answer | None:
    """A 400 naming the first ``default-graph-uri`` or ``named-graph-uri`` that is no absolute IRI, or ``None``."""
    from pyoxigraph import NamedNode

    for parameter, iris in (("default-graph-uri", default_graphs), ("named-graph-uri", named_graphs)):
        for iri in iris:
            try:
                NamedNode(iri)
            except ValueError as error:
                return Answer.error(400, f"{parameter} {iri[:200]!r} is not an absolute IRI ({error}); give a graph's full IRI")
    return None


def _accepted(accept: str) -> list[tuple[float, int, str]]:
    """The Accept header's media types with their q-values, most wanted first."""
    found = []
    for position, part in enumerate(accept.split(",")):
        fields = [field.strip() for field in part.split(";")]
        quality = 1.0
        for field in fields[1:]:
            name, _, value = field.partition("=")
            if name.strip().lower() == "q":
                try:
                    quality = float(value)
                except ValueError:
                    quality = 0.0
        if fields[0]:
            found.append((-quality, position, fields[0].lower()))
    return sorted(found)


def negotiate(accept: str, offered: Sequence[str]) -> str | None:
    """The offered media type the Accept header wants most (the first offered for ``*/*`` or no header), or ``None``."""
    if not accept.strip():
        return offered[0]
    for negative_quality, _, wanted in _accepted(accept):
        if negative_quality >= 0:
            continue
        if wanted in offered:
            return wanted
        if wanted == "*/*":
            return offered[0]
        if wanted.endswith("/*"):
            family = wanted[:-1]
            match = next((media for media in offered if media.startswith(family)), None)
            if match:
                return match
    return None


class _SizeBound:
    """A file-like sink that gives up once more than ``limit`` bytes are written."""

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.parts: list[bytes] = []
        self.size = 0

    def write(self, data: bytes) -> int:
        self.size += len(data)
        if self.size > self.limit:
            raise _TooLarge
        self.parts.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass


class _TooLarge(Exception):
    pass


def _run(store: Any, request: dict[str, Any]) -> tuple[int, str, bytes]:
    """Run one query in a worker: (status, media type, body). A query that fails as it runs (a ``SERVICE`` it was
    allowed to call cannot be reached, or answers something that is not SPARQL results) is a 500 saying why; the
    worker goes on to the next query."""
    try:
        return _evaluate(store, request)
    except (OSError, RuntimeError) as error:
        return 500, "text/plain; charset=utf-8", f"the query failed while running: {error}\n".encode()


def _evaluate(store: Any, request: dict[str, Any]) -> tuple[int, str, bytes]:
    from pyoxigraph import NamedNode, QueryBoolean, QueryResultsFormat, QuerySolutions, RdfFormat

    graphs = {"default_graph": [NamedNode(iri) for iri in request["default_graphs"]] or None}
    if request["named_graphs"]:
        graphs["named_graphs"] = [NamedNode(iri) for iri in request["named_graphs"]]
    try:
        result = store.query(request["query"], **graphs)  # the store's default graph is the union of its graphs
    except SyntaxError as error:
        return 400, "text/plain; charset=utf-8", f"the query is not valid SPARQL: {error}\n".encode()
    tabular = isinstance(result, QuerySolutions | QueryBoolean)
    offered = list(RESULT_MEDIA_TYPES if tabular else RDF_MEDIA_TYPES)
    media = negotiate(request["accept"], offered)
    if media is None:
        kind = "SELECT and ASK results" if tabular else "CONSTRUCT and DESCRIBE results"
        return (
            406,
            "text/plain; charset=utf-8",
            f"cannot give {request['accept']!r}; {kind} come as {', '.join(offered)}\n".encode(),
        )
    sink = _SizeBound(request["max_bytes"])
    try:
        if tabular:
            result.serialize(sink, getattr(QueryResultsFormat, RESULT_MEDIA_TYPES[media]))
        else:
            result.serialize(sink, getattr(RdfFormat, RDF_MEDIA_TYPES[media]))
    except _TooLarge:
        limit = request["max_bytes"]
        message = f"the result is larger than {limit} bytes; add LIMIT, or start the server with a larger --max-result-bytes"
        return 400, "text/plain; charset=utf-8", (message + "\n").encode()
    except (ValueError, TypeError) as error:  # e.g. a boolean asked for as CSV
        return 406, "text/plain; charset=utf-8", f"cannot write this result as {media}: {error}\n".encode()
    charset = "; charset=utf-8" if media.startswith("text/") else ""
    return 200, media + charset, b"".join(sink.parts)


def _serve_queries(connection: Connection, graph_file: str, max_memory: int | None) -> None:
    """A worker's life: load the graph, then answer queries until the connection closes, its address space
    capped at what the graph took plus ``max_memory`` bytes (a query that wants more ends the worker, not the host)."""
    from ..stores.oxigraph import OxigraphStore

    holder = OxigraphStore()
    holder.load(Path(graph_file))
    if max_memory is not None:
        _cap_memory(max_memory)
    connection.send("ready")
    while True:
        try:
            request = connection.recv()
        except EOFError:
            return
        connection.send(_run(holder.store, request))


def _cap_memory(extra: int) -> None:
    """Limit this process's address space to its present size plus ``extra`` bytes (where the system allows it)."""
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as statm:
            size = int(statm.read().split()[0]) * resource.getpagesize()
        resource.setrlimit(resource.RLIMIT_AS, (size + extra, size + extra))
    except (ImportError, OSError, ValueError):  # no /proc or no rlimits (not Linux): uncapped
        pass


class _Worker:
    def __init__(self, graph_file: Path, max_memory: int | None = None) -> None:
        context = multiprocessing.get_context("spawn")
        self.connection, child = context.Pipe()
        self.process = context.Process(target=_serve_queries, args=(child, str(graph_file), max_memory), daemon=True)
        self.process.start()
        child.close()

    def wait_ready(self, timeout: float) -> None:
        if not self.connection.poll(timeout) or self.connection.recv() != "ready":
            self.stop()
            raise RuntimeError("the query worker did not load the graph")

    def stop(self) -> None:
        self.process.kill()
        self.process.join()
        self.connection.close()


class QueryPool:
    """Worker processes answering queries over the graph file, each query bounded by ``timeout`` seconds and each
    worker's memory by ``max_memory`` bytes beyond the graph's."""

    def __init__(
        self,
        graph_file: Path,
        *,
        workers: int = 1,
        timeout: float = 30.0,
        max_bytes: int = 50_000_000,
        allowed_hosts: Sequence[str] = (),
        load_timeout: float = 600.0,
        max_memory: int | None = None,
    ) -> None:
        self.graph_file = graph_file
        self.max_memory = max_memory
        self.timeout = timeout
        self.max_bytes = max_bytes
        self.allowed_hosts = tuple(allowed_hosts)
        self.load_timeout = load_timeout
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.stopped = 0
        started = [_Worker(graph_file, max_memory) for _ in range(max(1, workers))]
        for worker in started:
            worker.wait_ready(load_timeout)
            self.idle.put(worker)

    def _replace(self) -> None:
        worker = _Worker(self.graph_file, self.max_memory)
        worker.wait_ready(self.load_timeout)
        self.idle.put(worker)

    def answer(self, query: str, accept: str, default_graphs: Sequence[str] = (), named_graphs: Sequence[str] = ()) -> Answer:
        """Run a query as the SPARQL Protocol asks: the result in the negotiated format, or an error answer."""
        query = normalized(query)  # what is checked is what is run
        refused = refusal(query, self.allowed_hosts) or _graph_refusal(default_graphs, named_graphs)
        if refused is not None:
            return refused
        request = {
            "query": query,
            "accept": accept,
            "default_graphs": list(default_graphs),
            "named_graphs": list(named_graphs),
            "max_bytes": self.max_bytes,
        }
        worker = self.idle.get()
        message = f"the query was stopped: it ran longer than {self.timeout:g} s (the server's --timeout)"
        try:
            worker.connection.send(request)
            if worker.connection.poll(self.timeout):
                status, media, body = worker.connection.recv()
                self.idle.put(worker)
                return Answer(status, media, body)
        except (EOFError, OSError) as error:
            message = f"the query worker failed ({error or 'it exited'}); it is being restarted"
            if self.max_memory is not None:
                message += f"; a query may use {self.max_memory >> 20} MiB (the server's --max-query-memory)"
        worker.stop()
        self.stopped += 1
        threading.Thread(target=self._replace, daemon=True).start()
        return Answer.error(503, message)

    def close(self) -> None:
        while not self.idle.empty():
            self.idle.get().stop()
