"""Side-by-side benchmark: scholargraph's pyoxigraph path vs rdflib, on graphs shaped like the real build.

Run from the repository root::

    python benchmarks/bench_graph.py [--sizes 10000,100000,1000000] [--repeat 3]
        [--rdflib-max 100000] [--rdflib-timeout 30] [--determinism-size 100000]

Progress goes to stderr, the tables (markdown) to stdout. The default run takes about
ten minutes on two cores.

The graphs are made from the bundled homepage (``data/homepage-qianru-sun.txt``): its
quads are built once, exactly as ``scholargraph build`` builds them, then copied k times
with every IRI under the base rewritten to ``<base>c{k}/...`` (the source's named graph
too, so each copy is one more source). People are shared across copies: each person
keeps their original IRI in a third of the copies (which third depends on the person),
so a copied work mixes shared and copy-local authors and co-authorship links run across
copies. Copies are added until the union of all graphs (what Turtle holds, what the
queries see) has exactly ``size`` distinct triples, the last copy cut short at a point of
the build's record order; the dataset then has a few more quads than that, because a
shared person is described again in each copy's named graph.

For each size and task it times the median of ``--repeat`` runs with
``time.perf_counter``, and the peak growth of the process's resident memory during a
run over what it held at the start (Linux ``/proc/self/status`` VmHWM, reset before each
run through ``/proc/self/clear_refs``, after ``gc.collect`` and glibc ``malloc_trim``;
unlike tracemalloc this sees pyoxigraph's Rust allocations; memory freed earlier but
kept by an allocator is reused unseen, so it is a lower bound). It prints one table of
times, one of where scholargraph's write time goes, one of memory, and the determinism
check.

rdflib runs only up to ``--rdflib-max`` triples ("skipped" above). Its SPARQL engine is
so slow on the shipped queries that each rdflib query run is made in a forked child
and stopped after ``--rdflib-timeout`` seconds, shown as "> N (stopped)".

What each task times, from each library's own in-memory form of the graph:

* ``write turtle``: scholargraph: ``canonical_order`` + union of graphs + ``pyoxigraph.serialize``
  (Turtle, ``PREFIXES``), as ``graph_files`` does. rdflib: ``Graph.serialize(format="turtle")``
  of a ``Graph`` already filled with the same triples (the fill is not timed).
* ``write json-ld``: scholargraph: ``jsonld_document`` of the canonically ordered quads +
  ``json.dumps`` as the build writes it (the ordering, shared with TriG in the build, is not
  timed). rdflib: ``Dataset.serialize(format="json-ld")`` of the same quads in the same named
  graphs, with the same prefixes as context.
* ``parse turtle``: the Turtle scholargraph wrote, into ``pyoxigraph.Store.bulk_load`` vs
  ``rdflib.Graph.parse``.
* ``query coauthors`` / ``query people``: the shipped ``queries/*.rq`` text on the parsed
  default graph, rows materialised; ``Store.query`` vs ``Graph.query``.

"Same result?" compares: for writes, both outputs parsed back (with pyoxigraph) give the
input's triples/quads exactly; for the parse, both hold exactly the triples written (term by
term, datatypes included) and, if not, what changed; for queries, the
same number of rows and the same rows (as a multiset: the queries' ORDER BY leaves ties).
"""

from __future__ import annotations

import argparse
import ctypes
import ctypes.util
import gc
import hashlib
import importlib.metadata
import json
import multiprocessing
import os
import platform
import random
import re
import statistics
import sys
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib import Literal as RLiteral

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))  # works from a checkout even without the editable install

from scholargraph.identity.aliases import organizations, venues  # noqa: E402
from scholargraph.rdf.files import canonical_order, jsonld_document, union_triples  # noqa: E402
from scholargraph.rdf.quads import GraphBuilder, SourceInfo  # noqa: E402
from scholargraph.rdf.vocab import DEFAULT_BASE, PREFIXES, Minter  # noqa: E402
from scholargraph.sources import read_source  # noqa: E402

