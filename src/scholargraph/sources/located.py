"""JSON and XML read into plain trees whose objects know the line they start on.

Registry records (ORCID, OpenAlex, Crossref) come as JSON or XML; their readers want the
values and, for provenance and messages, the line of each entry. ``load_json`` decodes with
the standard library's C decoder and stamps every object with the line of its opening brace,
found by one regular-expression pass over the text. ``load_xml`` turns an XML document into
the same shape: a child element is a key (its local name, namespaces dropped), repeated
children are a list, a leaf is its text, attributes are keys too.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from ..errors import SourceError
from .files import read_text_file, text_encoding

__all__ = ["Located", "as_list", "descendants", "json_entries", "load_json", "load_json_lines", "load_xml", "text"]


class Located(dict[str, Any]):
    """A JSON object (or XML element) that knows the 1-based line it starts on."""

    __slots__ = ("line",)

    def __init__(self, pairs: Any = (), line: int = 1) -> None:
        super().__init__(pairs)
        self.line = line


TOO_DEEP = "nested too deep to read (lists or mappings inside each other hundreds of times)"

_STRING = re.compile(r'"[^"\\]*(?:\\.[^"\\]*)*"')
_BRACE = re.compile(r"[{}]")


def _object_lines(text: str) -> list[int]:
    """The line each JSON object starts on, in the order the decoder finishes them.

    The C decoder calls ``object_pairs_hook`` as it reaches each closing brace, so the n-th call
    is the object closed by the n-th ``}`` outside strings; a stack pairs it with its ``{``.
    Strings are emptied first (JSON strings hold no raw line breaks, so lines stay put).
    """
    bare = _STRING.sub('""', text)
    line, counted = 1, 0
    opened: list[int] = []
    lines: list[int] = []
    for match in _BRACE.finditer(bare):
        if match.group() == "{":
            line += bare.count("\n", counted, match.start())
            counted = match.start()
            opened.append(line)
        elif opened:
            lines.append(opened.pop())
    return lines


def load_json(path: Path, shown_as: str) -> Any:
    """The JSON value of a file, every object a ``Located``; a syntax error names the line and column."""
    text = read_text_file(path, shown_as)
    lines = iter(_object_lines(text))
    try:
        return json.loads(text, object_pairs_hook=lambda pairs: Located(pairs, next(lines, 1)))
    except json.JSONDecodeError as error:
        raise SourceError(shown_as, f"is not valid JSON: {error.msg} (column {error.colno})", error.lineno) from error


def load_json_lines(path: Path, shown_as: str) -> Iterator[tuple[int, Any | json.JSONDecodeError]]:
    """Each non-blank line of a JSON Lines file with its number: the value, or the error that line has.

    A UTF-8 file is read a line at a time (a dump may be large; a bad byte spoils only its line);
    UTF-16 and UTF-32 files are decoded whole first."""
    try:
        lines = path.open("rb")
    except OSError as error:
        raise SourceError(shown_as, f"cannot be read: {error.strerror}") from error
    with lines:
        encoding, bom = text_encoding(lines.peek(4)[:4])
        if encoding != "utf-8":
            lines.close()
            numbered: Iterable[tuple[int, bytes | str]] = enumerate(read_text_file(path, shown_as).split("\n"), start=1)
        else:
            lines.read(bom)
            numbered = enumerate(lines, start=1)
        for number, line in numbered:
            if line.strip():
                yield number, _json_line(line, number)


def _json_line(line: bytes | str, number: int) -> Any | json.JSONDecodeError:
    """The value of one line of JSON Lines, or the error that line has (a bad line is not a bad file)."""
    try:
        return json.loads(line, object_pairs_hook=functools.partial(Located, line=number))
    except json.JSONDecodeError as error:
        return error
    except RecursionError:
        return json.JSONDecodeError(TOO_DEEP, "", 0)
    except UnicodeDecodeError as error:  # only a line read as bytes can be
        written = line.decode("utf-8", "replace") if isinstance(line, bytes) else line
        return json.JSONDecodeError(f"not UTF-8 ({error.reason})", written, error.start)


def json_entries(path: Path, shown_as: str, list_keys: tuple[str, ...]) -> Iterator[tuple[int, Any]]:
    """The entries of a registry's JSON file with the line each starts on: one object, a list, an
    API page (entries under one of ``list_keys``, or in Crossref's ``message``), or JSON Lines
    (one entry a line; a line that is not JSON comes as its ``JSONDecodeError``)."""
    if path.suffix.lower() in (".jsonl", ".ndjson"):
        yield from load_json_lines(path, shown_as)
        return
    value = load_json(path, shown_as)
    if isinstance(value, dict) and isinstance(value.get("message"), dict):
        value = value["message"]  # a Crossref API response
    for key in list_keys:
        if isinstance(value, dict) and isinstance(value.get(key), list):
            value = value[key]
            break
    for item in as_list(value):
        yield (item.line if isinstance(item, Located) else 1), item


def load_xml(path: Path, shown_as: str) -> Located:
    """An XML document as a ``Located`` tree (external entities and the network are never used)."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_comments=True)
    try:
        root = etree.parse(str(path), parser).getroot()
    except etree.XMLSyntaxError as error:
        line = error.position[0] if error.position else None
        raise SourceError(shown_as, f"is not well-formed XML: {error.msg}", line) from error
    except OSError as error:
        raise SourceError(shown_as, f"cannot be read: {error}") from error
    return Located({etree.QName(root).localname: _xml_value(root)}, root.sourceline or 1)


def _xml_value(element: Any) -> Any:
    from lxml import etree

    children = [child for child in element if isinstance(child.tag, str)]
    if not children and not element.attrib:
        return (element.text or "").strip()
    node = Located({etree.QName(name).localname: value for name, value in element.attrib.items()}, element.sourceline or 1)
    if not children and (element.text or "").strip():
        node["value"] = element.text.strip()
    repeated: set[str] = set()
    for child in children:
        key, value = etree.QName(child).localname, _xml_value(child)
        if key in repeated:
            node[key].append(value)
        elif key in node:
            node[key] = [node[key], value]
            repeated.add(key)
        else:
            node[key] = value
    return node


def as_list(value: Any) -> list[Any]:
    """A value that may be one item, a list of them, or missing, as a list."""
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def text(value: Any, *keys: str) -> str | None:
    """The text at ``keys`` under ``value``: JSON's ``{"value": …}`` wrappers and XML leaves alike; ``None`` if absent."""
    for key in keys:
        if isinstance(value, list):
            value = value[0] if value else None
        if not isinstance(value, dict):
            return None
        value = value.get(key)
    if isinstance(value, dict):
        value = value.get("value")
    if value is None or isinstance(value, (dict, list)):
        return None
    written = str(value).strip()
    return written or None


def descendants(value: Any, key: str) -> Iterator[Located]:
    """Every object found under ``key`` anywhere below ``value``, in document order."""
    if isinstance(value, dict):
        for name, child in value.items():
            if name == key:
                yield from (item for item in as_list(child) if isinstance(item, Located))
            else:
                yield from descendants(child, key)
    elif isinstance(value, list):
        for item in value:
            yield from descendants(item, key)
