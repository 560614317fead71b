"""``viz``: the co-authorship network as one offline page, and in the formats network tools read."""

from __future__ import annotations

from pathlib import Path

import click

from .common import PERSON_HELP, graph_file_option, graph_path, main, project_option


@main.command()
@graph_file_option
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="HTML file [default: PROJECT/build/coauthors.html].")
@click.option("--person", metavar="PERSON", help=f"Only this person and their co-authors ({PERSON_HELP}).")
@click.option("--since", type=int, metavar="YEAR", help="Only works from this year on.")
@click.option("--until", type=int, metavar="YEAR", help="Only works up to this year.")
@click.option("--min-weight", type=float, default=0, show_default=True, help="Hide links weaker than this.")
@click.option(
    "--max-authors", type=click.IntRange(min=1), default=100, show_default=True, help="Leave out works with more authors."
)
@click.option(
    "--counting", type=click.Choice(["full", "fractional"]), default="full", show_default=True, help="Link weight per joint work."
)
@click.option("--color", type=click.Choice(["community", "organization"]), default="community", show_default=True)
@click.option("--title", help="Page title [default: 'Co-authors of NAME' or 'Co-authorship network'].")
@click.option(
    "--export",
    "exports",
    multiple=True,
    type=click.Choice(["graphml", "gexf", "vosviewer"]),
    help="Also write the network in this format (repeatable).",
)
@project_option
def viz(
    graph_file: str | None,
    out: Path | None,
    person: str | None,
    since: int | None,
    until: int | None,
    min_weight: float,
    max_authors: int,
    counting: str,
    color: str,
    title: str | None,
    exports: tuple[str, ...],
    project_dir: Path,
) -> None:
    """Draw the co-authorship network as one offline HTML page, and export it.

    Reads the last build (or --graph) and writes build/coauthors.html (or --out);
    each --export goes beside it (coauthors.graphml, coauthors.gexf, coauthors.json).
    """
    from ..network.coauthors import coauthor_network, ego_network, read_records
    from ..network.formats import EXPORT_FORMATS, write_export
    from ..network.page import write_coauthor_page
    from ..query.people import find_person
    from ..stores.oxigraph import OxigraphStore

    store = OxigraphStore()
    store.load(graph_path(project_dir, graph_file))
    centre = find_person(store, person).value if person else None
    network = coauthor_network(
        read_records(store.store),
        since=since,
        until=until,
        max_authors=max_authors,
        min_weight=min_weight,
        counting=counting,  # type: ignore[arg-type]
    )
    if centre:
        network = ego_network(network, centre)
    page = out or project_dir / "build" / "coauthors.html"
    written = [write_coauthor_page(network, page, title, color)]
    written += [write_export(network, f, page.with_suffix(EXPORT_FORMATS[f])) for f in exports]
    links = network.coauthors.number_of_edges()
    for path in written:
        click.echo(f"wrote {path}", err=True)
    click.echo(f"{len(network.people)} people, {links} co-authorship links, {len(network.works)} works", err=True)
