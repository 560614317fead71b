"""The co-authorship network of a graph, as networkx graphs, with the choices people make about it.

A link joins two people who wrote a work together, weighted by their joint works
(full counting: 1 a work; fractional counting as VOSviewer's: 1/(n−1) a work of n
authors, so each author's links from one work add up to 1). Works with more authors
than a cap are left out (VIVO leaves out works with more than 100), as are works
outside a year window and links below a minimum weight; what was left out is counted,
so a picture can say so. Supervision (VIVO advising relationships) is a second,
directed layer, kept apart from co-authorship.

The heavy computations (communities with Leiden, betweenness) run on igraph, measured
against networkx in ``benchmarks/bench_viz.py``; networkx stays the graph people use.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from itertools import combinations
from typing import TYPE_CHECKING, Any, Literal

import networkx as nx

from ..errors import ScholargraphError
from ..query.people import choose_person
from ..rdf.vocab import PREFIXES

if TYPE_CHECKING:
    import igraph
    from pyoxigraph import Store

__all__ = [
    "DEFAULT_MAX_AUTHORS",
    "CoauthorNetwork",
    "Counting",
    "LeftOut",
    "NetworkError",
    "Person",
    "Records",
    "Supervision",
    "Work",
    "coauthor_network",
    "ego_network",
    "find_person",
    "joint_works",
    "read_records",
    "seeded_igraph",
    "to_igraph",
]

DEFAULT_MAX_AUTHORS = 100
"""Works with more authors than this are left out, as VIVO's co-author network does."""

Counting = Literal["full", "fractional"]

EXACT_BETWEENNESS_UP_TO = 2000
"""Above this many people betweenness is estimated from ``BETWEENNESS_SAMPLE`` sources (exact took 85 s at 20,000)."""
BETWEENNESS_SAMPLE = 500


class NetworkError(ScholargraphError):
    """An option for the network cannot be used as given."""


@dataclass(frozen=True)
class Person:
    """A person in the graph: IRI, name, and the organization shown beside them (if known)."""

    iri: str
    name: str
    organization: str | None = None


@dataclass(frozen=True)
class Work:
    """A work with its title, year (if known) and authors' IRIs in rank order."""

    iri: str
    title: str
    year: int | None
    authors: tuple[str, ...]


@dataclass(frozen=True)
class Supervision:
    """One advisor of one advisee (a co-supervisor is an advisor with ``principal`` false)."""

    advisor: str
    advisee: str
    role: str
    principal: bool
    start: int | None = None
    end: int | None = None


@dataclass
class Records:
    """What the network is drawn from: people, works and supervisions read from a graph."""

    people: dict[str, Person]
    works: list[Work]
    supervisions: list[Supervision] = field(default_factory=list)


@dataclass(frozen=True)
class LeftOut:
    """What a network leaves out, so the picture can say so."""

    max_authors: int | None
    works_over_cap: int = 0
    works_outside_window: int = 0
    links_below_min_weight: int = 0

    @property
    def anything(self) -> bool:
        return bool(self.works_over_cap or self.works_outside_window or self.links_below_min_weight)


@dataclass
class CoauthorNetwork:
    """The co-authorship graph, the supervision layer, the works counted and what was left out.

    ``coauthors`` nodes are person IRIs with ``name``, ``organization``, ``works``,
    ``collaborators``, ``betweenness``, ``community``, ``first_year`` and ``last_year``;
    edges carry ``weight`` (full or fractional), ``joint_works``, ``first_year`` and
    ``last_year``. ``supervision`` edges go from advisor to advisee with ``role`` and
    ``principal``.
    """

    coauthors: nx.Graph
    supervision: nx.DiGraph
    works: list[Work]
    left_out: LeftOut
    counting: Counting = "full"
    since: int | None = None
    until: int | None = None
    min_weight: float = 0

    @property
    def people(self) -> list[str]:
        """Everyone the page shows and ``viz`` counts: the co-authors, then those only supervision names."""
        return list(self.coauthors) + sorted(set(self.supervision) - set(self.coauthors))

    def works_of(self, person: str) -> list[Work]:
        """The counted works of a person, newest first."""
        return sorted((w for w in self.works if person in w.authors), key=lambda w: (-(w.year or 0), w.title))


