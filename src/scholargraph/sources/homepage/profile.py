"""Recognizing the owner's profile: name, native-script name, titles, unit ⊂ organization,
contact, and the facts of a biography paragraph (positions, PhD and advisor, visits).

Biographies are prose; the recognizers here read the sentence forms academic pages
use ("I got my Ph.D. degree from X in 2016", "My thesis was advised by Prof. Y",
"In 2014, I visited the research group of Prof. Z at W", "From 2016 to 2018, I held
… and worked with … at …", "Since 2019, I have been working in U (ABBR), at O").
A sentence in none of these forms is left alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace

from ...identity.aliases import Entry
from ...model.dates import parse_period
from ...model.names import clean_name
from ...model.records import Degree, PartialDate, Period, Person, Position, Record, Severity, Supervision, SupervisionKind, Visit
from .context import Context
from .lines import Line
from .people import deobfuscate_email, split_names

__all__ = ["read_contact", "read_experience", "read_profile"]

_LATIN = re.compile(r"[A-Za-z]")
_TITLE = re.compile(
    r"\b(?:professor|lecturer|fellow|scientist|researcher|chair|director|head|dean|reader|postdoc|student|engineer)\b",
    re.IGNORECASE,
)
_UNIT = re.compile(
    r"\b(?:school|faculty|department|dept\.?|division|lab|laboratory|group|centre|center|college)\b", re.IGNORECASE
)
_INSTITUTION = re.compile(r"\b(?:university|universit\w+|institute|academy|polytechnic|inc\.?|corporation)\b", re.IGNORECASE)
_TRAILING_PERIOD = re.compile(r"^(?P<title>.+?)\s*\((?P<period>[^()]*\d{4}[^()]*)\)$")


def read_profile(lines: list[Line], context: Context) -> Iterator[Record]:
    """The owner (first line), their native-script name, titles and organization."""
    if not lines:
        return
    name_line, *rest = lines
    owner = clean_name(name_line.text)
    context.owner = owner
    native = next((ln.text for ln in rest if not _LATIN.search(ln.text)), None)
    titles: list[tuple[Line, str, Period]] = []
    units: list[str] = []
    organization: str | None = None
    for line in rest:
        text = line.text
        if text == native:
            continue
        trailing = _TRAILING_PERIOD.match(text)
        period = parse_period(trailing["period"]) if trailing else None
        if _TITLE.search(text) and not _INSTITUTION.search(text.split(" of ")[0]):
            titles.append((line, trailing["title"] if trailing and period else text, period or Period(None, None)))
        elif _INSTITUTION.search(text) or context.organizations.lookup(text):
            organization = text
        elif _UNIT.search(text):
            units.append(text)
        else:
            context.report(line, f"profile line '{text}' was not understood; skipped", Severity.INFO)
    yield Person(owner, context.origin(name_line), native_name=native, titles=tuple(t for _, t, _ in titles))
    for line, title, period in titles:
        yield Position(owner, title, organization, period, context.origin(line), unit=units[-1] if units else None)


def read_contact(lines: list[Line], person: Person, context: Context) -> Person:
    """The owner's e-mail (however disguised) and postal address."""
    for line in lines:
        email, rest = deobfuscate_email(line.text)
        if email and not person.email:
            person = replace(person, email=email)
        elif re.search(r"\d", rest) and "," in rest and not person.address:
            person = replace(person, address=rest)
    return person


_ABBREVIATION = re.compile(
    r"(?P<full>(?:[A-Z][\w&.'-]*\s+)(?:(?:of|for|and|the|in|de|[A-Z][\w&.'-]*)\s+)*[A-Z][\w&.'-]*)\s+\((?P<abbr>[A-Z][A-Za-z&*-]{1,11})\)"
)
_PROF = r"(?:(?:Prof(?:essor)?\.?\s*(?:Dr\.?\s*)?|Dr\.?\s*)+)"
_PERSON_LIST = rf"(?P<people>{_PROF}[^.,]+?(?:(?:,\s*|\s+and\s+){_PROF}[^.,]+?)*)"
_AT_ORG = r"(?:the )?(?P<org>[^(,.]+)"
_SENTENCES = (
    (
        "current",
        re.compile(
            r"^Since (?P<year>\d{4}), I (?:have been|am) working (?:in|at) (?:the )?(?P<unit>[^(,]+?)"
            rf"(?:\s*\([^)]*\))?(?:,\s*(?:at|of)|\s+at)\s+{_AT_ORG}"
        ),
    ),
    ("fellow", re.compile(r"^Before that, I was an? (?P<title>[\w -]+?) working with (?P<hosts>.+?)(?:, focusing on .*)?$")),
    (
        "held",
        re.compile(
            rf"^From (?P<start>\d{{4}}) to (?P<end>\d{{4}}), I held the (?P<title>.+?) "
            rf"and worked with {_PERSON_LIST} at {_AT_ORG}"
        ),
    ),
    (
        "degree",
        re.compile(
            r"^I (?:got|received|obtained|earned) my (?P<degree>Ph\.?\s?D\.?|Master'?s?|M\.?Sc\.?|B\.?Sc\.?|Bachelor'?s?)"
            r"(?: degree)? (?:from|at) (?:the )?(?P<org>[^,.]+?) in (?P<year>\d{4})"
        ),
    ),
    (
        "advisor",
        re.compile(
            rf"^My (?:thesis|dissertation|Ph\.?D\.?) was (?:advised|supervised) by {_PERSON_LIST}"
            r"(?:, and the topic is (?P<topic>[^.]+))?\.?$"
        ),
    ),
    (
        "visit",
        re.compile(
            rf"^In (?P<year>\d{{4}}), I visited (?:the research group of )?{_PERSON_LIST} at {_AT_ORG}"
            r"(?:, working on (?P<purpose>[^.]+))?"
        ),
    ),
)


