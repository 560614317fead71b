"""The diagrams of docs/data-model.md say what the build writes: every arrow is found in the bundled example's graph."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from pyoxigraph import Store

from scholargraph.query.library import load_graph
from scholargraph.rdf.vocab import PREFIXES

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "data-model.md"
PREFIXES_USED = {**PREFIXES, "obo": "http://purl.obolibrary.org/obo/"}

_NODE = re.compile(r'^\s*(\w+)\["([^"<]+?)(?:<br/>[^"]*)?"\]\s*$')
_EDGE = re.compile(r'^\s*(\w+)\s*-->\|"([^"]+)"\|\s*(\w+)\s*$')


def _diagrams() -> list[tuple[dict[str, str], list[tuple[str, str, str]]]]:
    """Each Mermaid block: its nodes (id → class) and arrows (tail id, property, head id)."""
    blocks = re.findall(r"```mermaid\n(.*?)```", PAGE.read_text(encoding="utf-8"), flags=re.DOTALL)
    diagrams = []
    for block in blocks:
        nodes: dict[str, str] = {}
        edges: list[tuple[str, str, str]] = []
        for line in block.splitlines()[1:]:
            if node := _NODE.match(line):
                nodes[node[1]] = node[2].strip()
            elif edge := _EDGE.match(line):
                edges.append((edge[1], edge[2], edge[3]))
            else:
                assert not line.strip(), f"docs/data-model.md: a diagram line the test cannot read: {line!r}"
        diagrams.append((nodes, edges))
    return diagrams


def _iri(compact: str) -> str:
    prefix, local = compact.split(":", 1)
    return f"<{PREFIXES_USED[prefix]}{local}>"


@pytest.fixture(scope="module")
def graph(example_build: Path) -> Store:
    return load_graph(example_build / "graph.trig")


def test_the_page_has_its_diagrams() -> None:
    diagrams = _diagrams()
    assert len(diagrams) == 3
    assert all(edges for _, edges in diagrams)


@pytest.mark.parametrize("number", range(3))
def test_every_arrow_is_in_the_example_graph(graph: Store, number: int) -> None:
    nodes, edges = _diagrams()[number]
    missing = []
    for tail, prop, head in edges:
        query = f"ASK {{ ?a a {_iri(nodes[tail])} ; {_iri(prop)} ?b . ?b a {_iri(nodes[head])} }}"
        if not graph.query(query):
            missing.append(f"{nodes[tail]} {prop} {nodes[head]}")
    assert not missing, f"docs/data-model.md draws arrows the build does not write: {missing}"


def test_an_arrow_the_build_does_not_write_is_caught(graph: Store) -> None:
    query = f"ASK {{ ?a a {_iri('foaf:Person')} ; {_iri('sg:advisor')} ?b . ?b a {_iri('foaf:Person')} }}"
    assert not graph.query(query)  # sg:advisor goes from a supervision, not a person
