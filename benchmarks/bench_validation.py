"""Validation benchmark: scholargraph's compiled engine (shapes as SPARQL, Oxigraph) beside pySHACL, 10,000 to 1,000,000 triples.

Run from the repository root::

    python benchmarks/bench_validation.py [--sizes 10000,100000,1000000] [--repeat 3]
        [--timeout 240] [--no-w3c] [--no-build] [--graph FILE ...] [--reference-up-to 1000000]

Progress goes to stderr, the tables (markdown) to stdout. The default run takes about ten
minutes on two cores.

The graphs are those of ``bench_graph.py``: copies of the bundled homepage as the build
makes it, people shared across copies, cut to exactly ``size`` distinct triples. Each copy
carries the example's own findings (one warning, two notes), so the validators report
something at every size. What is timed, per engine, median of ``--repeat`` runs (one run
from 100,000 triples on), each in a forked child stopped after ``--timeout`` seconds:

* ``to rdflib``: the build's quads into the rdflib graph the validators read
  (``scholargraph.validate.shacl.rdflib_graph``); the same for every engine.
* ``validate``: ``validate(graph, shacl_graph=shapes, advanced=True, ...)`` with the shipped
  ``ontology/shapes.ttl`` (SPARQL targets need ``advanced``), report graph included.
* ``compiled``: the same quads loaded into an in-memory Oxigraph store and checked by the
  compiled shapes (``scholargraph.validate.engine.compiled_results``), loading included; it
  needs no rdflib graph. ``--graph FILE`` also times ``scholargraph validate FILE`` end to end
  (reading, checking, describing the findings) with each engine that finishes.

The load average is printed beside each measurement: on a shared machine it says how far
the figures are from an idle one.

Peak memory is the growth of the child's resident set over what it held at the start
(``VmHWM``, as ``bench_graph.py`` measures it). "Same findings?" compares the engines'
results as (focus, path, value, severity, constraint component) sets.

Engines: pySHACL, the reference, and pyshacl-turbo (a Rust engine with pySHACL's API) when
installed (``pip install pyshacl-turbo``). scholargraph does not offer pyshacl-turbo: the
last table runs both on the W3C SHACL test suite (``tests/data/w3c-shacl``, core and
SPARQL) and lists where they differ. ``--no-build`` skips the first table, the time
validation adds to ``scholargraph build`` on the bundled example.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import importlib.util
import logging
import os
import statistics
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import rdflib
from rdflib.namespace import RDF, SH

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_graph import homepage_quads, machine, make_graph, measure_capped

from scholargraph.validate.describe import rdf_term
from scholargraph.validate.engine import compiled_results, store_of, validate_file
from scholargraph.validate.shacl import Result, shapes_graph

ROOT = Path(__file__).resolve().parents[1]
W3C = ROOT / "tests" / "data" / "w3c-shacl"
MF = rdflib.Namespace("http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#")
SHT = rdflib.Namespace("http://www.w3.org/ns/shacl-test#")


def engines() -> dict[str, Callable[..., Any]]:
    """The SHACL engines installed, by name: ``validate`` functions with pySHACL's signature."""
    import pyshacl

    found: dict[str, Callable[..., Any]] = {"pySHACL": pyshacl.validate}
    if importlib.util.find_spec("pyshacl_turbo"):
        import pyshacl_turbo

        found["pyshacl-turbo"] = pyshacl_turbo.validate
    return found


def result_keys(report: rdflib.Graph) -> frozenset[tuple[str, ...]]:
    """A report's results, comparable across engines (blank nodes as ``_:``)."""

    def text(term: Any) -> str:
        return "_:" if isinstance(term, rdflib.BNode) else str(term)

    fields = (SH.focusNode, SH.resultPath, SH.value, SH.resultSeverity, SH.sourceConstraintComponent)
    return frozenset(
        tuple(text(report.value(result, f)) for f in fields) for result in report.subjects(RDF.type, SH.ValidationResult)
    )


def rdflib_graph(quads: list[Any]) -> rdflib.Graph:
    """The union of the quads' graphs as the rdflib graph pySHACL validates."""
    graph = rdflib.Graph()
    for quad in quads:
        graph.add((rdf_term(quad.subject), rdf_term(quad.predicate), rdf_term(quad.object)))
    return graph


def compiled_keys(results: list[Result]) -> frozenset[tuple[str, ...]]:
    """The compiled engine's results, as ``result_keys`` gives pySHACL's."""

    def text(term: Any) -> str:
        return "_:" if isinstance(term, rdflib.BNode) else str(term)

    return frozenset(tuple(text(t) for t in (r.focus, r.path, r.value, r.severity, r.component)) for r in results)


def load() -> str:
    """The load average over the last minute, and the cores: how busy the machine was."""
    return f"load {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores"


def _seconds(value: float) -> str:
    return f"{value:.3f}" if value < 10 else f"{value:.1f}"


# --- 1. validation in the build of the bundled example --------------------------------------


