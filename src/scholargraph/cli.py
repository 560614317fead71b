"""The ``scholargraph`` command: a thin layer that parses options, calls the library, prints.

Exit codes, as pySHACL's: 0 done, 1 done but the data has violations (or, for a build, some
source could not be read and the graph is built without it), 2 bad input or usage (for a
build: no source could be read, or scholargraph.toml is wrong; nothing is written).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

import click

from . import __version__
from .errors import ScholargraphError, SourceError
from .publish.safetext import terminal_text

if TYPE_CHECKING:
    from .fetch.homepage import SavedPage
    from .fetch.records import Fetcher
    from .model.records import Record
    from .pipeline.project import Project
    from .pipeline.storebuild import StoreBuild

project_option = click.option(
    "-C",
    "--project",
    "project_dir",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Project folder (holding scholargraph.toml and data/).",
)


def graph_file_option(flag: str = "--graph") -> Callable[[Callable[..., None]], Callable[..., None]]:
    """The option naming a graph file to read instead of the last build's (``--graph``; ``export`` calls it ``--from``)."""
    return click.option(
        flag,
        "graph_file",
        type=click.Path(dir_okay=False, path_type=Path),
        help="Graph file to read [default: PROJECT/build/graph.trig].",
    )


def _say(message: str, fg: str | None = None) -> None:
    """Print a message to standard error; the data in it (titles, names, paths) cannot drive the terminal."""
    click.secho(terminal_text(message), fg=fg, err=True)