_PREFIXES = "".join(f"PREFIX {prefix}: <{iri}>\n" for prefix, iri in PREFIXES.items())

_WORKS = (
    _PREFIXES
    + """
SELECT ?work ?title ?issued ?person ?rank WHERE {
  ?work a bibo:Document .
  ?authorship a vivo:Authorship ; vivo:relates ?work, ?person ; vivo:rank ?rank .
  ?person a foaf:Person .
  OPTIONAL { ?work dcterms:title ?title }
  OPTIONAL { ?work dcterms:issued ?issued }
}"""
)

_PEOPLE = _PREFIXES + "SELECT ?person ?name WHERE { ?person a foaf:Person ; foaf:name ?name }"

# Where a person belongs, best evidence first: a position (org:Membership), the
# organization of an advising relationship they were advised in, an authorship's.
_AFFILIATIONS = (
    _PREFIXES
    + """
SELECT ?person ?organization ?evidence ?start ?end WHERE {
  {
    ?membership org:member ?person ; org:organization ?unit .
    OPTIONAL { ?membership schema:startDate ?start }
    OPTIONAL { ?membership schema:endDate ?end }
    BIND (1 AS ?evidence)
  } UNION {
    ?advising sg:advisee ?person ; sg:affiliationAtTime ?unit .
    OPTIONAL { ?advising schema:startDate ?start }
    OPTIONAL { ?advising schema:endDate ?end }
    BIND (2 AS ?evidence)
  } UNION {
    ?authorship a vivo:Authorship ; vivo:relates ?person ; sg:affiliationAtTime ?unit .
    BIND (3 AS ?evidence)
  }
  ?unit org:subOrganizationOf* ?top .
  MINUS { ?top org:subOrganizationOf ?above }
  ?top foaf:name ?organization .
}"""
)

_SUPERVISIONS = (
    _PREFIXES
    + """
SELECT ?advisor ?advisee ?role ?principal ?start ?end WHERE {
  ?advising a vivo:AdvisingRelationship ; sg:advisee ?advisee .
  { ?advising sg:advisor ?advisor BIND (true AS ?principal) }
  UNION { ?advising sg:coAdvisor ?advisor BIND (false AS ?principal) }
  OPTIONAL { ?advising sg:roleAsWritten ?role }
  OPTIONAL { ?advising schema:startDate ?start }
  OPTIONAL { ?advising schema:endDate ?end }
}"""
)


def _value(term: Any) -> str | None:
    return None if term is None else str(term.value)


def _year(term: Any) -> int | None:
    text = _value(term)
    return int(text[:4]) if text and text[:4].isdigit() else None


def read_records(store: Store) -> Records:
    """People, works (authors in rank order) and supervisions from the default graph (the union) of an OxigraphStore's store."""

    def select(query: str) -> Any:
        return store.query(query)

    names: dict[str, str] = {}
    for row in select(_PEOPLE):
        iri, name = str(row["person"].value), str(row["name"].value)
        names[iri] = min(names.get(iri, name), name)
    authors: dict[str, list[tuple[int, str]]] = defaultdict(list)
    titles: dict[str, str] = {}
    years: dict[str, int | None] = {}
    for row in select(_WORKS):
        work = str(row["work"].value)
        authors[work].append((int(row["rank"].value), str(row["person"].value)))
        titles[work] = _value(row["title"]) or titles.get(work) or work
        years[work] = _year(row["issued"]) or years.get(work)
    works = [
        Work(iri, titles[iri], years[iri], tuple(dict.fromkeys(person for _, person in sorted(ranked))))
        for iri, ranked in sorted(authors.items())
    ]
    best: dict[str, tuple[Any, ...]] = {}
    for row in select(_AFFILIATIONS):
        person = str(row["person"].value)
        current = row["end"] is None
        key = (int(row["evidence"].value), not current, -(_year(row["end"]) or 0), -(_year(row["start"]) or 0))
        candidate = (*key, str(row["organization"].value))
        best[person] = min(best.get(person, candidate), candidate)
    people = {iri: Person(iri, name, best[iri][-1] if iri in best else None) for iri, name in sorted(names.items())}
    supervisions = sorted(
        {
            Supervision(
                str(row["advisor"].value),
                str(row["advisee"].value),
                _value(row["role"]) or "supervised",
                row["principal"].value == "true",
                _year(row["start"]),
                _year(row["end"]),
            )
            for row in select(_SUPERVISIONS)
        },
        key=lambda s: (s.advisor, s.advisee, s.role),
    )
    return Records(people, works, supervisions)


