"""Reading the people sections of an HTML page: who the page's owner supervises, in what role and when.

Each person is read from their block or their card's consecutive blocks (``html_people``); a block that is only
a list of names ("A, B, C and D") lists as many people. Labels between them ("Graduated in 2019", "Postdocs")
date them or give them a role; the group's head is the supervisor, not supervised.
"""

from __future__ import annotations

import re
from copy import deepcopy
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from ...model.dates import MONTH, SEASON
from ...model.names import is_listed_cjk_name, name_variant, parse_name
from ...model.positions import read_next_position
from ...model.records import Origin, PartialDate, Period, Position, Supervision, SupervisionKind
from .html_page import HEADING_TAGS, PLACEHOLDER, YEAR, block_lines, text_of
from .html_people import (
    DEGREES,
    SHORT_STAY,
    PersonEntry,
    block_name,
    described_person,
    is_principal,
    listed_people,
    person_name,
    read_person,
    starts_person,
)
from .html_sections import GENERIC_ROLES, SectionReport, line_chunks, own_item, role_heading, roles_named, row_cells
from .people import ROLE_WORDS, supervision_kind
from .sections import HEADINGS

if TYPE_CHECKING:
    from lxml.html import HtmlElement

    from .context import Context

__all__ = ["NO_OWNER", "drop_bare_repeats", "read_people"]


def read_people(section: SectionReport, section_role: str | None, entries: list[HtmlElement], context: Context) -> None:
    """The people of a section, each read from their block or their card's consecutive blocks.

    Its head (a principal investigator, a professor) is not supervised: on a lab's site whose
    owner is the lab, they become the supervisor of the others. A short label with no name ("Graduated in
    2019", "On going") dates the people after it that write no period of their own; one naming a role
    ("Postdocs" set large in a table row) gives it to the people after it that write none."""
    label = _label_period(section.heading) if _SPAN.search(section.heading) else None  # "Masters Students (2022-2024)"
    label_role: str | None = None
    legend: dict[str, str] = {}
    entries = [line for element in entries for line in (_people_lines(element) or _nested_people(element) or [element])]
    for group in _people_blocks(entries):
        line = group[0].sourceline or 1
        text = " ".join(line for element in group for line in block_lines(element))
        if PLACEHOLDER.search(text):
            section.skipped.append((line, text, "a template placeholder, not content"))
            continue
        if _names_columns(group):
            section.skipped.append((line, text, "the names of a table's columns"))
            continue
        people = listed_people(group)
        header_role, group, advisors = _under_table_header(group)
        if not people:
            person, why = read_person(group)
            if person is None:
                legend |= _abbreviations(text)
                named_role = role_heading(text)
                if len(text.split()) <= 6:  # "2024年度" then "M2": a role's label under a year's keeps the year
                    label = _label_period(text) or (label if named_role else None)
                label_role = (named_role or (None, label_role))[1]
                section.skipped.append((line, text, why))
                continue
            people = [person]
        for person in people:
            person = _by_legend(person, text, legend)
            undated = label and person.period == Period(None, None)  # a label's one year, as a line's, ends an alumnus's stay
            dated = replace(person, period=label, one_year=label.start == label.end) if label and undated else person
            if advisors and person.name not in advisors:
                cosupervisors = tuple(dict.fromkeys([*(a for a in advisors[1:] if a), *dated.cosupervisors]))
                dated = replace(dated, cosupervisors=cosupervisors)
            advisor = advisors[0] if advisors else None
            for degree in _each_degree(dated, text):
                _add_person(section, section_role, header_role or label_role, degree, text, context, advisor)


_DEGREE_YEAR = re.compile(
    r"(?<![\w.])(?P<degree>M\.?\s?A\.?\s?Sc|M\.?\s?Sc|M\.?\s?S|M\.?\s?Eng|M\.?\s?A|M\.?\s?Phil|Ph\.?\s?D)\.?"
    r"(?:\s+Eng\.?)?\s*,?\s*(?P<year>(?:19|20)\d\d)(?![\d\s]*[-–—])"
)
"""A degree and the year it was earned ("M.Sc. 2012", "Ph.D. 2017")."""


