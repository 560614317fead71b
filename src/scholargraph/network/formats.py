"""The co-authorship network as files for the tools people already use: GraphML, GEXF (Gephi), VOSviewer JSON.

GraphML and GEXF carry every node and link attribute networkx holds (name,
organization, works, collaborators, betweenness, community, years; weight, joint works,
years). VOSviewer's JSON map and network format has items (authors, with Documents,
Links and Total link strength weights and the community as cluster) and links with
their strength.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import networkx as nx

from ..rdf.files import write_atomically
from .coauthors import CoauthorNetwork

__all__ = ["EXPORT_FORMATS", "export_bytes", "vosviewer_json", "write_export"]

EXPORT_FORMATS = {"graphml": ".graphml", "gexf": ".gexf", "vosviewer": ".json"}
"""Each export format and the file suffix it is written with."""


def _labelled(graph: nx.Graph) -> nx.Graph:
    """A copy with ``label`` (Gephi's and yEd's node caption) set to the person's name."""
    copy = graph.copy()
    for node, name in graph.nodes(data="name"):
        copy.nodes[node]["label"] = name
    return copy


def vosviewer_json(network: CoauthorNetwork) -> dict[str, Any]:
    """VOSviewer's JSON map and network: items with weights and clusters, links with strengths."""
    graph = network.coauthors
    ids = {node: i for i, node in enumerate(graph, start=1)}
    items = []
    for node, attributes in graph.nodes(data=True):
        item: dict[str, Any] = {
            "id": ids[node],
            "label": attributes["name"],
            "url": node,
            "weights": {
                "Documents": attributes["works"],
                "Links": graph.degree(node),
                "Total link strength": round(graph.degree(node, weight="weight"), 6),
            },
        }
        if "community" in attributes:
            item["cluster"] = attributes["community"] + 1
        if attributes.get("organization"):
            item["description"] = attributes["organization"]
        items.append(item)
    links = [{"source_id": ids[a], "target_id": ids[b], "strength": w} for a, b, w in graph.edges(data="weight")]
    return {
        "config": {
            "terminology": {
                "item": "Author",
                "items": "Authors",
                "link": "Co-authorship link",
                "links": "Co-authorship links",
                "link_strength": "Co-authored documents" if network.counting == "full" else "Co-authored documents (fractional)",
                "total_link_strength": "Total link strength",
            }
        },
        "network": {"items": items, "links": links},
    }


def export_bytes(network: CoauthorNetwork, export_format: str) -> bytes:
    """The network in one export format, as the bytes of a file."""
    if export_format == "vosviewer":
        return (json.dumps(vosviewer_json(network), ensure_ascii=False, indent=1) + "\n").encode("utf-8")
    buffer = io.BytesIO()
    if export_format == "graphml":
        nx.write_graphml(_labelled(network.coauthors), buffer)
    elif export_format == "gexf":
        nx.write_gexf(_labelled(network.coauthors), buffer)
    else:
        raise ValueError(f"unknown export format {export_format!r}; use one of {', '.join(EXPORT_FORMATS)}")
    return buffer.getvalue()


def write_export(network: CoauthorNetwork, export_format: str, path: Path) -> Path:
    """Write one export of the network to ``path`` atomically."""
    write_atomically({path: export_bytes(network, export_format)})
    return path
