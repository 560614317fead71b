"""Checking a graph against ``ontology/shapes.ttl`` with pySHACL, and reporting what a person can fix.

A SHACL result names a node by its IRI; a ``Finding`` names it the way the source wrote it
(``work 'Learning De-Biased Representations…'``), with the property, what was expected and
the source file and line the fact came from (``sg:sourceLine`` on the node, or on the
nearest node that mentions it, and the ``dcterms:source`` of its named graph). Problems found
while reading the sources become findings too, so a build has one report: the graph's findings
and, apart, the reading's, each grouped by severity.
The report is text for people, JSON for programs, or the standard SHACL report graph (Turtle).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import rdflib
from pyoxigraph import DefaultGraph, NamedNode, Quad
from pyoxigraph import Literal as OxLiteral
from rdflib.namespace import SH

from ..model.records import Origin, Problem, Severity
from ..pipeline.accounting import SourceAccount
from ..rdf.vocab import DCTERMS, FOAF, PREFIXES, RDFS, SG, VIVO, XSD
from ..resources import shipped_dir

__all__ = [
    "FORMATS",
    "Finding",
    "ValidationReport",
    "compact",
    "rdflib_graph",
    "shapes_graph",
    "source_origins",
    "validate_quads",
]

FORMATS = ("text", "json", "ttl")
SHAPES_NS = "https://w3id.org/scholargraph/shapes#"
_SEVERITY: dict[rdflib.term.Node, Severity] = {
    SH.Violation: Severity.VIOLATION,
    SH.Warning: Severity.WARNING,
    SH.Info: Severity.INFO,
}
_ORDER = {Severity.VIOLATION: 0, Severity.WARNING: 1, Severity.INFO: 2}
_HEADINGS = {Severity.VIOLATION: "Violations", Severity.WARNING: "Warnings", Severity.INFO: "Notes"}
_NOUNS = {Severity.VIOLATION: "violation", Severity.WARNING: "warning", Severity.INFO: "note"}
_KIND = {
    # class → the word a person uses for it; the first class a node has in this order wins
    VIVO.Authorship.value: "authorship",
    VIVO.Editorship.value: "editorship",
    VIVO.AdvisingRelationship.value: "supervision",
    VIVO.AdvisorRole.value: "advisor role",
    VIVO.AdviseeRole.value: "advisee role",
    "http://purl.org/ontology/bibo/Document": "work",
    FOAF.Person.value: "person",
    FOAF.Organization.value: "organization",
    "http://vivoweb.org/ontology/core#Position": "position",
    SG.Visit.value: "visit",
    "http://vivoweb.org/ontology/core#AwardReceipt": "award",
    "http://vivoweb.org/ontology/core#AwardedDegree": "degree",
    "http://vivoweb.org/ontology/core#Presentation": "talk",
    "http://vivoweb.org/ontology/core#Course": "course",
    SG.Collaboration.value: "collaboration",
    "http://purl.org/ontology/bibo/Conference": "venue event",
    SG.VenueSeries.value: "venue series",
    "http://purl.org/ontology/bibo/Journal": "journal",
    SG.Link.value: "link",
    "http://rdfs.org/ns/void#Dataset": "source",
}
_NAMES = (FOAF.name, DCTERMS.title, RDFS.label, SG.nameAsWritten, DCTERMS.source)


@dataclass(frozen=True)
class Finding:
    """One thing wrong (or worth knowing) about the graph or a source, and how to fix it.

    ``shape`` is the SHACL shape that found it (compact IRI), or None for a problem found
    while reading a source; ``entity`` names the node for a person; ``origin`` is where the
    fact was written, when known.
    """

    severity: Severity
    message: str
    origin: Origin | None = None
    entity: str | None = None
    focus: str | None = None
    path: str | None = None
    value: str | None = None
    shape: str | None = None

    @classmethod
    def from_problem(cls, problem: Problem) -> Finding:
        return cls(problem.severity, problem.message, problem.origin)

    @property
    def sort_key(self) -> tuple[int, str, int, str, str]:
        origin = self.origin or Origin("", 0)
        return (_ORDER[self.severity], origin.path, origin.line, self.entity or "", self.message)

    def __str__(self) -> str:
        where = str(self.origin) if self.origin else (self.focus or "graph")
        subject = f"{self.entity} — {self.path}: " if self.entity and self.path else f"{self.entity}: " if self.entity else ""
        return f"{where}: {self.severity.value}: {subject}{self.message}"

    def as_json(self) -> dict[str, Any]:
        source = {"path": self.origin.path or None, "line": self.origin.line} if self.origin else None
        return {
            "severity": self.severity.value,
            "entity": self.entity,
            "focus": self.focus,
            "path": self.path,
            "value": self.value,
            "message": self.message,
            "shape": self.shape,
            "source": source,
        }


def _counts(findings: Iterable[Finding]) -> dict[Severity, int]:
    counts = dict.fromkeys(Severity, 0)
    for finding in findings:
        counts[finding.severity] += 1
    return counts


def _counted(findings: Iterable[Finding]) -> str:
    return ", ".join(f"{n} {_NOUNS[s]}{'s' if n != 1 else ''}" for s, n in _counts(findings).items())


def _grouped(findings: list[Finding], heading: str = "{}") -> list[str]:
    """Findings grouped by severity (violations first), each on one line, sorted by source line."""
    lines = []
    for severity in Severity:
        group = [f for f in findings if f.severity is severity]
        if group:
            lines += ["", f"{heading.format(_HEADINGS[severity])} ({len(group)})"]
            lines += [f"  {finding}" for finding in sorted(group, key=lambda f: f.sort_key)]
    return lines


@dataclass
class ValidationReport:
    """The findings on one graph, and the SHACL report graph they were read from.

    A build's report also holds what reading the sources found (``reading``), kept apart so
    that the graph's part is exactly what ``validate`` reports for the graph file."""

    findings: list[Finding] = field(default_factory=list)
    results: rdflib.Graph = field(default_factory=rdflib.Graph)
    seconds: float = 0.0
    sources: list[SourceAccount] = field(default_factory=list)
    """What became of each source's records, when the report is a build's."""
    reading: list[Finding] = field(default_factory=list)
    """Problems found while reading the sources and resolving who is whom, when the report is a build's."""

    @property
    def conforms(self) -> bool:
        """True when nothing, in the graph or its sources, is a violation: warnings and notes do not fail a graph."""
        return not any(f.severity is Severity.VIOLATION for f in self.findings + self.reading)

    def counts(self) -> dict[Severity, int]:
        """The graph's findings by severity."""
        return _counts(self.findings)

    def summary(self) -> str:
        graph = "does not conform" if self.counts()[Severity.VIOLATION] else "conforms"
        reading = f"; reading the sources: {_counted(self.reading)}" if self.reading else ""
        return f"{graph}: {_counted(self.findings)}{reading}"

    def text(self) -> str:
        """The summary, the sources' accounts, then the graph's findings and the reading's, each grouped by severity."""
        lines = [f"The graph {self.summary()}."]
        if self.sources:
            lines += ["", f"Sources ({len(self.sources)})"] + [f"  {source}" for source in self.sources]
        lines += _grouped(self.findings) + _grouped(self.reading, "Reading the sources: {}")
        return "\n".join(lines) + "\n"

    def json(self) -> str:
        document: dict[str, Any] = {"conforms": self.conforms, "counts": {s.value: n for s, n in self.counts().items()}}
        if self.sources:  # a build accounts for its sources; a graph file checked alone has none
            document["sources"] = [source.as_json() for source in self.sources]
        document["findings"] = [f.as_json() for f in sorted(self.findings, key=lambda f: f.sort_key)]
        if self.reading:
            document["reading"] = {
                "counts": {s.value: n for s, n in _counts(self.reading).items()},
                "findings": [f.as_json() for f in sorted(self.reading, key=lambda f: f.sort_key)],
            }
        return json.dumps(document, ensure_ascii=False, indent=1) + "\n"

    def turtle(self) -> str:
        """The standard SHACL validation report graph (``sh:ValidationReport``)."""
        return self.results.serialize(format="turtle")

    def render(self, output_format: str) -> str:
        if output_format not in FORMATS:
            raise ValueError(f"unknown format '{output_format}'; use one of {', '.join(FORMATS)}")
        return {"text": self.text, "json": self.json, "ttl": self.turtle}[output_format]()


