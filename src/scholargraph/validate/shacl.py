"""The report of checking a graph against ``ontology/shapes.ttl``: what a person can fix.

An engine (``validate.engine``) gives SHACL results (``Result``); a ``Finding`` names the
node the way the source wrote it (``work 'Learning De-Biased Representations…'``), with the
property, what was expected and the source file and line the fact came from
(``validate.describe``). Problems found while reading the sources become findings too, so a
build has one report: the graph's findings and, apart, the reading's, each grouped by severity.
The report is text for people, JSON for programs, or the standard SHACL report graph (Turtle).
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import rdflib
from rdflib.namespace import SH

from ..model.records import Origin, Problem, Severity
from ..pipeline.accounting import SourceAccount
from ..rdf.vocab import PREFIXES
from ..resources import shipped_dir
from .describe import Describer

__all__ = [
    "FORMATS",
    "Finding",
    "Result",
    "ValidationReport",
    "compact",
    "findings",
    "shapes_graph",
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


@dataclass(frozen=True)
class Result:
    """One SHACL validation result, as the standard report graph states it (``sh:ValidationResult``)."""

    focus: rdflib.term.Node
    path: rdflib.term.Node | None
    value: rdflib.term.Node | None
    severity: rdflib.term.Node
    shape: rdflib.term.Node
    component: rdflib.term.Node
    messages: tuple[rdflib.Literal, ...] = ()


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
    results: list[Result] = field(default_factory=list)
    seconds: float = 0.0
    sources: list[SourceAccount] = field(default_factory=list)
    """What became of each source's records, when the report is a build's."""
    reading: list[Finding] = field(default_factory=list)
    """Problems found while reading the sources and resolving who is whom, when the report is a build's."""
    shapes: rdflib.Graph | None = None
    """The shapes the results name (their blank property shapes and paths go into the report graph)."""

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
        graph = rdflib.Graph()
        graph.bind("sh", SH)
        report = rdflib.BNode()
        graph.add((report, rdflib.RDF.type, SH.ValidationReport))
        conforms = not any(r.severity == SH.Violation for r in self.results)
        graph.add((report, SH.conforms, rdflib.Literal(conforms)))
        shapes = self.shapes if self.shapes is not None else rdflib.Graph()
        for result in self.results:
            node = rdflib.BNode()
            graph.add((report, SH.result, node))
            graph.add((node, rdflib.RDF.type, SH.ValidationResult))
            for predicate, term in (
                (SH.focusNode, result.focus),
                (SH.resultPath, result.path),
                (SH.value, result.value),
                (SH.resultSeverity, result.severity),
                (SH.sourceShape, result.shape),
                (SH.sourceConstraintComponent, result.component),
            ):
                if term is not None:
                    graph.add((node, predicate, term))
                    if isinstance(term, rdflib.BNode) and predicate in (SH.resultPath, SH.sourceShape):
                        graph += shapes.cbd(term)
            for message in result.messages:
                graph.add((node, SH.resultMessage, message))
        return graph.serialize(format="turtle")

    def render(self, output_format: str) -> str:
        if output_format not in FORMATS:
            raise ValueError(f"unknown format '{output_format}'; use one of {', '.join(FORMATS)}")
        return {"text": self.text, "json": self.json, "ttl": self.turtle}[output_format]()


def shapes_digest() -> str:
    """The SHA-256 of the shipped shapes: a store validated with other shapes is validated again."""
    return hashlib.sha256((shipped_dir("ontology") / "shapes.ttl").read_bytes()).hexdigest()


def shapes_graph() -> rdflib.Graph:
    """The shipped shapes, ``ontology/shapes.ttl``."""
    return rdflib.Graph().parse(shipped_dir("ontology") / "shapes.ttl", format="turtle")


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


def findings(results: list[Result], shapes: rdflib.Graph, describer: Describer) -> list[Finding]:
    """The results as findings, each naming its node for a person and where it was written."""
    found = set()  # one value breaking two constraints of one shape (datatype and range) is one finding
    for result in results:
        messages = sorted(str(m) for m in result.messages)
        found.add(
            Finding(
                severity=_SEVERITY.get(result.severity, Severity.VIOLATION),
                message=messages[0] if messages else "does not conform",
                origin=describer.origin(result.focus),
                entity=describer.describe(result.focus),
                focus=str(result.focus),
                path=compact(result.path, shapes),
                value=str(result.value) if result.value is not None else None,
                shape=_shape_name(result.shape, shapes),
            )
        )
    return sorted(found, key=lambda f: f.sort_key)
