"""Reading a saved HTML page into a clean tree: decoded in its encoding, without what a reader ignores.

A person reading a homepage does not read comments, scripts, the navigation bar, hidden
copies or unfilled template placeholders; ``parse_page`` removes them (saying how many of
each, for ``inspect``) and keeps every element's source line for messages. BibTeX blocks
are hidden on many generated pages but are data, so they are kept and marked instead.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import unquote

from ...errors import SourceError
from ..yamltext import front_matter, text_value

if TYPE_CHECKING:
    from lxml.html import HtmlElement

__all__ = ["BIBTEX_MARK", "HEADING_TAGS", "Page", "block_lines", "clean_page", "load_page", "page_address", "text_of"]

BIBTEX_MARK = "data-scholargraph-bibtex"
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([\w.:-]+)""", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff\ud800-\udfff]")
"""Characters no HTML (or XML tree) may hold; browsers drop them too."""
_ICON_GLYPH = re.compile(r"[\ue000-\uf8ff]|&#x(?:e[0-9a-f]|f[0-8])[0-9a-f]{2};|&#(?:5[7-9]\d{3}|6[0-3]\d{3});", re.IGNORECASE)
"""Private-use characters, written or as references: an icon font's glyphs (the link mark after a Sphinx heading,
Font Awesome's icons), drawn as pictures and never words ("2022\uf0c1" is the year heading "2022")."""
_BIBTEX = re.compile(r"^\s*@\w+\s*[{(]")
_DROPPED_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "button", "nav", "form", "aside")
_NAVIGATION_CLASS = re.compile(
    r"^(?:top-?nav|navbar\S*|nav|menu|masthead\S*|site-nav\S*|breadcrumbs?|skip-link\S*|toc|sidebar|author__urls\S*)$"
)
_NAVIGATION_ID = re.compile(r"^(?:layout-menu|top-?nav|navbar|navigation|site-nav|main-nav)$", re.IGNORECASE)
"""The menu a generator sets beside the page by its id (jemdoc's ``<td id="layout-menu">``)."""
_HIDDEN_CLASS = re.compile(r"^(?:hidden|d-none|sr-only|visually-hidden|screen-reader-text|collapse)$")
_MORE_AUTHORS = re.compile(r"^\s*(\d+)\s+more\s+authors?\s*$", re.IGNORECASE)
_HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)
PLACEHOLDER = re.compile(
    r"\{\{.*?\}\}|\{%.*?%\}|<%.*?%>|\$\{[^}]*\}|\bTODO\b|lorem ipsum|^\s*(?:copyright\b|©|\(c\)\s*\d{4})|all rights reserved",
    re.IGNORECASE | re.DOTALL,
)
"""Template placeholders and page furniture (a copyright line): not content."""
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "th",
        "thead",
        "tr",
        "ul",
    ]
)


@dataclass
class Page:
    """A parsed page: its tree, its encoding, what was removed as unread (kind → count), and the
    title its front matter gives (a site's source page: ``title: Publications``)."""

    root: HtmlElement
    encoding: str
    removed: Counter[str] = field(default_factory=Counter)
    title: str | None = None
    cut: bool = False
    """The parser stopped where the markup nests over 2,048 deep: what follows is not read."""
    navigation: list[str] = field(default_factory=list)
    """The text of the menus, headers and footers removed: not read as content, but where a site names its head."""
    contacts: list[str] = field(default_factory=list)
    """The e-mail addresses those give (``markus.petters@ucr.edu``): whose site it is."""
    deep_line: int | None = None
    """The line of the first element nesting over ``MAX_DEPTH`` deep, whose content was kept as plain text only."""


def decode(data: bytes) -> tuple[str, str]:
    """The page's text and encoding: a BOM, then UTF-8, then the ``<meta charset>``, then Windows-1252."""
    for bom, encoding in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            return data[len(bom) :].decode(encoding, errors="replace"), encoding
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace"), declared.group(1).decode("ascii").lower()
        except LookupError:
            pass
    return data.decode("cp1252", errors="replace"), "cp1252"


