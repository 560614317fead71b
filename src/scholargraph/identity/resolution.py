"""Identity resolution: which names are one person and which records one work, across all sources of a build.

Decided before any IRI is minted, so the build gives one node per person and per work:

* People: names that share a registry identifier (ORCID, DBLP pid, OpenAlex, Wikidata)
  or a hint in ``scholargraph.toml`` are one person; so are spellings with the same
  normalized key (accents, case, hyphens, ``LOH Yi Lin``, ``Sun, Qianru``). Names that
  only *say less* than another (``Q. Sun`` / ``Qianru Sun``, ``Yilin`` / ``Yi Lin``) are
  merged when they share at least two other people and no other name fits. Every
  other look-alike (``Lv Hui`` / ``Hui Lv``, ``Zichen`` / ``Zicheng``) stays apart and
  is listed as a ``Candidate`` with its evidence, for a hint to settle.
* Works: records sharing a DOI, an arXiv id or a registry key are one work; so are
  records with the same normalized title, the same first author's family name and year
  (a preprint and the paper it became, up to two years apart, are one work), unless they
  give a different type, volume, publisher, venue or identifier. A record whose authors
  are a stand-in (an ORCID work summary) needs the same year and venue instead. Each
  merge is an info note naming both records and the evidence; one resting on the title
  alone is a warning.

Every choice depends only on the set of records, never on their order, so the same
sources give the same IRIs however they are listed. Comparisons are made within
blocks (see ``resolve.variant_pairs``; works by identifier and by title), so the
cost grows near-linearly with the number of names and works.
"""

from __future__ import annotations

import gc
import json
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from ..errors import ConfigError
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
    WorkKind,
)
from ..rdf.vocab import slug
from .aliases import AliasTable, Entry
from .candidates import person_mentions, variant_pairs

__all__ = ["Candidate", "Hints", "PersonIdentity", "Resolution", "Spelling", "WorkIdentity", "resolve"]

_ONE_PERSON_SCHEMES = (IdentifierScheme.ORCID, IdentifierScheme.DBLP, IdentifierScheme.MGP)
"""Schemes whose different values mean different people (OpenAlex often splits one person in two)."""
_ORCID = re.compile(r"^\d{4}-\d{4}-\d{4}-\d{3}[\dX]$")
_SHARED_PEOPLE_TO_MERGE = 2
_PREPRINT_YEARS_APART = 2


# --- hints from scholargraph.toml -------------------------------------------------------


@dataclass(frozen=True)
class Hints:
    """What a person told ``scholargraph.toml`` about identity::

    [identity.aliases]        # a spelling = the person's name (one person)
    "Lv Hui" = "Hui Lv"
    [identity.distinct]       # names of different people
    "Zichen Tian" = ["Zicheng Tian"]
    [identity.identifiers]    # a name = its identifiers
    "Qianru Sun" = ["orcid:0000-0003-2689-317X", "dblp:s/QianruSun"]
    [identity.venues]         # a venue as written = a known venue (or a new one)
    "Proc. CVPR" = "CVPR"
    [identity.organizations]  # an organization as written = its name
    "SMU" = "Singapore Management University"
    """

    aliases: Mapping[str, str] = field(default_factory=dict)
    distinct: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    identifiers: Mapping[str, tuple[Identifier, ...]] = field(default_factory=dict)
    venues: Mapping[str, str] = field(default_factory=dict)
    organizations: Mapping[str, str] = field(default_factory=dict)
    lines: Mapping[str, int] = field(default_factory=dict)
    """The line of ``scholargraph.toml`` each hinted name is first written on (TOML parsers give none)."""

    def origin(self, name: str) -> Origin:
        return Origin("scholargraph.toml", self.lines.get(name, 0))

    @classmethod
    def from_config(cls, table: object, where: str, text: str = "") -> Hints:
        """Hints from the ``[identity]`` table of ``where`` (whose ``text`` gives their lines);
        a ``ConfigError`` names the key that is wrong."""
        if not isinstance(table, dict):
            raise ConfigError(f"{where}: 'identity' must be a table, e.g. [identity.aliases]")
        known = ("aliases", "distinct", "identifiers", "venues", "organizations")
        unknown = sorted(set(table) - set(known))
        if unknown:
            raise ConfigError(f"{where}: unknown setting(s) identity.{', identity.'.join(unknown)}; known: {', '.join(known)}")
        aliases = _names_table(table, "aliases", where, many=False)
        distinct = {k: tuple(v) for k, v in _names_table(table, "distinct", where, many=True).items()}
        return cls(
            aliases=aliases,
            distinct=distinct,
            identifiers={
                name: tuple(_identifier(text, f"{where}: [identity.identifiers] {json.dumps(name)}") for text in values)
                for name, values in _names_table(table, "identifiers", where, many=True).items()
            },
            venues=_names_table(table, "venues", where, many=False),
            organizations=_names_table(table, "organizations", where, many=False),
            lines=_lines_naming(
                [*aliases, *distinct, *(n for names in distinct.values() for n in names), *table.get("identifiers", {})], text
            ),
        )

    def extend(self, venue_table: AliasTable, organization_table: AliasTable) -> None:
        """Teach the alias tables the venue and organization names the hints give."""
        for table, names in ((venue_table, self.venues), (organization_table, self.organizations)):
            for written, meant in sorted(names.items()):
                entry = table.lookup(meant) or Entry(name=meant)
                table.add(Entry(entry.name, entry.short, entry.kind, (written,)))


