"""Recognizing publication entries: title (with an optional key), authors, venue, links, abstract.

An entry is a title line, an author line and a venue line, then optionally a line of
``[paper] [code]`` links (text before the first link is a distinction, such as "Top 100
Most Cited…") and the abstract. The venue line gives the series (through the venue
alias table), the year (``'24``, ``NIPS'17``, or four digits), the arXiv id, and in its
parentheses the track, distinctions and acceptance rate.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ...model.dates import two_digit_year
from ...model.identifiers import ARXIV_IN_TEXT, arxiv_id
from ...model.names import is_han_name, is_listed_cjk_name, split_authors
from ...model.records import Link, Severity, Work, WorkKind
from .context import Context
from .lines import Line

__all__ = ["is_author_line", "read_publications", "split_authors"]

_YEAR_HEADER = re.compile(r"^(?:19|20)\d\d$")
_KEY = re.compile(r"^(?P<key>[A-Za-z][\w.-]*_[\w.-]*|[A-Za-z]+\d{2,4}[\w-]*)\s+(?P<title>\S.*)$")
_NAME_WORD = re.compile(r"^(?:[A-Z\u00C0-\u024F][A-Za-z.'’\u00C0-\u024F-]*|van|von|de|der|den|da|di|del|la|le|bin|binti|al)$")
_SHORT_YEAR = re.compile(r"'(\d{2})\b")
_LONG_YEAR = re.compile(r"\b((?:19|20)\d\d)\b")
_PAREN = re.compile(r"\(([^()]*)\)")
_RATE = re.compile(r"^\d+(?:\.\d+)?\s*%$")
_LINK = re.compile(r"\[([^\]]+)\]")


def is_author_line(text: str) -> bool:
    """True when every non-empty slot of ``text`` reads as a person's name."""
    if len(text) > 4000 or text.endswith(("?", "!")) or "[" in text:
        return False
    names = [n for n in split_authors(text) if n]
    if not names:
        return False
    in_cjk = len(names) > 1 and all(is_listed_cjk_name(name) for name in names)  # "沈展帆, 五十川麻理子"
    for name in names:
        words = name.split()
        if not (is_han_name(name) or in_cjk) and (not 1 <= len(words) <= 6 or not all(_NAME_WORD.match(w) for w in words)):
            return False
    return len(names) > 1 or len(names[0].split()) >= 2 or is_han_name(names[0])


class _Venue:
    """What a venue line says."""

    def __init__(self, text: str, context: Context) -> None:
        self.text = text.strip()
        found = context.venues.find(self.text)
        self.entry = found[0] if found else None
        self.arxiv_id = arxiv_id(self.text, anywhere=True)
        dateless = ARXIV_IN_TEXT.sub(" ", self.text)
        short = _SHORT_YEAR.findall(dateless)
        long = _LONG_YEAR.findall(dateless)
        self.year = two_digit_year(short[-1]) if short else int(long[-1]) if long else None
        self.track: str | None = None
        self.distinctions: list[str] = []
        self.rate: str | None = None
        for group in _PAREN.findall(self.text):
            if "track" in group.lower():
                self.track = group.strip()
                continue
            for part in (p.strip() for p in group.split(",")):
                if _RATE.match(part):
                    self.rate = part.replace(" ", "")
                elif part and not (self.entry and context.venues.lookup(part) is self.entry):
                    self.distinctions.append(part)

    @property
    def readable(self) -> bool:
        return self.entry is not None or self.year is not None


def _is_venue_line(text: str, context: Context) -> bool:
    return not is_author_line(text) and "[" not in text[:1] and _Venue(text, context).readable


def _kind(venue: _Venue) -> WorkKind:
    kind = venue.entry.kind if venue.entry else None
    if kind == "repository" or (venue.entry is None and venue.arxiv_id):
        return WorkKind.PREPRINT
    if kind == "journal":
        return WorkKind.JOURNAL_ARTICLE
    return WorkKind.CONFERENCE_PAPER