def _each_degree(person: PersonEntry, text: str) -> list[PersonEntry]:
    """A person listed with two degrees earned in the group ("Shahab Asoodeh (M.Sc. 2012, Ph.D. 2017)"), once for each,
    each ending the year written with it; anyone else once, as read."""
    earned = list(_DEGREE_YEAR.finditer(text))
    kinds = [supervision_kind(match["degree"]) for match in earned]
    if len(earned) < 2 or len(set(kinds)) < len(kinds):
        return [person]
    return [
        replace(person, role=match["degree"], period=Period(None, PartialDate(int(match["year"]))), one_year=True)
        for match in earned
    ]


def drop_bare_repeats(sections: list[SectionReport]) -> None:
    """A person listed again on the page with no role or dates of their own ("Alumni by research area" repeating the
    names of the cards above) is the person already read: the bare repeat goes, said in the section's skipped lines."""
    read: dict[tuple[str, str], Supervision] = {}
    for section in sections:
        for record in section.records:
            if isinstance(record, Supervision) and not _bare(record):
                read.setdefault((record.supervisor, record.person), record)
    for section in sections:
        for record in [r for r in section.records if isinstance(r, Supervision) and _bare(r)]:
            first = read.get((record.supervisor, record.person))
            if first is not None:
                section.records.remove(record)
                why = f"{record.person} listed again without a role or dates (read at line {first.origin.line})"
                section.skipped.append((record.origin.line, record.person, why))


def _bare(record: Supervision) -> bool:
    """A supervision read from a name alone: no role but its section's generic one ("Alumni", "Members"; a researcher
    is one, a role of its own), no period."""
    return record.role in _UNSAID_ROLES and record.period == Period(None, None) and not record.cosupervisors


_UNSAID_ROLES = (None, "Member", "Student", "Alumnus")


def _abbreviations(text: str) -> dict[str, str]:
    """The roles a legend over a list of people shortens ("Group Member - MS, PhD, postdoc (PD)"): {"PD": "postdoc"}."""
    found: dict[str, str] = {}
    for short in _SHORT_FORM.finditer(text):
        words = re.split(r"[,;:(]", text[: short.start()])[-1].split()[-3:]  # "…, visiting student (VS)"
        first = next((i for i, word in enumerate(words) if ROLE_WORDS.fullmatch(word)), None)
        if first is not None:
            found[short[1]] = " ".join(words[first:])
    return found


_SHORT_FORM = re.compile(r"\s*\(\s*([A-Z][A-Za-z]{0,4})\s*\)")


def _by_legend(person: PersonEntry, text: str, legend: dict[str, str]) -> PersonEntry:
    """A person whose line writes a role the legend over the list shortens ("Dr. Axel Metzger (PD)") with that role."""
    found = next((m for m in _SHORT_FORM.finditer(text) if m[1] in legend), None)
    return replace(person, role=legend[found[1]]) if found else person


