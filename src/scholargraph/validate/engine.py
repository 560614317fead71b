"""Two engines that check a graph against the shapes, with one report: compiled SPARQL, and pySHACL.

``oxigraph`` (the default) runs the shapes compiled to SPARQL (``validate.compiler``) on a
store whose default graph is the union of its graphs: an Oxigraph store, a file loaded into
one in memory, or a SPARQL server. ``pyshacl`` is the reference: it gives the same results
(the tests hold the two equal) and needs minutes per million triples.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from datetime import time as clock
from decimal import Decimal
from pathlib import Path

import rdflib
from pyoxigraph import DefaultGraph, Quad, parse
from pyoxigraph import Literal as OxLiteral
from rdflib.namespace import SH, XSD

from ..errors import SourceError
from ..rdf.vocab import SG
from ..stores import GraphStore, graph_format
from .compiler import BAD, Check, compile_shapes
from .describe import describer, rdf_term
from .shacl import Result, ValidationReport, findings, shapes_graph

__all__ = [
    "ENGINES",
    "compiled_results",
    "pyshacl_results",
    "store_of",
    "validate_file",
    "validate_quads",
    "validate_store",
]

ENGINES = ("oxigraph", "pyshacl")
_VALUE_TYPES: dict[rdflib.URIRef, type | tuple[type, ...]] = {
    XSD.integer: int,
    XSD.boolean: bool,
    XSD.date: date,
    XSD.dateTime: datetime,
    XSD.time: clock,
    XSD.decimal: Decimal,
    XSD.float: float,
}
"""The Python value pySHACL wants an rdflib literal of each datatype to read as (else the literal is ill-typed)."""
_SURELY_WELL_TYPED = {XSD.integer: "^[+-]?[0-9]+$", XSD.boolean: "^(true|false|1|0)$"}
"""Texts rdflib always reads: literals written so are not looked at one by one."""


def _ill_typed(lexical: str, datatype: rdflib.URIRef) -> bool:
    """Whether pySHACL's sh:datatype rejects a literal of ``datatype`` (rdflib cannot read its text)."""
    rdflib_log = logging.getLogger("rdflib.term")
    level = rdflib_log.level
    rdflib_log.setLevel(logging.CRITICAL)  # rdflib logs every text it cannot read
    try:
        literal = rdflib.Literal(lexical, datatype=datatype)
    finally:
        rdflib_log.setLevel(level)
    expected = _VALUE_TYPES.get(datatype)
    return bool(literal.ill_typed) or (expected is not None and not isinstance(literal.value, expected))


def _ill_typed_literals(store: GraphStore, checks: list[Check]) -> dict[str, list[OxLiteral]]:
    """Datatype IRI → the literals of the data with that datatype that pySHACL deems ill-typed."""
    datatypes = sorted({datatype for check in checks for _, datatype in BAD.findall(check.query)})
    bad: dict[str, list[OxLiteral]] = {datatype: [] for datatype in datatypes}
    if not datatypes:
        return bad
    tests = []
    for datatype in datatypes:
        regex = _SURELY_WELL_TYPED.get(rdflib.URIRef(datatype))
        tests.append(f"(sameTerm(DATATYPE(?v), <{datatype}>)" + (f' && !REGEX(STR(?v), "{regex}"))' if regex else ")"))
    rows = store.select(f"SELECT DISTINCT ?v WHERE {{ ?s ?p ?v FILTER (isLiteral(?v) && ({' || '.join(tests)})) }}").rows
    for (value,) in rows:
        if isinstance(value, OxLiteral) and _ill_typed(value.value, rdflib.URIRef(value.datatype.value)):
            bad[value.datatype.value].append(value)
    return bad


def _excluding(variable: str, literals: list[OxLiteral]) -> str:
    return f" && !({' || '.join(f'sameTerm({variable}, {literal})' for literal in literals)})" if literals else ""


def _message(message: rdflib.Literal, bound: Mapping[str, rdflib.term.Node]) -> rdflib.Literal:
    """A SPARQL-based constraint's message with ``{?var}`` (or ``{$var}``) replaced by the row's values, as pySHACL does."""
    text = str(message)
    for name, term in bound.items():
        text = text.replace(f"{{?{name}}}", str(term)).replace(f"{{${name}}}", str(term))
    return rdflib.Literal(text)


def _results(check: Check, columns: tuple[str, ...], rows: Sequence[tuple[object, ...]]) -> list[Result]:
    results = []
    for row in rows:
        bound = {c: rdf_term(t) for c, t in zip(columns, row, strict=True) if t is not None}  # type: ignore[arg-type]
        focus = bound["this"]
        if check.flags:
            for flag, component in check.flags:
                if bound.get(flag) == rdflib.Literal(True):
                    results.append(
                        Result(focus, check.path, bound["value"], check.severity, check.shape, component, check.messages)
                    )
            continue
        if check.constraint is None:
            result = Result(focus, check.path, bound.get("value"), check.severity, check.shape, check.component, check.messages)
        else:
            path = bound.get("path", check.path)
            value = bound.get("value", focus)
            messages = tuple(_message(m, {**bound, "value": value} if "value" in bound else bound) for m in check.messages)
            result = Result(focus, path, value, check.severity, check.shape, check.component, messages)
        results.append(result)
    return results