SOURCE = "data/homepage-qianru-sun.txt"
try:
    _LIBC: Any = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
    _LIBC.malloc_trim  # noqa: B018  (glibc only)
except (OSError, AttributeError):
    _LIBC = None
QUERIES = ("coauthors", "people")
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
RDF_LANGSTRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"


# --- the graphs ----------------------------------------------------------------------------


def homepage_quads(base: str = DEFAULT_BASE) -> list[ox.Quad]:
    """The bundled homepage's quads, built the way ``scholargraph.pipeline.project.build`` does.

    Distinct, in the order the build makes them (record by record, in the page's order),
    so a graph cut short ends with whole records, like a shorter homepage.
    """
    path = ROOT / SOURCE
    venue_table, organization_table = venues(), organizations()
    builder = GraphBuilder(Minter(base), venue_table, organization_table)
    result = read_source(path, SOURCE, "homepage", venue_table, organization_table)
    info = SourceInfo(SOURCE, hashlib.sha256(path.read_bytes()).hexdigest(), "homepage")
    return list(dict.fromkeys(builder.source_quads(info, result.records)))


def _shared(person_key: str, copy: int) -> bool:
    """Whether a person keeps their original IRI in copy ``copy``: in one copy of three."""
    return (zlib.crc32(person_key.encode()) + copy) % 3 == 0


def _copier(copy: int, base: str) -> Callable[[Any], Any]:
    person = base + "person/"
    cache: dict[Any, Any] = {}

    def term(t: Any) -> Any:
        done = cache.get(t)
        if done is not None:
            return done
        new = t
        if copy and isinstance(t, ox.NamedNode) and t.value.startswith(base):
            iri = t.value
            if not (iri.startswith(person) and _shared(iri[len(person) :].split("/", 1)[0], copy)):
                new = ox.NamedNode(f"{base}c{copy}/{iri[len(base) :]}")
        cache[t] = new
        return new

    return term


def make_graph(size: int, seed_quads: list[ox.Quad], base: str = DEFAULT_BASE) -> list[ox.Quad]:
    """Distinct quads whose union of graphs has exactly ``size`` distinct triples."""
    quads: list[ox.Quad] = []
    seen_quads: set[ox.Quad] = set()
    seen_triples: set[ox.Triple] = set()
    copy = 0
    while True:
        term = _copier(copy, base)
        for q in seed_quads:
            graph = q.graph_name if isinstance(q.graph_name, ox.DefaultGraph) else term(q.graph_name)
            new = ox.Quad(term(q.subject), q.predicate, term(q.object), graph)
            if new in seen_quads:
                continue
            triple = new.triple
            if triple not in seen_triples:
                if len(seen_triples) == size:
                    return quads
                seen_triples.add(triple)
            seen_quads.add(new)
            quads.append(new)
        copy += 1
        if len(seen_triples) == size:  # exactly at a copy boundary
            return quads


# --- rdflib forms of the same terms ---------------------------------------------------------


class ToRdflib:
    """Converts pyoxigraph terms to rdflib terms, each distinct term once."""

    def __init__(self) -> None:
        self.cache: dict[Any, Any] = {}

    def __call__(self, t: Any) -> Any:
        done = self.cache.get(t)
        if done is None:
            if isinstance(t, ox.NamedNode):
                done = URIRef(t.value)
            elif isinstance(t, ox.Literal):
                if t.language:
                    done = RLiteral(t.value, lang=t.language)
                elif t.datatype.value == XSD_STRING:
                    done = RLiteral(t.value)
                else:
                    done = RLiteral(t.value, datatype=URIRef(t.datatype.value))
            else:
                raise ValueError(f"unexpected term {t!r}")
            self.cache[t] = done
        return done


def rdflib_graph(triples: Iterable[ox.Triple], conv: ToRdflib) -> Graph:
    graph = Graph()
    graph.addN((conv(t.subject), conv(t.predicate), conv(t.object), graph) for t in triples)
    return graph


