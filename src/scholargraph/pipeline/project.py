"""A scholargraph project and its two builds: into the canonical files, or into a store.

Both run the one driver (``driver.run``) and give the same dataset; they differ only in the sink
their graphs go to (``sinks``). The project itself, its ``scholargraph.toml`` and the files it
names, is ``config.Project``.
"""

from __future__ import annotations

from pathlib import Path

from ..stores import GraphStore
from .config import CONFIG_FILE, Project, SourceFile
from .driver import BuildReport, Progress, resolve_identities, run
from .progress import Meter, Meters
from .sinks import FileSink, StoreSink

__all__ = ["CONFIG_FILE", "BuildReport", "Project", "SourceFile", "build", "build_into_store", "resolve_identities"]


def build(
    project: Project, out: Path, paths: list[Path] | None = None, progress: Progress | None = None, *, meters: Meters = Meter
) -> BuildReport:
    """Read the project's sources, resolve who is whom across them, turn them into one graph and write it under ``out``:
    graph.trig, graph.ttl, graph.jsonld, the validation reports, coauthors.html (and the site, if the project asks).

    A source that cannot be read is reported and left out; when none can be, nothing is written."""
    return run(project, FileSink(project, out), paths, progress, meters=meters)


def build_into_store(
    project: Project,
    store: GraphStore,
    out: Path | None = None,
    paths: list[Path] | None = None,
    progress: Progress | None = None,
    *,
    full: bool = False,
    meters: Meters = Meter,
) -> BuildReport:
    """Build the project into ``store``, one named graph per source, rebuilding only the graphs whose source
    or identity decisions changed (all of them with ``full``); validation reports go to ``out`` when given,
    and each streamed source's progress to a meter from ``meters``."""
    return run(project, StoreSink(store, out), paths, progress, full=full, meters=meters)
