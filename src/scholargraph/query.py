"""Running SPARQL queries from ``queries/*.rq`` (or any file) on a built graph.

A query file opens with ``# key: value`` header lines (title, description, columns)
that ``--list`` shows. Queries run on an embedded Oxigraph store loaded from the
graph file, with the default graph as the union of all sources' named graphs.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from pyoxigraph import DefaultGraph, Literal, NamedNode, QueryResultsFormat, QuerySolutions, RdfFormat, Store

from .errors import QueryError, SourceError
from .resources import shipped_dir

__all__ = ["FORMATS", "QueryFile", "find_query", "list_queries", "load_graph", "run_query"]

FORMATS = ("table", "csv", "json", "md")

_RDF_FORMATS = {
    ".trig": RdfFormat.TRIG,
    ".ttl": RdfFormat.TURTLE,
    ".nt": RdfFormat.N_TRIPLES,
    ".nq": RdfFormat.N_QUADS,
    ".jsonld": RdfFormat.JSON_LD,
    ".json": RdfFormat.JSON_LD,
    ".rdf": RdfFormat.RDF_XML,
    ".owl": RdfFormat.RDF_XML,
}


@dataclass(frozen=True)
class QueryFile:
    """A query and what its header says about it."""

    name: str
    path: Path
    text: str
    header: dict[str, str] = field(default_factory=dict)

    @property
    def title(self) -> str:
        return self.header.get("title", self.name)

    @property
    def columns(self) -> list[str]:
        return [c.strip() for c in self.header.get("columns", "").split(",") if c.strip()]


def _parse(path: Path, name: str) -> QueryFile:
    text = path.read_text(encoding="utf-8")
    header: dict[str, str] = {}
    for line in text.splitlines():
        match = re.match(r"^#\s*(\w+):\s*(.*)$", line)
        if match:
            header[match[1].lower()] = match[2].strip()
        elif line.strip() and not line.startswith("#"):
            break
    return QueryFile(name, path, text, header)


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
    """An in-memory Oxigraph store holding the graph file at ``path``."""
    if not path.is_file():
        raise SourceError(str(path), "no graph file here; run 'scholargraph build' first or give --graph FILE")
    rdf_format = _RDF_FORMATS.get(path.suffix.lower())
    if rdf_format is None:
        raise SourceError(str(path), f"unknown graph format; use one of {', '.join(sorted(_RDF_FORMATS))}")
    store = Store()
    try:
        quads_format = rdf_format in (RdfFormat.TRIG, RdfFormat.N_QUADS, RdfFormat.JSON_LD)
        store.bulk_load(path=str(path), format=rdf_format, to_graph=None if quads_format else DefaultGraph())
    except SyntaxError as error:
        raise SourceError(str(path), f"not valid {rdf_format.name}: {error}") from None
    return store


def _cell(term: object) -> str:
    if term is None:
        return ""
    if isinstance(term, (NamedNode, Literal)):
        return term.value
    return str(term)


def run_query(store: Store, query: QueryFile, output_format: str = "table") -> str:
    """Run a SELECT query and format its results: table, csv, json (SPARQL 1.1 formats) or md."""
    if output_format not in FORMATS:
        raise QueryError(f"unknown format '{output_format}'; use one of {', '.join(FORMATS)}")
    try:
        solutions = store.query(query.text, use_default_graph_as_union=True)
    except SyntaxError as error:
        raise QueryError(f"{query.path}: {error}") from None
    if not isinstance(solutions, QuerySolutions):
        raise QueryError(f"{query.path}: only SELECT queries can be shown as tables")
    if output_format in ("csv", "json"):
        results_format = QueryResultsFormat.CSV if output_format == "csv" else QueryResultsFormat.JSON
        return bytes(solutions.serialize(format=results_format) or b"").decode("utf-8")
    columns = [variable.value for variable in solutions.variables]
    rows = [[_cell(solution[column]) for column in columns] for solution in solutions]
    return _markdown(columns, rows) if output_format == "md" else _table(columns, rows)


def _table(columns: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(c), *(len(r[i]) for r in rows)]) for i, c in enumerate(columns)]
    lines = ["  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    lines += ["  ".join(v.ljust(w) for v, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.append(f"({len(rows)} row{'s' if len(rows) != 1 else ''})")
    return "\n".join(lines) + "\n"


def _markdown(columns: list[str], rows: list[list[str]]) -> str:
    def escape(value: str) -> str:
        return value.replace("|", "\\|").replace("\n", " ")

    lines = ["| " + " | ".join(columns) + " |", "|" + "|".join("---" for _ in columns) + "|"]
    lines += ["| " + " | ".join(escape(v) for v in row) + " |" for row in rows]
    return "\n".join(lines) + "\n"
