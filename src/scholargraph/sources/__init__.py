"""Source adapters: one module per input format, each yielding ``model`` records.

``source_for(path)`` picks the adapter for a file; ``read_source`` reads it. Adapters
record the file and line of every fact; nothing downstream knows the format.

Each kind is one ``SourceKind`` line in ``KINDS``: its name (as written in
``scholargraph.toml``), its reader, the file suffixes it claims and, for suffixes several
kinds share (``.json``, ``.xml``, ``.yml``, ``.html``), a test on the file's start that tells them apart.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn

from ..errors import ConfigError, SourceError
from ..identity.aliases import AliasTable, organizations, venues
from ..model.records import SourceResult
from .academicpages import read_academicpages, sniff_academicpages
from .bibtex import read_bibtex
from .crossref import read_crossref, sniff_crossref
from .csl_json import read_csl_json, sniff_csl_json
from .dblp import read_dblp, sniff_dblp
from .files import read_text_file, text_head
from .homepage import read_homepage_lines
from .homepage.html import SERVER_PAGES, read_html_homepage, sniff_server_page, sniff_site_page
from .homepage.lines import text_lines
from .hugoblox import read_hugo_author, read_hugo_publication, sniff_hugo_author, sniff_hugo_publication
from .jekyll_data import read_jekyll_data, sniff_jekyll_data
from .located import TOO_DEEP
from .mgp import read_mgp, sniff_mgp
from .openalex import read_openalex, sniff_openalex
from .orcid import read_orcid, sniff_orcid
from .roster import ROSTER_DEFAULTS, read_roster, sniff_roster_csv, sniff_roster_yaml
from .site import read_jekyll_config

__all__ = ["SOURCE_DEFAULTS", "SOURCE_KINDS", "UNREADABLE", "named_like_a_source", "read_source", "source_for", "unreadable"]

Reader = Callable[[Path, str, AliasTable, AliasTable], SourceResult]


def read_text_homepage(path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable) -> SourceResult:
    """Read a homepage saved as text, in whatever encoding ``files`` tells."""
    return read_homepage_lines(text_lines(read_text_file(path, shown_as)), shown_as, venues, organizations)


DefaultsReader = Callable[[Path, str, AliasTable, AliasTable, Mapping[str, str]], SourceResult]
Sniffer = Callable[[str], bool]
"""Given the first few kilobytes of a file (as text, see ``files.text_head``), whether it is of this kind."""


@dataclass(frozen=True)
class SourceKind:
    name: str
    read: Reader
    suffixes: tuple[str, ...]
    sniff: Sniffer | None = None


KINDS: tuple[SourceKind, ...] = (
    SourceKind("homepage", read_text_homepage, (".txt", ".text")),
    SourceKind("mgp", read_mgp, (".html", ".htm"), sniff_mgp),
    SourceKind("homepage-html", read_html_homepage, (".html", ".htm", ".xhtml")),
    SourceKind("homepage-html", read_html_homepage, SERVER_PAGES, sniff_server_page),
    SourceKind("bibtex", read_bibtex, (".bib", ".bibtex")),
    SourceKind("dblp", read_dblp, (".xml",), sniff_dblp),
    SourceKind("roster", read_roster, (".csv", ".tsv"), sniff_roster_csv),
    SourceKind("roster", read_roster, (".yml", ".yaml"), sniff_roster_yaml),
    SourceKind("jekyll-data", read_jekyll_data, (".yml", ".yaml"), sniff_jekyll_data),
    SourceKind("orcid", read_orcid, (".xml", ".json"), sniff_orcid),
    SourceKind("openalex", read_openalex, (".json", ".jsonl"), sniff_openalex),
    SourceKind("crossref", read_crossref, (".json", ".jsonl"), sniff_crossref),
    SourceKind("academicpages", read_academicpages, (".md", ".markdown"), sniff_academicpages),
    SourceKind("hugo-publication", read_hugo_publication, (".md", ".markdown"), sniff_hugo_publication),
    SourceKind("hugo-author", read_hugo_author, (".md", ".markdown"), sniff_hugo_author),
    SourceKind("homepage-html", read_html_homepage, (".md", ".markdown"), sniff_site_page),
    SourceKind("jekyll-config", read_jekyll_config, ()),
    SourceKind("csl-json", read_csl_json, (".json",), sniff_csl_json),
)
"""Every kind of source, tried in this order when guessing a file's kind."""

SOURCE_KINDS: dict[str, Reader] = {kind.name: kind.read for kind in KINDS}
"""Source kinds by name, as written in ``scholargraph.toml``."""

SOURCE_DEFAULTS: dict[str, tuple[DefaultsReader, tuple[str, ...]]] = {"roster": (read_roster, ROSTER_DEFAULTS)}
"""Kinds that take defaults from their ``sources`` entry in ``scholargraph.toml``, with the settings they take."""

