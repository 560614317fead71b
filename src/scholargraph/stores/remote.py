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

import base64
import copy
import hashlib
import os
import re
import secrets
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence

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

from ..errors import QueryError, StoreError
from . import GraphStore, Rows
from .oxigraph import solutions_to_rows

__all__ = ["DEFAULT_GRAPH", "PASSWORD_VARIABLE", "USER_VARIABLE", "RemoteStore"]

USER_VARIABLE = "SCHOLARGRAPH_ENDPOINT_USER"
PASSWORD_VARIABLE = "SCHOLARGRAPH_ENDPOINT_PASSWORD"
DEFAULT_GRAPH = "urn:x-scholargraph:default-graph"
_UPDATE_BATCH = 20_000


_WHERE = re.compile(r"\bWHERE\s*\{|\{", re.IGNORECASE)
"""Where a query's WHERE clause begins: its dataset clauses go just before."""


class RemoteStore(GraphStore):
    """A SPARQL 1.1 server at ``endpoint``; the named graphs it loaded (and ``graphs``) are the ones it clears,
    and with the sources described in the default graph, the ones ``quads`` reads."""

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
        self.dataset: list[str] = []
        """The graphs queries are narrowed to (``project_view``); none: the server's whole dataset."""
        handlers: list[urllib.request.BaseHandler] = []
        user, password = os.environ.get(USER_VARIABLE), os.environ.get(PASSWORD_VARIABLE)
        self._credentials = (user, password or "") if user is not None else None
        if user is not None:
            passwords = urllib.request.HTTPPasswordMgrWithDefaultRealm()
            for url in {endpoint, self.update_endpoint, graph_store or endpoint}:
                passwords.add_password(None, url, user, password or "")
            handlers += [urllib.request.HTTPDigestAuthHandler(passwords), urllib.request.HTTPBasicAuthHandler(passwords)]
        self.opener = urllib.request.build_opener(*handlers)

    def _authorization(self, url: str, method: str) -> dict[str, str]:
        """An Authorization header answering the server's challenge for ``url``, asked with a bodiless GET.

        Sent with the write itself, so a large body goes once: answering the challenge after
        sending it (as urllib does) breaks the pipe when the server closes early.
        """
        if self._credentials is None:
            return {}
        try:
            with urllib.request.urlopen(urllib.request.Request(url, method="GET"), timeout=self.timeout):
                return {}
        except urllib.error.HTTPError as error:
            challenge = error.headers.get("WWW-Authenticate", "") if error.code == 401 else ""
        except (urllib.error.URLError, OSError) as error:
            raise StoreError(f"{url}: cannot reach the SPARQL server ({error})") from None
        user, password = self._credentials
        scheme, _, fields = challenge.partition(" ")
        if scheme.lower() == "basic":
            return {"Authorization": "Basic " + base64.b64encode(f"{user}:{password}".encode()).decode()}
        if scheme.lower() != "digest":
            return {}
        asked = urllib.request.parse_keqv_list(urllib.request.parse_http_list(fields))
        parts = urllib.parse.urlsplit(url)
        uri = parts.path + (f"?{parts.query}" if parts.query else "")
        cnonce, count = secrets.token_hex(8), "00000001"

        def md5(text: str) -> str:
            return hashlib.md5(text.encode("utf-8"), usedforsecurity=False).hexdigest()

        known = md5(f"{user}:{asked.get('realm', '')}:{password}")
        wanted = md5(f"{method}:{uri}")
        nonce = asked.get("nonce", "")
        if "auth" in asked.get("qop", "").split(","):
            response = md5(f"{known}:{nonce}:{count}:{cnonce}:auth:{wanted}")
            qop = f', qop=auth, nc={count}, cnonce="{cnonce}"'
        else:
            response, qop = md5(f"{known}:{nonce}:{wanted}"), ""
        opaque = f', opaque="{asked["opaque"]}"' if "opaque" in asked else ""
        header = (
            f'Digest username="{user}", realm="{asked.get("realm", "")}", nonce="{nonce}", uri="{uri}", response="{response}"'
        )
        return {"Authorization": header + qop + opaque + ', algorithm="MD5"'}

    def _send(
        self, url: str, body: bytes, content_type: str, *, method: str = "POST", accept: str = "*/*", write: bool = True
    ) -> bytes:
        headers = {"Content-Type": content_type, "Accept": accept}
        if write:
            headers |= self._authorization(url, method)
        request = urllib.request.Request(url, data=body, method=method, headers=headers)
        try:
            with self.opener.open(request, timeout=self.timeout) as response:
                return bytes(response.read())
        except urllib.error.HTTPError as error:
            detail = error.read().decode("utf-8", "replace").strip()[:600]
            hint = f"; set {USER_VARIABLE} and {PASSWORD_VARIABLE}" if error.code in (401, 403) else ""
            raise StoreError(f"{url}: the server answered {error.code} {error.reason}{hint}: {detail}") from None
        except (urllib.error.URLError, OSError) as error:
            raise StoreError(f"{url}: cannot reach the SPARQL server ({error})") from None

    def project_view(self) -> RemoteStore:
        """This server's store with every query run on the project's graphs alone (``FROM`` and ``FROM NAMED`` each
        of them): the server's other graphs (its system graphs, other datasets) are not the project's, and the
        default graph of the query is their merge, each triple once however many graphs hold it."""
        view = copy.copy(self)
        view.dataset = sorted({DEFAULT_GRAPH, *self.graphs, *self.source_states()})
        return view

    def select(self, query: str) -> Rows:
        if self.dataset:
            clauses = " ".join(f"FROM <{name}> FROM NAMED <{name}>" for name in self.dataset)
            query = _WHERE.sub(lambda match: f"{clauses} {match.group()}", query, count=1)
        body = urllib.parse.urlencode({"query": query}).encode("utf-8")
        data = self._send(
            self.endpoint, body, "application/x-www-form-urlencoded", accept="application/sparql-results+json", write=False
        )
        try:
            solutions = parse_query_results(data, format=QueryResultsFormat.JSON)
        except SyntaxError as error:
            raise StoreError(f"{self.endpoint}: the answer is not SPARQL JSON results: {error}") from None
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
                body = serialize(triples, format=RdfFormat.N_TRIPLES) or b""
                self._send(self._graph_url(name), body, "application/n-triples", method="PUT" if replace else "POST")
            else:
                graph = str(NamedNode(name))
                if replace:
                    self.update(f"DROP SILENT GRAPH {graph}")
                for start in range(0, len(triples), _UPDATE_BATCH):
                    data = (serialize(triples[start : start + _UPDATE_BATCH], format=RdfFormat.N_TRIPLES) or b"").decode()
                    self.update(f"INSERT DATA {{ GRAPH {graph} {{\n{data}}} }}")
            self.graphs.add(name)

    def clear(self) -> None:
        """Drop the graphs this store loaded or was given; the server's other graphs stay."""
        for name in sorted(self.graphs):
            if self.graph_store:
                try:
                    self._send(self._graph_url(name), b"", "application/n-triples", method="DELETE")
                except StoreError as error:
                    if " 404 " not in str(error):  # already gone
                        raise
            else:
                self.update(f"DROP SILENT GRAPH {NamedNode(name)}")
        self.graphs.clear()

    def drop_graph(self, graph: NamedNode) -> None:
        self.update(f"DROP SILENT GRAPH {graph}")
        self.update(f"DELETE WHERE {{ GRAPH <{DEFAULT_GRAPH}> {{ {graph} ?p ?o }} }}")
        self.graphs.discard(graph.value)

    def set_state(self, state: Quad) -> None:
        self.update(f"DELETE WHERE {{ GRAPH <{DEFAULT_GRAPH}> {{ {state.subject} {state.predicate} ?o }} }}")
        self.add_quads([state])

    def quads(self) -> Iterator[Quad]:
        """The quads of the project's graphs, one graph at a time: the file's default graph (kept in
        ``DEFAULT_GRAPH``), the source graphs it describes, and those this store loaded or was given.
        The server's other graphs (its own, other datasets') are not the project's and are left out."""
        for name in sorted({DEFAULT_GRAPH, *self.graphs, *self.source_states()}):
            graph = NamedNode(name)
            held = DefaultGraph() if name == DEFAULT_GRAPH else graph
            for subject, predicate, obj in self.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {graph} {{ ?s ?p ?o }} }}").rows:
                yield Quad(subject, predicate, obj, held)  # type: ignore[arg-type]

    def _graph_url(self, name: str) -> str:
        return f"{self.graph_store}?{urllib.parse.urlencode({'graph': name})}"
