"""Recognizing one-line entries: awards, service roles, talks and seminars, collaborations, courses.

Each recognizer reads one line and returns records, or nothing with a problem saying
what form it expected, so a person can fix the line.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from ...model.dates import parse_date, parse_period, two_digit_year
from ...model.names import clean_name
from ...model.records import Award, Collaboration, Course, Link, PartialDate, Period, ServiceRole, Severity, Talk
from .context import Context
from .lines import Line

__all__ = ["read_award", "read_collaboration", "read_course", "read_service", "read_talk"]

_LINKS = re.compile(r"(?:\s*\[[^\]]+\])+\s*$")


def _links(text: str) -> tuple[str, tuple[Link, ...]]:
    """Split trailing ``[slides] [code]`` labels off a line."""
    match = _LINKS.search(text)
    if not match:
        return text.strip(), ()
    labels = re.findall(r"\[([^\]]+)\]", match.group())
    return text[: match.start()].strip(), tuple(Link(label.strip()) for label in labels)


_AWARD = re.compile(r"^(?P<date>[^,]+),\s*(?P<name>.+?)(?:\s*\((?P<by>[^()]+)\))?\s*\.?$")


def read_award(line: Line, context: Context) -> Iterator[Award]:
    """``Mar 2023, Award name (Granted by)``."""
    match = _AWARD.match(line.text)
    date = parse_date(match["date"]) if match else None
    if not match or date is None:
        context.report(line, f"'{line.text}' is not an award line like 'Mar 2023, Award name (Granting organization)'")
        return
    yield Award(context.owner or "", match["name"].strip(), date, context.origin(line), match["by"])


_TALK = re.compile(r"^(?P<date>[^,]+),\s*(?P<who>.+?)\.?\s*[\"“](?P<title>[^\"”]+)[\"”]\s*\.?\s*(?P<rest>.*)$")


def read_talk(line: Line, context: Context, seminar: bool) -> Iterator[Talk]:
    """``June 2023, Invited Talk, Host. "Title" [slides]`` or, in seminars, ``29 Apr 2022, Speaker. "Title"``."""
    match = _TALK.match(line.text)
    date = parse_date(match["date"]) if match else None
    if not match or date is None:
        context.report(
            line,
            f"'{line.text}' is not a talk line like 'June 2023, Invited Talk, Host. \"Title\" [slides]'; skipped",
            Severity.INFO,
        )
        return
    _, links = _links(match["rest"])
    who = match["who"].strip().rstrip(".")
    if seminar:
        yield Talk(clean_name(who), match["title"].strip(), date, context.origin(line), "Group Seminar", None, links)
        return
    kind, _, event = who.partition(",")
    yield Talk(
        context.owner or "", match["title"].strip(), date, context.origin(line), kind.strip(), event.strip() or None, links
    )


def read_collaboration(line: Line, context: Context) -> Iterator[Collaboration]:
    """``Unit, Organization [homepage]`` or ``Organization [homepage]``."""
    text, links = _links(line.text)
    unit, _, organization = text.rpartition(",")
    yield Collaboration(context.owner or "", organization.strip(), context.origin(line), unit.strip() or None, links)


_COURSE = re.compile(
    r"^(?P<period>[\d\s–-]+?)\s+(?:(?P<code>[A-Z]{2,5}\s?\d{2,4}[A-Z]?)\s*[-–:]\s*)?(?P<title>.+?)(?:\s*\((?P<level>[^()]+)\))?$"
)


def read_course(line: Line, context: Context) -> Iterator[Course]:
    """``2024-2025 CS604 - Deep Learning and Vision Recognition (MITB)``."""
    match = _COURSE.match(line.text)
    period = parse_period(match["period"]) if match else None
    if not match or period is None:
        context.report(line, f"'{line.text}' is not a course line like '2021-2025 CS701 - Course title (PG)'")
        return
    yield Course(context.owner or "", match["code"], match["title"].strip(), period, context.origin(line), match["level"])


_SERVICE_ITEM = re.compile(
    r"^(?P<name>.+?)\s*(?P<when>(?:'\d{2})+(?:\s*-\s*(?:'\d{2})?)?)?\s*(?:\((?P<place>[^()]+)\))?\s*(?P<year>(?:19|20)\d\d)?$"
)


def _split_items(text: str) -> list[str]:
    """Split on commas that are not inside parentheses."""
    items, depth, current = [], 0, ""
    for char in text:
        depth += char == "("
        depth -= char == ")"
        if char == "," and depth == 0:
            items.append(current.strip())
            current = ""
        else:
            current += char
    items.append(current.strip())
    return [item for item in items if item]


def _expand_slashes(item: str) -> list[str]:
    """``IEEE Trans on PAMI/TMM`` → ``IEEE Trans on PAMI``, ``IEEE Trans on TMM``."""
    if "/" not in item or " " not in item.split("/")[0]:
        return [item]
    head, *others = item.split("/")
    prefix = head.rsplit(" ", 1)[0] + " "
    return [head, *(prefix + other.strip() for other in others)]


_SERVICE_ROLE = re.compile(r"\b(?:reviewer|chair|committee|editor|member|organi[sz]er|referee|board)\b", re.IGNORECASE)


def read_service(line: Line, context: Context) -> Iterator[ServiceRole]:
    """``MM'24, ECCV'24: Area Chair``, ``Journal: Associate Editor``, ``Workshop @CVPR'21, Organizer``,
    and the other way round, ``Reviewer: CVPR, ICCV``."""
    text = line.text.rstrip(".")
    if ": " in text:
        targets, role = text.split(": ", 1)
        if _SERVICE_ROLE.search(targets) and not _SERVICE_ROLE.search(role):
            targets, role = role, targets
    else:
        targets, _, role = text.rpartition(", ")
    role_match = re.match(r"^(?P<role>[^()]+?)\s*(?:\((?P<detail>[^()]+)\))?$", role.strip())
    if not targets or not role_match:
        context.report(line, f"'{line.text}' is not a service line like 'CVPR'22, ICCV'23: Area Chair'")
        return
    for item in _split_items(targets):
        for target in _expand_slashes(item):
            yield from _service_roles(target, role_match["role"], role_match["detail"], line, context)


def _one_year(year: int | None) -> Period:
    return Period(PartialDate(year), PartialDate(year)) if year else Period(None, None)


def _service_roles(target: str, role: str, detail: str | None, line: Line, context: Context) -> Iterator[ServiceRole]:
    origin, owner = context.origin(line), context.owner or ""
    if "@" in target:  # a workshop held at conferences: "Causality in Vision @CVPR'21@ECCV'22"
        name, *hosts = (part.strip() for part in target.split("@"))
        for host in hosts:
            host_match = _SERVICE_ITEM.match(host)
            host_name = host_match["name"] if host_match else host
            years: list[int | None] = [*_years(host_match["when"] or "")] if host_match else []
            for year in years or [None]:
                at = f"{host_name} {year or ''}".strip()
                yield ServiceRole(owner, role, name, _one_year(year), origin, detail=f"at {at}")
        return
    match = _SERVICE_ITEM.match(target)
    if not match:
        yield ServiceRole(owner, role, target, Period(None, None), origin, detail)
        return
    name, written_years, place = match["name"].strip(), match["when"] or "", match["place"]
    if match["year"]:  # "Lise Meitner Award (MPII) 2018"
        yield ServiceRole(owner, role, name, _one_year(int(match["year"])), origin, detail or place)
        return
    if "-" in written_years:  # "IJCAI'21-'24", "ICML'21-"
        first, *rest = _years(written_years)
        end = PartialDate(rest[0]) if rest else None
        yield ServiceRole(owner, role, name, Period(PartialDate(first), end), origin, detail, place)
        return
    years_written: list[int | None] = [*_years(written_years)]
    for year in years_written or [None]:  # "BMVC'22'23" is two events
        yield ServiceRole(owner, role, name, _one_year(year), origin, detail, place)


def _years(text: str) -> list[int]:
    return [two_digit_year(d) for d in re.findall(r"'(\d{2})", text)]
