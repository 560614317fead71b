"""The Mathematics Genealogy Project reader on six real record pages, against the readings saved beside them.

Each ``<id>.toml`` in ``tests/data/genealogy-mgp`` (see its SOURCE.md) gives a page's name, first
institution and year, its advisors' and its students' MGP ids in page order; the records read
from the page must give exactly these.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from scholargraph.model.records import (
    Degree,
    IdentifierScheme,
    Origin,
    Person,
    Record,
    SourceResult,
    Supervision,
    SupervisionKind,
)
from scholargraph.sources import read_source, source_for

DATA = Path(__file__).resolve().parent / "data" / "genealogy-mgp"
PAGES = sorted(DATA.glob("*.html"))


def _read(page: Path) -> SourceResult:
    return read_source(page, f"genealogy-mgp/{page.name}")


def _mgp_ids(records: list[Record]) -> dict[str, str]:
    """Each person's name → their MGP id, from the person records."""
    return {r.name: i.value for r in records if isinstance(r, Person) for i in r.identifiers if i.scheme is IdentifierScheme.MGP}


def reading(result: SourceResult) -> dict[str, object]:
    """What the records say about the page's person, in the shape of the saved readings."""
    records = result.records
    owner = records[0]
    assert isinstance(owner, Person)
    ids = _mgp_ids(records)
    degrees = [r for r in records if isinstance(r, Degree)]
    as_student = [r for r in records if isinstance(r, Supervision) and r.person == owner.name]
    advisors = {name for s in as_student for name in (s.supervisor, *s.cosupervisors)}
    years = [d.year for d in degrees] + [s.period.end.year for s in as_student if s.period.end]
    found: dict[str, object] = {
        "is_valid": True,
        "name": owner.name,
        "year": min(filter(None, years)),
        "descendants": [int(ids[r.person]) for r in records if isinstance(r, Supervision) and r.supervisor == owner.name],
        # in the order the page lists them: their person records come in page order
        "advisors": [int(ids[r.name]) for r in records if isinstance(r, Person) and r.name in advisors],
    }
    if degrees:
        found["institution"] = degrees[0].institution
    return found


@pytest.mark.parametrize("page", PAGES, ids=[p.stem for p in PAGES])
def test_each_page_reads_as_its_saved_reading(page: Path) -> None:
    assert source_for(page) == "mgp"  # not a homepage
    result = _read(page)
    assert reading(result) == tomllib.loads(page.with_suffix(".toml").read_text(encoding="utf-8"))
    assert result.problems == []
    owner = result.records[0]
    assert isinstance(owner, Person) and [i.value for i in owner.identifiers] == [page.stem]


def test_gauss_degree_advisor_and_students() -> None:
    records = _read(DATA / "18231.html").records
    where = "genealogy-mgp/18231.html"
    (degree,) = [r for r in records if isinstance(r, Degree)]
    assert degree == Degree(
        "Carl Friedrich Gauß",
        "Ph.D.",
        "Universität Helmstedt",
        1799,
        Origin(where, 218),
        ("Johann Friedrich Pfaff",),
        "Demonstratio nova theorematis omnem functionem algebraicam rationalem integram unius variabilis in factores "
        "reales primi vel secundi gradus resolvi posse",
    )
    supervisions = [r for r in records if isinstance(r, Supervision)]
    advised = supervisions[0]
    assert (advised.supervisor, advised.person, advised.role, advised.kind) == (
        "Johann Friedrich Pfaff",
        "Carl Friedrich Gauß",
        "Ph.D.",
        SupervisionKind.PHD,
    )
    assert (advised.period.end and advised.period.end.year, advised.organization, advised.origin.line) == (
        1799,
        "Universität Helmstedt",
        229,
    )
    students = {s.person: s for s in supervisions[1:]}
    assert len(students) == 15 and all(s.supervisor == "Carl Friedrich Gauß" for s in students.values())
    bessel = students["Friedrich Bessel"]  # written "Bessel, Friedrich"
    assert (bessel.role, bessel.kind, bessel.organization, bessel.period.end and bessel.period.end.year) == (
        "Student",
        SupervisionKind.PHD,
        "Georg-August-Universität Göttingen",
        1810,
    )
    encke = students["Johann Encke"]  # no school and no year written
    assert (encke.organization, encke.period.end) == (None, None)
    assert students["Karl von Staudt"].organization == "Friedrich-Alexander-Universität Erlangen-Nürnberg"


def test_promotor_is_principal_and_co_promotors_co_supervise() -> None:
    records = _read(DATA / "51506.html").records
    (advised,) = [r for r in records if isinstance(r, Supervision) and r.person == "Harry Matthijs Buhrman"]
    assert advised.supervisor == "Steven Elliot Homer"
    assert advised.cosupervisors == ("Peter van Emde Boas", "Leen Torenvliet")


def test_a_link_without_a_degree_is_a_supervision_only() -> None:
    """Lagrange: MGP's 'no degree' links him to Euler (no degree, no dissertation); his B.A. is a degree."""
    records = _read(DATA / "17864.html").records
    assert [(d.degree, d.institution, d.year, d.topic) for d in records if isinstance(d, Degree)] == [
        ("B.A.", "Università di Torino", 1754, None)
    ]
    advised = [r for r in records if isinstance(r, Supervision) and r.person == "Joseph Louis Lagrange"]
    roles = {(s.supervisor, s.role, s.kind) for s in advised}
    assert roles == {
        ("Leonhard Paul Euler", "no degree", SupervisionKind.RESEARCH),
        ("Giovanni Battista (Giambattista) Beccaria", "B.A.", SupervisionKind.RESEARCH),
    }


def test_a_degree_without_an_institution_still_dates_its_advising() -> None:
    """Plethon: no degree title or institution, two years; his advisors' supervision ends in the first."""
    records = _read(DATA / "131575.html").records
    assert not [r for r in records if isinstance(r, Degree)]
    (advised,) = [r for r in records if isinstance(r, Supervision) and r.person == "Georgios Plethon Gemistos"]
    assert (advised.supervisor, advised.cosupervisors, advised.role) == ("Demetrios Kydones", ("Elissaeus Judaeus",), "Student")
    assert advised.period.end is not None and advised.period.end.year == 1380 and advised.organization is None
