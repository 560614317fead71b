"""The dblp source: the dblp XML dump, or one person's dblp XML, streamed into works and people.

The dump is several gigabytes, so it is read element by element (lxml ``iterparse``) and each
record is dropped once read: memory stays flat whatever the size. dblp writes accents as
DTD entities (``J&uuml;rgen``) and names ``dblp.dtd`` beside the dump; the entities are
resolved from a table shipped here (HTML's, a superset of dblp's), so the DTD need not be
present and nothing is fetched. External entities are never read.

What is read: ``article``, ``inproceedings``, ``incollection``, ``book``, ``phdthesis``,
``mastersthesis`` and ``data`` records as works (authors in order, with their ``orcid``
attribute and, in a person's XML from ``dblp.org/pid/…``, their ``pid``); person records
(``www`` with a ``homepages/`` key in the dump, ``person`` in a person's XML) as people with
their dblp pid and ORCID; disambiguation pages and alias records (a ``crossref`` to the
person's own record) are not people of their own. ``proceedings`` volumes (editors, no
authors) are not works here. Names are kept as dblp writes them, homonym number included
("Wei Wang 0001"). The gzipped dump (``dblp.xml.gz``) is read as it is.
"""

from __future__ import annotations

import gzip
import html.entities
import re
from collections.abc import Callable, Iterator
from io import BufferedIOBase
from pathlib import Path
from typing import Any

from ..errors import SourceError
from ..identity.aliases import AliasTable
from ..model.identifiers import arxiv_id, doi, orcid, wikidata_id
from ..model.records import Identifier, IdentifierScheme, Origin, Person, Problem, Record, Severity, SourceResult, Work, WorkKind
from .registry import collect, venue_name
from .works import year_in

__all__ = ["iter_dblp", "read_dblp", "sniff_dblp"]

_WORK_KINDS = {
    "article": WorkKind.JOURNAL_ARTICLE,
    "inproceedings": WorkKind.CONFERENCE_PAPER,
    "incollection": WorkKind.OTHER,
    "book": WorkKind.OTHER,
    "phdthesis": WorkKind.THESIS,
    "mastersthesis": WorkKind.THESIS,
    "data": WorkKind.OTHER,
}
_PERSON_TAGS = ("www", "person")
_SKIPPED_TAGS = ("proceedings",)
_RECORD_TAGS = (*_WORK_KINDS, *_PERSON_TAGS, *_SKIPPED_TAGS)
_ENTITIES_DTD = "\n".join(
    f'<!ENTITY {name} "&#{code};">'
    for name, code in sorted(html.entities.name2codepoint.items())
    if name not in ("amp", "lt", "gt", "quot", "apos")
)
Element = Any
"""An ``lxml.etree._Element`` (lxml ships no type hints)."""
_YEAR = re.compile(r"^\d{4}$")


def sniff_dblp(head: str) -> bool:
    """A dblp dump (``<dblp>``, ``dblp.dtd``) or a person's dblp XML (``<dblpperson``)."""
    return "<dblp>" in head or "dblp.dtd" in head or "<dblpperson" in head


def read_dblp(path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable) -> SourceResult:
    """Read a dblp XML file into works, people and problems."""
    return collect(SourceResult(shown_as), iter_dblp(path, shown_as, venues))


def iter_dblp(
    path: Path, shown_as: str, venues: AliasTable, read: Callable[[int], None] | None = None
) -> Iterator[Record | Problem]:
    """The records and problems of a dblp XML file (or of the gzipped dump), one at a time, in constant memory;
    ``read`` is told each block's size in bytes of the file (compressed, for the gzipped dump) as it is read.

    Malformed XML stops the reading where it is (XML cannot be resynchronized); the records
    before it are kept and the problem says where the file broke.
    """
    try:
        with path.open("rb") as head:
            compressed = head.read(2) == b"\x1f\x8b"  # the dump as downloaded: dblp.xml.gz
    except OSError as error:
        raise SourceError(shown_as, f"cannot be read: {error}") from error
    with path.open("rb") as raw:
        counted: BufferedIOBase = raw if read is None else _Counted(raw, read)
        with gzip.open(counted, "rb") if compressed else counted as stream:
            yield from _iter_stream(stream, path.name, shown_as, _Venues(venues))


