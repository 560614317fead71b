"""``scholargraph export``: every format parses back (with rdflib, another parser) to the built graph; one source's
graph; deterministic bytes; the compacted JSON-LD; the VoID description; schema.org markup."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from conftest import Cli
from linked_data_project import BASE, LICENSE, SOURCES, make_project

FORMATS = {"ttl": "turtle", "nt": "nt", "nq": "nquads", "trig": "trig", "jsonld": "json-ld", "rdfxml": "xml"}
QUAD_FORMATS = {"nq", "trig", "jsonld"}
SCHEMA = rdflib.Namespace("http://schema.org/")
VOID = rdflib.Namespace("http://rdfs.org/ns/void#")
FOAF = rdflib.Namespace("http://xmlns.com/foaf/0.1/")
# The author list of this paper as the homepage writes it (checked by hand against data/homepage-qianru-sun.txt).
MTL = f"{BASE}work/meta-transfer-learning-for-few-shot-learning"
MTL_AUTHORS = ["Qianru Sun", "Yaoyao Liu", "Tat-Seng Chua", "Bernt Schiele"]


@pytest.fixture(scope="module")
def project(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return make_project(tmp_path_factory.mktemp("export"), cli)


@pytest.fixture(scope="module")
def built(project: Path) -> rdflib.Dataset:
    return rdflib.Dataset().parse(project / "build" / "graph.trig", format="trig")


def _graphs(dataset: rdflib.Dataset) -> dict[str, rdflib.Graph]:
    return {str(g.identifier): g for g in dataset.graphs() if len(g)}


def _union(dataset: rdflib.Dataset) -> rdflib.Graph:
    union = rdflib.Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def _export(cli: Cli, project: Path, *args: str) -> bytes:
    result = cli("export", "-C", str(project), *args)
    assert result.exit_code == 0, result.stderr
    return result.stdout_bytes


@pytest.mark.parametrize("name", list(FORMATS))
def test_every_format_parses_back_to_the_graph(cli: Cli, project: Path, built: rdflib.Dataset, name: str) -> None:
    data = _export(cli, project, "--format", name)
    if name in QUAD_FORMATS:
        back = rdflib.Dataset().parse(data=data, format=FORMATS[name])
        expected, found = _graphs(built), _graphs(back)
        assert set(found) == set(expected)
        for graph_name, graph in expected.items():
            assert isomorphic(graph, found[graph_name]), graph_name
    else:
        back = rdflib.Graph().parse(data=data, format=FORMATS[name])
        union = _union(built)
        assert len(back) == len(union) > 4000
        assert isomorphic(back, union)


@pytest.fixture(scope="module")
def shuffled(built: rdflib.Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built graph as N-Quads written by rdflib, lines shuffled."""
    nquads = built.serialize(format="nquads").splitlines()
    random.Random(7).shuffle(nquads)
    path = tmp_path_factory.mktemp("shuffled") / "shuffled.nq"
    path.write_text("\n".join(nquads) + "\n", encoding="utf-8")
    return path


@pytest.mark.parametrize("name", ["ttl", "nq", "jsonld", "rdfxml"])
def test_output_does_not_depend_on_input_order(cli: Cli, project: Path, shuffled: Path, name: str) -> None:
    assert _export(cli, project, "--format", name, "--graph", str(shuffled)) == _export(cli, project, "--format", name)


def test_one_source_graph_by_path(cli: Cli, project: Path, built: rdflib.Dataset) -> None:
    roster_graph = next(g for name, g in _graphs(built).items() if name.endswith("yaoyao-liu-group-yml"))
    data = _export(cli, project, "--format", "nq", "--source", SOURCES[1])
    back = _graphs(rdflib.Dataset().parse(data=data, format="nquads"))
    assert list(back) == [str(roster_graph.identifier)]
    assert isomorphic(back[str(roster_graph.identifier)], roster_graph)
    turtle = rdflib.Graph().parse(data=_export(cli, project, "--format", "ttl", "--source", str(roster_graph.identifier)))
    assert isomorphic(turtle, roster_graph)


def test_unknown_source_is_named_with_the_known_ones(cli: Cli, project: Path) -> None:
    result = cli("export", "-C", str(project), "--source", "data/nothing.bib")
    assert result.exit_code == 2
    message = result.stderr
    assert "data/nothing.bib" in message and SOURCES[0] in message and SOURCES[1] in message


