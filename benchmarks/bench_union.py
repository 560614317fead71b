"""Benchmark: a query's time against the number of sources (named graphs), before and after the union default graph.

Run from the repository root::

    python benchmarks/bench_union.py [--size 10000] [--graphs 448] [--repeat 3] [--timeout 60]
        [--queries people,name-variants,coauthors]

The graph is the bundled homepage's build copied until the union holds ``--size`` distinct
triples (``bench_graph.make_graph``), its triples then spread over ``--graphs`` source graphs
as a project of many small sources writes them: each node's triples go to one graph, and
each graph that mentions a node describes it again (a person is in the graph of each of
their works). Written once as TriG (those graphs) and once as Turtle (the same triples in
one graph), each file is loaded and queried:

* before: a pyoxigraph ``Store`` queried with ``use_default_graph_as_union=True``, as the
  stores did (a triple counts once per graph that holds it);
* after: ``OxigraphStore``, whose default graph holds the union, queried directly.

Each cell is the median of ``--repeat`` runs, each in a forked child stopped after
``--timeout`` seconds ("> N s"). "Same rows?" compares the after-TriG rows with the
after-Turtle rows and the before-Turtle rows as sets (ORDER BY leaves ties).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1] / "src")]

import pyoxigraph as ox  # noqa: E402
from bench_graph import Measure, homepage_quads, machine, make_graph, measure_capped  # noqa: E402

from scholargraph.query.library import find_query  # noqa: E402
from scholargraph.rdf.vocab import DEFAULT_BASE  # noqa: E402
from scholargraph.stores import read_quads  # noqa: E402
from scholargraph.stores.oxigraph import OxigraphStore  # noqa: E402


def many_sources(quads: list[ox.Quad], graphs: int) -> list[ox.Quad]:
    """The quads' triples spread over ``graphs`` source graphs, each node described again where it is mentioned."""

    def graph_of(node: Any) -> ox.NamedNode:
        return ox.NamedNode(f"{DEFAULT_BASE}source/{zlib.crc32(node.value.encode()) % graphs}")

    mentioned: dict[Any, set[ox.NamedNode]] = {}
    for quad in quads:
        if isinstance(quad.object, ox.NamedNode):
            mentioned.setdefault(quad.object, set()).add(graph_of(quad.subject))
    spread = {
        ox.Quad(quad.subject, quad.predicate, quad.object, graph)
        for quad in quads
        for graph in {graph_of(quad.subject)} | mentioned.get(quad.subject, set())
    }
    return sorted(spread, key=str)


def _cell(m: Measure) -> str:
    return f"> {m.timed_out:.0f} s" if m.timed_out is not None else f"{m.median:.3f}"


def _timed(load: Callable[[], Any]) -> tuple[Any, float]:
    start = time.perf_counter()
    store = load()
    return store, time.perf_counter() - start


def _before(path: Path) -> ox.Store:
    store = ox.Store()
    store.bulk_extend(read_quads(path))  # as the stores loaded a file: bulk_load's threads hang a forked child
    return store


def _after(path: Path) -> OxigraphStore:
    store = OxigraphStore()
    store.load(path)
    return store


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=int, default=10_000, help="distinct triples in the union")
    parser.add_argument("--graphs", type=int, default=448, help="source graphs in the TriG")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=60.0, help="seconds before a query run is stopped")
    parser.add_argument("--queries", default="people,name-variants,coauthors")
    args = parser.parse_args(argv)
    say = lambda message: print(message, file=sys.stderr, flush=True)  # noqa: E731

    quads = many_sources(make_graph(args.size, homepage_quads()), args.graphs)
    stores: dict[str, tuple[Any, float]] = {}
    with tempfile.TemporaryDirectory() as folder:
        trig, turtle = Path(folder) / "graph.trig", Path(folder) / "graph.ttl"
        trig.write_bytes(ox.serialize(quads, format=ox.RdfFormat.TRIG) or b"")
        turtle.write_bytes(ox.serialize({quad.triple for quad in quads}, format=ox.RdfFormat.TURTLE) or b"")
        for label, load, path in (
            ("before, TriG", _before, trig),
            ("before, Turtle", _before, turtle),
            ("after, TriG", _after, trig),
            ("after, Turtle", _after, turtle),
        ):
            say(f"loading {path.name} ({label})")
            stores[label] = _timed(lambda load=load, path=path: load(path))

    def run(label: str, text: str) -> Callable[[], set[tuple[str | None, ...]]]:
        store = stores[label][0]
        if isinstance(store, OxigraphStore):
            return lambda: set(store.select(text).values())

        def before() -> set[tuple[str | None, ...]]:
            solutions = store.query(text, use_default_graph_as_union=True)
            return {tuple(None if row[v] is None else row[v].value for v in solutions.variables) for row in solutions}

        return before

    labels = list(stores)
    lines = [
        f"{len(quads):,} quads in {args.graphs} graphs; {args.size:,} distinct triples. {machine()}.",
        "",
        "| query | " + " | ".join(labels) + " | same rows? |",
        "|---" * (len(labels) + 2) + "|",
        "| load (s) | " + " | ".join(f"{stores[label][1]:.3f}" for label in labels) + " | |",
    ]
    for name in args.queries.split(","):
        text = find_query(name).text
        measured = {}
        for label in labels:
            say(f"{name}: {label}")
            measured[label] = measure_capped(run(label, text), args.repeat, args.timeout)
        answers = [measured[label].result for label in ("after, TriG", "after, Turtle", "before, Turtle")]
        same = "yes" if answers[0] is not None and answers[0] == answers[1] == answers[2] else "NO"
        lines.append(f"| {name} (s) | " + " | ".join(_cell(measured[label]) for label in labels) + f" | {same} |")
    load = os.getloadavg()
    lines += ["", f"Load average at the end: {load[0]:.2f}, {load[1]:.2f}, {load[2]:.2f} (1, 5, 15 min)."]
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
