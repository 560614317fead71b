"""The roster source: people, roles, supervisors and periods from YAML and CSV.

The two fixtures hold the same eight people of a real group page (3 PhD students, 3
undergraduates, 2 alumni — counted by hand on the page, see tests/data/roster/SOURCE.md).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from scholargraph.errors import SourceError
from scholargraph.model.records import (
    Identifier,
    IdentifierScheme,
    PartialDate,
    Period,
    Person,
    Position,
    Severity,
    Supervision,
    SupervisionKind,
)
from scholargraph.sources import read_source, source_for

ROSTERS = Path(__file__).resolve().parent / "data" / "roster"
YAML = ROSTERS / "yaoyao-liu-group.yml"
CSV = ROSTERS / "yaoyao-liu-group.csv"


def supervisions(path: Path) -> dict[str, Supervision]:
    return {r.person: r for r in read_source(path).records if isinstance(r, Supervision)}


def test_rosters_are_recognized_by_their_columns() -> None:
    assert source_for(YAML) == "roster"
    assert source_for(CSV) == "roster"


@pytest.mark.parametrize("path", [YAML, CSV], ids=["yaml", "csv"])
def test_every_person_is_read_with_supervisor_and_period(path: Path) -> None:
    records = read_source(path).records
    assert len([r for r in records if isinstance(r, Person)]) == 8
    found = supervisions(path)
    assert len(found) == 8
    assert {s.supervisor for s in found.values()} == {"Yaoyao Liu"}  # the file's default supervisor
    eric = found["Eric Ji"]  # "w/ Prof. Minh Do", "Since Spring 2025"
    assert eric.cosupervisors == ("Minh Do",)
    assert eric.role.lower() == "phd student" and eric.kind is SupervisionKind.PHD
    assert eric.period == Period(PartialDate(2025), None)
    assert eric.organization == "University of Illinois Urbana-Champaign"
    assert found["Joey Wang"].period.start == PartialDate(2026)
    assert found["Naren Sudhir Shetty"].role.lower() == "former research assistant"
    assert found["Naren Sudhir Shetty"].period == Period(None, None)


def test_yaml_and_csv_lines() -> None:
    # YAML: "- name: Wei Cao" is line 9; CSV: the Wei Cao row is line 5 (two comment lines, the header)
    assert supervisions(YAML)["Wei Cao"].origin.line == 9
    assert supervisions(CSV)["Wei Cao"].origin.line == 5


def test_bad_rows_name_file_row_and_column_and_the_others_load(tmp_path: Path) -> None:
    roster = tmp_path / "lab.csv"
    roster.write_text(
        "Name,Role,Advisor,Co-advisors,Start,End,E-mail,ORCID\n"  # 1
        "Ada Lovelace,PhD student,Charles Babbage,Mary Somerville; Augustus De Morgan,2018-09,2022,ada@example.org,"
        "0000-0002-1825-0097\n"  # 2
        ",Postdoc,Charles Babbage,,2019,,,\n"  # 3
        "Grace Hopper,Visiting student,Charles Babbage,,Sept 20188,,grace(at)example,0000-0002\n"  # 4
        '"Hopper, Grace",Master student,,,2020,2021,,\n',  # 5
        encoding="utf-8",
    )
    result = read_source(roster, "lab.csv")
    by_person = {r.person: r for r in result.records if isinstance(r, Supervision)}
    ada = by_person["Ada Lovelace"]
    assert (ada.supervisor, ada.cosupervisors) == ("Charles Babbage", ("Mary Somerville", "Augustus De Morgan"))
    assert ada.period == Period(PartialDate(2018, 9), PartialDate(2022)) and ada.kind is SupervisionKind.PHD
    [ada_person] = [r for r in result.records if isinstance(r, Person) and r.name == "Ada Lovelace"]
    assert ada_person.identifiers == (Identifier(IdentifierScheme.ORCID, "0000-0002-1825-0097"),)
    assert ada_person.email == "ada@example.org"
    assert by_person["Grace Hopper"].kind is SupervisionKind.VISIT
    # no supervisor: a position, not a supervision ("Hopper, Grace" is written surname first)
    [position] = [r for r in result.records if isinstance(r, Position)]
    assert (position.person, position.title) == ("Grace Hopper", "Master student")
    problems = {(p.origin.line, p.severity): p.message for p in result.problems}
    assert "'Name'" in problems[(3, Severity.VIOLATION)]
    row4 = [p for p in result.problems if p.origin.line == 4]
    assert all(p.origin.path == "lab.csv" and p.severity is Severity.WARNING for p in row4)
    assert {m.split("'")[1] for m in (p.message.split(": ", 1)[1] for p in row4)} == {"Start", "E-mail", "ORCID"}


def test_a_roster_yaml_syntax_error_names_the_line(tmp_path: Path) -> None:
    roster = tmp_path / "lab.yml"
    roster.write_text("supervisor: Ada Lovelace\npeople:\n  - name: Grace Hopper\n    since: [2020\n", encoding="utf-8")
    with pytest.raises(SourceError) as error:
        read_source(roster, "lab.yml")
    assert error.value.path == "lab.yml" and error.value.line in (4, 5)


def test_alumni_list_without_supervisor_column_uses_the_default(tmp_path: Path) -> None:
    # the shape of a lab's alumni export: Name,Role,Interest,Years,Degree — "Role" and "Degree" both mean a role
    roster = tmp_path / "alumni.csv"
    roster.write_text(
        "# supervisor: Min-Yen Kan\n"
        "Name,Role,Interest,Years,Degree\n"
        "Muthu Kumar Chandrasekaran,Doctoral Alumnus,MOOC forums,2013-2019,PhD\n",
        encoding="utf-8",
    )
    [muthu] = supervisions(roster).values()
    assert (muthu.supervisor, muthu.role, muthu.kind) == ("Min-Yen Kan", "Doctoral Alumnus", SupervisionKind.PHD)
    assert muthu.period == Period(PartialDate(2013), PartialDate(2019))


def test_periods_as_people_write_them_and_an_alumnus_date_is_the_end(tmp_path: Path) -> None:
    roster = tmp_path / "alumni.csv"
    roster.write_text(
        "Name,Role,Years\n"
        "Liangming Pan,Doctoral Alumnus (Apr '22),April 2022\n"  # a real row: graduated in April 2022, start unknown
        "Hany Khalil,Postgraduate Intern ('14),Feb-May 2014\n"
        "Yiding Ran,UROP Alumnus (Fall '20),2020 / 2021\n"
        "Wei Chen,Secondary School Student ('11),2011\n"
        "George Huang,Unknown,Unknown\n",
        encoding="utf-8",
    )
    result = read_source(roster)
    periods = {r.person: r.period for r in result.records if isinstance(r, Position)}
    assert periods == {
        "Liangming Pan": Period(None, PartialDate(2022, 4)),
        "Hany Khalil": Period(PartialDate(2014, 2), PartialDate(2014, 5)),
        "Yiding Ran": Period(PartialDate(2020), PartialDate(2021)),
        "Wei Chen": Period(PartialDate(2011), PartialDate(2011)),
        "George Huang": Period(None),  # the cell says the date is not known: nothing is lost
    }
    # the only warning: the file names no supervisor (scholargraph.toml can give one)
    assert [p.message[:30] for p in result.problems if p.severity is not Severity.INFO] == ["no row names a supervisor or o"]
