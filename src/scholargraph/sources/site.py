"""Homepage sites as sources: a generator's folder → the files to read, and its owner from ``_config.yml``.

A site folder is recognized by its layout:

    al-folio        ``_config.yml`` and ``_bibliography/``: the bibliography ``_config.yml``
                    names (``scholar: bibliography:``, ``papers.bib`` by default)
    academicpages   ``_config.yml`` and ``_publications/``: ``_publications/*.md``, ``_talks/*.md``
    Hugo Blox       ``content/publication/`` or ``content/authors/``: publication and author pages
    Jekyll          ``_config.yml`` and ``_data/``: the publication and people lists there

Jekyll sites also give their owner (``_config.yml``: ``author:``, ``first_name``/``last_name``
or a ``title`` with ``position``/``affiliation``). Only the files the site shows are read:
al-folio's other ``.bib`` files (``selected_papers.bib``) and Hugo's ``cite.bib`` copies
would count every paper twice.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import SourceError
from ..identity.aliases import AliasTable
from ..model.identifiers import orcid_identifiers
from ..model.names import clean_name
from ..model.records import Origin, Period, Person, Position, Record, SourceResult
from .files import read_text_file
from .works import email_address
from .yamltext import LineDict, load_yaml, text_value

__all__ = ["Site", "detect_site", "read_jekyll_config", "site_files", "site_owner", "source_files_in"]


@dataclass(frozen=True)
class Site:
    """A homepage generator's folder and the files to read from it, each with its source kind."""

    generator: str
    root: Path
    files: tuple[tuple[Path, str], ...]


def detect_site(folder: Path) -> Site | None:
    """The site a folder holds, if its layout is one of a known generator's."""
    config = folder / "_config.yml"
    if (folder / "content" / "publication").is_dir() or (folder / "content" / "authors").is_dir():
        return Site("hugo-blox", folder, tuple(_hugo_files(folder / "content")))
    if not config.is_file():
        return None
    owner = [(config, "jekyll-config")]
    data = [(path, "jekyll-data") for path in _sniffed(sorted((folder / "_data").glob("*.y*ml")), "jekyll-data")]
    if (folder / "_bibliography").is_dir():
        bibliography = folder / "_bibliography" / _configured_bibliography(config)
        files = owner + [(bibliography, "bibtex")] * bibliography.is_file() + data
        return Site("al-folio", folder, tuple(files + _pages(folder, ("people",))))
    if (folder / "_publications").is_dir():
        pages = _sniffed(
            sorted((folder / "_publications").glob("*.md")) + sorted((folder / "_talks").glob("*.md")), "academicpages"
        )
        files = owner + [(path, "academicpages") for path in pages] + data
        return Site("academicpages", folder, tuple(files + _pages(folder, ("people",))))
    own_pages = _pages(folder, ("people", "publications"))
    if data or own_pages:
        return Site("jekyll", folder, tuple(owner + data + own_pages))
    return None


def _pages(folder: Path, kinds: tuple[str, ...]) -> list[tuple[Path, str]]:
    """The site's own pages (``_pages/``, or at its root) whose front matter title names a section of ``kinds``:
    a group page, a publications page written by hand. Posts and the about page are not sources."""
    from .homepage.html_sections import section_named

    found = []
    for path in sorted([*folder.glob("_pages/*"), *folder.glob("*")]):
        if path.suffix.lower() not in (".md", ".markdown", ".html") or not path.is_file():
            continue
        head = path.read_text(encoding="utf-8", errors="replace")[:4096]
        title = re.search(r"\A(?:\ufeff)?---[ \t]*\r?\n(?:.*\n)*?title\s*:\s*['\"]?([^'\"\n]+)", head)
        kind = section_named(title.group(1).strip()) if title else None
        if kind and kind[0] in kinds:
            found.append((path, "homepage-html"))
    return found


def _sniffed(paths: list[Path], kind: str) -> list[Path]:
    from . import source_for

    return [path for path in paths if source_for(path) == kind]


def _hugo_files(content: Path) -> Iterator[tuple[Path, str]]:
    for path in _sniffed(sorted(content.glob("publication/*/index.md")), "hugo-publication"):
        yield path, "hugo-publication"
    for path in _sniffed(sorted(content.glob("authors/*/*index.md")), "hugo-author"):
        yield path, "hugo-author"


