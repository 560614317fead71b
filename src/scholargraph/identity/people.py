"""Person resolution: which written names are one person, and the look-alikes left for a hint to settle.

Names sharing a registry identifier or a hint are one person, and so are spellings with the
same normalized key; a name that only says less than another joins it on shared co-authors;
other look-alikes stay apart as ``Candidate`` pairs with their evidence. Names are compared
within blocks (``candidates.variant_pairs``), so the cost grows near-linearly.
"""

from __future__ import annotations

import json
import re
from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..model.names import NameVariant, PersonName, fold, parse_name
from ..model.records import (
    Collaboration,
    Course,
    Degree,
    Identifier,
    IdentifierScheme,
    Origin,
    Person,
    Position,
    Problem,
    Record,
    Severity,
    Supervision,
    Visit,
    Work,
)
from .aliases import AliasTable
from .candidates import person_mentions, variant_pairs
from .hints import Hints

__all__ = ["Candidate", "PersonIdentity", "Spelling", "person_key", "resolve_people"]

_ONE_PERSON_SCHEMES = (IdentifierScheme.ORCID, IdentifierScheme.DBLP, IdentifierScheme.MGP)
"""Schemes whose different values mean different people (OpenAlex often splits one person in two)."""
_SHARED_PEOPLE_TO_MERGE = 2

_HOMONYM = re.compile(r"\s(\d{4})$")
"""dblp's homonym number: ``Wei Wang 0001`` and ``Wei Wang 0002`` are two people."""


@lru_cache(maxsize=1 << 16)
def person_key(written: str) -> tuple[str, PersonName]:
    """The identity key of a written name, and the name: a dblp homonym number stays in the key."""
    name = parse_name(written)
    number = _HOMONYM.search(written.strip())
    return (f"{name.key}-{number.group(1)}" if number and name.key else name.key), name


@dataclass(frozen=True)
class PersonIdentity:
    """The node a name stands for: its IRI key, the name the node is given, and hinted identifiers."""

    key: str
    name: PersonName
    identifiers: tuple[Identifier, ...] = ()


@dataclass(frozen=True)
class Spelling:
    """One way a name is written, where it is written, and the identifiers given with it."""

    name: str
    origins: tuple[Origin, ...]
    identifiers: tuple[Identifier, ...] = ()

    def written_at(self, per_file: int = 5) -> str:
        """Where it is written, lines grouped by file: ``a.bib:1, 16, 30 (+41 more); home.txt:271``."""
        lines: dict[str, list[int]] = defaultdict(list)
        for origin in self.origins:
            lines[origin.path].append(origin.line)
        shown = []
        for path, numbers in lines.items():
            more = f" (+{len(numbers) - per_file} more)" if len(numbers) > per_file else ""
            shown.append(f"{path}:{', '.join(map(str, numbers[:per_file]))}{more}")
        return "; ".join(shown)

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "written_at": [str(origin) for origin in self.origins],
            "identifiers": [f"{i.scheme.value}:{i.value}" for i in self.identifiers],
        }