def build_table(repeat: int, say: Callable[[str], None]) -> str:
    from scholargraph.pipeline.project import Project, build

    totals, validations = [], []
    for run in range(repeat):
        with tempfile.TemporaryDirectory() as out:
            report = build(Project(ROOT), Path(out))
        totals.append(report.seconds)
        validations.append(report.validation.seconds)
        say(f"build of the example, run {run + 1}: {report.seconds:.2f} s, validation {report.validation.seconds:.2f} s")
    total, validation = statistics.median(totals), statistics.median(validations)
    return "\n".join(
        [
            "| bundled example | median s |",
            "|---|---:|",
            f"| `scholargraph build`, all of it | {_seconds(total)} |",
            f"| of which validation (to rdflib, pySHACL, findings) | {_seconds(validation)} ({validation / total:.0%}) |",
            f"| build without validation | {_seconds(total - validation)} |",
        ]
    )


# --- 2. validation at 10k, 100k, 1M triples --------------------------------------------------


def size_rows(
    size: int, seed: list[Any], repeat: int, timeout: float, say: Callable[[str], None], with_reference: bool = True
) -> list[str]:
    """Rows of one size; without ``with_reference`` (above ``--reference-up-to``) only the compiled engine runs, the
    rdflib graph the Python engines read being too big to build in the time given them."""
    quads = make_graph(size, seed)
    shapes = shapes_graph()
    say(f"{size:,} triples: {len(quads):,} quads")
    found: dict[str, frozenset[tuple[str, ...]]] = {}
    reference: float | None = None
    if not with_reference:
        rows = [
            f"| to rdflib, validate with {', '.join(engines())} | {size:,} | not run (above --reference-up-to) | — | — | — | — |"
        ]
        return rows + compiled_rows(size, quads, shapes, repeat, timeout, say, found, reference)
    conversion = measure_capped(lambda: len(rdflib_graph(quads)), repeat, timeout)
    graph = rdflib_graph(quads)
    rows = [f"| to rdflib | {size:,} | {_seconds(conversion.median)} | {conversion.peak_mb or 0:,.0f} | — | — | {load()} |"]
    for name, validate in engines().items():

        def run(validate: Callable[..., Any] = validate) -> frozenset[tuple[str, ...]]:
            _, report, _ = validate(graph, shacl_graph=shapes, advanced=True, allow_warnings=True, allow_infos=True)
            return result_keys(report)

        m = measure_capped(run, repeat, timeout)
        if m.timed_out:
            say(f"  {name}: stopped after {m.timed_out:.0f} s")
            rows.append(f"| validate, {name} | {size:,} | > {m.timed_out:.0f} (stopped) | — | — | — | {load()} |")
            continue
        found[name] = m.result
        reference = reference or m.median
        say(f"  {name}: {m.median:.2f} s, {len(m.result)} results")
        same = (
            "reference"
            if len(found) == 1
            else ("yes" if m.result == found["pySHACL"] else "**no**")
            if "pySHACL" in found
            else "—"
        )
        ratio = f"{reference / m.median:,.1f}×" if reference else "—"
        figures = f"{_seconds(m.median)} | {m.peak_mb or 0:,.0f} | {ratio} | {same} ({len(m.result)})"
        rows.append(f"| validate, {name} | {size:,} | {figures} | {load()} |")
    return rows + compiled_rows(size, quads, shapes, repeat, timeout, say, found, reference)


def compiled_rows(
    size: int,
    quads: list[Any],
    shapes: Any,
    repeat: int,
    timeout: float,
    say: Callable[[str], None],
    found: dict[str, frozenset[tuple[str, ...]]],
    reference: float | None,
) -> list[str]:
    """The compiled engine on ``quads``, loading included, beside the Python engines' ``found`` results."""
    rows: list[str] = []

    def compiled() -> frozenset[tuple[str, ...]]:
        with store_of(quads) as store:
            return compiled_keys(compiled_results(store, shapes))

    m = measure_capped(compiled, repeat, timeout)
    if m.timed_out:
        rows.append(f"| compiled (Oxigraph) | {size:,} | > {m.timed_out:.0f} (stopped) | — | — | — | {load()} |")
        return rows
    say(f"  compiled: {m.median:.2f} s, {len(m.result)} results")
    same = ("yes" if m.result == found["pySHACL"] else "**no**") if "pySHACL" in found else "—"
    ratio = f"{reference / m.median:,.1f}×" if reference else "—"
    figures = f"{_seconds(m.median)} | {m.peak_mb or 0:,.0f} | {ratio} | {same} ({len(m.result)})"
    rows.append(f"| compiled (Oxigraph), load included | {size:,} | {figures} | {load()} |")
    return rows


