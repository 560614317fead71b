"""The project ontology (``ontology/scholargraph.ttl``) and the build agree.

Every ``sg:`` term the build's mapping (``rdf/quads.py`` and the modules it builds on) emits
is declared, labelled and explained in the ontology, and every term the ontology declares is
one the build emits (or is listed in ``DECLARED_FOR_LATER``), so neither can drift without a
test failing.
"""

from __future__ import annotations

import hashlib
import inspect
import re
from pathlib import Path

import pytest
import rdflib
from rdflib.namespace import OWL, RDF, RDFS

from scholargraph.rdf.quads import GraphBuilder
from scholargraph.rdf.vocab import SG

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_FILE = ROOT / "ontology/scholargraph.ttl"
HOMEPAGE = ROOT / "data" / "homepage-qianru-sun.txt"

NS = rdflib.Namespace(SG.iri)
ONTOLOGY = rdflib.URIRef("https://w3id.org/scholargraph/ns")
KINDS = {OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty}
XSD_IRI = "http://www.w3.org/2001/XMLSchema#"

DECLARED_FOR_LATER: set[str] = set()
"""sg: terms declared in the ontology ahead of the build using them (keep this empty)."""


def _mapping_text() -> str:
    """The text of every module the mapping is written in: ``GraphBuilder``'s and those of the classes it builds on."""
    files = {inspect.getsourcefile(cls) for cls in GraphBuilder.__mro__ if cls.__module__.startswith("scholargraph.")}
    return "\n".join(Path(file).read_text(encoding="utf-8") for file in sorted(files))


def _emitted_by_build() -> set[str]:
    """Local names of the sg: terms written as ``SG.name`` or ``SG["name"]`` in the mapping's modules."""
    text = _mapping_text()
    names = set(re.findall(r"\bSG\.([A-Za-z_][A-Za-z0-9_]*)", text))
    names |= set(re.findall(r"\bSG\[\s*[\"']([^\"']+)[\"']\s*\]", text))
    return names - set(vars(SG))  # ``SG.iri`` is the namespace itself, not a term


@pytest.fixture(scope="module")
def ontology() -> rdflib.Graph:
    graph = rdflib.Graph()
    graph.parse(ONTOLOGY_FILE, format="turtle")
    return graph


@pytest.fixture(scope="module")
def declared(ontology: rdflib.Graph) -> dict[str, set[rdflib.URIRef]]:
    """sg: terms typed as a class or property in the ontology, with their types."""
    terms: dict[str, set[rdflib.URIRef]] = {}
    for subject, kind in ontology.subject_objects(RDF.type):
        if isinstance(subject, rdflib.URIRef) and subject.startswith(SG.iri):
            terms.setdefault(subject[len(SG.iri) :], set()).add(kind)
    return terms


def test_the_ontology_parses_and_describes_itself(ontology: rdflib.Graph) -> None:
    assert len(ontology) > 0
    assert (ONTOLOGY, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY, OWL.versionInfo) is not None
    uri = ontology.value(ONTOLOGY, rdflib.URIRef("http://purl.org/vocab/vann/preferredNamespaceUri"))
    assert str(uri) == SG.iri, "the ontology's namespace must be the one vocab.py mints"


def test_the_build_emits_sg_terms() -> None:
    """Guards the regex: if it found nothing, the tests below would pass vacuously."""
    emitted = _emitted_by_build()
    assert {"Visit", "advisor", "sha256", "sourceLine"} <= emitted


def test_every_term_the_build_emits_is_declared(ontology: rdflib.Graph) -> None:
    problems = []
    for name in sorted(_emitted_by_build()):
        term = NS[name]
        if not KINDS & set(ontology.objects(term, RDF.type)):
            problems.append(f"sg:{name} has no rdf:type owl:Class/ObjectProperty/DatatypeProperty")
        if ontology.value(term, RDFS.label) is None:
            problems.append(f"sg:{name} has no rdfs:label")
        if ontology.value(term, RDFS.comment) is None:
            problems.append(f"sg:{name} has no rdfs:comment")
    assert not problems, "\n".join(problems)


