"""Writing the graph: TriG (one named graph per source), Turtle (all facts), JSON-LD (compacted, see ``jsonld``).

Output is canonical — quads sorted, ``rdf:type`` first, prefixes fixed — so the same
input gives byte-identical files and diffs between builds are meaningful. Files are
written beside their target and renamed into place only when all of them are
complete, so a failed run leaves the previous build intact; a build swaps all its
outputs in at once, holding the output folder's lock (``write_outputs``).
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from pyoxigraph import DefaultGraph, Quad, RdfFormat, Triple, serialize

from .jsonld import dumps
from .vocab import PREFIXES, RDF

__all__ = ["canonical_order", "graph_files", "jsonld_document", "locked", "union_triples", "write_atomically", "write_outputs"]

GRAPH_FILES = ("graph.trig", "graph.ttl", "graph.jsonld")
_RDF_TYPE = RDF.type  # one node, not a new one per comparison


def _triple_key(quad: Quad | Triple) -> tuple[str, bool, str, str]:
    """Sort by subject, then ``rdf:type`` before other predicates, then predicate and object."""
    predicate = quad.predicate
    return (quad.subject.value, predicate != _RDF_TYPE, predicate.value, str(quad.object))  # type: ignore[union-attr]


def canonical_order(quads: Iterable[Quad]) -> list[Quad]:
    """Distinct quads in canonical order: by graph (default first), then as ``_triple_key``."""
    keyed = {
        quad: ("" if isinstance(quad.graph_name, DefaultGraph) else quad.graph_name.value, *_triple_key(quad)) for quad in quads
    }
    return sorted(keyed, key=keyed.__getitem__)


def union_triples(quads: Iterable[Quad]) -> list[Triple]:
    """The union of all graphs: each triple once, in canonical order."""
    keyed: dict[Triple, tuple[str, bool, str, str]] = {}
    for quad in quads:
        triple = quad.triple
        if triple not in keyed:
            keyed[triple] = _triple_key(triple)
    return sorted(keyed, key=keyed.__getitem__)


def jsonld_document(quads: Iterable[Quad]) -> dict[str, Any]:
    """A JSON-LD document compacted with ``ontology/context.jsonld``: default-graph nodes, then one entry per named graph."""
    from .jsonld import compacted_document

    return compacted_document(quads)


def write_atomically(files: dict[Path, bytes]) -> None:
    """Write every file, or none: stage each under a temporary name, then swap them all in.

    If any step fails, files already swapped get their previous content back and no
    temporary file is left behind, so the folder holds the previous build, whole.
    """
    umask = os.umask(0)
    os.umask(umask)
    staged: list[tuple[Path, Path]] = []
    backups: list[Path] = []
    swapped: list[tuple[Path, Path | None]] = []
    try:
        for target, content in files.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
            staged.append((Path(name), target))
            with os.fdopen(handle, "wb") as stream:
                stream.write(content)
            Path(name).chmod(0o666 & ~umask)
        for temporary, target in staged:
            backup = None
            if target.is_file():
                backup = target.with_name(f"{temporary.name}.previous")
                os.link(target, backup)
                backups.append(backup)
            os.replace(temporary, target)
            swapped.append((target, backup))
    except BaseException:
        for target, previous in swapped:
            if previous is None:
                target.unlink(missing_ok=True)
            else:
                os.replace(previous, target)
        for temporary, _ in staged:
            temporary.unlink(missing_ok=True)
        raise
    finally:
        for backup in backups:
            backup.unlink(missing_ok=True)


def graph_files(quads: Iterable[Quad]) -> dict[str, bytes]:
    """The contents of ``graph.trig``, ``graph.ttl`` and ``graph.jsonld``, by file name."""
    ordered = canonical_order(quads)
    prefixes = dict(PREFIXES)
    return {
        "graph.trig": serialize(ordered, format=RdfFormat.TRIG, prefixes=prefixes) or b"",
        "graph.ttl": serialize(union_triples(ordered), format=RdfFormat.TURTLE, prefixes=prefixes) or b"",
        "graph.jsonld": dumps(jsonld_document(ordered)),
    }


@contextmanager
def locked(folder: Path, say: Callable[[str], None]) -> Iterator[None]:
    """Hold the exclusive lock of ``folder`` (an existing folder): ``flock`` on the folder itself, so no file is added.

    A second holder waits, saying so, rather than refusing: the lock is held only while a build
    swaps its finished files in, and the system drops it when its holder ends, even killed,
    so the wait is short and always ends, and a build started after another still lands. Where
    ``fcntl`` is missing (Windows) nothing is locked.
    """
    try:
        import fcntl
    except ImportError:
        yield
        return
    handle = os.open(folder, os.O_RDONLY)
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            say(f"waiting for the build running in {folder}")
            fcntl.flock(handle, fcntl.LOCK_EX)
        yield
    finally:
        os.close(handle)  # closing releases the lock


def write_outputs(out: Path, files: dict[str, bytes], say: Callable[[str], None]) -> dict[str, Path]:
    """Swap a build's files (by path under ``out``) into ``out`` all together, holding ``out``'s lock; their paths.

    Two builds into one folder then cannot interleave: the one that swaps last leaves all its files."""
    out.mkdir(parents=True, exist_ok=True)
    with locked(out, say):
        write_atomically({out / name: content for name, content in files.items()})
    return {name: out / name for name in files}
