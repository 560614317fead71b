"""What the co-authorship page shows, as plain data: one row a person for a small page, compact arrays for a field.

Both carry the same facts (people with positions and groups, works with years and
authors, links, supervision, legends, notices); the compact form leaves out what the
browser can derive (each person's works, each link's joint works and weight) and
rounds positions to whole pixels, so a field of 20,000 people is a few megabytes.
"""

from __future__ import annotations

from typing import Any

from .coauthors import CoauthorNetwork, joint_works
from .layout import layout

__all__ = ["OTHER", "OVERVIEW_FROM", "PALETTE", "community_names", "field_data", "page_data"]

OVERVIEW_FROM = 50_000
"""From this many people a field's page opens on its communities (a disc each) and shows people as you zoom in."""

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


def _groups(values: list[str], empty: str, names: dict[str, str] | None = None) -> tuple[list[int], list[dict[str, Any]]]:
    """Each value's group number (by size, largest first) and the legend: label (``names`` or the value), count, colour."""
    counts: dict[str, int] = {}
    for value in values:
        counts[value] = counts.get(value, 0) + 1
    ordered = sorted(counts, key=lambda v: (v == "", -counts[v], v))
    number = {value: i for i, value in enumerate(ordered)}
    names = names or {}
    legend = [
        {
            "label": names.get(value, value) or empty,
            "count": counts[value],
            "color": PALETTE[i] if i < len(PALETTE) and value else OTHER,
        }
        for i, value in enumerate(ordered)
    ]
    return [number[v] for v in values], legend


def community_names(network: CoauthorNetwork) -> dict[int, str]:
    """Each community's name: "NAME's group" after its most central person (betweenness, then works, then name)."""
    best: dict[int, tuple[float, int, str]] = {}
    for attributes in network.coauthors.nodes.values():
        if "community" in attributes:
            rank = (attributes.get("betweenness", 0), attributes.get("works", 0), str(attributes["name"]))
            community = attributes["community"]
            best[community] = max(best.get(community, rank), rank)
    return {community: f"{name}'s group" for community, (_, _, name) in best.items()}


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


def _common(network: CoauthorNetwork, title: str) -> dict[str, Any]:
    """What both forms share: people's names, organizations, groups and positions; supervision; legends; notices."""
    graph, layer = network.coauthors, network.supervision
    people = network.people
    index = {person: i for i, person in enumerate(people)}
    attributes = [graph.nodes[p] if p in graph else layer.nodes[p] for p in people]
    organizations = [str(a.get("organization", "")) for a in attributes]
    communities = [f"{a['community']:09d}" if "community" in a else "" for a in attributes]
    names = {f"{c:09d}": name for c, name in community_names(network).items()}
    by_community, community_legend = _groups(communities, "supervision only", names)
    by_organization, organization_legend = _groups(organizations, "organization not known")
    years = [w.year for w in network.works if w.year is not None]
    return {
        "index": index,
        "names": [str(a.get("name", p)) for p, a in zip(people, attributes, strict=True)],
        "organizations": organizations,
        "groups": (by_community, by_organization),
        "positions": layout(network, people),
        "data": {
            "title": title,
            "counting": network.counting,
            "supervision": [
                {
                    "from": index[a],
                    "to": index[b],
                    "role": str(s.get("role", "")),
                    "principal": bool(s.get("principal", True)),
                    "start": s.get("start"),
                    "end": s.get("end"),
                }
                for a, b, s in layer.edges(data=True)
            ],
            "legends": {"community": community_legend, "organization": organization_legend},
            "years": [min(years), max(years)] if years else None,
            "notices": _notices(network),
            "ego": index.get(graph.graph.get("ego", "")),
        },
    }


def page_data(network: CoauthorNetwork, title: str) -> dict[str, Any]:
    """Everything the small page shows, a row a person and a link: people, works, links, supervision, legends, notices."""
    graph, people, works = network.coauthors, network.people, network.works
    common = _common(network, title)
    index, names, positions = common["index"], common["names"], common["positions"]
    by_community, by_organization = common["groups"]
    work_index = {w.iri: i for i, w in enumerate(works)}
    works_of: dict[str, list[int]] = {p: [] for p in people}
    for i, work in enumerate(works):
        for author in work.authors:
            if author in works_of:
                works_of[author].append(i)
    rows = []
    for i, person in enumerate(people):
        x, y = positions.get(person, (0.0, 0.0))
        rows.append(
            {
                "id": i,
                "iri": person,
                "name": names[i],
                "organization": common["organizations"][i],
                "x": x,
                "y": y,
                "works": works_of[person],
                "betweenness": graph.nodes[person].get("betweenness", 0) if person in graph else 0,
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
    data = common["data"]
    return {
        "title": title,
        "counting": network.counting,
        "people": rows,
        "works": [{"title": w.title, "year": w.year, "authors": [index[a] for a in w.authors if a in index]} for w in works],
        "links": links,
        "supervision": data["supervision"],
        "legends": data["legends"],
        "years": data["years"],
        "notices": data["notices"],
        "ego": data["ego"],
    }


def field_data(network: CoauthorNetwork, title: str) -> dict[str, Any]:
    """The same facts as ``page_data`` in compact arrays, for a field's page.

    ``people`` holds parallel arrays (name, organization as a number into
    ``organizations``, x and y in whole pixels, community and organization group);
    ``works`` parallel arrays of titles, years and author numbers; ``links`` the two
    people of each link, flat; ``overview_from`` the number of people from which the
    page opens on the communities. The browser derives each person's works and each link's
    joint works and weight from the works, as the small page's filter already does.
    """
    common = _common(network, title)
    index, positions = common["index"], common["positions"]
    by_community, by_organization = common["groups"]
    organizations = sorted(set(common["organizations"]))
    organization_number = {organization: i for i, organization in enumerate(organizations)}
    xy = [positions.get(person, (0.0, 0.0)) for person in network.people]
    links: list[int] = []
    for a, b in network.coauthors.edges():
        links += (index[a], index[b])
    works = network.works
    return {
        **common["data"],
        "people": {
            "name": common["names"],
            "organization": [organization_number[o] for o in common["organizations"]],
            "x": [round(x) for x, _ in xy],
            "y": [round(y) for _, y in xy],
            "community": by_community,
            "organization_group": by_organization,
        },
        "organizations": organizations,
        "works": {
            "title": [w.title for w in works],
            "year": [w.year for w in works],
            "authors": [[index[a] for a in w.authors if a in index] for w in works],
        },
        "links": links,
        "overview_from": OVERVIEW_FROM,
    }
