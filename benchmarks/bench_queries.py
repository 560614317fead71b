"""Side-by-side benchmark: every shipped query on rdflib, Oxigraph (in memory and on disk) and Virtuoso.

Run from the repository root::

    python benchmarks/bench_queries.py [--sizes 10000,100000] [--repeat 3]
        [--timeout 10] [--rdflib-max 100000] [--queries a,b,...]

Progress goes to stderr, the table (markdown) to stdout. The graphs are the ones
``bench_graph.py`` makes: the bundled homepage's build copied until the union holds
``size`` distinct triples, people shared across copies. Each store loads the quads once
(load time shown); each query then runs ``--repeat`` times with its parameters bound as
``scholargraph query`` binds them (person and supervisor "Qianru Sun", looked up by name;
2020-2022 for year ranges), and the median is shown. Every run happens in a forked child
stopped after ``--timeout`` seconds ("> N s"). rdflib is not loaded above ``--rdflib-max``
triples (its parse alone took 73 s at 1 M, docs/benchmarks.md). Virtuoso is a server of
the benchmark's own, started on loopback as the tests start it (needs ``virtuoso-t``).
The "same rows?" column compares each store's rows with Oxigraph's.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

sys.path[:0] = [str(Path(__file__).resolve().parent), str(Path(__file__).resolve().parents[1] / "tests")]

from bench_graph import Measure, homepage_quads, machine, make_graph, measure_capped  # noqa: E402

from scholargraph.query.library import list_queries, run_query  # noqa: E402
from scholargraph.stores import GraphStore, open_store  # noqa: E402
from scholargraph.stores.remote import PASSWORD_VARIABLE, USER_VARIABLE  # noqa: E402
from virtuoso import PASSWORD, USER, running_virtuoso  # noqa: E402

PARAMS = {"person": "Qianru Sun", "supervisor": "Qianru Sun", "from": "2020", "to": "2022"}
# (column, store kind, on disk?): Oxigraph twice, as --store oxigraph:FOLDER keeps it and as a plain run loads it.
STORES = (
    ("rdflib memory", "memory", False),
    ("Oxigraph in memory", "oxigraph", False),
    ("Oxigraph on disk", "oxigraph", True),
    ("Virtuoso", "remote", False),
)
BASE = "Oxigraph on disk"


def _cell(m: Measure | None) -> str:
    if m is None:
        return "not run"
    if m.timed_out is not None:
        return f"> {m.timed_out:.0f} s"
    return f"{m.median:.3f}"


def _ratio(m: Measure | None, base: Measure | None) -> str:
    if m is None or base is None or base.timed_out is not None or not base.seconds:
        return ""
    if m.timed_out is not None:
        return f"> {m.timed_out / base.median:.0f}×"
    return f"{m.median / base.median:.1f}×"


def run_size(size: int, args: argparse.Namespace, server: Any, folder: Path) -> list[str]:
    say = lambda message: print(message, file=sys.stderr, flush=True)  # noqa: E731
    quads = make_graph(size, homepage_quads())
    stores: dict[str, GraphStore] = {}
    loads: dict[str, float] = {}
    for label, kind, on_disk in STORES:
        if kind == "memory" and size > args.rdflib_max:
            continue
        path = folder / f"oxigraph-{size}" if on_disk else None
        store = open_store(kind, path=path, endpoint=server.endpoint, graph_store=server.graph_store)
        start = time.perf_counter()
        store.add_quads(quads, replace_graphs=True)
        loads[label] = time.perf_counter() - start
        stores[label] = store
        say(f"{size:>9,} {label}: loaded {len(quads):,} quads in {loads[label]:.1f} s")
    loaded = " | ".join(f"{loads[label]:.2f}" if label in loads else "not run" for label, _, _ in STORES)
    lines = [f"| {size:,} | load {len(quads):,} quads | {loaded} | |"]
    names = args.queries.split(",") if args.queries else [q.name for q in list_queries()]
    for query in [q for q in list_queries() if q.name in names]:
        params = {k: v for k, v in PARAMS.items() if k in {p.name for p in query.parameters}}
        measured: dict[str, Measure | None] = {}
        for label, _, _ in STORES:
            store = stores.get(label)
            if store is None:
                measured[label] = None
                continue
            measured[label] = measure_capped(
                lambda store=store, query=query, params=params: run_query(query, params, store).rows, args.repeat, args.timeout
            )
            say(f"{size:>9,} {query.name:<28} {label:<18} {_cell(measured[label])}")
        base = measured[BASE]
        cells = [f"{_cell(m)} ({_ratio(m, base)})" if m is not base and _ratio(m, base) else _cell(m) for m in measured.values()]
        results = [m.result for m in measured.values() if m is not None and m.timed_out is None]
        same = "yes" if all(r == results[0] for r in results) else "NO"
        rows = str(len(results[0])) if results else ""
        lines.append(f"| {size:,} | {query.name} | " + " | ".join(cells) + f" | {rows}, {same} ({len(results)} stores) |")
    for store in stores.values():
        if store.kind == "remote":
            store.clear()
        store.close()
    stores.clear()
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000", help="triples, comma-separated (1000000 takes about 20 minutes more)")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=10.0, help="seconds before a query run is stopped")
    parser.add_argument("--rdflib-max", type=int, default=100_000)
    parser.add_argument("--queries", default="", help="comma-separated query names (default: all)")
    args = parser.parse_args(argv)
    os.environ[USER_VARIABLE], os.environ[PASSWORD_VARIABLE] = USER, PASSWORD
    started = time.perf_counter()
    lines = [
        "| triples | query | " + " | ".join(f"{label} (s)" for label, _, _ in STORES) + " | rows, same rows? |",
        "|---:|---|" + "---:|" * len(STORES) + "---|",
    ]
    with tempfile.TemporaryDirectory() as tmp, running_virtuoso(Path(tmp) / "virtuoso") as server:
        for size in (int(s) for s in args.sizes.split(",")):
            lines += run_size(size, args, server, Path(tmp))
    print(f"Machine: {machine()}; medians of {args.repeat} runs, each stopped after {args.timeout:.0f} s.")
    print(f"In brackets: the ratio to {BASE}. Wall time {time.perf_counter() - started:.0f} s.\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