def load_page(path: Path, shown_as: str) -> Page:
    """Parse the page at ``path`` as it is; an empty or unreadable file is a ``SourceError``."""
    import lxml.html
    from lxml import etree

    text, encoding = decode(path.read_bytes())
    text = _ICON_GLYPH.sub("", _CONTROL.sub("", _XML_DECLARATION.sub("", text)))
    matter = front_matter(text, shown_as)
    title = text_value(matter.get("title")) if matter else None
    if matter is not None:  # the front matter is metadata: blank lines keep the page's line numbers
        end = _FRONT_MATTER_END.search(text, 3)
        cut = end.end() if end else 0
        text = "\n" * text.count("\n", 0, cut) + text[cut:]
    if path.suffix.lower() in MARKDOWN_SUFFIXES:
        text = markdown_to_html(text)
    if not text.strip():
        raise SourceError(shown_as, "the file is empty; point the build at a saved homepage")
    text = _END_BR.sub("<br>", text)  # a browser reads "</br>" as a line break; lxml would drop it
    parser = lxml.html.HTMLParser(huge_tree=True)  # a word processor's page nests spans hundreds deep
    try:
        root = lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as error:
        raise SourceError(shown_as, f"not readable as HTML ({error}); save the page again from the browser") from None
    page = Page(root, encoding, title=title)
    page.cut = any("Excessive depth" in str(entry.message) for entry in parser.error_log)
    _flatten_deep(page)
    _close_headings(root)
    return page


def _close_headings(root: HtmlElement) -> None:
    """Close a heading where a browser does: at a heading opened inside it (``<h1>Alumni</p><h2>Former Ph.D.
    students</h2><div>…``, a heading never closed), which with all after it follows the heading instead."""
    for heading in list(root.iter(*HEADING_TAGS)):
        inner = next((child for child in heading if isinstance(child.tag, str) and child.tag in HEADING_TAGS), None)
        if inner is None:
            continue
        moved = list(heading)[heading.index(inner) :]
        tail, heading.tail = heading.tail, None
        for element in reversed(moved):
            heading.addnext(element)  # each with its tail
        moved[-1].tail = (moved[-1].tail or "") + (tail or "")  # the heading's own tail came after them all


MAX_DEPTH = 200
"""Elements nested deeper than this are kept as their text: the reader walks the tree recursively, and markup that deep
is a word processor's styling, no fields."""
_STYLE_WRAPPERS = ("span", "font", "small", "big", "o:p")
_WRAPPED_DEEP = 100
"""A page nesting deeper than this is a word processor's (a Word-saved list of papers nests a span per style change,
387 deep, each paper a few levels below the last): its style wrappers without a class are dropped, their text kept."""


def _flatten_deep(page: Page) -> None:
    """Unwrap a word processor's nesting: on a page deeper than ``_WRAPPED_DEEP``, drop the style wrappers that carry no
    class (their text and line breaks stay in place); keep what still nests over ``MAX_DEPTH`` as its text."""
    if not page.root.xpath("/*" + "/*" * (_WRAPPED_DEEP + 1)):  # no element that deep (in C: every page passes here)
        return
    for inner in list(page.root.iter(*_STYLE_WRAPPERS)):
        if not inner.get("class") and inner.getparent() is not None:
            inner.drop_tag()
            page.removed["style wrappers of a deeply nested page (text kept)"] += 1
    stack = [(page.root, 0)]
    while stack:
        element, depth = stack.pop()
        if depth == MAX_DEPTH and len(element):
            text, tail = element.text_content(), element.tail
            element.clear()
            element.text, element.tail = text, tail
            page.removed["markup nested over 200 deep (kept as text)"] += 1
            page.deep_line = page.deep_line or element.sourceline
            continue
        stack.extend((child, depth + 1) for child in element if isinstance(child.tag, str))


MARKDOWN_SUFFIXES = (".md", ".markdown")
_END_BR = re.compile(r"</br\s*>", re.IGNORECASE)
_FRONT_MATTER_END = re.compile(r"^(?:---|\+\+\+)[ \t]*$\n?", re.MULTILINE)


def markdown_to_html(text: str) -> str:
    """A Markdown page (with the HTML it holds) as HTML whose blocks start on their source lines,
    so a message about an entry names the line it is on in the file."""
    from markdown_it import MarkdownIt

    markdown = MarkdownIt("commonmark", {"html": True}).enable("table")
    tokens = markdown.parse(text)
    out: list[str] = []
    line = 0
    start = 0
    for i, token in enumerate(tokens):
        if token.level != 0 or token.nesting == -1 or token.map is None:
            continue
        if i > start:
            rendered = markdown.renderer.render(tokens[start:i], markdown.options, {})
            out.append(rendered)
            line += rendered.count("\n")
        if token.map[0] > line:
            out.append("\n" * (token.map[0] - line))
            line = token.map[0]
        start = i
    out.append(markdown.renderer.render(tokens[start:], markdown.options, {}))
    return "".join(out)


