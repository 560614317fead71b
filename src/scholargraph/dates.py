"""Dates and periods as people write them, kept at the precision they were written.

``2018 - 2022``, ``Since Aug 2020``, ``Jan 2020-Dec 2021``, ``Mar 2023-July 2023``,
``29 Apr 2022``, ``2021-2025``, ``2020``. Anything else is not a date: callers get
``None`` and decide whether that is a problem worth reporting.
"""

from __future__ import annotations

import re

from .model import PartialDate, Period

__all__ = ["is_reversed", "parse_date", "parse_period", "two_digit_year"]

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}

_MONTH = r"(?:{})\.?".format("|".join(sorted(MONTHS, key=len, reverse=True)))
_DATE = rf"(?:(?P<day>\d{{1,2}})\s+)?(?:(?P<month>{_MONTH})\s+)?(?P<year>(?:19|20)\d\d)"
_DATE_RE = re.compile(rf"^{_DATE}$", re.IGNORECASE)
_DASH = r"\s*[-–—]\s*|\s+to\s+"
_PERIOD_RE = re.compile(
    rf"^(?:(?P<since>since|from)\s+)?(?P<start>{_DATE.replace('?P<', '?P<s')})"
    rf"(?:(?:{_DASH})(?P<end>{_DATE.replace('?P<', '?P<e')}|present|now|today)?)?$",
    re.IGNORECASE,
)


def _date(day: str | None, month: str | None, year: str) -> PartialDate:
    month_number = MONTHS[month.lower().rstrip(".")] if month else None
    return PartialDate(int(year), month_number, int(day) if day and month_number else None)


def parse_date(text: str) -> PartialDate | None:
    """``2020``, ``Aug 2020``, ``29 Apr 2022`` → a ``PartialDate``; anything else → ``None``."""
    match = _DATE_RE.match(" ".join(text.replace("\u00a0", " ").split()))
    if not match:
        return None
    try:
        return _date(match["day"], match["month"], match["year"])
    except ValueError:
        return None


def parse_period(text: str) -> Period | None:
    """A written period → ``Period``; a single date is a period of that one date.

    ``Since Aug 2020`` and ``2021-`` are open-ended (no end); ``2020`` alone starts
    and ends in 2020.
    """
    cleaned = " ".join(text.replace("\u00a0", " ").split()).rstrip(".,")
    match = _PERIOD_RE.match(cleaned)
    if not match:
        return None
    try:
        start = _date(match["sday"], match["smonth"], match["syear"])
        end = _date(match["eday"], match["emonth"], match["eyear"]) if match["eyear"] else None
    except ValueError:  # 31 Feb
        return None
    if end:
        return Period(start, end)
    open_ended = bool(match["since"] and match["since"].lower() == "since") or bool(re.search(_DASH, cleaned))
    return Period(start, None if open_ended else start)


def is_reversed(period: Period) -> bool:
    """True when a period ends before it starts (compared at the coarser precision)."""
    if period.start is None or period.end is None:
        return False
    start, end = period.start, period.end
    for a, b in zip((start.year, start.month, start.day), (end.year, end.month, end.day), strict=True):
        if a is None or b is None:
            return False
        if a != b:
            return b < a
    return False


def two_digit_year(digits: str) -> int:
    """``'24`` → 2024, ``'98`` → 1998 (a two-digit year written after a venue)."""
    value = int(digits)
    return 2000 + value if value < 70 else 1900 + value
