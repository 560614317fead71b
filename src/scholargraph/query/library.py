"""The query library: ``queries/*.rq`` (or any file), their parameters, and running them on a store.

A query file opens with ``# key: value`` header lines: ``title``, ``description``,
``columns`` and one ``param`` line per parameter (see ``params``). ``run_query`` binds
the parameters as RDF terms and runs the query on any ``GraphStore``; ``format_rows``
shows the rows as a table, Markdown, or the SPARQL 1.1 CSV and JSON results formats.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import BlankNode, NamedNode, Store

from ..errors import PersonError, QueryError
from ..publish.safetext import csv_cell, markdown_cell, terminal_cell
from ..resources import shipped_dir
from ..stores import GraphStore, Rows, Term
from .params import Parameter, bind, parse_parameter, to_term
from .people import find_person
from .policy import normalized, refusal

__all__ = ["FORMATS", "QueryFile", "bindings_for", "find_query", "format_rows", "list_queries", "load_graph", "run_query"]

FORMATS = ("table", "csv", "json", "md")


@dataclass(frozen=True)
class QueryFile:
    """A query and what its header says about it."""

    name: str
    path: Path
    text: str
    header: dict[str, str] = field(default_factory=dict)
    parameters: tuple[Parameter, ...] = ()

    @property
    def title(self) -> str:
        return self.header.get("title", self.name)

    @property
    def columns(self) -> list[str]:
        return [c.strip() for c in self.header.get("columns", "").split(",") if c.strip()]


def _parse(path: Path, name: str) -> QueryFile:
    text = path.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    parameters: list[Parameter] = []
    for number, line in enumerate(text.splitlines(), 1):
        match = re.match(r"^#\s*(\w+):\s*(.*)$", line)
        if match and match[1].lower() == "param":
            parameters.append(parse_parameter(match[2], f"{path}:{number}"))
        elif match:
            header[match[1].lower()] = match[2].strip()
        elif line.strip() and not line.startswith("#"):
            break
    return QueryFile(name, path, text, header, tuple(parameters))


def list_queries() -> list[QueryFile]:
    """The queries shipped in ``queries/``, by name."""
    return [_parse(path, path.stem) for path in sorted(shipped_dir("queries").glob("*.rq"))]


def find_query(name_or_file: str) -> QueryFile:
    """A shipped query by name (``publications``) or a ``.rq`` file by path."""
    path = Path(name_or_file)
    if path.suffix == ".rq" or path.is_file():
        if not path.is_file():
            raise QueryError(f"{name_or_file}: no such query file")
        return _parse(path, path.stem)
    shipped = shipped_dir("queries") / f"{name_or_file}.rq"
    if not shipped.is_file():
        names = ", ".join(q.name for q in list_queries())
        raise QueryError(f"no query named '{name_or_file}'; known queries: {names} (or give a .rq file)")
    return _parse(shipped, name_or_file)


def load_graph(path: Path) -> Store:
    """An in-memory Oxigraph store holding the graph file at ``path`` (for code that works on pyoxigraph directly)."""
    from ..stores.oxigraph import OxigraphStore

    store = OxigraphStore()
    store.load(path)
    return store.store


def bindings_for(query: QueryFile, values: Mapping[str, str], store: GraphStore) -> dict[str, list[Term] | None]:
    """Each declared parameter's terms from ``values`` or its default; a person found by ``people.find_person``."""
    declared = {parameter.name: parameter for parameter in query.parameters}
    unknown = sorted(set(values) - set(declared))
    if unknown:
        known = ", ".join(declared) or "none"
        raise QueryError(f"query '{query.name}' has no parameter {', '.join(unknown)}; its parameters: {known}")
    bindings: dict[str, list[Term] | None] = {}
    for name, parameter in declared.items():
        value = values.get(name, parameter.default)
        if value is None:
            if not parameter.optional:
                raise QueryError(f"query '{query.name}' needs --param {name}=… ({parameter.type}): {parameter.description}")
            bindings[name] = None
            continue
        term = to_term(parameter, value)
        if parameter.type == "person":
            try:
                bindings[name] = [find_person(store, value)]
            except PersonError as error:
                raise QueryError(f"parameter '{name}': {error}") from None
        else:
            bindings[name] = [term]
    return bindings


def run_query(
    query: QueryFile | str, params: Mapping[str, str] | None, store: GraphStore, allowed_hosts: Sequence[str] = ()
) -> Rows:
    """Run a shipped query (by name), a ``.rq`` file or a ``QueryFile`` with ``params`` bound; its rows.

    An update (``LOAD``, ``INSERT``, ``DROP``…) is refused before it reaches the store: queries only read;
    so is a ``SERVICE`` to a host not in ``allowed_hosts``: a query makes no request the user did not allow."""
    chosen = query if isinstance(query, QueryFile) else find_query(query)
    refused = refusal(normalized(chosen.text), allowed_hosts)
    if refused:
        raise QueryError(f"{chosen.path}: {refused.message}")
    text = bind(normalized(chosen.text), bindings_for(chosen, params or {}, store))
    try:
        return store.select(text)
    except QueryError as error:
        raise QueryError(f"{chosen.path}: {error}") from None


def _cell(term: Term | None) -> str:
    return "" if term is None else term.value


def _json_term(term: Term) -> dict[str, str]:
    if isinstance(term, NamedNode):
        return {"type": "uri", "value": term.value}
    if isinstance(term, BlankNode):
        return {"type": "bnode", "value": term.value}
    if term.language:
        return {"type": "literal", "value": term.value, "xml:lang": term.language}
    if term.datatype.value != "http://www.w3.org/2001/XMLSchema#string":
        return {"type": "literal", "value": term.value, "datatype": term.datatype.value}
    return {"type": "literal", "value": term.value}


def format_rows(rows: Rows, output_format: str = "table") -> str:
    """Rows as a table, Markdown, or the SPARQL 1.1 CSV / JSON results formats."""
    if output_format not in FORMATS:
        raise QueryError(f"unknown format '{output_format}'; use one of {', '.join(FORMATS)}")
    columns = list(rows.columns)
    if output_format == "json":
        bindings = [{c: _json_term(t) for c, t in zip(columns, row, strict=True) if t is not None} for row in rows.rows]
        return json.dumps({"head": {"vars": columns}, "results": {"bindings": bindings}}, ensure_ascii=False, indent=1) + "\n"
    cells = [[_cell(term) for term in row] for row in rows.rows]
    if output_format == "csv":
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\r\n")
        writer.writerow(columns)
        writer.writerows([csv_cell(value) for value in row] for row in cells)
        return out.getvalue()
    return _markdown(columns, cells) if output_format == "md" else _table(columns, cells)


def _table(columns: list[str], cells: list[list[str]]) -> str:
    """A plain-text table for a terminal: the data's escape sequences and control characters taken out."""
    rows = [[terminal_cell(value) for value in row] for row in cells]
    widths = [max([len(c), *(len(r[i]) for r in rows)]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _markdown(columns: list[str], rows: list[list[str]]) -> str:
    """A Markdown table whose cells are only text: markup and HTML in the data are escaped."""
    lines = ["| " + " | ".join(map(markdown_cell, columns)) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    lines += ["| " + " | ".join(map(markdown_cell, row)) + " |" for row in rows]
    return "\n".join(lines) + "\n"