def _add_person(
    section: SectionReport,
    section_role: str | None,
    label_role: str | None,
    person: PersonEntry,
    text: str,
    context: Context,
    advisor: str | None,
) -> None:
    """One person of a people section as supervised by their ``advisor`` (a table's column) or else the page's
    owner, in the role they, a label above them or their section name; the group's head is the supervisor instead."""
    line = person.line
    specific = label_role if label_role not in GENERIC_ROLES or section_role in GENERIC_ROLES else None
    role = person.role or specific or section_role or "Member"  # "PhD Students" › a table's "Student" column
    if role in GENERIC_ROLES and not label_role and not roles_named(section.heading) and _DOCTOR.match(text):
        role = "Postdoc"  # "Dr. Robert Lee" among "Current lab members", no role written: a doctor working in the lab
    if person.role and _JOB.search(person.role) and section_role not in GENERIC_ROLES:
        role = section_role  # "Assistant Professor, Duke" under "Ph.D. Students": where they went, not their role here
    stage = label_role or section_role
    if person.role and _HELD_DOCTORATE.fullmatch(person.role) and stage and supervision_kind(stage) == SupervisionKind.POSTDOC:
        role = stage  # "Dr. Chong (May 2015 - May 2018, PhD, Lincoln University)" under "Postdoc Fellows": the degree held
    alumni = section.former or "Alumnus" in (section_role, label_role)  # their "Professor" is where they went
    if alumni and role in GENERIC_ROLES and advisor and _DOCTOR.search(text):
        role = "PhD student"  # "Harries, Dr Glyn | 2018 | Alon Faraggi": a doctor now, their advisor named: a PhD graduate
    elif alumni and role in GENERIC_ROLES and (earned := _LEFT_WITH.fullmatch(text.strip())):
        role = re.sub(r"\s+", "", earned["degree"])  # "Ph. D.": the degree as its kind reads it
    elif alumni and role in GENERIC_ROLES and _DISSERTATION.search(text):
        role = "PhD student"  # "Guhan Subramanian: “Displacement Chromatography …”, degree conferred in 1990"
    if alumni and section_role not in GENERIC_ROLES and not label_role and _another_stage(person.role, section.heading):
        role = section_role  # "Undergraduate Alumni": the card's "PhD student, NYU" is what they went on to
    students = [named for named in roles_named(section.heading) if "student" in named.lower()]
    if role == "Student" and len(students) == 1:
        role = students[0]  # "PhD students and post-docs": a student among them is a PhD student
    if (not alumni and (is_principal(person.role) or is_principal(section_role))) or _is_owner(person.name, context.owner):
        if context.owner is None or person_name(context.owner) is None:
            context.owner = person.name
        section.skipped.append((line, text, f"{person.name} heads the group: the supervisor, not supervised"))
        return
    if why := _on_committee(text, context.owner):
        section.skipped.append((line, text, why))
        return
    supervisor = advisor or context.owner
    if supervisor is None:
        section.skipped.append((line, text, NO_OWNER))
        return
    kind = supervision_kind(role)
    for heading in HEADINGS:
        if heading.role == role and heading.supervision:
            kind = heading.supervision
    if section_role and supervision_kind(section_role) == SupervisionKind.VISIT:
        kind = SupervisionKind.VISIT  # a "PhD student" among the visitors: their status at home, here a visit
    elif (
        kind == SupervisionKind.RESEARCH
        and re.search(r"\bgraduate\b", role, re.I)
        and supervision_kind(section_role or "") in _STAGES
    ):
        kind = supervision_kind(section_role or "")  # a "Graduate Research Assistant" under "Graduate Students": PhD
    period = person.period
    held = SHORT_STAY.search(role) or _held(kind, role, section.heading, text)
    finished = alumni or bool(_THESES.search(section.heading))  # "MSc thesis": "Hann, Hamish (2017)" the year it ended
    finished = finished or bool(person.next_position and not _TERM.search(text))  # gone on: their one year, when they left
    if finished and person.one_year and period.start == period.end and not held:
        period = Period(None, period.end)  # a graduate's one year is the year they left (a stay's, the year it was)
    elif kind == SupervisionKind.VISIT and person.one_year and period.start is None and period.end is not None:
        period = Period(period.end, period.end)  # "Pedro Melo (M.Sc., …, Brazil, 2011)" among visitors: the year of the visit
    elif not finished and person.one_year and period.start == period.end and kind in _STAGES[:2] and person.termed:
        period = Period(period.start, None)  # a student's term ("MAE Ph.D (2022 Fall)"): when they came, still here
    elif person.one_year and period.start == period.end and period.end and period.end.year > date.today().year:
        period = Period(None, period.end)  # a year still to come: when they are to finish, not when they came
    section.records.append(
        Supervision(supervisor, person.name, role, kind, period, Origin(context.path, line), person.cosupervisors)
    )
    went = read_next_position(person.next_position or "")
    if went:  # "now at Y": where they went after the group
        where = Origin(context.path, line)
        section.records.append(Position(person.name, went[0], went[1], Period(None), where, next_position=True))


def _is_owner(name: str, owner: str | None) -> bool:
    """Whether a listed person is the page's owner, written out or with initials ("David Goretzko" on the team page
    of a site whose papers write "D. Goretzko"), or with the letters split otherwise ("Qian-Ru Sun", "Qianru Sun")."""
    if owner is None or name == owner:
        return name == owner
    variant = name_variant(parse_name(name), parse_name(owner))
    return variant is not None and variant.compatible


_LEFT_WITH = re.compile(rf"[^,()]{{3,60}}?(?:,\s*|\s+)(?P<degree>{DEGREES})\.?")
"""An alumnus written with a degree after the name and nothing else ("Sharmin Karim, M.S.", "Boonchai Boonyaratanakornkit
Ph.D."): the degree they left with."""
_HELD_DOCTORATE = re.compile(r"ph\.?\s?d\.?|d\.?\s?phil\.?|doctorate", re.IGNORECASE)
"""A doctorate named alone as a person's role: under postdocs, the degree they hold."""
_DISSERTATION = re.compile(r"\bdissertation\b|[“\"][^”\"]{12,}[”\"].{0,20}\bdegree\s+(?:conferred|awarded)\b", re.IGNORECASE)
"""A former member written with their dissertation, or a thesis title and the degree it earned, naming no degree: a
graduate of the lab's doctoral programme."""


