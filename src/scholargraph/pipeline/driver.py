"""The one build: a project's sources read, resolved once, turned into quads and handed to a sink, graph by graph.

records → identity → quads → sink. Every build runs through ``run``, whatever it writes to
(``sinks.FileSink``: the canonical files; ``sinks.StoreSink``: an Oxigraph store or a SPARQL
server), so the file build and the store build of a project give the same dataset:

* every source is read and resolved together (``identity.resolve``), except a dblp file larger
  than ``STREAM_ABOVE``: that one is streamed record by record, its works keyed by their dblp
  key and its names standing for themselves, in every build alike;
* each source's quads go in its own named graph, described in the default graph with its
  content hash (``sg:sha256``) and, for a resolved source, the digest of its graph
  (``sg:graphDigest``): identity resolution across sources can change a source's graph when
  another source changes, and the digest tells a sink that keeps graphs which ones did;
* resolved sources are mapped first, in order, then each streamed source with its own copy of
  the venue table, so no graph depends on which others a sink rebuilds.
"""

from __future__ import annotations

import copy
import hashlib
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from itertools import chain
from pathlib import Path
from typing import TypeVar

from pyoxigraph import NamedNode, Quad

from ..errors import SourceError
from ..identity import Resolution, WorkIdentity, resolve
from ..identity.aliases import AliasTable, organizations, venues
from ..identity.ror import is_ror_file
from ..model.records import IdentifierScheme, Origin, Problem, Record, Severity, SourceResult, Work
from ..rdf.nodes import Triple
from ..rdf.quads import GraphBuilder, SourceInfo
from ..rdf.vocab import Minter
from ..sources import kinds_named_like, known_kinds, read_source
from ..sources.dblp import iter_dblp
from ..validate.shacl import ValidationReport, shapes_digest
from .accounting import SourceAccount, Tally
from .config import Project, SourceFile
from .progress import Meter, Meters

__all__ = [
    "STREAM_ABOVE",
    "BuildReport",
    "Sink",
    "SourceGraph",
    "read_each",
    "resolve_identities",
    "run",
    "streamed",
]

T = TypeVar("T")
Progress = Callable[[str], None]
Streamer = Callable[[Path, str, AliasTable, Callable[[int], None]], Iterator[Record | Problem]]
_STREAMED: dict[str, Streamer] = {"dblp": iter_dblp}
"""Kinds that can be read record by record; every other kind is small by nature and read whole."""
STREAM_ABOVE = 8 * 1024 * 1024
"""Bytes above which a source of a ``_STREAMED`` kind is streamed rather than resolved with the rest: a dblp dump
is gigabytes, a person's or a venue's dblp XML a few hundred kilobytes."""
KEPT_PROBLEMS = 10_000
"""Reading problems kept for the report; beyond that they are counted, not listed."""


