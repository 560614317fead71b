"""A scholargraph project: its ``scholargraph.toml``, its sources, and the build that joins them.

``scholargraph.toml`` at the project root says where the sources are and what base IRI
mints the graph's IRIs; without one, every readable file under ``data/`` is a source::

    base = "https://example.org/"
    sources = ["data/"]                                   # files, folders or globs
    # sources = [{ path = "me.txt", kind = "homepage" }]  # kind when the name does not say
    # sources = [{ path = "data/roster.csv", kind = "roster", supervisor = "Min-Yen Kan",
    #              organization = "National University of Singapore" }]   # what the rows do not say
    exclude = ["data/old/**", "*.bak"]                    # files not to read (globs; * crosses folders)

    [identity.aliases]                                    # identity hints: see identity.Hints
    "Lv Hui" = "Hui Lv"

    [publish]                                             # what the VoID description says
    title = "Publications of the Sun lab"
    license = "https://creativecommons.org/licenses/by/4.0/"
    endpoint = "https://example.org/sparql"               # default: BASE + "sparql"
    site = true                                           # build writes the site too, into build/site/
"""

from __future__ import annotations

import fnmatch
import glob
import hashlib
import os
import time
import tomllib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, TypeVar

from pyoxigraph import Quad

from ..errors import ConfigError, SourceError
from ..identity.aliases import AliasTable, organizations, venues
from ..identity.resolution import Hints, Resolution, resolve
from ..model.records import Origin, Problem, Record, Severity, SourceResult
from ..network.page import write_build_page
from ..publish.site import write_site
from ..rdf.files import write_graph_files
from ..rdf.quads import GraphBuilder, SourceInfo
from ..rdf.vocab import DEFAULT_BASE, Minter
from ..sources import SOURCE_DEFAULTS, SOURCE_KINDS, known_kinds, read_source, source_for
from ..sources.site import source_files_in
from ..validate.shacl import Finding, ValidationReport, validate_quads
from .accounting import SourceAccount, account

__all__ = ["CONFIG_FILE", "BuildReport", "Project", "SourceFile", "build", "resolve_identities"]

CONFIG_FILE = "scholargraph.toml"
T = TypeVar("T")


@dataclass(frozen=True)
class SourceFile:
    """A file to read, the path people see for it (relative to the project), its kind, and the
    defaults its ``sources`` entry gives (a roster's supervisor and organization)."""

    path: Path
    shown_as: str
    kind: str
    defaults: Mapping[str, str] = field(default_factory=dict)