@dataclass(frozen=True)
class Candidate:
    """Two names that may be one person, kept apart until a hint settles them, with the evidence."""

    first: Spelling
    second: Spelling
    reason: str
    shared_people: tuple[str, ...]
    shared_organizations: tuple[str, ...]
    shared_venues: tuple[str, ...]
    merge_line: str
    """The line for ``[identity.aliases]`` that makes them one person."""
    distinct_line: str
    """The line for ``[identity.distinct]`` that keeps them apart for good."""
    ties: tuple[str, ...] = ()
    """What a lab's records tie them by: a shared supervisor, a supervisor of one who wrote works with the other."""
    merged: bool = False
    """True when the ties, with a shared organization, made them one person (``[identity.distinct]`` undoes it)."""

    def evidence(self) -> list[str]:
        """The evidence, one line each, for people to read."""
        lines = list(self.ties)
        for label, values in (
            ("shared co-authors and colleagues", self.shared_people),
            ("shared organizations", self.shared_organizations),
            ("shared venues", self.shared_venues),
        ):
            lines.append(f"{label}: {', '.join(values) if values else 'none'}")
        for spelling in (self.first, self.second):
            if spelling.identifiers:
                shown = ", ".join(f"{i.scheme.value}:{i.value}" for i in spelling.identifiers)
                lines.append(f"identifiers of {spelling.name}: {shown}")
        return lines

    def problem(self) -> Problem:
        if self.merged:
            message = (
                f"'{self.first.name}' and '{self.second.name}' (at {self.second.origins[0]}) are taken as one person: "
                f"{self.reason}; {'; '.join(self.ties)}; both at {', '.join(self.shared_organizations)} — if they are two, "
                f"say so in scholargraph.toml with [identity.distinct] {self.distinct_line}"
            )
            return Problem(Severity.INFO, message, self.first.origins[0])
        message = (
            f"'{self.first.name}' and '{self.second.name}' (at {self.second.origins[0]}) may be the same person: "
            f"{self.reason}; they are kept apart — settle it in scholargraph.toml with "
            f"[identity.aliases] {self.merge_line} (one person) or [identity.distinct] {self.distinct_line} (two)"
        )
        return Problem(Severity.WARNING if self.worth_a_look else Severity.INFO, message, self.first.origins[0])

    @property
    def worth_a_look(self) -> bool:
        """Whether more than the names ties the two: shared people or organizations, or one file
        writing both (a shared venue is weak: thousands publish at each). Look-alikes with nothing
        else in common (``Y. Zhang`` in one group's BibTeX, ``Yin Zhang`` in another's) are many in
        a big project: they are notes, not warnings, and ``dedupe`` still lists them."""
        files = {origin.path for origin in self.first.origins} & {origin.path for origin in self.second.origins}
        return bool(self.shared_people or self.shared_organizations or files)

    def as_dict(self) -> dict[str, Any]:
        return {
            "names": [self.first.as_dict(), self.second.as_dict()],
            "reason": self.reason,
            "shared_people": list(self.shared_people),
            "shared_organizations": list(self.shared_organizations),
            "shared_venues": list(self.shared_venues),
            "ties": list(self.ties),
            "merged": self.merged,
            "settle": {"identity.aliases": self.merge_line, "identity.distinct": self.distinct_line},
        }


@dataclass
class _Name:
    """Everything the sources say about one normalized name."""

    key: str
    name: PersonName
    origins: set[Origin] = field(default_factory=set)
    records: list[int] = field(default_factory=list)
    identifiers: set[Identifier] = field(default_factory=set)
    organizations: set[str] = field(default_factory=set)
    venues: set[str] = field(default_factory=set)
    works: set[int] = field(default_factory=set)
    """The indexes of the work records naming them."""
    supervisors: set[str] = field(default_factory=set)
    """The name keys of those a supervision record says supervised them (principal or co-supervisor)."""

    @property
    def display(self) -> str:
        """The name as a hint would write it: with its dblp homonym number, if any."""
        number = self.key[len(self.name.key) + 1 :]
        return f"{self.name.display} {number}".strip()


class _Clusters:
    """Union-find over name keys that knows each cluster's ORCIDs and DBLP pids, to refuse joining two people."""

    def __init__(self, unique: Mapping[str, set[Identifier]]) -> None:
        self.parent: dict[str, str] = {}
        self.unique = {key: {i for i in ids if i.scheme in _ONE_PERSON_SCHEMES} for key, ids in unique.items()}

    def find(self, key: str) -> str:
        root = key
        while self.parent.get(root, root) != root:
            root = self.parent[root]
        while key != root:
            self.parent[key], key = root, self.parent.get(key, key)
        return root

    def conflict(self, a: str, b: str) -> tuple[Identifier, Identifier] | None:
        """Two identifiers of one scheme, one on each side and none shared, that say these are different people."""
        ids_a, ids_b = self.unique.get(self.find(a)), self.unique.get(self.find(b))
        if not ids_a or not ids_b:
            return None
        for scheme in _ONE_PERSON_SCHEMES:
            values_a = {i for i in ids_a if i.scheme is scheme}
            values_b = {i for i in ids_b if i.scheme is scheme}
            if values_a and values_b and not values_a & values_b:
                return min(values_a), min(values_b)
        return None

    def union(self, a: str, b: str) -> None:
        """Join the clusters of ``a`` and ``b``; the caller checks ``conflict`` first."""
        root_a, root_b = self.find(a), self.find(b)
        if root_b < root_a:
            root_a, root_b = root_b, root_a
        if root_a != root_b:
            self.parent[root_b] = root_a
            self.unique[root_a] = self.unique.get(root_a, set()) | self.unique.pop(root_b, set())