def _on_committee(text: str, owner: str | None) -> str | None:
    """Why a CV's student is not the owner's: the owner sat on the committee ("Advisory Role: Committee Member"), or
    another is named the supervisor ("Rashmee Singh (Supervisor) + Andrea Quinlan and John McLevey")."""
    if _COMMITTEE_ROLE.search(text):
        return "the owner sat on the committee: examined, not supervised"
    named = _NAMED_SUPERVISOR.search(text)
    if named and owner and not _is_owner(named["name"], owner):
        return f"supervised by {named['name']}, the owner on the committee"
    return None


_COMMITTEE_ROLE = re.compile(r"\brole\s*:\s*(?:committee member|(?:external |internal )?examiner|reader)\b", re.IGNORECASE)
_NAMED_SUPERVISOR = re.compile(r"(?P<name>[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3})\s*\((?i:primary |main )?(?i:supervisor)\)")
"""Another person named the student's supervisor on the owner's CV: "Sarah Burch (Supervisor) + Olaf Weber and …"."""


def _held(kind: SupervisionKind, role: str, heading: str, text: str) -> bool:
    """A past member's one year is when the post was held, not when they left: a job in the lab ("Project Associate,
    2021", "Lab Staff | 2009") or a term ("Undergraduate Researcher Fall 2024"); a degree's year is its end."""
    dated = next((line for line in text.split("\n") if re.search(r"(?:19|20)\d\d", line)), "")  # "Jo Li (URA, 2023)"
    return kind not in _STAGES and bool(_POST.search(f"{role}\n{heading}\n{dated}") or _TERM.search(text))


_POST = re.compile(
    r"\b(?:staff|technicians?|associates?|managers?|engineers?|assistants?|awards?)\b|(?-i:\b[A-Z]{0,3}RAs?\b)", re.IGNORECASE
)
"""A post held for a time: a job, an assistantship or award ("NSERC USRA", "URA")."""
_TERM = re.compile(rf"\b{SEASON}\s+(?:19|20)?\d\d\b|\b(?:19|20)\d\d\s+{SEASON}\b|\b{MONTH}\s*[-–]\s*{MONTH}", re.IGNORECASE)
"""A term or months of a year ("Fall 2024", "2018 Fall", "Jun - Sep, 2020")."""
_STAGES = (SupervisionKind.PHD, SupervisionKind.MASTER, SupervisionKind.POSTDOC)
"""The kinds a section may give people whose own role names none."""
_DOCTOR = re.compile(r"(?:^|,)\s*(?:Dr\.?|Doctor)\s+[A-Z]")


def _another_stage(role: str | None, heading: str) -> bool:
    """Whether a person's own role is of a kind their section's heading does not name (a "PhD student" under
    "Undergraduate Alumni", not a "BSc" under "Bachelor and Master projects"); a heading naming no stage ("Alumni")
    leaves each their own ("Razan Al-Nakhli (M.Sc. 2011)")."""
    if not role:
        return False
    kind = supervision_kind(role)
    named = {supervision_kind(word) for word in re.findall(r"[\w.'-]+", heading)}
    if (role_heading(heading) or ("", ""))[1] in ("Alumnus", "Member"):
        return False
    if re.search(r"(?<!under)graduate", heading, re.I):
        named |= {SupervisionKind.PHD, SupervisionKind.MASTER}  # "Former Graduate Students": master's students too
    return kind not in named and not (kind == SupervisionKind.RESEARCH and re.search(r"bachelor|b\.?sc|undergrad", heading, re.I))


def _label_period(text: str) -> Period | None:
    """The period a label over people gives them: "Graduated in 2019" or "2019 届" (that year's graduating class) the
    year they left, "2024 级" (that year's intake) the year they came, "2019" that year, "Year (2021-2023)" those years."""
    if _YEARS_LABEL.fullmatch(text.strip()) and not _SPAN.search(text):
        return None  # "2013 and earlier": no one year of theirs
    span = _SPAN.search(text)
    if span:  # "Year (2021-2023)"
        ended = span[2] if len(span[2]) == 4 else span[1][:2] + span[2]  # "2016-17": the century of its start
        end = PartialDate(int(ended)) if span[2][0].isdigit() else None  # "2019 - present": none yet
        return Period(PartialDate(int(span[1])), end)
    year = re.search(YEAR, text)  # "2024年度" (the academic year 2024) too
    if not year:
        return None
    when = PartialDate(int(year.group()))
    if re.search(r"\d\s*级", text):
        return Period(when, None)  # "2024 级": the year's intake, still here
    return Period(None, when) if _GRADUATED.search(text) or re.search(r"\d\s*届", text) else Period(when, when)


