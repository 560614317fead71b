"""The Mathematics Genealogy Project source: a saved MGP record page → the person, their degrees, advisors and students.

An MGP record page (``https://www.mathgenealogy.org/id.php?id=N``) names one person and lists
their degrees, each with institution, year(s), dissertation and advisors (``Advisor 1:``,
``Promotor:``, ``Co-Promotor:``), then a table of their students with school and year. It reads as:

* the person, with their MGP id; every advisor and student linked, with theirs (so that the
  pages of one family, read together, meet on their ids however they write a name);
* each degree that names an institution (MGP's ``no degree`` only links a record to its past);
* per degree with advisors, one supervision: the first advisor not called ``Co-…`` is the
  principal, the others co-supervise; the degree as written is the role, its year the end;
* per student, a supervision from this person, ending in the year given, at the school given.
  The table names no degree: MGP records doctorates, so a student is read as a PhD student
  (the student's own page, read beside it, says more).

``parse_record`` gives the page as written, for ``fetch mgp`` to follow its links.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import lxml.html
from lxml import etree

from ..errors import SourceError
from ..identity.aliases import AliasTable
from ..model.names import clean_name, parse_name
from ..model.records import (
    Degree,
    Identifier,
    IdentifierScheme,
    Origin,
    PartialDate,
    Period,
    Person,
    Record,
    SourceResult,
    Supervision,
    SupervisionKind,
)
from .files import read_text_file
from .homepage.people import supervision_kind

__all__ = ["MgpDegree", "MgpLink", "MgpRecord", "parse_record", "read_mgp", "sniff_mgp"]

_TITLE = re.compile(r"<title>[^<]*\bThe Mathematics Genealogy Project\s*</title>", re.IGNORECASE)
_RECORD_ID = re.compile(r"\bMGP ID of (\d+)|submit-data\.php\?id=(\d+)")
_LINK_ID = re.compile(r"(?:^|/)id\.php\?id=(\d+)$")
_YEAR = re.compile(r"\b(\d{3,4})\b")
_DOCTORATE = re.compile(r"ph\.?\s?d|d\.?\s?phil|\bdr\.|doct|dott|dokt|\bsc\.?\s?d\b|\bd\.?\s?sc\b|\bed\.?\s?d\b", re.IGNORECASE)
_HONORARY = re.compile(r"\bh\.\s?c\.", re.IGNORECASE)
_NO_DEGREE = "no degree"
_STUDENT_ROLE = "Student"
"""The role of a student in the table (which names no degree); of an advisee whose degree MGP leaves blank."""


def sniff_mgp(head: str) -> bool:
    """A page saved from the Mathematics Genealogy Project (its title names the project)."""
    return bool(_TITLE.search(head))


@dataclass(frozen=True)
class MgpLink:
    """A person a record links to, by MGP id, with the name as written and the line it is on."""

    id: str
    name: str
    line: int
    label: str = ""
    """What the page calls the link: ``Advisor 1``, ``Promotor``, ``Co-Promotor`` (advisors only)."""
    school: str | None = None
    year: int | None = None


@dataclass(frozen=True)
class MgpDegree:
    """One degree as the record writes it: title (``Ph.D.``, or empty), institution, years, dissertation, advisors."""

    title: str
    institution: str | None
    years: tuple[int, ...]
    dissertation: str | None
    advisors: tuple[MgpLink, ...]
    line: int


@dataclass(frozen=True)
class MgpRecord:
    """An MGP record page as written: the person, their degrees and their students."""

    id: str
    name: str
    line: int
    degrees: tuple[MgpDegree, ...]
    students: tuple[MgpLink, ...]


def read_mgp(path: Path, shown_as: str, venues: AliasTable, organizations: AliasTable) -> SourceResult:
    """Read a saved MGP record page into its person, degrees and supervisions."""
    record = parse_record(read_text_file(path, shown_as), shown_as)
    return SourceResult(shown_as, list(_records(record, shown_as)), [])


def parse_record(text: str, shown_as: str) -> MgpRecord:
    """The record an MGP page holds; a ``SourceError`` when the page holds none (MGP's page for an unknown id)."""
    try:
        root = lxml.html.document_fromstring(text)
    except (etree.ParserError, ValueError):  # nothing but a comment or a declaration: no document
        root = None
    content = root.find(".//div[@id='paddingWrapper']") if root is not None else None
    heading = content.find("h2") if content is not None else None
    found = _RECORD_ID.search(text)
    if content is None or heading is None or found is None:
        raise SourceError(shown_as, "is not a Mathematics Genealogy Project record page (no name and MGP id found)")
    degrees: list[MgpDegree] = []
    for element in content:  # a degree, then its dissertation and its advisors, then the next degree
        if element.tag == "div" and element.find("span/span") is not None:  # "Ph.D. <span>institution</span> 1799"
            degrees.append(_degree(element))
        elif degrees and (title := element.find(".//span[@id='thesisTitle']")) is not None:
            degrees[-1] = replace(degrees[-1], dissertation=_text(title) or None)
        elif degrees and element.tag == "p" and (advisors := tuple(_advisors(element))):
            degrees[-1] = replace(degrees[-1], advisors=advisors)
    students = tuple(_student(row) for row in content.iterfind("table/tr") if row.find("td/a") is not None)
    return MgpRecord(found.group(1) or found.group(2), _text(heading), heading.sourceline or 1, tuple(degrees), students)


def _degree(block: Any) -> MgpDegree:
    outer = block.find("span")
    institution = outer.find("span")
    return MgpDegree(
        title=" ".join((outer.text or "").split()),
        institution=_text(institution) or None,
        years=tuple(int(year) for year in _YEAR.findall(institution.tail or "")),
        dissertation=None,
        advisors=(),
        line=outer.sourceline or 1,
    )


def _advisors(paragraph: Any) -> Iterator[MgpLink]:
    """The people a paragraph links as advisors, each with the label written before it (``Advisor 1:``)."""
    for link in paragraph.iterfind("a"):
        found = _LINK_ID.search(link.get("href") or "")
        previous = link.getprevious()
        label = (previous.tail if previous is not None else paragraph.text) or ""
        if found and label.strip().endswith(":"):
            yield MgpLink(found.group(1), _name(_text(link)), link.sourceline or 1, label.strip().rstrip(":").strip())


def _student(row: Any) -> MgpLink:
    cells = row.findall("td")
    link = cells[0].find("a")
    found = _LINK_ID.search(link.get("href") or "")
    year = _YEAR.search(_text(cells[2])) if len(cells) > 2 else None
    return MgpLink(
        found.group(1) if found else "",
        _name(_text(link)),
        row.sourceline or 1,
        school=(_text(cells[1]) or None) if len(cells) > 1 else None,
        year=int(year.group(1)) if year else None,
    )


def _text(element: Any) -> str:
    return " ".join(element.text_content().split())


def _name(written: str) -> str:
    """A name given names first (the students table writes ``Bessel, Friedrich``)."""
    name = clean_name(written)
    return parse_name(name).display if "," in name else name


def _kind(degree: str) -> SupervisionKind:
    """A doctorate (``Ph.D.``, ``Dr. rer. nat.``, ``D.Phil.``; not an honorary one) is a PhD; else as a role says."""
    return SupervisionKind.PHD if _DOCTORATE.search(degree) and not _HONORARY.search(degree) else supervision_kind(degree)


def _records(record: MgpRecord, shown_as: str) -> Iterator[Record]:
    def origin(line: int) -> Origin:
        return Origin(shown_as, line)

    def person(link: MgpLink) -> Person:
        return Person(link.name, origin(link.line), identifiers=(Identifier(IdentifierScheme.MGP, link.id),))

    yield Person(record.name, origin(record.line), identifiers=(Identifier(IdentifierScheme.MGP, record.id),))
    for degree in record.degrees:
        year = degree.years[0] if degree.years else None
        if degree.institution and degree.title.lower() != _NO_DEGREE:
            advisors = tuple(advisor.name for advisor in degree.advisors)
            title = degree.title or "Degree"
            yield Degree(record.name, title, degree.institution, year, origin(degree.line), advisors, degree.dissertation)
        if not degree.advisors:
            continue
        yield from map(person, degree.advisors)
        principal = next((a for a in degree.advisors if not a.label.lower().startswith("co")), degree.advisors[0])
        yield Supervision(
            supervisor=principal.name,
            person=record.name,
            role=degree.title or _STUDENT_ROLE,
            kind=_kind(degree.title),
            period=Period(None, PartialDate(year) if year else None),
            origin=origin(principal.line),
            cosupervisors=tuple(a.name for a in degree.advisors if a is not principal),
            organization=degree.institution,
        )
    for student in record.students:
        yield person(student)
        yield Supervision(
            supervisor=record.name,
            person=student.name,
            role=_STUDENT_ROLE,
            kind=SupervisionKind.PHD,
            period=Period(None, PartialDate(student.year) if student.year else None),
            origin=origin(student.line),
            organization=student.school,
        )
