"""The BibTeX source: ``.bib`` entries → ``Work`` records, with the line each entry starts on.

Parsing is bibtexparser's (v2: it keeps every block's line and carries on past a broken
entry); this module gives the values their meaning: ``@string`` macros and ``#``
concatenation, month macros, ``crossref`` inheritance, LaTeX accents and commands,
names written ``Last, First`` or ``First von Last`` (``{Barnes and Noble}`` stays one
name, ``and others`` is dropped), and the extra fields of al-folio sites (``arxiv``,
``abbr``, ``code``, ``html``, ``pdf``, ``website``, ``award``…) as links and identifiers.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from ..aliases import AliasTable
from ..model import Identifier, IdentifierScheme, Link, Origin, Problem, Severity, SourceResult, Work
from ..names import clean_name
from .files import read_text_file
from .latex import latex_to_text
from .works import arxiv_id, dblp_key, doi, link, venue, work_kind, year_in

__all__ = ["bibtex_works", "read_bibtex", "sniff_bibtex"]

MONTHS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_VENUE_FIELDS = ("journal", "journaltitle", "booktitle", "school", "institution", "howpublished")
_SPACE_AFTER_AT = re.compile(r"^(\s*)@\s+(?=[a-zA-Z]+\s*[{(])", re.MULTILINE)
"""``@ inproceedings{`` — BibTeX allows the space, bibtexparser would skip the entry as a comment."""
_KEY = re.compile(r"@\s*\w+\s*[{(]\s*([^,\s]+)")


def sniff_bibtex(head: str) -> bool:
    """Whether a file's start looks like BibTeX (an ``@type{`` block)."""
    return re.search(r"^\s*@\s*[a-zA-Z]+\s*[{(]", head, re.MULTILINE) is not None


def read_bibtex(path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable) -> SourceResult:
    """Read a BibTeX file; ``shown_as`` is the path used in messages and provenance."""
    text, problems = read_text_file(path, shown_as)
    works, found = bibtex_works(text, shown_as, venues)
    return SourceResult(shown_as, list(works), problems + found)


@dataclass
class _Entry:
    """One entry's type, key, first line and fields with macros expanded (still LaTeX)."""

    type: str
    key: str
    line: int
    fields: dict[str, str]


def bibtex_works(text: str, shown_as: str, venues: AliasTable, first_line: int = 1) -> tuple[list[Work], list[Problem]]:
    """The works of BibTeX text that starts on line ``first_line`` of ``shown_as``, and its problems."""
    from bibtexparser.entrypoint import parse_string
    from bibtexparser.model import DuplicateBlockKeyBlock, DuplicateFieldKeyBlock, Entry

    logging.getLogger("bibtexparser").setLevel(logging.CRITICAL)  # its complaints become Problems below
    library = parse_string(_SPACE_AFTER_AT.sub(r"\1@", text), parse_stack=[])
    problems: list[Problem] = []

    def warn(message: str, where: Origin) -> None:
        problems.append(Problem(Severity.WARNING, message, where))

    def origin(zero_based: int | None) -> Origin:
        return Origin(shown_as, (zero_based or 0) + first_line)

    macros: dict[str, str] = {name: str(number) for name, number in MONTHS.items()}
    for string in library.strings:
        macros[string.key.lower()] = _expand(string.value, macros, lambda name: None)
    entries: list[Entry] = list(library.entries)
    for block in library.failed_blocks:
        where = origin(block.start_line)
        key = _KEY.search(block.raw or "")
        name = f"entry '{key.group(1)}'" if key else "an entry"
        if isinstance(block, DuplicateFieldKeyBlock) and isinstance(block.ignore_error_block, Entry):
            entries.append(block.ignore_error_block)
            fields = ", ".join(sorted(block.duplicate_keys))
            warn(f"{name} repeats the field(s) {fields}; the first is used — remove the other", where)
        elif isinstance(block, DuplicateBlockKeyBlock) and isinstance(block.ignore_error_block, Entry):
            entries.append(block.ignore_error_block)
            warn(f"{name} is a second entry with key '{block.key}'; both are read — rename one of them", where)
        else:
            error = block.error
            reason = " ".join(str(getattr(error, "abort_reason", None) or getattr(error, "message", None) or error).split())
            message = f"{name} could not be read and is skipped: {reason}; fix its braces, quotes and commas"
            problems.append(Problem(Severity.VIOLATION, message, where, left_out=True))
    parsed: list[_Entry] = []
    for entry in sorted(entries, key=lambda e: e.start_line or 0):
        where = origin(entry.start_line)

        def undefined(name: str, entry_key: str = entry.key, where: Origin = where) -> None:
            warn(f"entry '{entry_key}' uses the undefined @string '{name}'; define it: @string{{{name} = {{…}}}}", where)

        values: dict[str, str] = {}
        for field in entry.fields:
            values.setdefault(field.key.lower(), _expand(str(field.value), macros, undefined))
        parsed.append(_Entry(entry.entry_type.lower(), entry.key, where.line, values))
    containers = _inherit_crossrefs(parsed, shown_as, problems)
    works = []
    for item in parsed:
        if item.type in ("proceedings", "book", "collection") and item.key.lower() in containers:
            continue  # a volume other entries point to with crossref, not a work of its own
        work = _work(item, shown_as, venues, problems)
        if work is not None:
            works.append(work)
    return works, problems


def _split_concatenation(value: str) -> list[str]:
    """``cvpr # { 2020}`` → ``["cvpr", "{ 2020}"]``: the parts joined by ``#`` outside braces and quotes."""
    parts, depth, quoted, start = [], 0, False, 0
    for i, char in enumerate(value):
        if char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
        elif char == '"' and depth == 0:
            quoted = not quoted
        elif char == "#" and depth == 0 and not quoted:
            parts.append(value[start:i])
            start = i + 1
    parts.append(value[start:])
    return [part.strip() for part in parts]


def _expand(value: str, macros: dict[str, str], undefined: Callable[[str], None]) -> str:
    """A raw field value with its delimiters removed and macros (``@string``, months) replaced."""
    out = []
    for part in _split_concatenation(value.strip()):
        if len(part) >= 2 and part[0] + part[-1] in ("{}", '""'):
            out.append(part[1:-1])
        elif part.isdigit() or not part:
            out.append(part)
        elif part.lower() in macros:
            out.append(macros[part.lower()])
        else:
            undefined(part)
            out.append(part)
    return "".join(out)


def _inherit_crossrefs(entries: list[_Entry], shown_as: str, problems: list[Problem]) -> set[str]:
    """Fill each entry's missing fields from the entry its ``crossref`` names, as BibTeX does.

    Returns the keys (lower case) of the entries pointed to.
    """
    by_key = {entry.key.lower(): entry for entry in entries}
    targets: set[str] = set()
    for entry in entries:
        target_key = entry.fields.get("crossref")
        if not target_key:
            continue
        target = by_key.get(target_key.strip().lower())
        if target is None:
            problems.append(
                Problem(
                    Severity.WARNING,
                    f"entry '{entry.key}' has crossref '{target_key}', which is not in this file; add that entry",
                    Origin(shown_as, entry.line),
                )
            )
            continue
        targets.add(target.key.lower())
        for name, value in target.fields.items():
            entry.fields.setdefault(name, value)
        if target.type in ("proceedings", "book") and "title" in target.fields:
            entry.fields.setdefault("booktitle", target.fields["title"])
    return targets


def _work(entry: _Entry, shown_as: str, venues: AliasTable, problems: list[Problem]) -> Work | None:
    """The work an entry describes, or ``None`` (with a problem) when it has no title."""
    where = Origin(shown_as, entry.line)
    fields = entry.fields

    def text(name: str) -> str | None:
        value = fields.get(name)
        return latex_to_text(value) or None if value else None

    title = text("title")
    if not title:
        problems.append(Problem(Severity.VIOLATION, f"entry '{entry.key}' has no title; add title = {{…}}", where, left_out=True))
        return None
    authors = _names(fields.get("author", ""), entry.key, where, problems)
    if not authors:
        problems.append(
            Problem(Severity.WARNING, f"entry '{entry.key}' has no author; add author = {{Last, First and …}}", where)
        )
    year = year_in(fields.get("year") or fields.get("date"))
    if year is None:
        problems.append(Problem(Severity.WARNING, f"entry '{entry.key}' has no year; add year = {{2020}}", where))
    written = next((value for value in map(text, _VENUE_FIELDS) if value and "://" not in value), None)
    series, as_written = venue(written, venues, text("abbr"))
    arxiv = _arxiv(fields, written)
    if written is None and arxiv:
        series, as_written = venue("arXiv", venues)
    links: list[Link] = [found for name, value in fields.items() if (found := link(name, value))]
    dblp = dblp_key(fields.get("biburl"))
    return Work(
        title=title,
        authors=tuple(authors),
        year=year,
        origin=where,
        kind=work_kind(entry.type, as_written, venues),
        key=entry.key,
        venue=series,
        venue_as_written=as_written,
        distinctions=tuple(filter(None, [text("award")])),
        links=tuple(links),
        arxiv_id=arxiv,
        doi=doi(fields.get("doi")) or doi(fields.get("url") if "doi.org" in fields.get("url", "") else None),
        abstract=text("abstract"),
        identifiers=(Identifier(IdentifierScheme.DBLP, dblp),) if dblp else (),
    )


def _arxiv(fields: dict[str, str], venue_written: str | None) -> str | None:
    """The arXiv id of an entry: al-folio's ``arxiv``, an arXiv ``eprint``, an ``arXiv:…`` journal or an arxiv.org URL."""
    archive = (fields.get("archiveprefix") or fields.get("eprinttype") or "arxiv").lower()
    url = fields.get("url", "")
    return (
        arxiv_id(fields.get("arxiv"))
        or (arxiv_id(fields.get("eprint")) if archive == "arxiv" else None)
        or (arxiv_id(venue_written) if venue_written and "arxiv" in venue_written.lower() else None)
        or (arxiv_id(url) if "arxiv.org" in url else None)
    )


def _names(value: str, key: str, where: Origin, problems: list[Problem]) -> list[str]:
    """The names of an ``author`` field in order, each written given names first."""
    from bibtexparser.middlewares.names import InvalidNameError, parse_single_name_into_parts, split_multiple_persons_names

    names = []
    for written in split_multiple_persons_names(" ".join(value.split())):
        if written.strip().lower() == "others":
            continue
        try:
            parts = parse_single_name_into_parts(written, strict=False)
        except InvalidNameError as error:
            problems.append(
                Problem(Severity.WARNING, f"entry '{key}': author '{written}' {error.reason}; write 'Last, First'", where)
            )
            names.append(clean_name(latex_to_text(written)))
            continue
        names.append(clean_name(latex_to_text(" ".join((*parts.first, *parts.von, *parts.last, *parts.jr)))))
    return [name for name in names if name]