def _person_names(
    records: Sequence[Record], hints: Hints, venue_table: AliasTable, organization_table: AliasTable
) -> tuple[dict[str, _Name], list[list[str]]]:
    """Each normalized name with what is said about it, and the names each record mentions."""
    names: dict[str, _Name] = {}
    record_names: list[list[str]] = []

    def note(written: str) -> _Name | None:
        key, name = person_key(written)
        if not key:
            return None
        entry = names.get(key)
        if entry is None:
            entry = names[key] = _Name(key, name)
        return entry

    for index, record in enumerate(records):
        keys: list[str] = []
        for written, origin in person_mentions([record]):
            entry = note(written)
            if entry is None:
                continue
            entry.origins.add(origin)
            if not entry.records or entry.records[-1] != index:
                entry.records.append(index)
            keys.append(entry.key)
        record_names.append(keys)
        if isinstance(record, Work):
            series = venue_table.resolve(record.venue) if record.venue else None
            for key in keys:
                names[key].works.add(index)
                if series:
                    names[key].venues.add(series.label)
            for author, identifiers in zip(record.authors, record.author_identifiers, strict=False):
                if author and (entry := note(author)):
                    entry.identifiers.update(identifiers)
        elif isinstance(record, Person) and (entry := note(record.name)):
            entry.identifiers.update(record.identifiers)
        elif isinstance(record, Supervision) and (entry := note(record.person)):
            keys_of = (person_key(written)[0] for written in (record.supervisor, *record.cosupervisors))
            entry.supervisors.update(key for key in keys_of if key)
        organization = _organization_of(record)
        if organization:
            known = organization_table.lookup(organization)
            for key in keys:
                names[key].organizations.add(known.name if known else organization)
    for written, identifiers in hints.identifiers.items():
        if entry := note(written):
            entry.identifiers.update(identifiers)
    return names, record_names


def _organization_of(record: Record) -> str | None:
    if isinstance(record, (Position, Visit, Collaboration, Supervision, Course)):
        return record.organization
    if isinstance(record, Degree):
        return record.institution
    return None


