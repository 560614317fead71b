"""What the registry readers (ORCID, DBLP, OpenAlex, Crossref) share: venues named through the
alias table, dates given in parts, JSON entries read one by one (identifiers: ``model.identifiers``)."""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path

from ..identity.aliases import AliasTable
from ..model.records import Origin, PartialDate, Problem, Record, Severity, SourceResult, WorkKind
from .located import Located, json_entries

__all__ = [
    "collect",
    "known_venue",
    "partial_date",
    "read_json_entries",
    "registry_kind",
    "venue_name",
]

_VOLUME_PART = re.compile(r"\s*\(\d+\)$")
_WORK_KINDS = {
    "journal-article": WorkKind.JOURNAL_ARTICLE,
    "conference-paper": WorkKind.CONFERENCE_PAPER,
    "proceedings-article": WorkKind.CONFERENCE_PAPER,
    "preprint": WorkKind.PREPRINT,
    "working-paper": WorkKind.PREPRINT,
    "posted-content": WorkKind.PREPRINT,
    "dissertation": WorkKind.THESIS,
    "dissertation-thesis": WorkKind.THESIS,
}
"""ORCID's and Crossref's work types (the two name no type alike in different senses) → the kind of work."""


def partial_date(year: object, month: object = None, day: object = None) -> PartialDate | None:
    """A date from the parts a registry gives (strings or numbers, any of them missing); ``None`` if invalid."""
    try:
        y = int(str(year))
        m = int(str(month)) if month not in (None, "") else None
        d = int(str(day)) if day not in (None, "") and m is not None else None
        return PartialDate(y, m, d)
    except (TypeError, ValueError):
        return None


def registry_kind(written: str | None) -> WorkKind:
    """The kind of a work from the type ORCID or Crossref gives it; a type the graph does not tell apart is other."""
    return _WORK_KINDS.get(written or "", WorkKind.OTHER)


def known_venue(written: str | None, table: AliasTable, *, free_text: bool = True) -> str | None:
    """The alias table's short name for a venue as written, if the table knows it.

    ``free_text`` also finds a known venue inside a longer name (Crossref's "2022 IEEE/CVF
    Conference on Computer Vision and Pattern Recognition (CVPR)"); dblp's names are already
    short and canonical, and searching in them would read "CVPR Workshops" as CVPR.
    """
    if not written or not written.strip():
        return None
    text = _VOLUME_PART.sub("", " ".join(written.split()))
    entry = table.lookup(text)
    if entry is None and free_text:
        found = table.find(text)
        entry = found[0] if found else None
    return entry.label if entry else None


def venue_name(written: str | None, table: AliasTable, *, free_text: bool = True) -> str | None:
    """The venue as the graph names it: the alias table's short name when the table knows it, else as written."""
    if not written or not written.strip():
        return None
    return known_venue(written, table, free_text=free_text) or _VOLUME_PART.sub("", " ".join(written.split()))


def collect(result: SourceResult, items: Iterable[Record | Problem]) -> SourceResult:
    """Sort what a reader yields into the result's records and problems."""
    for item in items:
        if isinstance(item, Problem):
            result.problems.append(item)
        else:
            result.records.append(item)
    return result


EntryReader = Callable[[Located, Origin], Iterable[Record | Problem]]


def read_json_entries(path: Path, shown_as: str, list_keys: tuple[str, ...], read_entry: EntryReader) -> SourceResult:
    """Read every entry of a registry's JSON or JSON Lines file with ``read_entry``; a broken one is a problem."""
    result = SourceResult(shown_as)
    for line, entry in json_entries(path, shown_as, list_keys):
        origin = Origin(shown_as, line)
        if isinstance(entry, json.JSONDecodeError):
            message = f"this line is not JSON ({entry.msg}, column {entry.colno}); it is skipped"
            result.problems.append(Problem(Severity.VIOLATION, message, origin, left_out=True))
        elif not isinstance(entry, Located):
            result.problems.append(
                Problem(Severity.VIOLATION, "entry is not a JSON object; it is skipped", origin, left_out=True)
            )
        else:
            collect(result, read_entry(entry, origin))
    return result