def page_address(root: HtmlElement) -> str | None:
    """The page's absolute web address as it states it: ``<base href>``, ``<link rel="canonical">``, then ``og:url``."""
    candidates = root.xpath("//base/@href") + root.xpath("//link[@rel='canonical']/@href")
    candidates += root.xpath("//meta[@property='og:url']/@content")
    return next((str(url).strip() for url in candidates if re.match(r"^https?://[^/\s]+", str(url).strip(), re.I)), None)


def _classes(element: HtmlElement) -> list[str]:
    return str(element.get("class") or "").lower().split()


def _is_hidden(element: HtmlElement) -> bool:
    return (
        element.get("hidden") is not None
        or str(element.get("aria-hidden") or "").lower() == "true"
        or bool(_HIDDEN_STYLE.search(str(element.get("style") or "")))
        or any(_HIDDEN_CLASS.match(name) for name in _classes(element))
    )


def _is_navigation(element: HtmlElement) -> bool:
    return (
        str(element.get("role") or "").lower() in ("navigation", "menu")
        or any(_NAVIGATION_CLASS.match(name) for name in _classes(element))
        or bool(_NAVIGATION_ID.match(str(element.get("id") or "")))
    )


def _close_list_items(root: HtmlElement) -> None:
    """A list item opened inside the previous one's unclosed ``<div>`` is its sibling, as a browser's HTML parser makes it
    (a new ``<li>`` closes the open one); the HTML 4 parser nests each in the one before."""
    for item in list(root.iter("li")):
        for ancestor in item.iterancestors():
            if ancestor.tag in ("ul", "ol", "menu", "table"):
                break
            if ancestor.tag == "li":
                ancestor.addnext(item)
                break


def _unfold_more_authors(root: HtmlElement) -> None:
    """A "12 more authors" toggle shows the names it keeps in an attribute (al-folio's ``onclick``): put them in its text."""
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        more = _MORE_AUTHORS.match(element.text_content())
        if not more:
            continue
        quoted = [part for value in element.attrib.values() for part in re.split(r"['\"]", value)]
        lists = [
            part
            for part in quoted
            if part.count(",") >= int(more.group(1)) - 1 and "more author" not in part and not re.search(r"[(){};=$<>]", part)
        ]
        if lists:
            for child in list(element):
                element.remove(child)
            element.text = max(lists, key=len)


def clean_page(page: Page) -> None:
    """Remove what a reader ignores: comments, scripts, navigation, hidden elements (BibTeX is kept, marked)."""
    root = page.root
    _unfold_more_authors(root)
    _close_list_items(root)
    for comment in root.xpath("//comment()|//processing-instruction()"):
        if comment.getparent() is not None:
            page.removed["comments"] += 1
            comment.drop_tree()
    for element in list(root.iter(_DROPPED_TAGS)):
        if element.getparent() is None:
            continue
        kind = "navigation" if element.tag == "nav" else "scripts, styles and widgets"
        page.removed[kind] += 1
        if element.tag == "nav":
            _keep_aside(page, element)
        element.drop_tree()
    for anchor in root.xpath("//h1//a|//h2//a|//h3//a|//h4//a|//h5//a|//h6//a"):
        if _PERMALINK.fullmatch(anchor.text_content()) and str(anchor.get("href") or "").startswith("#"):
            page.removed["permalinks beside headings"] += 1
            anchor.drop_tree()  # "Ph.D. Alumni¶" (Sphinx), "# Publications" (MkDocs, VuePress): a link to the heading
    for element in list(root.iter()):
        if not isinstance(element.tag, str) or _detached(element, root):
            continue
        text = element.text_content()
        if element.tag in ("pre", "code", "textarea", "div") and _BIBTEX.match(text) and text.count("{") >= 2:
            element.set(BIBTEX_MARK, "1")
            continue
        if element.tag == "pre":
            _markdown_list(element)
            continue
        if _is_navigation(element) or (element.tag in ("header", "footer") and element.getparent() is not None):
            if element.tag in ("header", "footer") and _holds_content(element):
                continue
            page.removed["navigation"] += 1
            _keep_aside(page, element)
            element.drop_tree()
        elif (
            _is_hidden(element)
            and not element.xpath(f".//*[@{BIBTEX_MARK}]")
            and not _BIBTEX.match(text)
            and not _folded(element)
        ):
            page.removed["hidden elements"] += 1
            element.drop_tree()
    _group_separated_records(root)