def _lines_naming(names: Iterable[str], text: str) -> dict[str, int]:
    """The first line of ``text`` on which each name stands quoted (or bare, as a TOML key)."""
    lines = text.splitlines()
    found = {}
    for name in names:
        quoted = (json.dumps(name, ensure_ascii=False), f"'{name}'")
        for number, line in enumerate(lines, start=1):
            if any(q in line for q in quoted) or line.strip().startswith(f"{name} ") or line.strip().startswith(f"{name}="):
                found[name] = number
                break
    return found


def _names_table(table: dict[str, Any], key: str, where: str, *, many: bool) -> dict[str, Any]:
    value = table.get(key, {})
    example = '"Zichen Tian" = ["Zicheng Tian"]' if many else '"Lv Hui" = "Hui Lv"'
    if not isinstance(value, dict):
        raise ConfigError(f"{where}: 'identity.{key}' must be a table of names, e.g. [identity.{key}] {example}")
    result: dict[str, Any] = {}
    for name, item in value.items():
        items = [item] if many and isinstance(item, str) else item
        if many:
            fine = isinstance(items, list) and bool(items) and all(isinstance(i, str) and i.strip() for i in items)
        else:
            fine = isinstance(item, str) and bool(item.strip())
        if not fine or not name.strip():
            expected = "a list of names" if many else "a name"
            raise ConfigError(f"{where}: [identity.{key}] {json.dumps(name)}: expected {expected}, e.g. {example}")
        result[name] = tuple(items) if many else item
    return result


def _identifier(text: str, where: str) -> Identifier:
    """``orcid:0000-…``, ``dblp:s/QianruSun``, ``openalex:A…``, ``wikidata:Q…`` or an ORCID page."""
    text = text.strip()
    if text.startswith(("https://orcid.org/", "http://orcid.org/")):
        text = "orcid:" + text.rsplit("/", 1)[1]
    scheme, _, value = text.partition(":")
    schemes = ", ".join(s.value for s in IdentifierScheme)
    if scheme.lower() not in {s.value for s in IdentifierScheme} or not value.strip():
        example = "'orcid:0000-0002-1825-0097'"
        raise ConfigError(f"{where}: {text!r} is not 'scheme:value' with a scheme among {schemes}, e.g. {example}")
    identifier = Identifier(IdentifierScheme(scheme.lower()), value.strip())
    if identifier.scheme is IdentifierScheme.ORCID and not _ORCID.match(identifier.value):
        raise ConfigError(f"{where}: {identifier.value!r} is not an ORCID iD; write it as 0000-0002-1825-0097")
    return identifier


# --- what resolution decides ------------------------------------------------------------

