"""The linked-data site: one page per person, work, venue and organization as HTML, Turtle and JSON-LD.

An entity's IRI minus the project's base IRI is its path in the site
(``https://example.org/person/qianru-sun`` → ``person/qianru-sun.html``, ``.ttl``,
``.jsonld``), so a web server that answers the IRI with a 303 to one of the three
(``.htaccess`` and the ``nginx-*.conf`` here do that by ``Accept``) makes every IRI
dereferenceable. Pages link with relative paths and need no network: they work from
the folder, from any web server, and behind ``scholargraph serve``. Every text from
the graph is escaped by Jinja2; only http(s) and mailto IRIs become links.
The site also carries the dumps and the VoID description the VoID links point to.
"""

from __future__ import annotations

import posixpath
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from typing import Any
from urllib.parse import urlsplit

from pyoxigraph import Literal, NamedNode, Quad, Triple

from .entities import ENTITY_KINDS, GraphIndex, Node
from .export import export_bytes
from .jsonld import dumps, project_context
from .schemaorg import person_markup, work_markup
from .vocab import BIBO, DCTERMS, ORG, RDF, SG, Minter
from .void import DUMP_FORMATS, dump_path, void_triples

__all__ = ["REPRESENTATIONS", "entity_path", "render_site"]

REPRESENTATIONS = {".html": "text/html", ".ttl": "text/turtle", ".jsonld": "application/ld+json"}
"""The three files of every entity, by suffix, with their media types."""

_HEADINGS = {"person": "People", "work": "Works", "venue": "Venues", "organization": "Organizations"}


def entity_path(minter: Minter, node: NamedNode) -> str | None:
    """The site path of an entity without suffix (``person/qianru-sun``), ``None`` if its IRI is not under the base."""
    if not node.value.startswith(minter.base):
        return None
    path = node.value[len(minter.base) :]
    return path if path and not path.endswith("/") and ".." not in path.split("/") and "?" not in path else None


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


