"""The records every source yields: plain frozen dataclasses, free of RDF and of file formats.

A source adapter turns its input into these records; ``build`` turns records into RDF.
Every record carries its ``Origin`` (file and line) so that any fact in the graph, and
any problem found with it, can be traced back to where a person wrote it.

People, organizations and venues are referred to *by name as written*; the build
mints one IRI per normalized name, so the same name in two records is one node.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

__all__ = [
    "Award",
    "Collaboration",
    "Course",
    "Degree",
    "Identifier",
    "IdentifierScheme",
    "Link",
    "Origin",
    "PartialDate",
    "Period",
    "Person",
    "Position",
    "Problem",
    "Record",
    "ServiceRole",
    "Severity",
    "SourceResult",
    "Supervision",
    "SupervisionKind",
    "Talk",
    "Visit",
    "Work",
    "WorkKind",
]


@dataclass(frozen=True, order=True)
class Origin:
    """Where a fact was written: a file (as given to the reader) and a 1-based line."""

    path: str
    line: int

    def __str__(self) -> str:
        return f"{self.path}:{self.line}"


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the precision it was written at: a year, a month or a day."""

    year: int
    month: int | None = None
    day: int | None = None

    def __post_init__(self) -> None:
        if self.day is not None and self.month is None:
            raise ValueError("a day needs a month")
        date(self.year, self.month or 1, self.day or 1)  # raises ValueError for 31 Feb

    @property
    def iso(self) -> str:
        """``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` — the lexical form of its XSD type."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
        if self.day is not None:
            text += f"-{self.day:02d}"
        return text

    def __str__(self) -> str:
        return self.iso


@dataclass(frozen=True)
class Period:
    """A span of time; ``end is None`` means open-ended ("Since Aug 2020")."""

    start: PartialDate | None
    end: PartialDate | None = None


class Severity(StrEnum):
    """How much a problem matters, in SHACL's three levels."""

    VIOLATION = "violation"
    WARNING = "warning"
    INFO = "info"


@dataclass(frozen=True)
class Problem:
    """A flaw found in the input, reported with where it is and how to fix it."""

    severity: Severity
    message: str
    origin: Origin
    left_out: bool = False
    """True when the entry the problem names is left out of the graph (the build counts it as skipped)."""

    def __str__(self) -> str:
        return f"{self.origin}: {self.severity.value}: {self.message}"


@dataclass(frozen=True)
class Link:
    """A resource named beside an entry: ``[code]``, ``[paper]``… and its URL when known."""

    label: str
    url: str | None = None


class IdentifierScheme(StrEnum):
    """Registries whose identifiers name people, works and organizations for good."""

    ORCID = "orcid"
    DBLP = "dblp"
    OPENALEX = "openalex"
    ROR = "ror"
    WIKIDATA = "wikidata"
    MGP = "mgp"
    """The Mathematics Genealogy Project's record id of a person (``18231``)."""


@dataclass(frozen=True, order=True)
class Identifier:
    """An identifier from a registry: ``Identifier(IdentifierScheme.ORCID, "0000-0002-1825-0097")``.

    ``value`` is the registry's own short form (no ``https://orcid.org/`` prefix); a DBLP
    value is a person's pid (``w/QianruSun``) or a work's key (``conf/cvpr/SunLCS19``).
    """

    scheme: IdentifierScheme
    value: str


@dataclass(frozen=True)
class Person:
    """Someone a source describes in their own right (not merely names)."""

    name: str
    origin: Origin
    native_name: str | None = None
    email: str | None = None
    address: str | None = None
    titles: tuple[str, ...] = ()
    identifiers: tuple[Identifier, ...] = ()


class WorkKind(StrEnum):
    CONFERENCE_PAPER = "conference-paper"
    JOURNAL_ARTICLE = "journal-article"
    PREPRINT = "preprint"
    THESIS = "thesis"
    OTHER = "other"


