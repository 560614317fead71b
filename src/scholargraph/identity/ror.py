"""Organizations of the Research Organization Registry (ROR): the names an organization is written with, its ROR id
and its parent, read from a ROR data dump or API response (schema v1 or v2) that ``[identity] ror`` names.

Each becomes an entry of the organization alias table, so that any source writing "ANU" or "Australian National
University" names the one organization, which carries its ROR id and sits under its parent (``org:subOrganizationOf``).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..model.identifiers import ror_id
from .aliases import Entry

__all__ = ["is_ror_file", "ror_entries"]


def ror_entries(path: Path) -> list[Entry]:
    """The organizations of a ROR file: a dump (a list of records), an API search (``items``) or one record."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise ConfigError(f"{path}: cannot read the ROR file named by [identity] ror: {error.strerror or error}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        raise ConfigError(f"{path}: not a ROR data file (JSON expected): {error}") from None
    records = data.get("items", [data]) if isinstance(data, dict) else data
    if not isinstance(records, list):
        raise ConfigError(f"{path}: not a ROR data file: expected a list of organization records")
    entries = []
    for number, record in enumerate(records, start=1):
        entry = _entry(record) if isinstance(record, dict) else None
        if entry is None:
            raise ConfigError(f"{path}: record {number} is no ROR organization (it needs an 'id' on ror.org and a name)")
        entries.append(entry)
    return entries


def is_ror_file(path: Path) -> bool:
    """Whether a file is ROR data (its start names organizations by their ror.org ids), which a project names in
    ``[identity] ror`` rather than among its sources."""
    try:
        with path.open("rb") as stream:
            start = stream.read(4096).decode("utf-8", "ignore")
    except OSError:
        return False
    return start.lstrip().startswith(("[", "{")) and '"https://ror.org/' in start


def _entry(record: dict[str, Any]) -> Entry | None:
    identifier = ror_id(str(record.get("id") or ""))
    names = record.get("names")
    if isinstance(names, list):  # schema v2: names with their types
        shown = [n.get("value") for n in names if isinstance(n, dict) and "ror_display" in (n.get("types") or [])]
        name = shown[0] if shown else None
        others = [str(n.get("value")) for n in names if isinstance(n, dict) and n.get("value") and n.get("value") != name]
    else:  # schema v1
        name = record.get("name")
        labels = [label.get("label") for label in record.get("labels") or [] if isinstance(label, dict)]
        others = [str(text) for text in [*(record.get("aliases") or []), *(record.get("acronyms") or []), *labels] if text]
    if not identifier or not isinstance(name, str) or not name.strip():
        return None
    parents = [
        str(relation.get("label"))
        for relation in record.get("relationships") or []
        if isinstance(relation, dict) and str(relation.get("type", "")).lower() == "parent" and relation.get("label")
    ]
    return Entry(name.strip(), aliases=tuple(dict.fromkeys(others)), ror=identifier, parent=parents[0] if parents else None)
