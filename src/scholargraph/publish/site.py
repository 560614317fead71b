"""The linked-data site: a document for every IRI the graph mints under the base, in HTML and four RDF formats.

An IRI's path under the base is its path in the site (``https://example.org/person/qianru-sun``
→ ``person/qianru-sun.html``, ``.ttl``, ``.jsonld``, ``.nt``, ``.rdf``; see ``described``),
so a web server that answers the IRI with a 303 to one of them (``.htaccess`` and the
``nginx-*.conf`` here do that by ``Accept``) makes every IRI dereferenceable. People,
works, venues and organizations get pages with the lists people look for; every other
node (authorships, awards, talks…) a page of its properties, its parts and a link to its
parent. Pages link with relative paths and need no network: they work from the folder,
from any web server, and behind ``scholargraph serve``, which renders the same documents
on demand. Every text from the graph is escaped by Jinja2; only http(s) and mailto IRIs
of other sites become links. The site also carries the dumps and the VoID description.
"""

from __future__ import annotations

import posixpath
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from pyoxigraph import Literal, NamedNode, Quad, Triple

from ..rdf.files import write_atomically
from ..rdf.jsonld import dumps, project_context
from ..rdf.vocab import BIBO, DCTERMS, ORG, RDF, SG, Minter
from .described import Described
from .dump import export_bytes
from .entities import ENTITY_KINDS, GraphIndex, Node
from .schemaorg import person_markup, work_markup
from .void import DUMP_FORMATS, dump_path, void_triples

__all__ = ["REPRESENTATIONS", "SiteDocuments", "render_site", "write_site"]

REPRESENTATIONS = {
    ".html": "text/html",
    ".ttl": "text/turtle",
    ".jsonld": "application/ld+json",
    ".nt": "application/n-triples",
    ".rdf": "application/rdf+xml",
}
"""The documents of every described IRI, by suffix, with their media types; HTML first, the default."""

_RDF_FORMATS = {
    ".ttl": ("ttl", "Turtle"),
    ".jsonld": ("jsonld", "JSON-LD"),
    ".nt": ("nt", "N-Triples"),
    ".rdf": ("rdfxml", "RDF/XML"),
}
"""The RDF documents by suffix: export format and the name a page's links give it."""
_HEADINGS = {"person": "People", "work": "Works", "venue": "Venues", "organization": "Organizations"}


@dataclass(frozen=True)
class _Cell:
    """A value as a page shows it: text, and a link when it has one."""

    text: str
    href: str | None = None
    note: str = ""


