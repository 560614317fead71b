"""The BibTeX source: ``.bib`` entries → ``Work`` records, with the line each entry starts on.

Parsing is bibtexparser's (v2: it keeps every block's line and carries on past a broken
entry); this module gives the values their meaning: ``@string`` macros and ``#``
concatenation, month macros, ``crossref`` inheritance, LaTeX accents, logos and the
macros an ``@preamble`` defines, names written ``Last, First`` or ``First von Last``
(``{Barnes and Noble}`` stays one name, ``and others`` is dropped), the bibliographic
fields (editors, subtitle, series, volume, number, edition, publisher, pages, language,
keywords), and the extra fields of al-folio sites (``arxiv``, ``abbr``, ``code``, ``html``,
``pdf``, ``website``, ``award``…) as links and identifiers.

Every entry is accounted for: it becomes a work, or a problem names it and says why not.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..identity.aliases import AliasTable
from ..model.identifiers import arxiv_id, dblp_key, doi
from ..model.names import clean_name
from ..model.records import Identifier, IdentifierScheme, Link, Origin, Problem, Severity, SourceResult, Work
from .files import read_text_file
from .latex import Definitions, latex_to_text, macro_definitions
from .works import doi_field, link, venue, work_kind, year_in
from .yamltext import partial_date

__all__ = ["bibtex_works", "read_bibtex", "sniff_bibtex"]

MONTHS = {m: n for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), 1)}
_VENUE_FIELDS = ("journal", "journaltitle", "booktitle", "school", "institution", "howpublished")
_SPACE_AFTER_AT = re.compile(r"^(\s*)@\s+(?=[a-zA-Z]+\s*[{(])", re.MULTILINE)
"""``@ inproceedings{`` — BibTeX allows the space, bibtexparser would skip the entry as a comment."""
_KEY = re.compile(r"@\s*\w+\s*[{(]\s*([^,\s]+)")
_KEYWORD_SEPARATOR = re.compile(r"\s*[,;]\s*")
_CONTAINER_TYPES = ("proceedings", "book", "collection", "mvbook", "mvproceedings", "mvcollection")
_TITLE_FIELDS_OF_CONTAINER = {"title": "booktitle", "subtitle": "booksubtitle", "titleaddon": "booktitleaddon"}
"""A volume's title fields are its children's ``book…`` fields, as biblatex inherits them, never their own title."""


def sniff_bibtex(head: str) -> bool:
    """Whether a file's start looks like BibTeX (an ``@type{`` block)."""
    return re.search(r"^\s*@\s*[a-zA-Z]+\s*[{(]", head, re.MULTILINE) is not None


def read_bibtex(path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable) -> SourceResult:
    """Read a BibTeX file; ``shown_as`` is the path used in messages and provenance."""
    text = read_text_file(path, shown_as)
    works, found = bibtex_works(text, shown_as, venues)
    if not works and not found and not re.search(r"@\s*\w+\s*[{(]", text) and text.strip():
        found = [  # text, but no entry: not silently nothing
            Problem(
                Severity.WARNING,
                "no BibTeX entry found: an entry starts like @article{key, …}; is this a BibTeX file?",
                Origin(shown_as, 1),
                left_out=True,
            )
        ]
    return SourceResult(shown_as, list(works), found)


@dataclass
class _Entry:
    """One entry's type, key, first line and fields with macros expanded (still LaTeX), with each field's line."""

    type: str
    key: str
    line: int
    fields: dict[str, str]
    lines: dict[str, int]


@dataclass
class _Latex:
    """LaTeX to text for one file: the macros it defines, and the line each unknown macro is first met on."""

    definitions: Definitions = ()
    unknown: dict[str, int] = field(default_factory=dict)

    def text(self, value: str, line: int) -> str:
        converted = latex_to_text(value, self.definitions)
        for name in converted.unknown_macros:
            self.unknown.setdefault(name, line)
        return converted.text

    def problems(self, shown_as: str) -> list[Problem]:
        """One warning per unknown macro, at the first line it is used on."""
        return [
            Problem(
                Severity.WARNING,
                f"the LaTeX macro \\{name} is not known and is kept as the text '{name}'; "
                f'write its text instead, or define it: @preamble{{"\\def\\{name}{{…}}"}}',
                Origin(shown_as, line),
            )
            for name, line in sorted(self.unknown.items(), key=lambda item: (item[1], item[0]))
        ]


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
    latex = _Latex()
    for preamble in library.preambles:
        latex.definitions = macro_definitions(_expand(preamble.value, macros, lambda name: None), latex.definitions)
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
        lines: dict[str, int] = {}
        for written in entry.fields:
            name = written.key.lower()
            if name not in values:
                values[name] = _expand(str(written.value), macros, undefined)
                lines[name] = origin(written.start_line).line if written.start_line is not None else where.line
        parsed.append(_Entry(entry.entry_type.lower(), entry.key, where.line, values, lines))
    containers = _inherit_crossrefs(parsed, shown_as, problems)
    works = []
    for item in parsed:
        if item.type in _CONTAINER_TYPES and item.key.lower() in containers:
            message = f"entry '{item.key}' is the volume its crossref entries are in; its fields are theirs, not a work's"
            problems.append(Problem(Severity.INFO, message, Origin(shown_as, item.line)))
            continue
        work = _work(item, shown_as, venues, latex, problems)
        if work is not None:
            works.append(work)
    return works, problems + latex.problems(shown_as)


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
            inherited_as = _TITLE_FIELDS_OF_CONTAINER.get(name, name) if target.type in _CONTAINER_TYPES else name
            if inherited_as not in entry.fields and inherited_as not in _TITLE_FIELDS_OF_CONTAINER:
                entry.fields[inherited_as] = value
                entry.lines[inherited_as] = target.lines[name]
    return targets


def _work(entry: _Entry, shown_as: str, venues: AliasTable, latex: _Latex, problems: list[Problem]) -> Work | None:
    """The work an entry describes, or ``None`` (with a problem) when it has no title."""
    where = Origin(shown_as, entry.line)
    fields = entry.fields

    def text(name: str) -> str | None:
        value = fields.get(name)
        return latex.text(value, entry.lines[name]) or None if value else None

    def names(name: str) -> list[str]:
        return _names(entry, name, shown_as, latex, problems)

    title, subtitle = text("title"), text("subtitle")
    if not title:
        problems.append(Problem(Severity.VIOLATION, f"entry '{entry.key}' has no title; add title = {{…}}", where, left_out=True))
        return None
    authors = names("author")
    if not authors:
        problems.append(
            Problem(Severity.WARNING, f"entry '{entry.key}' has no author; add author = {{Last, First and …}}", where)
        )
    year = year_in(fields.get("year") or fields.get("date"))
    if year is None:
        problems.append(Problem(Severity.WARNING, f"entry '{entry.key}' has no year; add year = {{2020}}", where))
    else:
        _tell_impossible_date(entry, shown_as, problems)
    written = next((value for value in map(text, _VENUE_FIELDS) if value and "://" not in value), None)
    if written and fields.get("booksubtitle"):
        written = _with_subtitle(written, text("booksubtitle"))
    series, as_written = venue(written, venues, text("abbr"))
    arxiv = _arxiv(fields, written)
    if written is None and arxiv:
        series, as_written = venue("arXiv", venues)

    def unsafe(name: str) -> Callable[[str], None]:
        at = Origin(shown_as, entry.lines.get(name, entry.line))
        return lambda message: problems.append(Problem(Severity.WARNING, f"entry '{entry.key}': field {message}", at))

    links: list[Link] = [found for name, value in fields.items() if (found := link(name, value, unsafe(name)))]
    dblp = dblp_key(fields.get("biburl"))
    return Work(
        title=_with_subtitle(title, subtitle),
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
        doi=doi_field("doi", fields.get("doi"), unsafe("doi"))
        or doi(fields.get("url") if "doi.org" in fields.get("url", "") else None),
        abstract=text("abstract"),
        identifiers=(Identifier(IdentifierScheme.DBLP, dblp),) if dblp else (),
        editors=tuple(names("editor")),
        subtitle=subtitle,
        series=text("series"),
        volume=text("volume"),
        number=text("number") or text("issue"),
        edition=text("edition"),
        publisher=text("publisher"),
        pages=text("pages"),
        language=text("language") or text("langid"),
        keywords=tuple(keyword for keyword in _KEYWORD_SEPARATOR.split(text("keywords") or "") if keyword),
    )


def _tell_impossible_date(entry: _Entry, shown_as: str, problems: list[Problem]) -> None:
    """A ``date``, or ``month`` with ``year``, that does not exist (``2021-02-30``, month 13) is a warning at its line:
    a work holds only its year, which is kept, so the rest would otherwise be lost without a word."""
    month = (entry.fields.get("month") or "").strip()
    if entry.fields.get("date"):
        name, label, written = "date", "field date", entry.fields["date"].strip()
    elif month.isdigit() and entry.fields.get("year"):
        name, label, written = "month", "year and month", f"{entry.fields['year'].strip()}-{month.zfill(2)}"
    else:
        return
    at = Origin(shown_as, entry.lines.get(name, entry.line))
    partial_date(
        written, lambda message: problems.append(Problem(Severity.WARNING, f"entry '{entry.key}': {label} {message}", at))
    )


def _with_subtitle(title: str, subtitle: str | None) -> str:
    """``Title: Subtitle``, the title as it is shown; no colon after a title that ends in punctuation."""
    if not subtitle:
        return title
    return f"{title} {subtitle}" if title.endswith((":", "?", "!", ".")) else f"{title}: {subtitle}"


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


def _names(entry: _Entry, field_name: str, shown_as: str, latex: _Latex, problems: list[Problem]) -> list[str]:
    """The names of an ``author`` or ``editor`` field in order, each written given names first."""
    from bibtexparser.middlewares.names import InvalidNameError, parse_single_name_into_parts, split_multiple_persons_names

    line = entry.lines.get(field_name, entry.line)
    names = []
    for written in split_multiple_persons_names(" ".join(entry.fields.get(field_name, "").split())):
        if written.strip().lower() == "others":
            continue
        try:
            parts = parse_single_name_into_parts(written, strict=False)
        except InvalidNameError as error:
            message = f"entry '{entry.key}': {field_name} '{written}' {error.reason}; write 'Last, First'"
            problems.append(Problem(Severity.WARNING, message, Origin(shown_as, line)))
            names.append(clean_name(latex.text(written, line)))
            continue
        names.append(clean_name(latex.text(" ".join((*parts.first, *parts.von, *parts.last, *parts.jr)), line)))
    return [name for name in names if name]
