"""The first homepage, field by field, against expectations written by hand in expected_qianru_sun.py."""

from __future__ import annotations

from typing import Any

import pytest

import expected_qianru_sun as expected
from scholargraph.model import (
    Award,
    Collaboration,
    Course,
    Degree,
    Person,
    Position,
    SourceResult,
    Supervision,
    Talk,
    Visit,
    Work,
)


def _of(result: SourceResult, kind: type) -> list[Any]:
    return [record for record in result.records if isinstance(record, kind)]


def _iso(date: Any) -> str | None:
    return date.iso if date is not None else None


def test_all_48_publications_in_order(homepage: SourceResult) -> None:
    works = _of(homepage, Work)
    assert [w.origin.line for w in works] == [e["line"] for e in expected.PUBLICATIONS]


@pytest.mark.parametrize("entry", expected.PUBLICATIONS, ids=lambda e: e["key"])
def test_publication_fields(homepage: SourceResult, entry: dict[str, Any]) -> None:
    work = next(w for w in _of(homepage, Work) if w.origin.line == entry["line"])
    got = {
        "line": work.origin.line,
        "key": work.key,
        "title": work.title,
        "authors": work.authors,
        "venue": work.venue,
        "year": work.year,
        "track": work.track,
        "distinctions": work.distinctions,
        "acceptance_rate": work.acceptance_rate,
        "links": tuple(link.label for link in work.links),
        "arxiv_id": work.arxiv_id,
        "kind": work.kind.value,
    }
    assert got == entry


def test_all_25_supervised_or_hosted_people(homepage: SourceResult) -> None:
    listed = [s for s in _of(homepage, Supervision) if s.supervisor == "Qianru Sun"]
    assert [s.origin.line for s in listed] == [e["line"] for e in expected.SUPERVISIONS]


@pytest.mark.parametrize("entry", expected.SUPERVISIONS, ids=lambda e: e["person"])
def test_supervision_fields(homepage: SourceResult, entry: dict[str, Any]) -> None:
    s = next(s for s in _of(homepage, Supervision) if s.origin.line == entry["line"])
    got = {
        "line": s.origin.line,
        "person": s.person,
        "role": s.role,
        "kind": s.kind.value,
        "start": _iso(s.period.start),
        "end": _iso(s.period.end),
        "cosupervisors": s.cosupervisors,
        "organization": s.organization,
        "email": s.email,
    }
    assert got == entry


def test_awards(homepage: SourceResult) -> None:
    got = [
        {"line": a.origin.line, "date": _iso(a.date), "name": a.name, "granted_by": a.granted_by} for a in _of(homepage, Award)
    ]
    assert got == list(expected.AWARDS)


def test_talks_and_seminars(homepage: SourceResult) -> None:
    got = [
        {
            "line": t.origin.line,
            "date": _iso(t.date),
            "speaker": t.speaker,
            "kind": t.kind,
            "event": t.event,
            "title": t.title,
            "links": tuple(link.label for link in t.links),
        }
        for t in _of(homepage, Talk)
    ]
    assert got == list(expected.TALKS)


def test_courses(homepage: SourceResult) -> None:
    got = [
        {
            "line": c.origin.line,
            "code": c.code,
            "title": c.title,
            "start": _iso(c.period.start),
            "end": _iso(c.period.end),
            "level": c.level,
        }
        for c in _of(homepage, Course)
    ]
    assert got == list(expected.COURSES)


def test_collaborations(homepage: SourceResult) -> None:
    got = [{"line": c.origin.line, "unit": c.unit, "organization": c.organization} for c in _of(homepage, Collaboration)]
    assert got == list(expected.COLLABORATIONS)


def test_profile(homepage: SourceResult) -> None:
    (owner,) = _of(homepage, Person)
    assert owner.name == "Qianru Sun"
    assert owner.native_name == "孙倩茹"
    assert owner.email == "qianrusun@smu.edu.sg"
    assert owner.address == "80 Stamford Rd, Singapore, 178902"
    assert owner.origin.line == 3
    positions = {
        (p.title, p.organization, p.unit, _iso(p.period.start), _iso(p.period.end), p.hosts) for p in _of(homepage, Position)
    }
    assert positions == {
        (
            "Associate Professor of Computer Science",
            "Singapore Management University",
            "School of Computing and Information Systems",
            None,
            None,
            (),
        ),
        ("Lee Kong Chian Fellow", "Singapore Management University", None, "2021", "2023", ()),
        ("Faculty member", "Singapore Management University", "School of Computing and Information Systems", "2019", None, ()),
        ("Research fellow", "National University of Singapore", None, None, None, ("Tat-Seng Chua",)),
        ("Research fellow", "MPI for Informatics", None, None, None, ("Bernt Schiele",)),
        ("Lise Meitner Award Fellowship", "MPI for Informatics", None, "2016", "2018", ("Bernt Schiele", "Mario Fritz")),
    }


def test_phd_is_a_supervision_by_the_advisor(homepage: SourceResult) -> None:
    (degree,) = _of(homepage, Degree)
    assert (degree.degree, degree.institution, degree.year, degree.advisors) == ("PhD", "Peking University", 2016, ("Hong Liu",))
    assert degree.topic == "human action recognition in videos"
    (phd,) = [s for s in _of(homepage, Supervision) if s.person == "Qianru Sun"]
    assert (phd.supervisor, phd.role, phd.organization, _iso(phd.period.end)) == (
        "Hong Liu",
        "PhD student",
        "Peking University",
        "2016",
    )
    assert phd.origin.line == 21


def test_visit_to_tokyo(homepage: SourceResult) -> None:
    (visit,) = _of(homepage, Visit)
    assert (visit.organization, visit.hosts, _iso(visit.period.start)) == ("University of Tokyo", ("Tatsuya Harada",), "2014")


def test_flaws_are_reported_with_their_lines(homepage: SourceResult) -> None:
    where = {(p.origin.line, p.severity.value) for p in homepage.problems}
    assert (214, "warning") in where and (221, "warning") in where  # empty author slots
    ifsl = [p for p in homepage.problems if p.origin.line == 459]
    assert ifsl and "NeurIPS2021_IFSL" in ifsl[0].message and "2020" in ifsl[0].message
    assert all(p.origin.path == "data/homepage-qianru-sun.txt" for p in homepage.problems)