HEADING_TAGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_PERMALINK = re.compile(r"\s*[¶#§🔗⚓]?\s*")
"""What a link to its own heading shows: a pilcrow, a hash, a section sign, a link symbol, or nothing."""
YEAR = r"(?<!\d)(?:19|20)\d\d(?!\d)"
"""A year standing alone, not four digits of a telephone number ("85-20748")."""


def _group_separated_records(root: HtmlElement) -> None:
    """Records a page writes as runs of loose blocks between rules (a linked title, a line of authors, a line of
    the journal, then ``<hr>``), each run wrapped in an ``article`` of its own so it reads as one record, not as
    three. Only where three or more runs between rules open with blocks of one kind and hold two or more blocks
    with text and no heading; a run is a record from where that kind opens it (after the page's title)."""
    import lxml.html

    for parent in list(root.iter()):
        if not isinstance(parent.tag, str) or sum(1 for child in parent if child.tag == "hr") < 3:
            continue
        runs: list[list[HtmlElement]] = [[]]
        for child in parent:
            if child.tag == "hr":
                runs.append([])
            elif (child.tail or "").strip():
                runs[-1].append(parent)  # text loose between the blocks: wrapping the blocks would move them past it
            elif isinstance(child.tag, str) and child.tag != "br" and text_of(child):
                runs[-1].append(child)
        openers = Counter(_kind(run[0]) for run in runs[1:] if len(run) >= 2 and parent not in run)
        if not openers:
            continue
        opener, count = openers.most_common(1)[0]
        if count < 3:
            continue
        for run in runs:
            starts = [at for at, block in enumerate(run) if _kind(block) == opener]
            blocks = run[starts[-1] :] if starts and parent not in run else []
            if len(blocks) < 2 or any(next(block.iter(*HEADING_TAGS), None) is not None for block in blocks):
                continue
            record = lxml.html.Element("article")
            record.sourceline = blocks[0].sourceline
            blocks[0].addprevious(record)
            record.extend(blocks)


def _kind(block: HtmlElement) -> tuple[str, str]:
    return str(block.tag), str(block.get("class") or "")


def _keep_aside(page: Page, element: HtmlElement) -> None:
    """What a removed menu, header or footer says of whose site it is: its text and its e-mail addresses."""
    page.navigation.append(" ".join(element.text_content().split()))
    for href in element.xpath(".//a/@href"):
        if str(href).lower().startswith("mailto:"):
            page.contacts.append(unquote(str(href))[7:].strip())


_MARKDOWN_ITEM = re.compile(r"^\s*(?:[-*+•]|\d{1,3}[.)])\s+(\S.*)$")


_CODE = re.compile(r"[{}<>=;\\$@#]|\w\(|^\s*(?:def|import|from|class|return|if|for)\b")
"""What code has and prose has not: braces, operators, calls, keywords opening a line."""


def _markdown_list(pre: HtmlElement) -> None:
    """A preformatted block whose lines are Markdown list items (a list indented by mistake, so printed as
    code) is the list its writer meant: it becomes one, an item per line, each keeping its source line; a
    single line of prose becomes the paragraph it was meant to be."""
    lines = [(offset, line) for offset, line in enumerate(pre.text_content().splitlines()) if line.strip()]
    items = [(offset, found.group(1).strip()) for offset, line in lines if (found := _MARKDOWN_ITEM.match(line))]
    text = " ".join(line for _, line in lines)
    if len(lines) == 1 and not _CODE.search(text) and sum(char.isalpha() for char in text) > 0.7 * len("".join(text.split())):
        pre.tag = "p"  # one line of prose ("Alexander Raw, Farid Bin Mohamad, …") indented by mistake: a paragraph
        return
    if len(items) < 2 or len(items) < len(lines):
        return
    for child in list(pre):
        pre.remove(child)
    pre.tag, pre.text = "ul", None
    for offset, text in items:
        entry = pre.makeelement("li", {})
        entry.text = text
        entry.sourceline = (pre.sourceline or 1) + offset
        pre.append(entry)


