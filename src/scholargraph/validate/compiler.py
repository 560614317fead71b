"""SHACL shapes compiled to SPARQL SELECT queries, one query per shape and kind of check.

pySHACL walks the data graph node by node in Python (minutes per million triples); the same
constraints as a few dozen queries let a SPARQL engine (Oxigraph) do the walking. Only the
constraint components ``ontology/shapes.ttl`` uses are compiled: targets (class, subjects of,
node, objects of, SPARQL), paths (IRI, inverse, alternative, sequence), sh:minCount,
sh:maxCount, sh:datatype, sh:pattern, sh:minInclusive, sh:class, sh:nodeKind, sh:hasValue,
sh:or, sh:not, sh:node, sh:disjoint, sh:qualifiedValueShape with its counts, and SPARQL-based
constraints. A shape using anything else raises ``Unsupported``: pySHACL must check it.

Each query answers ``?this`` (focus node), ``?value`` when the result names one, and for
SPARQL-based constraints their own variables; ``compile_shapes`` returns them as ``Check``s.
``sh:datatype`` follows pySHACL (rdflib): a literal of the datatype whose text rdflib cannot
read is ill-typed, so each query takes the ill-typed literals found in the data (``BAD``).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass, field

import rdflib
from rdflib.collection import Collection
from rdflib.namespace import RDF, SH, XSD

__all__ = ["BAD", "WELL_TYPED", "Check", "Unsupported", "compile_shapes"]

BAD = re.compile(r"#BAD (\?\w+) <([^>]*)>#")
"""Placeholder, in a query, for ``&& !(sameTerm(?var, bad1) || …)`` over the ill-typed literals of a datatype."""
WELL_TYPED = (XSD.string, RDF.langString)
"""Datatypes whose every literal rdflib reads: the others' literals are checked in Python (``engine``)."""
_VALUE_COMPONENTS: dict[rdflib.term.Node, rdflib.URIRef] = {
    SH.datatype: SH.DatatypeConstraintComponent,
    SH.pattern: SH.PatternConstraintComponent,
    SH.minInclusive: SH.MinInclusiveConstraintComponent,
    SH["class"]: SH.ClassConstraintComponent,
    SH.nodeKind: SH.NodeKindConstraintComponent,
    SH["or"]: SH.OrConstraintComponent,
    SH["not"]: SH.NotConstraintComponent,
    SH.node: SH.NodeConstraintComponent,
}
_COUNT_COMPONENTS: dict[rdflib.term.Node, rdflib.URIRef] = {
    SH.minCount: SH.MinCountConstraintComponent,
    SH.maxCount: SH.MaxCountConstraintComponent,
    SH.qualifiedMinCount: SH.QualifiedMinCountConstraintComponent,
    SH.qualifiedMaxCount: SH.QualifiedMaxCountConstraintComponent,
}
_PROPERTY_ONLY = {SH.minCount, SH.maxCount, SH.hasValue, SH.disjoint, SH.qualifiedValueShape}
_IGNORED = {
    RDF.type, SH.path, SH.message, SH.severity, SH.name, SH.description, SH.order, SH.group, SH.deactivated,
    SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.target, SH.property, SH.sparql,
    SH.flags, SH.qualifiedMinCount, SH.qualifiedMaxCount, SH.prefixes, SH.declare, SH.defaultValue,
    rdflib.RDFS.label, rdflib.RDFS.comment, rdflib.OWL.imports,
}  # fmt: skip
_PREFIXES = {"rdf": str(RDF), "rdfs": str(rdflib.RDFS)}
_NODE_KINDS: dict[rdflib.term.Node, str] = {
    SH.IRI: "isIRI({0})",
    SH.BlankNode: "isBlank({0})",
    SH.Literal: "isLiteral({0})",
    SH.BlankNodeOrIRI: "(isBlank({0}) || isIRI({0}))",
    SH.BlankNodeOrLiteral: "(isBlank({0}) || isLiteral({0}))",
    SH.IRIOrLiteral: "(isIRI({0}) || isLiteral({0}))",
}


class Unsupported(ValueError):
    """The shapes use a SHACL feature this engine does not compile."""


