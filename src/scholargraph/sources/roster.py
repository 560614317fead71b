"""The roster source: a group's people in YAML or CSV → ``Person`` and ``Supervision`` records.

One person a row (CSV) or an item (YAML), with forgiving column names (``docs/sources.md``
lists them): ``name``, ``role``, ``supervisor(s)``, ``co-supervisor(s)``, ``start``/``end``
or ``period``, ``organization``, ``email``, ``orcid``, and where the person went next (``now at``,
``current position``: a ``Position`` marked as the next one). Defaults for every row come from
``# supervisor: …`` comment lines before a CSV's header, or top-level keys of a YAML
roster (``supervisor:``, ``organization:``); YAML lists under other keys (``PhD students:``)
take the key as their role. A person with a supervisor is a ``Supervision``; without one,
a ``Position`` at the organization. Bad cells are reported with file, row and column.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..identity.aliases import AliasTable
from ..model.dates import parse_date, parse_period
from ..model.identifiers import orcid_identifiers
from ..model.names import clean_name, parse_name
from ..model.positions import read_next_position
from ..model.records import (
    Origin,
    PartialDate,
    Period,
    Person,
    Position,
    Problem,
    Record,
    Severity,
    SourceResult,
    Supervision,
)
from .files import read_text_file
from .homepage.people import ALUMNUS, supervision_kind
from .works import email_address
from .yamltext import LineDict, load_yaml, partial_date

__all__ = ["COLUMNS", "ROSTER_DEFAULTS", "read_roster", "sniff_roster_csv", "sniff_roster_yaml"]

ROSTER_DEFAULTS = ("supervisor", "organization")
"""What ``scholargraph.toml`` may give a roster for the rows that do not say it (a lab's head and university)."""

COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("name", "person", "full name", "student", "member"),
    "role": ("role", "position", "title", "status", "program", "degree"),
    "supervisors": ("supervisor", "supervisors", "advisor", "advisors", "adviser", "advisers", "pi", "mentor", "host"),
    "cosupervisors": (
        "co-supervisor",
        "co-supervisors",
        "cosupervisor",
        "cosupervisors",
        "co-advisor",
        "co-advisors",
        "coadvisor",
        "coadvisors",
    ),
    "start": ("start", "from", "since", "start date", "begin", "joined"),
    "end": ("end", "to", "until", "end date", "left", "graduated"),
    "period": ("period", "years", "dates", "duration"),
    "organization": ("organization", "organisation", "institution", "institute", "affiliation", "university", "org"),
    "email": ("email", "e-mail", "mail"),
    "orcid": ("orcid", "orcid id"),
    "next": ("now at", "now", "current position", "next position", "placement", "first job", "went to", "where now"),
}
"""Each field of a roster row and the column names (or YAML keys) that mean it."""

_SEPARATORS = re.compile(r"\s*;\s*|\s*\|\s*|\s+and\s+|\s*&\s*")
_UNSTATED = frozenset(("unknown", "n/a", "na", "?", "-", "–", "—"))
"""Cells saying the date is not known: no date, and nothing to report."""
_DEFAULT_LINE = re.compile(r"^#\s*([\w -]+?)\s*:\s*(.+?)\s*$")


def _key(name: str) -> str:
    return re.sub(r"[\s_-]+", " ", name.strip().lower())


_FIELD_OF = {_key(alias): name for name, aliases in COLUMNS.items() for alias in aliases}


