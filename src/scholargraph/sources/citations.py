"""Reading one free-text citation ("Authors. Title. Venue, Year" in any style) into its fields.

A conditional random field (CRFsuite) labels each whitespace-separated token of the string
as author, title, container-title (the venue), date, volume, pages, publisher, location,
editor, doi, url, citation-number or note; runs of one label become the parts, and the
parts become fields. The model ships in ``scholargraph/models`` and was trained on
AnyStyle's labelled references (see ``models/README.md``, ``docs/citations.md``). Only the
first ``MAX_TOKENS`` tokens of a string are read: a citation is never longer.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib.resources import files
from typing import Any

import pycrfsuite

from ..model.identifiers import doi
from ..model.names import GIVEN_FIRST, author_names, clean_name

__all__ = ["MAX_TOKENS", "ParsedCitation", "fields_of", "open_tagger", "parse_citation", "tag_with", "token_features"]

MAX_TOKENS = 400
MODEL = "citation.crfsuite"
WORD_CLASSES = "citation-words.json"
"""The word → typical label table built from the training data beside the model (a dictionary feature)."""

_TOKEN = re.compile(r"\S+")
_EDGES = re.compile(r"^([\W_]*)(.*?)([\W_]*)$", re.DOTALL)
_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d[a-z]?$")
_YEAR_IN = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")
_RANGE = re.compile(r"^\d+\s*[-–—]+\s*\d+$")
_INITIAL = re.compile(r"^(?:[A-Z]\.?-?){1,3}$")
_MONTH = re.compile(
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|"
    r"september|october|november|december|spring|summer|fall|autumn|winter)$"
)
_CONNECTOR = re.compile(r"^(?:and|&|und|et|y|with|eds?|in|by)$")
_IN = re.compile(r"^(?:in\s*:?|published\s+in\s*:?)\s+", re.IGNORECASE)
_EDITOR_NOTES = re.compile(
    r"\((?:eds?|hrsg|coords?)\.?\)|\b(?:eds?\.|edited by|ed\. by|hrsg\. v\.)|^\s*in\s*:?\s+", re.IGNORECASE
)
_WITH = re.compile(r"^\s*(?:with|by)\s+", re.IGNORECASE)
_ABBREVIATED = re.compile(r"\w\.\s.*\b[^\W\d_]{1,5}\.$")
"""A field written in abbreviations (``Phys. Rev. Lett.``) keeps the full stop of its last word."""
_PAIRS = (("(", ")"), ("[", "]"), ("{", "}"), ("“", "”"), ("‘", "’"), ('"', '"'), ("«", "»"), ("„", "“"))
_FAMILY_INITIALS = re.compile(
    r"^(?P<family>(?:[a-z\u00DF-\u00FF]+\s+){0,2}[A-Z\u00C0-\u00DE][\w'’\u00C0-\u024F-]+(?:\s+[A-Z\u00C0-\u00DE][\w'’\u00C0-\u024F-]+)?)"
    r"\s+(?P<initials>[A-Z]{1,3}|(?:[A-Z]\.\s?-?){1,3})$"
)
"""``Peters OA`` or ``Heidegger M.``: a family name, then initials (Vancouver and some European styles)."""
_NAME_SEPARATORS = re.compile(r"\s*[,;]\s*(?:and\s+|&\s*)?|\s+and\s+|\s*&\s*")
_NOT_A_NAME = re.compile(r"^(?:et\.?\s*al\.?|others|\.\.\.|…)$", re.IGNORECASE)
_NEIGHBOUR_KEYS = ("w", "s", "c", "t")


@dataclass(frozen=True)
class ParsedCitation:
    """The fields of one citation; each is ``None`` (or empty) when the string does not have it.

    ``parts`` are the labelled runs of text in the order written; the fields take the first
    part of each label, cleaned of their trailing punctuation and enclosing quotes or brackets.
    """

    authors: tuple[str, ...] = ()
    title: str | None = None
    venue: str | None = None
    year: int | None = None
    volume: str | None = None
    pages: str | None = None
    publisher: str | None = None
    doi: str | None = None
    url: str | None = None
    editors: tuple[str, ...] = ()
    parts: tuple[tuple[str, str], ...] = ()


def parse_citation(text: str) -> ParsedCitation:
    """The fields of a free-text citation; any string is accepted (an empty one gives an empty result)."""
    text = text.encode("utf-8", "replace").decode("utf-8")  # lone surrogates become '?', offsets unchanged
    spans = token_spans(text)
    if not spans:
        return ParsedCitation()
    labels = tag_with(_tagger(), token_features([text[start:end] for start, end in spans]))
    parts: list[tuple[str, str]] = []
    run_start = 0
    for i in range(1, len(spans) + 1):
        if i == len(spans) or labels[i] != labels[run_start]:
            parts.append((labels[run_start], text[spans[run_start][0] : spans[i - 1][1]]))
            run_start = i
    return fields_of(tuple(parts))


def token_spans(text: str) -> list[tuple[int, int]]:
    """Where the tokens of ``text`` are: its whitespace-separated words, at most ``MAX_TOKENS``."""
    spans = []
    for match in _TOKEN.finditer(text):
        spans.append(match.span())
        if len(spans) == MAX_TOKENS:
            break
    return spans


def token_features(tokens: Sequence[str], word_classes: dict[str, str] | None = None) -> list[list[str]]:
    """The CRF's features of each token: itself, its shape and kind, its place, and the same of its neighbours (±2)."""
    classes = _word_classes() if word_classes is None else word_classes
    own = [_own_features(token, classes) for token in tokens]
    count = len(tokens)
    features = []
    for i, mine in enumerate(own):
        row = [f"{key}={value}" for key, value in mine.items()]
        row.append(f"pos={10 * i // count}")
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < count:
                theirs = own[j]
                row.extend(f"{offset}{key}={theirs[key]}" for key in _NEIGHBOUR_KEYS)
            else:
                row.append(f"{offset}edge")
        features.append(row)
    return features


