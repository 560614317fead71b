"""``fetch`` and ``inspect``: records and homepages saved into data/, and what a homepage gives before a build."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import ScholargraphError
from .common import main, project_option

if TYPE_CHECKING:
    from ..fetch.homepage import SavedPage
    from ..fetch.records import Fetcher
    from ..model.records import Record


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
    from ..fetch.records import FETCHERS, Fetcher, default_cache, write_source
    from ..sources import read_source

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
    extra = {"mailto": mailto} if registry == "openalex" else {}
    fetched = FETCHERS[registry](fetcher, identifier, **extra)
    path = write_source(fetched, out or project_dir / "data")
    result = read_source(path, kind=fetched.kind)
    click.echo(f"wrote {path}: {_record_counts(result.records)}", err=True)


def _fetch_mgp(fetcher: Fetcher, identifier: str, out: Path, ancestors: int, descendants: int, max_pages: int | None) -> None:
    """Save an MGP record page and those of its family to the depths asked, saying what each holds."""
    from ..fetch.mgp import fetch_mgp
    from ..sources.mgp import MgpRecord

    def saved(record: MgpRecord, path: Path) -> None:
        advisors = sum(len(degree.advisors) for degree in record.degrees)
        click.echo(f"saved {record.name} (MGP {record.id}: {advisors} advisor(s), {len(record.students)} student(s)) → {path}")

    walk = fetch_mgp(fetcher, identifier, out, ancestors=ancestors, descendants=descendants, max_pages=max_pages, on_saved=saved)
    skipped = f"; {len(walk.skipped)} skipped" if walk.skipped else ""
    click.echo(f"saved {len(walk.saved)} MGP record page(s) in {out}{skipped}", err=True)


def _fetch_homepage(fetcher: Fetcher, url: str, out: Path, max_pages: int, depth: int, every_page: bool) -> None:
    """Save the homepage and its section pages, then say what the build will read in them."""
    from ..fetch.homepage import fetch_homepage
    from ..identity.aliases import organizations, venues
    from ..sources.homepage.html import read_html_pages

    def saved(page: SavedPage) -> None:
        click.echo(f"saved {page.url} → {page.path}")

    crawl = fetch_homepage(fetcher, url, out, max_pages=max_pages, depth=depth, every_page=every_page, on_saved=saved)
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
@click.argument("pages", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
def inspect(pages: tuple[Path, ...]) -> None:
    """Show what a homepage's HTML gives, section by section, and what was skipped and why.

    PAGES are saved HTML pages of one site (home, publications, group…) or folders of
    them; a paper on two pages is counted once. A text homepage (.txt) is shown the
    same way. Nothing is built: fix the page before building.
    """
    from ..identity.aliases import organizations, venues
    from ..sources.homepage.html import PAGE_SUFFIXES, read_html_pages
    from ..sources.homepage.inspect import render_reports, text_report

    files = [
        found
        for page in pages
        for found in (sorted(p for p in page.rglob("*") if p.suffix.lower() in PAGE_SUFFIXES) if page.is_dir() else [page])
    ]
    text_pages = [file for file in files if file.suffix.lower() in (".txt", ".text")]
    html_pages = [file for file in files if file not in text_pages]
    reports = [text_report(file, str(file), venues(), organizations()) for file in text_pages]
    if html_pages:
        reports += read_html_pages([(file, str(file)) for file in html_pages], venues(), organizations())[1]
    click.echo(render_reports(reports), nl=False)