def rdflib_dataset(quads: Iterable[ox.Quad], conv: ToRdflib) -> Dataset:
    dataset = Dataset()
    graphs: dict[Any, Any] = {}
    for q in quads:
        if isinstance(q.graph_name, ox.DefaultGraph):
            target = dataset.default_graph
        else:
            target = graphs.get(q.graph_name)
            if target is None:
                target = graphs[q.graph_name] = dataset.graph(conv(q.graph_name))
        target.add((conv(q.subject), conv(q.predicate), conv(q.object)))
    return dataset


# --- comparing results across libraries -----------------------------------------------------


def key_ox(t: Any) -> tuple[str, ...] | None:
    if t is None:
        return None
    if isinstance(t, ox.NamedNode):
        return ("I", t.value)
    if isinstance(t, ox.Literal):
        return ("L", t.value, t.datatype.value, t.language or "")
    return ("B", str(t))


def key_rdflib(t: Any) -> tuple[str, ...] | None:
    if t is None:
        return None
    if isinstance(t, URIRef):
        return ("I", str(t))
    if isinstance(t, RLiteral):
        datatype = str(t.datatype) if t.datatype else (RDF_LANGSTRING if t.language else XSD_STRING)
        return ("L", str(t), datatype, t.language or "")
    return ("B", str(t))


def triples_ox(store: ox.Store) -> set[tuple[Any, ...]]:
    return {(key_ox(q.subject), key_ox(q.predicate), key_ox(q.object)) for q in store}


def triples_rdflib(graph: Graph) -> set[tuple[Any, ...]]:
    return {(key_rdflib(s), key_rdflib(p), key_rdflib(o)) for s, p, o in graph}


def parsed_quads(data: bytes, fmt: ox.RdfFormat) -> set[ox.Quad]:
    return set(ox.parse(data, format=fmt))


# --- timing -----------------------------------------------------------------------------------


def _status(field_name: str) -> int:
    text = Path("/proc/self/status").read_text()
    match = re.search(rf"^{field_name}:\s+(\d+) kB", text, re.MULTILINE)
    return int(match[1]) * 1024 if match else 0


def _trim() -> None:
    """Give freed heap memory back to the OS (glibc), so the next run's growth shows in RSS."""
    gc.collect()
    if _LIBC is not None:
        _LIBC.malloc_trim(0)


def _reset_peak() -> bool:
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


@dataclass
class Measure:
    seconds: list[float] = field(default_factory=list)
    peak_bytes: list[int] = field(default_factory=list)
    result: Any = None
    timed_out: float | None = None  # the limit a run was stopped at

    @property
    def median(self) -> float:
        return statistics.median(self.seconds)

    @property
    def peak_mb(self) -> float | None:
        return statistics.median(self.peak_bytes) / 2**20 if self.peak_bytes else None


def measure(fn: Callable[[], Any], repeat: int) -> Measure:
    """Median time and peak RSS growth of ``repeat`` runs; keeps the last run's result."""
    m = Measure()
    for _ in range(repeat):
        m.result = None
        _trim()
        rss = _status("VmRSS")
        can_peak = _reset_peak()
        start = time.perf_counter()
        result = fn()
        m.seconds.append(time.perf_counter() - start)
        if can_peak:
            m.peak_bytes.append(max(0, _status("VmHWM") - rss))
        m.result = result
        del result
    return m


def measure_capped(fn: Callable[[], Any], repeat: int, limit: float) -> Measure:
    """Like ``measure``, but each run happens in a forked child that is stopped after ``limit`` seconds.

    A run that is stopped ends the measurement: ``timed_out`` is set and no result is kept.
    The child inherits the parent's objects (fork), so nothing is loaded twice; it times
    itself, so forking is not counted.
    """
    m = Measure()
    context = multiprocessing.get_context("fork")
    for _ in range(repeat):
        receive, send = context.Pipe(duplex=False)

        def child(send: Any = send) -> None:
            _trim()
            rss = _status("VmRSS")
            can_peak = _reset_peak()
            start = time.perf_counter()
            result = fn()
            seconds = time.perf_counter() - start
            send.send((seconds, max(0, _status("VmHWM") - rss) if can_peak else None, result))

        gc.collect()
        gc.freeze()  # the child's collector leaves the inherited objects alone: no copy-on-write storm
        process = context.Process(target=child, daemon=True)
        process.start()
        send.close()
        try:
            ready = receive.poll(limit)
            if ready:
                seconds, peak, result = receive.recv()
        except EOFError:  # the child died without answering
            ready = False
        finally:
            gc.unfreeze()
        if not ready:
            if process.is_alive():
                process.kill()
            process.join()
            receive.close()
            m.timed_out = limit
            m.result = None
            return m
        process.join()
        receive.close()
        m.seconds.append(seconds)
        if peak is not None:
            m.peak_bytes.append(peak)
        m.result = result
    return m