def joint_works(works: Iterable[Work]) -> dict[tuple[str, str], list[Work]]:
    """Each pair of co-authors (IRIs in sorted order) and the works they share."""
    pairs: dict[tuple[str, str], list[Work]] = defaultdict(list)
    for work in works:
        for pair in combinations(sorted(work.authors), 2):
            pairs[pair].append(work)
    return pairs


def coauthor_network(
    records: Records,
    *,
    since: int | None = None,
    until: int | None = None,
    max_authors: int | None = DEFAULT_MAX_AUTHORS,
    min_weight: float = 0,
    counting: Counting = "full",
    metrics: bool = True,
) -> CoauthorNetwork:
    """The co-authorship network of ``records`` with the given window, cap, minimum weight and counting.

    A window (``since``/``until``, inclusive) leaves out works with no year too.
    ``metrics`` adds collaborators, betweenness and communities to every node.
    """
    if counting not in ("full", "fractional"):
        raise NetworkError(f"unknown counting {counting!r}; use 'full' or 'fractional'")
    if since is not None and until is not None and since > until:
        raise NetworkError(f"the year window is empty: since {since} is after until {until}")
    over_cap = outside = 0
    kept: list[Work] = []
    for work in records.works:
        if max_authors is not None and len(work.authors) > max_authors:
            over_cap += 1
        elif (since is not None or until is not None) and not _within(work.year, since, until):
            outside += 1
        else:
            kept.append(work)
    graph = nx.Graph()
    for work in kept:
        for author in work.authors:
            if author not in graph:
                person = records.people.get(author) or Person(author, author)
                graph.add_node(author, name=person.name, organization=person.organization or "", works=0)
            graph.nodes[author]["works"] += 1
            _span(graph.nodes[author], work.year)
    below = 0
    for (a, b), shared in joint_works(kept).items():
        weight = sum(1 if counting == "full" else 1 / (len(w.authors) - 1) for w in shared)
        if weight < min_weight:
            below += 1
            continue
        attributes: dict[str, Any] = {"weight": round(weight, 6), "joint_works": len(shared)}
        for work in shared:
            _span(attributes, work.year)
        graph.add_edge(a, b, **attributes)
    if metrics:
        _add_metrics(graph)
    left_out = LeftOut(max_authors, over_cap, outside, below)
    return CoauthorNetwork(graph, _supervision_layer(records), kept, left_out, counting, since, until, min_weight)


def _within(year: int | None, since: int | None, until: int | None) -> bool:
    return year is not None and (since is None or year >= since) and (until is None or year <= until)


def _span(attributes: dict[str, Any], year: int | None) -> None:
    """Widen ``first_year``/``last_year`` to include ``year``."""
    if year is None:
        return
    attributes["first_year"] = min(attributes.get("first_year", year), year)
    attributes["last_year"] = max(attributes.get("last_year", year), year)


