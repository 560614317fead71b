"""scholargraph: a knowledge graph of academic relationships from the content academics already have.

The pipeline, one sub-package per stage: ``sources`` read files into ``model`` records →
``identity`` decides who is whom → ``rdf`` maps records to quads (one named graph per
source) and writes graph files → ``validate`` checks them → ``query``, ``network`` and
``publish`` use the graph. ``pipeline`` runs the stages for a project.

The public API is re-exported here (``from scholargraph import Project, build``) and
imported on first use, so that ``import scholargraph`` (and ``scholargraph --help``)
loads no heavy library.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_PUBLIC = {
    "Project": "scholargraph.pipeline.config",
    "build": "scholargraph.pipeline.project",
    "build_into_store": "scholargraph.pipeline.project",
    "read_source": "scholargraph.sources",
    "run_query": "scholargraph.query.library",
    "open_store": "scholargraph.stores",
}
__all__ = ["Project", "__version__", "build", "build_into_store", "open_store", "read_source", "run_query"]

if TYPE_CHECKING:
    from .pipeline.config import Project
    from .pipeline.project import build, build_into_store
    from .query.library import run_query
    from .sources import read_source
    from .stores import open_store


def __getattr__(name: str) -> Any:
    """The public API's names, each imported from its module the first time it is asked for."""
    if name not in _PUBLIC:
        raise AttributeError(f"module 'scholargraph' has no attribute {name!r}")
    return getattr(import_module(_PUBLIC[name]), name)