@dataclass
class BuildReport:
    """What a build read, found wrong and wrote, and which source graphs it rebuilt, kept or dropped."""

    sources: list[tuple[SourceFile, int]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    quads: int = 0
    written: dict[str, Path] = field(default_factory=dict)
    seconds: float = 0.0
    validation: ValidationReport = field(default_factory=ValidationReport)
    """Problems found while reading and findings of the shapes on the graph, in one report."""
    unreadable: list[SourceError] = field(default_factory=list)
    """Sources that could not be read at all: the graph is built without them."""
    rebuilt: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    unlisted_problems: int = 0
    records: int = 0


@dataclass
class SourceGraph:
    """One source's graph as a sink gets it: its facts (the triples of its named graph, consumed once) and its
    description in the default graph.

    Facts are plain triples, not quads: a store's loader takes them as text (``GraphStore.bulk_add_graph``)."""

    source: SourceFile
    graph: NamedNode
    facts: Iterator[Triple]
    description: list[Quad]


class Sink:
    """Where a build's graphs go. A sink that keeps graphs between builds says what it holds (``stored``)."""

    def clear(self) -> None:
        """Forget every graph held (``--full``)."""

    def stored(self) -> dict[str, tuple[str, str | None]]:
        """The source graphs held, each with the content hash and graph digest it was built from."""
        return {}

    def drop(self, graph: NamedNode) -> None:
        """Remove a source's graph and its description."""

    def write(self, graph: SourceGraph) -> int:
        """Take one source's graph (replacing a stored one); returns the quads taken."""
        raise NotImplementedError

    def finish(self, report: BuildReport, accounts: list[SourceAccount], say: Progress, validated_by: Quad) -> None:
        """Validate and write what is left (files, reports) once every graph is in; sets ``report.validation``,
        with ``accounts`` saying what became of each source's records. ``validated_by`` names the shapes the
        graph is checked with (``sg:shapesDigest`` of the dataset), written with it."""
        raise NotImplementedError


class KeyedIdentities(Resolution):
    """Identity without a cross-record index: a work with a dblp key is that key; names stand for themselves."""

    def work(self, record: Work) -> WorkIdentity:
        dblp = next((i.value for i in record.identifiers if i.scheme is IdentifierScheme.DBLP), None)
        if dblp is None or record in self.works:
            return super().work(record)
        return WorkIdentity(f"dblp {dblp}", record.title, record.year, record.kind)


def streamed(source: SourceFile) -> bool:
    """Whether a source is streamed (and keyed on its own) rather than read whole and resolved with the rest."""
    return source.kind in _STREAMED and source.path.stat().st_size > STREAM_ABOVE


def read_each(
    files: list[SourceFile], read: Callable[[SourceFile], T], say: Progress
) -> tuple[list[tuple[SourceFile, T]], list[tuple[SourceFile, SourceError]]]:
    """Read each source with ``read``; one that cannot be read is set aside with its error and the others still read."""
    done: list[tuple[SourceFile, T]] = []
    failed: list[tuple[SourceFile, SourceError]] = []
    for number, source in enumerate(files, start=1):
        say(f"[{number}/{len(files)}] reading {source.shown_as}")
        try:
            done.append((source, read(source)))
        except SourceError as error:
            say(f"  {error}")
            failed.append((source, error))
    return done, failed


def _nothing_read(failed: list[tuple[SourceFile, SourceError]]) -> SourceError:
    """When no source can be read the build has nothing to stand on: the error of the one source, or one naming each."""
    if len(failed) == 1:
        return failed[0][1]
    reasons = "; ".join(str(error) for _, error in failed)
    return SourceError("the project", f"none of its {len(failed)} sources could be read: {reasons}")


def unreadable_problem(error: SourceError) -> Problem:
    """The violation that names a source that could not be read, for the report beside the others."""
    return Problem(
        Severity.VIOLATION,
        f"this source could not be read and is not in the graph: {error.reason}",
        Origin(error.path, error.line or 1),
        left_out=True,
    )


@dataclass
class _Read:
    """The resolved sources of a build as read, those that could not be, and the alias tables they taught."""

    files: list[SourceFile]
    results: list[tuple[SourceFile, SourceResult]]
    unreadable: list[tuple[SourceFile, SourceError]]
    venue_table: AliasTable
    organization_table: AliasTable
    passed_over: list[Problem]
    """A warning for each file named like a source whose start is no kind's."""

    @property
    def records(self) -> list[Record]:
        return [record for _, result in self.results for record in result.records]


def _read_sources(project: Project, paths: list[Path] | None, say: Progress) -> _Read:
    """Every source of the project that is not streamed, read (those that can be), with the alias tables they taught."""
    files, passed = project.source_walk(paths)
    if not files:
        where = ", ".join(str(p) for p in paths) if paths else ", ".join(map(str, project.sources))
        registries = [shown for shown in passed if is_ror_file(project.root / shown)]
        if registries:
            raise SourceError(where, f"no sources found; {registries[0]} {_ROR_ADVICE.format(shown=registries[0])}")
        if passed:
            listed = ", ".join(passed[:5]) + (f" and {len(passed) - 5} more" if len(passed) > 5 else "")
            raise SourceError(
                where,
                f"no sources found; the name of {listed} says a source, but its start is no kind of source scholargraph "
                f'reads; if it is one, name its kind in scholargraph.toml: sources = [{{ path = "{passed[0]}", kind = "…" }}] '
                f"({known_kinds()})",
            )
        raise SourceError(where, f"no sources found; put source files there or list them in scholargraph.toml ({known_kinds()})")
    venue_table, organization_table = venues(), organizations()
    project.identity.extend(venue_table, organization_table)

    def read(source: SourceFile) -> SourceResult:
        return read_source(source.path, source.shown_as, source.kind, venue_table, organization_table, source.defaults)

    results, unreadable = read_each([source for source in files if not streamed(source)], read, say)
    return _Read(
        files, results, unreadable, venue_table, organization_table, [_passed_over(shown, project.root) for shown in passed]
    )


_ROR_ADVICE = (
    "is ROR data: it names organizations, not records; to match the organizations of the sources to it, name it "
    'in scholargraph.toml: [identity] ror = ["{shown}"]'
)


def _passed_over(shown: str, root: Path) -> Problem:
    """The warning naming a file whose name says a source but whose start is no kind's, with the line to name its kind
    (or, for ROR data, the line that names it as such)."""
    if is_ror_file(root / shown):
        return Problem(Severity.WARNING, f"{_ROR_ADVICE.format(shown=shown)}; it is not read as a source", Origin(shown, 1))
    *others, last = kinds_named_like(Path(shown))
    kinds = f"{', '.join(others)} or {last}" if others else last
    return Problem(
        Severity.WARNING,
        "its name says a source, but its start is no kind of source scholargraph reads, so it is not read; if it is one, "
        f'name its kind in scholargraph.toml: sources = [{{ path = "{shown}", kind = "…" }}] (a {Path(shown).suffix} '
        f"file may be {kinds})",
        Origin(shown, 1),
    )


def resolve_identities(project: Project, paths: list[Path] | None = None, progress: Progress | None = None) -> Resolution:
    """Who is whom across the project's sources, without building: what ``scholargraph dedupe`` lists."""
    read = _read_sources(project, paths, progress or (lambda message: None))
    resolution = resolve(read.records, read.venue_table, read.organization_table, project.identity)
    resolution.problems += read.passed_over + [unreadable_problem(error) for _, error in read.unreadable]
    return resolution


def run(
    project: Project,
    sink: Sink,
    paths: list[Path] | None = None,
    progress: Progress | None = None,
    *,
    full: bool = False,
    meters: Meters = Meter,
) -> BuildReport:
    """Build the project into ``sink``: every source read, resolved once, mapped, and its graph handed over
    unless the sink holds it from the same content and the same identity decisions (all of them with ``full``);
    each streamed source shows how far its reading is on a meter from ``meters`` (none by default).

    A source that cannot be read is reported and left out; when none can be, ``SourceError`` and nothing is written."""
    started = time.perf_counter()
    say = progress or (lambda message: None)
    read = _read_sources(project, paths, say)
    minter = Minter(project.base)
    report = BuildReport()
    failed = list(read.unreadable)
    if not read.results and not any(streamed(source) for source in read.files):
        raise _nothing_read(failed)
    if full:
        say("emptying the store (--full)")
        sink.clear()
    stored = sink.stored()
    for stale in sorted(set(stored) - {minter.source_graph(source.shown_as).value for source in read.files}):
        say(f"dropping {stale}: its source is gone from the project")
        sink.drop(NamedNode(stale))
        report.dropped.append(stale)
    identities = resolve(read.records, read.venue_table, read.organization_table, project.identity)
    report.problems += read.passed_over
    for _, result in read.results:
        report.problems += result.problems
    report.problems += identities.problems + [candidate.problem() for candidate in identities.candidates]
    accounts = [SourceAccount(source.shown_as, source.kind, error=error.reason) for source, error in failed]
    builder = GraphBuilder(minter, read.venue_table, read.organization_table, identities)

    def held(info: SourceInfo) -> bool:
        """Whether the sink holds the source's graph from the same content and identity decisions (said if so)."""
        if stored.get(minter.source_graph(info.path).value) != (info.sha256, info.graph_digest):
            return False
        say(f"  {info.path}: unchanged")
        report.unchanged.append(info.path)
        return True

    def hand_over(source: SourceFile, facts: Iterator[Triple], description: list[Quad]) -> None:
        report.quads += sink.write(SourceGraph(source, minter.source_graph(source.shown_as), facts, description))
        report.rebuilt.append(source.shown_as)

    def tally(source: SourceFile, counted: _Counter) -> None:
        report.sources.append((source, counted.count))
        report.records += counted.count
        accounts.append(counted.tally.account(source.shown_as, source.kind))

    for source, result in read.results:
        graph, counted = minter.source_graph(source.shown_as), _Counter(report, identities)
        records = counted.records(chain(result.records, result.problems), keep_problems=False)
        facts = list(_facts(builder, records, counted))
        info = SourceInfo(source.shown_as, _sha256(source.path), source.kind, _generated_at(), graph_digest(graph, facts))
        tally(source, counted)
        if held(info):
            continue
        description = list(builder.description(info))
        hand_over(source, iter(facts), description)
        say(f"  {accounts[-1]}; {len(facts)} quads")
    for source in (source for source in read.files if streamed(source)):
        info = SourceInfo(source.shown_as, _sha256(source.path), source.kind, _generated_at())
        if held(info):
            report.sources.append((source, 0))
            continue
        say(f"streaming {source.shown_as}")
        counted = _Counter(report, KeyedIdentities())
        own = GraphBuilder(minter, copy.deepcopy(read.venue_table), read.organization_table, counted.identities)
        description = list(own.description(info))
        meter = counted.meter = meters(source.shown_as, source.path.stat().st_size)
        try:
            records = counted.records(_STREAMED[source.kind](source.path, source.shown_as, own.venues, meter.read))
            hand_over(source, _facts(own, records, counted), description)
        except SourceError as error:
            say(f"  {error}")
            failed.append((source, error))
            accounts.append(SourceAccount(source.shown_as, source.kind, error=error.reason))
            continue
        finally:
            meter.close()
        tally(source, counted)
        say(f"  {accounts[-1]}")
    if failed and not report.sources:
        raise _nothing_read(failed)
    report.unreadable = [error for _, error in failed]
    report.rebuilt.sort()
    report.unchanged.sort()
    report.problems += [unreadable_problem(error) for error in report.unreadable]
    report.problems.sort(key=lambda problem: problem.origin)
    sink.finish(report, sorted(accounts, key=lambda account: account.path), say, builder.validated_with(shapes_digest()))
    report.seconds = time.perf_counter() - started
    return report


def graph_digest(graph: NamedNode, facts: Iterable[Triple]) -> str:
    """The SHA-256 of a graph's distinct quads in sorted N-Quads: equal for equal graphs, whatever their order."""
    digest = hashlib.sha256()
    for line in sorted({f"{subject} {predicate} {obj} {graph}" for subject, predicate, obj in facts}):
        digest.update(line.encode())
        digest.update(b"\n")
    return digest.hexdigest()


class _Counter:
    """Counts what one source gives and keeps its first problems."""

    def __init__(self, report: BuildReport, identities: Resolution) -> None:
        self.report = report
        self.count = 0
        self.quads = 0
        self.identities = identities
        self.tally = Tally(identities)
        self.meter = Meter()

    def records(self, items: Iterable[Record | Problem], *, keep_problems: bool = True) -> Iterator[Record]:
        for item in items:
            self.tally.add(item)
            if isinstance(item, Problem):
                if not keep_problems:
                    continue
                if len(self.report.problems) < KEPT_PROBLEMS:
                    self.report.problems.append(item)
                else:
                    self.report.unlisted_problems += 1
                continue
            self.count += 1
            yield item


def _facts(builder: GraphBuilder, records: Iterable[Record], counted: _Counter) -> Iterator[Triple]:
    """Each record's triples, counted on the meter."""
    for record in records:
        triples = list(builder.record(record))
        counted.quads += len(triples)
        counted.meter.count(counted.count, counted.quads)
        yield from triples


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
