"""Side-by-side benchmark: every shipped query on the three stores (rdflib memory, Oxigraph on disk, Virtuoso).

Run from the repository root::

    python benchmarks/bench_queries.py [--sizes 10000,100000,1000000] [--repeat 3]
        [--timeout 20] [--rdflib-max 100000] [--queries a,b,...]

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

from scholargraph.query import list_queries, run_query  # noqa: E402
from scholargraph.stores import GraphStore, open_store  # noqa: E402
from scholargraph.stores.remote import PASSWORD_VARIABLE, USER_VARIABLE  # noqa: E402
from virtuoso import PASSWORD, USER, running_virtuoso  # noqa: E402

PARAMS = {"person": "Qianru Sun", "supervisor": "Qianru Sun", "from": "2020", "to": "2022"}
STORES = ("memory", "oxigraph", "remote")


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
    for kind in STORES:
        if kind == "memory" and size > args.rdflib_max:
            continue
        store = open_store(kind, path=folder / f"oxigraph-{size}", endpoint=server.endpoint, graph_store=server.graph_store)
        start = time.perf_counter()
        store.add_quads(quads, replace_graphs=True)
        loads[kind] = time.perf_counter() - start
        stores[kind] = store
        say(f"{size:>9,} {kind}: loaded {len(quads):,} quads in {loads[kind]:.1f} s")
    lines = [f"| {size:,} | load | " + " | ".join(f"{loads[k]:.2f}" if k in loads else "not run" for k in STORES) + " | | | |"]
    names = args.queries.split(",") if args.queries else [q.name for q in list_queries()]
    for query in [q for q in list_queries() if q.name in names]:
        params = {k: v for k, v in PARAMS.items() if k in {p.name for p in query.parameters}}
        measured: dict[str, Measure | None] = {}
        for kind in STORES:
            store = stores.get(kind)
            if store is None:
                measured[kind] = None
                continue
            measured[kind] = measure_capped(
                lambda store=store, query=query, params=params: run_query(query, params, store).rows, args.repeat, args.timeout
            )
            say(f"{size:>9,} {query.name:<28} {kind:<9} {_cell(measured[kind])}")
        base = measured["oxigraph"]
        same = []
        for kind in ("memory", "remote"):
            m = measured[kind]
            if m is not None and m.timed_out is None and base is not None and base.timed_out is None:
                same.append(f"{kind}: {'yes' if m.result == base.result else 'NO'}")
        rows = "" if base is None or base.result is None else str(len(base.result))
        lines.append(
            f"| {size:,} | {query.name} | "
            + " | ".join(_cell(measured[k]) for k in STORES)
            + f" | {_ratio(measured['memory'], base)} | {_ratio(measured['remote'], base)} | {rows} {', '.join(same)} |"
        )
    for kind, store in stores.items():
        if kind == "remote":
            store.clear()
        store.close()
    stores.clear()
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="10000,100000,1000000")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--timeout", type=float, default=20.0, help="seconds before a query run is stopped")
    parser.add_argument("--rdflib-max", type=int, default=100_000)
    parser.add_argument("--queries", default="", help="comma-separated query names (default: all)")
    args = parser.parse_args(argv)
    os.environ[USER_VARIABLE], os.environ[PASSWORD_VARIABLE] = USER, PASSWORD
    lines = [
        "| triples | query | rdflib memory (s) | Oxigraph on disk (s) | Virtuoso (s) "
        "| rdflib / Oxigraph | Virtuoso / Oxigraph | rows, same rows? |",
        "|---:|---|---:|---:|---:|---:|---:|---|",
    ]
    with tempfile.TemporaryDirectory() as tmp, running_virtuoso(Path(tmp) / "virtuoso") as server:
        for size in (int(s) for s in args.sizes.split(",")):
            lines += run_size(size, args, server, Path(tmp))
    print(f"Machine: {machine()}; medians of {args.repeat} runs, each stopped after {args.timeout:.0f} s.\n")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
