"""Namespaces and IRI minting: the only place that knows what an IRI looks like.

Every IRI the build emits comes from a ``Minter``, so IRIs are deterministic (the
same name gives the same IRI in every run and every source) and all share the
project's base IRI, set in ``scholargraph.toml``.
"""

from __future__ import annotations

import hashlib
import re

from pyoxigraph import NamedNode

from ..model.identifiers import SAFE_SCHEMES
from ..model.text import fold

__all__ = [
    "DEFAULT_BASE",
    "PREFIXES",
    "Minter",
    "Namespace",
    "slug",
    "web_iri",
]

DEFAULT_BASE = "https://example.org/"


class Namespace:
    """An IRI prefix; ``NS.term`` and ``NS["term"]`` give ``NamedNode``s."""

    def __init__(self, iri: str) -> None:
        self.iri = iri
        self._terms: dict[str, NamedNode] = {}

    def __getattr__(self, name: str) -> NamedNode:
        if name.startswith("__"):
            raise AttributeError(name)
        term = self._terms.get(name)
        if term is None:  # made once: a large build names the same terms millions of times
            term = self._terms[name] = NamedNode(self.iri + name)
        return term

    def __getitem__(self, name: str) -> NamedNode:
        return NamedNode(self.iri + name)

    def __str__(self) -> str:
        return self.iri


RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SCHEMA = Namespace("http://schema.org/")
DCTERMS = Namespace("http://purl.org/dc/terms/")
BIBO = Namespace("http://purl.org/ontology/bibo/")
FABIO = Namespace("http://purl.org/spar/fabio/")
VIVO = Namespace("http://vivoweb.org/ontology/core#")
OBO = Namespace("http://purl.obolibrary.org/obo/")
ORG = Namespace("http://www.w3.org/ns/org#")
PROV = Namespace("http://www.w3.org/ns/prov#")
VOID = Namespace("http://rdfs.org/ns/void#")
SG = Namespace("https://w3id.org/scholargraph/ns#")

PREFIXES: dict[str, str] = {
    "bibo": BIBO.iri,
    "dcterms": DCTERMS.iri,
    "fabio": FABIO.iri,
    "foaf": FOAF.iri,
    "obo": OBO.iri,
    "org": ORG.iri,
    "owl": OWL.iri,
    "prov": PROV.iri,
    "rdf": RDF.iri,
    "rdfs": RDFS.iri,
    "schema": SCHEMA.iri,
    "sg": SG.iri,
    "skos": SKOS.iri,
    "vivo": VIVO.iri,
    "void": VOID.iri,
    "xsd": XSD.iri,
}
"""Prefixes used when writing Turtle, TriG and JSON-LD, and declared in queries."""

_SLUG_MAX = 80


def slug(text: str) -> str:
    """A readable, stable IRI segment: ASCII-folded, lower case, words joined by ``-``.

    Letters are transliterated, never dropped (``Gauß`` → ``gauss``, ``Łukasz`` → ``lukasz``).
    Text with no Latin letters (``孙倩茹``) keeps its own letters; text too long for a
    readable IRI is cut at a word boundary and made unique with a short hash; text with
    no letters or digits at all is named by its hash.
    """
    words = re.findall(r"[a-z0-9]+", fold(text))
    if not words:
        words = re.findall(r"\w+", text.lower())
    result = "-".join(words)
    if len(result) > _SLUG_MAX:
        digest = hashlib.sha256(text.encode()).hexdigest()[:8]
        result = result[:_SLUG_MAX].rsplit("-", 1)[0] + "-" + digest
    return result or hashlib.sha256(text.encode()).hexdigest()[:12]


def web_iri(url: str) -> NamedNode | None:
    """The IRI of an absolute URL with a safe scheme (any case), or ``None`` for a relative, unsafe or malformed one."""
    match = re.match(r"^([A-Za-z][A-Za-z0-9+.-]*):", url.strip())
    if not match or match.group(1).lower() not in SAFE_SCHEMES:
        return None
    try:
        return NamedNode(url.strip())
    except ValueError:
        return None


class Minter:
    """Mints the IRIs of one project from its base IRI."""

    def __init__(self, base: str = DEFAULT_BASE) -> None:
        if not re.match(r"^[a-z][a-z0-9+.-]*:", base):
            raise ValueError(f"base IRI {base!r} is not absolute; write it like 'https://example.org/'")
        self.base = base if base.endswith(("/", "#")) else base + "/"

    def _iri(self, *segments: str) -> NamedNode:
        return NamedNode(self.base + "/".join(segments))

    def person(self, key: str) -> NamedNode:
        return self._iri("person", key)

    def organization(self, key: str, parent_key: str | None = None) -> NamedNode:
        return self._iri("org", parent_key, key) if parent_key else self._iri("org", key)

    def work(self, title: str) -> NamedNode:
        return self._iri("work", slug(title))

    def venue(self, name: str) -> NamedNode:
        return self._iri("venue", slug(name))

    def event(self, series: str, year: int) -> NamedNode:
        return self._iri("venue", slug(series), str(year))

    def part(self, whole: NamedNode, kind: str, key: str | int) -> NamedNode:
        """A node that belongs to another: ``…/work/x/authorship/2``."""
        return NamedNode(f"{whole.value}/{kind}/{slug(str(key))}")

    def record(self, kind: str, *keys: str | int) -> NamedNode:
        """A relationship node (supervision, award…) named by what it relates."""
        return self._iri(kind, *(slug(str(k)) for k in keys))

    def key_of(self, node: NamedNode) -> str:
        """What follows the kind in an IRI this minter made: ``…/person/qianru-sun`` → ``qianru-sun``."""
        return node.value[len(self.base) :].split("/", 1)[1]

    def dataset(self, *parts: str) -> NamedNode:
        """The VoID description of the whole graph and its partitions: ``…/dataset``, ``…/dataset/class/foaf-person``."""
        return self._iri("dataset", *(slug(part) for part in parts))

    def source_graph(self, path: str) -> NamedNode:
        """The named graph holding one source's facts, named by its project path."""
        return self._iri("source", *(slug(part) for part in path.split("/") if part))
