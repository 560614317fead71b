"""The first homepage, field by field, against expectations written by hand in expected_qianru_sun.py."""

from __future__ import annotations

from typing import Any

import pytest

import expected_qianru_sun as expected
from scholargraph.model.records import (
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
        (
            "Lee Kong Chian Fellow",
            "Singapore Management University",
            "School of Computing and Information Systems",
            "2021",
            "2023",
            (),
        ),
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


def test_service_roles(homepage: SourceResult) -> None:
    from scholargraph.model.records import ServiceRole

    got = {
        (s.origin.line, s.role, s.venue, _iso(s.period.start), _iso(s.period.end), s.detail, s.place)
        for s in _of(homepage, ServiceRole)
    }
    area_chair = {("MM", "2024"), ("ECCV", "2024"), ("ICPR", "2024"), ("WACV", "2024"), ("ICCV", "2023")}
    area_chair |= {("BMVC", "2022"), ("BMVC", "2023"), ("AAAI", "2022"), ("CVPR", "2022")}
    expected_roles = {(569, "Area Chair", venue, year, year, None, None) for venue, year in area_chair}
    expected_roles |= {
        (567, "Associate Editor", "Pattern Recognition", None, None, None, None),
        (568, "Associate Editor", "CAAI Transactions on Intelligence Technology", None, None, None, None),
        (570, "Organization Committee Member", "Causality in Vision", "2021", "2021", "at CVPR 2021", None),
        (570, "Organization Committee Member", "Causality in Vision", "2022", "2022", "at ECCV 2022", None),
        (571, "Organization Committee Member", "MM", "2025", "2025", "Tutorial Chair", "Kuala Lumpur"),
        (572, "Organization Committee Member", "MM", "2024", "2024", "Exhibits/Demo/Video Program Co-Chair", "Melbourne"),
        (573, "Organization Committee Member", "MM", "2021", "2021", "Proceeding Co-Chair", "Chengdu"),
        (574, "Organization Committee Member", "MM Asia", "2020", "2020", "Program Co-Chair", "Singapore"),
        (576, "Senior Program Committee Member", "IJCAI", "2021", "2024", None, None),
        (578, "Organization Committee", "Lise Meitner Award", "2018", "2018", "MPII", None),
    }
    for venue, start in (("ICML", "2021"), ("ICLR", "2021"), ("NeurIPS", "2020"), ("ECCV", "2020"), ("AAAI", "2020")):
        expected_roles.add((575, "Program Committee Member", venue, start, None, None, None))
    expected_roles |= {(575, "Program Committee Member", "CVPR", "2018", None, None, None)}
    expected_roles |= {(575, "Program Committee Member", "ICCV", "2017", None, None, None)}
    journals = ("IEEE Trans on PAMI", "IEEE Trans on TMM", "IEEE Trans on TCSVT", "IEEE Trans on TIP", "IEEE Trans on NNLS")
    expected_roles |= {(577, "Reviewer", j, None, None, None, None) for j in (*journals, "IJCV", "PR", "PR Letters")}
    assert got == expected_roles


def test_name_variants_are_reported_as_candidates_not_merged(homepage: SourceResult) -> None:
    from scholargraph.identity import resolve
    from scholargraph.identity.aliases import organizations, venues

    resolution = resolve(homepage.records, venues(), organizations())
    candidates = {(c.first.name, c.first.origins[0].line, c.second.name, c.second.origins[0].line) for c in resolution.candidates}
    assert candidates == {("Lv Hui", 163, "Hui Lv", 299), ("Zichen Tian", 167, "Zicheng Tian", 206)}
    people = {s.person for s in _of(homepage, Supervision)} | {a for w in _of(homepage, Work) for a in w.authors if a}
    assert {"Lv Hui", "Hui Lv", "Zichen Tian", "Zicheng Tian"} <= people  # kept apart