class _People:
    """Person resolution, step by step: sure merges, merges on evidence, then the pairs left to list."""

    def __init__(self, records: Sequence[Record], hints: Hints, venue_table: AliasTable, organization_table: AliasTable) -> None:
        self.names, self.record_names = _person_names(records, hints, venue_table, organization_table)
        self.problems = _unused_hints(hints, self.names)
        for written in (*hints.aliases, *hints.aliases.values()):
            key, name = person_key(written)
            self.names.setdefault(key, _Name(key, name))
        self.clusters = _Clusters({key: entry.identifiers for key, entry in self.names.items()})
        self.ambiguous = {key: problem for key, entry in self.names.items() if (problem := _one_name_two_people(entry))}
        self.problems += self.ambiguous.values()
        self.hints = hints
        self.preferred = {person_key(meant)[0] for meant in hints.aliases.values()}
        self.distinct = [(person_key(a)[0], person_key(b)[0]) for a, others in sorted(hints.distinct.items()) for b in others]
        self.tied: dict[frozenset[str], tuple[str, ...]] = {}
        """Pairs of name keys made one person by ``merge_on_ties``, with the ties."""

    def resolve(self) -> tuple[dict[str, PersonIdentity], list[Candidate], list[Problem]]:
        self.merge_sure()
        pairs = _look_alikes(self.names)
        self.merge_on_evidence(pairs)
        self.merge_on_ties(pairs)
        identities = _person_identities(self.names, self.clusters, self.preferred, self.hints)
        candidates = self.candidates(pairs, identities)
        return {key: identities[self.clusters.find(key)] for key in self.names}, candidates, self.problems

    def join(self, a: str, b: str, why: str, by_hint: bool = False) -> None:
        """Make ``a`` and ``b`` one person, unless their identifiers say they are two (then say so)."""
        if self.clusters.find(a) == self.clusters.find(b):
            return
        clash = self.clusters.conflict(a, b)
        if clash is None:
            self.clusters.union(a, b)
            return
        x, y = clash
        message = (
            f"'{self.names[a].display}' and '{self.names[b].display}' {why}, but carry different identifiers "
            f"({x.scheme.value}:{x.value}, {y.scheme.value}:{y.value}); they are kept apart"
        )
        origin = None if by_hint else min((*self.names[a].origins, *self.names[b].origins), default=None)
        self.problems.append(Problem(Severity.WARNING, message, origin or Origin("scholargraph.toml", 0)))

    def merge_sure(self) -> None:
        """Hints, names written alike, shared identifiers."""
        for written, meant in sorted(self.hints.aliases.items()):
            self.join(person_key(written)[0], person_key(meant)[0], "are one person by [identity.aliases]", by_hint=True)
        by_letters: dict[str, str] = {}
        for key in sorted(self.names):  # Qian-Ru Sun, Qianru Sun, QIANRU Sun: one name written with other marks
            entry = self.names[key]
            letters = fold(entry.name.display)
            if letters:  # names without Latin letters (孙倩茹) meet only when spelled the same
                letters += key[len(entry.name.key) :]  # a homonym number stays
                self.join(by_letters.setdefault(letters, key), key, "are written alike")
        first_holder: dict[Identifier, str] = {}
        for key in sorted(self.names.keys() - self.ambiguous):  # "Q. Sun" with two ORCIDs must not chain two people
            for identifier in sorted(self.names[key].identifiers):
                holder = first_holder.setdefault(identifier, key)
                if holder != key:
                    self.join(holder, key, f"share {identifier.scheme.value}:{identifier.value}")

    def merge_on_evidence(self, pairs: list[tuple[str, str, NameVariant]]) -> None:
        """A name saying less joins the one full name it fits when they share enough people."""
        could_be: dict[str, set[str]] = defaultdict(set)
        for a, b, variant in pairs:
            if variant.compatible:
                for short, full in ((a, b), (b, a)):
                    if _says_less(self.names[short], self.names[full]):
                        could_be[short].add(self.clusters.find(full))
        for a, b, variant in pairs:
            if not variant.compatible or self.clusters.find(a) == self.clusters.find(b) or self.kept_apart(a, b):
                continue
            if any(len(could_be[k]) > 1 for k in (a, b)):
                continue
            if len(self.shared(a, b)[0]) >= _SHARED_PEOPLE_TO_MERGE:
                self.join(a, b, "look alike and share co-authors")

    def merge_on_ties(self, pairs: list[tuple[str, str, NameVariant]]) -> None:
        """A name saying less (a family name cut to its initial, a given name left out) joins the one longer name it
        fits when a lab's records tie them (``ties``) and they share an organization; fitting two, it is listed."""
        fits: dict[str, list[tuple[str, tuple[str, ...]]]] = defaultdict(list)
        for a, b, variant in pairs:
            if not variant.says_less or self.clusters.find(a) == self.clusters.find(b) or self.kept_apart(a, b):
                continue
            ties = self.ties(a, b)
            if ties and self.shared(a, b)[1]:
                short, full = sorted((a, b), key=lambda key: (len(fold(self.names[key].name.display)), key))
                fits[short].append((full, ties))
        for short, found in sorted(fits.items()):
            if len({self.clusters.find(full) for full, _ in found}) == 1:
                for full, ties in found:
                    self.join(short, full, "are tied by a supervision")
                    self.tied[frozenset((short, full))] = ties

    def ties(self, a: str, b: str) -> tuple[str, ...]:
        """What supervision records tie ``a`` and ``b`` by: a supervisor of both, or a supervisor of one who wrote
        works with the other ("Min-Yen Kan supervised Muthu Kumar C and wrote 8 works with Muthu Kumar Chandrasekaran")."""
        names, find = self.names, self.clusters.find
        lines = []
        by_root_a = {find(key): key for key in names[a].supervisors}
        by_root_b = {find(key): key for key in names[b].supervisors}
        for root in sorted(by_root_a.keys() & by_root_b.keys()):
            lines.append(f"both supervised by {names[by_root_a[root]].display}")
        for one, other, supervisors in ((a, b, by_root_a), (b, a, by_root_b)):
            for root, key in sorted(supervisors.items()):
                joint = len(names[key].works & names[other].works)
                if joint and root not in by_root_a.keys() & by_root_b.keys() and find(key) not in (find(a), find(b)):
                    works = "work" if joint == 1 else "works"
                    told = f"{names[key].display} supervised {names[one].display}"
                    lines.append(f"{told} and wrote {joint} {works} with {names[other].display}")
        return tuple(lines)

    def shared(self, a: str, b: str) -> tuple[set[str], set[str], set[str]]:
        """The people (cluster roots), organizations and venues named with both ``a`` and ``b``."""
        find, names = self.clusters.find, self.names
        both = {find(a), find(b)}
        people_a = {find(k) for r in names[a].records for k in self.record_names[r]} - both
        people_b = {find(k) for r in names[b].records for k in self.record_names[r]} - both
        return people_a & people_b, names[a].organizations & names[b].organizations, names[a].venues & names[b].venues

    def kept_apart(self, a: str, b: str) -> bool:
        """Whether ``[identity.distinct]`` says the people of ``a`` and ``b`` are two."""
        if not self.distinct:
            return False
        pair = {self.clusters.find(a), self.clusters.find(b)}
        return any({self.clusters.find(x), self.clusters.find(y)} == pair for x, y in self.distinct)

    def candidates(self, pairs: list[tuple[str, str, NameVariant]], identities: Mapping[str, PersonIdentity]) -> list[Candidate]:
        """One candidate per pair of people still apart, in the order they are first written."""
        found: dict[frozenset[str], Candidate] = {}
        for a, b, variant in pairs:
            pair = frozenset((self.clusters.find(a), self.clusters.find(b)))
            first, second = self.names[a], self.names[b]
            merged = frozenset((a, b)) in self.tied
            if merged:
                pair = frozenset((a, b))  # one person now: listed as the merge it was, to undo if wrong
            if len(pair) == 1 or pair in found or self.kept_apart(a, b) or not first.origins or not second.origins:
                continue
            people, organizations, venues = self.shared(a, b)
            earlier, later = sorted((first, second), key=lambda n: min(n.origins))
            kept, later_name = sorted((earlier, later), key=lambda n: _rank(n, self.preferred))
            found[pair] = Candidate(
                first=_spelling(earlier),
                second=_spelling(later),
                reason=variant.reason,
                shared_people=tuple(sorted(identities[p].name.display for p in people)),
                shared_organizations=tuple(sorted(organizations)),
                shared_venues=tuple(sorted(venues)),
                merge_line=f"{_toml(later_name.display)} = {_toml(kept.display)}",
                distinct_line=f"{_toml(later_name.display)} = [{_toml(kept.display)}]",
                ties=self.tied.get(frozenset((a, b))) or self.ties(a, b),
                merged=merged,
            )
        return sorted(found.values(), key=lambda c: (c.first.origins[0], c.second.origins[0]))