def _fail(error: Exception) -> NoReturn:
    _say(f"error: {error}", fg="red")
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
@click.option("--store", "store_spec", metavar="oxigraph:PATH", help="Stream the graph into an Oxigraph store (large inputs).")
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
    they are read, the shapes on the first records of each rebuilt source; validation.txt
    and validation.json are written, the graph files are not. Remote credentials come from
    SCHOLARGRAPH_ENDPOINT_USER and SCHOLARGRAPH_ENDPOINT_PASSWORD.
    """
    from .model.records import Origin, Severity
    from .pipeline.project import BuildReport, Project
    from .pipeline.project import build as build_graph

    report: BuildReport
    progress = None if quiet else _say
    try:
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
            )
        else:
            report = build_graph(project, out or project_dir / "build", list(paths) or None, progress)
    except (ScholargraphError, OSError) as error:
        _fail(error)
    validation = report.validation
    for finding in sorted(validation.reading + validation.findings, key=lambda f: (f.origin or Origin("", 0), f.sort_key)):
        if finding.severity is not Severity.INFO or verbose:
            _say(str(finding))
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
        _say(f"{len(report.unreadable)} source(s) could not be read and are not in the graph: {names}", fg="red")
        sys.exit(1)
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
) -> StoreBuild:
    """``build --store``/``--endpoint``: open the store the options name and stream the project into it."""
    from .pipeline.storebuild import build_into_store
    from .stores import GraphStore

    store: GraphStore
    if store_spec and endpoint:
        raise click.UsageError("give --store or --endpoint, not both")
    if store_spec:
        kind, _, where = store_spec.partition(":")
        if kind != "oxigraph" or not where:
            raise click.BadParameter(f"write oxigraph:PATH (a folder), not {store_spec!r}", param_hint="--store")
        from .stores.oxigraph import OxigraphStore

        store = OxigraphStore(Path(where))
    else:
        from .stores.remote import RemoteStore

        store = RemoteStore(endpoint or "", update_endpoint=update_endpoint, graph_store=graph_store)
    with store:
        report = build_into_store(project, store, out, paths, progress, full=full)
    if progress is not None:
        progress(
            f"{len(report.rebuilt)} source(s) rebuilt, {len(report.unchanged)} unchanged, "
            f"{len(report.dropped)} dropped; {report.records} records"
            + (f"; {report.unlisted_problems} more problems not listed" if report.unlisted_problems else "")
        )
    return report


def _param(values: tuple[str, ...]) -> dict[str, str]:
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
@graph_file_option()
@click.option("--store", "store_kind", type=click.Choice(["oxigraph", "memory", "remote"]), default="oxigraph", show_default=True)
@click.option("--db", type=click.Path(file_okay=False, path_type=Path), help="Folder of a persistent Oxigraph store.")
@click.option("--endpoint", metavar="URL", help="SPARQL query service of the remote store.")
@click.option("--graph-store", metavar="URL", help="Graph Store Protocol service of the remote store, for --load.")
@click.option("--load", "load_graph_file", is_flag=True, help="Load the graph file into --db or the remote store first.")
@click.option("--list", "list_only", is_flag=True, help="List the shipped queries and their parameters.")
@click.option("--allow-service", "allowed_hosts", multiple=True, metavar="HOST", help="Let SERVICE query this host (repeatable).")
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
    allowed_hosts: tuple[str, ...],
    project_dir: Path,
) -> None:
    """Run a query: a shipped one by NAME, or a FILE.rq, with --param NAME=VALUE for its parameters.

    The graph file is loaded into an in-memory Oxigraph store or rdflib (--store memory)
    for each run. A persistent store (--db FOLDER, or --store remote --endpoint URL) is
    queried as it is, and loaded from the graph file with --load (an empty --db is loaded
    by itself). Remote credentials come from SCHOLARGRAPH_ENDPOINT_USER and
    SCHOLARGRAPH_ENDPOINT_PASSWORD. Results go to standard output; csv and json are the
    SPARQL 1.1 results formats. A query makes no request to another host (SERVICE) unless
    --allow-service names it, and an update is refused.
    """
    from .query.library import find_query, format_rows, list_queries, run_query
    from .stores import open_store

    try:
        if list_only or name is None:
            for item in list_queries():
                params = ", ".join(str(p) for p in item.parameters)
                click.echo(f"{item.name:<26} {item.title}" + (f"  [{params}]" if params else ""))
            return
        chosen, values = find_query(name), _param(param_values)
        graph = graph_file or project_dir / "build" / "graph.trig"
        with open_store(store_kind, path=db, endpoint=endpoint, graph_store=graph_store) as store:
            kept = store_kind == "remote" or (store_kind == "oxigraph" and db is not None)  # outlives this run
            if load_graph_file or not kept or (store_kind == "oxigraph" and store.is_empty()):
                store.load(graph)
            click.echo(format_rows(run_query(chosen, values, store, allowed_hosts), output_format), nl=False)
    except (ScholargraphError, OSError) as error:
        _fail(error)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("--format", "output_format", type=click.Choice(["text", "json"]), default="text", show_default=True)
@project_option
def dedupe(paths: tuple[Path, ...], output_format: str, project_dir: Path) -> None:
    """List names that may be one person, with the evidence and the line that settles each.

    Reads the project's sources (or PATHS) as build does, after the hints in
    scholargraph.toml are applied. Add the line under [identity.aliases] to make the two
    names one person, or under [identity.distinct] to keep them apart; either way the pair
    leaves this list. Exit code 0 whether or not pairs are listed, 2 when input cannot be read.
    """
    import json

    from .pipeline.project import Project, resolve_identities

    try:
        resolution = resolve_identities(Project.load(project_dir), list(paths) or None)
    except (ScholargraphError, OSError) as error:
        _fail(error)
    if output_format == "json":
        click.echo(json.dumps([candidate.as_dict() for candidate in resolution.candidates], indent=2, ensure_ascii=False))
        return
    for candidate in resolution.candidates:
        click.echo(terminal_text(f"{candidate.first.name}  ~  {candidate.second.name}: {candidate.reason}"))
        for spelling in (candidate.first, candidate.second):
            click.echo(terminal_text(f"  {spelling.name} written at {spelling.written_at()}"))
        for line in candidate.evidence():
            click.echo(terminal_text(f"  {line}"))
        click.echo(f"  one person:  [identity.aliases]  {candidate.merge_line}")
        click.echo(f"  two people:  [identity.distinct] {candidate.distinct_line}")
        click.echo("")
    click.echo(f"{len(resolution.candidates)} pair(s) to settle in scholargraph.toml", err=True)


@main.command()
@click.argument("registry", type=click.Choice(["orcid", "dblp", "openalex", "homepage", "mgp"]))
@click.argument("identifier")
@click.option(
    "--out",
    type=click.Path(path_type=Path),
    help="File or folder to write (homepage: folder for HOST/; mgp: for ID.html, PROJECT/data/mgp/) [default: PROJECT/data/].",
)
@click.option("--refresh", is_flag=True, help="Fetch again even when the cache has an answer.")
@click.option("--mailto", envvar="SCHOLARGRAPH_MAILTO", help="Your e-mail, for OpenAlex's polite pool [env SCHOLARGRAPH_MAILTO].")
@click.option(
    "--cache",
    "cache_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="Cache folder [default: ~/.cache/scholargraph/http].",
)
@click.option(
    "--max-pages", type=click.IntRange(min=1), help="homepage, mgp: save at most this many pages [default: 20; mgp: no limit]."
)
@click.option("--depth", type=click.IntRange(min=0), help="homepage: follow links this far from the start page [default: 2].")
@click.option("--all", "every_page", is_flag=True, help="homepage: save every HTML page of the site, not only sections.")
@click.option("--delay", type=click.FloatRange(min=0), help="homepage, mgp: seconds between two requests [default: 1].")
@click.option("--ancestors", type=click.IntRange(min=0), help="mgp: also save the advisors' records, this far up.")
@click.option("--descendants", type=click.IntRange(min=0), help="mgp: also save the students' records, this far down.")
@project_option
def fetch(
    registry: str,
    identifier: str,
    out: Path | None,
    refresh: bool,
    mailto: str | None,
    cache_dir: Path | None,
    max_pages: int | None,
    depth: int | None,
    every_page: bool,
    delay: float | None,
    ancestors: int | None,
    descendants: int | None,
    project_dir: Path,
) -> None:
    """Fetch a person's record from ORCID (iD), dblp (pid) or OpenAlex (author id) into a source file,
    or save a homepage (URL) and the pages of its site it links.

    Writes data/orcid-ID.json, data/dblp-PID.xml or data/openalex-ID.jsonl (or --out), which
    the next build reads. Answers are cached; the message says how old a cached one is.

    A homepage is saved as data/HOST/PATH (index.html for a folder), with data/HOST/SOURCE.md
    listing each page's URL and the day it was fetched. Only pages on the start page's host and
    under its folder are fetched (https://host/~user/ keeps to /~user/), robots.txt permitting,
    breadth-first. Beside the start page it saves those whose link text or path names a
    section: publications, papers, research, people, group, team, members, students, alumni,
    lab, CV, talks, teaching, service, awards (and common German, French, Spanish, Italian,
    Chinese and Japanese names); --all saves every HTML page within the limits.

    A Mathematics Genealogy Project record (its id) is saved as data/mgp/ID.html; --ancestors N
    and --descendants N also save the records of its advisors or students, N generations far.
    """
    from .fetch.records import FETCHERS, Fetcher, default_cache, write_source
    from .sources import read_source

    crawl_options = {
        "--max-pages": (max_pages, ("homepage", "mgp")),
        "--depth": (depth, ("homepage",)),
        "--all": (every_page or None, ("homepage",)),
        "--delay": (delay, ("homepage", "mgp")),
        "--ancestors": (ancestors, ("mgp",)),
        "--descendants": (descendants, ("mgp",)),
    }
    for name, (value, registries) in crawl_options.items():
        if value is not None and registry not in registries:
            raise click.UsageError(f"{name}: only for {' and '.join(f'fetch {r}' for r in registries)}")
    fetcher = Fetcher(
        cache=cache_dir or default_cache(),
        refresh=refresh,
        report=lambda note: click.echo(note, err=True),
        pause=(1.0 if delay is None else delay) if registry in ("homepage", "mgp") else 0.0,
    )
    if registry == "mgp":
        _fetch_mgp(fetcher, identifier, out or project_dir / "data" / "mgp", ancestors or 0, descendants or 0, max_pages)
        return
    if registry == "homepage":
        depth = 2 if depth is None else depth
        _fetch_homepage(fetcher, identifier, out or project_dir / "data", max_pages or 20, depth, every_page)
        return
    try:
        extra = {"mailto": mailto} if registry == "openalex" else {}
        fetched = FETCHERS[registry](fetcher, identifier, **extra)
        path = write_source(fetched, out or project_dir / "data")
        result = read_source(path, kind=fetched.kind)
    except (ScholargraphError, OSError) as error:
        _fail(error)
    click.echo(f"wrote {path}: {_record_counts(result.records)}", err=True)


def _fetch_mgp(fetcher: Fetcher, identifier: str, out: Path, ancestors: int, descendants: int, max_pages: int | None) -> None:
    """Save an MGP record page and those of its family to the depths asked, saying what each holds."""
    from .fetch.mgp import fetch_mgp
    from .sources.mgp import MgpRecord

    def saved(record: MgpRecord, path: Path) -> None:
        advisors = sum(len(degree.advisors) for degree in record.degrees)
        click.echo(f"saved {record.name} (MGP {record.id}: {advisors} advisor(s), {len(record.students)} student(s)) → {path}")

    try:
        walk = fetch_mgp(
            fetcher, identifier, out, ancestors=ancestors, descendants=descendants, max_pages=max_pages, on_saved=saved
        )
    except (ScholargraphError, OSError) as error:
        _fail(error)
    skipped = f"; {len(walk.skipped)} skipped" if walk.skipped else ""
    click.echo(f"saved {len(walk.saved)} MGP record page(s) in {out}{skipped}", err=True)


def _fetch_homepage(fetcher: Fetcher, url: str, out: Path, max_pages: int, depth: int, every_page: bool) -> None:
    """Save the homepage and its section pages, then say what the build will read in them."""
    from .fetch.homepage import fetch_homepage
    from .identity.aliases import organizations, venues
    from .sources.homepage.html import read_html_pages

    def saved(page: SavedPage) -> None:
        click.echo(f"saved {page.url} → {page.path}")

    try:
        crawl = fetch_homepage(fetcher, url, out, max_pages=max_pages, depth=depth, every_page=every_page, on_saved=saved)
    except (ScholargraphError, OSError) as error:
        _fail(error)
    click.echo(crawl.summary(), err=True)
    try:
        result, reports = read_html_pages([(page.path, str(page.path)) for page in crawl.saved], venues(), organizations())
    except (ScholargraphError, OSError) as error:
        click.secho(f"warning: the pages are saved, but the homepage reader cannot read them: {error}", fg="yellow", err=True)
        return
    click.echo(f"read {crawl.folder}: {_record_counts(result.records)}", err=True)
    for report in reports:
        if not any(section.records for section in report.sections):
            advice = f"run 'scholargraph inspect {report.path}' to see what it holds, or leave it out of 'sources'"
            click.secho(f"warning: {report.path}: no publications or people recognized; {advice}", fg="yellow", err=True)


def _record_counts(records: list[Record]) -> str:
    """``1 person, 3 works``: how many records of each kind."""
    counts: dict[str, int] = {}
    for record in records:
        counts[type(record).__name__] = counts.get(type(record).__name__, 0) + 1
    return ", ".join(f"{n} {kind.lower()}{'s' if n != 1 else ''}" for kind, n in sorted(counts.items())) or "no records"


@main.command()
@graph_file_option()
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="HTML file [default: PROJECT/build/coauthors.html].")
@click.option("--person", help="Only this person and their co-authors (a name, part of one, or an IRI).")
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
    graph_file: Path | None,
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
    from .network.coauthors import coauthor_network, ego_network, read_records
    from .network.formats import EXPORT_FORMATS, write_export
    from .network.page import write_coauthor_page
    from .query.library import load_graph

    try:
        records = read_records(load_graph(graph_file or project_dir / "build" / "graph.trig"))
        network = coauthor_network(
            records,
            since=since,
            until=until,
            max_authors=max_authors,
            min_weight=min_weight,
            counting=counting,  # type: ignore[arg-type]
        )
        if person:
            network = ego_network(network, person)
        page = out or project_dir / "build" / "coauthors.html"
        written = [write_coauthor_page(network, page, title, color)]
        written += [write_export(network, f, page.with_suffix(EXPORT_FORMATS[f])) for f in exports]
    except (ScholargraphError, OSError) as error:
        _fail(error)
    links = network.coauthors.number_of_edges()
    for path in written:
        click.echo(f"wrote {path}", err=True)
    click.echo(f"{len(network.people)} people, {links} co-authorship links, {len(network.works)} works", err=True)


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
    from .pipeline.project import Project
    from .pipeline.project import build as build_graph
    from .stores import read_quads
    from .validate.shacl import ValidationReport, validate_quads

    target = path or project_dir
    try:
        if not target.exists():
            formats = ".trig, .ttl, .nq, .nt, .jsonld"
            raise SourceError(str(target), f"no such file or folder; give a graph file ({formats}) or a project folder")
        if target.is_dir():
            graph_file = target / "build" / "graph.trig"
            if graph_file.is_file():
                report = validate_quads(read_quads(graph_file))
            else:
                click.echo(f"{graph_file} does not exist yet: building {target} first", err=True)
                built = build_graph(Project.load(target), target / "build").validation
                report = ValidationReport(built.findings, built.results, built.seconds)  # the graph's part, as for a file
        else:
            report = validate_quads(read_quads(target))
    except (ScholargraphError, OSError) as error:
        _fail(error)
    click.echo(report.render(output_format), nl=False)
    if output_format != "text":
        click.echo(f"The graph {report.summary()}.", err=True)
    sys.exit(0 if report.conforms else 1)


# --- linked data out: export, site, serve ------------------------------------------


@main.command()
@click.option(
    "-f",
    "--format",
    "format_name",
    type=click.Choice(["ttl", "nt", "nq", "trig", "jsonld", "rdfxml"]),
    default="ttl",
    show_default=True,
)
@click.option("--graph", "source", metavar="SOURCE", help="Only one source's graph (its path, e.g. data/pubs.bib, or graph IRI).")
@click.option("--void", "void", is_flag=True, help="Write the VoID description of the dataset instead of the data.")
@click.option("--schema-org", is_flag=True, help="Write schema.org JSON-LD for people and works (for a homepage).")
@click.option("--person", help="With --schema-org: only this person (name or IRI) and their works.")
@click.option("-o", "--out", type=click.Path(dir_okay=False, path_type=Path), help="File to write [default: standard output].")
@graph_file_option("--from")
@project_option
def export(
    format_name: str,
    source: str | None,
    void: bool,
    schema_org: bool,
    person: str | None,
    out: Path | None,
    graph_file: Path | None,
    project_dir: Path,
) -> None:
    """Write the graph as Turtle, N-Triples, N-Quads, TriG, JSON-LD or RDF/XML; or its VoID; or schema.org markup.

    Reads the last build (or --from FILE). Triple formats hold the union of all graphs,
    quad formats (nq, trig, jsonld) one named graph per source. Output is deterministic.
    """
    from .pipeline.project import Project
    from .publish.dump import export_bytes, graph_of_source
    from .publish.entities import GraphIndex
    from .publish.schemaorg import find_person, schema_org_document
    from .publish.void import void_triples
    from .rdf.files import write_atomically
    from .rdf.jsonld import dumps
    from .rdf.vocab import Minter
    from .stores import read_quads

    try:
        project = Project.load(project_dir)
        graph = graph_file or project_dir / "build" / "graph.trig"
        if not graph.is_file():
            raise SourceError(str(graph), "no graph file here; run 'scholargraph build' first or give --from FILE")
        quads = read_quads(graph)
        if source:
            quads = graph_of_source(quads, source)
        if schema_org:
            index = GraphIndex(quads)
            content = dumps(schema_org_document(index, find_person(index, person) if person else None))
        elif void:
            content = export_bytes(void_triples(quads, Minter(project.base), project.publish), format_name)
        else:
            content = export_bytes(quads, format_name)
        if out is None:
            sys.stdout.buffer.write(content)
        else:
            write_atomically({out: content})
            click.echo(f"wrote {out}", err=True)
    except (ScholargraphError, OSError) as error:
        _fail(error)


@main.command()
@click.option("--out", type=click.Path(file_okay=False, path_type=Path), help="Site folder [default: PROJECT/build/site].")
@graph_file_option()
@project_option
def site(out: Path | None, graph_file: Path | None, project_dir: Path) -> None:
    """Write the linked-data site: an index and documents for every IRI the graph mints under the base.

    Each IRI under the base IRI of scholargraph.toml gets .html, .ttl, .jsonld, .nt and
    .rdf at its path; the folder also holds the dumps, void.ttl, and .htaccess and
    nginx-*.conf that answer the IRIs with a 303 to the representation Accept asks for.
    With [publish] site = true in scholargraph.toml, build writes it too.
    """
    from .pipeline.project import Project
    from .publish.site import write_site
    from .rdf.vocab import Minter
    from .stores import read_quads

    folder = out or project_dir / "build" / "site"
    try:
        project = Project.load(project_dir)
        quads = read_quads(graph_file or project_dir / "build" / "graph.trig")
        files = write_site(quads, Minter(project.base), project.publish, folder)
    except (ScholargraphError, OSError) as error:
        _fail(error)
    pages = sum(1 for path in files if path.endswith(".html")) - 1
    click.echo(f"wrote {folder}: {pages} pages, {len(files)} files", err=True)


@main.command()
@click.option("--port", type=click.IntRange(0, 65535), default=8000, show_default=True, help="Port (0: any free port).")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--timeout", type=click.FloatRange(min=0.1), default=30.0, show_default=True, help="Seconds a query may run.")
@click.option("--max-result-bytes", type=click.IntRange(min=1), default=50_000_000, show_default=True, help="Largest result.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True, help="Queries run at once.")
@click.option("--allow-service", "allowed_hosts", multiple=True, metavar="HOST", help="Let SERVICE query this host (repeatable).")
@graph_file_option()
@project_option
def serve(
    port: int,
    host: str,
    timeout: float,
    max_result_bytes: int,
    workers: int,
    allowed_hosts: tuple[str, ...],
    graph_file: Path | None,
    project_dir: Path,
) -> None:
    """Serve the graph: a read-only SPARQL 1.1 endpoint at /sparql and the linked-data pages.

    Every IRI under the base answers 303 to its .html, .ttl, .jsonld, .nt or .rdf by
    Accept, each rendered when first asked for; /sparql without a query is a query page
    that works offline. A query running longer than --timeout is
    stopped; updates and SERVICE to other hosts are refused. Stop with Ctrl-C.
    """
    from .pipeline.project import Project
    from .publish.server import start
    from .publish.site import SiteDocuments
    from .rdf.vocab import Minter
    from .stores import read_quads

    graph = graph_file or project_dir / "build" / "graph.trig"
    try:
        project = Project.load(project_dir)
        server = start(
            graph,
            SiteDocuments(read_quads(graph), Minter(project.base), project.publish),
            host=host,
            port=port,
            workers=workers,
            timeout=timeout,
            max_bytes=max_result_bytes,
            allowed_hosts=allowed_hosts,
        )
    except (ScholargraphError, OSError, RuntimeError) as error:
        _fail(error)
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


@main.command()
@click.argument("pages", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def inspect(pages: tuple[Path, ...]) -> None:
    """Show what a homepage's HTML gives, section by section, and what was skipped and why.

    PAGES are saved HTML pages of one site (home, publications, group…) or folders of
    them; a paper on two pages is counted once. A text homepage (.txt) is shown the
    same way. Nothing is built: fix the page before building.
    """
    from .identity.aliases import organizations, venues
    from .sources.homepage.html import read_html_pages
    from .sources.homepage.inspect import render_reports, text_report

    files = [
        found
        for page in pages
        for found in (sorted(p for p in page.rglob("*") if p.suffix.lower() in (".html", ".htm")) if page.is_dir() else [page])
    ]
    text_pages = [file for file in files if file.suffix.lower() in (".txt", ".text")]
    html_pages = [file for file in files if file not in text_pages]
    try:
        reports = [text_report(file, str(file), venues(), organizations()) for file in text_pages]
        if html_pages:
            reports += read_html_pages([(file, str(file)) for file in html_pages], venues(), organizations())[1]
    except (ScholargraphError, OSError) as error:
        _fail(error)
    click.echo(render_reports(reports), nl=False)