@dataclass(frozen=True)
class Work:
    """A publication. ``authors`` are names in order; ``None`` marks an empty slot."""

    title: str
    authors: tuple[str | None, ...]
    year: int | None
    origin: Origin
    kind: WorkKind = WorkKind.CONFERENCE_PAPER
    key: str | None = None
    venue: str | None = None
    venue_as_written: str | None = None
    track: str | None = None
    distinctions: tuple[str, ...] = ()
    acceptance_rate: str | None = None
    links: tuple[Link, ...] = ()
    arxiv_id: str | None = None
    doi: str | None = None
    abstract: str | None = None
    identifiers: tuple[Identifier, ...] = ()
    """Registry identifiers of the work beyond its DOI and arXiv id (DBLP key, OpenAlex id)."""
    author_identifiers: tuple[tuple[Identifier, ...], ...] = ()
    """Identifiers of each author, in author order, when the source gives them (else empty)."""
    editors: tuple[str, ...] = ()
    """Editors' names in order: of the work itself, or of the volume it appeared in."""
    subtitle: str | None = None
    """The subtitle as written; ``title`` already ends with it ("Title: Subtitle"), as biblatex prints it."""
    series: str | None = None
    """The book series the work or its volume belongs to ("Lecture Notes in Computer Science"); not its venue."""
    volume: str | None = None
    number: str | None = None
    """The issue of a journal, or the number in a series."""
    edition: str | None = None
    publisher: str | None = None
    pages: str | None = None
    """The pages as written ("17–42", "e1234")."""
    language: str | None = None
    """The language as written ("english", "ngerman", "de")."""
    keywords: tuple[str, ...] = ()
    authors_given: bool = True
    """False when the source lists no authors and ``authors`` holds a stand-in (an ORCID work
    summary names only its record's owner): such a first author is no evidence of identity."""


class SupervisionKind(StrEnum):
    """What kind of advising a supervision is; picks the VIVO class."""

    PHD = "phd"
    MASTER = "master"
    POSTDOC = "postdoc"
    RESEARCH = "research"
    VISIT = "visit"


@dataclass(frozen=True)
class Supervision:
    """One person supervised or hosted by another, with co-supervisors and a period."""

    supervisor: str
    person: str
    role: str
    kind: SupervisionKind
    period: Period
    origin: Origin
    cosupervisors: tuple[str, ...] = ()
    organization: str | None = None
    email: str | None = None


@dataclass(frozen=True)
class Degree:
    """An academic degree earned, with the advisors of its thesis."""

    person: str
    degree: str
    institution: str
    year: int | None
    origin: Origin
    advisors: tuple[str, ...] = ()
    topic: str | None = None


@dataclass(frozen=True)
class Position:
    """A job or title held at an organization (or a unit of one)."""

    person: str
    title: str
    organization: str | None
    period: Period
    origin: Origin
    unit: str | None = None
    hosts: tuple[str, ...] = ()
    next_position: bool = False
    """True when the source says this is where the person went after the group ("now at Y", a roster's
    "Current position"): what ``lab-flow`` lists as *after*, whatever the dates say."""


@dataclass(frozen=True)
class Visit:
    """A research stay at a host organization, with the people hosting it."""

    person: str
    organization: str
    period: Period
    origin: Origin
    hosts: tuple[str, ...] = ()
    purpose: str | None = None


@dataclass(frozen=True)
class Award:
    """An award, fellowship or grant; ``granted_by`` is an organization or a venue."""

    person: str
    name: str
    date: PartialDate | None
    origin: Origin
    granted_by: str | None = None


@dataclass(frozen=True)
class ServiceRole:
    """A role served for a venue or journal: area chair, editor, organizer, reviewer."""

    person: str
    role: str
    venue: str
    period: Period
    origin: Origin
    detail: str | None = None
    place: str | None = None


@dataclass(frozen=True)
class Talk:
    """A talk given: invited, keynote, lecture or group seminar."""

    speaker: str
    title: str
    date: PartialDate | None
    origin: Origin
    kind: str = "Talk"
    event: str | None = None
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Collaboration:
    """A standing collaboration between a person and an organization (or a unit of one)."""

    person: str
    organization: str
    origin: Origin
    unit: str | None = None
    links: tuple[Link, ...] = ()


@dataclass(frozen=True)
class Course:
    """A course taught: code, title, the years taught and the level (UG, PG…)."""

    teacher: str
    code: str | None
    title: str
    period: Period
    origin: Origin
    level: str | None = None
    organization: str | None = None


Record = Person | Work | Supervision | Degree | Position | Visit | Award | ServiceRole | Talk | Collaboration | Course
"""Anything a source yields (problems are reported beside records, not among them)."""


@dataclass
class SourceResult:
    """What reading one source gives: its records and the problems found in it."""

    path: str
    records: list[Record] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
