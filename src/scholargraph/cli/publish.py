"""``export``, ``site`` and ``serve``: the graph as linked data, in files, pages and a SPARQL endpoint."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from ..errors import SourceError
from .common import PERSON_HELP, CommandError, deprecated, deprecated_option, graph_file_option, graph_path, main, project_option


@main.command()
@click.option(
    "-f",
    "--format",
    "format_name",
    type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld", "rdfxml"]),
    default="ttl",
    show_default=True,
)
@click.option("--source", metavar="SOURCE", help="Only one source's graph (its path, e.g. data/pubs.bib, or graph IRI).")
@click.option("--void", "void", is_flag=True, help="Write the VoID description of the dataset instead of the data.")
@click.option("--schema-org", is_flag=True, help="Write schema.org JSON-LD for people and works (for a homepage).")
@click.option("--person", metavar="PERSON", help=f"With --schema-org: only this person ({PERSON_HELP}) and their works.")
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path), help="File to write [default: standard output].")
@graph_file_option
@deprecated_option("--from", "old_graph_file", metavar="FILE", type=click.Path(dir_okay=False), instead="--graph FILE")
@project_option
def export(
    format_name: str,
    source: str | None,
    void: bool,
    schema_org: bool,
    person: str | None,
    out: Path | None,
    graph_file: str | None,
    old_graph_file: str | None,
    project_dir: Path,
) -> None:
    """Write the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML; or its VoID; or schema.org markup.

    Reads the last build (or --graph FILE). Triple formats hold the union of all graphs,
    quad formats (nq, trig, jsonld) one named graph per source. Output is deterministic.
    """
    from ..pipeline.project import Project
    from ..publish.dump import export_bytes, graph_of_source
    from ..publish.entities import GraphIndex
    from ..publish.schemaorg import schema_org_document
    from ..publish.void import void_triples
    from ..query.people import find_person
    from ..rdf.files import write_atomically
    from ..rdf.jsonld import dumps
    from ..rdf.vocab import Minter
    from ..stores import read_quads
    from ..stores.oxigraph import OxigraphStore

    if graph_file is not None and (old_graph_file is not None or not _names_a_graph_file(graph_file)):
        deprecated("export --graph SOURCE", "--source SOURCE")
        source, graph_file = source or graph_file, None
    project = Project.load(project_dir)
    graph = graph_path(project_dir, graph_file or old_graph_file)
    if not graph.is_file():
        raise SourceError(str(graph), "no graph file here; run 'scholargraph build' first or give --graph FILE")
    quads = read_quads(graph)
    if source:
        quads = graph_of_source(quads, source)
    if schema_org:
        chosen = None
        if person:
            store = OxigraphStore()
            store.add_quads(quads)
            chosen = find_person(store, person)
        content = dumps(schema_org_document(GraphIndex(quads), chosen))
    elif void:
        content = export_bytes(void_triples(quads, Minter(project.base), project.publish), format_name)
    else:
        content = export_bytes(quads, format_name)
    if out is None:
        sys.stdout.buffer.write(content)
    else:
        write_atomically({out: content})
        click.echo(f"wrote {out}", err=True)


def _names_a_graph_file(value: str) -> bool:
    """Whether ``export --graph VALUE`` is a graph file (the new spelling) rather than a source (the old one):
    a graph file that is there, or a missing one in a quad format, which no source is written in."""
    from ..stores import graph_format

    try:
        graph_format(Path(value))
    except SourceError:
        return "://" not in value and Path(value).suffix.lower() in (".trig", ".nq", ".jsonld")
    return True


@main.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Site folder [default: PROJECT/build/site].")
@graph_file_option
@project_option
def site(out: Path | None, graph_file: str | None, project_dir: Path) -> None:
    """Write the linked-data site: an index and documents for every IRI the graph mints under the base.

    Each IRI under the base IRI of scholargraph.toml gets .html, .ttl, .jsonld, .nt and
    .rdf at its path; the folder also holds the dumps, void.ttl, and .htaccess and
    nginx-*.conf that answer the IRIs with a 303 to the representation Accept asks for.
    With [publish] site = true in scholargraph.toml, build writes it too. A build writing
    into the same folder is waited for, never interleaved with.
    """
    from ..pipeline.progress import stepper
    from ..pipeline.project import Project
    from ..publish.site import write_site
    from ..rdf.files import locked
    from ..rdf.vocab import Minter
    from ..stores import read_quads

    folder = out or project_dir / "build" / "site"
    project = Project.load(project_dir)
    quads = read_quads(graph_path(project_dir, graph_file))
    build = project_dir / "build"
    guard = build if folder.resolve().is_relative_to(build.resolve()) else folder  # the lock a build into build/ holds
    guard.mkdir(parents=True, exist_ok=True)
    with locked(guard, lambda message: click.echo(message, err=True)):
        step = stepper(lambda line: click.echo(line, err=True), "rendering", "pages")
        files = write_site(quads, Minter(project.base), project.publish, folder, step)
    pages = sum(1 for path in files if path.endswith(".html")) - 1
    click.echo(f"wrote {folder}: {pages} pages, {len(files)} files", err=True)


@main.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True, help="Seconds a query may run.")
@click.option("--max-result-bytes", type=click.IntRange(min=1), default=50_000_000, show_default=True, help="Largest result.")
@click.option(
    "--workers",
    type=click.IntRange(min=1),
    default=2,
    show_default=True,
    help="Queries run at once (each worker holds the graph), so one long query does not hold up the others.",
)
@click.option(
    "--max-query-memory",
    type=click.IntRange(min=16),
    default=2048,
    show_default=True,
    help="MiB a query worker may use beyond the graph; a query wanting more is stopped.",
)
@click.option("--allow-service", "allowed_hosts", multiple=True, metavar="HOST", help="Let SERVICE query this host (repeatable).")
@graph_file_option
@project_option
def serve(
    port: int,
    host: str,
    timeout: float,
    max_result_bytes: int,
    workers: int,
    max_query_memory: int,
    allowed_hosts: tuple[str, ...],
    graph_file: str | None,
    project_dir: Path,
) -> None:
    """Serve the graph: a read-only SPARQL 1.1 endpoint at /sparql and the linked-data pages.

    Every IRI under the base answers 303 to its .html, .ttl, .jsonld, .nt or .rdf by
    Accept, each rendered when first asked for; /sparql without a query is a query page
    that works offline. A query running longer than --timeout, or wanting more memory than
    --max-query-memory, is stopped; updates and SERVICE to other hosts are refused. Stop with Ctrl-C.
    """
    from ..pipeline.project import Project
    from ..publish.server import start
    from ..publish.site import SiteDocuments
    from ..rdf.vocab import Minter
    from ..stores import read_quads

    graph = graph_path(project_dir, graph_file)
    project = Project.load(project_dir)
    try:
        server = start(
            graph,
            SiteDocuments(read_quads(graph), Minter(project.base), project.publish),
            host=host,
            port=port,
            workers=workers,
            timeout=timeout,
            max_bytes=max_result_bytes,
            allowed_hosts=allowed_hosts,
            max_memory=max_query_memory << 20,
        )
    except RuntimeError as error:  # the server could not start
        raise CommandError(str(error)) from error
    import signal

    signal.signal(signal.SIGTERM, lambda number, frame: sys.exit(0))  # stop as on Ctrl-C: workers closed, port freed
    click.echo(f"serving {graph} at {server.url} (SPARQL at {server.url}sparql); Ctrl-C stops", err=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()
        server.pool.close()