def shapes_graph() -> rdflib.Graph:
    """The shipped shapes, ``ontology/shapes.ttl``."""
    return rdflib.Graph().parse(shipped_dir("ontology") / "shapes.ttl", format="turtle")


def _term(term: Any) -> rdflib.term.Identifier:
    if isinstance(term, NamedNode):
        return rdflib.URIRef(term.value)
    if isinstance(term, OxLiteral):
        if term.language:
            return rdflib.Literal(term.value, lang=term.language)
        if term.datatype == XSD.string:
            return rdflib.Literal(term.value)
        return rdflib.Literal(term.value, datatype=rdflib.URIRef(term.datatype.value))
    return rdflib.BNode(term.value)


def rdflib_graph(quads: Iterable[Quad]) -> rdflib.Graph:
    """The union of all graphs of ``quads`` as one rdflib graph (what pySHACL validates)."""
    graph = rdflib.Graph()
    for quad in quads:
        graph.add((_term(quad.subject), _term(quad.predicate), _term(quad.object)))
    return graph


def source_origins(quads: Iterable[Quad]) -> dict[str, Origin]:
    """Node IRI → where it was written: its first ``sg:sourceLine``, in the file its named graph came from.

    A graph file without named graphs (Turtle, N-Triples) does not say which file a node came
    from; when it describes exactly one source, that one is meant, else the path is left empty.
    """
    sources: dict[str, str] = {}
    lines: list[tuple[str, str, int]] = []
    for quad in quads:
        subject, obj = quad.subject, quad.object
        if not isinstance(subject, NamedNode) or not isinstance(obj, OxLiteral):
            continue
        if quad.predicate == DCTERMS.source:
            sources[subject.value] = obj.value
        elif quad.predicate == SG.sourceLine and obj.value.isdigit():
            graph = "" if isinstance(quad.graph_name, DefaultGraph) else quad.graph_name.value
            lines.append((subject.value, graph, int(obj.value)))
    only = next(iter(sources.values())) if len(sources) == 1 else ""
    origins: dict[str, Origin] = {}
    for node, graph, line in lines:
        origin = Origin(sources.get(graph, only), line)
        if node not in origins or origin < origins[node]:
            origins[node] = origin
    return origins


