"""A VoID description of the graph: its size, entities per class, sources, licence, dumps and endpoint.

The description is about the union of all graphs (what the SPARQL endpoint answers
over). Each source's named graph, already a ``void:Dataset`` in the graph's provenance,
is a ``void:subset`` with its own triple count. Class partitions get IRIs under
``BASE/dataset/class/…`` rather than blank nodes, so the description is deterministic.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, Triple

from ..rdf.jsonld import project_context
from ..rdf.vocab import DCTERMS, PREFIXES, RDF, VOID, XSD, Minter
from .dump import EXPORT_FORMATS, source_graphs

__all__ = ["DUMP_FORMATS", "dump_path", "void_triples"]

DUMP_FORMATS = ("nq", "ttl")
"""The dumps a published site carries, linked as ``void:dataDump``."""


def dump_path(format_name: str) -> str:
    """Where a dump lives under the base IRI: ``dump/graph.nq``."""
    return f"dump/graph{EXPORT_FORMATS[format_name][0]}"


def _integer(value: int) -> Literal:
    return Literal(str(value), datatype=XSD.integer)


def void_triples(quads: Iterable[Quad], minter: Minter, publish: Mapping[str, str] | None = None) -> list[Triple]:
    """The VoID triples describing ``quads``; ``publish`` holds ``title``, ``description``, ``license``, ``endpoint``."""
    quads = list(quads)
    publish = publish or {}
    dataset = minter.dataset()
    union = {quad.triple for quad in quads}
    per_graph = Counter(quad.graph_name for quad in quads if not isinstance(quad.graph_name, DefaultGraph))
    entities: dict[NamedNode, set[object]] = {}
    for triple in union:
        if triple.predicate == RDF.type and isinstance(triple.object, NamedNode):
            entities.setdefault(triple.object, set()).add(triple.subject)
    subjects = {triple.subject for triple in union}
    base = NamedNode(minter.base)
    out = [
        Triple(dataset, RDF.type, VOID.Dataset),
        Triple(dataset, VOID.triples, _integer(len(union))),
        Triple(dataset, VOID.entities, _integer(len({s for s in subjects if isinstance(s, NamedNode)}))),
        Triple(dataset, VOID.distinctSubjects, _integer(len(subjects))),
        Triple(dataset, VOID.properties, _integer(len({triple.predicate for triple in union}))),
        Triple(dataset, VOID.classes, _integer(len(entities))),
        Triple(dataset, VOID.uriSpace, Literal(minter.base)),
        Triple(dataset, VOID.rootResource, base),
        Triple(dataset, VOID.sparqlEndpoint, NamedNode(publish.get("endpoint") or minter.base + "sparql")),
    ]
    out += [Triple(dataset, VOID.dataDump, NamedNode(minter.base + dump_path(name))) for name in DUMP_FORMATS]
    out += [Triple(dataset, VOID.vocabulary, NamedNode(namespace)) for namespace in sorted(set(PREFIXES.values()))]
    if publish.get("title"):
        out.append(Triple(dataset, DCTERMS.title, Literal(publish["title"])))
    if publish.get("description"):
        out.append(Triple(dataset, DCTERMS.description, Literal(publish["description"])))
    if publish.get("license"):
        out.append(Triple(dataset, DCTERMS.license, NamedNode(publish["license"])))
    for path, graph in source_graphs(quads).items():
        out += [
            Triple(dataset, VOID.subset, graph),
            Triple(dataset, DCTERMS.source, Literal(path)),
            Triple(graph, VOID.triples, _integer(per_graph[graph])),
        ]
    context = project_context()
    for cls, members in sorted(entities.items(), key=lambda item: item[0].value):
        partition = minter.dataset("class", context.compact_iri(cls.value))
        out += [
            Triple(dataset, VOID.classPartition, partition),
            Triple(partition, VOID["class"], cls),
            Triple(partition, VOID.entities, _integer(len(members))),
        ]
    return out