@dataclass(frozen=True)
class Check:
    """One query and what each of its rows reports: the shape, component, severity, path and messages."""

    query: str
    shape: rdflib.term.Node
    component: rdflib.term.Node
    severity: rdflib.term.Node
    path: rdflib.term.Node | None
    messages: tuple[rdflib.Literal, ...]
    constraint: rdflib.term.Node | None = None
    """The sh:sparql node, for a SPARQL-based constraint: its rows may bind ``?path`` and ``?value``."""
    flags: tuple[tuple[str, rdflib.term.Node], ...] = ()
    """For the value checks of a property shape, run as one query: each row's true flag variables name
    the components its value breaks (``component`` is then the first of them)."""


@dataclass
class _Compiler:
    shapes: rdflib.Graph
    subclasses: bool
    """Whether the data has rdfs:subClassOf triples (then class membership follows them, as SHACL says)."""
    checks: list[Check] = field(default_factory=list)
    prefixes: dict[str, str] = field(default_factory=dict)
    """The prefixes the SPARQL of the shape being compiled declares."""
    names: Iterator[int] = field(default_factory=itertools.count)

    def var(self) -> str:
        return f"?v{next(self.names)}"

    def one(self, node: rdflib.term.Node, predicate: rdflib.URIRef) -> rdflib.term.Node | None:
        return self.shapes.value(node, predicate)

    def listed(self, node: rdflib.term.Node) -> list[rdflib.term.Node]:
        return list(Collection(self.shapes, node))

    # --- terms and paths -------------------------------------------------------------------

    def path(self, node: rdflib.term.Node) -> str:
        if isinstance(node, rdflib.URIRef):
            return node.n3()
        if (node, RDF.first, None) in self.shapes:
            return "(" + "/".join(self.path(p) for p in self.listed(node)) + ")"
        inverse = self.one(node, SH.inversePath)
        if inverse is not None:
            return f"^({self.path(inverse)})"
        alternatives = self.one(node, SH.alternativePath)
        if alternatives is not None:
            return "(" + "|".join(self.path(p) for p in self.listed(alternatives)) + ")"
        for predicate, operator in ((SH.zeroOrMorePath, "*"), (SH.oneOrMorePath, "+"), (SH.zeroOrOnePath, "?")):
            inner = self.one(node, predicate)
            if inner is not None:
                return f"({self.path(inner)}){operator}"
        raise Unsupported(f"unknown SHACL path {node}")

    def typed(self, var: str, cls: rdflib.term.Node) -> str:
        """The triple pattern ``var`` is an instance of ``cls``."""
        return f"{var} {'rdf:type/rdfs:subClassOf*' if self.subclasses else 'rdf:type'} {cls.n3()}"

    # --- targets -----------------------------------------------------------------------------

    def targets(self, shape: rdflib.term.Node) -> str | None:
        """A group pattern binding ``?this`` to each focus node of ``shape`` once, or None if it has no target."""
        parts = [f"{{ {self.typed('?this', c)} }}" for c in self.shapes.objects(shape, SH.targetClass)]
        parts += [f"{{ ?this {p.n3()} [] }}" for p in self.shapes.objects(shape, SH.targetSubjectsOf)]
        parts += [f"{{ [] {p.n3()} ?this }}" for p in self.shapes.objects(shape, SH.targetObjectsOf)]
        parts += [f"{{ VALUES ?this {{ {n.n3()} }} }}" for n in self.shapes.objects(shape, SH.targetNode)]
        if (shape, RDF.type, rdflib.RDFS.Class) in self.shapes:
            parts.append(f"{{ {self.typed('?this', shape)} }}")
        for target in self.shapes.objects(shape, SH.target):
            select = self.one(target, SH.select)
            if select is None:
                raise Unsupported(f"shape {shape}: only SPARQL-based custom targets are compiled")
            self.declare(target)
            parts.append(f"{{ {select} }}")
        if not parts:
            return None
        return f"{{ SELECT DISTINCT ?this WHERE {{ {' UNION '.join(parts)} }} }}"

    def declare(self, node: rdflib.term.Node) -> None:
        """Take the prefixes a SPARQL target or constraint declares (``sh:prefixes``) for the query's head."""
        todo, seen = list(self.shapes.objects(node, SH.prefixes)), set()
        while todo:
            ontology = todo.pop()
            seen.add(ontology)
            for declaration in self.shapes.objects(ontology, SH.declare):
                self.prefixes[str(self.one(declaration, SH.prefix))] = str(self.one(declaration, SH.namespace))
            todo += [o for o in self.shapes.objects(ontology, rdflib.OWL.imports) if o not in seen]

    # --- what one value node breaks, and whether a node conforms to a shape ------------------

    def violates(self, shape: rdflib.term.Node, predicate: rdflib.term.Node, obj: rdflib.term.Node, var: str) -> str:
        """A SPARQL expression, never an error, that is true when ``var`` breaks one value constraint of ``shape``."""
        if predicate == SH.datatype:
            bad = f"#BAD {var} {obj.n3()}#" if obj not in WELL_TYPED else ""
            return f"!(isLiteral({var}) && sameTerm(DATATYPE({var}), {obj.n3()}){bad})"
        if predicate == SH.pattern:
            flags = self.one(shape, SH.flags)
            text = _string(str(obj)) + (f", {_string(str(flags))}" if flags is not None else "")
            return f"COALESCE(isBlank({var}) || !REGEX(STR({var}), {text}), true)"
        if predicate == SH.minInclusive:
            return f"COALESCE(!({var} >= {obj.n3()}), true)"
        if predicate == SH["class"]:
            return f"NOT EXISTS {{ {self.typed(var, obj)} }}"
        if predicate == SH.nodeKind:
            return "!" + _NODE_KINDS[obj].format(var)
        if predicate == SH["or"]:
            return "!(" + " || ".join(self.conforms(member, var) for member in self.listed(obj)) + ")"
        if predicate == SH["not"]:
            return self.conforms(obj, var)
        if predicate == SH.node:
            return "!" + self.conforms(obj, var)
        raise Unsupported(f"shape {shape}: {predicate} is not compiled")

    def conforms(self, shape: rdflib.term.Node, var: str) -> str:
        """A SPARQL expression that is true when ``var`` conforms to ``shape`` (inside sh:or, sh:not, qualified shapes)."""
        tests = []
        for predicate, obj in sorted(self.shapes.predicate_objects(shape)):
            if predicate in _VALUE_COMPONENTS:
                tests.append("!" + self.violates(shape, predicate, obj, var))
            elif predicate == SH.property:
                tests.append(self.conforms(obj, var))
            elif predicate not in _IGNORED | _PROPERTY_ONLY:
                raise Unsupported(f"shape {shape}: {predicate} is not compiled")
        path = self.one(shape, SH.path)
        if path is not None:
            tests = [self.conforms_property(shape, self.path(path), var)]
        return "(" + " && ".join(tests or ["true"]) + ")"

    def conforms_property(self, shape: rdflib.term.Node, path: str, var: str) -> str:
        value = self.var()
        tests = []
        for predicate, obj in sorted(self.shapes.predicate_objects(shape)):
            if predicate in _VALUE_COMPONENTS:
                tests.append(f"NOT EXISTS {{ {var} {path} {value} FILTER ({self.violates(shape, predicate, obj, value)}) }}")
            elif predicate == SH.hasValue:
                tests.append(f"EXISTS {{ {var} {path} {obj.n3()} }}")
            elif predicate == SH.minCount and int(str(obj)) == 1:
                tests.append(f"EXISTS {{ {var} {path} [] }}")
            elif predicate == SH.qualifiedValueShape and self.one(shape, SH.qualifiedMaxCount) is None:
                minimum = self.one(shape, SH.qualifiedMinCount)
                if minimum is not None and int(str(minimum)) == 1:
                    tests.append(f"EXISTS {{ {var} {path} {value} FILTER ({self.conforms(obj, value)}) }}")
                elif minimum is not None:
                    raise Unsupported(f"shape {shape}: sh:qualifiedMinCount other than 1 inside another shape")
            elif predicate not in _IGNORED or predicate in (SH.property, SH.sparql):
                raise Unsupported(f"shape {shape}: {predicate} is not compiled inside another shape")
        return "(" + " && ".join(tests or ["true"]) + ")"

    # --- the checks of one shape on its focus nodes ------------------------------------------

    def emit(
        self,
        shape: rdflib.term.Node,
        component: rdflib.term.Node,
        body: str,
        constraint: rdflib.term.Node | None = None,
        flags: tuple[tuple[str, rdflib.term.Node], ...] = (),
    ) -> None:
        head = "".join(f"PREFIX {p}: <{n}>\n" for p, n in sorted((_PREFIXES | self.prefixes).items()))
        messages = [m for m in self.shapes.objects(constraint, SH.message)] if constraint is not None else []
        messages += self.shapes.objects(shape, SH.message)
        check = Check(
            head + body,
            shape,
            component,
            self.one(shape, SH.severity) or SH.Violation,
            self.one(shape, SH.path),
            tuple(m for m in messages if isinstance(m, rdflib.Literal)),
            constraint,
            flags,
        )
        self.checks.append(check)

    def shape(self, shape: rdflib.term.Node, targets: str) -> None:
        """Every check of ``shape`` (and of its property shapes) on the focus nodes ``targets`` binds."""
        if self.one(shape, SH.deactivated) == rdflib.Literal(True):
            return
        path = self.one(shape, SH.path)
        if path is not None:
            self.property_shape(shape, self.path(path), targets)
            # the shapes nested in a property shape look at its value nodes
            owners = f"{{ SELECT (?this AS ?owner) WHERE {{ {targets} }} }}"
            targets = f"{{ SELECT DISTINCT ?this WHERE {{ {owners} ?owner {self.path(path)} ?this }} }}"
        else:
            for predicate, obj in sorted(self.shapes.predicate_objects(shape)):
                if predicate in _VALUE_COMPONENTS:
                    expression = self.violates(shape, predicate, obj, "?value")
                    body = f"SELECT ?this ?value WHERE {{ {targets} BIND (?this AS ?value) FILTER ({expression}) }}"
                    self.emit(shape, _VALUE_COMPONENTS[predicate], body)
                elif predicate == SH.hasValue:
                    body = f"SELECT ?this WHERE {{ {targets} FILTER (!sameTerm(?this, {obj.n3()})) }}"
                    self.emit(shape, SH.HasValueConstraintComponent, body)
                elif predicate not in _IGNORED:
                    raise Unsupported(f"shape {shape}: {predicate} is not compiled")
        for constraint in self.shapes.objects(shape, SH.sparql):
            self.sparql(shape, constraint, targets)
        for part in self.shapes.objects(shape, SH.property):
            self.shape(part, targets)

    def sparql(self, shape: rdflib.term.Node, constraint: rdflib.term.Node, targets: str) -> None:
        found = self.one(constraint, SH.select)
        if found is None or self.one(shape, SH.path) is not None:
            raise Unsupported(f"shape {shape}: only SPARQL SELECT constraints on node shapes are compiled")
        self.declare(constraint)
        # $this is pre-bound, as SHACL says: the focus nodes come first in the query's pattern
        select = str(found)
        where = re.search(r"\bWHERE\s*\{", select, re.IGNORECASE)
        if where is None:
            raise Unsupported(f"shape {shape}: a SPARQL constraint needs SELECT … WHERE {{ … }}")
        body = f"{select[: where.end()]} {targets} {select[where.end() :]}"
        self.emit(shape, SH.SPARQLConstraintComponent, body, constraint)

    def property_shape(self, shape: rdflib.term.Node, path: str, targets: str) -> None:
        values = []
        for predicate, obj in sorted(self.shapes.predicate_objects(shape)):
            if predicate == SH["class"]:  # the values of no such class, a walk of its own: MINUS, as in ``count``
                where = f"{targets} ?this {path} ?value MINUS {{ {self.typed('?value', obj)} }} BIND (true AS ?f0)"
                body = f"SELECT DISTINCT ?this ?value ?f0 WHERE {{ {where} }}"
                self.emit(shape, SH.ClassConstraintComponent, body, flags=(("f0", SH.ClassConstraintComponent),))
            elif predicate in _VALUE_COMPONENTS:
                values.append((_VALUE_COMPONENTS[predicate], self.violates(shape, predicate, obj, "?value")))
            elif predicate == SH.disjoint:
                values.append((SH.DisjointConstraintComponent, f"EXISTS {{ ?this {obj.n3()} ?value }}"))
            elif predicate == SH.hasValue:
                body = f"SELECT ?this WHERE {{ {targets} FILTER NOT EXISTS {{ ?this {path} {obj.n3()} }} }}"
                self.emit(shape, SH.HasValueConstraintComponent, body)
            elif predicate == SH.qualifiedValueShape:
                self.qualified(shape, obj, path, targets)
            elif predicate not in _IGNORED | {SH.minCount, SH.maxCount}:
                raise Unsupported(f"shape {shape}: {predicate} is not compiled")
        for component in (SH.minCount, SH.maxCount):
            bound = self.one(shape, component)
            if bound is not None:
                self.count(shape, component, int(str(bound)), path, targets, "")
        if values:  # one walk over the values for all their constraints
            flags = tuple((f"f{n}", component) for n, (component, _) in enumerate(values))
            binds = " ".join(f"BIND ({expression} AS ?f{n})" for n, (_, expression) in enumerate(values))
            test = " || ".join(f"?{flag}" for flag, _ in flags)
            columns = " ".join(f"?{flag}" for flag, _ in flags)
            body = f"SELECT DISTINCT ?this ?value {columns} WHERE {{ {targets} ?this {path} ?value {binds} FILTER ({test}) }}"
            self.emit(shape, values[0][0], body, flags=flags)

    def count(self, shape: rdflib.term.Node, component: rdflib.term.Node, bound: int, path: str, targets: str, test: str) -> None:
        """Focus nodes with fewer (sh:minCount…) or more (sh:maxCount…) values than ``bound``, conforming to ``test``."""
        minimum = component in (SH.minCount, SH.qualifiedMinCount)
        if minimum and bound == 1:
            # MINUS, not FILTER NOT EXISTS (Oxigraph runs its join anew for each row) nor an unbound OPTIONAL (which
            # grows faster than the graph where many focus nodes share a value: 1.2 s at a million quads, MINUS 0.2 s)
            body = f"SELECT DISTINCT ?this WHERE {{ {targets} MINUS {{ ?this {path} ?value {test} }} }}"
        elif not minimum and bound == 0:
            body = f"SELECT DISTINCT ?this WHERE {{ {targets} ?this {path} ?value {test} }}"
        elif not minimum and test:  # qualified values counted apart, then joined with the focus nodes: 4× faster
            counted = f"SELECT ?this (COUNT(DISTINCT ?value) AS ?n) WHERE {{ ?this {path} ?value {test} }} GROUP BY ?this"
            body = f"SELECT ?this WHERE {{ {targets} {{ {counted} }} FILTER (?n > {bound}) }}"
        else:
            having = f"COUNT(DISTINCT ?value) {'<' if minimum else '>'} {bound}"
            where = f"{targets} OPTIONAL {{ ?this {path} ?value {test} }}" if minimum else f"{targets} ?this {path} ?value {test}"
            body = f"SELECT ?this WHERE {{ {where} }} GROUP BY ?this HAVING ({having})"
        self.emit(shape, _COUNT_COMPONENTS[component], body)

    def qualified(self, shape: rdflib.term.Node, qualified: rdflib.term.Node, path: str, targets: str) -> None:
        if self.one(shape, SH.qualifiedValueShapesDisjoint) == rdflib.Literal(True):
            raise Unsupported(f"shape {shape}: sh:qualifiedValueShapesDisjoint is not compiled")
        parts = set(self.shapes.predicate_objects(qualified)) - {(RDF.type, SH.NodeShape)}
        if len(parts) == 1 and next(iter(parts))[0] == SH["class"]:  # a join: Oxigraph runs a FILTER EXISTS per row
            test = ". " + self.typed("?value", next(iter(parts))[1])
        else:
            test = f"FILTER ({self.conforms(qualified, '?value')})"
        for component in (SH.qualifiedMinCount, SH.qualifiedMaxCount):
            bound = self.one(shape, component)
            if bound is not None:
                self.count(shape, component, int(str(bound)), path, targets, test)


def _string(text: str) -> str:
    """``text`` as a SPARQL string literal."""
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    return f'"{escaped}"'


def compile_shapes(shapes: rdflib.Graph, *, subclasses: bool = False) -> list[Check]:
    """The checks of every shape that has targets; ``Unsupported`` if a shape needs more than is compiled."""
    compiler = _Compiler(shapes, subclasses)
    roots = set(shapes.subjects(RDF.type, SH.NodeShape)) | set(shapes.subjects(RDF.type, SH.PropertyShape))
    for predicate in (SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.target):
        roots |= set(shapes.subjects(predicate, None))
    roots |= {s for s in shapes.subjects(RDF.type, rdflib.RDFS.Class) if (s, RDF.type, SH.NodeShape) in shapes}
    for shape in sorted(roots, key=str):
        compiler.prefixes = {}
        targets = compiler.targets(shape)
        if targets is not None:
            compiler.shape(shape, targets)
    return compiler.checks