def graph_rows(path: Path, timeout: float, say: Callable[[str], None]) -> list[str]:
    """``validate FILE`` end to end (read, check, describe) with each engine, pySHACL stopped after ``timeout``."""
    rows = []
    for engine in ("oxigraph", "pyshacl"):
        m = measure_capped(lambda engine=engine: validate_file(path, engine=engine).counts(), 1, timeout)
        if m.timed_out:
            say(f"{path.name}, {engine}: stopped after {m.timed_out:.0f} s")
            rows.append(f"| {path.name} | {engine} | > {m.timed_out:.0f} (stopped) | — | — | {load()} |")
            continue
        counts = ", ".join(f"{n} {s.value}" for s, n in m.result.items())
        say(f"{path.name}, {engine}: {m.median:.1f} s; {counts}")
        rows.append(f"| {path.name} | {engine} | {_seconds(m.median)} | {m.peak_mb or 0:,.0f} | {counts} | {load()} |")
    return rows


# --- 3. the W3C SHACL test suite ------------------------------------------------------------


def _w3c_graph(iri: Any) -> rdflib.Graph:
    path = Path(str(iri).removeprefix("file://"))
    return rdflib.Graph().parse(path, publicID=str(iri))


def w3c_table(say: Callable[[str], None]) -> str:
    logging.getLogger("rdflib").setLevel(logging.CRITICAL)  # the suite's ill-typed literals on purpose
    warnings.simplefilter("ignore", UserWarning)
    runners = engines()
    agree, differ, expected_ok = 0, [], dict.fromkeys(runners, 0)
    seconds = dict.fromkeys(runners, 0.0)
    total = 0
    for path in sorted(W3C.rglob("*.ttl")):
        if path.name == "manifest.ttl":
            continue
        manifest = rdflib.Graph().parse(path, publicID=path.resolve().as_uri())
        for test in manifest.subjects(RDF.type, SHT.Validate):
            total += 1
            action, expected = manifest.value(test, MF.action), manifest.value(test, MF.result)
            conforms = manifest.value(expected, SH.conforms)
            outcomes = {}
            for name, validate in runners.items():
                started = time.perf_counter()
                try:
                    ok, report, _ = validate(
                        _w3c_graph(manifest.value(action, SHT.dataGraph)),
                        shacl_graph=_w3c_graph(manifest.value(action, SHT.shapesGraph)),
                        advanced=True,
                    )
                    outcomes[name] = (bool(ok), result_keys(report))
                    expected_ok[name] += conforms is not None and bool(ok) == conforms.toPython()
                except Exception as error:  # an engine that cannot run a test is a difference too
                    outcomes[name] = (None, frozenset({(type(error).__name__,)}))
                seconds[name] += time.perf_counter() - started
            if len(set(outcomes.values())) == 1:
                agree += 1
            else:
                differ.append(
                    f"{path.relative_to(W3C)}: "
                    + "; ".join(f"{n} conforms={o[0]}, {len(o[1])} results" for n, o in outcomes.items())
                )
    say(f"W3C suite: {total} tests, engines agree on {agree}")
    lines = ["| engine | tests | conforms as expected | total s |", "|---|---:|---:|---:|"]
    lines += [f"| {name} | {total} | {expected_ok[name]} | {_seconds(seconds[name])} |" for name in runners]
    lines += ["", f"Same results (conforms and every result) on {agree} of {total} tests. Differences:", ""]
    lines += [f"- {d}" for d in differ] or ["- none"]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="graph sizes in triples, comma-separated")
    parser.add_argument("--repeat", type=int, default=3, help="runs per measurement below 100,000 triples (one from there)")
    parser.add_argument("--timeout", type=float, default=240, help="seconds after which a run is stopped")
    parser.add_argument("--no-w3c", action="store_true", help="skip the W3C test-suite comparison")
    parser.add_argument("--no-build", action="store_true", help="skip the build of the bundled example")
    parser.add_argument("--graph", type=Path, nargs="*", default=[], help="graph files to validate end to end")
    parser.add_argument(
        "--reference-up-to", type=int, default=1_000_000, help="largest size the Python engines (and rdflib) are run at"
    )
    args = parser.parse_args(argv)

    def say(message: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)

    versions = ", ".join(
        f"{n} {importlib.metadata.version(n)}"
        for n in ("pyshacl", "pyshacl-turbo")
        if importlib.util.find_spec(n.replace("-", "_"))
    )
    say(f"{machine()}; {versions}")
    print(f"Machine: {machine()}; {versions}\n")
    if not args.no_build:
        print(build_table(args.repeat, say) + "\n")
    seed = homepage_quads()
    rows = [
        "| task | size (triples) | median s | peak RSS growth MB | speed vs pySHACL | same findings? (results) | machine |",
        "|---|---:|---:|---:|---:|---|---|",
    ]
    for size in (int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip()):
        repeat = args.repeat if size < 100_000 else 1
        rows += size_rows(size, seed, repeat, args.timeout, say, with_reference=size <= args.reference_up_to)
    print("\n".join(rows) + "\n")
    if args.graph:
        rows = ["| graph | engine | s | peak RSS growth MB | findings | machine |", "|---|---|---:|---:|---|---|"]
        for path in args.graph:
            rows += graph_rows(path, args.timeout, say)
        print("\n".join(rows) + "\n")
    if not args.no_w3c:
        print(w3c_table(say))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