def _folded(element: HtmlElement) -> bool:
    """A collapsed list (an accordion of years, a "show more" block) is content a reader unfolds, not a hidden copy:
    it holds list items, rows or articles, sibling blocks of one tag and class that each hold a year, or three or more
    that each hold a heading (cards of people)."""
    if sum(1 for _ in element.iterdescendants("li", "tr", "article")) >= 2:
        return True
    dated = Counter(
        (block.getparent(), block.tag, block.get("class"))
        for block in element.iterdescendants()
        if isinstance(block.tag, str) and block.tag in ("a", "div") and re.search(YEAR, block.text_content())
    )
    if any(count >= 2 for count in dated.values()):
        return True
    headed = Counter(  # an "Alumni" fold of name cards: rows that each hold a heading
        (block.getparent(), block.tag, block.get("class"))
        for block in element.iterdescendants("div", "section")
        if next(block.iterdescendants(*HEADING_TAGS), None) is not None
    )
    return any(count >= 3 for count in headed.values())


def _holds_content(element: HtmlElement) -> bool:
    """A ``<header>`` inside an article (a title block) is content, not the site's banner."""
    return any(ancestor.tag in ("article", "li", "section") for ancestor in element.iterancestors())


def _detached(element: HtmlElement, root: HtmlElement) -> bool:
    return element is not root and element.getroottree().getroot() is not root


def text_of(element: HtmlElement) -> str:
    """The visible text of ``element`` on one line, without BibTeX blocks."""
    return " ".join(" ".join(block_lines(element)).split())


_SPACED = frozenset(["span", "strong", "b", "em", "i", "a", "label", "time", "cite"])


def block_lines(element: HtmlElement) -> list[str]:
    """The visible text of ``element`` split where a browser breaks lines (``<br>``, block elements)."""
    lines: list[str] = [""]

    def walk(node: HtmlElement) -> None:
        if node.get(BIBTEX_MARK):
            return
        block = node.tag in BLOCK_TAGS or node.tag == "br"
        if block:
            lines.append("")
        if node.text and node.tag != "br":
            lines[-1] += node.text
        previous = None
        for child in node:
            if isinstance(child.tag, str):
                if previous in _SPACED and child.tag in _SPACED and lines[-1][-1:].isalnum() and not _goes_on(child):
                    lines[-1] += " "  # two labels side by side ("<span>Trajectory</span><span>Published</span>")
                walk(child)
            if child.tail:
                if child.tail[:1].isalpha() and not len(child) and re.fullmatch(YEAR, (child.text or "").strip()):
                    lines[-1] += " "  # a year set apart in its own label before the text ("<span>2025</span>Wenbo Li")
                lines[-1] += child.tail
            previous = None if child.tail and child.tail.strip() else child.tag
        if block:
            lines.append("")

    walk(element)
    lines = [_GLUED.sub(" ", _BLANK.sub(" ", line.replace("\u00a0", " ").translate(_FULL_WIDTH))) for line in lines]
    return [" ".join(line.split()) for line in lines if line.strip()]


def _goes_on(element: HtmlElement) -> bool:
    """An inline element opening on a small letter continues the word before it: a word processor starts a new
    span where the style of one letter changes ("<span>Tü</span><span>ű</span><span>-Szabó B</span>"), and so does one
    opening on punctuation that closes or joins."""
    first = element.text_content()[:1]
    return bool(first) and (first.islower() or first in "-–'’.,;:)")


_GLUED = re.compile(r"(?<=[.,?!]”)(?=[^\W\d_])|(?<=[.,;])(?=\[[^\W\d_])")
"""A closing quote or a link's label set against the text after or before it ("… System.”Frontiers in Neuroanatomy",
"363-372.[PDF]"): a space between, as a reader sees them apart."""
_FULL_WIDTH = str.maketrans({"（": " (", "）": ") ", "，": ", ", "、": ", ", "：": ": ", "；": "; ", "。": ". "})
"""The punctuation of Chinese and Japanese text as the Latin punctuation it means ("Jie Zheng（郑杰）", "刘成健，黄迅")."""


_BLANK = re.compile(r"(?<!\S)_{2,}(?!\S)")
"""A template's blank (``__`` where a bibliography script had no venue to print): no text of the entry."""