def test_every_declared_term_is_used_by_the_build(declared: dict[str, set[rdflib.URIRef]]) -> None:
    unused = set(declared) - _emitted_by_build() - DECLARED_FOR_LATER
    assert not unused, f"declared in the ontology but not emitted by the build: {sorted(unused)}"


def test_every_declared_term_has_one_kind_and_english_text(
    ontology: rdflib.Graph, declared: dict[str, set[rdflib.URIRef]]
) -> None:
    for name, kinds in declared.items():
        assert len(kinds & KINDS) == 1, f"sg:{name} must be exactly one of class/object/datatype property: {kinds}"
        for annotation in (RDFS.label, RDFS.comment):
            values = list(ontology.objects(NS[name], annotation))
            assert values, f"sg:{name} has no {annotation}"
            assert all(isinstance(v, rdflib.Literal) and v.language == "en" for v in values), (
                f"sg:{name} {annotation} must be @en"
            )


def test_every_declared_term_is_defined_by_the_ontology(ontology: rdflib.Graph, declared: dict[str, set[rdflib.URIRef]]) -> None:
    missing = [name for name in declared if (NS[name], RDFS.isDefinedBy, ONTOLOGY) not in ontology]
    assert not missing, f"without rdfs:isDefinedBy <{ONTOLOGY}>: {sorted(missing)}"


def test_every_property_has_a_range(ontology: rdflib.Graph, declared: dict[str, set[rdflib.URIRef]]) -> None:
    properties = [name for name, kinds in declared.items() if kinds & {OWL.ObjectProperty, OWL.DatatypeProperty}]
    assert properties
    missing = [name for name in properties if ontology.value(NS[name], RDFS.range) is None]
    assert not missing, f"properties without rdfs:range: {sorted(missing)}"
    for name in properties:
        is_datatype = OWL.DatatypeProperty in declared[name]
        for value in ontology.objects(NS[name], RDFS.range):
            assert (isinstance(value, rdflib.URIRef) and value.startswith(XSD_IRI)) == is_datatype, (
                f"sg:{name}: a datatype property needs an xsd range, an object property a class range"
            )


def test_the_built_seed_graph_uses_each_term_as_declared(ontology: rdflib.Graph, declared: dict[str, set[rdflib.URIRef]]) -> None:
    """Literals only on datatype properties (with the declared datatype), nodes only on object properties."""
    from pyoxigraph import Literal, NamedNode

    from scholargraph.identity.aliases import organizations, venues
    from scholargraph.rdf.quads import SourceInfo
    from scholargraph.rdf.vocab import Minter
    from scholargraph.sources import read_source

    venue_table, organization_table = venues(), organizations()
    result = read_source(HOMEPAGE, "data/homepage-qianru-sun.txt", None, venue_table, organization_table)
    info = SourceInfo("data/homepage-qianru-sun.txt", hashlib.sha256(HOMEPAGE.read_bytes()).hexdigest(), "homepage")
    builder = GraphBuilder(Minter("https://example.org/"), venue_table, organization_table)
    problems = set()
    for quad in builder.source_quads(info, result.records):
        predicate, obj = quad.predicate.value, quad.object
        is_sg_class = predicate == str(RDF.type) and isinstance(obj, NamedNode) and obj.value.startswith(SG.iri)
        if is_sg_class and OWL.Class not in declared.get(obj.value[len(SG.iri) :], set()):
            problems.add(f"{obj.value} is used as a class but not declared owl:Class")
        if not predicate.startswith(SG.iri):
            continue
        kinds = declared.get(predicate[len(SG.iri) :], set())
        if isinstance(obj, Literal):
            if OWL.DatatypeProperty not in kinds:
                problems.add(f"{predicate} has a literal value but is not an owl:DatatypeProperty")
            elif str(ontology.value(rdflib.URIRef(predicate), RDFS.range)) != obj.datatype.value:
                problems.add(f"{predicate} has a {obj.datatype.value} value, not its declared range")
        elif OWL.ObjectProperty not in kinds:
            problems.add(f"{predicate} links to a node but is not an owl:ObjectProperty")
    assert not problems, "\n".join(sorted(problems))
