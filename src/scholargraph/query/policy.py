"""What a query may make the machine do: read the graph, and nothing else unless allowed.

A query is checked by what it means, not by how it is spelled: it is parsed (rdflib's SPARQL
1.1 grammar) and every ``SERVICE`` pattern in the parse is found, whatever the spacing,
case, comments or line ends around it (``SERVICE<http://…>``, ``# x\\rSERVICE <…>``). Line
ends are made one kind (``\\n``) before the query is both checked and run, so the checker
and the engine read the same text. An update (``LOAD``, ``INSERT``…) is refused as an
update. A query the grammar cannot parse is checked word by word as well, and the engine
then gives its own syntax error.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

__all__ = ["Refusal", "normalized", "refusal"]

# IRIs (kept: a # in one starts no comment), then long and short strings and comments (blanked).
_LEXICAL = re.compile(
    r'<[^<>"{}|^`\\\s]*>|"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\'|#[^\n]*'
)
_UPDATE_OPERATIONS = frozenset(("LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "INSERT", "DELETE", "WITH"))
_PROLOGUE = re.compile(r"(?:\s+|#[^\n]*|PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)*", re.IGNORECASE)
_UPDATE_WORD = re.compile(r"\b(?:INSERT|DELETE|LOAD|CLEAR|DROP|CREATE|ADD|MOVE|COPY)\b", re.IGNORECASE)
_SERVICE_WORD = re.compile(r"\bSERVICE\b\s*(?:SILENT\b\s*)?(<[^>]*>|\S+)?", re.IGNORECASE)


@dataclass(frozen=True)
class Refusal:
    """Why a query is not run, and the HTTP status that says so."""

    status: int
    message: str


def normalized(query: str) -> str:
    """The query with every line end written ``\\n``: what is checked is what is run."""
    return query.replace("\r\n", "\n").replace("\r", "\n")


def refusal(query: str, allowed_hosts: Sequence[str] = ()) -> Refusal | None:
    """Why ``query`` (normalized) may not run — an update, or ``SERVICE`` to a host not allowed — or ``None``."""
    from rdflib.plugins.sparql.parser import parseQuery, parseUpdate

    try:
        targets = [_target(node) for node in _nodes(parseQuery(query)) if node.name == "ServiceGraphPattern"]
    except Exception:  # any parse failure: not a query rdflib knows; look closer below
        try:
            parseUpdate(query)
        except Exception:  # neither: checked word by word, and the engine reports the syntax
            return _lexical_refusal(query, allowed_hosts)
        return _update_refused(query)
    for target in targets:
        found = _service_refusal(target, allowed_hosts)
        if found:
            return found
    return _lexical_refusal(query, allowed_hosts)  # a second look, word by word: both must pass


def _update_refused(query: str) -> Refusal:
    """An update's refusal, naming the operation the query opens with (``LOAD``, ``INSERT``…) when it can."""
    prologue = _PROLOGUE.match(query)
    word = re.match(r"[A-Za-z]+", query[prologue.end() if prologue else 0 :])
    operation = word[0].upper() if word and word[0].upper() in _UPDATE_OPERATIONS else "an update"
    return Refusal(
        403,
        f"this is a SPARQL update ({operation} …), which would change or fetch data; it is refused: queries here are read-only",
    )


def _nodes(tree: Any) -> Iterator[Any]:
    """Every named node (``CompValue``) of a parse, depth first."""
    from rdflib.plugins.sparql.parserutils import CompValue

    stack = [tree]
    while stack:
        node = stack.pop()
        if isinstance(node, CompValue):
            yield node
            stack.extend(node.values())
        elif isinstance(node, list | tuple) or hasattr(node, "as_list"):
            stack.extend(node)


def _target(node: Any) -> str:
    term = node.get("term")
    return f"<{term}>" if term is not None and not str(term).startswith("?") and ":" in str(term) else str(term)


def _service_refusal(target: str, allowed_hosts: Sequence[str]) -> Refusal | None:
    host = urlsplit(target[1:-1]).hostname if target.startswith("<") else None
    if host is not None and host in allowed_hosts:
        return None
    hint = "allow it with --allow-service HOST" if host else "name the service by a full IRI"
    return Refusal(403, f"SERVICE {target} is refused: no other host is queried unless allowed ({hint})")


def _lexical_refusal(query: str, allowed_hosts: Sequence[str]) -> Refusal | None:
    """The same rules read off the words of the query, strings and comments aside."""
    text = _LEXICAL.sub(lambda match: match[0] if match[0].startswith("<") else " ", query)
    if _UPDATE_WORD.search(text) and not re.search(r"\b(?:SELECT|CONSTRUCT|ASK|DESCRIBE)\b", text, re.IGNORECASE):
        return _update_refused(query)
    for match in _SERVICE_WORD.finditer(text):
        found = _service_refusal(match.group(1) or "", allowed_hosts)
        if found:
            return found
    return None
