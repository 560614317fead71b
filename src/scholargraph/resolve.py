"""Who might be whom: names that look like one person written two ways.

Only candidates are reported, with their evidence; nothing is merged here, because
``Zicheng Tian`` and ``Zichen Tian`` may be one student or two. Comparisons are made
within blocks (same family name; same words in any order), so the cost grows with
the size of the blocks, not with the square of all names.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import combinations

from .aliases import normalize
from .model import (
    Award,
    Collaboration,
    Course,
    Degree,
    Origin,
    Person,
    Position,
    Problem,
    Record,
    ServiceRole,
    Severity,
    Supervision,
    Talk,
    Visit,
    Work,
)
from .names import PersonName, name_variant_reason, parse_name

__all__ = ["NameCandidate", "name_candidates", "person_mentions"]


@dataclass(frozen=True)
class NameCandidate:
    """Two spellings that may name one person, where each was first written, and why."""

    first: str
    second: str
    first_origin: Origin
    second_origin: Origin
    reason: str

    def problem(self) -> Problem:
        message = (
            f"'{self.first}' and '{self.second}' (at {self.second_origin}) may be the same person: "
            f"{self.reason}; they are kept apart — if they are one person, write the name one way"
        )
        return Problem(Severity.WARNING, message, self.first_origin)


def person_mentions(records: Iterable[Record]) -> Iterator[tuple[str, Origin]]:
    """Every person's name written in the records, with where it was written."""
    for record in records:
        origin = record.origin
        if isinstance(record, Work):
            yield from ((name, origin) for name in record.authors if name)
        elif isinstance(record, Supervision):
            yield from ((name, origin) for name in (record.supervisor, record.person, *record.cosupervisors))
        elif isinstance(record, (Position, Visit)):
            yield from ((name, origin) for name in (record.person, *record.hosts))
        elif isinstance(record, Degree):
            yield from ((name, origin) for name in (record.person, *record.advisors))
        elif isinstance(record, Person):
            yield record.name, origin
        elif isinstance(record, Talk):
            yield record.speaker, origin
        elif isinstance(record, Course):
            yield record.teacher, origin
        elif isinstance(record, (Award, ServiceRole, Collaboration)):
            yield record.person, origin


def name_candidates(mentions: Iterable[tuple[str, Origin]]) -> list[NameCandidate]:
    """Pairs of distinct names that may be one person, in the order they were first written."""
    first_seen: dict[str, tuple[str, Origin, PersonName]] = {}
    for written, origin in mentions:
        name = parse_name(written)
        if name.key and (name.key not in first_seen or origin < first_seen[name.key][1]):
            first_seen[name.key] = (written, origin, name)
    blocks: dict[str, set[str]] = defaultdict(set)
    for key, (_, _, name) in first_seen.items():
        blocks["family " + normalize(name.family)].add(key)
        blocks["words " + " ".join(sorted(normalize(name.display).split()))].add(key)
    pairs: set[tuple[str, str]] = set()
    for keys in blocks.values():
        pairs.update(combinations(sorted(keys), 2))
    candidates = []
    for a, b in sorted(pairs):
        (written_a, origin_a, name_a), (written_b, origin_b, name_b) = sorted((first_seen[a], first_seen[b]), key=lambda x: x[1])
        reason = name_variant_reason(name_a, name_b)
        if reason:
            candidates.append(NameCandidate(written_a, written_b, origin_a, origin_b, reason))
    return sorted(candidates, key=lambda c: (c.first_origin, c.second_origin))