_HOMONYM = re.compile(r"\s(\d{4})$")
"""dblp's homonym number: ``Wei Wang 0001`` and ``Wei Wang 0002`` are two people."""


@lru_cache(maxsize=1 << 16)
def _key(written: str) -> tuple[str, PersonName]:
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
class WorkIdentity:
    """The node a work record stands for: the text its IRI is minted from, and its title, year and kind."""

    key: str
    title: str
    year: int | None
    kind: WorkKind


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

    def evidence(self) -> list[str]:
        """The evidence, one line each, for people to read."""
        lines = []
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
            "settle": {"identity.aliases": self.merge_line, "identity.distinct": self.distinct_line},
        }


@dataclass
class Resolution:
    """Who is whom and which work is which; names and works it has not seen stand for themselves."""

    people: dict[str, PersonIdentity] = field(default_factory=dict)
    works: dict[Work, WorkIdentity] = field(default_factory=dict)
    candidates: list[Candidate] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    overruled: set[Work] = field(default_factory=set)
    """Work records whose author list disagrees with the one their work keeps (see ``_one_author_list``)."""
    merged: set[Work] = field(default_factory=set)
    """Work records merged into a work another record (the first one read) stands for."""
    distinct: dict[str, set[str]] = field(default_factory=dict)
    """Person key → the keys of the people ``[identity.distinct]`` declares different from them (both ways)."""

    def person(self, written: str) -> PersonIdentity:
        key, name = _key(written)
        return self.people.get(key) or PersonIdentity(key, name)

    def work(self, record: Work) -> WorkIdentity:
        return self.works.get(record) or WorkIdentity(record.title, record.title, record.year, record.kind)


# --- people -----------------------------------------------------------------------------


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
        key, name = _key(written)
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
                if series:
                    names[key].venues.add(series.label)
            for author, identifiers in zip(record.authors, record.author_identifiers, strict=False):
                if author and (entry := note(author)):
                    entry.identifiers.update(identifiers)
        elif isinstance(record, Person) and (entry := note(record.name)):
            entry.identifiers.update(record.identifiers)
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
            key, name = _key(written)
            self.names.setdefault(key, _Name(key, name))
        self.clusters = _Clusters({key: entry.identifiers for key, entry in self.names.items()})
        self.ambiguous = {key: problem for key, entry in self.names.items() if (problem := _one_name_two_people(entry))}
        self.problems += self.ambiguous.values()
        self.hints = hints
        self.preferred = {_key(meant)[0] for meant in hints.aliases.values()}
        self.distinct = [(_key(a)[0], _key(b)[0]) for a, others in sorted(hints.distinct.items()) for b in others]

    def resolve(self) -> tuple[dict[str, PersonIdentity], list[Candidate], list[Problem]]:
        self.merge_sure()
        pairs = _look_alikes(self.names)
        self.merge_on_evidence(pairs)
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
            self.join(_key(written)[0], _key(meant)[0], "are one person by [identity.aliases]", by_hint=True)
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
            if len(pair) == 1 or pair in found or self.kept_apart(a, b) or not first.origins or not second.origins:
                continue
            people, organizations, venues = self.shared(a, b)
            earlier, later = sorted((first, second), key=lambda n: min(n.origins))
            kept, merged = sorted((earlier, later), key=lambda n: _rank(n, self.preferred))
            found[pair] = Candidate(
                first=_spelling(earlier),
                second=_spelling(later),
                reason=variant.reason,
                shared_people=tuple(sorted(identities[p].name.display for p in people)),
                shared_organizations=tuple(sorted(organizations)),
                shared_venues=tuple(sorted(venues)),
                merge_line=f"{_toml(merged.display)} = {_toml(kept.display)}",
                distinct_line=f"{_toml(merged.display)} = [{_toml(kept.display)}]",
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
        entry = names.get(_key(name)[0])
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
    """Which name a person's node is given, smallest first: a hinted name, a full one, the most written, then by key."""
    return entry.key not in preferred, entry.name.abbreviated, -len(entry.origins), entry.key


def _person_identities(
    names: Mapping[str, _Name], clusters: _Clusters, preferred: set[str], hints: Hints
) -> dict[str, PersonIdentity]:
    """One identity per cluster root, named after its preferred name."""
    members: dict[str, list[_Name]] = defaultdict(list)
    for key, entry in names.items():
        members[clusters.find(key)].append(entry)
    hinted: dict[str, set[Identifier]] = defaultdict(set)
    for written, identifiers in hints.identifiers.items():
        hinted[clusters.find(_key(written)[0])].update(identifiers)
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


# --- works ------------------------------------------------------------------------------


def _fold_title(title: str) -> str:
    folded = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]", "", folded)


