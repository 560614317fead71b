"""Who might be whom: the people a record names, and pairs of names that may be one person.

Pairs are only *found* here, with the reason they look alike; ``identity`` decides which
to merge and which to list for a person to settle. Names are compared within small blocks
(see ``variant_pairs``), so the cost grows with the number of names, not with its square.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping
from itertools import combinations

from ..model.names import NameVariant, PersonName, fold, name_variant
from ..model.records import (
    Award,
    Collaboration,
    Course,
    Degree,
    Origin,
    Person,
    Position,
    Record,
    ServiceRole,
    Supervision,
    Talk,
    Visit,
    Work,
)

__all__ = ["person_mentions", "variant_pairs"]


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


def variant_pairs(names: Mapping[str, PersonName]) -> Iterator[tuple[str, str, NameVariant]]:
    """Pairs of name keys (sorted, each pair once) whose names may be one person, and why.

    Each kind of variant has its own block, so blocks stay small even for common names:
    the same words in any order; the same letters; family name and the first two letters
    of the given name (``Zichen`` / ``Zicheng``); and family name and initials, where only
    initials are compared with full names (``Q. Sun`` with each ``Q… Sun``, not every
    ``Q… Sun`` with every other). Two kinds are looked up from the rarer side only: a family
    name cut to its initial (``Muthu Kumar C`` with each ``Muthu Kumar C…``) and a given name
    left out (each name with the names of its family that have two given names or more, one
    of them its first: ``George Huang`` and ``Po-Wei Huang`` with ``George Po-Wei Huang``).
    """
    blocks: dict[str, set[str]] = defaultdict(set)
    initials: dict[str, tuple[set[str], set[str]]] = defaultdict(lambda: (set(), set()))
    cut: dict[str, set[str]] = defaultdict(set)
    more_given: dict[str, set[str]] = defaultdict(set)
    for key, name in names.items():
        display, given, family = fold(name.display), fold(name.given), fold(name.family)
        if not display:
            continue  # no Latin letters (孙倩茹): nothing to compare but the spelling itself
        blocks["words " + " ".join(sorted(display.split()))].add(key)
        blocks["letters " + display.replace(" ", "")].add(key)
        short, full = initials[family + " " + "".join(word[0] for word in given.split())]
        (short if name.abbreviated else full).add(key)
        if not name.abbreviated:
            blocks["spelling " + family + " " + given[:2]].add(key)
            if len(family) == 1:
                cut[given + " " + family].add(key)
            if " " in given:
                for word in given.split():
                    more_given[family + " " + word].add(key)
    pairs: set[tuple[str, str]] = set()
    for keys in blocks.values():
        if len(keys) > 1:
            pairs.update(combinations(sorted(keys), 2))
    for short, full in initials.values():
        pairs.update((min(a, b), max(a, b)) for a in short for b in full)
    if cut or more_given:
        pairs.update(_rare_pairs(names, cut, more_given))
    for a, b in sorted(pairs):
        variant = name_variant(names[a], names[b])
        if variant:
            yield a, b, variant


def _rare_pairs(
    names: Mapping[str, PersonName], cut: Mapping[str, set[str]], more_given: Mapping[str, set[str]]
) -> Iterator[tuple[str, str]]:
    """Each name with those written with its family name cut to its initial (``cut``, by given names
    and initial), and with those having more given names (``more_given``, by family and a given name)."""
    for key, name in names.items():
        given, family = fold(name.given), fold(name.family)
        if name.abbreviated or not given or not family:
            continue
        words = given.count(" ")
        longer = more_given.get(family + " " + given.split()[0], ())
        more = (other for other in longer if fold(names[other].given).count(" ") > words)
        found = (*cut.get(given + " " + family[0], ()), *more)
        yield from ((min(key, other), max(key, other)) for other in found if other != key)
