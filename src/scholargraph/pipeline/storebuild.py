"""Building into a store, at any size: streamed, one source at a time, and only what changed.

The file build (``project.build``) holds the whole graph in memory to write canonical,
sorted files; that is right for a homepage and wrong for dblp. A store build instead

* streams each source: a dblp dump is read record by record, each record's quads go
  straight into the store's bulk loader (Oxigraph) or, in chunks, to a SPARQL server;
  nothing grows with the input but the store on disk;
* keeps each source in its own named graph, described in the default graph with its
  content hash (``sg:sha256``), so a rebuild skips every source whose hash the store
  already holds, replaces the graph of a changed one, and drops the graph of a removed one;
* resolves identity per source: a streamed source names people as it writes them (dblp's
  homonym-numbered names are dblp's identities) and works by their dblp key; any other
  source is resolved on its own, as the file build resolves a project. Sources meet at the
  IRIs their names and titles mint, so a changed source never changes another's graph;
* checks every record as it is read, and the shapes on the first ``SHAPES_SAMPLE`` records
  of each source it rebuilds (pySHACL needs minutes per million triples; the whole graph
  can be validated in the store with the shipped queries).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import chain, islice
from pathlib import Path

from pyoxigraph import DefaultGraph, NamedNode, Quad

from ..errors import QueryError, SourceError
from ..identity.aliases import AliasTable, organizations, venues
from ..identity.resolution import Resolution, WorkIdentity, resolve
from ..model.records import IdentifierScheme, Problem, Record, Work
from ..rdf.quads import GraphBuilder, SourceInfo
from ..rdf.vocab import SG, Minter
from ..sources import known_kinds, read_source
from ..sources.dblp import iter_dblp
from ..stores import GraphStore
from ..validate.shacl import Finding, ValidationReport, validate_quads
from .accounting import SourceAccount, Tally
from .project import BuildReport, Project, SourceFile, _generated_at, _sha256, read_each, unreadable_problem

__all__ = ["SHAPES_SAMPLE", "StoreBuild", "build_into_store", "stored_sources"]

SHAPES_SAMPLE = 100
"""Records per rebuilt source whose quads are checked against the shapes."""
KEPT_PROBLEMS = 10_000
"""Reading problems kept for the report; beyond that they are counted, not listed."""
_OXIGRAPH_CHUNK = 200_000
"""Quads per call of Oxigraph's bulk loader: given one endless stream, it holds far more in memory."""
_REMOTE_CHUNK = 50_000
"""Quads per request to a SPARQL server."""

Progress = Callable[[str], None]
Streamer = Callable[[Path, str, AliasTable], Iterator[Record | Problem]]
_STREAMED: dict[str, Streamer] = {"dblp": iter_dblp}
"""Kinds read record by record; every other kind is small by nature and read whole."""


@dataclass
class StoreBuild(BuildReport):
    """A ``BuildReport`` that also says which sources were rebuilt, kept or dropped, and how many problems went unlisted."""

    rebuilt: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    dropped: list[str] = field(default_factory=list)
    unlisted_problems: int = 0
    records: int = 0


class KeyedIdentities(Resolution):
    """Identity without a cross-record index: a work with a dblp key is that key; names stand for themselves."""

    def work(self, record: Work) -> WorkIdentity:
        dblp = next((i.value for i in record.identifiers if i.scheme is IdentifierScheme.DBLP), None)
        if dblp is None or record in self.works:
            return super().work(record)
        return WorkIdentity(f"dblp {dblp}", record.title, record.year, record.kind)


def stored_sources(store: GraphStore) -> dict[str, str]:
    """The source graphs the store holds, each with the content hash it was built from."""
    rows = store.select(f"SELECT ?graph ?sha256 WHERE {{ ?graph <{SG.sha256.value}> ?sha256 }}")
    return {graph.value: sha.value for graph, sha in rows.rows if graph is not None and sha is not None}


