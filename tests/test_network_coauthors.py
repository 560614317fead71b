"""The co-authorship network: weights counted by hand on small records, and read from the first homepage's graph."""

from __future__ import annotations

import json
from pathlib import Path

import networkx as nx
import pytest

import expected_qianru_sun as expected
from conftest import Cli
from scholargraph.errors import PersonError
from scholargraph.network.coauthors import (
    CoauthorNetwork,
    NetworkError,
    Person,
    Records,
    Supervision,
    Work,
    coauthor_network,
    ego_network,
    find_person,
    read_records,
)
from scholargraph.network.formats import export_bytes, vosviewer_json
from scholargraph.query.library import load_graph

A, B, C, D, E = "p:a", "p:b", "p:c", "p:d", "p:e"
NAMES = {A: "Ada Lovelace", B: "Bo Li", C: "Chen Wei", D: "Dana Scott", E: "Eve Adams"}


def records(*, extra: tuple[Work, ...] = ()) -> Records:
    """Four works: W1 2018 (A, B, C), W2 2019 (A, B), W3 2020 (A, D), W4 no year (B, C)."""
    works = [
        Work("w:1", "One", 2018, (A, B, C)),
        Work("w:2", "Two", 2019, (A, B)),
        Work("w:3", "Three", 2020, (A, D)),
        Work("w:4", "Four", None, (B, C)),
        *extra,
    ]
    people = {iri: Person(iri, name, "Org X" if iri == A else None) for iri, name in NAMES.items()}
    supervisions = [Supervision(A, D, "PhD student", True, 2019, 2023), Supervision(C, E, "Master student", False, 2021, None)]
    return Records(people, works, supervisions)


def weights(network: CoauthorNetwork) -> dict[frozenset[str], float]:
    return {frozenset((a, b)): w for a, b, w in network.coauthors.edges(data="weight")}


def test_full_counting_weights_are_joint_works() -> None:
    network = coauthor_network(records())
    assert weights(network) == {
        frozenset((A, B)): 2,  # W1, W2
        frozenset((A, C)): 1,  # W1
        frozenset((B, C)): 2,  # W1, W4
        frozenset((A, D)): 1,  # W3
    }
    assert network.coauthors.edges[A, B]["first_year"] == 2018
    assert network.coauthors.edges[A, B]["last_year"] == 2019
    assert network.coauthors.edges[B, C]["joint_works"] == 2
    assert (network.coauthors.edges[B, C]["first_year"], network.coauthors.edges[B, C]["last_year"]) == (2018, 2018)
    assert network.coauthors.nodes[A]["works"] == 3
    assert network.coauthors.nodes[A]["collaborators"] == 3
    assert network.coauthors.nodes[A]["organization"] == "Org X"
    assert not network.left_out.anything


def test_fractional_counting_shares_one_work_among_its_coauthors() -> None:
    network = coauthor_network(records(), counting="fractional")
    # W1 has 3 authors: 1/2 to each pair; W2, W3, W4 have 2: 1 each.
    assert weights(network) == {
        frozenset((A, B)): 1.5,
        frozenset((A, C)): 0.5,
        frozenset((B, C)): 1.5,
        frozenset((A, D)): 1,
    }
    # Each author's links from their multi-author works add up to the number of those works.
    assert network.coauthors.degree(A, weight="weight") == 3
    assert network.coauthors.degree(B, weight="weight") == 3


def test_works_over_the_author_cap_are_left_out_and_counted() -> None:
    crowd = Work("w:big", "Big", 2021, (A, B, C, D, E))
    network = coauthor_network(records(extra=(crowd,)), max_authors=4)
    assert network.left_out.works_over_cap == 1
    assert frozenset((D, E)) not in weights(network)
    assert E not in network.coauthors
    capped = coauthor_network(records(extra=(crowd,)), max_authors=5)
    assert weights(capped)[frozenset((D, E))] == 1
    assert capped.left_out.works_over_cap == 0


