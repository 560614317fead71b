"""The homepage source: an academic homepage's text → records, with the line of every fact.

Reading the file (``lines``), finding sections (``sections``) and recognizing entries
(``profile``, ``people``, ``publications``, ``lists``) are separate steps, so another
reader (HTML) can feed the same recognizers.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

from ...errors import SourceError
from ...identity.aliases import AliasTable
from ...model.records import Person, Record, Severity, SourceResult
from .context import Context
from .lines import Line, read_text, text_lines
from .lists import read_award, read_collaboration, read_course, read_service, read_talk
from .people import read_people
from .profile import read_contact, read_experience, read_profile
from .publications import read_publications
from .sections import Section, split_sections

__all__ = ["read_homepage", "read_homepage_lines"]

_ONE_LINE_READERS: dict[str, Callable[[Line, Context], Iterator[Record]]] = {
    "awards": read_award,
    "service": read_service,
    "collaborations": read_collaboration,
    "teaching": read_course,
}


def read_homepage(path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable) -> SourceResult:
    """Read a homepage saved as text; ``shown_as`` is the path used in messages and provenance."""
    return read_homepage_lines(text_lines(read_text(path, shown_as)), shown_as, venues, organizations)


def read_homepage_lines(lines: list[Line], shown_as: str, venues: AliasTable, organizations: AliasTable) -> SourceResult:
    """Recognize the records of a homepage given as lines."""
    context = Context(shown_as, venues, organizations)
    preamble, sections = split_sections(lines)
    if not any(section.kind not in ("news", "other") for section in sections):
        raise SourceError(
            shown_as,
            "none of the sections of an academic homepage were found (Publications, Students, Awards, "
            "Talks, Teaching…); is this a homepage, and are its headings on lines of their own?",
        )
    if preamble:
        sections.insert(0, Section("profile", preamble[0], lines=preamble))
    records: list[Record] = []
    owner: Person | None = None
    for section in sections:
        if section.kind == "profile":
            for record in read_profile(section.lines, context):
                if isinstance(record, Person) and owner is None:
                    owner = record
                else:
                    records.append(record)
        elif section.kind == "contact" and owner is not None:
            owner = read_contact(section.lines, owner, context)
        else:
            records.extend(_read_section(section, context))
    if owner is None:
        context.report(lines[0], "the page names no owner: put their name on the first line", Severity.VIOLATION)
    return SourceResult(shown_as, ([owner] if owner else []) + records, context.problems)


def _read_section(section: Section, context: Context) -> list[Record]:
    kind = section.kind
    if kind == "experience":
        return list(read_experience(section.lines, context))
    if kind == "people":
        return list(read_people(section, context))
    if kind == "publications":
        return list(read_publications(section.lines, context))
    if kind in ("talks", "seminars"):
        return [talk for line in section.lines for talk in read_talk(line, context, seminar=kind == "seminars")]
    if kind in _ONE_LINE_READERS:
        reader = _ONE_LINE_READERS[kind]
        return [record for line in section.lines for record in reader(line, context)]
    if section.lines:
        context.report(
            section.heading,
            f"section '{section.heading.text}' is not read into the graph ({len(section.lines)} lines)",
            Severity.INFO,
        )
    return []