def _look_alikes(names: Mapping[str, _Name]) -> list[tuple[str, str, NameVariant]]:
    """Pairs of names that may be one person: look-alike spellings, and a name written without
    the dblp homonym number another source gives it (``Yaoyao Liu`` / ``Yaoyao Liu 0001``)."""
    pairs = list(variant_pairs({key: entry.name for key, entry in names.items()}))
    homonym = NameVariant("the same name, one with the number dblp gives to tell namesakes apart", compatible=True)
    pairs += [
        (min(key, entry.name.key), max(key, entry.name.key), homonym)
        for key, entry in names.items()
        if key != entry.name.key and entry.name.key in names
    ]
    return sorted(pairs, key=lambda pair: (pair[0], pair[1]))


def _says_less(short: _Name, full: _Name) -> bool:
    """Whether ``short`` is ``full`` written with less: initials, or no homonym number."""
    if short.name.abbreviated and not full.name.abbreviated:
        return True
    return short.key == short.name.key and full.key != full.name.key


def _unused_hints(hints: Hints, names: Mapping[str, _Name]) -> list[Problem]:
    """A warning for each name a hint gives that no source writes: most likely a typo."""
    problems = []
    written = [("aliases", name) for name in hints.aliases] + [("identifiers", name) for name in hints.identifiers]
    written += [("distinct", name) for first, others in hints.distinct.items() for name in (first, *others)]
    for table, name in sorted(set(written)):
        entry = names.get(person_key(name)[0])
        if entry is None or not entry.origins:
            message = f"[identity.{table}] names {_toml(name)}, which no source writes; check the spelling"
            problems.append(Problem(Severity.WARNING, message, hints.origin(name)))
    return problems


