"""Source adapters: one module per input format, each yielding ``model`` records.

``source_for(path)`` picks the adapter for a file; ``read_source`` reads it. Adapters
record the file and line of every fact; nothing downstream knows the format.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..aliases import AliasTable, organizations, venues
from ..errors import SourceError
from ..model import SourceResult
from .homepage import read_homepage

__all__ = ["SOURCE_KINDS", "read_source", "source_for"]

Reader = Callable[[Path, str, AliasTable, AliasTable], SourceResult]

SOURCE_KINDS: dict[str, Reader] = {"homepage": read_homepage}
"""Source kinds by name, as written in ``scholargraph.toml``."""

_SUFFIXES = {".txt": "homepage", ".text": "homepage"}


def source_for(path: Path) -> str | None:
    """The kind of source a file is, guessed from its name; ``None`` if not a source."""
    return _SUFFIXES.get(path.suffix.lower())


def read_source(
    path: Path,
    shown_as: str | None = None,
    kind: str | None = None,
    venue_table: AliasTable | None = None,
    organization_table: AliasTable | None = None,
) -> SourceResult:
    """Read one source file into records and problems.

    The alias tables are shared by all sources of a build, so names a page defines
    (``Singapore Management University (SMU)``) are known when the graph is built.
    """
    shown = shown_as or str(path)
    kind = kind or source_for(path)
    if kind not in SOURCE_KINDS:
        known = ", ".join(sorted(_SUFFIXES))
        raise SourceError(shown, f"not a source scholargraph can read (known file types: {known})")
    if not path.is_file():
        raise SourceError(shown, "no such file")
    return SOURCE_KINDS[kind](path, shown, venue_table or venues(), organization_table or organizations())
