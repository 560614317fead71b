"""``build`` and ``validate``: the graph from the sources, and what in it to fix."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import SourceError
from .common import CommandError, default_graph, main, parse_store, project_option, say

if TYPE_CHECKING:
    from ..pipeline.progress import Meter, Meters
    from ..pipeline.project import BuildReport, Project


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Output folder [default: PROJECT/build].")
@project_option
@click.option("-q", "--quiet", is_flag=True, help="Print only problems that need attention.")
@click.option("-v", "--verbose", is_flag=True, help="Also print informational notes.")
@click.option("--allow-violations", is_flag=True, help="Exit 0 even when the input or the graph has violations.")
@click.option(
    "--store",
    "store_spec",
    metavar="STORE",
    help="Stream the graph into a store (large inputs): oxigraph:PATH, or remote at --endpoint.",
)
@click.option("--endpoint", metavar="URL", help="Stream the graph into a SPARQL server (its query service).")
@click.option("--graph-store", metavar="URL", help="The server's Graph Store Protocol service, for loading.")
@click.option("--update-endpoint", metavar="URL", help="The server's SPARQL Update service [default: --endpoint].")
@click.option("--full", is_flag=True, help="With --store or --endpoint: rebuild every source, not only changed ones.")
def build(
    paths: tuple[Path, ...],
    out: Path | None,
    project_dir: Path,
    quiet: bool,
    verbose: bool,
    allow_violations: bool,
    store_spec: str | None,
    endpoint: str | None,
    graph_store: str | None,
    update_endpoint: str | None,
    full: bool,
) -> None:
    """Build the graph from the project's sources, and validate it.

    Reads the sources scholargraph.toml lists (default: every readable file under data/),
    or the files and folders given as PATHS, checks the graph against the shapes, and
    writes graph.trig, graph.ttl, graph.jsonld, validation.txt, validation.json and
    coauthors.html into build/ (or --out), even when there are violations. A source that
    cannot be read is reported and left out, and the others are built. Exit code 1 when
    the input or the graph has violations (unless --allow-violations) or some source could
    not be read, 2 when no source can be read (the previous build is left as it was).

    With --store oxigraph:PATH or --endpoint URL, the graph is streamed into that store
    instead, in bounded memory whatever the input's size, one named graph per source; a
    rebuild redoes only the sources whose content changed. The records are all checked as
    they are read, and the shapes on every graph in the store whenever a source changed;
    validation.txt and validation.json are written, the graph files are not. Remote credentials come from
    SCHOLARGRAPH_ENDPOINT_USER and SCHOLARGRAPH_ENDPOINT_PASSWORD.
    """
    from ..model.records import Origin, Severity
    from ..pipeline.progress import Meter
    from ..pipeline.project import Project
    from ..pipeline.project import build as build_graph

    report: BuildReport
    progress = None if quiet else say
    meters = Meter if quiet else _meters()
    if (full or graph_store or update_endpoint) and not (store_spec or endpoint):
        raise click.UsageError("--full, --graph-store and --update-endpoint go with --store or --endpoint")
    project = Project.load(project_dir)
    if store_spec or endpoint:
        report = _build_into_store(
            project,
            out or project_dir / "build",
            list(paths) or None,
            progress,
            store_spec,
            endpoint,
            graph_store,
            update_endpoint,
            full,
            meters,
        )
    else:
        report = build_graph(project, out or project_dir / "build", list(paths) or None, progress, meters=meters)
    validation = report.validation
    for finding in sorted(validation.reading + validation.findings, key=lambda f: (f.origin or Origin("", 0), f.sort_key)):
        if finding.severity is not Severity.INFO or verbose:
            say(str(finding))
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
    if report.unreadable:
        names = ", ".join(error.path for error in report.unreadable)
        raise CommandError(f"{len(report.unreadable)} source(s) could not be read and are not in the graph: {names}", 1)
    if not validation.conforms and not allow_violations:
        sys.exit(1)


def _build_into_store(
    project: Project,
    out: Path,
    paths: list[Path] | None,
    progress: Callable[[str], None] | None,
    store_spec: str | None,
    endpoint: str | None,
    graph_store: str | None,
    update_endpoint: str | None,
    full: bool,
    meters: Meters,
) -> BuildReport:
    """``build --store``/``--endpoint``: open the store the options name and stream the project into it."""
    from ..pipeline.project import build_into_store
    from ..stores import GraphStore, open_store

    store: GraphStore
    kind, where = parse_store(store_spec)
    if kind == "oxigraph" and where is not None:
        if endpoint:
            raise click.UsageError("give --store oxigraph:PATH or --endpoint, not both")
        store = open_store("oxigraph", path=where)
    elif kind in (None, "remote") and endpoint:
        store = open_store("remote", endpoint=endpoint, update_endpoint=update_endpoint, graph_store=graph_store)
    else:
        where_to = "oxigraph:PATH (a folder) or remote (at --endpoint URL)"
        raise click.BadParameter(f"a build streams into {where_to}, not {store_spec!r}", param_hint="--store")
    with store:
        report = build_into_store(project, store, out, paths, progress, full=full, meters=meters)
    if progress is not None:
        progress(
            f"{len(report.rebuilt)} source(s) rebuilt, {len(report.unchanged)} unchanged, "
            f"{len(report.dropped)} dropped; {report.records} records"
            + (f"; {report.unlisted_problems} more problems not listed" if report.unlisted_problems else "")
        )
    return report


def _meters() -> Meters:
    """Meters on standard error (a bar on a terminal, a line every few seconds elsewhere), their labels made safe."""
    from ..pipeline.progress import meters
    from ..publish.safetext import terminal_text

    made = meters(sys.stderr)

    def meter(label: str, total: int) -> Meter:
        return made(terminal_text(label), total)

    return meter


@main.command()
@click.argument("path", required=False, type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json", "ttl"]), default="text", show_default=True)
@click.option(
    "--engine",
    type=click.Choice(["oxigraph", "pyshacl"]),
    default="oxigraph",
    show_default=True,
    help="oxigraph: the shapes compiled to SPARQL (fast); pyshacl: the reference implementation (slow).",
)
@click.option("--store", "store_spec", metavar="STORE", help="Check a store in place: oxigraph:PATH (a folder).")
@click.option("--endpoint", metavar="URL", help="Check the graphs of a SPARQL server in place (its query service).")
@project_option
def validate(
    path: Path | None, output_format: str, engine: str, store_spec: str | None, endpoint: str | None, project_dir: Path
) -> None:
    """Check a graph against the shapes and report what to fix.

    PATH is a graph file (.trig, .ttl, .nq, .nt, .jsonld) or a project folder; by default
    the current project's build/graph.trig, built first if there is none. With --store
    oxigraph:PATH or --endpoint URL, the store's graphs are checked where they are. The
    report goes to standard output: text grouped by severity, json, or ttl (the SHACL
    report graph). Exit code 0 when the graph conforms (warnings and notes allowed), 1 when
    it has violations, 2 when it cannot be read.
    """
    from dataclasses import replace

    from ..pipeline.progress import stepper
    from ..pipeline.project import Project
    from ..pipeline.project import build as build_graph
    from ..stores import open_store
    from ..validate.engine import validate_file, validate_store

    if store_spec or endpoint:
        if path is not None:
            raise click.UsageError("give a graph file or --store/--endpoint, not both")
        kind, where = parse_store(store_spec)
        if kind == "oxigraph" and where is not None and not endpoint:
            if not where.is_dir():
                raise SourceError(str(where), "no Oxigraph store here; give the folder a build --store wrote")
            store = open_store("oxigraph", path=where)
        elif kind in (None, "remote") and endpoint:
            store = open_store("remote", endpoint=endpoint)
        else:
            raise click.BadParameter(f"check oxigraph:PATH (a folder) or a server at --endpoint URL, not {store_spec!r}")
        with store:
            report = validate_store(store, engine=engine, step=stepper(lambda line: click.echo(line, err=True), "validating"))
    else:
        target = path or project_dir
        if not target.exists():
            formats = ".trig, .ttl, .nq, .nt, .jsonld"
            raise SourceError(str(target), f"no such file or folder; give a graph file ({formats}) or a project folder")
        graph_file = default_graph(target) if target.is_dir() else target
        if graph_file.is_file():
            report = validate_file(graph_file, engine=engine)
        else:
            click.echo(f"{graph_file} does not exist yet: building {target} first", err=True)
            built = build_graph(Project.load(target), target / "build").validation
            report = replace(built, sources=[], reading=[])  # the graph's part, as for a file
    click.echo(report.render(output_format), nl=False)
    if output_format != "text":
        click.echo(f"The graph {report.summary()}.", err=True)
    sys.exit(0 if report.conforms else 1)