def build_into_store(
    project: Project,
    store: GraphStore,
    out: Path | None = None,
    paths: list[Path] | None = None,
    progress: Progress | None = None,
    *,
    full: bool = False,
) -> StoreBuild:
    """Build the project into ``store``, redoing only the sources whose content changed (all of them with ``full``).

    Validation reports go to ``out`` when given. The store keeps the previous state of a source
    until its new graph is loaded; its description (with the hash) is written last, so an
    interrupted build redoes that source next time.
    """
    started = time.perf_counter()
    say = progress or (lambda message: None)
    files = project.source_files(paths)
    if not files:
        raise SourceError(", ".join(map(str, paths or project.sources)), f"no sources found; {known_kinds()}")
    minter = Minter(project.base)
    venue_table, organization_table = venues(), organizations()
    project.identity.extend(venue_table, organization_table)
    if full:
        say("emptying the store (--full)")
        store.clear()
    known = stored_sources(store)
    report = StoreBuild()
    wanted = {minter.source_graph(source.shown_as).value for source in files}
    for stale in sorted(set(known) - wanted):
        say(f"dropping {stale}: its source is gone from the project")
        _drop_source(store, NamedNode(stale))
        report.dropped.append(stale)
    sample: list[Quad] = []
    accounts: list[SourceAccount] = []

    def build_source(source: SourceFile) -> None:
        """Rebuild one source's graph, unless the store holds it from the same content."""
        info = SourceInfo(source.shown_as, _sha256(source.path), source.kind, _generated_at())
        graph = minter.source_graph(source.shown_as)
        if known.get(graph.value) == info.sha256:
            say(f"  {source.shown_as}: unchanged")
            report.unchanged.append(source.shown_as)
            report.sources.append((source, 0))
            return
        counted = _Counter(report)
        records = counted.records(_records(source, venue_table, organization_table, project, counted))
        builder = GraphBuilder(minter, venue_table, organization_table, counted.identities)
        quads = _sampled(builder.source_quads(info, records), counted, sample)
        _drop_source(store, graph)
        _load(store, quads, graph)
        report.sources.append((source, counted.count))
        report.rebuilt.append(source.shown_as)
        report.records += counted.count
        report.quads += counted.quads
        accounts.append(counted.tally.account(source.shown_as, source.kind))
        say(f"  {accounts[-1]}; {counted.quads} quads")

    _, unreadable = read_each(files, build_source, say)
    report.unreadable = [error for _, error in unreadable]
    report.problems += [unreadable_problem(error) for error in report.unreadable]
    accounts += [SourceAccount(source.shown_as, source.kind, error=error.reason) for source, error in unreadable]
    report.problems.sort(key=lambda problem: problem.origin)
    if sample:
        say(f"checking the shapes on the first {SHAPES_SAMPLE} records of each rebuilt source")
    report.validation = _validation(report.problems, sample)
    report.validation.sources = sorted(accounts, key=lambda account: account.path)
    if out is not None:
        from ..rdf.files import write_atomically

        write_atomically(
            {
                out / "validation.txt": report.validation.text().encode(),
                out / "validation.json": report.validation.json().encode(),
            }
        )
        report.written = {name: out / name for name in ("validation.txt", "validation.json")}
    report.seconds = time.perf_counter() - started
    return report


class _Counter:
    """Counts what one source gives, keeps its first problems, and marks where the shapes sample ends."""

    def __init__(self, report: StoreBuild) -> None:
        self.report = report
        self.count = 0
        self.quads = 0
        self.identities: Resolution = KeyedIdentities()
        self.tally = Tally(self.identities)

    def records(self, items: Iterable[Record | Problem]) -> Iterator[Record]:
        for item in items:
            self.tally.add(item)
            if isinstance(item, Problem):
                if len(self.report.problems) < KEPT_PROBLEMS:
                    self.report.problems.append(item)
                else:
                    self.report.unlisted_problems += 1
                continue
            self.count += 1
            yield item

    @property
    def sampling(self) -> bool:
        return self.count <= SHAPES_SAMPLE


def _records(
    source: SourceFile, venue_table: AliasTable, organization_table: AliasTable, project: Project, counted: _Counter
) -> Iterator[Record | Problem]:
    """A streamed source's records as they are read; any other source read whole (here, so that one that
    cannot be read fails before its graph in the store is touched) and resolved on its own."""
    if source.kind in _STREAMED:
        return _STREAMED[source.kind](source.path, source.shown_as, venue_table)
    result = read_source(source.path, source.shown_as, source.kind, venue_table, organization_table, source.defaults)
    identities = resolve(result.records, venue_table, organization_table, project.identity)
    counted.identities.people, counted.identities.works = identities.people, identities.works
    counted.identities.overruled, counted.identities.merged = identities.overruled, identities.merged
    return chain(result.problems, identities.problems, result.records)


def _sampled(quads: Iterator[Quad], counted: _Counter, sample: list[Quad]) -> Iterator[Quad]:
    """The quads, counted; those of the first records (and the source's description) also kept for the shapes."""
    for quad in quads:
        counted.quads += 1
        if counted.sampling or isinstance(quad.graph_name, DefaultGraph):
            sample.append(quad)
        yield quad


def _drop_source(store: GraphStore, graph: NamedNode) -> None:
    """Remove a source's graph and its description."""
    from ..stores.oxigraph import OxigraphStore
    from ..stores.remote import DEFAULT_GRAPH, RemoteStore

    if isinstance(store, OxigraphStore):
        store.drop_graph(graph)
        for quad in list(store.store.quads_for_pattern(graph, None, None, DefaultGraph())):
            store.store.remove(quad)
    elif isinstance(store, RemoteStore):
        store.update(f"DROP SILENT GRAPH {graph}")
        store.update(f"DELETE WHERE {{ GRAPH <{DEFAULT_GRAPH}> {{ {graph} ?p ?o }} }}")
    else:
        raise QueryError(f"a store build needs an Oxigraph or a remote store, not '{store.kind}'")


def _load(store: GraphStore, quads: Iterator[Quad], graph: NamedNode) -> None:
    """Stream the quads into the store; the source's description (the default graph) goes in last."""
    from ..stores.oxigraph import OxigraphStore

    description: list[Quad] = []

    def facts() -> Iterator[Quad]:
        for quad in quads:
            if isinstance(quad.graph_name, DefaultGraph):
                description.append(quad)
            else:
                yield quad

    stream = facts()
    while chunk := list(islice(stream, _OXIGRAPH_CHUNK if isinstance(store, OxigraphStore) else _REMOTE_CHUNK)):
        store.add_quads(chunk)
    store.add_quads(description)


def _validation(problems: list[Problem], sample: list[Quad]) -> ValidationReport:
    reading = [Finding.from_problem(problem) for problem in problems]
    if not sample:
        return ValidationReport(reading=reading)
    shapes = validate_quads(sample)
    return ValidationReport(shapes.findings, shapes.results, shapes.seconds, reading=reading)
