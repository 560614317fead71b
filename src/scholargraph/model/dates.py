"""Dates and periods as people write them, kept at the precision they were written.

``2018 - 2022``, ``Since Aug 2020``, ``Jan 2020-Dec 2021``, ``Mar 2023-July 2023``,
``29 Apr 2022``, ``2021-2025``, ``2020``, ``2013 / 2014``, ``2013/14``, ``Feb-May 2014``,
``Fall 2019 – Spring 2021``, ``2021-present``, ``until 2019``. Anything else is not a date:
callers get ``None`` and decide whether that is a problem worth reporting.
"""

from __future__ import annotations

import re

from .records import PartialDate, Period

__all__ = ["MONTH", "SEASON", "is_reversed", "parse_date", "parse_period", "two_digit_year"]

MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january", "enero", "janvier", "januar", "janeiro", "gennaio"),
            ("feb", "february", "febrero", "février", "februar", "fevereiro", "febbraio"),
            ("mar", "march", "marzo", "mars", "märz", "março"),
            ("apr", "april", "abril", "avril", "aprile"),
            ("may", "mayo", "mai", "maio", "maggio"),
            ("jun", "june", "junio", "juin", "juni", "junho", "giugno"),
            ("jul", "july", "julio", "juillet", "juli", "julho", "luglio"),
            ("aug", "august", "agosto", "août"),
            ("sep", "sept", "september", "septiembre", "setiembre", "septembre", "setembro", "settembre"),
            ("oct", "october", "octubre", "octobre", "oktober", "outubro", "ottobre"),
            ("nov", "november", "noviembre", "novembre", "novembro"),
            ("dec", "december", "diciembre", "décembre", "dezember", "dezembro", "dicembre"),
        ],
        start=1,
    )
    for name in names
}
"""Months' names in English, Spanish, French, German, Portuguese and Italian, and the English abbreviations."""

MONTH = r"(?:{})\.?".format("|".join(sorted(MONTHS, key=len, reverse=True)))
"""A month's name or its abbreviation, as written in a date (``Aug``, ``Sept.``, ``March``)."""
_DATE = (
    rf"(?:(?P<day>\d{{1,2}})\.?\s+(?:de\s+)?)?(?:(?P<month>{MONTH})\s+(?:de\s+)?)?(?:(?P<nmonth>0?[1-9]|1[0-2])[./])?"
    rf"(?P<year>(?:19|20)\d\d)(?:[./](?P<ymonth>1[0-2]|0?[1-9])(?!\d))?"
)
"""A date: ``2020``, ``Aug 2020``, ``29 Apr 2022``, ``18 de mayo de 2022``, ``3. März 2020``, or with the month in
digits, ``2016/03``, ``2021.09``, ``03/2016``."""
_DATE_RE = re.compile(rf"^{_DATE}$", re.IGNORECASE)
_DASH = r"\s*(?:--?|[–—/~])\s*|\s+(?:to|until|till)\s+"
_PERIOD_RE = re.compile(
    rf"^(?:(?P<since>since|from)\s+)?(?P<start>{_DATE.replace('?P<', '?P<s')})"
    rf"(?:(?:{_DASH})(?P<end>{_DATE.replace('?P<', '?P<e')}|present|now|today|ongoing|current)?)?$",
    re.IGNORECASE,
)
SEASON = r"(?:spring|summer|fall|autumn|winter)"
"""A season's name, as terms are written ("Fall 2019")."""
_SEASON = re.compile(rf"\b{SEASON}\s+(?=(?:19|20)\d\d\b)", re.IGNORECASE)
"""Terms ("Fall 2019") name no month anyone agrees on: only their year is kept."""
_SHORT_YEAR_RANGE = re.compile(r"^(?P<start>(?:19|20)\d\d)\s*[-–—/]\s*(?P<end>\d\d)$")
"""``2013/14``, ``2013-14``: an academic year, the end written with two digits."""
_LONGEST_SHORT_RANGE = 10
"""Years a two-digit end may lie after the start: ``2013-12`` is no range of 99 years (nor December)."""
_MONTHS_OF_ONE_YEAR = re.compile(
    rf"^(?P<smonth>{MONTH})\s*[-–—/]\s*(?P<emonth>{MONTH})\s+(?P<year>(?:19|20)\d\d)$", re.IGNORECASE
)
"""``Feb-May 2014``: both months are of the year written once."""
_UNTIL = re.compile(r"^(?:until|till|to|up to)\s+(?P<end>.+)$", re.IGNORECASE)


def _normalized(text: str) -> str:
    """Whitespace collapsed, trailing punctuation and season names dropped."""
    return _SEASON.sub("", " ".join(text.replace("\u00a0", " ").split()).rstrip(".,"))


def _date(day: str | None, month: str | None, year: str, number: str | None = None) -> PartialDate:
    """A date from its written parts; ``number`` is a month written in digits."""
    month_number = MONTHS[month.lower().rstrip(".")] if month else int(number) if number else None
    return PartialDate(int(year), month_number, int(day) if day and month else None)


def parse_date(text: str) -> PartialDate | None:
    """``2020``, ``Aug 2020``, ``29 Apr 2022``, ``Fall 2020`` → a ``PartialDate``; anything else → ``None``."""
    match = _DATE_RE.match(_normalized(text))
    if not match:
        return None
    try:
        return _date(match["day"], match["month"], match["year"], match["nmonth"] or match["ymonth"])
    except ValueError:
        return None


def parse_period(text: str) -> Period | None:
    """A written period → ``Period``; a single date is a period of that one date.

    ``Since Aug 2020`` and ``2021-`` are open-ended (no end), ``until 2019`` has no known
    start; ``2020`` alone starts and ends in 2020.
    """
    cleaned = _normalized(text)
    if short := _SHORT_YEAR_RANGE.match(cleaned):
        start_year = int(short["start"])
        end_year = start_year - start_year % 100 + int(short["end"])
        end_year += 100 if end_year < start_year else 0  # 1999/00
        if end_year - start_year <= _LONGEST_SHORT_RANGE:
            return Period(PartialDate(start_year), PartialDate(end_year))
    if months := _MONTHS_OF_ONE_YEAR.match(cleaned):
        first, last = _date(None, months["smonth"], months["year"]), _date(None, months["emonth"], months["year"])
        return Period(PartialDate(first.year - 1, first.month) if first > last else first, last)  # Dec-Feb 2014
    if until := _UNTIL.match(cleaned):
        end = parse_date(until["end"])
        return Period(None, end) if end else None
    match = _PERIOD_RE.match(cleaned)
    if not match:
        return None
    try:
        start = _date(match["sday"], match["smonth"], match["syear"], match["snmonth"] or match["symonth"])
        end = (
            _date(match["eday"], match["emonth"], match["eyear"], match["enmonth"] or match["eymonth"])
            if match["eyear"]
            else None
        )
    except ValueError:  # 31 Feb
        return None
    if end:
        return Period(start, end)
    open_ended = bool(match["since"] and match["since"].lower() == "since") or bool(
        re.search(_DASH, cleaned[match.end("start") :])
    )
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