def _one_name_two_people(entry: _Name) -> Problem | None:
    """A warning when one spelling carries two ORCIDs (or DBLP pids): two people share a name and one node."""
    for scheme in _ONE_PERSON_SCHEMES:
        values = sorted(i.value for i in entry.identifiers if i.scheme is scheme)
        if len(values) > 1 and entry.origins:
            message = (
                f"'{entry.display}' is written with different {scheme.value} identifiers ({', '.join(values)}): "
                "two people share this name and are one node here; write one of them differently (a middle initial)"
            )
            return Problem(Severity.WARNING, message, min(entry.origins))
    return None


def _rank(entry: _Name, preferred: set[str]) -> tuple[bool, bool, int, str]:
    """Which name a person's node is given, smallest first: a hinted name, a full one (not initials, no family
    name cut to its initial), the most written, then by key."""
    short = entry.name.abbreviated or len(fold(entry.name.family)) == 1
    return entry.key not in preferred, short, -len(entry.origins), entry.key


def _person_identities(
    names: Mapping[str, _Name], clusters: _Clusters, preferred: set[str], hints: Hints
) -> dict[str, PersonIdentity]:
    """One identity per cluster root, named after its preferred name."""
    members: dict[str, list[_Name]] = defaultdict(list)
    for key, entry in names.items():
        members[clusters.find(key)].append(entry)
    hinted: dict[str, set[Identifier]] = defaultdict(set)
    for written, identifiers in hints.identifiers.items():
        hinted[clusters.find(person_key(written)[0])].update(identifiers)
    identities = {}
    for root, entries in members.items():
        best = min(entries, key=lambda entry: _rank(entry, preferred))
        identities[root] = PersonIdentity(best.key, best.name, tuple(sorted(hinted.get(root, ()))))
    return identities


def _spelling(entry: _Name) -> Spelling:
    return Spelling(entry.display, tuple(sorted(entry.origins)), tuple(sorted(entry.identifiers)))


def _toml(text: str) -> str:
    """A TOML basic string (its escapes are JSON's)."""
    return json.dumps(text, ensure_ascii=False)


def resolve_people(
    records: Sequence[Record], hints: Hints, venue_table: AliasTable, organization_table: AliasTable
) -> tuple[dict[str, PersonIdentity], list[Candidate], list[Problem]]:
    """Each name key's person, the look-alike pairs left apart, and the problems met."""
    return _People(records, hints, venue_table, organization_table).resolve()
