"""What became of each source's records: in the graph as their own, merged into another record's
work, or left out and reported — so that nothing a source gives is lost without a word.

A reader makes a record of each entry it can read and reports each it leaves out (a ``Problem``
with ``left_out``); identity resolution then merges some work records into the works of others.
Every source is accounted for in the build summary and in ``validation.json``::

    papers.bib: 386 records → 362 works, 18 merged into others, 6 skipped (reported)
    orcid-0000-0002-1825-0097.json: not read: is an ORCID API error saved in place of a record (HTTP 409 …
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from ..identity import Resolution
from ..model.records import Problem, Record, SourceResult, Work

__all__ = ["SourceAccount", "Tally", "account"]

_NOUNS = {
    "Person": "people",
    "Work": "works",
    "Supervision": "supervisions",
    "Degree": "degrees",
    "Position": "positions",
    "Visit": "visits",
    "Award": "awards",
    "ServiceRole": "service roles",
    "Talk": "talks",
    "Collaboration": "collaborations",
    "Course": "courses",
}
"""Each record type as the summary counts it."""
_SINGULAR = {"people": "person", **{noun: noun.removesuffix("s") for noun in _NOUNS.values() if noun != "people"}}


@dataclass(frozen=True)
class SourceAccount:
    """One source: its records by kind (works merged into others apart), the entries skipped, or why it could not be read."""

    path: str
    kind: str
    records: dict[str, int] = field(default_factory=dict)
    """Records that stand for themselves in the graph, by kind (``works``, ``people``…)."""
    merged: int = 0
    """Work records merged into the work another record stands for."""
    skipped: int = 0
    """Entries left out of the graph, each named in the report with the reason."""
    error: str | None = None
    """Why the source could not be read at all (then nothing of it is in the graph)."""

    @property
    def read(self) -> int:
        """Every record in: those standing for themselves, those merged and those skipped."""
        return sum(self.records.values()) + self.merged + self.skipped

    def __str__(self) -> str:
        if self.error is not None:
            return f"{self.path}: not read: {self.error}"
        parts = [f"{count} {noun if count != 1 else _SINGULAR[noun]}" for noun, count in self.records.items()] or ["nothing"]
        if self.merged:
            parts.append(f"{self.merged} merged into others")
        if self.skipped:
            parts.append(f"{self.skipped} skipped (reported)")
        return f"{self.path}: {self.read} records → {', '.join(parts)}"

    def as_json(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "kind": self.kind,
            "read": self.read,
            "records": self.records,
            "merged": self.merged,
            "skipped": self.skipped,
            "error": self.error,
        }


class Tally:
    """Counts a source's records and left-out entries as they come (a streamed source is never held whole)."""

    def __init__(self, identities: Resolution) -> None:
        self.identities = identities
        self.counts: Counter[str] = Counter()
        self.merged = 0
        self.skipped = 0

    def add(self, item: Record | Problem) -> None:
        if isinstance(item, Problem):
            self.skipped += item.left_out
        elif isinstance(item, Work) and item in self.identities.merged:
            self.merged += 1
        else:
            self.counts[_NOUNS[type(item).__name__]] += 1

    def account(self, path: str, kind: str) -> SourceAccount:
        records = {noun: self.counts[noun] for noun in _NOUNS.values() if self.counts[noun]}
        return SourceAccount(path, kind, records, self.merged, self.skipped)


def account(kind: str, result: SourceResult, identities: Resolution) -> SourceAccount:
    """What became of the records of one source read, after identity resolution merged some works."""
    tally = Tally(identities)
    for item in [*result.records, *result.problems]:
        tally.add(item)
    return tally.account(result.path, kind)