class _Site:
    """Renders pages for one graph; ``paths`` maps each entity to its site path."""

    def __init__(self, index: GraphIndex, minter: Minter, publish: Mapping[str, str]) -> None:
        self.index, self.minter, self.publish = index, minter, publish
        self.context = project_context()
        self.paths: dict[NamedNode, str] = {}
        for node in index.entities():
            path = entity_path(minter, node)
            if path is not None:
                self.paths[node] = path

    def cell(self, node: Node, here: str) -> _Cell:
        """A value shown from the page at ``here``: an entity links to its page, a web IRI to itself."""
        if isinstance(node, Literal):
            datatype = node.datatype.value if node.datatype else ""
            note = "" if datatype.endswith("#string") or node.language else self.context.compact_iri(datatype)
            return _Cell(node.value, None, note)
        path = self.paths.get(node)
        if path is not None:
            return _Cell(self.index.label(node), posixpath.relpath(path + ".html", posixpath.dirname(here) or "."))
        label = self.index.name_of(node) or self.context.compact_iri(node.value)
        linkable = urlsplit(node.value).scheme in ("http", "https", "mailto") and not node.value.startswith(self.minter.base)
        return _Cell(label, node.value if linkable else None)  # the base's other IRIs have no page to link to

    def triples(self, node: NamedNode) -> list[Triple]:
        """What the entity's .ttl and .jsonld say: its triples both ways, and those of its parts (authorships, links)."""
        found = set(self.index.triples[node])
        prefix = node.value + "/"
        for other in self.index.incoming.get(node, ()):
            if isinstance(other.node, NamedNode) and other.node.value.startswith(prefix):
                found |= self.index.triples[other.node]
        for link in self.index.outgoing.get(node, ()):
            if isinstance(link.node, NamedNode) and link.node.value.startswith(prefix):
                found |= self.index.triples[link.node]
        return list(found)

    def sections(self, node: NamedNode, kind: str, here: str) -> list[tuple[str, list[list[_Cell]]]]:
        """The lists a page shows beside its properties: authors, works, co-authors, students…"""
        index = self.index
        sections: list[tuple[str, list[list[_Cell]]]] = []

        def add(title: str, rows: Iterable[list[_Cell]]) -> None:
            rows = list(rows)
            if rows:
                sections.append((title, rows))

        if kind == "work":
            add("Authors", ([_Cell(str(rank)), self.cell(person, here)] for rank, person in index.authors(node)))
        if kind == "person":
            works = index.works_of(node)
            add("Works", ([_Cell(str(index.year(w) or "")), self.cell(w, here)] for w in works))
            add(
                "Co-authors",
                ([self.cell(p, here), _Cell(f"{n} joint work{'s' if n > 1 else ''}")] for p, n in index.coauthors(node)),
            )
            add("Students", ([self.cell(p, here)] for p in index.students(node)))
            add("Supervisors", ([self.cell(p, here)] for p in index.supervisors(node)))
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
        return sections

    def properties(self, node: NamedNode, here: str) -> list[tuple[str, str, list[_Cell]]]:
        """Every outgoing property as (short name, IRI, values)."""
        grouped: dict[str, list[Node]] = {}
        for link in self.index.outgoing.get(node, ()):
            grouped.setdefault(link.predicate.value, []).append(link.node)
        return [
            (self.context.compact_iri(p), p, [self.cell(v, here) for v in sorted(grouped[p], key=str)])
            for p in sorted(grouped, key=lambda p: (p != RDF.type.value, self.context.compact_iri(p)))
        ]

    def mentions(self, node: NamedNode, here: str) -> list[tuple[str, _Cell]]:
        """Incoming links from other entities' pages (parts and relationship nodes are shown through their lists)."""
        found = [
            (self.context.compact_iri(link.predicate.value), self.cell(link.node, here))
            for link in self.index.incoming.get(node, ())
            if link.node in self.paths and link.predicate != DCTERMS.creator
        ]
        return sorted(set(found), key=lambda item: (item[0], item[1].text))

    def entity_files(self, node: NamedNode) -> dict[str, bytes]:
        """The entity's .html, .ttl and .jsonld, by site path."""
        path = self.paths[node]
        kind = self.index.kinds[node]
        here = path + ".html"
        name = posixpath.basename(path)
        markup = None
        if kind == "person":
            markup = person_markup(self.index, node)
        elif kind == "work":
            markup = work_markup(self.index, node)
        page = (
            _environment()
            .get_template("entity.html")
            .render(
                title=self.index.label(node),
                kind=kind,
                iri=node.value,
                name=name,
                home=posixpath.relpath("index.html", posixpath.dirname(here) or "."),
                properties=self.properties(node, here),
                sections=self.sections(node, kind, here),
                mentions=self.mentions(node, here),
                schema_org=dumps({"@context": "https://schema.org/", **markup}).decode() if markup else None,
            )
        )
        triples = self.triples(node)
        return {
            here: page.encode(),
            path + ".ttl": export_bytes(triples, "ttl"),
            path + ".jsonld": export_bytes(triples, "jsonld"),
        }

    def index_page(self) -> bytes:
        groups = [
            (_HEADINGS[kind], [self.cell(node, "index.html") for node in sorted(nodes, key=self.index.label)])
            for kind in ENTITY_KINDS
            if (nodes := [n for n in self.paths if self.index.kinds[n] == kind])
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


def _conneg(minter: Minter) -> dict[str, bytes]:
    """Apache (``.htaccess``) and nginx configuration answering entity IRIs with a 303 by ``Accept``."""
    root = urlsplit(minter.base).path or "/"
    examples = (minter.person("x"), minter.work("x"), minter.venue("x"), minter.organization("x"))
    kinds = "|".join(sorted({node.value[len(minter.base) :].split("/")[0] for node in examples}))
    names = {"htaccess": ".htaccess", "nginx-map.conf": "nginx-map.conf", "nginx-locations.conf": "nginx-locations.conf"}
    return {
        name: str(_environment().get_template(f"conneg/{template}").render(root=root, kinds=kinds)).encode()
        for template, name in names.items()
    }


def render_site(quads: Iterable[Quad], minter: Minter, publish: Mapping[str, str] | None = None) -> dict[str, bytes]:
    """Every file of the site, by path relative to the site folder."""
    quads = list(quads)
    site = _Site(GraphIndex(quads), minter, publish or {})
    files: dict[str, bytes] = {"index.html": site.index_page()}
    for node in sorted(site.paths, key=lambda n: n.value):
        files.update(site.entity_files(node))
    for name in DUMP_FORMATS:
        files[dump_path(name)] = export_bytes(quads, name)
    files["void.ttl"] = export_bytes(void_triples(quads, minter, publish), "ttl")
    files.update(_conneg(minter))
    return files