def test_year_window_keeps_works_within_it_and_leaves_out_works_without_a_year() -> None:
    network = coauthor_network(records(), since=2019, until=2020)
    assert weights(network) == {frozenset((A, B)): 1, frozenset((A, D)): 1}
    assert network.left_out.works_outside_window == 2  # W1 (2018) and W4 (no year)
    assert C not in network.coauthors
    assert [w.iri for w in network.works] == ["w:2", "w:3"]
    with pytest.raises(NetworkError, match="since 2021 is after until 2019"):
        coauthor_network(records(), since=2021, until=2019)


def test_min_weight_hides_weak_links() -> None:
    network = coauthor_network(records(), min_weight=2)
    assert weights(network) == {frozenset((A, B)): 2, frozenset((B, C)): 2}
    assert network.left_out.links_below_min_weight == 2
    assert D in network.coauthors  # the person stays; only the link goes


def test_ego_network_of_a_person() -> None:
    network = ego_network(coauthor_network(records()), "dana")
    assert set(network.coauthors) == {A, D}
    assert set(network.coauthors.edges()) in ({(A, D)}, {(D, A)})
    assert network.coauthors.graph["ego"] == D
    assert set(network.supervision.edges()) == {(A, D)}


def test_supervision_is_a_separate_directed_layer() -> None:
    network = coauthor_network(records())
    layer = network.supervision
    assert isinstance(layer, nx.DiGraph)
    assert set(layer.edges()) == {(A, D), (C, E)}
    assert layer.edges[A, D] == {"role": "PhD student", "principal": True, "start": 2019, "end": 2023}
    assert layer.edges[C, E]["principal"] is False
    assert "end" not in layer.edges[C, E]
    assert E not in network.coauthors  # supervised, never co-authored
    assert not network.coauthors.has_edge(C, D)


def test_metrics_on_a_star_and_two_groups() -> None:
    works = [Work(f"w:{i}", str(i), 2020, pair) for i, pair in enumerate([(A, B), (A, C), (A, D), (D, E)])]
    network = coauthor_network(Records({k: Person(k, v) for k, v in NAMES.items()}, works))
    nodes = network.coauthors.nodes
    # Shortest paths through A: B-C, B-D, B-E, C-D, C-E = 5 of the 6 pairs not touching A; through D: A-E, B-E, C-E = 3.
    assert nodes[A]["betweenness"] == pytest.approx(5 / 6)
    assert nodes[D]["betweenness"] == pytest.approx(3 / 6)
    assert nodes[B]["betweenness"] == 0
    assert {nodes[n]["community"] for n in network.coauthors} <= {0, 1, 2}


def test_find_person_says_what_is_wrong() -> None:
    graph = coauthor_network(records()).coauthors
    assert find_person(graph, "bo li") == B
    assert find_person(graph, A) == A
    with pytest.raises(PersonError, match="nobody in the network is named 'Zed'"):
        find_person(graph, "Zed")
    with pytest.raises(PersonError, match="did you mean 'Bo Li'"):
        find_person(graph, "Bo Lee")
    with pytest.raises(PersonError, match="matches 2 people"):
        find_person(graph, "a")  # Ada Lovelace, Dana Scott


# --- the first homepage ---------------------------------------------------------------


@pytest.fixture(scope="module")
def homepage_records(example_build: Path) -> Records:
    return read_records(load_graph(example_build / "graph.trig"))


