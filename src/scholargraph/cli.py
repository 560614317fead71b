"""The ``scholargraph`` command: a thin layer that parses options, calls the library, prints.

Exit codes, as pySHACL's: 0 done, 1 done but the data has violations, 2 bad input or usage.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from . import __version__
from .errors import ScholargraphError

project_option = click.option(
    "-C",
    "--project",
    "project_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Project folder (holding scholargraph.toml and data/).",
)


def _fail(error: Exception) -> NoReturn:
    click.secho(f"error: {error}", fg="red", err=True)
    sys.exit(2)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="scholargraph")
def main() -> None:
    """Turn homepages and other academic records into a knowledge graph."""


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Output folder [default: PROJECT/build].")
@project_option
@click.option("-q", "--quiet", is_flag=True, help="Print only problems that need attention.")
@click.option("-v", "--verbose", is_flag=True, help="Also print informational notes.")
def build(paths: tuple[Path, ...], out: Path | None, project_dir: Path, quiet: bool, verbose: bool) -> None:
    """Build the graph from the project's sources.

    Reads the sources scholargraph.toml lists (default: every readable file under data/),
    or the files and folders given as PATHS, and writes graph.trig, graph.ttl and
    graph.jsonld into build/ (or --out). Exit code 1 when the input has violations,
    2 when it cannot be read.
    """
    from .model import Severity
    from .project import Project
    from .project import build as build_graph

    progress = None if quiet else lambda message: click.echo(message, err=True)
    try:
        project = Project.load(project_dir)
        report = build_graph(project, out or project_dir / "build", list(paths) or None, progress)
    except (ScholargraphError, OSError) as error:
        _fail(error)
    counts = {severity: 0 for severity in Severity}
    for problem in report.problems:
        counts[problem.severity] += 1
        if problem.severity is not Severity.INFO or verbose:
            click.echo(str(problem), err=True)
    if not quiet:
        for path in report.written.values():
            click.echo(f"wrote {path}", err=True)
        summary = ", ".join(f"{n} {s.value}{'s' if n != 1 else ''}" for s, n in counts.items())
        click.echo(f"{report.quads} quads from {len(report.sources)} source(s) in {report.seconds:.2f} s; {summary}", err=True)
        if counts[Severity.INFO] and not verbose:
            click.echo("(run with -v to see the informational notes)", err=True)
    if counts[Severity.VIOLATION]:
        sys.exit(1)


def _param(values: tuple[str, ...]) -> dict[str, str]:
    params = {}
    for value in values:
        name, equals, given = value.partition("=")
        if not equals or not name.strip():
            raise click.BadParameter(f"write --param NAME=VALUE, not {value!r}", param_hint="--param")
        params[name.strip()] = given
    return params


@main.command()
@click.argument("name", required=False)
@click.option("-p", "--param", "param_values", multiple=True, metavar="NAME=VALUE", help="A query parameter (repeatable).")
@click.option("--format", "output_format", type=click.Choice(["table", "csv", "json", "md"]), default="table", show_default=True)
@click.option(
    "--graph",
    "graph_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Graph file [default: PROJECT/build/graph.trig].",
)
@click.option("--store", "store_kind", type=click.Choice(["oxigraph", "memory", "remote"]), default="oxigraph", show_default=True)
@click.option("--db", type=click.Path(file_okay=False, path_type=Path), help="Folder of a persistent Oxigraph store.")
@click.option("--endpoint", metavar="URL", help="SPARQL query service of the remote store.")
@click.option("--graph-store", metavar="URL", help="Graph Store Protocol service of the remote store, for --load.")
@click.option("--load", "load_graph_file", is_flag=True, help="Load the graph file into --db or the remote store first.")
@click.option("--list", "list_only", is_flag=True, help="List the shipped queries and their parameters.")
@project_option
def query(
    name: str | None,
    param_values: tuple[str, ...],
    output_format: str,
    graph_file: Path | None,
    store_kind: str,
    db: Path | None,
    endpoint: str | None,
    graph_store: str | None,
    load_graph_file: bool,
    list_only: bool,
    project_dir: Path,
) -> None:
    """Run a query: a shipped one by NAME, or a FILE.rq, with --param NAME=VALUE for its parameters.

    The graph file is loaded into an in-memory Oxigraph store or rdflib (--store memory)
    for each run. A persistent store (--db FOLDER, or --store remote --endpoint URL) is
    queried as it is, and loaded from the graph file with --load (an empty --db is loaded
    by itself). Remote credentials come from SCHOLARGRAPH_ENDPOINT_USER and
    SCHOLARGRAPH_ENDPOINT_PASSWORD. Results go to standard output; csv and json are the
    SPARQL 1.1 results formats.
    """
    from .query import find_query, format_rows, list_queries, run_query
    from .stores import open_store

    try:
        if list_only or name is None:
            for item in list_queries():
                params = ", ".join(str(p) for p in item.parameters)
                click.echo(f"{item.name:<26} {item.title}" + (f"  [{params}]" if params else ""))
            return
        chosen = find_query(name)
        graph = graph_file or project_dir / "build" / "graph.trig"
        with open_store(store_kind, path=db, endpoint=endpoint, graph_store=graph_store) as store:
            kept = store_kind == "remote" or (store_kind == "oxigraph" and db is not None)  # outlives this run
            if load_graph_file or not kept or (store_kind == "oxigraph" and store.is_empty()):
                store.load(graph)
            click.echo(format_rows(run_query(chosen, _param(param_values), store), output_format), nl=False)
    except (ScholargraphError, OSError) as error:
        _fail(error)