def _sentences(text: str) -> list[str]:
    """Split prose into sentences, not at ``Prof.``, ``Dr.``, ``Ph.D.`` or initials."""
    protected = re.sub(r"\b(Prof|Dr|Ph\.D|Ph|Mr|Ms|Mrs|etc|e\.g|i\.e|[A-Z])\.", lambda m: m.group(0).replace(".", "\0"), text)
    return [s.replace("\0", ".").strip() for s in re.split(r"(?<=[.!?])\s+(?=[A-Z])", protected) if s.strip()]


def _host_pairs(text: str) -> list[tuple[str, str]]:
    """``Prof. A at X and Prof.Dr. B at the Y`` → ``[("A", "X"), ("B", "Y")]``."""
    pairs = re.findall(rf"{_PROF}(?P<name>[^,]+?) at (?:the )?(?P<org>.+?)(?=,? and {_PROF}|$)", text)
    return [(clean_name(name), org.strip()) for name, org in pairs]


def read_experience(lines: list[Line], context: Context) -> Iterator[Record]:
    """Positions, the PhD with its advisors (a supervision), and visits, from biography prose."""
    for line in lines:
        for text in re.findall(r"\w[^()]*?\s+\((?:[A-Z][A-Za-z&*-]{1,11})\)", line.text):
            _learn_abbreviation(text, context)
        degree: Degree | None = None
        owner = context.owner or ""
        origin = context.origin(line)
        for sentence in _sentences(line.text):
            for kind, pattern in _SENTENCES:
                m = pattern.match(sentence)
                if not m:
                    continue
                if kind == "current":
                    yield Position(
                        owner,
                        "Faculty member",
                        m["org"].strip(),
                        Period(PartialDate(int(m["year"])), None),
                        origin,
                        unit=m["unit"].strip(),
                    )
                elif kind == "fellow":
                    for host, org in _host_pairs(m["hosts"]):
                        yield Position(owner, m["title"].strip().capitalize(), org, Period(None, None), origin, hosts=(host,))
                elif kind == "held":
                    period = Period(PartialDate(int(m["start"])), PartialDate(int(m["end"])))
                    yield Position(
                        owner, m["title"].strip(), m["org"].strip(), period, origin, hosts=tuple(split_names(m["people"]))
                    )
                elif kind == "degree":
                    degree = Degree(owner, _degree_name(m["degree"]), m["org"].strip(), int(m["year"]), origin)
                elif kind == "advisor" and degree is not None:
                    degree = replace(degree, advisors=tuple(split_names(m["people"])), topic=m["topic"])
                elif kind == "visit":
                    year = PartialDate(int(m["year"]))
                    yield Visit(
                        owner, m["org"].strip(), Period(year, year), origin, tuple(split_names(m["people"])), m["purpose"]
                    )
                break
        if degree is not None:
            yield degree
            for advisor in degree.advisors[:1]:
                yield Supervision(
                    supervisor=advisor,
                    person=owner,
                    role=f"{degree.degree} student",
                    kind=SupervisionKind.PHD if degree.degree == "PhD" else SupervisionKind.MASTER,
                    period=Period(None, PartialDate(degree.year) if degree.year else None),
                    origin=degree.origin,
                    cosupervisors=degree.advisors[1:],
                    organization=degree.institution,
                )


def _degree_name(written: str) -> str:
    letters = re.sub(r"[^a-z]", "", written.lower())
    return {"phd": "PhD", "msc": "MSc", "bsc": "BSc"}.get(letters, written.rstrip("'s").capitalize())


def _learn_abbreviation(text: str, context: Context) -> None:
    """Remember ``Full Name (ABBR)`` written on the page, when the initials agree."""
    for m in _ABBREVIATION.finditer(text):
        full, abbr = m["full"].strip(), m["abbr"]
        initials = "".join(w[0] for w in full.split() if w[0].isupper())
        if abbr[0] == initials[:1] and context.organizations.lookup(abbr) is None:
            known = context.organizations.lookup(full)
            context.organizations.add(Entry(name=known.name if known else full, aliases=(abbr,)))