def _supervision_layer(records: Records) -> nx.DiGraph:
    layer = nx.DiGraph()
    for s in records.supervisions:
        for iri in (s.advisor, s.advisee):
            person = records.people.get(iri) or Person(iri, iri)
            layer.add_node(iri, name=person.name, organization=person.organization or "")
        attributes: dict[str, Any] = {"role": s.role, "principal": s.principal}
        attributes.update({k: v for k, v in (("start", s.start), ("end", s.end)) if v is not None})
        layer.add_edge(s.advisor, s.advisee, **attributes)
    return layer


@contextmanager
def seeded_igraph(seed: int = 0) -> Iterator[None]:
    """Run igraph's randomized algorithms (Leiden, layouts) from a fixed seed, so output is reproducible."""
    import igraph

    igraph.set_random_number_generator(random.Random(seed))
    try:
        yield
    finally:
        igraph.set_random_number_generator(random)


def to_igraph(graph: nx.Graph) -> tuple[igraph.Graph, list[Any]]:
    """The same graph in igraph (weights kept) and the node order it uses."""
    import igraph

    nodes = list(graph)
    index = {node: i for i, node in enumerate(nodes)}
    edges = [(index[a], index[b]) for a, b in graph.edges()]
    converted = igraph.Graph(n=len(nodes), edges=edges)
    converted.es["weight"] = [float(w) for _, _, w in graph.edges(data="weight", default=1)]
    return converted, nodes


def _add_metrics(graph: nx.Graph) -> None:
    """Collaborators (degree), normalized betweenness and Leiden communities (numbered by size)."""
    converted, nodes = to_igraph(graph)
    n = len(nodes)
    scale = 2 / ((n - 1) * (n - 2)) if n > 2 else 0
    if n > EXACT_BETWEENNESS_UP_TO:
        # Estimated from shortest paths out of a fixed sample of sources, scaled up (as networkx's ``k``).
        sources = random.Random(0).sample(range(n), BETWEENNESS_SAMPLE)
        betweenness = converted.betweenness(directed=False, sources=sources)
        scale *= n / BETWEENNESS_SAMPLE
    else:
        betweenness = converted.betweenness(directed=False) if n > 2 else [0.0] * n
    clusters = None
    if converted.ecount():
        with seeded_igraph():
            clusters = converted.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1)
    membership = clusters.membership if clusters is not None else list(range(n))
    sizes: dict[int, int] = defaultdict(int)
    for community in membership:
        sizes[community] += 1
    # Number communities by size (0 = largest), ties broken by first member, so colours are stable.
    first = {c: nodes[membership.index(c)] for c in sizes}
    rank = {c: r for r, c in enumerate(sorted(sizes, key=lambda c: (-sizes[c], str(first[c]))))}
    for i, node in enumerate(nodes):
        attributes = graph.nodes[node]
        attributes["collaborators"] = graph.degree(node)
        attributes["betweenness"] = round(betweenness[i] * scale, 6)
        attributes["community"] = rank[membership[i]]


def find_person(graph: nx.Graph, wanted: str) -> str:
    """The node of the person ``wanted`` names among the network's people, as ``query.people`` finds one."""
    return choose_person(wanted, ((str(node), str(name)) for node, name in graph.nodes(data="name")), "the network")


def ego_network(network: CoauthorNetwork, person: str, radius: int = 1) -> CoauthorNetwork:
    """The part of a network within ``radius`` links of a person: them, their co-authors, and links among those."""
    centre = find_person(network.coauthors, person)
    ego = network.coauthors.subgraph(nx.ego_graph(network.coauthors, centre, radius=radius)).copy()
    ego.graph["ego"] = centre
    members = set(ego)
    kept = [(a, b) for a, b in network.supervision.edges() if {a, b} <= members or centre in (a, b)]
    supervision = network.supervision.edge_subgraph(kept).copy()
    works = [w for w in network.works if members.intersection(w.authors)]
    return CoauthorNetwork(
        ego, supervision, works, network.left_out, network.counting, network.since, network.until, network.min_weight
    )