class _Counted(BufferedIOBase):
    """A file whose reads are told to ``read``, for a progress meter."""

    def __init__(self, raw: BufferedIOBase, read: Callable[[int], None]) -> None:
        self.raw = raw
        self.told = read

    def read(self, size: int | None = -1) -> bytes:
        block = self.raw.read(size)
        self.told(len(block))
        return block

    def readable(self) -> bool:
        return True


def _iter_stream(stream: BufferedIOBase, file_name: str, shown_as: str, venues: _Venues) -> Iterator[Record | Problem]:
    from lxml import etree

    class _Entities(etree.Resolver):  # type: ignore[misc]
        """Answers every DTD request with the shipped entity table: no file or network access."""

        def resolve(self, system_url: str, public_id: str, context: Any) -> Any:
            return self.resolve_string(_ENTITIES_DTD, context)

    events = etree.iterparse(
        stream,
        events=("end",),
        tag=_RECORD_TAGS,
        load_dtd=True,
        resolve_entities="internal",
        no_network=True,
        huge_tree=True,
    )
    events.resolvers.add(_Entities())
    default_pid: str | None = None
    seen_any = False
    last_line = 1
    try:
        for _, element in events:
            if not seen_any:
                seen_any = True
                root = element.getroottree().getroot()
                default_pid = root.get("pid") if root.tag == "dblpperson" else None
            last_line = element.sourceline or last_line
            yield from _record(element, shown_as, venues, default_pid)
            _forget(element)
    except (EOFError, gzip.BadGzipFile) as error:
        yield Problem(
            Severity.VIOLATION,
            f"the compressed file breaks after this line ({error}); the records before it were read, the rest "
            "is lost — download the dump again",
            Origin(shown_as, last_line),
        )
    except etree.XMLSyntaxError as error:
        line = error.position[0] if error.position else 1
        message = error.msg.split(f" ({file_name}")[0]
        if not seen_any:
            raise SourceError(shown_as, f"not readable as dblp XML: {message}", line) from error
        yield Problem(
            Severity.VIOLATION,
            f"the XML breaks here ({message}); the records before this line were read, the rest is lost — "
            "was the file cut short? Download it again or cut it at a record boundary",
            Origin(shown_as, line),
        )


def _forget(element: Element) -> None:
    """Drop a record that has been read, and the emptied ones before it, to keep memory flat."""
    element.clear(keep_tail=True)
    top = element
    while (parent := top.getparent()) is not None and parent.getparent() is not None:
        top = parent
    while top.getprevious() is not None:
        del top.getparent()[0]


def _text(element: Element) -> str:
    """The element's text with inline markup (``<i>``, ``<sub>``) flattened, spaces normalized."""
    text = (element.text or "") if len(element) == 0 else "".join(element.itertext())
    return " ".join(text.split())


def _record(element: Element, shown_as: str, venues: _Venues, default_pid: str | None) -> Iterator[Record | Problem]:
    tag = element.tag
    origin = Origin(shown_as, element.sourceline or 1)
    if tag in _PERSON_TAGS:
        yield from _person(element, origin, default_pid)
    elif tag in _WORK_KINDS:
        yield from _work(element, origin, venues)


def _person(element: Element, origin: Origin, default_pid: str | None) -> Iterator[Record | Problem]:
    key = element.get("key", "")
    if element.tag == "www" and not key.startswith("homepages/"):
        return  # other www records are web pages, not people
    if element.get("publtype") == "disambiguation" or element.find("crossref") is not None:
        return  # a page listing homonyms, or an alias pointing at the person's own record
    parent = element.getparent()
    if parent is not None and parent.tag == "homonyms":
        return  # a person's XML lists other people of the same name: not this person
    pid = key.removeprefix("homepages/") or default_pid
    first = element.find("author")
    name = _text(first) if first is not None else ""
    if not name:
        yield Problem(Severity.WARNING, f"person record '{key}' names nobody; it is skipped", origin, left_out=True)
        return
    identifiers = [Identifier(IdentifierScheme.DBLP, pid)] if pid else []
    for url in element.iterfind("url"):
        found = orcid(url.text) if url.text and "orcid.org" in url.text else None
        if found:
            identifiers.append(Identifier(IdentifierScheme.ORCID, found))
        elif (item := wikidata_id(url.text)) is not None:
            identifiers.append(Identifier(IdentifierScheme.WIKIDATA, item))
    identifiers += [Identifier(IdentifierScheme.ORCID, a.get("orcid", "")) for a in element.iterfind("author") if a.get("orcid")]
    yield Person(name=name, origin=origin, identifiers=tuple(dict.fromkeys(identifiers)))