def test_jsonld_is_compacted_with_the_context_and_lists_creators_in_order(cli: Cli, project: Path) -> None:
    document = json.loads(_export(cli, project, "--format", "jsonld"))
    context = json.loads((Path(__file__).parents[1] / "ontology" / "context.jsonld").read_text())["@context"]
    assert document["@context"] == context
    nodes = {node["@id"]: node for entry in document["@graph"] for node in entry.get("@graph", [entry])}
    work = nodes[MTL]
    assert work["title"] == "Meta-Transfer Learning for Few-Shot Learning"
    names = {iri: node.get("name") for iri, node in nodes.items()}
    assert [names[iri] for iri in work["creator"]] == MTL_AUTHORS
    authorship = nodes[f"{MTL}/authorship/2"]
    assert authorship["rank"] == "2" and authorship["@type"] == "Authorship"


def test_build_writes_the_same_jsonld_as_export(cli, project: Path) -> None:
    assert (project / "build" / "graph.jsonld").read_bytes() == _export(cli, project, "--format", "jsonld")


def test_void_counts_what_the_graph_holds(cli: Cli, project: Path, built: rdflib.Dataset) -> None:
    void = rdflib.Graph().parse(data=_export(cli, project, "--void"), format="turtle")
    dataset = rdflib.URIRef(f"{BASE}dataset")
    union = _union(built)
    assert void.value(dataset, VOID.triples).toPython() == len(union)
    people = set(union.subjects(rdflib.RDF.type, FOAF.Person))
    partitions = {
        void.value(p, VOID["class"]): void.value(p, VOID.entities).toPython() for p in void.objects(dataset, VOID.classPartition)
    }
    assert partitions[FOAF.Person] == len(people) > 50
    assert void.value(dataset, rdflib.DCTERMS.license) == rdflib.URIRef(LICENSE)
    assert set(map(str, void.objects(dataset, rdflib.DCTERMS.source))) == set(SOURCES)
    assert set(map(str, void.objects(dataset, VOID.dataDump))) == {f"{BASE}dump/graph.nq", f"{BASE}dump/graph.ttl"}
    assert void.value(dataset, VOID.sparqlEndpoint) == rdflib.URIRef(f"{BASE}sparql")
    per_source = sum(void.value(g, VOID.triples).toPython() for g in void.objects(dataset, VOID.subset))
    assert per_source == sum(len(g) for g in _graphs(built).values() if str(g.identifier).startswith(f"{BASE}source/"))


def _schema_graph(data: bytes) -> rdflib.Graph:
    """Parse schema.org markup offline: the remote context replaced by schema.org's own vocabulary mapping."""
    document = json.loads(data)
    assert document["@context"] == "https://schema.org/"
    document["@context"] = {"@vocab": "http://schema.org/"}
    return rdflib.Graph().parse(data=json.dumps(document), format="json-ld")


def test_schema_org_markup_names_the_types_and_keeps_author_order(cli: Cli, project: Path) -> None:
    graph = _schema_graph(_export(cli, project, "--schema-org", "--person", "Qianru Sun"))
    person = rdflib.URIRef(f"{BASE}person/qianru-sun")
    assert (person, rdflib.RDF.type, SCHEMA.Person) in graph
    assert str(graph.value(person, SCHEMA.name)) == "Qianru Sun"
    alumni = [str(graph.value(org, SCHEMA.name)) for org in graph.objects(person, SCHEMA.alumniOf)]
    assert alumni == ["Peking University"]  # her PhD, as the homepage says
    work = rdflib.URIRef(MTL)
    assert (work, rdflib.RDF.type, SCHEMA.ScholarlyArticle) in graph
    authors = rdflib.collection.Collection(graph, graph.value(work, SCHEMA.author))
    assert [str(graph.value(author, SCHEMA.name)) for author in authors] == MTL_AUTHORS
    articles = set(graph.subjects(rdflib.RDF.type, SCHEMA.ScholarlyArticle))
    assert all((article, SCHEMA.author, None) in graph for article in articles) and len(articles) > 30


def test_schema_org_for_an_unknown_person_suggests_names(cli: Cli, project: Path) -> None:
    result = cli("export", "-C", str(project), "--schema-org", "--person", "Qianru Sum")
    assert result.exit_code == 2 and "did you mean 'Qianru Sun'" in result.stderr
