"""Identity hints: what the ``[identity]`` table of ``scholargraph.toml`` says about who is whom.

Read and checked here (a wrong key is a ``ConfigError`` naming it), used by person resolution
(``people``) and by the venue and organization alias tables.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..model.identifiers import orcid
from ..model.records import Identifier, IdentifierScheme, Origin
from .aliases import AliasTable, Entry
from .ror import ror_entries

__all__ = ["Hints"]


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
    [identity]
    ror = ["registries/ror.json"]  # ROR records: organizations' names, ROR ids and parents
    """

    aliases: Mapping[str, str] = field(default_factory=dict)
    distinct: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    identifiers: Mapping[str, tuple[Identifier, ...]] = field(default_factory=dict)
    venues: Mapping[str, str] = field(default_factory=dict)
    organizations: Mapping[str, str] = field(default_factory=dict)
    ror: tuple[Path, ...] = ()
    """ROR data files (a dump, an API response or one record), their organizations matched by any of their names."""
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
        known = ("aliases", "distinct", "identifiers", "venues", "organizations", "ror")
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
            ror=_paths(table.get("ror", []), where),
            lines=_lines_naming(
                [*aliases, *distinct, *(n for names in distinct.values() for n in names), *table.get("identifiers", {})], text
            ),
        )

    def extend(self, venue_table: AliasTable, organization_table: AliasTable) -> None:
        """Teach the alias tables the organizations of the ROR files, then the venue and organization names the hints
        give."""
        for path in self.ror:
            for found in ror_entries(path):
                organization_table.merge(found)
        for table, names in ((venue_table, self.venues), (organization_table, self.organizations)):
            for written, meant in sorted(names.items()):
                entry = table.lookup(meant) or Entry(name=meant)
                table.add(replace(entry, aliases=(written,)))


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


def _paths(value: object, where: str) -> tuple[Path, ...]:
    """The ROR files ``[identity] ror`` names, relative to the folder of ``where`` (the configuration file)."""
    listed = [value] if isinstance(value, str) else value
    if not isinstance(listed, list) or not all(isinstance(item, str) and item.strip() for item in listed):
        raise ConfigError(f"{where}: 'identity.ror' must be a path or a list of paths, e.g. ror = [\"ror.json\"]")
    return tuple(Path(where).parent / item for item in listed)


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
    if identifier.scheme is IdentifierScheme.ORCID and orcid(identifier.value) != identifier.value:
        raise ConfigError(
            f"{where}: {identifier.value!r} is not an ORCID iD (its form or its check digit); write it as 0000-0002-1825-0097"
        )
    return identifier
