"""``scholargraph serve``: the real server on a free loopback port, spoken to with urllib as any SPARQL client would."""

from __future__ import annotations

import contextlib
import csv
import io
import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest
import rdflib

from conftest import Cli
from linked_data_project import BASE, make_project, minted_iris

FOAF = "http://xmlns.com/foaf/0.1/"
PEOPLE = f"SELECT DISTINCT ?person ?name WHERE {{ ?person a <{FOAF}Person> ; <{FOAF}name> ?name }}"
# Three unconstrained patterns over ~5,000 triples: 10^11 rows to count, far beyond the server's one-second bound.
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
PERSON = f"{BASE}person/qianru-sun"


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: bytes


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


_OPENER = urllib.request.build_opener(_NoRedirect)


@pytest.fixture(scope="module")
def project(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_project(tmp_path_factory.mktemp("serve"), cli)


@dataclass
class Server:
    url: str
    pid: int
    log: str = ""
    """What the server wrote to its standard error after its first line, once it has stopped."""

    def workers(self) -> set[int]:
        """The query worker processes running now (children of the server started by multiprocessing)."""
        found = set()
        for entry in Path("/proc").iterdir():
            try:
                stat = (entry / "stat").read_text()
                command = (entry / "cmdline").read_bytes()
            except (OSError, ValueError):
                continue
            parent = int(stat.rsplit(")", 1)[1].split()[1])
            if parent == self.pid and b"spawn_main" in command:
                found.add(int(entry.name))
        return found

    def running_workers(self) -> set[int]:
        """The query workers running (not waiting for a query) now."""
        found = set()
        for pid in self.workers():
            try:
                if (Path("/proc") / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()[0] == "R":
                    found.add(pid)
            except OSError:
                continue
        return found


@contextmanager
def serving(project: Path, *options: str) -> Iterator[Server]:
    """The server on the project (a one-second query timeout unless ``options`` say otherwise); the process and its
    workers are stopped afterwards."""
    process = subprocess.Popen(
        [sys.executable, "-m", "scholargraph", "serve", "-C", str(project), "--port", "0", "--timeout", "1", *options],
        stderr=subprocess.PIPE,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
    )
    assert process.stderr is not None
    line = process.stderr.readline().decode()
    match = re.search(r"at (http://127\.0\.0\.1:\d+/) ", line)
    assert match, line
    started = Server(match[1], process.pid)
    try:
        yield started
    finally:  # a failing test stops its server too
        workers = started.workers()
        process.send_signal(signal.SIGTERM)
        stopped = process.wait(timeout=20)
    assert stopped == 0
    started.log = process.stderr.read().decode(errors="replace")
    assert not any(Path(f"/proc/{pid}").exists() for pid in workers)


@pytest.fixture(scope="module")
def running(project: Path) -> Iterator[Server]:
    with serving(project) as started:
        yield started


@pytest.fixture(scope="module")
def server(running: Server) -> str:
    """The server's root URL."""
    return running.url


def request(url: str, *, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None) -> Reply:
    try:
        with _OPENER.open(urllib.request.Request(url, data=data, headers=headers or {}, method=method), timeout=60) as response:
            return Reply(response.status, dict(response.headers), response.read())
    except urllib.error.HTTPError as error:
        return Reply(error.code, dict(error.headers), error.read())


def get_query(server: str, query: str, accept: str) -> Reply:
    return request(f"{server}sparql?{urllib.parse.urlencode({'query': query})}", headers={"Accept": accept})


@pytest.fixture(scope="module")
def expected_people(project: Path) -> set[tuple[str, str]]:
    """The people and names, counted by rdflib from the built file (not through the server)."""
    dataset = rdflib.Dataset().parse(project / "build" / "graph.trig", format="trig")
    foaf = rdflib.Namespace("http://xmlns.com/foaf/0.1/")
    return {
        (str(s), str(o))
        for s, _, _, _ in dataset.quads((None, rdflib.RDF.type, foaf.Person, None))
        for _, _, o, _ in dataset.quads((s, foaf.name, None, None))
    }


def test_select_by_get_in_every_results_format(server: str, expected_people: set[tuple[str, str]]) -> None:
    reply = get_query(server, PEOPLE, "application/sparql-results+json")
    assert reply.status == 200 and reply.headers["Content-Type"].startswith("application/sparql-results+json")
    rows = json.loads(reply.body)["results"]["bindings"]
    assert {(r["person"]["value"], r["name"]["value"]) for r in rows} == expected_people

    reply = get_query(server, PEOPLE, "application/sparql-results+xml")
    assert reply.headers["Content-Type"].startswith("application/sparql-results+xml")
    ns = {"r": "http://www.w3.org/2005/sparql-results#"}
    results = ET.fromstring(reply.body).findall(".//r:result", ns)
    found = {tuple(b.find("*", ns).text for b in result.findall("r:binding", ns)) for result in results}  # type: ignore[union-attr]
    assert found == expected_people

    reply = get_query(server, PEOPLE, "text/csv")
    assert reply.headers["Content-Type"].startswith("text/csv")
    table = list(csv.reader(io.StringIO(reply.body.decode())))
    assert table[0] == ["person", "name"] and {tuple(row) for row in table[1:]} == expected_people

    reply = get_query(server, PEOPLE, "text/tab-separated-values")
    lines = reply.body.decode().splitlines()
    assert lines[0] == "?person\t?name" and len(lines) == len(expected_people) + 1
    assert f'<{PERSON}>\t"Qianru Sun"' in lines


def test_ask_and_q_values(server: str) -> None:
    reply = get_query(server, f"ASK {{ <{PERSON}> ?p ?o }}", "text/csv;q=0.5, application/sparql-results+json")
    assert reply.headers["Content-Type"].startswith("application/sparql-results+json")
    assert json.loads(reply.body) == {"head": {}, "boolean": True}


def test_select_by_post_form_and_by_post_body(server: str, expected_people: set[tuple[str, str]]) -> None:
    for data, content_type in (
        (urllib.parse.urlencode({"query": PEOPLE}).encode(), "application/x-www-form-urlencoded"),
        (PEOPLE.encode(), "application/sparql-query"),
    ):
        reply = request(f"{server}sparql", data=data, headers={"Content-Type": content_type, "Accept": "application/json"})
        assert reply.status == 200, reply.body
        rows = json.loads(reply.body)["results"]["bindings"]
        assert len(rows) == len(expected_people)


@pytest.mark.parametrize(
    ("accept", "parser"), [("text/turtle", "turtle"), ("application/n-triples", "nt"), ("application/ld+json", "json-ld")]
)
def test_construct_by_accept(server: str, project: Path, accept: str, parser: str) -> None:
    reply = get_query(server, f"CONSTRUCT WHERE {{ <{PERSON}> ?p ?o }}", accept)
    assert reply.status == 200 and reply.headers["Content-Type"].startswith(accept)
    graph = rdflib.Graph().parse(data=reply.body, format=parser)
    expected = rdflib.Graph().parse(project / "build" / "graph.ttl", format="turtle")
    assert set(graph) == set(expected.triples((rdflib.URIRef(PERSON), None, None))) and len(graph) > 5


def test_describe_gives_rdf(server: str) -> None:
    reply = get_query(server, f"DESCRIBE <{PERSON}>", "text/turtle")
    graph = rdflib.Graph().parse(data=reply.body, format="turtle")
    assert (rdflib.URIRef(PERSON), rdflib.URIRef("http://xmlns.com/foaf/0.1/name"), rdflib.Literal("Qianru Sun")) in graph


def test_a_format_it_cannot_give_is_406(server: str) -> None:
    assert get_query(server, PEOPLE, "text/turtle").status == 406
    assert get_query(server, f"CONSTRUCT WHERE {{ <{PERSON}> ?p ?o }}", "text/csv").status == 406


def test_updates_are_refused(server: str) -> None:
    insert = f'INSERT DATA {{ <{PERSON}> <http://xmlns.com/foaf/0.1/name> "Someone Else" }}'
    replies = [
        request(f"{server}sparql", data=urllib.parse.urlencode({"update": insert}).encode()),
        request(f"{server}sparql", data=insert.encode(), headers={"Content-Type": "application/sparql-update"}),
        request(f"{server}sparql?{urllib.parse.urlencode({'update': insert})}"),
        get_query(server, "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\n" + insert, "application/json"),
    ]
    for reply in replies:
        assert reply.status == 403 and b"read-only" in reply.body
    names = json.loads(get_query(server, f"SELECT ?n {{ <{PERSON}> <http://xmlns.com/foaf/0.1/name> ?n }}", "").body)
    assert [row["n"]["value"] for row in names["results"]["bindings"]] == ["Qianru Sun"]


@contextmanager
def listener() -> Iterator[tuple[str, list[str]]]:
    """A web server on loopback that answers every request with an HTML page (no SPARQL results): its SPARQL URL,
    and the requests it got."""
    import http.server
    import threading

    hits: list[str] = []

    class Page(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            hits.append(f"{self.command} {self.path}")
            body = b"<html><body>not SPARQL results</body></html>"
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        do_POST = do_GET

        def log_message(self, *args: object) -> None:
            pass

    listening = http.server.HTTPServer(("127.0.0.1", 0), Page)
    threading.Thread(target=listening.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{listening.server_address[1]}/sparql", hits
    finally:
        listening.shutdown()
        listening.server_close()


def test_service_spelled_any_way_makes_no_request_to_another_host(server: str) -> None:
    with listener() as (target, hits):
        for query in (
            f"SELECT * {{ SERVICE<{target}> {{ ?s ?p ?o }} }}",
            f"SELECT * {{ # x\rSERVICE <{target}> {{ ?s ?p ?o }} }}",
            f"select * {{ service silent <{target}> {{ ?s ?p ?o }} }}",
        ):
            reply = get_query(server, query, "application/json")
            assert reply.status == 403 and b"SERVICE" in reply.body, (query, reply.body)
    assert hits == []


def test_service_to_another_host_is_refused(server: str) -> None:
    reply = get_query(server, "SELECT * { SERVICE <http://sparql.example.net/q> { ?s ?p ?o } }", "application/json")
    assert reply.status == 403 and b"--allow-service" in reply.body
    quoted = get_query(server, 'SELECT ("SERVICE <http://x.example/>" AS ?text) {}', "application/json")
    assert quoted.status == 200  # the word inside a string is not a SERVICE call


def test_a_query_running_too_long_is_stopped_and_the_server_goes_on(running: Server) -> None:
    server = running.url
    before = running.workers()
    assert len(before) == 2
    reply = get_query(server, RUNAWAY, "application/json")
    assert reply.status == 503 and b"stopped" in reply.body
    assert sum(Path(f"/proc/{pid}").exists() for pid in before) == 1  # the worker running it was killed, the other not
    after = get_query(server, f"ASK {{ <{PERSON}> ?p ?o }}", "application/json")
    assert after.status == 200 and json.loads(after.body)["boolean"] is True


def test_invalid_query_is_400_with_the_parser_message(server: str) -> None:
    reply = get_query(server, "SELECT ?x WHERE { ?x ", "application/json")
    assert reply.status == 400 and b"not valid SPARQL" in reply.body


@pytest.mark.parametrize(
    ("accept", "suffix", "media"),
    [
        ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", ".html", "text/html"),
        ("text/turtle", ".ttl", "text/turtle"),
        ("application/ld+json", ".jsonld", "application/ld+json"),
        ("", ".html", "text/html"),
    ],
)
def test_entity_iris_answer_303_by_accept(server: str, accept: str, suffix: str, media: str) -> None:
    reply = request(f"{server}person/qianru-sun", headers={"Accept": accept} if accept else {})
    assert reply.status == 303 and reply.headers["Location"] == f"/person/qianru-sun{suffix}"
    target = request(urllib.parse.urljoin(server, reply.headers["Location"]))
    assert target.status == 200 and target.headers["Content-Type"].startswith(media)
    if suffix == ".ttl":
        graph = rdflib.Graph().parse(data=target.body, format="turtle")
        assert (rdflib.URIRef(PERSON), None, None) in graph


def test_unknown_paths_are_404(server: str) -> None:
    assert request(f"{server}person/nobody-at-all").status == 404
    assert request(f"{server}person/nobody-at-all.ttl").status == 404
    assert request(f"{server}person/qianru-sun.txt").status == 404
    assert request(f"{server}.htaccess").status == 404
    assert request(f"{server}nginx-map.conf").status == 404
    for outside in ("..%2f..%2fgraph.trig", "%2e%2e/%2e%2e/etc/passwd", "dump/../../graph.trig"):  # nothing but the site
        assert request(f"{server}{outside}").status == 404, outside


RDF_PARSERS = {
    "text/turtle": "turtle",
    "application/ld+json": "json-ld",
    "application/n-triples": "nt",
    "application/rdf+xml": "xml",
}


def walk(server: str, iris: set[str], base: str) -> int:
    """Dereference every IRI in every format, as a linked-data client would; the documents checked."""
    checked = 0
    for iri in sorted(iris):
        path = "/" + iri[len(base) :]
        for media in ("text/html", *RDF_PARSERS):
            reply = request(server.rstrip("/") + path, headers={"Accept": media})
            assert reply.status == 303 and reply.headers["Vary"] == "Accept", (iri, media, reply.status)
            document = request(urllib.parse.urljoin(server, reply.headers["Location"]))
            assert document.status == 200 and document.headers["Content-Type"].startswith(media), (iri, media)
            if media == "text/html":
                assert iri.replace("&", "&amp;").encode() in document.body
            else:
                graph = rdflib.Graph().parse(data=document.body, format=RDF_PARSERS[media])
                node = rdflib.URIRef(iri)
                assert (node, None, None) in graph or (None, None, node) in graph, (iri, media)
            checked += 1
    return checked


def test_every_minted_iri_answers_in_every_format(server: str, project: Path) -> None:
    """All of them: people and works, and every authorship, link, advising relationship, award, talk, role, course…"""
    iris = minted_iris(project, BASE)
    assert len(iris) > 700
    assert walk(server, iris, BASE) == 5 * len(iris)


def test_every_iri_of_the_bundled_example_answers(published_example: Path) -> None:
    """The same walk on the bundled example, published with ``[publish] site = true``."""
    iris = minted_iris(published_example, "https://example.org/")
    with serving(published_example) as started:
        assert walk(started.url, iris, "https://example.org/") == 5 * len(iris)


def test_query_page_needs_no_network(server: str) -> None:
    reply = request(f"{server}sparql", headers={"Accept": "text/html"})
    assert reply.status == 200 and reply.headers["Content-Type"].startswith("text/html")
    page = reply.body.decode()
    assert "<textarea" in page
    assert not re.search(r"""<(script|link|img)[^>]+(src|href)=["']?(https?:)?//""", page)


VIVO_PREFIX = "PREFIX vivo: <http://vivoweb.org/ontology/core#>\n"


@pytest.mark.parametrize(
    ("query", "refused"),
    [
        (VIVO_PREFIX + "INSERT DATA { <urn:a> vivo:rank 1 }", True),  # the # in the prefix IRI starts no comment
        ("# INSERT DATA\nSELECT * { ?s ?p ?o }", False),
        ("DELETE WHERE { ?s ?p ?o }", True),
        (VIVO_PREFIX + "SELECT * { SERVICE <http://other.example/sparql#x> { ?s ?p ?o } }", True),
        ("SELECT * { SERVICE SILENT <http://other.example/sparql> { ?s ?p ?o } }", True),
        ("SELECT * { SERVICE ?where { ?s ?p ?o } }", True),
        ("SELECT * { ?s ?p 'SERVICE <http://other.example/>' } # SERVICE <http://other.example/>", False),
        ("SELECT * { ?s ?p ?o FILTER(?o < 3 && ?o > 1) }", False),
        ("SELECT * { SERVICE<http://other.example/sparql> { ?s ?p ?o } }", True),  # no space before the IRI
        ("SELECT * { # x\rSERVICE <http://other.example/sparql> { ?s ?p ?o } }", True),  # a comment a CR ends
        ("select * { service\tsilent<http://other.example/> { ?s ?p ?o } }", True),
        ("LOAD <http://other.example/data.ttl>", True),
    ],
)
def test_what_is_refused_before_running(query: str, refused: bool) -> None:
    from scholargraph.query.endpoint import refusal

    answer = refusal(query)
    assert (answer is not None and answer.status == 403) is refused


def test_an_allowed_host_may_be_queried_by_service() -> None:
    from scholargraph.query.endpoint import refusal

    query = "SELECT * { SERVICE <http://other.example/sparql> { ?s ?p ?o } }"
    assert refusal(query, ["other.example"]) is None
    assert refusal(query, ["another.example"]) is not None


def test_query_page_runs_a_query_in_a_real_browser_offline(server: str) -> None:
    """Chromium opens the query page, runs its example query and shows a table; nothing is fetched from elsewhere."""
    sync_api = pytest.importorskip("playwright.sync_api")
    chromium_path = shutil.which("chromium") or "/usr/bin/chromium"
    if not Path(chromium_path).exists():
        pytest.skip("Chromium is not installed; run tests/install-system-deps")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium_path, args=flags)
        try:
            page = browser.new_page()
            requests: list[str] = []
            errors: list[str] = []
            page.on("request", lambda request: requests.append(request.url))
            page.on("pageerror", lambda error: errors.append(str(error)))
            page.goto(f"{server}sparql")
            page.click("button[type=submit]")
            page.wait_for_selector("#results table tbody tr", timeout=30_000)
            header = page.inner_text("#results table thead")
            first = page.inner_text("#results table tbody tr >> nth=0")
        finally:
            browser.close()
    assert "name" in header and "works" in header
    assert "Qianru Sun" in first  # she is an author of every work on her homepage
    assert errors == []
    assert all(url.startswith(server) for url in requests), requests


def test_pages_carry_defence_headers_and_the_endpoint_answers_other_sites(server: str) -> None:
    page = request(server)
    assert page.status == 200 and page.headers["X-Content-Type-Options"] == "nosniff"
    policy = page.headers["Content-Security-Policy"]
    assert "default-src 'none'" in policy and "frame-ancestors 'none'" in policy and page.headers["X-Frame-Options"] == "DENY"
    answer = get_query(server, "ASK { ?s ?p ?o }", "application/sparql-results+json")
    assert answer.status == 200 and answer.headers["Access-Control-Allow-Origin"] == "*"
    assert "Content-Security-Policy" not in answer.headers  # data, not a page
    preflight = request(
        f"{server}sparql", method="OPTIONS", headers={"Origin": "https://other.example", "Access-Control-Request-Method": "POST"}
    )
    assert preflight.status == 204 and "POST" in preflight.headers["Access-Control-Allow-Methods"]


def test_a_malformed_content_length_is_a_400_and_the_server_goes_on(server: str) -> None:
    import socket

    host, port = urllib.parse.urlsplit(server).hostname, urllib.parse.urlsplit(server).port
    with socket.create_connection((host, port), timeout=30) as connection:
        connection.sendall(
            b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\nContent-Length: abc\r\n\r\n"
        )
        connection.shutdown(socket.SHUT_WR)
        reply = b"".join(iter(lambda: connection.recv(4096), b"")).decode("latin-1")  # headers and body may come apart
    assert reply.startswith("HTTP/1.1 400") and "Content-Length must be a number" in reply
    assert get_query(server, "ASK { ?s ?p ?o }", "application/sparql-results+json").status == 200


def test_a_query_wanting_more_memory_than_its_worker_may_use_is_stopped_and_the_next_is_answered(project: Path) -> None:
    """A worker's memory is capped beyond the graph's (``serve --max-query-memory``): a query that piles up a huge
    answer in memory ends that worker with a message naming the option, and a new worker answers the next query."""
    from scholargraph.query.endpoint import QueryPool

    hungry = "SELECT (GROUP_CONCAT(CONCAT(STR(?a), STR(?d))) AS ?all) WHERE { ?a ?b ?c . ?d ?e ?f }"
    pool = QueryPool(project / "build" / "graph.trig", timeout=120, max_memory=64 << 20)
    try:
        answer = pool.answer(hungry, "application/sparql-results+json")
        assert answer.status == 503, answer.body[:200]
        assert b"--max-query-memory" in answer.body
        after = pool.answer(f"ASK {{ <{PERSON}> ?p ?o }}", "application/sparql-results+json")
        assert after.status == 200 and json.loads(after.body)["boolean"] is True
    finally:
        pool.close()


def test_a_graph_parameter_that_is_no_iri_is_a_400_and_no_worker_is_lost(running: Server) -> None:
    before = running.workers()
    for parameter, written in (("default-graph-uri", "not an iri"), ("named-graph-uri", "<http://x.example/>")):
        query = urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }", parameter: written})
        reply = request(f"{running.url}sparql?{query}", headers={"Accept": "application/sparql-results+json"})
        assert reply.status == 400, reply.body
        assert f"{parameter} {written!r} is not an absolute IRI".encode() in reply.body
    assert running.workers() == before  # no worker died of it (and none is being reloaded)
    assert get_query(running.url, "ASK { ?s ?p ?o }", "application/sparql-results+json").status == 200


def test_an_allowed_service_that_fails_is_a_500_saying_why_and_a_long_query_holds_up_no_other(project: Path) -> None:
    """With SERVICE to loopback allowed, a service answering a web page is a 500 naming it, and the worker goes on;
    while one query runs long, another is answered by the second worker."""
    import threading

    with listener() as (target, hits), serving(project, "--allow-service", "127.0.0.1", "--timeout", "60") as started:
        before = started.workers()
        reply = get_query(started.url, f"SELECT * {{ SERVICE <{target}> {{ ?s ?p ?o }} }}", "application/json")
        assert reply.status == 500, reply.body
        assert f"the query failed while running: Unsupported Content-Type returned by service <{target}>".encode() in reply.body
        assert len(hits) == 1 and started.workers() == before  # asked once, as allowed; no worker lost

        long_reply: list[Reply] = []

        def ask_long() -> None:
            with contextlib.suppress(OSError):  # the server was stopped while it ran
                long_reply.append(get_query(started.url, RUNAWAY, "application/json"))

        running_long = threading.Thread(target=ask_long)
        running_long.start()
        while not started.running_workers():  # the long query has reached a worker
            assert running_long.is_alive()
            time.sleep(0.01)
        answer = get_query(started.url, f"ASK {{ <{PERSON}> ?p ?o }}", "application/sparql-results+json")
        assert answer.status == 200 and json.loads(answer.body)["boolean"] is True
        assert running_long.is_alive() and long_reply == []  # answered while the long query still ran


def test_a_request_not_sent_whole_in_time_is_closed_and_others_are_answered(project: Path) -> None:
    """A client that sends nothing, or trickles its headers a byte at a time, is cut off at the server's request
    deadline (one second here) without an answer; a client sending its request whole is answered."""
    import select
    import socket
    import threading

    from scholargraph.pipeline.project import Project
    from scholargraph.publish.server import start
    from scholargraph.publish.site import SiteDocuments
    from scholargraph.rdf.vocab import Minter
    from scholargraph.stores import read_quads

    graph = project / "build" / "graph.trig"
    site = SiteDocuments(read_quads(graph), Minter(BASE), Project.load(project).publish)
    server = start(graph, site, port=0, workers=1, request_seconds=1)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    address = server.server_address[:2]

    def closed(connection: socket.socket, trickle: bytes) -> bytes | None:
        """What the server sent before closing while ``trickle`` went out a byte at a time; ``None`` if it never closed."""
        for byte in [b""] + [trickle[at : at + 1] for at in range(len(trickle))]:
            connection.sendall(byte)
            if select.select([connection], [], [], 0.2)[0]:
                return connection.recv(4096)
        return None

    try:
        with socket.create_connection(address, timeout=10) as silent, socket.create_connection(address) as slow:
            slow.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n")
            assert closed(slow, b"X-Slow: " + b"x" * 200) == b""  # at 5 bytes a second: cut off long before the end
            assert silent.recv(4096) == b""  # closed, unanswered (the idle bound alone is 30 s)
        assert request(server.url).status == 200
    finally:
        server.shutdown()
        server.server_close()
        server.pool.close()


def test_malformed_requests_are_answered_and_clients_that_leave_are_not_logged(project: Path) -> None:
    """Garbage, a header line without a colon, a bad Content-Length or percent-escape each get an answer; clients that
    reset the connection in the middle of a large answer leave nothing in the log; the server goes on."""
    import socket
    import struct

    with serving(project, "--timeout", "30") as started:
        address = (urllib.parse.urlsplit(started.url).hostname, urllib.parse.urlsplit(started.url).port)
        for raw, status in (
            (b"\x16\x03\x01\x02\x00 not HTTP at all\r\n\r\n", b"400"),  # a TLS greeting, say
            (b"GET / HTTP/1.1\r\nHost: x\r\nno colon here\r\n\r\n", b"200"),  # the line is passed over
            (b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Length: -1\r\n\r\n", b"400"),
            (b"GET /sparql?query=%ZZ%C3 HTTP/1.1\r\nHost: x\r\n\r\n", b"400"),
        ):
            with socket.create_connection(address, timeout=30) as connection:
                connection.sendall(raw)
                connection.shutdown(socket.SHUT_WR)
                reply = b"".join(iter(lambda: connection.recv(4096), b""))
            assert re.search(rb"\b" + status + rb"\b", reply[:200]), (raw, reply[:200])
        large = urllib.parse.urlencode({"query": "SELECT * WHERE { ?a ?b ?c . ?d ?e ?f } LIMIT 50000"})
        for _ in range(5):
            connection = socket.create_connection(address, timeout=30)
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            connection.sendall(f"GET /sparql?{large} HTTP/1.1\r\nHost: x\r\nAccept: text/csv\r\n\r\n".encode())
            assert connection.recv(16).startswith(b"HTTP/1.1 200")
            connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))  # close with a reset
            connection.close()
        assert get_query(started.url, "ASK { ?s ?p ?o }", "application/sparql-results+json").status == 200
    assert "Traceback" not in started.log and "Error" not in started.log, started.log[-2000:]