def sniff_roster_csv(head: str) -> bool:
    """Whether a CSV file's header names a roster's columns (a name and a supervisor or role)."""
    lines = [line for line in head.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    if not lines:
        return False
    fields = {_FIELD_OF.get(_key(cell)) for cell in next(csv.reader([lines[0]]))}
    return "name" in fields and bool(fields & {"supervisors", "role"})


def sniff_roster_yaml(head: str) -> bool:
    """Whether a YAML file's start looks like a roster (people with supervisors or advisors)."""
    keys = {_FIELD_OF.get(_key(key)) for key in re.findall(r"^\s*-?\s*([A-Za-z][\w -]*):", head, re.MULTILINE)}
    return "name" in keys and "supervisors" in keys


@dataclass
class _Row:
    """One person's cells, by field, with where each was written."""

    values: dict[str, Any]
    where: Origin
    columns: dict[str, str] = field(default_factory=dict)
    """The field → the column (or key) it was written under, for messages."""


def read_roster(
    path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable, defaults: Mapping[str, str] | None = None
) -> SourceResult:
    """Read a roster file (``.csv``, ``.tsv``, ``.yml`` or ``.yaml``); ``defaults`` (``ROSTER_DEFAULTS``, from
    ``scholargraph.toml``) fill what neither a row nor the file's own defaults say."""
    text = read_text_file(path, shown_as)
    result = SourceResult(shown_as)
    given = {_FIELD_OF[_key(name)]: value for name, value in (defaults or {}).items()}
    rows = (
        _csv_rows(text, shown_as, path.suffix.lower() == ".tsv", result.problems)
        if path.suffix.lower() in (".csv", ".tsv")
        else _yaml_rows(text, shown_as)
    )
    supervised = False
    for row in rows:
        row.values = {**given, **row.values}
        supervised = supervised or bool(row.values.get("supervisors"))
        result.records += _records(row, result.problems)
    if result.records and not supervised:
        result.problems.append(
            _unsupervised(shown_as, organization=any(isinstance(r, Position) and r.organization for r in result.records))
        )
    return result


def _unsupervised(shown_as: str, *, organization: bool) -> Problem:
    """One warning for a roster that names no supervisor at all: its people become positions without one."""
    missing = "supervisor" if organization else "supervisor or organization"
    example = f'sources = [{{ path = "{shown_as}", kind = "roster", supervisor = "…", organization = "…" }}]'
    message = (
        f"no row names a {missing} (no such column, and no default): its people are read as positions "
        f"without one — if one person supervises them all, give the default in scholargraph.toml: {example}"
    )
    return Problem(Severity.WARNING, message, Origin(shown_as, 1))


def _csv_rows(text: str, shown_as: str, tabs: bool, problems: list[Problem]) -> Iterator[_Row]:
    lines = text.splitlines(keepends=True)
    defaults: dict[str, Any] = {}
    skipped = 0
    while skipped < len(lines) and (not lines[skipped].strip() or lines[skipped].lstrip().startswith("#")):
        found = _DEFAULT_LINE.match(lines[skipped].strip())
        if found and _FIELD_OF.get(_key(found.group(1))):
            defaults[_FIELD_OF[_key(found.group(1))]] = found.group(2)
        skipped += 1
    reader = csv.reader(io.StringIO("".join(lines[skipped:])), delimiter="\t" if tabs else ",")
    header = next(reader, None)
    if header is None:
        problems.append(
            Problem(
                Severity.VIOLATION, "no header row; start with a row like 'name,role,supervisor,start,end'", Origin(shown_as, 1)
            )
        )
        return
    header_line = skipped + 1
    columns = [_FIELD_OF.get(_key(cell)) for cell in header]
    unknown = [cell for cell, column in zip(header, columns, strict=True) if column is None and cell.strip()]
    if unknown:
        known = ", ".join(COLUMNS)
        message = f"column(s) {', '.join(repr(c) for c in unknown)} not used (known: {known})"
        problems.append(Problem(Severity.INFO, message, Origin(shown_as, header_line)))
    if "name" not in columns:
        problems.append(Problem(Severity.VIOLATION, "no 'name' column in the header; add one", Origin(shown_as, header_line)))
        return
    titles = {column: title for column, title in zip(columns, header, strict=True) if column}
    for line, cells in _physical_rows(reader, skipped, shown_as, problems):
        if not any(cell.strip() for cell in cells):
            continue
        values = dict(defaults)
        filled: set[str] = set()  # two columns meaning one field ("Role", "Degree"): the first filled one counts
        for cell, column in zip(cells, columns, strict=False):
            if column and cell.strip() and column not in filled:
                values[column] = cell.strip()
                filled.add(column)
        yield _Row(values, Origin(shown_as, line), titles)


def _physical_rows(reader: Any, skipped: int, shown_as: str, problems: list[Problem]) -> Iterator[tuple[int, list[str]]]:
    """The rows after the header with the file line each starts on (``skipped`` lines come before the CSV).

    A row that cannot be read (a cell over the CSV module's limit) is a problem and the rows after it
    are still read. A row whose quoted cell holds line breaks that look like rows of their own (they
    hold the delimiter) most likely took them in through a stray quote: a warning names its lines."""
    previous_end = reader.line_num
    while True:
        line = skipped + previous_end + 1
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            limit = csv.field_size_limit() // 1024
            message = f"this row cannot be read ({error}): a cell over {limit} KiB, or a quote without its pair; it is skipped"
            problems.append(Problem(Severity.VIOLATION, message, Origin(shown_as, line), left_out=True))
            previous_end = reader.line_num
            continue
        last, previous_end = skipped + reader.line_num, reader.line_num
        if last > line and any(reader.dialect.delimiter in part for cell in cells for part in cell.splitlines()[1:]):
            message = (
                f"this row runs over lines {line}-{last}: a quoted cell holds line breaks and what look like rows; "
                f"if a quote has no pair, the rows after it are read as part of one cell — check the quotes on line {line}"
            )
            problems.append(Problem(Severity.WARNING, message, Origin(shown_as, line)))
        yield line, cells


def _yaml_rows(text: str, shown_as: str) -> Iterator[_Row]:
    data = load_yaml(text, shown_as)
    defaults: dict[str, Any] = {}
    groups: list[tuple[str | None, list[Any]]] = []
    if isinstance(data, list):
        groups.append((None, data))
    elif isinstance(data, dict):
        for key, value in data.items():
            field_name = _FIELD_OF.get(_key(key))
            if isinstance(value, list) and key.lower() in ("people", "members", "roster", "students"):
                groups.append((None, value))
            elif isinstance(value, list) and field_name not in ("supervisors", "cosupervisors"):
                groups.append((_singular(key), value))  # "PhD students: […]": each is a "PhD student"
            elif field_name:
                defaults[field_name] = value
    line_of_text = text.splitlines()
    for role, items in groups:
        for item in items:
            values = dict(defaults)
            if role:
                values["role"] = role
            if isinstance(item, LineDict):
                written = {}
                for key, value in item.items():
                    if (field_name := _FIELD_OF.get(_key(key))) and value not in (None, ""):
                        values[field_name] = value
                        written[field_name] = key
                yield _Row(values, Origin(shown_as, item.line), written)
            elif isinstance(item, str):
                line = next((n for n, row in enumerate(line_of_text, 1) if row.strip().lstrip("- ").strip("'\"") == item), 1)
                yield _Row({**values, "name": item}, Origin(shown_as, line), {})


def _singular(group: str) -> str:
    return group[:-1] if group.endswith("s") and not group.endswith("ss") else group


def _names(value: Any) -> list[str]:
    """Names in a cell: split at ``;``, ``|``, ``and``, ``&``, and at commas unless one reads ``Last, First``."""
    parts = value if isinstance(value, list) else _SEPARATORS.split(str(value))
    names: list[str] = []
    for part in (str(p) for p in parts if p):
        pieces = [piece.strip() for piece in part.split(",")]
        names += pieces if all(" " in piece for piece in pieces) else [part]
    return [name for name in map(_person_name, names) if name]


def _person_name(written: str) -> str:
    """A name written given names first (``Hopper, Grace`` → ``Grace Hopper``)."""
    name = clean_name(written)
    return parse_name(name).display if "," in name else name


def _records(row: _Row, problems: list[Problem]) -> Iterator[Record]:
    where, values = row.where, row.values

    def column(name: str) -> str:
        return f"column '{row.columns.get(name, name)}'"

    def warn(message: str) -> None:
        problems.append(Problem(Severity.WARNING, message, where))

    name = _person_name(str(values.get("name") or ""))
    if not name:
        message = f"row has no name ({column('name')} is empty); the row is skipped"
        problems.append(Problem(Severity.VIOLATION, message, where, left_out=True))
        return
    email = email_address(str(values["email"])) if values.get("email") else None
    if values.get("email") and email is None:
        warn(f"{name}: {column('email')} '{values['email']}' is not an e-mail address")
    identifiers = orcid_identifiers(str(values.get("orcid") or ""))
    if values.get("orcid") and not identifiers:
        warn(f"{name}: {column('orcid')} '{values['orcid']}' is not an ORCID iD; write it as 0000-0002-1825-0097")
    yield Person(name, where, email=email, identifiers=identifiers)
    role = str(values.get("role") or "Member").strip()
    period = _period(values, role, name, column, warn)
    organization = str(values["organization"]).strip() if values.get("organization") else None
    supervisors = _names(values.get("supervisors") or [])
    went = read_next_position(str(values.get("next") or ""))
    if went:
        yield Position(name, went[0], went[1], Period(None), where, next_position=True)
    if not supervisors:
        yield Position(name, role, organization, period, where)
        return
    yield Supervision(
        supervisor=supervisors[0],
        person=name,
        role=role,
        kind=supervision_kind(role),
        period=period,
        origin=where,
        cosupervisors=tuple(supervisors[1:] + _names(values.get("cosupervisors") or [])),
        organization=organization,
        email=email,
    )


def _period(values: dict[str, Any], role: str, name: str, column: Callable[[str], str], warn: Callable[[str], None]) -> Period:
    """The period of a row: its start and end columns, or its period column (an alumnus's one date is the end)."""
    if values.get("period") and not (values.get("start") or values.get("end")):
        if str(values["period"]).strip().lower() in _UNSTATED:
            return Period(None)
        found = parse_period(str(values["period"]))
        if found is None:
            warn(f"{name}: {column('period')} '{values['period']}' is not a period; write 2018-2022 or 'since 2020'")
            return Period(None)
        if found.start == found.end and ALUMNUS.search(role):
            return Period(None, found.end)
        return found
    start = _date(values.get("start"), name, column("start"), warn)
    end = _date(values.get("end"), name, column("end"), warn)
    return Period(start, end)


def _date(value: Any, name: str, where: str, warn: Callable[[str], None]) -> PartialDate | None:
    if value in (None, "") or str(value).strip().lower() in _UNSTATED | {"present", "now", "ongoing", "current"}:
        return None
    text = str(value).strip()
    told: list[str] = []  # what partial_date said of a date that does not exist

    def said(message: str) -> None:
        told.append(message)
        warn(f"{name}: {where} {message}")

    found = partial_date(value, said) if not isinstance(value, str) else parse_date(text) or partial_date(text, said)
    if found is None and not told:
        warn(f"{name}: {where} '{value}' is not a date; write 2018, 2018-08 or Aug 2018")
    return found
