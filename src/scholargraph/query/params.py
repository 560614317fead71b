"""Query parameters: declared in a query's header, bound as RDF terms in a VALUES block.

A header line ``# param: NAME (TYPE[, default VALUE | , optional]): what it is`` declares
the variable ``?NAME``. Types: ``string``, ``integer``, ``iri`` and ``person`` (an IRI, or
a name looked up on ``foaf:name``, or an ORCID iD or dblp pid). A value is turned into an RDF term and written into
the query only as that term's N-Triples form, which escapes quotes, newlines and
backslashes, so a value can never become query syntax. The VALUES block opens the
query's outer WHERE group, so every store sees the same query text; an optional
parameter left out is ``UNDEF`` (no restriction). Parameters are meant for the outer
group: a subquery does not see them.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from pyoxigraph import Literal, NamedNode

from ..errors import QueryError
from ..stores import Term

__all__ = ["PARAMETER_TYPES", "Parameter", "bind", "parse_parameter", "to_term"]

PARAMETER_TYPES = ("string", "integer", "iri", "person")

_DECLARATION = re.compile(r"^(\w+)\s*\(\s*(\w+)\s*(?:,\s*(optional|default\s+([^)]*?)))?\s*\)\s*:?\s*(.*)$")
_IRI_LIKE = re.compile(r"^<?(https?|urn|mailto|file|tag):\S*?>?$")
_XSD_INTEGER = NamedNode("http://www.w3.org/2001/XMLSchema#integer")
# What may stand before the outer WHERE group's '{': comments, strings, IRIs and plain tokens.
_TOKEN = re.compile(
    r"""#[^\n]*|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'''(?:[^'\\]|\\.|'(?!''))*'''|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'"""
    r"""|<[^<>"{}|^`\\\x00-\x20]*>|\{|[^#"'<{]+|[<]"""
)


@dataclass(frozen=True)
class Parameter:
    """One declared parameter: its variable name, type, default (``None``: required) and meaning."""

    name: str
    type: str
    default: str | None
    optional: bool
    description: str

    def __str__(self) -> str:
        extra = ", optional" if self.optional else f", default {self.default}" if self.default is not None else ""
        return f"{self.name} ({self.type}{extra})"


def parse_parameter(text: str, where: str) -> Parameter:
    """A ``# param:`` header value; ``QueryError`` naming ``where`` (file and line) if malformed."""
    match = _DECLARATION.match(text.strip())
    if match is None:
        raise QueryError(f"{where}: write a parameter as 'NAME (TYPE[, default VALUE | , optional]): description', not {text!r}")
    name, kind, flag, default, description = match.groups()
    if kind not in PARAMETER_TYPES:
        raise QueryError(f"{where}: parameter '{name}' has unknown type '{kind}'; use one of {', '.join(PARAMETER_TYPES)}")
    return Parameter(name, kind, default.strip() if default is not None else None, flag == "optional", description.strip())


def to_term(parameter: Parameter, value: str) -> Term:
    """The RDF term a value stands for; a ``person`` given by name stays a literal to be looked up."""
    if parameter.type == "integer":
        try:
            return Literal(str(int(value.strip())), datatype=_XSD_INTEGER)
        except ValueError:
            raise QueryError(f"parameter '{parameter.name}' must be an integer (like 2020), not {value!r}") from None
    if parameter.type == "iri" or (parameter.type == "person" and _IRI_LIKE.match(value.strip())):
        iri = value.strip().removeprefix("<").removesuffix(">")
        try:
            return NamedNode(iri)
        except ValueError as error:
            raise QueryError(f"parameter '{parameter.name}': {value!r} is not an IRI ({error})") from None
    return Literal(value)


def _outer_group_start(query: str) -> int:
    """Where the first '{' outside comments, strings and IRIs is: the outer WHERE group."""
    for match in _TOKEN.finditer(query):
        if match[0] == "{":
            return match.end()
    raise QueryError("the query has no WHERE group to bind parameters in")


def bind(query: str, bindings: Mapping[str, Sequence[Term] | None]) -> str:
    """The query with one ``VALUES ?name { term … }`` per binding (``None``: UNDEF) opening its WHERE group."""
    if not bindings:
        return query
    lines = []
    for name, terms in bindings.items():
        if not re.fullmatch(r"\w+", name):
            raise QueryError(f"'{name}' cannot be a SPARQL variable name")
        values = "UNDEF" if terms is None else " ".join(str(term) for term in terms)
        lines.append(f"  VALUES ?{name} {{ {values} }}")
    at = _outer_group_start(query)
    return query[:at] + "\n" + "\n".join(lines) + "\n" + query[at:]
