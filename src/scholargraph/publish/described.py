"""The IRIs a project publishes and what each one's documents say.

Every IRI under the base that the graph uses, as subject or object, is described: people,
works, venues and organizations, and the nodes that depend on them (authorships, links,
advising relationships, awards, positions, talks, service roles, courses…). An IRI's
path under the base is its path in the site (``…/work/x/authorship/2`` →
``work/x/authorship/2.html``). A *part* is a node linked to another whose IRI extends the
other's (``…/work/x/authorship/2`` of ``…/work/x``); its *parent* is the longest
described IRI its own IRI extends. A description holds the node's triples both ways,
those of its parts, and the labels of every other node these name, so a reader of the
one document can show names rather than bare IRIs.
"""

from __future__ import annotations

from pyoxigraph import NamedNode, Triple

from ..rdf.vocab import Minter
from .entities import LABELS, GraphIndex

__all__ = ["Described", "resource_path"]


def resource_path(minter: Minter, node: NamedNode) -> str | None:
    """The site path of an IRI without suffix (``person/qianru-sun``), ``None`` if it is not under the base."""
    if not node.value.startswith(minter.base):
        return None
    path = node.value[len(minter.base) :]
    segments = path.split("/")
    fine = path and "" not in segments and not {".", ".."} & set(segments) and not any(c in path for c in "?#\\")
    return path if fine else None


class Described:
    """The described IRIs of one graph: by site path, with their parents, parts, labels and triples."""

    def __init__(self, index: GraphIndex, minter: Minter) -> None:
        self.index, self.minter = index, minter
        self._known: set[NamedNode] = set()  # only IRIs found: a crawler's made-up paths are not kept

    def path(self, node: NamedNode) -> str | None:
        """The node's site path if it is described, else ``None``."""
        path = resource_path(self.minter, node)
        if path is None:
            return None
        if node not in self._known and self.index.knows(node):
            self._known.add(node)
        return path if node in self._known else None

    def node(self, path: str) -> NamedNode | None:
        """The described IRI at a site path (without suffix), if any."""
        try:
            node = NamedNode(self.minter.base + path)
        except ValueError:
            return None
        return node if self.path(node) == path else None

    def all(self) -> list[NamedNode]:
        """Every described IRI, sorted (one pass over the graph)."""
        return sorted((node for node in self.index.iris() if self.path(node) is not None), key=lambda n: n.value)

    def parent(self, node: NamedNode) -> NamedNode | None:
        """The longest described IRI that the node's IRI extends by whole segments."""
        segments = node.value[len(self.minter.base) :].split("/")
        for end in range(len(segments) - 1, 0, -1):
            candidate = self.node("/".join(segments[:end]))
            if candidate is not None:
                return candidate
        return None

    def parts(self, node: NamedNode) -> list[NamedNode]:
        """The described nodes linked to this one (either way) whose IRIs extend its own, sorted naturally."""
        prefix = node.value + "/"
        linked = {link.node for link in (*self.index.outgoing(node), *self.index.incoming(node))}
        found = [n for n in linked if isinstance(n, NamedNode) and n.value.startswith(prefix) and self.path(n) is not None]
        return sorted(found, key=lambda n: [(len(s), s) if s.isdigit() else (0, s) for s in n.value.split("/")])

    def label(self, node: NamedNode) -> str:
        """The node's name; a nameless part is named by its parent (``Title › authorship/2``), other nodes by their path."""
        name = self.index.name_of(node)
        if name:
            return name
        parent = self.parent(node) if self.path(node) is not None else None
        if parent is not None:
            return f"{self.label(parent)} › {node.value[len(parent.value) + 1 :]}"
        return self.path(node) or self.index.label(node)

    def triples(self, node: NamedNode) -> list[Triple]:
        """The node's description: its triples both ways, its parts' triples, and the labels of every other node named."""
        found = self.index.triples(node)
        for part in self.parts(node):
            found |= self.index.triples(part)
        named = {term for triple in found for term in (triple.subject, triple.object) if isinstance(term, NamedNode)}
        for other in named - {node}:
            for predicate in LABELS:
                found.update(quad.triple for quad in self.index.store.quads_for_pattern(other, predicate, None))
        return list(found)