def token_edges(token: str) -> tuple[str, str, str]:
    """``(2011).`` → ``("(", "2011", ").")``: the punctuation before, the word, the punctuation after."""
    edges = _EDGES.match(token[:80])
    return (edges[1], edges[2], edges[3]) if edges else ("", token, "")


def _own_features(token: str, classes: dict[str, str]) -> dict[str, str]:
    lead, core, trail = token_edges(token)
    word = core.lower()
    kinds = []
    if _YEAR.match(core):
        kinds.append("year")
    elif core.isdigit():
        kinds.append(f"num{min(len(core), 5)}")
    elif _RANGE.match(core):
        kinds.append("range")
    if _INITIAL.match(core) and (trail.startswith(".") or len(core) > 1 or "." in core):
        kinds.append("initial")
    if _MONTH.match(word):
        kinds.append("month")
    if _CONNECTOR.match(word):
        kinds.append("connector")
    if "://" in token or word.startswith("www."):
        kinds.append("url")
    if doi(token) or word.startswith("doi"):
        kinds.append("doi")
    if core[:1].isupper():
        kinds.append("upper-all" if core.isupper() and len(core) > 1 else "capital")
    return {
        "w": word[:30],
        "s": _shape(token),
        "c": classes.get(word, "-"),
        "t": trail[:3],
        "l": lead[:3],
        "p3": word[:3],
        "x3": word[-3:],
        "k": "+".join(kinds) or "-",
    }


def _shape(token: str) -> str:
    """``Romero,`` → ``Xx,``; ``(2011).`` → ``(d).``: the classes of characters, repeats merged."""
    shape: list[str] = []
    for char in token[:40]:
        kind = "X" if char.isupper() else "x" if char.isalpha() else "d" if char.isdigit() else char
        if not shape or shape[-1] != kind:
            shape.append(kind)
    return "".join(shape)


_lock = threading.Lock()


def tag_with(tagger: tuple[Any, bytes], features: list[list[str]]) -> list[str]:
    """The most likely label of each token (CRFsuite's tagger is not thread-safe, hence the lock)."""
    with _lock:
        labels: list[str] = tagger[0].tag(features)
    return labels


@cache
def _tagger() -> tuple[Any, bytes]:
    return open_tagger((files("scholargraph") / "models" / MODEL).read_bytes())


def open_tagger(model: bytes) -> tuple[Any, bytes]:
    """A CRFsuite tagger over a model's bytes, kept beside it (CRFsuite reads them in place, it does not copy them)."""
    tagger = pycrfsuite.Tagger()
    tagger.open_inmemory(model)
    return tagger, model


