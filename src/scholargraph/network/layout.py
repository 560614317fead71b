"""Where each person is drawn: igraph's Fruchterman-Reingold per connected group, groups packed in rows.

A large layout is computed once and cached under the hash of everything it depends on
(the people in order, the links with their weights), so drawing the same field again,
with another title, colouring or renderer, costs a file read instead of seconds.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
from pathlib import Path
from typing import Any

from ..rdf.files import write_atomically
from .coauthors import CoauthorNetwork, seeded_igraph, to_igraph

__all__ = ["CACHE_FROM", "cache_dir", "layout", "layout_key"]

CACHE_FROM = 500
"""Layouts of at least this many people are cached; smaller ones take well under a second."""

_VERSION = 1  # bump when the layout's algorithm or parameters change, so old cached layouts are not reused
_GAP = 90  # pixels between packed groups


def cache_dir() -> Path:
    """``$SCHOLARGRAPH_CACHE``, else ``$XDG_CACHE_HOME/scholargraph``, else ``~/.cache/scholargraph``."""
    if os.environ.get("SCHOLARGRAPH_CACHE"):
        return Path(os.environ["SCHOLARGRAPH_CACHE"])
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "scholargraph"


def _joined(network: CoauthorNetwork, people: list[str]) -> Any:
    """Co-authorship and supervision links in one undirected graph of ``people``."""
    import networkx as nx

    joined = nx.Graph()
    joined.add_nodes_from(people)
    joined.add_weighted_edges_from(network.coauthors.edges(data="weight", default=1))
    joined.add_edges_from((a, b, {"weight": 1}) for a, b in network.supervision.edges() if not joined.has_edge(a, b))
    return joined


def layout_key(network: CoauthorNetwork, people: list[str]) -> str:
    """SHA-256 of the layout's inputs: its version, the people in order, the weighted links and the supervisions in order."""
    digest = hashlib.sha256(f"{_VERSION}\n".encode())
    digest.update(json.dumps(people, ensure_ascii=False).encode())
    digest.update(json.dumps(list(network.coauthors.edges(data="weight", default=1)), ensure_ascii=False).encode())
    digest.update(json.dumps(list(network.supervision.edges()), ensure_ascii=False).encode())
    return digest.hexdigest()


def layout(network: CoauthorNetwork, people: list[str]) -> dict[str, tuple[float, float]]:
    """Positions in pixels for ``people``, each connected group laid out on its own and packed in rows.

    Each group (co-authorship and supervision links together) gets igraph's
    Fruchterman-Reingold, seeded, at about 110 px a person on a side; groups are then
    placed largest first, left to right, so small groups do not scatter around a big one.
    From ``CACHE_FROM`` people the result is read from, or written to, the cache.
    """
    cached = cache_dir() / "layouts" / f"{layout_key(network, people)}.json" if len(people) >= CACHE_FROM else None
    if cached is not None:
        try:
            xs, ys = json.loads(cached.read_text(encoding="utf-8"))
            if len(xs) == len(ys) == len(people):
                return {p: (x, y) for p, x, y in zip(people, xs, ys, strict=True)}
        except (OSError, ValueError):
            pass  # missing or unreadable: compute it again
    joined = _joined(network, people)
    positions = _pack([_group_layout(joined.subgraph(group)) for group in _groups(joined)])
    if cached is not None:
        try:
            xy = [positions[p] for p in people]
            write_atomically({cached: json.dumps([[x for x, _ in xy], [y for _, y in xy]]).encode()})
        except OSError:
            pass  # an unwritable cache costs the next run the layout again, nothing else
    return positions


def _groups(joined: Any) -> list[set[Any]]:
    import networkx as nx

    return sorted(nx.connected_components(joined), key=lambda group: (-len(group), min(map(str, group))))


def _group_layout(group: Any) -> dict[str, tuple[float, float]]:
    """One connected group laid out with its top-left corner at (0, 0)."""
    converted, nodes = to_igraph(group)
    if len(nodes) == 1:
        return {nodes[0]: (0.0, 0.0)}
    with seeded_igraph():
        coordinates = converted.layout_fruchterman_reingold(weights="weight", niter=500).coords
    xs, ys = [x for x, _ in coordinates], [y for _, y in coordinates]
    left, top = min(xs), min(ys)
    scale = 110 * math.sqrt(len(nodes)) / (max(max(xs) - left, max(ys) - top) or 1)
    return {node: ((x - left) * scale, (y - top) * scale) for node, (x, y) in zip(nodes, coordinates, strict=True)}


def _pack(boxes: list[dict[str, tuple[float, float]]]) -> dict[str, tuple[float, float]]:
    """Place laid-out groups in rows (largest first), the whole centred on (0, 0)."""
    sizes = [(max(x for x, _ in box.values()) + _GAP, max(y for _, y in box.values()) + _GAP) for box in boxes]
    row_width = max([width for width, _ in sizes] + [math.sqrt(sum(w * h for w, h in sizes)) * 1.3]) if boxes else 0
    placed: dict[str, tuple[float, float]] = {}
    x = y = row_height = 0.0
    for box, (width, height) in zip(boxes, sizes, strict=True):
        if x > 0 and x + width > row_width:
            x, y, row_height = 0.0, y + row_height, 0.0
        placed.update({node: (x + bx, y + by) for node, (bx, by) in box.items()})
        x, row_height = x + width, max(row_height, height)
    if not placed:
        return {}
    cx = (max(p[0] for p in placed.values()) + min(p[0] for p in placed.values())) / 2
    cy = (max(p[1] for p in placed.values()) + min(p[1] for p in placed.values())) / 2
    return {node: (round(px - cx, 1), round(py - cy, 1)) for node, (px, py) in placed.items()}
