"""YAML data files and Markdown front matter, read with the line of every mapping.

Site generators keep publications and people as YAML (Jekyll ``_data/*.yml``) or as the
front matter of Markdown files (academicpages, Hugo Blox); records need the line each
item starts on, so mappings are loaded as ``LineDict`` (a dict that knows its line).
Hugo's TOML front matter (``+++``) is read too, every key on the front matter's first line.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Callable
from datetime import date
from typing import Any

import yaml

from ..errors import SourceError
from ..model.records import Origin, PartialDate, Problem, Severity

__all__ = ["LineDict", "front_matter", "load_yaml", "page_front_matter", "partial_date", "text_value"]


class LineDict(dict[str, Any]):
    """A mapping read from a file, with the 1-based line it starts on."""

    line: int = 1


class _LineLoader(yaml.SafeLoader):
    """SafeLoader whose mappings are ``LineDict`` with their line."""


def _mapping(loader: _LineLoader, node: yaml.MappingNode) -> LineDict:
    mapping = LineDict((str(key), value) for key, value in loader.construct_mapping(node, deep=True).items())
    mapping.line = node.start_mark.line + 1
    return mapping


def _timestamp(loader: _LineLoader, node: yaml.ScalarNode) -> Any:
    """A date as YAML reads it; one that does not exist (``2021-02-30``) stays as written, for the reader to report
    with its line (PyYAML would raise and stop the whole build)."""
    try:
        return loader.construct_yaml_timestamp(node)
    except ValueError:
        return loader.construct_scalar(node)


_LineLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
_LineLoader.add_constructor("tag:yaml.org,2002:timestamp", _timestamp)


def load_yaml(text: str, shown_as: str, first_line: int = 1) -> Any:
    """The data of a YAML document that starts on line ``first_line`` of ``shown_as``."""
    text = _TRAILING_SPACE.sub("", text)  # a tab after a value: Hugo reads it, PyYAML would refuse the file
    try:
        data = yaml.load(text, Loader=_LineLoader)  # a SafeLoader
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line = mark.line + first_line if mark is not None else None
        reason = getattr(error, "problem", None) or str(error)
        raise SourceError(shown_as, f"not valid YAML: {reason}; check the indentation and quoting there", line) from None
    if first_line != 1:
        _shift(data, first_line - 1)
    return data


def _shift(data: Any, by: int) -> None:
    if isinstance(data, LineDict):
        data.line += by
    if isinstance(data, dict):
        for value in data.values():
            _shift(value, by)
    elif isinstance(data, list):
        for value in data:
            _shift(value, by)


_TRAILING_SPACE = re.compile(r"[ \t]+$", re.MULTILINE)
_FENCE = re.compile(r"\A(?:\ufeff)?(---|\+\+\+)[ \t]*\r?\n")


def front_matter(text: str, shown_as: str) -> LineDict | None:
    """The front matter of a Markdown file (YAML between ``---`` lines, or TOML between ``+++``)."""
    fence = _FENCE.match(text)
    if fence is None:
        return None
    marker = fence.group(1)
    end = re.compile(rf"^{re.escape(marker)}[ \t]*$", re.MULTILINE).search(text, fence.end())
    if end is None:
        raise SourceError(shown_as, f"front matter opened with '{marker}' on line 1 is never closed; add a '{marker}' line", 1)
    body = text[fence.end() : end.start()]
    if marker == "+++":
        try:
            data: Any = LineDict(tomllib.loads(body))
        except tomllib.TOMLDecodeError as error:
            raise SourceError(shown_as, f"front matter is not valid TOML: {error}", 1) from None
    else:
        data = load_yaml(body, shown_as, first_line=2)
    if data is None:
        return LineDict()
    if not isinstance(data, LineDict):
        raise SourceError(shown_as, "front matter is not a set of 'key: value' lines", 2)
    return data


def page_front_matter(text: str, shown_as: str, problems: list[Problem]) -> LineDict | None:
    """The front matter of a page that is one entry of a site: flaws become problems, not errors.

    One broken page among hundreds must not stop the others from loading.
    """
    try:
        matter = front_matter(text, shown_as)
    except SourceError as error:
        problems.append(Problem(Severity.VIOLATION, f"page skipped: {error.reason}", Origin(shown_as, error.line or 1)))
        return None
    if matter is None:
        message = "no front matter; start the page with a '---' line, then 'title: …'"
        problems.append(Problem(Severity.VIOLATION, message, Origin(shown_as, 1)))
    return matter


def text_value(value: Any) -> str | None:
    """A scalar as text (``None`` for empty values, lists and mappings)."""
    if value is None or isinstance(value, dict | list):
        return None
    text = str(value).strip()
    return text or None


_DATE = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?=$|[T\s])")
"""A date's year, month and day, and nothing after them but a time: ``20200`` is no date of the year 2020."""


def partial_date(value: Any, warn: Callable[[str], None]) -> PartialDate | None:
    """A date as YAML gives it (a ``date``, ``2024``, ``"2024-05"``, ``2024-05-01T00:00:00Z``).

    One that does not exist (``2020-13``, ``2021-02-30``, ``2025-00``) is told to ``warn`` with its
    year kept, never turned into a year without a word; a year 0 is no year, and no date."""
    if isinstance(value, date):
        return PartialDate(value.year, value.month, value.day)
    found = _DATE.match(str(value or "").strip())
    if not found:
        return None
    year, month, day = (int(part) if part else None for part in found.groups())
    if month != 0 and day != 0:  # PartialDate would take a month 0 for none
        try:
            return PartialDate(year or 0, month, day if month else None)
        except ValueError:
            pass
    if not year:
        warn(f"'{value}' has the year 0, which no calendar has; the date is left out")
        return None
    warn(f"'{value}' is not a date that exists (no such month or day); only its year {year} is kept")
    return PartialDate(year)