@cache
def _environment() -> Any:
    import jinja2

    return jinja2.Environment(
        loader=jinja2.PackageLoader("scholargraph", "templates"),
        autoescape=True,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


class SiteDocuments:
    """The documents of one graph's site, rendered when asked for by site path."""

    def __init__(self, quads: Iterable[Quad], minter: Minter, publish: Mapping[str, str] | None = None) -> None:
        self.index = GraphIndex(quads)
        self.minter, self.publish = minter, publish or {}
        self.described = Described(self.index, minter)
        self.context = project_context()

    def cell(self, node: Node, here: str) -> _Cell:
        """A value shown from the page at ``here``: a described IRI links to its page, another site's IRI to itself."""
        if isinstance(node, Literal):
            datatype = node.datatype.value if node.datatype else ""
            note = "" if datatype.endswith("#string") or node.language else self.context.compact_iri(datatype)
            return _Cell(node.value, None, note)
        path = self.described.path(node)
        if path is not None:
            return _Cell(self.described.label(node), posixpath.relpath(path + ".html", posixpath.dirname(here) or "."))
        label = self.index.name_of(node) or self.context.compact_iri(node.value)
        linkable = urlsplit(node.value).scheme in ("http", "https", "mailto") and not node.value.startswith(self.minter.base)
        return _Cell(label, node.value if linkable else None)

    def sections(self, node: NamedNode, kind: str | None, here: str) -> list[tuple[str, list[list[_Cell]]]]:
        """The lists a page shows beside its properties: its parent and parts; authors, works, co-authors, students…"""
        index = self.index
        sections: list[tuple[str, list[list[_Cell]]]] = []

        def add(title: str, rows: Iterable[list[_Cell]]) -> None:
            rows = list(rows)
            if rows:
                sections.append((title, rows))

        parent = self.described.parent(node)
        add("Part of", [[self.cell(parent, here)]] if parent is not None else [])
        if kind == "work":
            add("Authors", ([_Cell(str(rank)), self.cell(person, here)] for rank, person in index.authors(node)))
        if kind == "person":
            works = index.works_of(node)
            add("Works", ([_Cell(str(index.year(w) or "")), self.cell(w, here)] for w in works))
            add(
                "Co-authors",
                ([self.cell(p, here), _Cell(f"{n} joint work{'s' if n > 1 else ''}")] for p, n in index.coauthors(node)),
            )
            add(
                "Students",
                ([self.cell(a.person, here), _Cell(a.kind), _Cell(a.role), _Cell(a.period)] for a in index.students(node)),
            )
            add(
                "Supervisors",
                ([self.cell(a.person, here), _Cell(a.kind), _Cell(a.role), _Cell(a.period)] for a in index.supervisors(node)),
            )
        if kind == "venue":
            works = sorted(
                set(index.subjects(SG.venueSeries, node)) | set(index.subjects(BIBO.presentedAt, node)), key=index.label
            )
            add("Works", ([_Cell(str(index.year(w) or "")), self.cell(w, here)] for w in works))
            add("Events", ([self.cell(e, here)] for e in index.subjects(SG.series, node)))
        if kind == "organization":
            members = {
                person
                for membership in index.subjects(ORG.organization, node)
                for person in index.values(membership, ORG.member)
                if isinstance(person, NamedNode)
            }
            add("People", ([self.cell(p, here)] for p in sorted(members, key=index.label)))
            add("Units", ([self.cell(u, here)] for u in index.subjects(ORG.subOrganizationOf, node)))
        add("Parts", ([self.cell(part, here)] for part in self.described.parts(node)))
        return sections

    def properties(self, node: NamedNode, here: str) -> list[tuple[str, str, list[_Cell]]]:
        """Every outgoing property as (short name, IRI, values)."""
        grouped: dict[str, list[Node]] = {}
        for link in self.index.outgoing(node):
            grouped.setdefault(link.predicate.value, []).append(link.node)
        return [
            (self.context.compact_iri(p), p, [self.cell(v, here) for v in sorted(grouped[p], key=str)])
            for p in sorted(grouped, key=lambda p: (p != RDF.type.value, self.context.compact_iri(p)))
        ]

    def mentions(self, node: NamedNode, here: str) -> list[tuple[str, _Cell]]:
        """Incoming links from described nodes; parts of other nodes are left to their parent's page, authors to the lists."""
        found = [
            (self.context.compact_iri(link.predicate.value), self.cell(link.node, here))
            for link in self.index.incoming(node)
            if isinstance(link.node, NamedNode)
            and link.predicate != DCTERMS.creator
            and self.described.path(link.node) is not None
            and (link.node in self.index.kinds or self.described.parent(link.node) is None)
        ]
        return sorted(set(found), key=lambda item: (item[0], item[1].text))

    def page(self, node: NamedNode, path: str) -> bytes:
        """The node's HTML page."""
        kind = self.index.kinds.get(node)
        here = path + ".html"
        markup = None
        if kind == "person":
            markup = person_markup(self.index, node)
        elif kind == "work":
            markup = work_markup(self.index, node)
        types = [self.context.compact_iri(t.value) for t in self.index.values(node, RDF.type)]
        page = (
            _environment()
            .get_template("entity.html")
            .render(
                title=self.described.label(node),
                kind=kind or ", ".join(types) or "resource",
                iri=node.value,
                name=posixpath.basename(path),
                alternates=[(suffix, REPRESENTATIONS[suffix], title) for suffix, (_, title) in _RDF_FORMATS.items()],
                home=posixpath.relpath("index.html", posixpath.dirname(here) or "."),
                properties=self.properties(node, here),
                sections=self.sections(node, kind, here),
                mentions=self.mentions(node, here),
                schema_org=dumps({"@context": "https://schema.org/", **markup}).decode() if markup else None,
            )
        )
        return str(page).encode()

    def representation(self, node: NamedNode, path: str, suffix: str, triples: list[Triple] | None = None) -> bytes:
        """One document of a described node: its page, or its description in an RDF format."""
        if suffix == ".html":
            return self.page(node, path)
        return export_bytes(self.described.triples(node) if triples is None else triples, _RDF_FORMATS[suffix][0])

    def documents(self, node: NamedNode) -> dict[str, bytes]:
        """Every document of a described node, by site path (the description is worked out once)."""
        path = self.described.path(node)
        assert path is not None, node
        triples = self.described.triples(node)
        return {path + suffix: self.representation(node, path, suffix, triples) for suffix in REPRESENTATIONS}

    def document(self, path: str) -> bytes | None:
        """The document at a site path: the index, a dump, the VoID description or a node's document; ``None`` if none."""
        if path == "index.html":
            return self.index_page()
        if path == "void.ttl":
            return export_bytes(void_triples(self.index.store, self.minter, self.publish), "ttl")
        for name in DUMP_FORMATS:
            if path == dump_path(name):
                return export_bytes(self.index.store, name)
        stem, suffix = posixpath.splitext(path)
        node = self.described.node(stem) if suffix in REPRESENTATIONS else None
        return self.representation(node, stem, suffix) if node is not None else None

    def index_page(self) -> bytes:
        groups = [
            (_HEADINGS[kind], [self.cell(node, "index.html") for node in sorted(nodes, key=self.index.label)])
            for kind in ENTITY_KINDS
            if (nodes := [n for n in self.index.entities(kind) if self.described.path(n) is not None])
        ]
        page = (
            _environment()
            .get_template("index.html")
            .render(
                title=self.publish.get("title") or "Linked data",
                description=self.publish.get("description"),
                license=self.publish.get("license"),
                groups=groups,
                dumps=[dump_path(name) for name in DUMP_FORMATS],
            )
        )
        return str(page).encode()

    def conneg(self, nodes: Iterable[NamedNode]) -> dict[str, bytes]:
        """Apache (``.htaccess``) and nginx configuration answering the IRIs of ``nodes`` with a 303 by ``Accept``."""
        root = urlsplit(self.minter.base).path or "/"
        kinds = "|".join(sorted({path.split("/")[0] for node in nodes if (path := self.described.path(node))}))
        names = {"htaccess": ".htaccess", "nginx-map.conf": "nginx-map.conf", "nginx-locations.conf": "nginx-locations.conf"}
        return {
            name: str(_environment().get_template(f"conneg/{template}").render(root=root, kinds=kinds)).encode()
            for template, name in names.items()
        }

    def paths(self) -> Iterator[str]:
        """The site paths of the documents besides the nodes' own: the index, the dumps and VoID."""
        yield "index.html"
        yield from (dump_path(name) for name in DUMP_FORMATS)
        yield "void.ttl"


def render_site(
    quads: Iterable[Quad],
    minter: Minter,
    publish: Mapping[str, str] | None = None,
    step: Callable[[int, int], None] | None = None,
) -> dict[str, bytes]:
    """Every file of the site, by path relative to the site folder; ``step`` is told each entity rendered."""
    site = SiteDocuments(quads, minter, publish)
    files = {path: site.document(path) or b"" for path in site.paths()}
    nodes = site.described.all()
    for done, node in enumerate(nodes, 1):
        files.update(site.documents(node))
        if step is not None:
            step(done, len(nodes))
    files.update(site.conneg(nodes))
    return files


def write_site(
    quads: Iterable[Quad],
    minter: Minter,
    publish: Mapping[str, str],
    folder: Path,
    step: Callable[[int, int], None] | None = None,
) -> dict[str, bytes]:
    """Render the site and swap it into ``folder`` whole (a failed run leaves the previous site); its files by path."""
    files = render_site(quads, minter, publish, step)
    write_atomically({folder / path: content for path, content in files.items()})
    return files