def _doi(text: str) -> str:
    return re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:)", "", text.strip(), flags=re.IGNORECASE).lower()


def _arxiv(text: str) -> str:
    text = re.sub(r"^(?:arxiv:|https?://arxiv\.org/(?:abs|pdf)/)", "", text.strip(), flags=re.IGNORECASE)
    return re.sub(r"v\d+$", "", text.removesuffix(".pdf")).lower()


_ARXIV_DOI = re.compile(r"^10\.48550/arxiv\.(.+)$")


def _work_keys(work: Work) -> list[str]:
    """The identifiers that name a work: one shared key means one work."""
    keys = []
    if work.doi:
        doi = _doi(work.doi)
        arxiv_doi = _ARXIV_DOI.match(doi)
        keys.append(f"arxiv:{_arxiv(arxiv_doi.group(1))}" if arxiv_doi else f"doi:{doi}")
    if work.arxiv_id:
        keys.append(f"arxiv:{_arxiv(work.arxiv_id)}")
    keys += [f"{i.scheme.value}:{i.value}" for i in work.identifiers]
    return keys


def _first_family(work: Work) -> str:
    first = next((name for name in work.authors if name), None)
    return parse_name(first).family.lower() if first else ""


def _published_doi(work: Work) -> str | None:
    doi = _doi(work.doi) if work.doi else None
    return doi if doi and not _ARXIV_DOI.match(doi) else None


def _differences(a: Work, b: Work) -> list[str]:
    """What two records of one title give differently (both giving it): any of it makes them two works.

    A preprint and the paper it became differ by nature in kind, venue, registry keys (dblp
    and OpenAlex key each version) and, by up to ``_PREPRINT_YEARS_APART``, year; nothing else may differ."""
    preprint = WorkKind.PREPRINT in (a.kind, b.kind)
    found = []
    if a.year is not None and b.year is not None and abs(a.year - b.year) > (_PREPRINT_YEARS_APART if preprint else 0):
        found.append(f"year {a.year} / {b.year}")
    compared = [("volume", a.volume, b.volume), ("publisher", a.publisher, b.publisher)]
    if not preprint:
        compared += [("type", a.kind.value, b.kind.value), ("venue", a.venue, b.venue)]
    compared += [("DOI", _published_doi(a), _published_doi(b)), ("arXiv id", a.arxiv_id, b.arxiv_id)]
    for scheme in {i.scheme for i in a.identifiers} & {i.scheme for i in b.identifiers} if not preprint else ():
        values = [",".join(sorted(i.value for i in work.identifiers if i.scheme is scheme)) for work in (a, b)]
        compared.append((scheme.value, values[0], values[1]))
    for label, first, second in compared:
        if first and second and _fold_title(first) != _fold_title(second):
            found.append(f"{label} {first} / {second}")
    family_a, family_b = _first_family(a), _first_family(b)
    if family_a and family_b and family_a != family_b:
        found.append(f"first author {family_a} / {family_b}")
    return found