_SNIFF_BYTES = 8192
UNREADABLE = "unreadable"
"""The kind of a file named as a source whose start cannot be read to tell its kind: reading it is an error saying why."""
_OPEN_DOCTYPE = re.compile(r"<!DOCTYPE[^>\[]*\[(?:(?!\]\s*>).)*\Z", re.DOTALL)
"""A DOCTYPE whose internal subset runs past the end of the text (of a file's start)."""


def known_kinds() -> str:
    """The kinds of source and their file types, for messages that tell a user what can be read."""
    suffixes: dict[str, dict[str, None]] = {}  # ordered sets: a kind may have several lines
    for kind in KINDS:
        suffixes.setdefault(kind.name, {}).update(dict.fromkeys(kind.suffixes))
    kinds = ", ".join(f"{name} ({' '.join(found)})" for name, found in suffixes.items() if found)
    return f"known kinds: {kinds}; a site's folder is read as the site (al-folio, academicpages, Hugo Blox, Jekyll)"


def source_for(path: Path) -> str | None:
    """The kind of source a file is, guessed from its name (and start); ``None`` if not a source, ``UNREADABLE``
    if its name says it is one but its start cannot be read (see ``unreadable``)."""
    suffix = path.suffix.lower()
    candidates = [kind for kind in KINDS if suffix in kind.suffixes]
    if not candidates or all(kind.sniff is None for kind in candidates):
        return candidates[0].name if candidates else None
    try:
        head = text_head(path, str(path), _SNIFF_BYTES)
    except SourceError:
        return UNREADABLE
    found = next((kind.name for kind in candidates if kind.sniff is None or kind.sniff(head)), None)
    return UNREADABLE if found is None and _OPEN_DOCTYPE.search(head) else found


def named_like_a_source(path: Path) -> bool:
    """Whether a file's suffix is one a kind of source claims (``.json``, ``.xml``…), whatever its start. Markdown
    without front matter is prose, no page of a site (a README, the ``SOURCE.md`` a fetch writes beside its pages)."""
    if path.suffix.lower() in (".md", ".markdown"):
        try:
            return text_head(path, str(path), 8).lstrip("\ufeff").startswith(("---", "+++"))
        except SourceError:
            return True
    return any(path.suffix.lower() in kind.suffixes for kind in KINDS)


def unreadable(path: Path, shown_as: str) -> NoReturn:
    """The ``SourceError`` of a file ``source_for`` found ``UNREADABLE``: why its start cannot be read."""
    text_head(path, shown_as, _SNIFF_BYTES)  # raises when the file cannot be read or is empty
    kinds = " or ".join(kinds_named_like(path))
    raise SourceError(
        shown_as,
        f"its DOCTYPE declaration runs past its first {_SNIFF_BYTES // 1024} KB, so what kind of source it is cannot "
        f'be told; name its kind in scholargraph.toml: sources = [{{ path = "{shown_as}", kind = {kinds} }}]',
    )


def kinds_named_like(path: Path) -> list[str]:
    """The kinds a file's suffix may be, quoted as ``scholargraph.toml`` writes them (``"dblp"``, ``"orcid"``)."""
    return list(dict.fromkeys(f'"{kind.name}"' for kind in KINDS if path.suffix.lower() in kind.suffixes))


def read_source(
    path: Path,
    shown_as: str | None = None,
    kind: str | None = None,
    venue_table: AliasTable | None = None,
    organization_table: AliasTable | None = None,
    defaults: Mapping[str, str] | None = None,
) -> SourceResult:
    """Read one source file into records and problems.

    The alias tables are shared by all sources of a build, so names a page defines
    (``Singapore Management University (SMU)``) are known when the graph is built.
    ``defaults`` are the settings its ``sources`` entry gives (``SOURCE_DEFAULTS``).
    """
    shown = shown_as or str(path)
    kind = kind or source_for(path)
    if kind == UNREADABLE:
        unreadable(path, shown)
    if kind not in SOURCE_KINDS:
        raise SourceError(shown, f"not a source scholargraph can read; {known_kinds()}")
    if not path.is_file():
        raise SourceError(shown, "no such file")
    tables = venue_table or venues(), organization_table or organizations()
    if defaults:
        reader, settings = SOURCE_DEFAULTS.get(kind, (None, ()))
        if reader is None or set(defaults) - set(settings):
            takes = f"takes only {', '.join(settings)}" if settings else "takes no defaults"
            raise ConfigError(f"source {shown!r} ({kind}): {', '.join(sorted(defaults))} given, but a {kind} source {takes}")
        return _guarded(lambda: reader(path, shown, *tables, defaults), shown)
    return _guarded(lambda: SOURCE_KINDS[kind](path, shown, *tables), shown)


def _guarded(read: Callable[[], SourceResult], shown_as: str) -> SourceResult:
    """What ``read`` gives; data nested too deep for the parsers (JSON, YAML) is an error of its source, not a crash."""
    try:
        return read()
    except RecursionError:
        raise SourceError(shown_as, f"is {TOO_DEEP}") from None
