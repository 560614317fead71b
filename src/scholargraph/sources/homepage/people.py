"""Recognizing people entries: name, period, role, co-supervisors, organization, e-mail.

An entry starts with a name whose next line is a period (``2018 - 2022``,
``Since Aug 2020``). The lines after it, in any order, are ``(with X and Y)`` for
co-supervisors, an e-mail address (``name[at]host``), a role (``Research Assistant``,
``PostDoc``, ``Visiting``…) and the person's organization.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import pairwise

from ...model.dates import is_reversed, parse_period
from ...model.names import clean_name
from ...model.records import Period, Severity, Supervision, SupervisionKind
from .context import Context
from .lines import Line
from .sections import Section

__all__ = ["ALUMNUS", "ROLE_WORDS", "deobfuscate_email", "read_people", "split_names", "supervision_kind"]

_NAME = re.compile(r"^[A-Z\u00C0-\u024F][\w.'\u00C0-\u024F-]*(?: [A-Za-z\u00C0-\u024F][\w.'\u00C0-\u024F-]*){1,4}$")
_DATEISH = re.compile(r"\b(?:19|20)\d\d\b|^since\b", re.IGNORECASE)
_WITH = re.compile(r"^\(\s*(?:co-?supervised\s+)?with\s+(?P<names>[^)]+)\)$", re.IGNORECASE)
_EMAIL = re.compile(
    r"(?P<user>[\w.+-]+)\s*(?:@|\[at\]|\(at\)|\{at\}|\s\"at\"\s|\sat\s)\s*(?P<host>[\w-]+(?:\s*(?:\.|\[dot\]|\(dot\)|\sdot\s)\s*[\w-]+)+)",
    re.IGNORECASE,
)
ROLE_WORDS = re.compile(
    r"\b(?:assistant|(?:research|postdoctoral) associate|"
    r"student|post-?doc\w*|fellow|engineer|visiting|visitor|intern|co-?op|researcher|scientist|developer|manager|"
    r"professor|lecturer|candidate|ph\.?\s?d\.?|doctoral|master'?s?|m\.?(?:a\.?)?sc|m(?:chem|phys|math|sci)|sc\.?m|m\.\s?s\.|m\.?res|m\.?phil|m\.?\s?eng|[mb]\.?\s?tech|b\.?sc|bachelor'?s?|undergrad\w*|under\s+graduate|graduate|"
    r"principal investigator|director|research chair|alumn\w*)(?!\w)|"
    r"(?-i:\b[MB]S(?=\s+(?:(?:19|20)\d\d\b|in\s+[A-Z]))|^[MB][SA]$|(?<![\w-])(?:PD|D[1-3]|M[12]|B[34])(?![\w-]))|"
    r"博士|直博|普博|硕博|硕士|专硕|本科|实习|访问|研究助理|管理员|研究员|教授|修士|学部生|客員|特任|"
    r"\b(?:doctorant\w*|étudiant\w*|stagiaire\w*|chercheu(?:r|se)\w*|postdoctorant\w*|maîtrise|estudiante\w*|doctorand\w*|"
    r"investigador\w*|becari[oa]\w*|mestrand\w*|doutorand\w*|pesquisador\w*|bolsista\w*|doktorand\w*|studierende\w*|"
    r"postdoktorand\w*|dottorand\w*|ricercat(?:ore|rice|ori)|assegnist\w*|tesist\w*|posdoc\w*|pós-?doc\w*|"
    r"doctorado|doutorado|doctorat|maestr[ií]a|mestrado|licenciatura)(?!\w)",
    re.IGNORECASE,
)
"""The words that make a short text a role (``PhD student``, ``Visiting Scientist``, a degree and its year ``MS 2007``,
its field ``MS in CBE`` or a degree alone ``(MS)``, a Japanese lab's grade ``D2``, ``M1``, ``B4`` or ``PD``; in Chinese,
Japanese, French, Spanish, Portuguese, German or Italian: ``修士課程``, ``Doctorante``, ``Doktorand``), on a text page or an
HTML one."""
ALUMNUS = re.compile(r"\balum(?:nus|na|ni|nae)?\b", re.IGNORECASE)
"""A role or group of someone who has left (``Doctoral Alumnus``, ``Graduate Alumni``): the one date written with it is
when they left (a roster's row, a Hugo Blox author page)."""
_ORGANIZATION_WORD = re.compile(
    r"\b(?:university|universit\w+|institute|college|school|academy|laborator\w+|lab|centre|center|inc|ltd|corporation)\b",
    re.IGNORECASE,
)


def deobfuscate_email(text: str) -> tuple[str | None, str]:
    """Find an e-mail written to fool robots; return it and the text without it."""
    match = _EMAIL.search(text)
    if not match:
        return None, text
    host = re.sub(r"\s*(?:\[dot\]|\(dot\)|\sdot\s)\s*", ".", match["host"], flags=re.IGNORECASE)
    host = re.sub(r"\s*\.\s*", ".", host)
    return f"{match['user']}@{host}".lower(), (text[: match.start()] + text[match.end() :]).strip()


def split_names(text: str) -> list[str]:
    """``Prof. A, Prof.Dr. B and C`` → ``["A", "B", "C"]``."""
    parts = re.split(r",\s*(?:and\s+)?|\s+and\s+|\s*&\s*", text)
    return [name for name in (clean_name(p) for p in parts) if name]


def supervision_kind(role: str) -> SupervisionKind:
    """The kind of advising a role names (PhD, master, postdoc, visit; research otherwise); a graduate student not
    said to be a master's student is a PhD student, as labs write it."""
    lowered = role.lower()
    grade = re.search(r"(?<![\w-])(PD|D[1-3]|M[12])(?![\w-])", role)  # a Japanese lab's grade ("工学研究科 D1")
    if grade:
        return {"P": SupervisionKind.POSTDOC, "D": SupervisionKind.PHD, "M": SupervisionKind.MASTER}[grade[1][0]]
    if "visit" in lowered or "访问" in role or re.search(r"invité|\bgast|客員|訪問|交換留学", lowered):
        return SupervisionKind.VISIT
    if re.search(r"post-?doktorand|postdoctorant|posdoc|pós-?doc|pós-?doutor|assegnist|博士研究員|ポスドク", lowered):
        return SupervisionKind.POSTDOC
    if re.search(
        r"doctorant|doctorand|doktorand|doutorand|doctorado|doutorado|dottorand|(?<!post)(?<!post-)doctorat\b", lowered
    ) or re.search(r"博士課程|博士後期", role):
        return SupervisionKind.PHD  # a doctoral student in French, Spanish, German, Portuguese, Italian or Japanese
    if re.search(r"maîtrise|maestr[ií]a|mestrad|mestrand|masterand|tesist|修士|博士前期", lowered):
        return SupervisionKind.MASTER
    if "博士后" in role:
        return SupervisionKind.POSTDOC
    if re.search("博士|直博|普博|硕博", role):
        return SupervisionKind.PHD
    if re.search("硕士|专硕|学硕", role):
        return SupervisionKind.MASTER
    if re.search(r"\bpre-?doctoral", lowered):
        return SupervisionKind.PHD  # a pre-doctoral fellow is a PhD student
    if "postdoc" in lowered or "post-doc" in lowered or "fellow" in lowered:
        return SupervisionKind.POSTDOC
    if "ph.d" in lowered or "phd" in lowered or "doctoral" in lowered:
        return SupervisionKind.PHD
    if "master" in lowered or re.search(
        r"\bm\.?(?:a\.?)?sc\b|\bm(?:chem|phys|math|sci)\b|\bsc\.?m\b|\bm\.?eng\b|\bm\.?\s?tech\b|\bm\.?a\.?\b|\bm\.?s\.?\b|"
        r"\bm\.?res\b|\bm\.?phil\b|\bm\.?p\.?h\b|\bm\.?b\.?a\b|\bm\.?s\.?e\b",
        lowered,
    ):
        return SupervisionKind.MASTER
    if re.search(r"(?<!under)(?<!under )(?<!under-)graduate student", lowered):
        return SupervisionKind.PHD  # a lab's "graduate students", unless said to be master's students, are PhD students
    if re.search(r"\brotation student", lowered):
        return SupervisionKind.PHD  # a doctoral programme's first-year student rotating through labs
    return SupervisionKind.RESEARCH


def _is_role(text: str, context: Context) -> bool:
    return bool(ROLE_WORDS.search(text)) and not _ORGANIZATION_WORD.search(text) and context.organizations.lookup(text) is None


def _is_entry_start(lines: list[Line], i: int, context: Context) -> bool:
    text = lines[i].text
    return (
        i + 1 < len(lines)
        and bool(_NAME.match(text))
        and not _is_role(text, context)
        and context.organizations.lookup(text) is None
        and not _ORGANIZATION_WORD.search(text)
        and bool(_DATEISH.search(lines[i + 1].text))
    )


def read_people(section: Section, context: Context) -> Iterator[Supervision]:
    """One supervision per person listed in a people section, supervised by the page's owner."""
    lines = section.lines
    starts = [i for i in range(len(lines)) if _is_entry_start(lines, i, context)]
    first = starts[0] if starts else len(lines)
    for line in lines[:first]:
        context.report(line, f"in '{section.heading.text}', '{line.text}' is not part of a person entry; skipped", Severity.INFO)
    for start, end in pairwise([*starts, len(lines)]):
        supervision = _read_entry(lines[start:end], section, context)
        if supervision:
            yield supervision


def _read_entry(entry: list[Line], section: Section, context: Context) -> Supervision | None:
    name_line, period_line, details = entry[0], entry[1], entry[2:]
    period = parse_period(period_line.text)
    if period is None:
        context.report(
            period_line,
            f"cannot read the period '{period_line.text}' of {name_line.text}; "
            "write it like '2018 - 2022', 'Jan 2020-Dec 2021' or 'Since Aug 2020'",
        )
        period = Period(None, None)
    elif is_reversed(period):
        context.report(period_line, f"the period of {name_line.text} ends before it starts: '{period_line.text}'")
    role, organization, email = None, None, None
    cosupervisors: list[str] = []
    for line in details:
        text = line.text
        with_match = _WITH.match(text)
        if with_match:
            cosupervisors.extend(split_names(with_match["names"]))
            continue
        found_email, text = deobfuscate_email(text)
        email = email or found_email
        if not text:
            continue
        if role is None and organization is None and _is_role(text, context):
            role = text
        elif organization is None:
            organization = text
        else:
            context.report(line, f"'{line.text}' in the entry of {name_line.text} was not understood; skipped", Severity.INFO)
    if context.owner is None:
        context.report(name_line, f"{name_line.text} is listed but the page names no owner to supervise them", Severity.VIOLATION)
        return None
    role = role or section.role or "Member"
    kind = section.supervision if role == section.role and section.supervision else supervision_kind(role)
    return Supervision(
        supervisor=context.owner,
        person=clean_name(name_line.text),
        role=role,
        kind=kind,
        period=period,
        origin=context.origin(name_line),
        cosupervisors=tuple(cosupervisors),
        organization=organization,
        email=email,
    )