@cache
def _word_classes() -> dict[str, str]:
    classes: dict[str, str] = json.loads((files("scholargraph") / "models" / WORD_CLASSES).read_text(encoding="utf-8"))
    return classes


def fields_of(parts: tuple[tuple[str, str], ...]) -> ParsedCitation:
    """The fields of a citation from its labelled parts: the first part of each label, cleaned."""
    first: dict[str, str] = {}
    for label, text in parts:
        first.setdefault(label, text)
    return ParsedCitation(
        authors=tuple(names_in(first.get("author", ""))),
        title=_clean(first.get("title", "")),
        venue=_clean(_IN.sub("", first.get("container-title", ""))),
        year=_year(parts),
        volume=_clean(first.get("volume", "")),
        pages=_clean(first.get("pages", "")),
        publisher=_clean(first.get("publisher", "")),
        doi=_doi(parts),
        url=_clean(first.get("url", "")),
        editors=tuple(names_in(_EDITOR_NOTES.sub(" ", first.get("editor", "")))),
        parts=parts,
    )


def _doi(parts: tuple[tuple[str, str], ...]) -> str | None:
    """The DOI of the first doi or url part that holds one (``https://doi.org/10.1037/a0021234`` → ``10.1037/a0021234``)."""
    for label, text in parts:
        found = doi(text) if label in ("doi", "url") else None
        if found:
            return found
    return None


def _year(parts: tuple[tuple[str, str], ...]) -> int | None:
    for label, text in parts:
        match = _YEAR_IN.search(text) if label == "date" else None
        if match:
            return int(match.group())
    return None


_GIVEN_FIRST_WRITTEN = re.compile(rf"{GIVEN_FIRST.pattern}|^[A-Z][a-z]+(?:\s+[A-Z][\w'’-]+){{1,2}}$")
"""A name in natural order, with initials ("J. Smith") or written out ("Ben Ashby")."""


def names_in(text: str) -> list[str]:
    """The people of an author or editor list, given name first.

    ``Romero, C.`` → ``C. Romero``, ``Peters OA`` → ``O. A. Peters``; ``et al.``, ``with`` and markers go.
    """
    text = _WITH.sub("", text.strip().rstrip(",;:"))
    pieces = [piece.strip(" .") for piece in _NAME_SEPARATORS.split(text) if piece.strip(" .")]
    pieces = [piece for piece in pieces if not _NOT_A_NAME.match(piece)]
    initials_last = [_FAMILY_INITIALS.match(clean_name(piece)) for piece in pieces]
    written_out = [piece for piece, match in zip(pieces, initials_last, strict=True) if not match]
    # every name a family name and initials, or all but one written in natural order ("…, Chabas H, Ben Ashby, …")
    if pieces and (not written_out or (len(pieces) > 2 and len(written_out) == 1 and _GIVEN_FIRST_WRITTEN.match(written_out[0]))):
        return [
            f"{_dotted(match['initials'])} {match['family']}" if match else clean_name(piece)
            for piece, match in zip(pieces, initials_last, strict=True)
        ]
    return [name for name in author_names(text) if any(char.isalpha() for char in name) and not _NOT_A_NAME.match(name)]


def _dotted(initials: str) -> str:
    """``OA`` → ``O. A.``; initials already written with full stops stay as written."""
    return initials.strip() if "." in initials else " ".join(f"{letter}." for letter in initials)


def _clean(text: str) -> str | None:
    """A field without surrounding spaces, trailing ``,;:.`` and enclosing or unmatched quotes and brackets."""
    previous = None
    while text != previous:
        previous = text
        text = text.strip().rstrip(",;:")
        if text.endswith(".") and not _ABBREVIATED.search(text):
            text = text[:-1]
        for opening, closing in _PAIRS:
            inner = text[1:-1]
            if len(text) > 1 and text[0] == opening and text[-1] == closing and opening not in inner and closing not in inner:
                text = inner
            elif text[:1] == opening and closing not in text[1:]:
                text = text[1:]
            elif text[-1:] == closing and opening not in text[:-1]:
                text = text[:-1]
    return text or None
