"""Where a build's graphs go: the canonical files, or a store that keeps them between builds.

``FileSink`` holds the whole graph in memory to write canonical, sorted files and validates all
of it; that is right for a homepage and wrong for dblp. ``StoreSink`` streams each graph into a
store in bounded memory (``GraphStore.bulk_add_graph``), keeps the state of each source beside its
graph (content hash and graph digest, in the default graph), and, when a source was rebuilt or
dropped, validates every graph it holds in place (``validate_store``): the shapes are checked on
the union, since sources share nodes (a person named in two of them). A build that changed
nothing validates nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

from pyoxigraph import Literal, NamedNode, Quad

from ..network.page import build_page
from ..publish.site import render_site
from ..rdf.files import graph_files, write_outputs
from ..rdf.nodes import Triple
from ..rdf.vocab import Minter
from ..stores import GraphStore
from ..validate.engine import validate_quads, validate_store
from ..validate.shacl import Finding, ValidationReport
from .accounting import SourceAccount
from .config import Project
from .driver import BuildReport, Progress, Sink, SourceGraph
from .progress import stepper

__all__ = ["FileSink", "StoreSink"]


class FileSink(Sink):
    """The graph files (TriG, Turtle, JSON-LD), the validation reports, the co-authorship page and, if asked, the site:
    all computed first, then swapped in together (``write_outputs``), so a build that fails or is killed
    before the swap leaves the previous build's outputs whole, and two builds into one folder cannot mix."""

    def __init__(self, project: Project, out: Path) -> None:
        self.project = project
        self.out = out
        self.quads: set[Quad] = set()

    def write(self, graph: SourceGraph) -> int:
        before = len(self.quads)
        self.quads.update(Quad(subject, predicate, obj, graph.graph) for subject, predicate, obj in graph.facts)
        self.quads.update(graph.description)
        return len(self.quads) - before

    def finish(self, report: BuildReport, accounts: list[SourceAccount], say: Progress, validated_by: Quad) -> None:
        self.quads.add(validated_by)
        report.quads = len(self.quads)
        say("validating the graph against the shapes")
        graph_check = validate_quads(self.quads)
        reading = [Finding.from_problem(problem) for problem in report.problems]
        report.validation = replace(graph_check, sources=accounts, reading=reading)
        files = graph_files(self.quads) | _reports(report.validation)
        say("drawing the co-authorship network")
        files["coauthors.html"] = build_page(self.quads)
        site: dict[str, bytes] = {}
        if self.project.site:
            say("rendering the linked-data site")
            site = render_site(self.quads, Minter(self.project.base), self.project.publish, stepper(say, "rendering", "pages"))
        say(f"writing {self.out}")
        written = write_outputs(self.out, files | {f"site/{path}": content for path, content in site.items()}, say)
        report.written = {name: written[name] for name in files}
        if self.project.site:
            report.written["site"] = self.out / "site"


class StoreSink(Sink):
    """A store: each source's graph replaced as a whole, its description (with its state) written last,
    so an interrupted build redoes that source next time; validation reports go to ``out`` when given."""

    def __init__(self, store: GraphStore, out: Path | None = None) -> None:
        self.store = store
        self.out = out

    def clear(self) -> None:
        self.store.clear()

    def stored(self) -> dict[str, tuple[str, str | None]]:
        return self.store.source_states()

    def drop(self, graph: NamedNode) -> None:
        self.store.drop_graph(graph)

    def write(self, graph: SourceGraph) -> int:
        self.store.drop_graph(graph.graph)
        count = 0

        def facts() -> Iterator[Triple]:
            nonlocal count
            for triple in graph.facts:
                count += 1
                yield triple

        self.store.bulk_add_graph(graph.graph, facts())
        self.store.bulk_add(graph.description)
        return count + len(graph.description)

    def finish(self, report: BuildReport, accounts: list[SourceAccount], say: Progress, validated_by: Quad) -> None:
        reading = [Finding.from_problem(problem) for problem in report.problems]
        report.validation = ValidationReport(sources=accounts, reading=reading)
        held = self.store.state(validated_by.subject, validated_by.predicate)  # type: ignore[arg-type]
        digest = validated_by.object
        if report.rebuilt or report.dropped or not isinstance(digest, Literal) or held != digest.value:
            if not (report.rebuilt or report.dropped):
                say("the shapes changed since the store was last validated")
            say("validating every graph in the store against the shapes")
            checked = validate_store(self.store, step=stepper(say, "validating"))
            report.validation = replace(checked, sources=accounts, reading=reading)
            self.store.set_state(validated_by)
        if self.out is not None:
            report.written = write_outputs(self.out, _reports(report.validation), say)


def _reports(validation: ValidationReport) -> dict[str, bytes]:
    return {"validation.txt": validation.text().encode(), "validation.json": validation.json().encode()}