def compiled_results(store: GraphStore, shapes: rdflib.Graph, step: Callable[[int, int], None] | None = None) -> list[Result]:
    """The SHACL results of the union of the store's graphs, by the compiled shapes; ``step`` is told each check done."""
    subclasses = bool(store.select("SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#subClassOf> ?o } LIMIT 1").rows)
    checks = compile_shapes(shapes, subclasses=subclasses)
    bad = _ill_typed_literals(store, checks)
    results = []
    for done, check in enumerate(checks, 1):
        query = BAD.sub(lambda match: _excluding(match[1], bad[match[2]]), check.query)
        rows = store.select(query)
        results += _results(check, rows.columns, rows.rows)
        if step is not None:
            step(done, len(checks))
    return results


def pyshacl_results(store: GraphStore, shapes: rdflib.Graph) -> list[Result]:
    """The SHACL results of the union of the store's graphs, by pySHACL (the reference)."""
    from pyshacl import validate

    data = rdflib.Graph()
    for s, p, o in store.select("SELECT ?s ?p ?o WHERE { ?s ?p ?o }").rows:
        data.add((rdf_term(s), rdf_term(p), rdf_term(o)))  # type: ignore[arg-type]
    _, graph, _ = validate(data, shacl_graph=shapes, advanced=True, allow_warnings=True, allow_infos=True, inplace=True)
    return [
        Result(
            focus=graph.value(node, SH.focusNode),
            path=graph.value(node, SH.resultPath),
            value=graph.value(node, SH.value),
            severity=graph.value(node, SH.resultSeverity) or SH.Violation,
            shape=graph.value(node, SH.sourceShape),
            component=graph.value(node, SH.sourceConstraintComponent),
            messages=tuple(sorted(m for m in graph.objects(node, SH.resultMessage) if isinstance(m, rdflib.Literal))),
        )
        for node in graph.subjects(rdflib.RDF.type, SH.ValidationResult)
    ]


def validate_store(
    store: GraphStore,
    shapes: rdflib.Graph | None = None,
    engine: str = "oxigraph",
    step: Callable[[int, int], None] | None = None,
) -> ValidationReport:
    """Validate the union of the store's graphs against the shapes (default: the shipped ones); the compiled engine
    tells ``step`` each check it has done (a long validation shows its progress)."""
    started = time.perf_counter()
    store = store.project_view()
    shapes = shapes if shapes is not None else shapes_graph()
    if engine not in ENGINES:
        raise ValueError(f"unknown engine '{engine}'; use one of {', '.join(ENGINES)}")
    results = compiled_results(store, shapes, step) if engine == "oxigraph" else pyshacl_results(store, shapes)
    found = findings(results, shapes, describer(store, {r.focus for r in results}))
    return ValidationReport(found, results, time.perf_counter() - started, shapes=shapes)


def store_of(quads: Iterable[Quad]) -> GraphStore:
    """An in-memory Oxigraph store holding ``quads``, its default graph the union of all graphs."""
    from ..stores.oxigraph import OxigraphStore

    def union(quads: Iterable[Quad]) -> Iterable[Quad]:
        """Each triple in the default graph; of the named graphs, only the source lines (``validate.describe``)."""
        for quad in quads:
            yield Quad(quad.subject, quad.predicate, quad.object)
            if quad.predicate == SG.sourceLine and not isinstance(quad.graph_name, DefaultGraph):
                yield quad

    store = OxigraphStore()
    store.store.bulk_extend(union(quads))
    return store


def validate_file(path: Path, shapes: rdflib.Graph | None = None, engine: str = "oxigraph") -> ValidationReport:
    """Validate a graph file, parsed straight into the store (its quads are never all held as Python objects)."""
    started = time.perf_counter()
    rdf_format = graph_format(path)
    try:
        store = store_of(parse(path=str(path), format=rdf_format))
    except SyntaxError as error:
        raise SourceError(str(path), f"not valid {rdf_format.name}: {error}") from None
    with store:
        report = validate_store(store, shapes, engine)
    report.seconds = time.perf_counter() - started
    return report


def validate_quads(quads: Iterable[Quad], shapes: rdflib.Graph | None = None, engine: str = "oxigraph") -> ValidationReport:
    """Validate the union of ``quads`` against the shapes (default: the shipped ones)."""
    started = time.perf_counter()
    with store_of(quads) as store:
        report = validate_store(store, shapes, engine)
    report.seconds = time.perf_counter() - started
    return report
