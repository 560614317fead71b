"""The written graph: every format parses back to the same graph, and output is byte-identical run to run."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
import rdflib
from rdflib.compare import isomorphic

from conftest import HOMEPAGE, ROOT, Cli

SG = rdflib.Namespace("https://w3id.org/scholargraph/ns#")
VIVO = rdflib.Namespace("http://vivoweb.org/ontology/core#")
FOAF = rdflib.Namespace("http://xmlns.com/foaf/0.1/")
SCHEMA = rdflib.Namespace("http://schema.org/")


@pytest.fixture(scope="module")
def dataset(example_build: Path) -> rdflib.Dataset:
    ds = rdflib.Dataset()
    ds.parse(example_build / "graph.trig", format="trig")
    return ds


@pytest.fixture(scope="module")
def union(dataset: rdflib.Dataset) -> rdflib.Graph:
    graph = rdflib.Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _named_graphs(ds: rdflib.Dataset) -> dict[str, rdflib.Graph]:
    graphs = {}
    for context in ds.graphs():
        if len(context) and str(context.identifier) != str(rdflib.graph.DATASET_DEFAULT_GRAPH_ID):
            graphs[str(context.identifier)] = context
    return graphs


def test_one_named_graph_per_source_with_provenance(dataset: rdflib.Dataset) -> None:
    graphs = _named_graphs(dataset)
    assert list(graphs) == ["https://example.org/source/data/homepage-qianru-sun-txt"]
    default = dataset.default_graph
    source = rdflib.URIRef(next(iter(graphs)))
    assert (source, rdflib.DCTERMS.source, rdflib.Literal("data/homepage-qianru-sun.txt")) in default
    import hashlib

    digest = hashlib.sha256(HOMEPAGE.read_bytes()).hexdigest()
    assert (source, SG.sha256, rdflib.Literal(digest)) in default


def test_turtle_is_the_union_of_the_trig_graphs(example_build: Path, union: rdflib.Graph) -> None:
    turtle = rdflib.Graph().parse(example_build / "graph.ttl", format="turtle")
    assert len(turtle) == len(union) > 4000
    assert isomorphic(turtle, union)


def test_jsonld_holds_the_same_graphs_as_trig(example_build: Path, dataset: rdflib.Dataset) -> None:
    from_jsonld = rdflib.Dataset()
    from_jsonld.parse(example_build / "graph.jsonld", format="json-ld")
    trig_graphs, jsonld_graphs = _named_graphs(dataset), _named_graphs(from_jsonld)
    assert set(trig_graphs) == set(jsonld_graphs)
    for name, graph in trig_graphs.items():
        assert isomorphic(graph, jsonld_graphs[name]), name
    assert isomorphic(dataset.default_graph, from_jsonld.default_graph)


def test_trig_matches_the_built_quads_as_nquads(dataset: rdflib.Dataset) -> None:
    """Cross-check the TriG writer against N-Quads written by another path from the same records."""
    from pyoxigraph import RdfFormat, serialize

    from scholargraph.identity.aliases import organizations, venues
    from scholargraph.rdf.quads import GraphBuilder, SourceInfo
    from scholargraph.rdf.vocab import Minter
    from scholargraph.sources import read_source

    venue_table, organization_table = venues(), organizations()
    result = read_source(HOMEPAGE, "data/homepage-qianru-sun.txt", None, venue_table, organization_table)
    import hashlib

    info = SourceInfo("data/homepage-qianru-sun.txt", hashlib.sha256(HOMEPAGE.read_bytes()).hexdigest(), "homepage")
    quads = list(GraphBuilder(Minter("https://example.org/"), venue_table, organization_table).source_quads(info, result.records))
    reference = rdflib.Dataset()
    reference.parse(data=serialize(quads, format=RdfFormat.N_QUADS).decode(), format="nquads")
    assert set(_named_graphs(reference)) == set(_named_graphs(dataset))
    for name, graph in _named_graphs(reference).items():
        assert isomorphic(graph, _named_graphs(dataset)[name])


def test_same_input_gives_byte_identical_output(tmp_path: Path, example_build: Path) -> None:
    """Built again in a process of its own, with another hash seed than this one's."""
    again = tmp_path / "again"
    command = [sys.executable, "-m", "scholargraph", "build", "-C", str(ROOT), "--out", str(again), "-q"]
    result = subprocess.run(command, capture_output=True, text=True, env={**os.environ, "PYTHONHASHSEED": "12345"}, check=False)
    assert result.returncode == 0, result.stderr
    for name in ("graph.trig", "graph.ttl", "graph.jsonld"):
        assert (again / name).read_bytes() == (example_build / name).read_bytes(), name


