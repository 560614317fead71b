"""Exporting the graph as a dump: Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML, whole or one source.

Quad formats (N-Quads, TriG, JSON-LD) keep one named graph per source and the default
graph's provenance; triple formats (Turtle, N-Triples, RDF/XML) hold the union of all
graphs, each triple once. Output is canonical (``output.canonical_order``), so the same
graph gives the same bytes whatever order it was read in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from pyoxigraph import DefaultGraph, Literal, NamedNode, Quad, RdfFormat, Triple, serialize

from ..errors import GraphError
from ..rdf.files import canonical_order, union_triples
from ..rdf.jsonld import compacted_document, dumps
from ..rdf.vocab import DCTERMS, PREFIXES

__all__ = ["EXPORT_FORMATS", "QUAD_FORMATS", "export_bytes", "graph_of_source", "source_graphs"]

EXPORT_FORMATS: dict[str, tuple[str, str]] = {
    "ttl": (".ttl", "text/turtle"),
    "nt": (".nt", "application/n-triples"),
    "nq": (".nq", "application/n-quads"),
    "trig": (".trig", "application/trig"),
    "jsonld": (".jsonld", "application/ld+json"),
    "rdfxml": (".rdf", "application/rdf+xml"),
}
"""Format name → (file suffix, media type)."""

QUAD_FORMATS = ("nq", "trig", "jsonld")


def source_graphs(quads: Iterable[Quad]) -> dict[str, NamedNode]:
    """Each source's path (``data/pubs.bib``) → the named graph holding its facts, from the default graph's provenance."""
    found: dict[str, NamedNode] = {}
    for quad in quads:
        if (
            isinstance(quad.graph_name, DefaultGraph)
            and quad.predicate == DCTERMS.source
            and isinstance(quad.subject, NamedNode)
            and isinstance(quad.object, Literal)
        ):
            found[quad.object.value] = quad.subject
    return dict(sorted(found.items()))


def graph_of_source(quads: Sequence[Quad], source: str) -> list[Quad]:
    """The quads of one source's named graph, named by its path or by the graph IRI; ``GraphError`` naming the known ones."""
    graphs = source_graphs(quads)
    wanted = graphs.get(source) or next((graph for graph in graphs.values() if graph.value == source), None)
    if wanted is None:
        known = ", ".join(graphs) or "none (the graph has no source provenance)"
        raise GraphError(f"no source '{source}' in the graph; give a source path or graph IRI: {known}")
    return [quad for quad in quads if quad.graph_name == wanted]


def export_bytes(quads: Iterable[Quad | Triple], format_name: str) -> bytes:
    """The graph written in ``format_name`` (a key of ``EXPORT_FORMATS``), canonically ordered."""
    if format_name not in EXPORT_FORMATS:
        raise GraphError(f"unknown export format '{format_name}'; use one of {', '.join(EXPORT_FORMATS)}")
    as_quads = [quad if isinstance(quad, Quad) else Quad(quad.subject, quad.predicate, quad.object) for quad in quads]
    if format_name == "jsonld":
        return dumps(compacted_document(canonical_order(as_quads)))
    written = canonical_order(as_quads) if format_name in QUAD_FORMATS else union_triples(as_quads)
    return serialize(written, format=RdfFormat.from_media_type(EXPORT_FORMATS[format_name][1]), prefixes=dict(PREFIXES)) or b""