_YEAR_LABEL = re.compile(r"(?:19|20)\d\d\s*(?:年度?|[级届])?")
"""A year alone as a label over the people who came or left then ("2023 级", "2019 届", "2024年度")."""
_YEARS_LABEL = re.compile(
    r"(?:(?:19|20)\d\d\s+(?:and|or)\s+(?:earlier|before|prior)|(?:before|prior to|until|pre-?)\s*(?:19|20)\d\d|"
    r"(?:19|20)\d\d\s*[-–—]\s*(?:(?:19|20)\d\d|present|now|current))",
    re.IGNORECASE,
)
"""Years as a label over the people of those years ("2013 and earlier", "Before 2010", "2019–2022")."""
_SPAN = re.compile(r"\b((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)?\d\d\b|present|now|current)", re.IGNORECASE)
_GRADUATED = re.compile(r"\b(?:graduated|graduates|completed|defended|class of|alumn\w*|former)\b", re.IGNORECASE)
NO_OWNER = "the page names no owner to supervise them"
_JOB = re.compile(r"\b(?:professor|lecturer|instructor|engineer|manager|director|analyst|consultant|economist|industry)\b", re.I)


def _under_table_header(group: list[HtmlElement]) -> tuple[str | None, list[HtmlElement], list[str | None]]:
    """For a table row under a header row ("Pre-doctoral fellow | Dates | Current position", "NAME | EMAIL | EXT. |
    OFFICE | ADVISOR"): the role the header gives the name column, the row without the cells that are no part of the
    person's time here (where they went, how to reach them) and the names its advisor column gives."""
    row = group[0]
    if row.tag != "tr" or len(group) != 1:
        return None, group, []
    table = next(row.iterancestors("table"), None)
    header = _header_row(table) if table is not None else None
    if header is None:  # the header row itself is skipped before (``_names_columns``)
        return None, group, []
    titles = [" ".join(block_lines(cell)) for cell in row_cells(header)]
    role = titles[0] if titles and ROLE_WORDS.search(titles[0]) else None
    advising = {i for i, title in enumerate(titles) if _ADVISOR_COLUMN.search(title)}
    gone = {i for i, title in enumerate(titles) if _WENT_ON.search(title) or _CONTACT_COLUMN.fullmatch(title.strip(" .:"))}
    since = {i for i, title in enumerate(titles) if _SINCE_COLUMN.fullmatch(title.strip(" .:"))}
    ended = {i for i, title in enumerate(titles) if _ENDED_COLUMN.fullmatch(title.strip(" .:"))}
    if any(_THESES.search(title) for title in titles):  # "Year | Student's Name | Title of the Thesis"
        ended |= {i for i, title in enumerate(titles) if _YEAR_COLUMN.fullmatch(title.strip(" .:"))}
    if not gone | advising | since | ended:
        return role, group, []
    trimmed = deepcopy(row)
    advisors: list[str | None] = []
    for i, cell in reversed(list(enumerate(row_cells(trimmed)))):
        if i in since:
            cell.text = f"since {cell.text or ''}"  # "Since | 2024": with us from 2024, still here
        if i in ended:
            cell.text = f"graduated {cell.text or ''}"  # "Year completed | 2016": the year they finished
        if i in advising:
            found = (person_name(part) for part in re.split(r",|;|/|&|\band\b", " ".join(block_lines(cell))))
            advisors[:0] = [name for name in found if name]
        if i in gone | advising:
            cell.drop_tree()
    trimmed.sourceline = row.sourceline
    if any(_CO_ADVISOR_COLUMN.search(titles[i]) for i in advising):  # "Co-supervisor(s)": the owner supervises, with them
        advisors.insert(0, None)
    return role, [trimmed], advisors


