"""The co-authorship network as one self-contained, offline HTML page (vis-network, as pyvis ships it).

The page loads nothing from outside: vis-network's script and style, the page's own
script and the data are all inline, and a Content-Security-Policy forbids any request
and any script but those (by hash). Names and titles travel as JSON in a
``<script type="application/json">`` block, escaped so no text can end it, and the page
puts them on screen with ``textContent`` only. pyvis's own template is not used: it
loads Bootstrap from a CDN even "in_line" and shows titles through ``innerHTML``.

Positions are computed here (igraph's Fruchterman-Reingold, seeded) and physics stays
off, so the graph is still as soon as it is drawn, even at 20,000 people.
"""

from __future__ import annotations

import base64
import hashlib
import json
import math
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..rdf.files import write_atomically
from .coauthors import CoauthorNetwork, joint_works, seeded_igraph, to_igraph

if TYPE_CHECKING:
    from pyoxigraph import Quad

__all__ = [
    "COLOR_SCHEMES",
    "PALETTE",
    "build_page",
    "coauthor_page",
    "default_title",
    "layout",
    "page_data",
    "script_safe_json",
    "write_coauthor_page",
]

COLOR_SCHEMES = ("community", "organization")

PALETTE = (
    "#4e79a7",
    "#f28e2b",
    "#e15759",
    "#76b7b2",
    "#59a14f",
    "#edc948",
    "#b07aa1",
    "#ff9da7",
    "#9c755f",
    "#2f4b7c",
    "#a0cbe8",
    "#8cd17d",
)
"""Colours of the largest groups (Tableau 10 and two more); every other group is grey."""
OTHER = "#bab0ac"

_VIS = "lib/vis-9.1.2/"


def script_safe_json(value: Any) -> str:
    """JSON that can sit inside ``<script>``: ``<``, ``>``, ``&``, U+2028 and U+2029 escaped.

    No ``</script>`` or ``<!--`` can then appear in it, whatever the names and titles hold.
    """
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"), sort_keys=False)
    for char, escaped in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escaped)
    return text


def layout(network: CoauthorNetwork, people: list[str]) -> dict[str, tuple[float, float]]:
    """Positions in pixels for ``people``, each connected group laid out on its own and packed in rows.

    Each group (co-authorship and supervision links together) gets igraph's
    Fruchterman-Reingold, seeded, at about 110 px a person on a side; groups are then
    placed largest first, left to right, so small groups do not scatter around a big one.
    """
    import networkx as nx

    joined = nx.Graph()
    joined.add_nodes_from(people)
    joined.add_edges_from(network.coauthors.edges(data=True))
    joined.add_edges_from((a, b, {"weight": 1}) for a, b in network.supervision.edges() if not joined.has_edge(a, b))
    groups = sorted(nx.connected_components(joined), key=lambda group: (-len(group), min(map(str, group))))
    boxes = [_group_layout(joined.subgraph(group)) for group in groups]
    return _pack(boxes)


_GAP = 90  # pixels between packed groups


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


def _groups(values: list[str], empty: str) -> tuple[list[int], list[dict[str, Any]]]:
    """Each value's group number (by size, largest first) and the legend: label, count, colour."""
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    ordered = sorted(counts, key=lambda v: (v == "", -counts[v], v))
    number = {value: i for i, value in enumerate(ordered)}
    legend = [
        {"label": value or empty, "count": counts[value], "color": PALETTE[i] if i < len(PALETTE) and value else OTHER}
        for i, value in enumerate(ordered)
    ]
    return [number[v] for v in values], legend


def _count(n: int, word: str) -> str:
    return f"{n:,} {word}{'' if n == 1 else 's'}"


def _notices(network: CoauthorNetwork) -> list[str]:
    """What the page must say it leaves out."""
    left = network.left_out
    notes = []
    if left.works_over_cap:
        notes.append(f"{_count(left.works_over_cap, 'work')} with more than {left.max_authors} authors left out (as VIVO does).")
    if left.works_outside_window:
        window = f"{network.since or '…'}–{network.until or '…'}"
        notes.append(f"{_count(left.works_outside_window, 'work')} outside {window} (or without a year) left out.")
    if left.links_below_min_weight:
        notes.append(f"{_count(left.links_below_min_weight, 'link')} weaker than {network.min_weight:g} hidden.")
    if "ego" in network.coauthors.graph:
        notes.append(f"Only {network.coauthors.nodes[network.coauthors.graph['ego']]['name']} and their co-authors are shown.")
    return notes


