"""Compacted JSON-LD with the project's context (``ontology/context.jsonld``), written deterministically.

The context gives short terms (``name``, ``title``, ``rank``…) and says which properties
hold IRIs and which datatypes are implied, so a document reads like plain JSON. A value
the context cannot say exactly (another datatype, a language) is written as an explicit
value object, so the document always expands to exactly the quads it was made from.
Nodes come in natural IRI order — a work, then its authorships by rank — a work's
``creator`` list in author order and other values in canonical order, so the same graph gives the same bytes.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, Triple

from ..resources import shipped_dir
from .vocab import DCTERMS, RDF, VIVO, XSD

__all__ = ["Context", "author_ranks", "compacted_document", "dumps", "project_context"]


@dataclass(frozen=True)
class _Term:
    name: str
    coerce: str | None  # "@id", a datatype IRI, or None


class Context:
    """A JSON-LD context of prefixes and terms, and what it makes of IRIs and values."""

    def __init__(self, definitions: dict[str, Any]) -> None:
        self.definitions = definitions
        self.prefixes = {
            key: value for key, value in definitions.items() if isinstance(value, str) and value.endswith(("/", "#"))
        }
        self.terms: dict[str, _Term] = {}
        self.classes: dict[str, str] = {}
        for key, value in definitions.items():
            if key in self.prefixes:
                continue
            iri = self.expand(value if isinstance(value, str) else value["@id"])
            coerce = None if isinstance(value, str) else value.get("@type")
            self.terms[iri] = _Term(key, coerce if coerce in (None, "@id") else self.expand(coerce))
            if isinstance(value, str):
                self.classes[iri] = key

    def expand(self, name: str) -> str:
        prefix, colon, local = name.partition(":")
        return self.prefixes[prefix] + local if colon and prefix in self.prefixes else name

    def compact_iri(self, iri: str) -> str:
        """``foaf:name`` for an IRI under a prefix (the longest namespace wins), else the IRI."""
        best = ""
        for prefix, namespace in self.prefixes.items():
            if iri.startswith(namespace) and iri != namespace and len(namespace) > len(self.prefixes.get(best, "")):
                local = iri[len(namespace) :]
                if not local.startswith("//"):
                    best = prefix
        return f"{best}:{iri[len(self.prefixes[best]) :]}" if best else iri

    def key(self, predicate: str) -> tuple[str, str | None]:
        """The JSON key for a predicate and the coercion that key implies."""
        term = self.terms.get(predicate)
        return (term.name, term.coerce) if term else (self.compact_iri(predicate), None)

    def type_name(self, iri: str) -> str:
        """The class's term (``Person``), else its compact IRI."""
        found = self.classes.get(iri)
        if found is None:
            found = self.classes[iri] = self.compact_iri(iri)
        return found

    def value(self, term: NamedNode | BlankNode | Literal, coerce: str | None) -> Any:
        """A JSON value that expands to ``term`` under a key with coercion ``coerce``."""
        if isinstance(term, NamedNode | BlankNode):
            identifier = term.value if isinstance(term, NamedNode) else f"_:{term.value}"
            return identifier if coerce == "@id" else {"@id": identifier}
        if term.language:
            return {"@value": term.value, "@language": term.language}
        datatype = term.datatype.value
        if coerce is None and datatype == XSD.string.value:
            return term.value
        if coerce is not None and coerce != "@id" and datatype == coerce:
            return term.value
        return {"@value": term.value, "@type": self.compact_iri(datatype)}


@cache
def project_context() -> Context:
    """The context shipped as ``ontology/context.jsonld``."""
    document = json.loads((shipped_dir("ontology") / "context.jsonld").read_text(encoding="utf-8"))
    return Context(document["@context"])


_TYPE, _CREATOR, _RELATES, _RANK = RDF.type, DCTERMS.creator, VIVO.relates, VIVO.rank  # made once, compared often
_DIGITS = re.compile(r"(\d+)")


def _natural(text: str) -> tuple[Any, ...]:
    """``…/authorship/2`` before ``…/authorship/10``."""
    return tuple(int(part) if index % 2 else part for index, part in enumerate(_DIGITS.split(text)))


def _node_id(term: Any) -> str:
    return term.value if isinstance(term, NamedNode) else f"_:{term.value}"


def author_ranks(triples: Iterable[Triple]) -> dict[tuple[str, str], int]:
    """``(work, person) → rank`` from the ``vivo:Authorship`` nodes, to write ``creator`` in author order."""
    relates: dict[str, list[str]] = {}
    ranks: dict[str, int] = {}
    for triple in triples:
        if triple.predicate == _RELATES:
            relates.setdefault(triple.subject.value, []).append(triple.object.value)  # type: ignore[union-attr]
        elif triple.predicate == _RANK and isinstance(triple.object, Literal) and triple.object.value.isdigit():
            ranks[triple.subject.value] = int(triple.object.value)  # type: ignore[union-attr]
    found: dict[tuple[str, str], int] = {}
    for node, rank in ranks.items():
        for first in relates.get(node, []):
            for second in relates.get(node, []):
                found.setdefault((first, second), rank)
    return found


def _nodes(triples: list[Triple], context: Context) -> list[dict[str, Any]]:
    by_subject: dict[str, list[Triple]] = {}
    for triple in triples:
        by_subject.setdefault(_node_id(triple.subject), []).append(triple)
    ranks = author_ranks(triples)
    nodes = []
    for subject in sorted(by_subject, key=_natural):
        node: dict[str, Any] = {"@id": subject}
        types = []
        values: dict[str, list[tuple[tuple[int, str], Any]]] = {}
        for triple in by_subject[subject]:
            predicate, value = triple.predicate, triple.object
            if predicate == _TYPE and isinstance(value, NamedNode):
                types.append(context.type_name(value.value))
                continue
            key, coerce = context.key(predicate.value)
            rank = ranks.get((subject, value.value), 0) if predicate == _CREATOR else 0  # type: ignore[union-attr]
            values.setdefault(key, []).append(((rank, str(value)), context.value(value, coerce)))  # type: ignore[arg-type]
        if types:
            node["@type"] = types[0] if len(types) == 1 else sorted(types)
        for key in sorted(values):
            found = values[key]
            if len(found) == 1:
                node[key] = found[0][1]
            else:
                node[key] = [value for _, value in sorted(found, key=lambda item: (item[0][0], _natural(item[0][1])))]
        nodes.append(node)
    return nodes


def compacted_document(quads: Iterable[Quad | Triple], context: Context | None = None) -> dict[str, Any]:
    """A compacted JSON-LD document: default-graph nodes, then one ``@graph`` entry per named graph, by name."""
    context = context or project_context()
    graphs: dict[str, list[Triple]] = {}
    for quad in quads:
        graph = quad.graph_name if isinstance(quad, Quad) else DefaultGraph()
        name = "" if isinstance(graph, DefaultGraph) else graph.value
        graphs.setdefault(name, []).append(quad.triple if isinstance(quad, Quad) else quad)
    entries = _nodes(graphs.pop("", []), context)
    entries += [{"@id": name, "@graph": _nodes(graphs[name], context)} for name in sorted(graphs)]
    return {"@context": context.definitions, "@graph": entries}


def dumps(document: Any) -> bytes:
    """JSON text, UTF-8, one space indent, ending with a newline; ``<`` escaped so it is safe inside ``<script>``."""
    return (json.dumps(document, ensure_ascii=False, indent=1).replace("<", "\\u003c") + "\n").encode()
