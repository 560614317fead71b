"""``scholargraph serve``: one local HTTP server for the SPARQL 1.1 Protocol and the linked-data site.

* ``/sparql``: queries by GET (``?query=``) and POST (form or ``application/sparql-query``),
  results by ``Accept`` (or ``format=``); updates answer 403; with no query, a browser
  gets a query page that works offline.
* Every IRI the graph mints under the base (``/person/qianru-sun``,
  ``/work/x/authorship/2``) answers 303 See Other to its ``.html``, ``.ttl``,
  ``.jsonld``, ``.nt`` or ``.rdf`` by ``Accept``; those, the index, the dumps and
  ``void.ttl`` are the documents ``scholargraph site`` writes, rendered when first
  asked for and kept in a bounded cache, so the server answers as soon as the graph
  is loaded, whatever its size.

The server speaks HTTP/1.1 from Python's standard library: it is for a lab's machine or
behind a reverse proxy, not for the open internet without one.
"""

from __future__ import annotations

import contextlib
import posixpath
import socket
import sys
import threading
from collections.abc import Callable, Mapping
from functools import lru_cache
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib import resources
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlsplit

from ..query.endpoint import SHORT_FORMATS, Answer, QueryPool, negotiate
from .dump import EXPORT_FORMATS
from .site import REPRESENTATIONS, SiteDocuments

__all__ = ["CACHED_DOCUMENTS", "MAX_REQUEST_BYTES", "SparqlServer", "start"]

MAX_REQUEST_BYTES = 1_000_000
"""The largest request body read; a query is text, so this is generous."""

CACHED_DOCUMENTS = 2048
"""Rendered documents kept in memory (least recently used dropped first)."""

_MEDIA_TYPES = dict(EXPORT_FORMATS.values()) | REPRESENTATIONS


IDLE_SECONDS = 30
"""How long a connection may sit without sending a byte before it is closed."""
REQUEST_SECONDS = 30.0
"""How long a client may take to send a whole request (line, headers and body, the wait before it included): a client
trickling a byte now and then would otherwise hold a connection, and a thread, for ever."""


class SparqlServer(ThreadingHTTPServer):
    """The HTTP server: a ``QueryPool`` for /sparql and the site's documents, rendered on demand, by path."""

    daemon_threads = True
    request_queue_size = 128  # many clients at once wait in the kernel's queue, not for a retry

    def __init__(
        self, address: tuple[str, int], pool: QueryPool, site: SiteDocuments, request_seconds: float = REQUEST_SECONDS
    ) -> None:
        super().__init__(address, _Handler)
        self.pool = pool
        self.request_seconds = request_seconds
        self.site = site
        self.document: Callable[[str], bytes | None] = lru_cache(maxsize=CACHED_DOCUMENTS)(site.document)
        self.query_page = (resources.files("scholargraph") / "templates" / "sparql.html").read_bytes()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that went away or stalled is no error of the server's: not logged."""
        if isinstance(sys.exc_info()[1], BrokenPipeError | ConnectionResetError | TimeoutError):
            return
        super().handle_error(request, client_address)

    @property
    def url(self) -> str:
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}/"


_PAGE_POLICY = (
    "default-src 'none'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
)
"""What a page served here may do: run its own scripts and styles, talk to this server, nothing beyond it."""
_UPDATE_REFUSED = Answer.error(403, "this endpoint is read-only: SPARQL updates are refused")
"""The answer to an update sent as one (``update=``, ``application/sparql-update``)."""
_CORS = {"Access-Control-Allow-Origin": "*", "Access-Control-Allow-Methods": "GET, POST, OPTIONS"}
"""Any site may query the read-only endpoint, as public SPARQL endpoints allow."""