# --- the tasks --------------------------------------------------------------------------------


SPLITS: dict[str, list[float]] = {}
"""Where scholargraph's write time goes, per step, for the run being measured (see ``_split``)."""


def _split(step: str, start: float) -> float:
    now = time.perf_counter()
    SPLITS.setdefault(step, []).append(now - start)
    return now


def sg_turtle(quads: list[ox.Quad]) -> bytes:
    start = time.perf_counter()
    ordered = canonical_order(quads)
    start = _split("canonical_order", start)
    triples = union_triples(ordered)
    start = _split("union of graphs (union_triples)", start)
    turtle = ox.serialize(triples, format=ox.RdfFormat.TURTLE, prefixes=dict(PREFIXES))
    _split("pyoxigraph.serialize Turtle", start)
    return turtle or b""


def sg_trig(quads: list[ox.Quad]) -> bytes:
    return ox.serialize(canonical_order(quads), format=ox.RdfFormat.TRIG, prefixes=dict(PREFIXES)) or b""


def sg_jsonld(ordered: list[ox.Quad]) -> bytes:
    start = time.perf_counter()
    document = jsonld_document(ordered)
    start = _split("jsonld_document", start)
    text = (json.dumps(document, ensure_ascii=False, indent=1) + "\n").encode()
    _split("json.dumps + encode", start)
    return text


def ox_load(turtle: bytes) -> ox.Store:
    store = ox.Store()
    store.bulk_load(turtle, format=ox.RdfFormat.TURTLE, to_graph=ox.DefaultGraph())
    return store


def rdflib_load(turtle: bytes) -> Graph:
    graph = Graph()
    graph.parse(data=turtle, format="turtle")
    return graph


def ox_query(store: ox.Store, text: str) -> list[tuple[Any, ...]]:
    solutions = store.query(text)
    columns = [v.value for v in solutions.variables]
    return [tuple(key_ox(s[c]) for c in columns) for s in solutions]


def rdflib_query(graph: Graph, text: str) -> list[tuple[Any, ...]]:
    result = graph.query(text)
    columns = [str(v) for v in result.vars]
    return [tuple(key_rdflib(row[c]) for c in columns) for row in result]


@dataclass
class Row:
    task: str
    size: int
    ox: Measure
    rdflib: Measure | None
    same: str
    splits: dict[str, float] = field(default_factory=dict)  # median seconds of scholargraph's steps


def measure_split(fn: Callable[[], Any], repeat: int) -> tuple[Measure, dict[str, float]]:
    """``measure`` for a scholargraph writer, with the median time of each of its steps."""
    SPLITS.clear()
    m = measure(fn, repeat)
    splits = {step: statistics.median(times) for step, times in SPLITS.items()}
    SPLITS.clear()
    return m, splits