def _title_evidence(a: Work, b: Work) -> Problem | None:
    """Why two records of one cleaned title are one work, as a merge note; ``None`` when they are two.

    The title with the first author and the year is evidence (an info note); a record whose
    authors are a stand-in (an ORCID work summary) needs the year and the venue instead; the
    title with less than that is a guess, merged with a warning."""
    if _differences(a, b):
        return None
    family = _first_family(a) if a.authors_given and b.authors_given else ""
    years = a.year is not None and b.year is not None
    if not (a.authors_given and b.authors_given):
        if not (years and a.venue and b.venue):
            return None
        return _merge_note(a, b, f"the same title, year ({a.year}) and venue ({a.venue})")
    if family and years:
        written = str(a.year) if a.year == b.year else f"{a.year} and {b.year} (a preprint and its paper)"
        return _merge_note(a, b, f"the same title, first author ({family}) and year ({written})")
    evidence = "the same title alone (no first author or year to compare); check they are one work"
    return _merge_note(a, b, evidence, Severity.WARNING)


def _merge_note(kept: Work, merged: Work, evidence: str, severity: Severity = Severity.INFO) -> Problem:
    """The note saying that ``merged`` is read as the same work as ``kept``, and why."""
    message = f"{_described(merged)} is merged with {_described(kept)} at {kept.origin}: {evidence}"
    return Problem(severity, message, merged.origin)


def _described(work: Work) -> str:
    return f"{work.title!r}" + (f" [{work.key}]" if work.key else "")


def _unrelated(a: Work, b: Work) -> bool:
    """Two works too unlike to be versions of one: titles with little in common (a preprint may be
    retitled, not rewritten) and first authors who cannot be one person."""
    words_a, words_b = ({w for w in re.findall(r"[a-z0-9]{4,}", w.title.lower())} for w in (a, b))
    if not words_a or not words_b or len(words_a & words_b) >= _SAME_WORK_WORDS * min(len(words_a), len(words_b)):
        return False
    first_a, first_b = (next((parse_name(n) for n in w.authors if n), None) for w in (a, b))
    if first_a is None or first_b is None:
        return False
    return first_a.family.lower() != first_b.family.lower() or first_a.given[:1].lower() != first_b.given[:1].lower()


_SAME_WORK_WORDS = 0.3
"""Share of the shorter title's words two titles sharing an identifier must have in common."""


