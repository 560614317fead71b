"""The shapes (``ontology/shapes.ttl``) find exactly what each case file says, and cover the build.

Each ``cases/<name>.ttl`` is a small graph that breaks one or a few rules, beside
``cases/<name>.expected``: the findings it must produce, one a line (severity, focus node,
property path, shape, and the value when the rule names one), written by hand from the
rule. ``conforming.ttl`` has one node of every class the build emits and no findings.
"""

from __future__ import annotations

import inspect
import json
import re
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import RDF, SH

from scholargraph.rdf.quads import GraphBuilder
from scholargraph.stores import read_quads
from scholargraph.validate.engine import validate_quads
from scholargraph.validate.shacl import compact, shapes_graph

CASES = Path(__file__).parent / "shapes" / "cases"
CASE_NAMES = sorted(path.stem for path in CASES.glob("*.ttl"))
BASE = "https://example.org/"


def _expected(name: str) -> list[tuple[str, ...]]:
    lines = (CASES / f"{name}.expected").read_text(encoding="utf-8").splitlines()
    return sorted(tuple(line.split()) for line in lines if line.strip() and not line.startswith("#"))


def _found(name: str) -> list[tuple[str, ...]]:
    report = validate_quads(read_quads(CASES / f"{name}.ttl"))
    rows = []
    for finding in report.findings:
        focus = (finding.focus or "").replace(BASE, "ex:")
        row = (finding.severity.value, focus, finding.path or "-", finding.shape or "-")
        named_value = finding.value is not None and finding.shape in _SHAPES_NAMING_A_VALUE
        rows.append((*row, finding.value) if named_value else row)
    return sorted(rows)


_SHAPES_NAMING_A_VALUE = {
    "sgsh:RankGapShape",
    "sgsh:KnownRankGapShape",
    "sgsh:PeriodOrderShape",
    "sgsh:OrcidCheckDigitShape",
}


@pytest.mark.parametrize("name", CASE_NAMES)
def test_case_gives_exactly_the_expected_findings(name: str) -> None:
    assert _found(name) == _expected(name)


def test_there_is_a_conforming_case_and_broken_ones() -> None:
    assert "conforming" in CASE_NAMES and not _expected("conforming")
    assert len(CASE_NAMES) > 20
    assert all((CASES / f"{name}.expected").is_file() for name in CASE_NAMES)


def _named_shapes(shapes: rdflib.Graph) -> set[str]:
    named = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
    return {str(compact(shape)) for shape in named if isinstance(shape, rdflib.URIRef)}


def test_every_shape_that_reports_is_broken_by_a_case() -> None:
    """A node shape made only of named property shapes reports through them; the shapes used in
    an sh:or (hasAuthors, markedIncomplete, year, yearMonth, day) report through it."""
    shapes = shapes_graph()
    expected_shapes = {row[3] for name in CASE_NAMES for row in _expected(name)}
    only_inside_others = {"sgsh:hasAuthors", "sgsh:markedIncomplete", "sgsh:year", "sgsh:yearMonth", "sgsh:day"}
    for shape in shapes.subjects(RDF.type, SH.NodeShape):
        parts = list(shapes.objects(shape, SH.property))
        if parts and all(isinstance(p, rdflib.URIRef) and compact(p) in expected_shapes for p in parts):
            only_inside_others.add(str(compact(shape)))
    missing = _named_shapes(shapes) - only_inside_others - expected_shapes
    assert not missing, f"shapes no case breaks: {sorted(missing)}"


# --- the shapes and the build agree ------------------------------------------------------

_CLASS_NAMESPACES = {
    "BIBO": "http://purl.org/ontology/bibo/",
    "FABIO": "http://purl.org/spar/fabio/",
    "FOAF": "http://xmlns.com/foaf/0.1/",
    "ORG": "http://www.w3.org/ns/org#",
    "PROV": "http://www.w3.org/ns/prov#",
    "SG": "https://w3id.org/scholargraph/ns#",
    "VIVO": "http://vivoweb.org/ontology/core#",
    "VOID": "http://rdfs.org/ns/void#",
}


def _classes_named_in_build() -> set[str]:
    """Capitalized terms (classes, by convention) written as ``VIVO.Authorship`` in the mapping's modules:
    ``GraphBuilder``'s and those of the classes it builds on."""
    files = {inspect.getsourcefile(cls) for cls in GraphBuilder.__mro__ if cls.__module__.startswith("scholargraph.")}
    text = "\n".join(Path(file).read_text(encoding="utf-8") for file in sorted(files))
    found = re.findall(r"\b(" + "|".join(_CLASS_NAMESPACES) + r")\.([A-Z][A-Za-z]+)\b", text)
    return {_CLASS_NAMESPACES[prefix] + name for prefix, name in found}


def _targeted_classes() -> set[str]:
    return {str(c) for c in shapes_graph().objects(None, SH.targetClass)}


def test_every_class_named_in_build_py_has_a_shape() -> None:
    named = _classes_named_in_build()
    # the regex works, in each module: works (quads.py), roles (roles.py), venues (nodes.py)
    vivo, sg = _CLASS_NAMESPACES["VIVO"], _CLASS_NAMESPACES["SG"]
    assert {vivo + "Authorship", "http://purl.org/ontology/bibo/Thesis", vivo + "AdvisorRole", sg + "VenueSeries"} <= named
    missing = named - _targeted_classes()
    assert not missing, f"classes the build emits without a shape (sh:targetClass): {sorted(missing)}"


def test_every_class_in_the_built_example_has_a_shape(example_build: Path) -> None:
    graph = rdflib.Graph().parse(example_build / "graph.ttl")
    emitted = {str(c) for c in graph.objects(None, RDF.type)}
    assert len(emitted) > 20
    missing = emitted - _targeted_classes()
    assert not missing, f"classes in the built graph without a shape: {sorted(missing)}"
    validation = json.loads((example_build / "validation.json").read_text(encoding="utf-8"))
    assert validation["conforms"], (example_build / "validation.txt").read_text(encoding="utf-8")


def test_conforming_case_has_every_class_a_shape_targets() -> None:
    graph = rdflib.Graph().parse(CASES / "conforming.ttl")
    missing = _targeted_classes() - {str(c) for c in graph.objects(None, RDF.type)}
    assert not missing, f"conforming.ttl lacks a node of: {sorted(missing)}"