def _configured_bibliography(config: Path) -> str:
    """The file al-folio's jekyll-scholar reads: ``scholar: bibliography:`` in ``_config.yml`` (a config that
    cannot be read is reported when it is read as the site's owner)."""
    try:
        text = read_text_file(config, str(config))
    except SourceError:
        text = ""
    found = re.search(r"^scholar:\s*\n(?:[ \t]+.*\n)*?[ \t]+bibliography:\s*['\"]?([^'\"\s#]+)", text, re.MULTILINE)
    return found.group(1) if found else "papers.bib"


def site_files(folder: Path) -> list[tuple[Path, str]] | None:
    """The files of the site in ``folder`` with their kinds, or ``None`` if it is no site."""
    site = detect_site(folder)
    return list(site.files) if site else None


def source_files_in(folder: Path, walked: set[Path] | None = None, passed: list[Path] | None = None) -> list[tuple[Path, str]]:
    """Every source in a folder tree with its kind: sites as their generator shows them, other files by name.

    Links are followed, but each real folder is walked once (``walked``), so links that loop
    (``data/again -> ..``) end the walk instead of going round it for ever. Files named like a source whose start is
    no kind's are added to ``passed``, so that they can be named without a second walk."""
    from . import named_like_a_source, source_for

    walked = set() if walked is None else walked
    real = folder.resolve()
    if real in walked:
        return []
    walked.add(real)
    found = site_files(folder)
    if found is not None:
        return found
    files: list[tuple[Path, str]] = []
    for path in sorted(folder.iterdir()):
        if path.name.startswith("."):
            continue
        if path.is_dir():
            files += source_files_in(path, walked, passed)
        elif path.is_file() and (kind := source_for(path)):
            files.append((path, kind))
        elif passed is not None and named_like_a_source(path) and path.is_file():
            passed.append(path)
    return files


def read_jekyll_config(path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable) -> SourceResult:
    """The owner of a Jekyll site, from its ``_config.yml``: name, e-mail, ORCID, position."""
    text = read_text_file(path, shown_as)
    result = SourceResult(shown_as)
    config = load_yaml(text, shown_as)
    if not isinstance(config, LineDict):
        return result
    result.records += list(_owner(config, shown_as, text))
    return result


@cache
def site_owner(folder: Path) -> str | None:
    """The name of the owner of the Jekyll site in ``folder``, from its ``_config.yml``, if it names one."""
    config = folder / "_config.yml"
    try:
        text = read_text_file(config, str(config))
        data = load_yaml(text, str(config))
    except SourceError:
        return None
    owner = next(_owner(data, str(config), text), None) if isinstance(data, LineDict) else None
    return owner.name if isinstance(owner, Person) else None


def _owner(config: LineDict, shown_as: str, text: str) -> Iterator[Record]:
    """The site's owner: ``author:`` (academicpages), ``first_name``/``last_name`` (al-folio), or a
    ``title`` beside ``position`` (minimal-light), with the line the name is written on."""
    author = config["author"] if isinstance(config.get("author"), dict) else {}
    first, last = text_value(config.get("first_name")), text_value(config.get("last_name"))
    candidates = [
        ("name", text_value(author.get("name"))),
        ("first_name", f"{first} {last}" if first and last else None),
        ("title", text_value(config.get("title")) if "position" in config else None),
    ]
    key, name = next(((key, name) for key, name in candidates if name), ("", None))
    if not name:
        return
    line = next((n for n, row in enumerate(text.splitlines(), 1) if re.match(rf"\s*{key}\s*:", row)), config.line)
    where = Origin(shown_as, line)
    email = email_address(text_value(author.get("email")) or text_value(config.get("email")))
    name = clean_name(name)
    yield Person(
        name,
        where,
        email=email,
        identifiers=orcid_identifiers(text_value(author.get("orcid")) or text_value(config.get("orcid_id"))),
    )
    title = text_value(config.get("position"))
    if title:
        organization = text_value(config.get("affiliation")) or text_value(author.get("employer"))
        yield Position(name, title, organization, Period(None), where)