def page_data(network: CoauthorNetwork, title: str) -> dict[str, Any]:
    """Everything the page shows, as plain data: people, works, links, supervision, legends, notices."""
    graph, layer = network.coauthors, network.supervision
    people = network.people
    index = {person: i for i, person in enumerate(people)}
    positions = layout(network, people)
    works = network.works
    work_index = {w.iri: i for i, w in enumerate(works)}
    names = [str((graph.nodes[p] if p in graph else layer.nodes[p]).get("name", p)) for p in people]
    organizations = [str((graph.nodes[p] if p in graph else layer.nodes[p]).get("organization", "")) for p in people]
    communities = [
        f"Community {graph.nodes[p]['community'] + 1}" if p in graph and "community" in graph.nodes[p] else "" for p in people
    ]
    by_community, community_legend = _groups(communities, "supervision only")
    by_organization, organization_legend = _groups(organizations, "organization not known")
    works_of: dict[str, list[int]] = {p: [] for p in people}
    for i, work in enumerate(works):
        for author in work.authors:
            if author in works_of:
                works_of[author].append(i)
    rows = []
    for i, person in enumerate(people):
        attributes = graph.nodes[person] if person in graph else {}
        x, y = positions.get(person, (0.0, 0.0))
        rows.append(
            {
                "id": i,
                "iri": person,
                "name": names[i],
                "organization": organizations[i],
                "x": x,
                "y": y,
                "works": works_of[person],
                "betweenness": attributes.get("betweenness", 0),
                "groups": {"community": by_community[i], "organization": by_organization[i]},
            }
        )
    shared = joint_works(works)
    links = [
        {
            "from": index[a],
            "to": index[b],
            "weight": attributes["weight"],
            "works": [work_index[w.iri] for w in shared[(a, b) if a < b else (b, a)]],
        }
        for a, b, attributes in graph.edges(data=True)
    ]
    supervision = [
        {
            "from": index[a],
            "to": index[b],
            "role": str(attributes.get("role", "")),
            "principal": bool(attributes.get("principal", True)),
            "start": attributes.get("start"),
            "end": attributes.get("end"),
        }
        for a, b, attributes in layer.edges(data=True)
    ]
    years = [w.year for w in works if w.year is not None]
    return {
        "title": title,
        "counting": network.counting,
        "people": rows,
        "works": [{"title": w.title, "year": w.year, "authors": [index[a] for a in w.authors if a in index]} for w in works],
        "links": links,
        "supervision": supervision,
        "legends": {"community": community_legend, "organization": organization_legend},
        "years": [min(years), max(years)] if years else None,
        "notices": _notices(network),
        "ego": index.get(graph.graph.get("ego", "")),
    }


@cache
def _environment() -> Any:
    """Jinja with our template and, for vis-network's files, pyvis's own template folder."""
    import jinja2
    import pyvis

    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(
            [
                jinja2.PackageLoader("scholargraph", "templates"),
                jinja2.FileSystemLoader(Path(pyvis.__file__).parent / "templates"),
            ]
        ),
        autoescape=True,
        keep_trailing_newline=True,
    )


def _asset(name: str) -> str:
    environment = _environment()
    source: str = environment.loader.get_source(environment, name)[0]
    return source


def _sha256(script: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(script.encode()).digest()).decode() + "'"


def default_title(network: CoauthorNetwork) -> str:
    """ "Co-authors of NAME" when one person wrote every work (a homepage), else "Co-authorship network"."""
    if "ego" in network.coauthors.graph:
        return f"Co-authors of {network.coauthors.nodes[network.coauthors.graph['ego']]['name']}"
    common = set.intersection(*(set(w.authors) for w in network.works)) if network.works else set()
    if len(common) == 1:
        return f"Co-authors of {network.coauthors.nodes[common.pop()]['name']}"
    return "Co-authorship network"


def coauthor_page(network: CoauthorNetwork, title: str | None = None, color: str = "community") -> str:
    """The HTML page of a network: self-contained, offline, every name and title shown as text."""
    if color not in COLOR_SCHEMES:
        raise ValueError(f"unknown colour scheme {color!r}; use one of {', '.join(COLOR_SCHEMES)}")
    title = title or default_title(network)
    scripts = [_asset(_VIS + "vis-network.min.js"), _asset("coauthors.js")]
    return str(
        _environment()
        .get_template("coauthors.html")
        .render(
            title=title,
            color=color,
            data=script_safe_json(page_data(network, title)),
            vis_css=_asset(_VIS + "vis-network.css"),
            page_css=_asset("coauthors.css"),
            scripts=scripts,
            script_hashes=" ".join(_sha256(s) for s in scripts),
        )
    )


def write_coauthor_page(network: CoauthorNetwork, path: Path, title: str | None = None, color: str = "community") -> Path:
    """Write the page to ``path`` atomically (a failed run leaves the previous page whole)."""
    write_atomically({path: coauthor_page(network, title, color).encode("utf-8")})
    return path


def build_page(quads: Iterable[Quad]) -> bytes:
    """The build's ``coauthors.html``: the whole network of the quads just built, default options."""
    from ..stores.oxigraph import OxigraphStore
    from .coauthors import coauthor_network, read_records

    store = OxigraphStore()
    store.add_quads(quads)
    return coauthor_page(coauthor_network(read_records(store.store))).encode("utf-8")