def _resolve_works(records: Sequence[Record]) -> tuple[dict[Work, WorkIdentity], set[Work], list[Problem]]:
    """Works that share an identifier, or a title with nothing against it, are one work; each merge
    is a note naming both records and the evidence. An identifier written for two unrelated titles
    is a copy-paste slip and is reported, not followed."""
    problems: list[Problem] = []
    works = sorted({r for r in records if isinstance(r, Work)}, key=lambda w: (w.origin, w.title))
    parent = list(range(len(works)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int, note: Problem) -> None:
        a, b = sorted((find(i), find(j)))
        if a != b:
            parent[b] = a
            problems.append(note)

    holder: dict[str, int] = {}
    by_title: dict[str, list[int]] = defaultdict(list)
    for index, work in enumerate(works):
        for key in _work_keys(work):
            other = works[holder.setdefault(key, index)]
            if _unrelated(work, other):
                problems.append(
                    Problem(
                        Severity.WARNING,
                        f"{key} is also given at {other.origin} to {other.title!r}, an unrelated title; "
                        f"the two are kept as different works — correct the identifier of the wrong one",
                        work.origin,
                    )
                )
                continue
            if other is not work:
                union(holder[key], index, _merge_note(other, work, f"the same {key}"))
        title = _fold_title(work.title)
        if len(title) >= 8:
            by_title[title].append(index)
    for indices in by_title.values():
        block: dict[int, list[int]] = defaultdict(list)  # the title's records by the work they are in so far
        for index in indices:
            block[find(index)].append(index)
        for position, i in enumerate(indices):
            for j in indices[position + 1 :]:
                first, second = find(i), find(j)
                note = _title_evidence(works[i], works[j]) if first != second else None
                # every record of the title in the two works must agree, not only these two (no 2011 ~ undated ~ 2012)
                if note and not any(_differences(works[k], works[m]) for k in block[first] for m in block[second]):
                    union(i, j, note)
                    block[find(i)] = block.pop(first) + block.pop(second)
    clusters: dict[int, list[Work]] = defaultdict(list)
    for index, work in enumerate(works):
        clusters[find(index)].append(work)
    merged = {work for members in clusters.values() for work in members[1:]}
    return _work_identities(list(clusters.values())), merged, problems


def _work_identities(clusters: Iterable[list[Work]]) -> dict[Work, WorkIdentity]:
    """One identity per cluster, named by the published version in its most capitalized spelling
    (BibTeX styles lower-case titles; nobody adds capitals); titles that collide are told apart."""
    chosen: list[tuple[list[Work], WorkIdentity]] = []
    for members in clusters:
        published = [w for w in members if w.kind is not WorkKind.PREPRINT] or members
        titles = Counter(w.title for w in published)
        title = min(titles, key=lambda t: (-sum(map(str.isupper, t)), -titles[t], t))  # capitals lost, not added
        years = Counter(w.year for w in published if w.year is not None)
        year = min(years, key=lambda y: (-years[y], y)) if years else None
        kinds = Counter(w.kind for w in published)
        kind = min(kinds, key=lambda k: (-kinds[k], list(WorkKind).index(k)))
        chosen.append((members, WorkIdentity(title, title, year, kind)))
    by_slug: dict[str, list[int]] = defaultdict(list)
    for index, (_, identity) in enumerate(chosen):
        by_slug[slug(identity.key)].append(index)
    result: dict[Work, WorkIdentity] = {}
    for indices in by_slug.values():
        for index in indices:
            members, identity = chosen[index]
            if len(indices) > 1:  # one title, different works: tell them apart by what differs
                keys = sorted(k for w in members for k in _work_keys(w)) or [str(min(w.origin for w in members))]
                family = _first_family(members[0])
                key = f"{identity.title} {identity.year or ''} {family} {keys[0]}"
                identity = WorkIdentity(key, identity.title, identity.year, identity.kind)
            result.update((w, identity) for w in members)
    return result


# --- the whole ----------------------------------------------------------------------------


def resolve(
    records: Sequence[Record],
    venue_table: AliasTable,
    organization_table: AliasTable,
    hints: Hints | None = None,
) -> Resolution:
    """Who is whom and which work is which, across the records of every source of a build."""
    with _collector_paused():
        people, candidates, problems = _People(records, hints or Hints(), venue_table, organization_table).resolve()
        works, merged, work_problems = _resolve_works(records)
        resolution = Resolution(people, works, candidates, problems + work_problems, merged=merged)
        for first, others in (hints or Hints()).distinct.items():  # between people the sources name
            for other in others:
                a, b = (people.get(_key(name)[0]) for name in (first, other))
                if a is not None and b is not None and a.key != b.key:
                    resolution.distinct.setdefault(a.key, set()).add(b.key)
                    resolution.distinct.setdefault(b.key, set()).add(a.key)
        _one_author_list(resolution)
        return resolution


def _one_author_list(resolution: Resolution) -> None:
    """Give each work one author list: when records merged into one work name different authors
    (a homepage leaving out a co-author), the longest list of the published version is kept and
    the others are reported, so that each authorship relates one person at one rank."""
    clusters: dict[str, list[Work]] = defaultdict(list)
    for record, identity in resolution.works.items():
        clusters[identity.key].append(record)

    def authors(work: Work) -> tuple[str | None, ...]:
        return tuple(None if a is None else resolution.person(a).key for a in work.authors)

    for members in clusters.values():
        if len(members) < 2:
            continue
        kept = min(members, key=lambda w: (w.kind is WorkKind.PREPRINT, -sum(a is not None for a in w.authors), w.origin))
        for record in members:
            if authors(record) != authors(kept):
                resolution.overruled.add(record)
                resolution.problems.append(
                    Problem(
                        Severity.WARNING,
                        f"the authors of {record.title!r} differ from those at {kept.origin} "
                        f"({', '.join(a or '?' for a in record.authors)} here; "
                        f"{', '.join(a or '?' for a in kept.authors)} there); the graph keeps the list at {kept.origin}"
                        " — correct the source that is wrong",
                        record.origin,
                    )
                )


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: resolution builds many small objects and no cycles, and
    the collector's passes over the growing heap made it superlinear (measured in docs/identity.md)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