def test_source_date_epoch_stamps_the_build_time(cli: Cli, tmp_path: Path) -> None:
    result = cli("build", "-C", ROOT, "--out", tmp_path, "-q", env={"SOURCE_DATE_EPOCH": "1700000000"})
    assert result.exit_code == 0, result.stderr
    ds = rdflib.Dataset().parse(tmp_path / "graph.trig", format="trig")
    times = list(ds.default_graph.objects(None, rdflib.PROV.generatedAtTime))
    assert times == [rdflib.Literal("2023-11-14T22:13:20Z", datatype=rdflib.XSD.dateTime)]


def test_authorships_keep_written_order(dataset: rdflib.Dataset) -> None:
    work = rdflib.URIRef("https://example.org/work/meta-transfer-learning-for-few-shot-learning")
    rows = dataset.query(
        """SELECT ?rank ?name WHERE { GRAPH ?g { ?a a vivo:Authorship ; vivo:relates ?w, ?p ; vivo:rank ?rank .
           ?p foaf:name ?name } } ORDER BY ?rank""",
        initNs={"vivo": VIVO, "foaf": FOAF},
        initBindings={"w": work},
    )
    assert [(int(r.rank), str(r.name)) for r in rows] == [
        (1, "Qianru Sun"),
        (2, "Yaoyao Liu"),
        (3, "Tat-Seng Chua"),
        (4, "Bernt Schiele"),
    ]


def test_dates_carry_their_precision(union: rdflib.Graph) -> None:
    tan_wang = rdflib.URIRef("https://example.org/supervision/qianru-sun/tan-wang/phd")
    starts = list(union.objects(tan_wang, SCHEMA.startDate))
    assert starts == [rdflib.Literal("2020-08", datatype=rdflib.XSD.gYearMonth)]
    assert list(union.objects(tan_wang, SCHEMA.endDate)) == []  # "Since Aug 2020" has no end
    yaoyao = rdflib.URIRef("https://example.org/supervision/qianru-sun/yaoyao-liu/phd")
    assert list(union.objects(yaoyao, SCHEMA.startDate)) == [rdflib.Literal("2018", datatype=rdflib.XSD.gYear)]


def test_no_blank_nodes(dataset: rdflib.Dataset) -> None:
    for s, _, o, _ in dataset.quads((None, None, None, None)):
        assert not isinstance(s, rdflib.BNode) and not isinstance(o, rdflib.BNode)


def test_failed_write_leaves_the_previous_build(tmp_path: Path) -> None:
    from scholargraph.rdf.files import write_atomically

    target = tmp_path / "graph.ttl"
    target.write_bytes(b"previous")

    (tmp_path / "not-a-folder").write_bytes(b"")
    with pytest.raises(OSError):  # the second file cannot be written: its folder is a file
        write_atomically({target: b"new", tmp_path / "not-a-folder" / "other.ttl": b"x"})
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl", "not-a-folder"]


def test_graph_survives_a_round_trip_through_the_oxigraph_store(example_build: Path, dataset: rdflib.Dataset) -> None:
    """Regression: ranks typed xsd:int came back as xsd:integer from the store (oxigraph issue #1413)."""
    from pyoxigraph import RdfFormat, Store

    store = Store()
    store.bulk_load(path=str(example_build / "graph.trig"), format=RdfFormat.TRIG)
    dumped = rdflib.Dataset()
    dumped.parse(data=store.dump(format=RdfFormat.N_QUADS).decode(), format="nquads")
    for name, graph in _named_graphs(dataset).items():
        assert isomorphic(graph, _named_graphs(dumped)[name]), name
