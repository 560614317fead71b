"""Side-by-side benchmark of linked data out: export per format, the site, and the SPARQL server.

Run from the repository root::

    python benchmarks/bench_export.py [--sizes 10000,100000] [--repeat 3] [--rdflib-max 100000]

Progress goes to stderr, the tables (markdown) to stdout. The graphs are the ones
``bench_graph.py`` makes (the bundled homepage's build copied until the union holds
``size`` distinct triples).

* **export**: ``scholargraph.publish.dump.export_bytes`` in each format against rdflib's
  ``serialize`` of the same graph (a ``Dataset`` for quad formats); each output is read
  back with pyoxigraph and compared with the graph ("same graph?").
* **site**: ``render_site`` (every document, dump and VoID) at each size.
* **server**: the same queries through ``scholargraph serve`` (HTTP on loopback, a worker
  process) and straight on an in-process Oxigraph store serializing the same JSON,
  medians of ``--repeat`` × 10 runs; and the time to replace a killed worker (it reloads
  the graph), which is what a stopped runaway query costs the next request.
* **first request**: ``scholargraph serve`` started as a command; the seconds from
  starting it to the answer of its first request (a person's IRI, its 303 followed to the
  Turtle), then of a page never asked for before and of the same page again (cached), and
  of a first SPARQL query. Medians of ``--repeat`` starts; the load average is printed
  beside them, since the machine's other work moves these figures.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parent)]

import pyoxigraph as ox  # noqa: E402
from bench_graph import homepage_quads, machine, make_graph  # noqa: E402
from rdflib import Dataset, Graph, Literal, URIRef  # noqa: E402

from scholargraph.publish.dump import EXPORT_FORMATS, QUAD_FORMATS, export_bytes  # noqa: E402
from scholargraph.publish.server import start  # noqa: E402
from scholargraph.publish.site import SiteDocuments, render_site  # noqa: E402
from scholargraph.rdf.vocab import DEFAULT_BASE, Minter  # noqa: E402
from scholargraph.stores.oxigraph import OxigraphStore  # noqa: E402

RDFLIB_FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "rdfxml": "xml"}
OX_FORMATS = {
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
}
QUERIES = {
    "ASK one person": f"ASK {{ <{DEFAULT_BASE}person/qianru-sun> ?p ?o }}",
    "people and names": (
        "SELECT DISTINCT ?p ?n WHERE { ?p a <http://xmlns.com/foaf/0.1/Person> ; <http://xmlns.com/foaf/0.1/name> ?n } "
        "ORDER BY ?p ?n"
    ),
    "co-author pairs": (
        "SELECT (COUNT(*) AS ?pairs) WHERE { SELECT DISTINCT ?a ?b WHERE { ?w <http://purl.org/dc/terms/creator> ?a, ?b "
        "FILTER(STR(?a) < STR(?b)) } }"
    ),
}


def say(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def median_seconds(fn: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        start = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def _rdflib_term(term: Any) -> Any:
    if isinstance(term, ox.NamedNode):
        return URIRef(term.value)
    if term.language:
        return Literal(term.value, lang=term.language)
    return Literal(term.value, datatype=URIRef(term.datatype.value))


def rdflib_forms(quads: list[ox.Quad]) -> tuple[Dataset, Graph]:
    dataset, union = Dataset(), Graph()
    for quad in quads:
        triple = (_rdflib_term(quad.subject), _rdflib_term(quad.predicate), _rdflib_term(quad.object))
        if isinstance(quad.graph_name, ox.DefaultGraph):
            dataset.default_graph.add(triple)
        else:
            dataset.graph(URIRef(quad.graph_name.value)).add(triple)
        union.add(triple)
    return dataset, union


def same_graph(data: bytes, name: str, quads: list[ox.Quad]) -> bool:
    back = set(ox.parse(data, format=OX_FORMATS[name]))
    if name in QUAD_FORMATS:
        return back == set(quads)
    return {q.triple for q in back} == {q.triple for q in quads}


def export_rows(size: int, quads: list[ox.Quad], repeat: int, rdflib_max: int) -> list[str]:
    rows = []
    forms = rdflib_forms(quads) if size <= rdflib_max else None
    for name in EXPORT_FORMATS:
        say(f"  export {name} at {size:,}")
        ours, data = median_seconds(lambda name=name: export_bytes(quads, name), repeat)  # type: ignore[misc]
        theirs = "not run"
        ratio = ""
        if forms is not None:
            target = forms[0] if name in QUAD_FORMATS else forms[1]
            seconds, _ = median_seconds(lambda t=target, n=name: t.serialize(format=RDFLIB_FORMATS[n]), repeat)  # type: ignore[misc]
            theirs, ratio = f"{seconds:.2f}", f"{seconds / ours:.1f}×"
        same = "yes" if same_graph(data, name, quads) else "NO"
        rows.append(f"| {size:,} | {name} | {ours:.2f} | {theirs} | {ratio} | {len(data) / 2**20:.1f} | {same} |")
    return rows


def site_row(size: int, quads: list[ox.Quad]) -> str:
    say(f"  site at {size:,}")
    seconds, files = median_seconds(lambda: render_site(quads, Minter(DEFAULT_BASE)), 1)
    pages = sum(1 for path in files if path.endswith(".html"))
    return f"| {size:,} | {seconds:.1f} | {pages:,} | {len(files):,} | {sum(map(len, files.values())) / 2**20:.0f} |"


def server_rows(size: int, quads: list[ox.Quad], repeat: int) -> list[str]:
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        graph = Path(folder) / "graph.nq"
        graph.write_bytes(export_bytes(quads, "nq"))
        direct = OxigraphStore()  # as the server holds the graph: the default graph is the union
        direct.add_quads(quads)
        say(f"  server at {size:,}: starting")
        server = start(graph, SiteDocuments(quads, Minter(DEFAULT_BASE)), port=0, timeout=600)
        threading.Thread(target=server.serve_forever, daemon=True).start()
        try:
            for title, query in QUERIES.items():
                url = f"{server.url}sparql?{urllib.parse.urlencode({'query': query})}"
                request = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})

                def over_http(request: urllib.request.Request = request) -> bytes:
                    with urllib.request.urlopen(request) as response:
                        return bytes(response.read())

                def in_process(query: str = query) -> bytes:
                    result = direct.store.query(query)
                    return bytes(result.serialize(format=ox.QueryResultsFormat.JSON))

                http_s, http_body = median_seconds(over_http, repeat * 10)
                direct_s, direct_body = median_seconds(in_process, repeat * 10)
                same = "yes" if http_body == direct_body else "NO"
                rows.append(
                    f"| {size:,} | {title} | {http_s * 1000:.1f} | {direct_s * 1000:.1f} | "
                    f"+{(http_s - direct_s) * 1000:.1f} ms | {same} |"
                )
            pool = server.pool
            restart_s, _ = median_seconds(pool._replace, repeat)  # what a killed worker costs: a fresh load
            for _ in range(repeat):
                pool.idle.get().stop()
            rows.append(f"| {size:,} | replace a killed worker (reload) | {restart_s * 1000:.0f} | | | |")
        finally:
            server.shutdown()
            server.server_close()
            server.pool.close()
    return rows


def _fetch(url: str, accept: str) -> bytes:
    with urllib.request.urlopen(urllib.request.Request(url, headers={"Accept": accept})) as response:
        return bytes(response.read())


FIRST_HEADER = (
    "| triples | serve: start to first answer s | a page first asked ms | the same page again ms | first query ms "
    "| load average 1 / 5 / 15 min |"
)


def first_request_row(size: int, quads: list[ox.Quad], repeat: int) -> str:
    """``serve`` from start to its first answers: a 303 followed, an uncached page, the same again, a query."""
    timings: list[list[float]] = []
    person, work = f"{DEFAULT_BASE}person/qianru-sun", f"{DEFAULT_BASE}work/visual-commonsense-r-cnn"
    with tempfile.TemporaryDirectory() as folder:
        graph = Path(folder) / "graph.nq"
        graph.write_bytes(export_bytes(quads, "nq"))
        for run in range(repeat):
            say(f"  first request at {size:,}: start {run + 1}")
            started = time.perf_counter()
            process = subprocess.Popen(
                [sys.executable, "-m", "scholargraph", "serve", "-C", folder, "--graph", str(graph), "--port", "0"],
                stderr=subprocess.PIPE,
                env={**os.environ, "PYTHONUNBUFFERED": "1"},
            )
            try:
                assert process.stderr is not None
                url = re.search(r"at (http://\S+/) ", process.stderr.readline().decode())[1]  # type: ignore[index]
                _fetch(url + person[len(DEFAULT_BASE) :], "text/turtle")
                first = time.perf_counter() - started
                page = url + work[len(DEFAULT_BASE) :] + ".html"
                query = f"{url}sparql?{urllib.parse.urlencode({'query': QUERIES['ASK one person']})}"
                marks = []
                for target, accept in ((page, "text/html"), (page, "text/html"), (query, "*/*")):
                    mark = time.perf_counter()
                    _fetch(target, accept)
                    marks.append(time.perf_counter() - mark)
                timings.append([first, *marks])
            finally:
                process.terminate()
                process.wait(timeout=30)
    first, page, cached, query = (statistics.median(column) for column in zip(*timings, strict=True))
    load = " / ".join(f"{value:.2f}" for value in os.getloadavg())
    return f"| {size:,} | {first:.2f} | {page * 1000:.0f} | {cached * 1000:.1f} | {query * 1000:.0f} | {load} |"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", default="10000,100000", help="Union sizes in triples, comma-separated.")
    parser.add_argument("--repeat", type=int, default=3, help="Runs per measurement (median shown).")
    parser.add_argument("--rdflib-max", type=int, default=100_000, help="Largest size rdflib serializes.")
    parser.add_argument("--parts", default="export,site,server,first", help="Which tables, comma-separated.")
    args = parser.parse_args(argv)
    seed = homepage_quads()
    parts = set(args.parts.split(","))
    export, site, server, first = [], [], [], []
    for size in (int(s) for s in args.sizes.split(",")):
        say(f"making a graph of {size:,} triples")
        quads = make_graph(size, seed)
        if "export" in parts:
            export += export_rows(size, quads, args.repeat, args.rdflib_max)
        if "site" in parts:
            site.append(site_row(size, quads))
        if "server" in parts:
            server += server_rows(size, quads, args.repeat)
        if "first" in parts:
            first.append(first_request_row(size, quads, args.repeat))
    print(f"Machine: {machine()}. Medians of {args.repeat} runs (server queries: {args.repeat * 10}).")
    tables = (
        (export, "| triples | format | scholargraph s | rdflib s | rdflib / scholargraph | MiB | same graph? |", "---"),
        (site, "| triples | site s | pages | files | MiB |", "---:"),
        (server, "| triples | query | through the server ms | in process ms | HTTP + worker cost | same JSON? |", "---"),
        (first, FIRST_HEADER, "---:"),
    )
    for rows, header, second in tables:  # the second column is text or a number; the others are numbers but the last
        if rows:
            columns = header.count("|") - 1
            last = "---" if header.endswith("? |") or "load" in header else "---:"
            print(f"\n{header}\n|---:|{second}|" + "---:|" * (columns - 3) + f"{last}|\n" + "\n".join(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
