"""Saving Mathematics Genealogy Project record pages: one person's, and their advisors' or students' to a depth.

``fetch_mgp`` asks for ``https://www.mathgenealogy.org/id.php?id=N`` through a ``Fetcher`` (its
cache, retries and pause between requests keep it polite), saves the page as ``ID.html`` in the
folder given, and follows the advisor links (``ancestors``) or the student links (``descendants``)
of each page, breadth-first, that many generations. A linked page that cannot be had is noted and
skipped; the first page must be had.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import FetchError, SourceError
from ..sources.mgp import MgpRecord, parse_record
from .records import Fetched, Fetcher, write_source

__all__ = ["MgpWalk", "fetch_mgp", "mgp_url"]

_ID = re.compile(r"^(?:https?://(?:www\.)?(?:genealogy\.math\.ndsu\.nodak\.edu|mathgenealogy\.org)/id\.php\?id=)?(\d+)$")


def mgp_url(record_id: str) -> str:
    """The address of an MGP record page."""
    return f"https://www.mathgenealogy.org/id.php?id={record_id}"


@dataclass
class MgpWalk:
    """What a walk saved: each page's record and file, in the order fetched."""

    saved: dict[str, tuple[MgpRecord, Path]] = field(default_factory=dict)
    skipped: list[str] = field(default_factory=list)
    """MGP ids linked but not saved: the page could not be had or held no record."""


def fetch_mgp(
    fetcher: Fetcher,
    identifier: str,
    folder: Path,
    *,
    ancestors: int = 0,
    descendants: int = 0,
    max_pages: int | None = None,
    on_saved: Callable[[MgpRecord, Path], None] | None = None,
) -> MgpWalk:
    """Save the record page of ``identifier`` (an MGP id or record URL), then those of its advisors up to
    ``ancestors`` generations and of its students down to ``descendants``, each as ``folder/ID.html``."""
    match = _ID.match(identifier.strip())
    if match is None:
        raise FetchError(f"'{identifier}' is not an MGP id; write the number of the record, e.g. 18231")
    walk = MgpWalk()
    # Each entry: an id, how many generations may still be followed up, and down.
    queue: list[tuple[str, int, int]] = [(match.group(1), ancestors, descendants)]
    seen = {match.group(1)}
    while queue:
        if max_pages is not None and len(walk.saved) >= max_pages:
            fetcher.note(f"stopped at {max_pages} page(s); {len(queue)} linked record(s) not fetched (raise --max-pages)")
            break
        record_id, up, down = queue.pop(0)
        try:
            record, path = _save(fetcher, record_id, folder)
        except FetchError as error:
            if not walk.saved:
                raise
            fetcher.note(f"MGP record {record_id} is skipped: {error}")
            walk.skipped.append(record_id)
            continue
        walk.saved[record_id] = (record, path)
        if on_saved is not None:
            on_saved(record, path)
        linked = [(a.id, up - 1, 0) for d in record.degrees for a in d.advisors] if up else []
        linked += [(s.id, 0, down - 1) for s in record.students] if down else []
        for next_id, next_up, next_down in linked:
            if next_id and next_id not in seen:
                seen.add(next_id)
                queue.append((next_id, next_up, next_down))
    return walk


def _save(fetcher: Fetcher, record_id: str, folder: Path) -> tuple[MgpRecord, Path]:
    """Fetch one record page, check it holds a record, and write it."""
    url = mgp_url(record_id)
    body = fetcher.get(url, what=f"MGP record {record_id}")
    try:
        record = parse_record(body.decode("utf-8", errors="replace"), url)
    except SourceError as error:  # MGP answers an unknown id with a page saying so, not with 404
        raise FetchError(f"{url} holds no MGP record; check the id") from error
    return record, write_source(Fetched(body, f"{record_id}.html", "mgp"), folder)