def test_read_records_of_the_first_homepage(homepage_records: Records) -> None:
    assert len(homepage_records.works) == len(expected.PUBLICATIONS)
    by_title = {w.title: w for w in homepage_records.works}
    for entry in expected.PUBLICATIONS:
        work = by_title[entry["title"]]
        assert work.year == entry["year"]
        assert [homepage_records.people[a].name for a in work.authors] == [n for n in entry["authors"] if n]
    sun = next(p for p in homepage_records.people.values() if p.name == "Qianru Sun")
    assert sun.organization == "Singapore Management University"  # her current position, by hand
    hong_liu = [s for s in homepage_records.supervisions if homepage_records.people[s.advisor].name == "Hong Liu"]
    assert [(homepage_records.people[s.advisee].name, s.role, s.principal, s.end) for s in hong_liu] == [
        ("Qianru Sun", "PhD student", True, 2016)
    ]


# --- exports --------------------------------------------------------------------------


def test_graphml_and_gexf_read_back_with_networkx(tmp_path: Path) -> None:
    network = coauthor_network(records())
    for export_format, reader in (("graphml", nx.read_graphml), ("gexf", nx.read_gexf)):
        path = tmp_path / f"net.{export_format}"
        path.write_bytes(export_bytes(network, export_format))
        back = reader(path)
        names = {back.nodes[n]["name"] for n in back}
        assert names == {NAMES[n] for n in (A, B, C, D)}
        by_name = {back.nodes[n]["name"]: n for n in back}
        assert back.edges[by_name["Ada Lovelace"], by_name["Bo Li"]]["weight"] == 2
        assert back.edges[by_name["Bo Li"], by_name["Chen Wei"]]["joint_works"] == 2
        assert back.nodes[by_name["Ada Lovelace"]]["works"] == 3
        assert back.number_of_edges() == 4


def test_vosviewer_json() -> None:
    network = coauthor_network(records(), counting="fractional")
    document = json.loads(export_bytes(network, "vosviewer"))
    assert document == json.loads(json.dumps(vosviewer_json(network)))
    items = {item["label"]: item for item in document["network"]["items"]}
    assert set(items) == {NAMES[n] for n in (A, B, C, D)}
    ada = items["Ada Lovelace"]
    assert ada["weights"] == {"Documents": 3, "Links": 3, "Total link strength": 3}
    assert ada["description"] == "Org X"
    ids = {item["id"]: label for label, item in items.items()}
    links = {
        frozenset((ids[link["source_id"]], ids[link["target_id"]])): link["strength"] for link in document["network"]["links"]
    }
    assert links[frozenset(("Ada Lovelace", "Chen Wei"))] == 0.5
    assert len(links) == 4


# --- the command ----------------------------------------------------------------------


def test_viz_command_writes_the_page_and_exports(cli: Cli, example_build: Path, tmp_path: Path) -> None:
    page = tmp_path / "bernt.html"
    run = cli(
        "viz", "--graph", str(example_build / "graph.trig"), "--person", "Bernt Schiele", "--since", "2019",
        "--out", str(page), "--export", "graphml", "--export", "vosviewer",
    )  # fmt: skip
    assert run.exit_code == 0, run.stderr
    assert page.is_file() and "Only Bernt Schiele and their co-authors are shown." in page.read_text(encoding="utf-8")
    ego = nx.read_graphml(tmp_path / "bernt.graphml")
    names = {ego.nodes[n]["name"] for n in ego}
    # His co-authors on works from 2019 on, from the hand-written expectations.
    expected_names = {
        name
        for e in expected.PUBLICATIONS
        if e["year"] >= 2019 and "Bernt Schiele" in e["authors"]
        for name in e["authors"]
        if name
    }
    assert names == expected_names
    vos = json.loads((tmp_path / "bernt.json").read_text(encoding="utf-8"))
    assert len(vos["network"]["items"]) == len(expected_names)


def test_viz_command_names_an_unknown_person(cli: Cli, example_build: Path, tmp_path: Path) -> None:
    run = cli("viz", "--graph", str(example_build / "graph.trig"), "--person", "Nobody Here", "--out", str(tmp_path / "x.html"))
    assert run.exit_code == 2
    assert run.stderr.startswith("error: nobody in the graph is named 'Nobody Here'")
    assert not (tmp_path / "x.html").exists()
