"""A SPARQL 1.1 server as the store: queries through the Protocol, loading through the
Graph Store Protocol (``graph_store`` URL) or else SPARQL Update.

Credentials come from the environment, never from the command line:
``SCHOLARGRAPH_ENDPOINT_USER`` and ``SCHOLARGRAPH_ENDPOINT_PASSWORD`` (HTTP digest or
basic auth, whichever the server asks for). The file's default graph is kept on the
server in the named graph ``DEFAULT_GRAPH`` (servers differ in whether the Graph Store
Protocol may write theirs); queries are sent without a dataset, so they run on the
server's default graph, which Virtuoso and most servers make the union of all graphs.
"""

from __future__ import annotations

import os
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Iterable, Sequence

from pyoxigraph import (
    DefaultGraph,
    NamedNode,
    Quad,
    QueryResultsFormat,
    QuerySolutions,
    RdfFormat,
    parse_query_results,
    serialize,
)

from ..errors import QueryError
from . import GraphStore, Rows
from .oxigraph import solutions_to_rows

__all__ = ["DEFAULT_GRAPH", "PASSWORD_VARIABLE", "USER_VARIABLE", "RemoteStore"]

USER_VARIABLE = "SCHOLARGRAPH_ENDPOINT_USER"
PASSWORD_VARIABLE = "SCHOLARGRAPH_ENDPOINT_PASSWORD"
DEFAULT_GRAPH = "urn:x-scholargraph:default-graph"
_UPDATE_BATCH = 20_000


class RemoteStore(GraphStore):
    """A SPARQL 1.1 server at ``endpoint``; the named graphs it loaded (and ``graphs``) are the ones it clears."""

    kind = "remote"

    def __init__(
        self,
        endpoint: str,
        *,
        update_endpoint: str | None = None,
        graph_store: str | None = None,
        graphs: Sequence[str] = (),
        timeout: float = 600.0,
    ) -> None:
        self.endpoint = endpoint
        self.update_endpoint = update_endpoint or endpoint
        self.graph_store = graph_store
        self.graphs = set(graphs)
        self.timeout = timeout
        handlers: list[urllib.request.BaseHandler] = []
        user, password = os.environ.get(USER_VARIABLE), os.environ.get(PASSWORD_VARIABLE)
        if user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in {endpoint, self.update_endpoint, graph_store or endpoint}:
                passwords.add_password(None, url, user, password or "")
            handlers += [urllib.request.HTTPDigestAuthHandler(passwords), urllib.request.HTTPBasicAuthHandler(passwords)]
        self.opener = urllib.request.build_opener(*handlers)

    def _send(self, url: str, body: bytes, content_type: str, *, method: str = "POST", accept: str = "*/*") -> bytes:
        request = urllib.request.Request(url, data=body, method=method, headers={"Content-Type": content_type, "Accept": accept})
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                return bytes(response.read())
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace").strip()[:600]
            hint = f"; set {USER_VARIABLE} and {PASSWORD_VARIABLE}" if error.code in (401, 403) else ""
            raise QueryError(f"{url}: the server answered {error.code} {error.reason}{hint}: {detail}") from None
        except (urllib.error.URLError, OSError) as error:
            raise QueryError(f"{url}: cannot reach the SPARQL server ({error})") from None

    def select(self, query: str) -> Rows:
        body = urllib.parse.urlencode({"query": query}).encode("utf-8")
        data = self._send(self.endpoint, body, "application/x-www-form-urlencoded", accept="application/sparql-results+json")
        try:
            solutions = parse_query_results(data, format=QueryResultsFormat.JSON)
        except SyntaxError as error:
            raise QueryError(f"{self.endpoint}: the answer is not SPARQL JSON results: {error}") from None
        if not isinstance(solutions, QuerySolutions):
            raise QueryError("only SELECT queries give rows")
        return solutions_to_rows(solutions)

    def update(self, update: str) -> None:
        """Run a SPARQL 1.1 Update on the server."""
        body = urllib.parse.urlencode({"update": update}).encode("utf-8")
        self._send(self.update_endpoint, body, "application/x-www-form-urlencoded")

    def add_quads(self, quads: Iterable[Quad], *, replace_graphs: bool = False) -> None:
        by_graph: defaultdict[str, list[Quad]] = defaultdict(list)
        for quad in quads:
            name = DEFAULT_GRAPH if isinstance(quad.graph_name, DefaultGraph) else quad.graph_name.value
            by_graph[name].append(quad)
        for name, graph_quads in by_graph.items():
            triples = [quad.triple for quad in graph_quads]
            replace = replace_graphs and name != DEFAULT_GRAPH
            if self.graph_store:
                url = f"{self.graph_store}?{urllib.parse.urlencode({'graph': name})}"
                body = serialize(triples, format=RdfFormat.N_TRIPLES) or b""
                self._send(url, body, "application/n-triples", method="PUT" if replace else "POST")
            else:
                graph = str(NamedNode(name))
                if replace:
                    self.update(f"DROP SILENT GRAPH {graph}")
                for start in range(0, len(triples), _UPDATE_BATCH):
                    data = (serialize(triples[start : start + _UPDATE_BATCH], format=RdfFormat.N_TRIPLES) or b"").decode()
                    self.update(f"INSERT DATA {{ GRAPH {graph} {{\n{data}}} }}")
            self.graphs.add(name)

    def clear(self) -> None:
        for name in sorted(self.graphs):
            self.update(f"DROP SILENT GRAPH {NamedNode(name)}")
        self.graphs.clear()