class _Describer:
    """Names nodes of the data graph for people, and finds where they were written."""

    def __init__(self, graph: rdflib.Graph, origins: dict[str, Origin]) -> None:
        self.graph = graph
        self.origins = origins

    def name(self, node: rdflib.term.Node) -> str | None:
        for predicate in _NAMES:
            value = self.graph.value(node, rdflib.URIRef(predicate.value))
            if value is not None and str(value).strip():
                return str(value)
        return None

    def kind(self, node: rdflib.term.Node) -> str | None:
        types = {str(t) for t in self.graph.objects(node, rdflib.RDF.type)}
        return next((word for iri, word in _KIND.items() if iri in types), None)

    def _related(self, node: rdflib.term.Node, predicate: NamedNode) -> rdflib.term.Node | None:
        return self.graph.value(node, rdflib.URIRef(predicate.value))

    def describe(self, node: rdflib.term.Node) -> str:
        """``work 'Title'``, ``author 2 ('A. Name') of 'Title'``, ``supervision of X by Y``…"""
        kind = self.kind(node)
        if kind == "authorship":
            works = [o for o in self.graph.objects(node, rdflib.URIRef(VIVO.relates.value)) if self.kind(o) == "work"]
            rank = self._related(node, VIVO.rank)
            title = f" of '{self.name(works[0])}'" if works else ""
            return f"author {rank if rank is not None else '?'} ('{self.name(node) or '?'}'){title}"
        if kind == "supervision":
            advisee, advisor = self._related(node, SG.advisee), self._related(node, SG.advisor)
            whom = self.name(advisee) if advisee is not None else self.name(node)
            by = f" by {self.name(advisor)}" if advisor is not None else ""
            return f"supervision of {whom or '?'}{by}"
        if kind in ("advisor role", "advisee role"):
            relationships = list(self.graph.subjects(rdflib.URIRef(VIVO.relates.value), node))
            within = f" in {self.describe(relationships[0])}" if relationships else ""
            return f"{kind}{within}"
        name = self.name(node)
        if name is None:
            return f"{kind or 'node'} <{node}>"
        return f"{kind} '{name}'" if kind else f"'{name}'"

    def origin(self, node: rdflib.term.Node) -> Origin | None:
        """Where the node was written, else where the first node that mentions it was."""
        if str(node) in self.origins:
            return self.origins[str(node)]
        mentions = [self.origins[str(s)] for s in self.graph.subjects(None, node) if str(s) in self.origins]
        return min(mentions) if mentions else None