def run_size(
    size: int, seed: list[ox.Quad], repeat: int, with_rdflib: bool, limit: float, say: Callable[[str], None]
) -> list[Row]:
    rows: list[Row] = []
    quads = make_graph(size, seed)
    triples = union_triples(canonical_order(quads))
    quad_set, triple_keys = set(quads), {(key_ox(t.subject), key_ox(t.predicate), key_ox(t.object)) for t in triples}
    graphs = len({q.graph_name for q in quads})
    say(f"size {size}: {len(quads)} quads in {graphs} graphs, {len(triples)} triples in the union")
    conv = ToRdflib()

    # write turtle
    say("  write turtle")
    m_ox, splits = measure_split(lambda: sg_turtle(quads), repeat)
    turtle: bytes = m_ox.result
    as_quads = {ox.Quad(t.subject, t.predicate, t.object) for t in triples}
    ok_ox, told_ox = _read_back("scholargraph", parsed_quads(turtle, ox.RdfFormat.TURTLE), as_quads, "triples")
    m_rl, same = None, f"— ({told_ox})" if ok_ox else f"NO: {told_ox}"
    if with_rdflib:
        graph = rdflib_graph(triples, conv)
        m_rl = measure(lambda: graph.serialize(format="turtle", encoding="utf-8"), repeat)
        ok_rl, told_rl = _read_back("rdflib", parsed_quads(m_rl.result, ox.RdfFormat.TURTLE), as_quads, "triples")
        same = f"yes: same {len(triples)} triples" if ok_ox and ok_rl else f"NO: {told_ox}; {told_rl}"
        m_rl.result = None
        del graph
    del as_quads
    rows.append(Row("write turtle", size, m_ox, m_rl, same, splits))

    # write json-ld
    say("  write json-ld")
    ordered = canonical_order(quads)
    m_ox, splits = measure_split(lambda: sg_jsonld(ordered), repeat)
    ok_ox, told_ox = _read_back("scholargraph", parsed_quads(m_ox.result, ox.RdfFormat.JSON_LD), quad_set, "quads")
    m_ox.result = None
    m_rl, same = None, f"— ({told_ox})" if ok_ox else f"NO: {told_ox}"
    if with_rdflib:
        dataset = rdflib_dataset(quads, conv)
        m_rl = measure(lambda: dataset.serialize(format="json-ld", context=dict(PREFIXES), indent=1, encoding="utf-8"), repeat)
        ok_rl, told_rl = _read_back("rdflib", parsed_quads(m_rl.result, ox.RdfFormat.JSON_LD), quad_set, "quads")
        same = f"yes: same {len(quad_set)} quads" if ok_ox and ok_rl else f"NO: {told_ox}; {told_rl}"
        m_rl.result = None
        del dataset
    rows.append(Row("write json-ld", size, m_ox, m_rl, same, splits))
    conv.cache.clear()

    # parse turtle
    say("  parse turtle")
    m_ox = measure(lambda: ox_load(turtle), repeat)
    store: ox.Store = m_ox.result
    ox_keys = triples_ox(store)
    m_rl, same = None, f"— ({len(store)} triples; " + _versus_input("pyoxigraph Store", ox_keys, triple_keys) + ")"
    graph = None
    if with_rdflib:
        m_rl = measure(lambda: rdflib_load(turtle), repeat)
        graph = m_rl.result
        rl_keys = triples_rdflib(graph)
        if ox_keys == rl_keys == triple_keys:
            same = f"yes: same {len(store)} triples"
        else:
            counts = f"{len(store)} triples each" if len(store) == len(graph) else f"{len(store)} vs {len(graph)} triples"
            same = (
                f"NO: {counts}; "
                + _versus_input("pyoxigraph Store", ox_keys, triple_keys)
                + "; "
                + _versus_input("rdflib", rl_keys, triple_keys)
            )
    rows.append(Row("parse turtle", size, m_ox, m_rl, same))
    del ox_keys

    # queries
    for name in QUERIES:
        say(f"  query {name}")
        text = (ROOT / "queries" / f"{name}.rq").read_text(encoding="utf-8")
        m_ox = measure(lambda text=text: ox_query(store, text), repeat)
        m_rl, same = None, f"— ({len(m_ox.result)} rows)"
        if graph is not None:
            m_rl = measure_capped(lambda text=text: rdflib_query(graph, text), repeat, limit)
            a, b = m_ox.result, m_rl.result
            if m_rl.timed_out:
                same = f"— (rdflib stopped after {m_rl.timed_out:.0f} s; pyoxigraph: {len(a)} rows)"
            else:
                same = _yes(
                    Counter(a) == Counter(b),
                    f"same {len(a)} rows" + ("" if a == b else " (ties ordered differently)"),
                    f"{len(a)} vs {len(b)} rows",
                )
            m_rl.result = None
        m_ox.result = None
        rows.append(Row(f"query {name}", size, m_ox, m_rl, same))
    return rows