def _names_columns(group: list[HtmlElement]) -> bool:
    """A table's first row that names its columns ("Sl. No. | Year | Student's Name | Roll No."): no person."""
    table = next(group[0].iterancestors("table"), None) if group[0].tag == "tr" and len(group) == 1 else None
    return table is not None and _header_row(table) is group[0]


def _header_row(table: HtmlElement) -> HtmlElement | None:
    """A table's header row: a first row whose cells all name columns ("NAME", "EMAIL", "ADVISOR", "YEAR", "email
    (_at_ → @)" with its note), whatever its cells' tags, else the first row holding ``<th>`` cells."""
    rows = list(table.iter("tr"))
    if not rows:
        return None
    titles = [re.sub(r"\s*\([^()]*\)", "", " ".join(block_lines(cell))).strip(" .:") for cell in row_cells(rows[0])]
    named = [title for title in titles if title]
    if len(named) >= 2 and all(_names_a_column(title) for title in named):
        return rows[0]
    return next((tr for tr in rows if tr.find("th") is not None), None)


def _names_a_column(title: str) -> bool:
    """Whether a header cell's words name a column ("Name", "Graduation year", "First placement")."""
    return any(pattern.fullmatch(title) for pattern in (_COLUMN, _SINCE_COLUMN, _ENDED_COLUMN)) or bool(_WENT_ON.search(title))


_SINCE_COLUMN = re.compile(r"since|joined|(?:date\s)?started|start(?:ing)?\s(?:year|date)|depuis|seit|desde", re.I)
"""A column of when current members joined: the period runs on ("Since | 2024")."""
_ENDED_COLUMN = re.compile(
    r"(?:year\s)?(?:completed|graduated|finished|defended)|(?:year of |date of )?(?:completion|graduation|defen[cs]e)"
    r"(?:\s(?:year|date))?",
    re.I,
)
"""A column of when people finished: its year ends their time here ("Year completed | 2016")."""
_THESES = re.compile(r"\b(?:thes[ie]s|dissertations?|tesis|thèses?|teses?|tesi)\b", re.IGNORECASE)
"""A column or heading of the theses the people wrote: the one year beside each is when they finished."""
_YEAR_COLUMN = re.compile(r"years?|dates?|fecha|año|année|jahr|ano|data|anno", re.IGNORECASE)
_WENT_ON = re.compile(r"\b(?:current|present|now|next|placement|first job|where)\b", re.IGNORECASE)
"""A column of where the people went ("Current position", "Now at", "Placement")."""
_CONTACT_COLUMN = re.compile(
    r"e-?mail|phone|tel|telephone|ext|extension|office|room|fax|web\s?(?:site|page)|homepage|photo", re.I
)
"""A column of how to reach a person: no part of their role or time in the group."""
_CO_ADVISOR_COLUMN = re.compile(r"\bco-?\s?(?:advis[eo]r|supervisor|mentor)", re.IGNORECASE)
_ADVISOR_COLUMN = re.compile(r"\b(?:advis[eo]rs?|supervisors?|mentors?|PIs?)\b", re.IGNORECASE)
_COLUMN = re.compile(
    rf"(?:(?:full|student'?s?|first|last|family)\s)?names?|(?:s|sl|sr|serial)\.?\s?no|no|#|roll\s?no|"
    rf"(?:title of (?:the )?)?thesis(?: title)?|{_CONTACT_COLUMN.pattern}|{_ADVISOR_COLUMN.pattern}|years?|dates?|period|"
    r"position|role|status|degree|program(?:me)?|topic|project|research(?: interests?)?|notes?|affiliation|institution",
    re.IGNORECASE,
)
"""The words a header row names its columns with."""


def _people_lines(element: HtmlElement) -> list[HtmlElement]:
    """The lines of a paragraph that lists several people one after another, ``<br>`` between them ("<b>Emma
    Grégoire</b> (MSc, 2023 - present)<br>…<b>Jonas Stadfeld</b> (PhD, 2025 - present)"), each a block of its own;
    empty for a block that is one person's card (their name, then role and period lines, then where they went). Lines
    that are each a name alone are each a person too."""
    lines = line_chunks(element)
    if sum(1 for line in lines if described_person(line)) >= 2:
        return lines
    texts = [" ".join(block_lines(line)) for line in lines]  # "Zhenming Wu <br> Jiahui Wang <br> …": a name a line
    return lines if len(texts) >= 2 and all(person_name(text) == text.strip() for text in texts) else []