def _work(element: Element, origin: Origin, venues: _Venues) -> Iterator[Record | Problem]:
    """A work from its fields, read in one pass over the record's children (the dump has millions)."""
    key = element.get("key") or f"line {origin.line}"
    title = year_text = venue_written = volume = publisher = ""
    authors: list[str | None] = []
    author_ids: list[tuple[Identifier, ...]] = []
    links: list[str] = []
    for child in element:
        tag = child.tag
        if tag == "author":
            authors.append(_text(child) or None)
            author_ids.append(_author_identifiers(child))
        elif tag == "title":
            title = _text(child)
        elif tag == "year":
            year_text = (child.text or "").strip()
        elif tag == "ee" and child.text:
            links.append(child.text.strip())
        elif tag in ("journal", "booktitle") and not venue_written:
            venue_written = _text(child)
        elif tag == "volume":
            volume = _text(child)
        elif tag == "publisher":
            publisher = _text(child)
    if not title:
        yield Problem(
            Severity.VIOLATION, f"dblp record '{key}' has no title; it is skipped — add a <title>", origin, left_out=True
        )
        return
    if title.endswith(".") and not title.endswith(".."):
        title = title[:-1]  # dblp ends every title with a full stop
    if not authors:
        yield Problem(Severity.INFO, f"dblp record '{key}' ('{title}') lists no authors", origin)
    year = year_in(year_text) if _YEAR.match(year_text) else None
    if year is None:
        written = f"'{year_text}'" if year_text else "none"
        yield Problem(Severity.WARNING, f"dblp record '{key}' has no valid year ({written}); read without one", origin)
    kind = _WORK_KINDS[element.tag]
    if element.get("publtype") == "informal" or venue_written == "CoRR":
        kind = WorkKind.PREPRINT
    identifiers = [Identifier(IdentifierScheme.DBLP, key)] if element.get("key") else []
    identifiers += [Identifier(IdentifierScheme.WIKIDATA, q) for link in links if "wikidata" in link and (q := wikidata_id(link))]
    yield Work(
        title=title,
        authors=tuple(authors),
        year=year,
        origin=origin,
        kind=kind,
        key=element.get("key"),
        venue=venues.name(venue_written),
        venue_as_written=venue_written or None,
        doi=next((found for link in links if "doi." in link and (found := doi(link))), None),
        arxiv_id=next((found for link in links if "arxiv.org" in link and (found := arxiv_id(link))), None),
        identifiers=tuple(identifiers),
        author_identifiers=tuple(author_ids),
        volume=volume or None,
        publisher=publisher or None,
    )


class _Venues:
    """Venue names through the alias table, remembered: the dump names a few thousand venues millions of times."""

    def __init__(self, table: AliasTable) -> None:
        self.table = table
        self.known: dict[str, str | None] = {}

    def name(self, written: str) -> str | None:
        if written not in self.known:
            self.known[written] = venue_name(written, self.table, free_text=False)
        return self.known[written]


_NO_IDENTIFIERS: tuple[Identifier, ...] = ()


def _author_identifiers(author: Element) -> tuple[Identifier, ...]:
    attributes = author.attrib
    if not attributes:
        return _NO_IDENTIFIERS
    found = []
    if "orcid" in attributes:
        found.append(Identifier(IdentifierScheme.ORCID, attributes["orcid"]))
    if "pid" in attributes:
        found.append(Identifier(IdentifierScheme.DBLP, attributes["pid"]))
    return tuple(found)