def _short(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace):
            return f"{prefix}:{iri[len(namespace) :]}"
    return f"<{iri}>"


def _versus_input(who: str, got: set[tuple[Any, ...]], written: set[tuple[Any, ...]]) -> str:
    """How a parsed graph differs from the triples that were written, e.g. a datatype it changed."""
    if got == written:
        return f"{who}: as written"
    missing, extra = written - got, got - written
    changes: Counter[str] = Counter()
    by_statement = {(s, p): o for s, p, o in extra}
    for s, p, o in missing:
        new = by_statement.get((s, p))
        if new and o[0] == new[0] == "L" and o[2] != new[2]:
            changes[f"{_short(o[2])} → {_short(new[2])}"] += 1
        elif new and o[0] == new[0] == "L":
            changes["literal lexical form changed"] += 1
        else:
            changes["other"] += 1
    told = ", ".join(f"{change} ×{count}" for change, count in changes.most_common())
    return f"{who}: {len(missing)} changed ({told})"


def _read_back(who: str, got: set[ox.Quad], written: set[ox.Quad], unit: str) -> tuple[bool, str]:
    """Whether a written file, parsed back, holds exactly what was written; if not, how it differs."""
    if got == written:
        return True, f"{who} output reads back as written"
    missing, extra = written - got, got - written
    moved = {q.triple for q in missing} == {q.triple for q in extra}
    if moved and all(isinstance(q.graph_name, ox.BlankNode) for q in extra):
        lost = Counter("default graph" if isinstance(q.graph_name, ox.DefaultGraph) else "named graphs" for q in missing)
        where = " and ".join(f"{n} from the {g}" for g, n in sorted(lost.items()))
        return False, f"{who} output puts {len(missing)} of {len(written)} {unit} ({where}) in a blank-node graph"
    return False, f"{who} output reads back with {len(missing)} of {len(written)} {unit} missing and {len(extra)} others"


def _yes(ok: bool, yes: str, no: str = "") -> str:
    return f"yes: {yes}" if ok else f"NO: {no or 'results differ'}"


def determinism(size: int, seed: list[ox.Quad], say: Callable[[str], None]) -> list[tuple[str, bool]]:
    """Serialize one graph from its build order and from a shuffled order; are the bytes the same?"""
    say(f"determinism at {size} triples")
    quads = make_graph(size, seed)
    shuffled = list(quads)
    random.Random(20240501).shuffle(shuffled)
    checks = [
        (
            "TriG, scholargraph (canonical_order + pyoxigraph.serialize)",
            sg_trig(quads) == sg_trig(shuffled),
        ),
        (
            "TriG, pyoxigraph.serialize without canonical_order",
            ox.serialize(quads, format=ox.RdfFormat.TRIG, prefixes=dict(PREFIXES))
            == ox.serialize(shuffled, format=ox.RdfFormat.TRIG, prefixes=dict(PREFIXES)),
        ),
        ("Turtle, scholargraph", sg_turtle(quads) == sg_turtle(shuffled)),
    ]
    triples = [q.triple for q in quads]
    shuffled_triples = [q.triple for q in shuffled]
    checks.append(
        (
            "Turtle, rdflib Graph filled in each order",
            rdflib_graph(triples, ToRdflib()).serialize(format="turtle", encoding="utf-8")
            == rdflib_graph(shuffled_triples, ToRdflib()).serialize(format="turtle", encoding="utf-8"),
        )
    )
    return checks


# --- output -----------------------------------------------------------------------------------


def _fmt_s(seconds: float) -> str:
    return f"{seconds:.3f}" if seconds < 10 else f"{seconds:.1f}"