def compact(term: rdflib.term.Node | None, shapes: rdflib.Graph | None = None) -> str | None:
    """A short name for an IRI or a SHACL path: ``dcterms:issued``, ``^vivo:relates``."""
    if term is None:
        return None
    if isinstance(term, rdflib.BNode) and shapes is not None:
        inverse = shapes.value(term, SH.inversePath)
        if inverse is not None:
            return f"^{compact(inverse)}"
        alternatives = shapes.value(term, SH.alternativePath)
        if alternatives is not None:
            return "|".join(str(compact(t)) for t in rdflib.collection.Collection(shapes, alternatives))
    text = str(term)
    for prefix, namespace in sorted({**PREFIXES, "sgsh": SHAPES_NS}.items(), key=lambda item: -len(item[1])):
        if text.startswith(namespace) and text != namespace:
            return f"{prefix}:{text[len(namespace) :]}"
    return text


def _shape_name(shape: rdflib.term.Node, shapes: rdflib.Graph) -> str | None:
    """The named shape a result came from: a blank property shape is named by its node shape."""
    if isinstance(shape, rdflib.BNode):
        owner = shapes.value(None, SH.property, shape)
        return compact(owner) if owner is not None else None
    return compact(shape)


def _findings(results: rdflib.Graph, shapes: rdflib.Graph, describer: _Describer) -> list[Finding]:
    findings = set()  # one value breaking two constraints of one shape (datatype and range) is one finding
    for result in results.subjects(rdflib.RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        severity = _SEVERITY.get(results.value(result, SH.resultSeverity) or SH.Violation, Severity.VIOLATION)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        shape = results.value(result, SH.sourceShape)
        findings.add(
            Finding(
                severity=severity,
                message=messages[0] if messages else "does not conform",
                origin=describer.origin(focus) if focus is not None else None,
                entity=describer.describe(focus) if focus is not None else None,
                focus=str(focus) if focus is not None else None,
                path=compact(path, shapes),
                value=str(value) if value is not None else None,
                shape=_shape_name(shape, shapes) if shape is not None else None,
            )
        )
    return sorted(findings, key=lambda f: f.sort_key)


def validate_quads(quads: Iterable[Quad], shapes: rdflib.Graph | None = None) -> ValidationReport:
    """Validate the union of ``quads`` against the shapes (default: the shipped ones) with pySHACL."""
    from pyshacl import validate

    started = time.perf_counter()
    quads = list(quads)
    data = rdflib_graph(quads)
    shapes = shapes if shapes is not None else shapes_graph()
    _, results, _ = validate(data, shacl_graph=shapes, advanced=True, allow_warnings=True, allow_infos=True, inplace=True)
    describer = _Describer(data, source_origins(quads))
    findings = _findings(results, shapes, describer)
    return ValidationReport(findings, results, time.perf_counter() - started)
