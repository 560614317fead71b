"""Alias tables for venues and organizations: from the many ways a name is written to one entry.

The tables are TOML files shipped with the package (``venues.toml``,
``organizations.toml``); a project can add its own entries. Matching ignores case,
accents and punctuation; in free text the longest alias wins, so
``European Conference on Computer Vision`` is ECCV even though it contains
``Computer Vision``.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from ..model.text import fold

__all__ = ["AliasTable", "Entry", "organizations", "venues"]


def normalize(text: str) -> str:
    """Lower case, no accents, punctuation as spaces: the form aliases are compared in."""
    return " ".join(re.sub(r"[^a-z0-9*]+", " ", fold(text)).split())


@dataclass(frozen=True)
class Entry:
    """One venue or organization: its name in the graph, its short name, its kind."""

    name: str
    short: str | None = None
    kind: str | None = None
    aliases: tuple[str, ...] = ()
    ror: str | None = None
    """An organization's ROR id (``019wvm592``), when a ROR record names it."""
    parent: str | None = None
    """The name of the organization this one is part of, as its ROR record gives it."""

    @property
    def label(self) -> str:
        return self.short or self.name


@dataclass
class AliasTable:
    """Finds entries by any of their names, exactly or inside a longer text."""

    entries: list[Entry] = field(default_factory=list)
    _by_alias: dict[str, Entry] = field(default_factory=dict, init=False, repr=False)
    _pattern: re.Pattern[str] | None = field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        for entry in list(self.entries):
            self._index(entry)

    def _index(self, entry: Entry) -> None:
        for alias in (entry.name, entry.short, *entry.aliases):
            if alias:
                self._by_alias.setdefault(normalize(alias), entry)
        self._pattern = None

    def add(self, entry: Entry) -> None:
        """Add an entry; names already known keep their first meaning."""
        self.entries.append(entry)
        self._index(entry)

    def merge(self, entry: Entry) -> None:
        """Add an entry that takes over every name it shares with the entries known before (a ROR record of an
        organization the table already knew: one organization, all its names, its id)."""
        known = [found for alias in (entry.name, *entry.aliases) if (found := self.lookup(alias))]
        first = known[0] if known else None
        merged = (
            Entry(
                first.name,
                first.short,
                first.kind,
                tuple(a for a in dict.fromkeys([*first.aliases, entry.name, *entry.aliases]) if a != first.name),
                entry.ror,
                entry.parent,
            )
            if first
            else entry
        )
        self.entries.append(merged)
        for alias in (merged.name, merged.short, *merged.aliases):
            if alias:
                self._by_alias[normalize(alias)] = merged
        self._pattern = None

    def lookup(self, name: str) -> Entry | None:
        """The entry written exactly as ``name`` (case and punctuation aside), if any."""
        return self._by_alias.get(normalize(name))

    def resolve(self, text: str) -> Entry | None:
        """The entry ``text`` names: written exactly as an alias, else the longest alias inside it
        (``Proceedings of the IEEE/CVF CVPR 2019`` is CVPR)."""
        known = self.lookup(text)
        if known:
            return known
        found = self.find(text)
        return found[0] if found else None

    def find(self, text: str) -> tuple[Entry, str] | None:
        """The entry whose longest alias occurs in ``text`` as whole words, with that alias."""
        if self._pattern is None:
            aliases = sorted(self._by_alias, key=len, reverse=True)
            self._pattern = re.compile(r"\b({})\b".format("|".join(re.escape(a) for a in aliases)))
        matches = [m.group(1) for m in self._pattern.finditer(normalize(text))]
        if not matches:
            return None
        best = max(matches, key=len)
        return self._by_alias[best], best


def _load(resource: str, table: str) -> list[Entry]:
    text = resources.files("scholargraph").joinpath(resource).read_text(encoding="utf-8")
    return [
        Entry(
            name=item["name"],
            short=item.get("short"),
            kind=item.get("kind"),
            aliases=tuple(item.get("aliases", ())),
        )
        for item in tomllib.loads(text)[table]
    ]


@cache
def _venue_entries() -> tuple[Entry, ...]:
    return tuple(_load("venues.toml", "venue"))


@cache
def _organization_entries() -> tuple[Entry, ...]:
    return tuple(_load("organizations.toml", "organization"))


def venues(extra: Iterable[Entry] = ()) -> AliasTable:
    """A fresh venue table: the shipped venues plus ``extra``."""
    return AliasTable([*_venue_entries(), *extra])


def organizations(extra: Iterable[Entry] = ()) -> AliasTable:
    """A fresh organization table: the shipped organizations plus ``extra``."""
    return AliasTable([*_organization_entries(), *extra])