def time_table(rows: list[Row]) -> str:
    lines = [
        "| task | size | scholargraph (pyoxigraph) median s | rdflib median s | ratio | same result? |",
        "|---|---:|---:|---:|---:|---|",
    ]
    for r in rows:
        if r.rdflib is None:
            rl, ratio = "skipped", "—"
        elif r.rdflib.timed_out:
            rl, ratio = f"> {r.rdflib.timed_out:.0f} (stopped)", f"> {r.rdflib.timed_out / r.ox.median:,.0f}×"
        else:
            rl, ratio = _fmt_s(r.rdflib.median), f"{r.rdflib.median / r.ox.median:,.1f}×"
        lines.append(f"| {r.task} | {r.size:,} | {_fmt_s(r.ox.median)} | {rl} | {ratio} | {r.same} |")
    return "\n".join(lines)


def memory_table(rows: list[Row]) -> str:
    def mb(m: Measure | None) -> str:
        if m is None:
            return "skipped"
        if m.timed_out:
            return "stopped"
        return "n/a" if m.peak_mb is None else f"{m.peak_mb:,.0f}"

    lines = [
        "| task | size | scholargraph (pyoxigraph) peak RSS growth MB | rdflib peak RSS growth MB |",
        "|---|---:|---:|---:|",
    ]
    lines += [f"| {r.task} | {r.size:,} | {mb(r.ox)} | {mb(r.rdflib)} |" for r in rows]
    return "\n".join(lines)


def split_table(rows: list[Row]) -> str:
    lines = ["| task | size | step | median s | share of the task's median |", "|---|---:|---|---:|---:|"]
    for r in rows:
        for step, seconds in r.splits.items():
            lines.append(f"| {r.task} | {r.size:,} | {step} | {_fmt_s(seconds)} | {seconds / r.ox.median:.0%} |")
    return "\n".join(lines)


def machine() -> str:
    def version(name: str) -> str:
        try:
            return importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            return "?"

    return (
        f"Python {platform.python_version()} ({platform.python_implementation()}), "
        f"pyoxigraph {version('pyoxigraph')}, rdflib {version('rdflib')}, "
        f"{os.cpu_count()} CPU cores, {platform.system()} {platform.machine()}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="graph sizes in triples, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement; the median is shown")
    parser.add_argument("--rdflib-max", type=int, default=100_000, help="largest size at which rdflib runs (above: 'skipped')")
    parser.add_argument(
        "--rdflib-timeout",
        type=float,
        default=30,
        help="seconds after which an rdflib query run is stopped and shown as '> N (stopped)'",
    )
    parser.add_argument("--determinism-size", type=int, default=100_000, help="graph size for the determinism check (0: skip)")
    parser.add_argument("--quiet", action="store_true", help="no progress on stderr")
    args = parser.parse_args(argv)
    sizes = [int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()]

    def say(message: str) -> None:
        if not args.quiet:
            print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    started = time.perf_counter()
    say(machine())
    seed = homepage_quads()
    say(f"homepage: {len(seed)} distinct quads per copy")
    rows: list[Row] = []
    for size in sizes:
        rows += run_size(size, seed, args.repeat, size <= args.rdflib_max, args.rdflib_timeout, say)
    checks = determinism(args.determinism_size, seed, say) if args.determinism_size else []

    print(f"Machine: {machine()}")
    print(
        f"Graph: copies of {SOURCE} ({len(seed)} quads per copy); median of {args.repeat} runs; "
        f"rdflib up to {args.rdflib_max:,} triples, "
        f"each rdflib query run stopped after {args.rdflib_timeout:.0f} s; ratio = rdflib ÷ scholargraph."
    )
    print()
    print(time_table(rows))
    print()
    print("Where scholargraph's write time goes (median of each step):")
    print()
    print(split_table(rows))
    print()
    print("Peak growth of resident memory during a run, over the memory held at its start (median of the runs):")
    print()
    print(memory_table(rows))
    if checks:
        print()
        print(f"Determinism, {args.determinism_size:,}-triple graph serialized from build order and from a shuffled order:")
        print()
        print("| output | byte-identical? |")
        print("|---|---|")
        for what, same in checks:
            print(f"| {what} | {'yes' if same else 'no'} |")
    print()
    print(f"Total run time: {time.perf_counter() - started:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