@dataclass
class Project:
    """Where a project is, which sources it reads and which base IRI it mints."""

    root: Path
    sources: list[str | dict[str, str]] = field(default_factory=lambda: ["data/"])
    base: str = DEFAULT_BASE
    identity: Hints = field(default_factory=Hints)
    publish: dict[str, str] = field(default_factory=dict)
    """``[publish]``: ``title``, ``description``, ``license`` and ``endpoint`` of the published dataset."""
    site: bool = False
    """``[publish] site = true``: ``build`` writes the linked-data site too, so a project publishes with one command."""
    exclude: list[str] = field(default_factory=list)
    """Globs, relative to the project, of files not to read."""

    @classmethod
    def load(cls, root: Path) -> Project:
        """The project at ``root``, configured by its ``scholargraph.toml`` if it has one."""
        config = root / CONFIG_FILE
        if not config.is_file():
            return cls(root)
        try:
            text = config.read_text(encoding="utf-8")
            settings = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            raise ConfigError(f"{config}: {error}; fix the TOML syntax") from None
        unknown = set(settings) - {"base", "sources", "exclude", "identity", "publish"}
        if unknown:
            raise ConfigError(
                f"{config}: unknown setting(s) {', '.join(sorted(unknown))}; known: base, sources, exclude, identity, publish"
            )
        sources = settings.get("sources", ["data/"])
        if not isinstance(sources, list) or not sources:
            raise ConfigError(f"{config}: 'sources' must be a list of paths, e.g. sources = [\"data/\"]")
        settings_known = {"path", "kind"}.union(*(names for _, names in SOURCE_DEFAULTS.values()))
        for number, spec in enumerate(sources, start=1):
            fine = isinstance(spec, str) and bool(spec.strip())
            if isinstance(spec, dict):
                fine = isinstance(spec.get("path"), str) and set(spec) <= settings_known
                fine = fine and all(isinstance(value, str) for value in spec.values())
            if not fine:
                raise ConfigError(
                    f'{config}: sources entry {number} ({spec!r}) must be a path ("data/") '
                    f'or a table {{ path = "me.txt", kind = "homepage" }} (settings: {", ".join(sorted(settings_known))})'
                )
        exclude = settings.get("exclude", [])
        if not isinstance(exclude, list) or not all(isinstance(glob, str) and glob.strip() for glob in exclude):
            raise ConfigError(f'{config}: \'exclude\' must be a list of globs, e.g. exclude = ["data/old/**", "*.bak"]')
        base = settings.get("base", DEFAULT_BASE)
        if not isinstance(base, str):
            raise ConfigError(f"{config}: 'base' must be an IRI in quotes, e.g. base = \"https://example.org/\"")
        try:
            Minter(base)
        except ValueError as error:
            raise ConfigError(f"{config}: {error}") from None
        publish = settings.get("publish", {})
        known = {"title", "description", "license", "endpoint"}
        site = publish.get("site", False) if isinstance(publish, dict) else None
        texts: dict[str, Any] = (
            {name: value for name, value in publish.items() if name != "site"} if isinstance(publish, dict) else {"": None}
        )
        if set(texts) - known or not all(isinstance(value, str) for value in texts.values()) or not isinstance(site, bool):
            raise ConfigError(
                f"{config}: [publish] takes text settings {', '.join(sorted(known))} and site = true or false, "
                'e.g. license = "https://creativecommons.org/licenses/by/4.0/"'
            )
        identity = Hints.from_config(settings.get("identity", {}), str(config), text)
        return cls(root, sources, base, identity, texts, exclude=exclude, site=site)

    def source_files(self, paths: list[Path] | None = None) -> list[SourceFile]:
        """The files to read, each once, sorted by the path people see."""
        specs: list[str | dict[str, str]] = [str(p) for p in paths] if paths else self.sources
        found: dict[str, SourceFile] = {}
        for spec in specs:
            pattern, kind = (spec, None) if isinstance(spec, str) else (spec.get("path", ""), spec.get("kind"))
            defaults = {} if isinstance(spec, str) else {k: v for k, v in spec.items() if k not in ("path", "kind")}
            if kind is not None and kind not in SOURCE_KINDS:
                raise ConfigError(f"source {pattern!r}: unknown kind {kind!r}; known kinds: {', '.join(SOURCE_KINDS)}")
            for path, site_kind in self._expand(pattern, explicit=paths is not None):
                shown = self._shown(path)
                guessed = kind or site_kind or source_for(path)
                if guessed and not self.excluded(shown):
                    found.setdefault(shown, SourceFile(path, shown, guessed, defaults))
        return [found[shown] for shown in sorted(found)]

    def excluded(self, shown: str) -> bool:
        """Whether ``exclude`` names a file (by its path in the project; ``*`` also matches across folders)."""
        return any(fnmatch.fnmatchcase(shown, pattern.removeprefix("./")) for pattern in self.exclude)

    def _expand(self, pattern: str, explicit: bool) -> list[tuple[Path, str | None]]:
        """The files a pattern names, with their kind when a site folder's layout tells it."""
        base = Path(pattern) if Path(pattern).is_absolute() or explicit else self.root / pattern
        matches = [Path(m) for m in sorted(glob.glob(str(base), recursive=True))] if glob.has_magic(pattern) else [base]
        files: list[tuple[Path, str | None]] = []
        for match in matches:
            if match.is_dir():
                files += source_files_in(match)
            elif match.is_file():
                if explicit and source_for(match) is None:
                    raise SourceError(str(match), f"not a source scholargraph can read; {known_kinds()}")
                files.append((match, None))
            else:
                raise SourceError(pattern, "no such file or folder; check the path (or 'sources' in scholargraph.toml)")
        return files

    def _shown(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()


@dataclass
class BuildReport:
    """What a build read, found wrong and wrote."""

    sources: list[tuple[SourceFile, int]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    quads: int = 0
    written: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    validation: ValidationReport = field(default_factory=ValidationReport)
    """Problems found while reading and findings of the shapes on the graph, in one report."""
    unreadable: list[SourceError] = field(default_factory=list)
    """Sources that could not be read at all: the graph is built without them."""


Progress = Callable[[str], None]


@dataclass
class _Read:
    """The sources of a build as read: their results, those that could not be read, and the alias tables they taught."""

    results: list[tuple[SourceFile, SourceResult]]
    unreadable: list[tuple[SourceFile, SourceError]]
    venue_table: AliasTable
    organization_table: AliasTable

    @property
    def records(self) -> list[Record]:
        return [record for _, result in self.results for record in result.records]


def read_each(
    files: list[SourceFile], read: Callable[[SourceFile], T], say: Progress
) -> tuple[list[tuple[SourceFile, T]], list[tuple[SourceFile, SourceError]]]:
    """Read each source with ``read``; one that cannot be read is set aside with its error and the others
    still read. When none can be, the build has nothing to stand on: the ``SourceError`` of the one source,
    or one naming each."""
    done: list[tuple[SourceFile, T]] = []
    failed: list[tuple[SourceFile, SourceError]] = []
    for number, source in enumerate(files, start=1):
        say(f"[{number}/{len(files)}] reading {source.shown_as}")
        try:
            done.append((source, read(source)))
        except SourceError as error:
            say(f"  {error}")
            failed.append((source, error))
    if len(failed) == 1 and not done:
        raise failed[0][1]
    if failed and not done:
        reasons = "; ".join(str(error) for _, error in failed)
        raise SourceError("the project", f"none of its {len(failed)} sources could be read: {reasons}")
    return done, failed


def unreadable_problem(error: SourceError) -> Problem:
    """The violation that names a source that could not be read, for the report beside the others."""
    return Problem(
        Severity.VIOLATION,
        f"this source could not be read and is not in the graph: {error.reason}",
        Origin(error.path, error.line or 1),
        left_out=True,
    )


def _read_sources(project: Project, paths: list[Path] | None, say: Progress) -> _Read:
    """Every source of the project read (those that can be), with the alias tables they taught (and the hints extended)."""
    files = project.source_files(paths)
    if not files:
        where = ", ".join(str(p) for p in paths) if paths else ", ".join(map(str, project.sources))
        raise SourceError(where, f"no sources found; put source files there or list them in scholargraph.toml ({known_kinds()})")
    venue_table, organization_table = venues(), organizations()
    project.identity.extend(venue_table, organization_table)

    def read(source: SourceFile) -> SourceResult:
        return read_source(source.path, source.shown_as, source.kind, venue_table, organization_table, source.defaults)

    results, unreadable = read_each(files, read, say)
    return _Read(results, unreadable, venue_table, organization_table)


def resolve_identities(project: Project, paths: list[Path] | None = None, progress: Progress | None = None) -> Resolution:
    """Who is whom across the project's sources, without building: what ``scholargraph dedupe`` lists."""
    read = _read_sources(project, paths, progress or (lambda message: None))
    resolution = resolve(read.records, read.venue_table, read.organization_table, project.identity)
    resolution.problems += [unreadable_problem(error) for _, error in read.unreadable]
    return resolution


def build(project: Project, out: Path, paths: list[Path] | None = None, progress: Progress | None = None) -> BuildReport:
    """Read the project's sources, resolve who is whom across them, turn them into one graph and write it under ``out``.

    A source that cannot be read is reported and left out; when none can be, nothing is written."""
    started = time.perf_counter()
    say = progress or (lambda message: None)
    read = _read_sources(project, paths, say)
    report = BuildReport(unreadable=[error for _, error in read.unreadable])
    for _, result in read.results:
        report.problems += result.problems
    report.problems += [unreadable_problem(error) for error in report.unreadable]
    identities = resolve(read.records, read.venue_table, read.organization_table, project.identity)
    report.problems += identities.problems + [candidate.problem() for candidate in identities.candidates]
    builder = GraphBuilder(Minter(project.base), read.venue_table, read.organization_table, identities)
    quads: set[Quad] = set()
    accounts = {
        source.shown_as: SourceAccount(source.shown_as, source.kind, error=error.reason) for source, error in read.unreadable
    }
    for source, result in read.results:
        info = SourceInfo(source.shown_as, _sha256(source.path), source.kind, _generated_at())
        source_quads = set(builder.source_quads(info, result.records))
        quads |= source_quads
        report.sources.append((source, len(result.records)))
        accounts[source.shown_as] = account(source.kind, result, identities)
        say(f"  {accounts[source.shown_as]}; {len(source_quads)} quads")
    report.problems.sort(key=lambda problem: problem.origin)
    say("validating the graph against the shapes")
    graph_check = validate_quads(quads)
    report.validation = ValidationReport(
        graph_check.findings,
        graph_check.results,
        graph_check.seconds,
        [accounts[shown] for shown in sorted(accounts)],
        [Finding.from_problem(problem) for problem in report.problems],
    )
    say(f"writing {out}")
    report.written = write_graph_files(
        quads,
        out,
        {"validation.txt": report.validation.text().encode(), "validation.json": report.validation.json().encode()},
    )
    say("drawing the co-authorship network")
    report.written["coauthors.html"] = write_build_page(quads, out)
    if project.site:
        say("writing the linked-data site")
        write_site(quads, Minter(project.base), project.publish, out / "site")
        report.written["site"] = out / "site"
    report.quads = len(quads)
    report.seconds = time.perf_counter() - started
    return report


def _sha256(path: Path) -> str:
    """The file's SHA-256, read in blocks (a dblp dump is gigabytes)."""
    with path.open("rb") as stream:
        return hashlib.file_digest(stream, "sha256").hexdigest()


def _generated_at() -> str | None:
    """The build time, only when ``SOURCE_DATE_EPOCH`` fixes it (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if not epoch:
        return None
    return datetime.fromtimestamp(int(epoch), tz=UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
