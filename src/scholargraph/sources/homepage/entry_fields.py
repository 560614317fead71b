"""Reading one publication entry's fields with a model trained on real, hand-labelled homepages.

Each word of the entry is labelled author, title, venue, date or other by a linear-chain CRF.
Its features are the citation reader's (the word, its shape and kind, its neighbours) and what
the page shows of the word: bold, italic, linked, set small or raised, where its line starts and
ends, which line of the entry it is on, the class its element carries (``title``, ``authors``).
Rules see the layouts they were written for; the model weighs all these cues together, as learnt
from many sites' entries, so it reads layouts no rule was written for. It ships in
``scholargraph/models`` (``entry.crfsuite``) and is rebuilt by ``benchmarks/entry_model.py``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

from ..citations import MAX_TOKENS, ParsedCitation, fields_of, open_tagger, tag_with, token_features
from .html_page import BIBTEX_MARK, BLOCK_TAGS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from lxml.html import HtmlElement

__all__ = ["EntryToken", "entry_features", "entry_tokens", "read_fields"]

MODEL = "entry.crfsuite"
_AS_CITATION = {"author": "author", "title": "title", "venue": "container-title", "date": "date", "other": "note"}
"""The model's labels, and the citation reader's that its parts become fields by."""
_MARKS = {
    "b": "b", "strong": "b", "h1": "b", "h2": "b", "h3": "b", "h4": "b", "h5": "b", "h6": "b", "dt": "b",
    "i": "i", "em": "i", "cite": "i", "var": "i",
    "a": "a", "u": "u", "sup": "sup", "sub": "sup", "small": "small", "span": "span", "font": "span",
}  # fmt: skip
_CLASS_WORD = re.compile(
    r"title|author|venue|journal|periodical|booktitle|conference|year|date|link|btn|button|badge|label|note|abstract|doi|"
    r"bold|italic|meta|source|pub|citation|name"
)
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w")


@dataclass(frozen=True)
class EntryToken:
    """One whitespace-separated word of an entry, with the marks of the element it starts in and its line."""

    text: str
    marks: tuple[str, ...]
    line: int


def entry_tokens(element: HtmlElement) -> list[EntryToken]:
    """The words of an entry as a browser shows them, in order, each with its marks and line (``<br>``
    and block elements start a line; a hidden BibTeX block is no part of it)."""
    segments: list[tuple[str, tuple[str, ...], int]] = []
    line = 0

    def walk(node: HtmlElement, marks: tuple[str, ...]) -> None:
        nonlocal line
        if node.get(BIBTEX_MARK):
            return
        block = node.tag in BLOCK_TAGS or node.tag == "br"
        if block:
            line += 1
        own = _own_marks(node)
        inner = tuple(sorted(set(marks) | own)) if own else marks
        if node.text and node.tag != "br":
            segments.append((node.text, inner, line))
        for child in node:
            if isinstance(child.tag, str):
                walk(child, inner)
            if child.tail:
                segments.append((child.tail, marks, line))
        if block:
            line += 1

    walk(element, ())
    return _tokens(segments)


def _own_marks(node: HtmlElement) -> set[str]:
    marks = {_MARKS[node.tag]} if node.tag in _MARKS else set()
    for name in str(node.get("class") or "").lower().split()[:4]:
        found = _CLASS_WORD.search(name)
        if found:
            marks.add("c:" + found.group())
    return marks


def _tokens(segments: list[tuple[str, tuple[str, ...], int]]) -> list[EntryToken]:
    """Segments of text joined and cut at whitespace; a word split over elements (``<b>Smith</b>,``) is one
    token with the marks of where its first letter is. Lines are renumbered from 0 without empty ones."""
    tokens: list[EntryToken] = []
    marks: tuple[str, ...] = ()
    text, line, lettered = "", 0, False
    for segment, segment_marks, segment_line in segments:
        segment = segment.replace("\u00a0", " ")
        for i, piece in enumerate(_SPACE.split(segment)):
            if i > 0 or segment_line != line:
                if text:
                    tokens.append(EntryToken(text, marks, line))
                text, marks, line, lettered = "", (), segment_line, False
            if not piece:
                continue
            if not text or (not lettered and _WORD.search(piece)):
                marks, lettered = segment_marks, bool(_WORD.search(piece))
            text += piece
        if len(tokens) >= MAX_TOKENS:
            break
    if text:
        tokens.append(EntryToken(text, marks, line))
    lines = {number: index for index, number in enumerate(sorted({token.line for token in tokens}))}
    return [EntryToken(token.text, token.marks, lines[token.line]) for token in tokens[:MAX_TOKENS]]


def entry_features(tokens: Sequence[EntryToken], word_classes: dict[str, str] | None = None) -> list[list[str]]:
    """The CRF's features of each token: the citation reader's, and the marks, line and changes of style around it."""
    rows = token_features([token.text for token in tokens], word_classes)
    count, lines = len(tokens), (tokens[-1].line + 1 if tokens else 0)
    for i, (token, row) in enumerate(zip(tokens, rows, strict=True)):
        before = tokens[i - 1] if i > 0 else None
        after = tokens[i + 1] if i + 1 < count else None
        row.extend(f"m={mark}" for mark in token.marks)
        row.append(f"line={min(token.line, 4)}/{min(lines, 5)}")
        if before is None or before.line != token.line:
            row.append("bol")
        if after is None or after.line != token.line:
            row.append("eol")
        if before is not None and before.marks != token.marks:
            row.append("mchange")
        for offset, other in (("-1", before), ("+1", after)):
            if other is not None:
                row.extend(f"{offset}m={mark}" for mark in other.marks)
                row.append(f"{offset}sameline={other.line == token.line}")
    return rows


def read_fields(element: HtmlElement) -> ParsedCitation | None:
    """An entry's title, authors, venue and year as the trained model reads them; ``None`` for an entry without words."""
    tokens = entry_tokens(element)
    if not tokens:
        return None
    labels = tag_with(_tagger(), entry_features(tokens))
    parts: list[tuple[str, str]] = []
    for token, label in zip(tokens, labels, strict=True):
        name = _AS_CITATION[label]
        if parts and parts[-1][0] == name:
            parts[-1] = (name, parts[-1][1] + " " + token.text)
        else:
            parts.append((name, token.text))
    return fields_of(tuple(parts))


@cache
def _tagger() -> tuple[Any, bytes]:
    """The trained tagger and the model bytes it reads from (CRFsuite does not copy them)."""
    return open_tagger((files("scholargraph") / "models" / MODEL).read_bytes())