def _entry_starts(lines: list[Line], context: Context) -> dict[int, str]:
    """Where entries begin, and how: ``complete``, ``no-authors`` or ``no-venue``.

    A complete entry is a title, an author line and a venue line. Around those, a
    title-like line directly before a venue line lacks its authors, and a title-like
    line before an author line with no venue after it lacks its venue (a file cut short).
    """
    texts = [line.text for line in lines]
    # (a bare year is a header over the entries, never an entry's venue line)
    venue_like = [_is_venue_line(text, context) and not _YEAR_HEADER.match(text) for text in texts]
    author_like = [is_author_line(text) for text in texts]

    def title_like(i: int) -> bool:
        return not (_YEAR_HEADER.match(texts[i]) or texts[i].startswith("[") or len(texts[i]) > 250)

    starts: dict[int, str] = {}
    taken: set[int] = set()
    for i in range(len(lines) - 2):  # in order, so a venue line is never also the next entry's title
        if i not in taken and title_like(i) and author_like[i + 1] and venue_like[i + 2]:
            starts[i] = "complete"
            taken.update((i, i + 1, i + 2))
    for i in range(len(lines) - 1):
        if i in taken or i + 1 in taken or not title_like(i):
            continue
        if venue_like[i + 1] and not venue_like[i]:
            starts[i] = "no-authors"
        # (an author line right after a no-venue title is that entry's, not another title)
        elif author_like[i + 1] and not venue_like[i] and (i + 2 >= len(lines) or not venue_like[i + 2]) and i - 1 not in starts:
            starts[i] = "no-venue"
    return dict(sorted(starts.items()))


def read_publications(lines: list[Line], context: Context) -> Iterator[Work]:
    """The works of a publications section, in the order written; broken entries are reported."""
    section_year: int | None = None
    starts = _entry_starts(lines, context)
    boundaries = [*starts, len(lines)]
    previous = 0
    for start, end in pairwise(boundaries):
        headers = [ln for ln in lines[previous:start] if _YEAR_HEADER.match(ln.text)]
        section_year = int(headers[-1].text) if headers else section_year
        previous = start
        body = [ln for ln in lines[start:end] if not _YEAR_HEADER.match(ln.text)]
        if starts[start] == "no-venue":
            context.report(
                body[0],
                f"'{body[0].text}' is followed by authors but by no venue line, so it is not read as a publication; "
                "write the venue and year after the authors (was the file cut short?)",
                Severity.VIOLATION,
            )
            continue
        yield _read_entry(body, starts[start] == "complete", section_year, context)


def _read_entry(body: list[Line], has_authors: bool, section_year: int | None, context: Context) -> Work:
    """One entry: its title line, its author line if ``has_authors``, its venue line, links and abstract."""
    title_line = body[0]
    keyed = _KEY.match(title_line.text)
    key, title = (keyed["key"], keyed["title"].strip()) if keyed else (None, title_line.text)
    rest = body[1:]
    authors: list[str | None] = []
    if has_authors:
        authors, author_line = split_authors(rest[0].text), rest[0]
        rest = rest[1:]
        if None in authors:
            slot = authors.index(None) + 1
            context.report(
                author_line,
                f"the author list of '{title}' has an empty slot (author {slot}): "
                "write the missing name between the commas or remove the extra comma",
            )
    else:
        context.report(
            title_line,
            f"'{title}' has no author line; write its authors on the line after the title",
            Severity.VIOLATION,
        )
    venue_line, rest = rest[0], rest[1:]
    venue = _Venue(venue_line.text, context)
    if venue.entry is None:
        context.report(
            venue_line,
            f"venue of '{title}' not recognized in '{venue.text}'; add it to the venue table (venues in scholargraph.toml)",
            Severity.INFO,
        )
    year = venue.year or section_year
    if venue.year is None:
        fallback = f"using the section's year {section_year}" if section_year else "the work has no year"
        context.report(venue_line, f"no year on the venue line of '{title}'; {fallback} — write it like \"CVPR '24\"")
    _check_key_year(key, year, title_line, context)
    distinctions = list(venue.distinctions)
    links: list[Link] = []
    abstract_lines: list[str] = []
    for line in rest:
        labels = _LINK.findall(line.text)
        if labels and not abstract_lines and not links:
            before = line.text[: line.text.index("[")].strip()
            if before:
                distinctions.append(before)
            links = [Link(label.strip()) for label in labels]
        else:
            abstract_lines.append(line.text)
    return Work(
        title=title,
        authors=tuple(authors),
        year=year,
        origin=context.origin(title_line),
        kind=_kind(venue),
        key=key,
        venue=venue.entry.label if venue.entry else None,
        venue_as_written=venue.text,
        track=venue.track,
        distinctions=tuple(distinctions),
        acceptance_rate=venue.rate,
        links=tuple(links),
        arxiv_id=venue.arxiv_id,
        abstract=" ".join(abstract_lines) or None,
    )


def _check_key_year(key: str | None, year: int | None, line: Line, context: Context) -> None:
    """A key like ``NeurIPS2021_IFSL`` on a 2020 paper is worth a note, not a change."""
    if not key or year is None:
        return
    digits = re.search(r"(?:19|20)\d\d", key)
    if digits and int(digits.group()) != year:
        context.report(
            line,
            f"key '{key}' says {digits.group()} but the venue line says {year}; the venue line is used",
            Severity.INFO,
        )
