"""The ``scholargraph`` command: a thin layer that parses options, calls the library, prints.

Exit codes, as pySHACL's: 0 done, 1 done but the data has violations, 2 bad input or usage.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import click

from . import __version__
from .errors import ScholargraphError, SourceError

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
@click.option("--allow-violations", is_flag=True, help="Exit 0 even when the input or the graph has violations.")
def build(
    paths: tuple[Path, ...], out: Path | None, project_dir: Path, quiet: bool, verbose: bool, allow_violations: bool
) -> None:
    """Build the graph from the project's sources, and validate it.

    Reads the sources scholargraph.toml lists (default: every readable file under data/),
    or the files and folders given as PATHS, checks the graph against the shapes, and
    writes graph.trig, graph.ttl, graph.jsonld, validation.txt and validation.json into
    build/ (or --out), even when there are violations. Exit code 1 when the input or the
    graph has violations (unless --allow-violations), 2 when the input cannot be read.
    """
    from .model import Origin, Severity
    from .project import Project
    from .project import build as build_graph

    progress = None if quiet else lambda message: click.echo(message, err=True)
    try:
        project = Project.load(project_dir)
        report = build_graph(project, out or project_dir / "build", list(paths) or None, progress)
    except (ScholargraphError, OSError) as error:
        _fail(error)
    validation = report.validation
    for finding in sorted(validation.findings, key=lambda f: (f.origin or Origin("", 0), f.sort_key)):
        if finding.severity is not Severity.INFO or verbose:
            click.echo(str(finding), err=True)
    if not quiet:
        for path in report.written.values():
            click.echo(f"wrote {path}", err=True)
        click.echo(
            f"{report.quads} quads from {len(report.sources)} source(s) in {report.seconds:.2f} s "
            f"(validation {validation.seconds:.2f} s); {validation.summary()}",
            err=True,
        )
        if validation.counts()[Severity.INFO] and not verbose:
            click.echo("(run with -v to see the informational notes)", err=True)
    if not validation.conforms and not allow_violations:
        sys.exit(1)


@main.command()
@click.argument("name", required=False)
@click.option("--format", "output_format", type=click.Choice(["table", "csv", "json", "md"]), default="table", show_default=True)
@click.option(
    "--graph",
    "graph_file",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Graph file [default: PROJECT/build/graph.trig].",
)
@click.option("--list", "list_only", is_flag=True, help="List the shipped queries.")
@project_option
def query(name: str | None, output_format: str, graph_file: Path | None, list_only: bool, project_dir: Path) -> None:
    """Run a query on the last build: a shipped one by NAME, or a FILE.rq.

    Results go to standard output; csv and json are the SPARQL 1.1 results formats.
    """
    from .query import find_query, list_queries, load_graph, run_query

    try:
        if list_only or name is None:
            for item in list_queries():
                click.echo(f"{item.name:<14} {item.title}  [{', '.join(item.columns)}]")
            return
        chosen = find_query(name)
        store = load_graph(graph_file or project_dir / "build" / "graph.trig")
        click.echo(run_query(store, chosen, output_format), nl=False)
    except (ScholargraphError, OSError) as error:
        _fail(error)


@main.command()
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json", "ttl"]), default="text", show_default=True)
@project_option
def validate(path: Path | None, output_format: str, project_dir: Path) -> None:
    """Check a graph against the shapes and report what to fix.

    PATH is a graph file (.trig, .ttl, .nq, .nt, .jsonld) or a project folder; by default
    the current project's build/graph.trig, built first if there is none. The report goes
    to standard output: text grouped by severity, json, or ttl (the SHACL report graph).
    Exit code 0 when the graph conforms (warnings and notes allowed), 1 when it has
    violations, 2 when it cannot be read.
    """
    from .project import Project
    from .project import build as build_graph
    from .validate import load_quads, validate_quads

    target = path or project_dir
    try:
        if not target.exists():
            formats = ".trig, .ttl, .nq, .nt, .jsonld"
            raise SourceError(str(target), f"no such file or folder; give a graph file ({formats}) or a project folder")
        if target.is_dir():
            graph_file = target / "build" / "graph.trig"
            if graph_file.is_file():
                report = validate_quads(load_quads(graph_file))
            else:
                click.echo(f"{graph_file} does not exist yet: building {target} first", err=True)
                report = build_graph(Project.load(target), target / "build").validation
        else:
            report = validate_quads(load_quads(target))
    except (ScholargraphError, OSError) as error:
        _fail(error)
    click.echo(report.render(output_format), nl=False)
    if output_format != "text":
        click.echo(f"The graph {report.summary()}.", err=True)
    sys.exit(0 if report.conforms else 1)
