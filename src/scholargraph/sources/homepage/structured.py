"""Structured data a page may carry about its works: schema.org JSON-LD and microdata, COinS, Highwire meta tags.

These are written for machines, so when present they are read as they are instead of
guessed from layout. Each reader returns ``Citation`` s with the line they came from.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import parse_qs

from ...model import identifiers

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["Citation", "coins", "highwire", "json_ld", "microdata", "owner_from_json_ld"]

_WORK_TYPES = {"scholarlyarticle", "article", "creativework", "book", "chapter", "thesis", "report", "publicationissue"}
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_NOT_YEARS = re.compile(
    r"\bpp?\.\s*\d+(?:\s*[–-]\s*\d+)?|[:)]\s*,?\s*\d+\s*[–-]\s*\d+|\b10\.\d{4,9}/\S+|\d{4}\.\d{4,5}|\b(?:19|20)\d\d\d+"
    r"|\b(?:https?://|www\.)\S+|\b(?:Epub(?: ahead of print)?|eCollection)\s+(?:19|20)\d\d"
)
"""Numbers that look like years but are pages (after "pp.", a colon or an issue: "69 (6), 2041–2043"), DOIs, arXiv
ids, longer numbers, parts of a web address ("hdl.handle.net/2027.42/153520") or the date a paper went online before
its issue (PubMed's "2022 Jan 15;434(1):167388. Epub 2021 Dec 3.")."""


@dataclass
class Citation:
    """What is known of one work before it becomes a ``Work``: fields as written, and how they were found."""

    title: str
    authors: list[str]
    line: int
    how: str
    year: int | None = None
    venue: str | None = None
    doi: str | None = None
    arxiv_id: str | None = None
    dblp: str | None = None
    links: list[tuple[str, str]] = field(default_factory=list)


def year_in(text: str | None) -> int | None:
    """The year a citation's text gives: the last year-like number that is not part of a page range or an
    identifier (``pp. 2061–2064``, ``10.1101/2024.08.22``, ``2210.17207``)."""
    text = _NOT_YEARS.sub(" ", text or "")
    found = _YEAR.findall(text)
    return int(found[-1]) if found else None


def highwire(root: HtmlElement) -> list[Citation]:
    """Google Scholar's ``<meta name="citation_title">``…: a page about one paper."""
    metas: dict[str, list[str]] = {}
    line = 1
    for meta in root.iter("meta"):
        name = str(meta.get("name") or "").lower()
        if name.startswith("citation_") and meta.get("content"):
            metas.setdefault(name, []).append(str(meta.get("content")).strip())
            line = line if line > 1 else meta.sourceline or 1
    if "citation_title" not in metas:
        return []

    def first(*names: str) -> str | None:
        return next((metas[name][0] for name in names if name in metas), None)

    venue = first("citation_conference_title", "citation_journal_title", "citation_inbook_title", "citation_publisher")
    date = first("citation_publication_date", "citation_date", "citation_online_date", "citation_year")
    return [
        Citation(
            metas["citation_title"][0],
            [_reorder(name) for name in metas.get("citation_author", [])],
            line,
            "Highwire citation_* meta tags",
            year_in(date),
            venue,
            first("citation_doi"),
            first("citation_arxiv_id"),
        )
    ]


def _reorder(name: str) -> str:
    """``Sun, Qianru`` → ``Qianru Sun``."""
    family, comma, given = name.partition(",")
    return f"{given.strip()} {family.strip()}" if comma and given.strip() else name.strip()


def coins(root: HtmlElement) -> list[Citation]:
    """COinS: ``<span class="Z3988" title="ctx_ver=Z39.88-2004&rft.atitle=…">``."""
    found = []
    for span in root.xpath("//*[contains(concat(' ', normalize-space(@class), ' '), ' Z3988 ')]"):
        fields = parse_qs(str(span.get("title") or ""))
        title = (fields.get("rft.atitle") or fields.get("rft.title") or fields.get("rft.btitle") or [""])[0]
        if not title:
            continue
        authors = list(fields.get("rft.au", []))
        if not authors and "rft.aulast" in fields:
            authors = [f"{fields.get('rft.aufirst', [''])[0]} {fields['rft.aulast'][0]}".strip()]
        venues = fields.get("rft.jtitle") or fields.get("rft.btitle") or fields.get("rft.conftitle")
        venue = venues[0] if venues else None
        doi = next((v.removeprefix("info:doi/") for v in fields.get("rft_id", []) if v.startswith("info:doi/")), None)
        year = year_in((fields.get("rft.date") or [""])[0])
        found.append(Citation(title, [_reorder(a) for a in authors], span.sourceline or 1, "COinS", year, venue, doi))
    return found


def _ld_nodes(data: Any) -> list[dict[str, Any]]:
    if isinstance(data, list):
        return [node for item in data for node in _ld_nodes(item)]
    if isinstance(data, dict):
        return [data, *_ld_nodes(data.get("@graph", []))]
    return []


def _types(node: dict[str, Any]) -> set[str]:
    kind = node.get("@type", [])
    return {str(k).lower() for k in (kind if isinstance(kind, list) else [kind])}


def _names(value: Any) -> list[str]:
    items = value if isinstance(value, list) else [value]
    names = [item.get("name") if isinstance(item, dict) else item for item in items]
    return [str(name).strip() for name in names if isinstance(name, str) and name.strip()]


def _json_ld_blocks(root: HtmlElement) -> list[tuple[int, Any]]:
    blocks = []
    for script in root.xpath("//script[@type='application/ld+json']"):
        try:
            blocks.append((script.sourceline or 1, json.loads(script.text or "")))
        except json.JSONDecodeError:
            continue  # a broken block is skipped like a broken tag; the rest of the page still counts
    return blocks


def json_ld(root: HtmlElement) -> list[Citation]:
    """schema.org ``ScholarlyArticle`` s (and kin) in ``<script type="application/ld+json">``; call before cleaning."""
    found = []
    for line, data in _json_ld_blocks(root):
        for node in _ld_nodes(data):
            title = node.get("headline") or node.get("name")
            if not (_types(node) & _WORK_TYPES) or not isinstance(title, str) or "author" not in node:
                continue
            part_of = node.get("isPartOf")
            venue = _names(part_of)[0] if _names(part_of) else None
            same_as = node.get("sameAs") or []
            doi = next((value for u in _as_list(same_as) if "doi.org/" in str(u) and (value := identifiers.doi(str(u)))), None)
            found.append(
                Citation(
                    title.strip(),
                    _names(node["author"]),
                    line,
                    "schema.org JSON-LD",
                    year_in(str(node.get("datePublished") or "")),
                    venue,
                    doi,
                )
            )
    return found


def _as_list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else [value]


def owner_from_json_ld(root: HtmlElement) -> str | None:
    """The ``Person`` a profile page's JSON-LD describes (``ProfilePage.mainEntity`` or a bare ``Person``)."""
    for _, data in _json_ld_blocks(root):
        for node in _ld_nodes(data):
            entity = node.get("mainEntity") if "profilepage" in _types(node) else node
            if isinstance(entity, dict) and "person" in _types(entity) and isinstance(entity.get("name"), str):
                return str(entity["name"]).strip()
    return None


def _shown_venue(item: HtmlElement, title: str) -> list[str]:
    """The venue an item shows without marking it: its first italic text that is not its title (Hugo Academic's
    citation view: authors, (year), a linked title, then the journal in ``<em>``), else the words after the title."""
    for element in item.iter("em", "i", "cite"):
        text = " ".join(element.text_content().split()).strip(" .,")
        if len(text) > 2 and text not in title and not element.xpath("ancestor::*[@itemprop='name' or @itemprop='author']"):
            return [text]
    own = [
        e
        for e in item.xpath(".//*[@itemprop='name' or @itemprop='headline']")
        if e.xpath("ancestor::*[@itemscope][1]")[0] is item
    ]
    for element in own[:1]:  # or the words right after the title
        after = " ".join((element.tail or "").split()).strip(" .,")
        if re.match(r"[A-Z]", after) and len(after) < 120:
            return [after]
    return []


def microdata(root: HtmlElement) -> list[Citation]:
    """schema.org microdata: ``itemscope itemtype=".../ScholarlyArticle"`` with ``itemprop`` fields."""
    found = []
    for item in root.xpath("//*[@itemscope and @itemtype]"):
        kind = str(item.get("itemtype")).rstrip("/").rsplit("/", 1)[-1].lower()
        if kind not in _WORK_TYPES:
            continue

        def props(name: str, item: HtmlElement = item) -> list[str]:
            values = []
            for element in item.xpath(f".//*[@itemprop='{name}']"):
                if element.xpath("ancestor::*[@itemscope][1]")[0] is not item:
                    continue  # a property of a nested item (an author's name)
                if element.xpath(f".//*[@itemprop='{name}']"):
                    continue  # a wrapper around the property's values (Hugo Academic's span around its authors)
                nested = element.xpath(".//*[@itemprop='name']") if element.get("itemscope") is not None else []
                source = nested[0] if nested else element
                values.append(str(source.get("content") or source.get("datetime") or source.text_content()).strip())
            return [v for v in values if v]

        titles = props("headline") or props("name")
        if titles:
            venues = props("isPartOf") or props("publisher") or _shown_venue(item, titles[0])
            venue = venues[0] if venues else None
            shown = " ".join(item.text_content().split()).replace(titles[0], " ")
            year = year_in((props("datePublished") or [""])[0]) or year_in(re.sub(r"[^()]*\((\d{4})\).*", r"\1", shown))
            found.append(Citation(titles[0], props("author"), item.sourceline or 1, "schema.org microdata", year, venue))
    return found