class _Handler(BaseHTTPRequestHandler):
    server: SparqlServer
    protocol_version = "HTTP/1.1"
    server_version = "scholargraph"
    timeout = IDLE_SECONDS  # a connection that sends nothing (or half a request) is closed, not held

    def log_message(self, format: str, *args: object) -> None:
        pass

    def handle_one_request(self) -> None:
        """One request, which must arrive whole within the server's ``request_seconds``, else the connection is closed."""
        self._cut = False
        self._deadline = threading.Timer(self.server.request_seconds, self._hang_up)
        self._deadline.daemon = True
        self._deadline.start()
        try:
            super().handle_one_request()
        finally:
            self._deadline.cancel()

    def _hang_up(self) -> None:
        self._cut = self.close_connection = True
        with contextlib.suppress(OSError):  # already closed
            self.connection.shutdown(socket.SHUT_RDWR)  # the read waiting for the rest of the request ends

    def parse_request(self) -> bool:
        """The request line and headers; a head cut off at the deadline is not answered."""
        return super().parse_request() and not self._cut

    def _received(self) -> None:
        """The whole request is in: answering it (a query may run up to its own timeout) is not bound by the deadline."""
        self._deadline.cancel()

    def _send(self, answer: Answer, headers: Mapping[str, str] | None = None) -> None:
        self.send_response(answer.status)
        self.send_header("Content-Type", answer.media_type)
        self.send_header("Content-Length", str(len(answer.body)))
        self.send_header("Vary", "Accept")
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Referrer-Policy", "no-referrer")
        if answer.media_type.startswith("text/html"):
            self.send_header("Content-Security-Policy", _PAGE_POLICY)
            self.send_header("X-Frame-Options", "DENY")
        if urlsplit(self.path).path == "/sparql":
            for name, value in _CORS.items():
                self.send_header(name, value)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            try:
                self.wfile.write(answer.body)
            except (BrokenPipeError, ConnectionResetError):  # the client left: nothing to answer, nothing to log
                self.close_connection = True

    def do_OPTIONS(self) -> None:
        """A browser's preflight before a cross-site query."""
        self._received()
        headers = {"Access-Control-Allow-Headers": "Content-Type, Accept", "Access-Control-Max-Age": "86400"}
        self._send(Answer(204, "text/plain; charset=utf-8", b""), headers)

    def do_HEAD(self) -> None:
        self.do_GET()

    def do_GET(self) -> None:
        self._received()
        parts = urlsplit(self.path)
        path = unquote(parts.path)
        if path == "/sparql":
            params = parse_qs(parts.query, keep_blank_values=True)
            if "update" in params:
                self._send(_UPDATE_REFUSED)
            elif "query" not in params:
                self._send(Answer(200, "text/html; charset=utf-8", self.server.query_page))
            else:
                self._query(params)
            return
        self._site(path)

    def do_POST(self) -> None:
        parts = urlsplit(self.path)
        if unquote(parts.path) != "/sparql":
            self._send(Answer.error(405, "only /sparql takes POST"), {"Allow": "GET, HEAD"})
            return
        written = (self.headers.get("Content-Length") or "0").strip()
        if not written.isdigit():
            self.close_connection = True
            self._send(Answer.error(400, f"Content-Length must be a number of bytes, not {written[:40]!r}"))
            return
        length = int(written)
        if length > MAX_REQUEST_BYTES:
            self.close_connection = True
            self._send(Answer.error(413, f"the request is larger than {MAX_REQUEST_BYTES} bytes"))
            return
        raw = self.rfile.read(length)
        self._received()
        if len(raw) < length:  # the connection ended (or was cut at the deadline) before the body did: no one to answer
            self.close_connection = True
            return
        body = raw.decode("utf-8", "replace")
        content_type = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(parts.query, keep_blank_values=True)
        if content_type == "application/sparql-update":
            self._send(_UPDATE_REFUSED)
        elif content_type == "application/sparql-query":
            self._query({**params, "query": [body]})
        elif content_type == "application/x-www-form-urlencoded":
            form = parse_qs(body, keep_blank_values=True)
            if "update" in form:
                self._send(_UPDATE_REFUSED)
            else:
                self._query({**params, **form})
        else:
            self._send(
                Answer.error(415, "send the query as application/sparql-query or application/x-www-form-urlencoded (query=…)")
            )

    def _query(self, params: Mapping[str, list[str]]) -> None:
        queries = params.get("query", [])
        if len(queries) != 1 or not queries[0].strip():
            self._send(Answer.error(400, "give exactly one query (the query parameter, or the body of a POST)"))
            return
        accept = self.headers.get("Accept") or ""
        if params.get("format"):
            accept = SHORT_FORMATS.get(params["format"][0], params["format"][0])
        answer = self.server.pool.answer(
            queries[0], accept, params.get("default-graph-uri", []), params.get("named-graph-uri", [])
        )
        self._send(answer)

    def _site(self, path: str) -> None:
        relative = path.lstrip("/") or "index.html"
        if self.server.site.described.node(relative) is not None:
            accept = self.headers.get("Accept") or ""
            media = negotiate(accept, list(REPRESENTATIONS.values())) or "text/html"
            suffix = next(suffix for suffix, offered in REPRESENTATIONS.items() if offered == media)
            target = "/" + relative + suffix
            self._send(Answer(303, "text/plain; charset=utf-8", f"See {target}\n".encode()), {"Location": target})
            return
        content = self.server.document(relative)
        if content is not None:
            media = _MEDIA_TYPES.get(posixpath.splitext(relative)[1], "application/octet-stream")
            charset = "; charset=utf-8" if media.startswith("text/") else ""
            self._send(Answer(200, media + charset, content))
            return
        self._send(Answer.error(404, f"nothing at {path}; the index is at /"))


def start(
    graph_file: Path,
    site: SiteDocuments,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    workers: int = 2,
    timeout: float = 30.0,
    max_bytes: int = 50_000_000,
    allowed_hosts: tuple[str, ...] = (),
    max_memory: int | None = None,
    request_seconds: float = REQUEST_SECONDS,
) -> SparqlServer:
    """A server bound to ``host:port`` (0: a free port), its query workers loaded; call ``serve_forever``."""
    pool = QueryPool(
        graph_file, workers=workers, timeout=timeout, max_bytes=max_bytes, allowed_hosts=allowed_hosts, max_memory=max_memory
    )
    try:
        return SparqlServer((host, port), pool, site, request_seconds)
    except OSError:
        pool.close()
        raise
