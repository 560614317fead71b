"""``query`` and ``dedupe``: questions asked of the graph, and names that may be one person."""

from __future__ import annotations

from pathlib import Path

import click

from ..publish.safetext import terminal_text
from .common import STORE_HELP, deprecated_option, graph_file_option, graph_path, main, parse_store, project_option


def _param(values: tuple[str, ...]) -> dict[str, str]:
    """``--param NAME=VALUE`` values by name, each given once."""
    params = {}
    for value in values:
        name, equals, given = value.partition("=")
        if not equals or not name.strip():
            raise click.BadParameter(f"write --param NAME=VALUE, not {value!r}", param_hint="--param")
        if name.strip() in params:
            raise click.BadParameter(f"parameter '{name.strip()}' is given twice; give each parameter once", param_hint="--param")
        params[name.strip()] = given
    return params


@main.command()
@click.argument("name", required=False)
@click.option("-p", "--param", "param_values", multiple=True, metavar="NAME=VALUE", help="A query parameter (repeatable).")
@click.option("--format", "output_format", type=click.Choice(["table", "csv", "json", "md"]), default="table", show_default=True)
@graph_file_option
@click.option("--store", "store_spec", metavar="STORE", help=f"Store to query: {STORE_HELP} [default: oxigraph].")
@click.option("--endpoint", metavar="URL", help="SPARQL query service of the remote store (--store remote).")
@click.option("--graph-store", metavar="URL", help="Graph Store Protocol service of the remote store, for --load.")
@click.option("--load", "load_graph_file", is_flag=True, help="Load the graph file into a kept or remote store first.")
@click.option("--list", "list_only", is_flag=True, help="List the shipped queries and their parameters.")
@click.option("--allow-service", "allowed_hosts", multiple=True, metavar="HOST", help="Let SERVICE query this host (repeatable).")
@deprecated_option("--db", type=click.Path(file_okay=False, path_type=Path), instead="--store oxigraph:PATH")
@project_option
def query(
    name: str | None,
    param_values: tuple[str, ...],
    output_format: str,
    graph_file: str | None,
    store_spec: str | None,
    endpoint: str | None,
    graph_store: str | None,
    load_graph_file: bool,
    list_only: bool,
    allowed_hosts: tuple[str, ...],
    db: Path | None,
    project_dir: Path,
) -> None:
    """Run a query: a shipped one by NAME, or a FILE.rq, with --param NAME=VALUE for its parameters.

    The graph file is loaded into an in-memory Oxigraph store or rdflib (--store memory)
    for each run. A kept store (--store oxigraph:FOLDER, or --endpoint URL for a remote one)
    is queried as it is, and loaded from the graph file with --load (an empty folder is
    loaded by itself). A person parameter takes a name, part of one, an IRI, an ORCID iD or
    a dblp pid, as --person does elsewhere. Remote credentials come from SCHOLARGRAPH_ENDPOINT_USER and
    SCHOLARGRAPH_ENDPOINT_PASSWORD. Results go to standard output; csv and json are the
    SPARQL 1.1 results formats. A query makes no request to another host (SERVICE) unless
    --allow-service names it, and an update is refused.
    """
    from ..query.library import find_query, format_rows, list_queries, run_query
    from ..stores import open_store

    if list_only or name is None:
        for item in list_queries():
            params = ", ".join(str(p) for p in item.parameters)
            click.echo(f"{item.name:<26} {item.title}" + (f"  [{params}]" if params else ""))
        return
    kind, folder = parse_store(store_spec)
    if db is not None:
        if kind not in (None, "oxigraph") or folder is not None:
            raise click.UsageError("--db FOLDER is --store oxigraph:FOLDER; give one store")
        kind, folder = "oxigraph", db
    if endpoint and kind not in (None, "remote"):
        raise click.UsageError(f"--endpoint names a remote store, not --store {store_spec}")
    kind = kind or ("remote" if endpoint else "oxigraph")
    chosen, values = find_query(name), _param(param_values)
    with open_store(kind, path=folder, endpoint=endpoint, graph_store=graph_store) as store:
        kept = kind == "remote" or folder is not None  # outlives this run
        if load_graph_file or not kept or (kind == "oxigraph" and store.is_empty()):
            store.load(graph_path(project_dir, graph_file))
        click.echo(format_rows(run_query(chosen, values, store, allowed_hosts), output_format), nl=False)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@project_option
def dedupe(paths: tuple[Path, ...], output_format: str, project_dir: Path) -> None:
    """List names that may be one person, with the evidence and the line that settles each.

    Reads the project's sources (or PATHS) as build does, after the hints in
    scholargraph.toml are applied. Add the line under [identity.aliases] to make the two
    names one person, or under [identity.distinct] to keep them apart; either way the pair
    leaves this list. A name with less written (a family name cut to its initial, a given
    name left out) that a supervision ties to the other at a shared organization is merged,
    and listed as merged with the [identity.distinct] line that undoes it. Exit code 0
    whether or not pairs are listed, 2 when input cannot be read.
    """
    import json

    from ..pipeline.project import Project, resolve_identities

    resolution = resolve_identities(Project.load(project_dir), list(paths) or None)
    if output_format == "json":
        click.echo(json.dumps([candidate.as_dict() for candidate in resolution.candidates], indent=2, ensure_ascii=False))
        return
    for candidate in resolution.candidates:
        joined = "  =  one person, merged on these ties" if candidate.merged else ""
        click.echo(terminal_text(f"{candidate.first.name}  ~  {candidate.second.name}: {candidate.reason}{joined}"))
        for spelling in (candidate.first, candidate.second):
            click.echo(terminal_text(f"  {spelling.name} written at {spelling.written_at()}"))
        for line in candidate.evidence():
            click.echo(terminal_text(f"  {line}"))
        if not candidate.merged:
            click.echo(f"  one person:  [identity.aliases]  {candidate.merge_line}")
        click.echo(f"  two people:  [identity.distinct] {candidate.distinct_line}")
        click.echo("")
    merged = sum(candidate.merged for candidate in resolution.candidates)
    settle = len(resolution.candidates) - merged
    click.echo(f"{settle} pair(s) to settle in scholargraph.toml; {merged} merged on ties (undo with the line given)", err=True)