def _nested_people(element: HtmlElement) -> list[HtmlElement]:
    """A list item that labels a nested list of people ("2024年度" over "M2" over "平岡憲明"; "2019" over "PhD" over the
    names), each item's own words a block of its own in written order, so the labels date and name the people after
    them; empty unless the item opens with a label and the nested items name people."""
    if element.tag != "li" or not element.xpath("./ul | ./ol"):
        return []
    blocks = []
    for item in [element, *element.iterdescendants("li")]:
        own = own_item(item)
        if text_of(own):
            blocks.append(own)
    named = [block for block in blocks if starts_person(block)]
    labels = [block for block in blocks if not starts_person(block)]
    if starts_person(blocks[0]) or any(len(text_of(label).split()) > 6 for label in labels):
        return []
    if not named and not any(role_heading(text_of(label)) for label in labels):
        return []  # neither a name nor a role among them: no list of people
    for block in labels:  # "中田寛大" among "鹿毛俊輔", or under "B4": a Japanese family name no list of Chinese ones holds
        head = (block.text or "").strip()
        if is_listed_cjk_name(head):
            name = block.makeelement("span", {"class": "name"})  # marked as a name, as a page's class marks one
            name.text, name.tail, block.text = head, " ", None
            block.insert(0, name)
    holder = element.makeelement("ul", {})
    element.makeelement("div", {}).append(holder)  # a list of its own, in nothing another item's list is in
    holder.extend(blocks)  # items of one list: a label is no line of the card before it
    return blocks


def _list_in_list_of(item: HtmlElement, person: HtmlElement) -> bool:
    """Whether a list item sits in a list set directly in the list holding a person's item (``<ul><li>Name</li><ul>
    <li>thesis</li></ul>``), not in one of its own."""
    inner = item.getparent()
    return inner is not None and inner.tag in ("ul", "ol") and person.tag == "li" and inner.getparent() is person.getparent()


def _people_blocks(entries: list[HtmlElement]) -> list[list[HtmlElement]]:
    """The entries grouped by person: a block that does not open with a name continues the card before it, and so
    does one that opens with the card's own name (a heading "Matt Becker", then "Matt Becker joined the lab …");
    a label naming a role ("PhD students") is a group of its own."""
    groups: list[list[HtmlElement]] = []
    periods_lead = bool(entries) and _only_years(_label_text(entries[0]))  # a CV's margin: "2003-2004" beside the line after it
    for element in entries:
        in_same_list = element.tag in ("li", "tr", "dd") and element.getparent() is groups[-1][0].getparent() if groups else False
        again = groups and (name := block_name(element)) is not None and name == block_name(groups[-1][0])
        text = _label_text(element)
        # "PhD students", "Former PhD students (at NTU):" over the people after it
        label = role_heading(text) is not None and re.sub(r"\s*\([^()]*\)$", "", text).endswith("s")
        # "2023 级", "2013 and earlier" over its cohort
        label = label or ((element.tag in HEADING_TAGS or periods_lead) and _only_years(text))
        # a list set in the list of people, after a person: notes on them ("Principia Narcissus: How to avoid …", a thesis)
        noted = element.tag == "li" and bool(groups) and _list_in_list_of(element, groups[-1][0])
        continues = again or noted or not starts_person(element)
        # a heading after a list item is no part of it ("Andrew Pita, ScM (2019)", then "Classroom instruction")
        continues = continues and not (groups and groups[-1][0].tag == "li" and element.tag in HEADING_TAGS)
        if groups and not in_same_list and not label and continues and _near(groups[-1][-1], element):
            groups[-1].append(element)
        else:
            groups.append([element])
    return groups


def _label_text(element: HtmlElement) -> str:
    """A block's words as a label would be read: without notes in square brackets or a closing colon."""
    return re.sub(r"\s*\[[^\]]*\]", "", " ".join(block_lines(element))).strip(" :")


def _only_years(text: str) -> bool:
    """Whether a label is a year or a span of years and nothing else ("2003-2004", "2013 and earlier")."""
    return bool(_YEAR_LABEL.fullmatch(text) or _YEARS_LABEL.fullmatch(text))


def _near(before: HtmlElement, after: HtmlElement) -> bool:
    """Two blocks of one card share a parent or a grandparent."""
    up = [before.getparent(), *(p.getparent() for p in [before.getparent()] if p is not None)]
    return after.getparent() in up or (after.getparent() is not None and after.getparent().getparent() in up)
