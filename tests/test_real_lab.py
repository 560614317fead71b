"""A real lab, WING at NUS, as a lab head would check it: its alumni roster and part of its Hugo Blox site
(``tests/data/lab-wing/``, see the SOURCE.md files there), built together.

Each fact below was read by hand from the files named beside it, not from the program's output; the shipped
queries must answer each exactly.
"""

from __future__ import annotations

import csv
import io
import shutil
from pathlib import Path

import pytest

from conftest import ROOT, Cli

LAB = ROOT / "tests" / "data" / "lab-wing"
HEAD = "Min-Yen Kan"
SOC = "School of Computing, National University of Singapore"
GRADUATE = "roster/WING Alumni Roster - Graduate.csv"
INTERN = "roster/WING Alumni Roster - Grad Intern.csv"
UNDERGRADUATE = "roster/WING Alumni Roster - UG & UG Intern.csv"

SUPERVISIONS = {
    # person: (role, kind, start, end, organization); the supervisor is the lab's head (scholargraph.toml)
    "Muthu Kumar Chandrasekaran": (
        "Doctoral Alumnus (May '19)",
        "PhD",
        "2014",
        "2019-05",
        SOC,
    ),  # Graduate.csv:8, 'Spring 2014 – May 2019'
    "Liangming Pan": ("Doctoral Alumnus (Apr '22)", "PhD", "", "2022-04", SOC),  # Graduate.csv:2, an alumnus's one date ends it
    "Saurabh Jain": ("Masters Alumnus (Dec '21)", "master", "", "2021-12", SOC),  # Graduate.csv:4
    "Chao Wang": ("Postgraduate Intern ('14)", "internship", "2014", "2014", "Tsinghua University"),  # Grad Intern.csv:12
    "Hany Khalil": (
        "Postgraduate Intern ('14)",
        "internship",
        "2014-02",
        "2014-05",
        "Old Dominion University",
    ),  # Grad Intern.csv:5
    "Yanxia Qin": ("Postdoctoral Alumnus (24')", "postdoc or fellow", "2022", "2024", SOC),  # Staff.csv:2
    "Yiding Ran": ("UROP Alumnus (Fall '20), FYP Alumnus (Fall '21)", "undergraduate", "2020", "2021", SOC),  # UG.csv:2
    "George Po-Wei Huang": ("UROP Alumnus (Fall '21)", "undergraduate", "", "2021", SOC),  # UG.csv:6 'Po-Wei Huang'
    "Tongyao Zhu": ("FYP Alumnus (Fall '20)", "undergraduate", "", "2020", SOC),  # UG.csv:127
    "Wei Chen": ("Secondary School Student ('11)", "other", "2011", "2011", "NUS High"),  # Secondary School Students.csv:2
}

WORKS = {
    # student: {(year, title, place in the author list, with the supervisor)}, from content/publication/*/index.md
    "Muthu Kumar Chandrasekaran": {  # authors slug 'muthuc'; all eight pages list 'min' too
        ("2013", "Extracting and matching authors and affiliations in scholarly documents", "2", "yes"),
        ("2013", "Identifying research facilitators in an emerging Asian Research Area", "3", "yes"),
        ("2015", "Interactive Second Language Learning from News Websites", "4", "yes"),
        (
            "2015",
            "Scholarly Document Information Extraction using Extensible Features for Efficient Higher Order Semi-CRFs",
            "2",
            "yes",
        ),
        (
            "2016",
            "Proceedings of the Joint Workshop on Bibliometric-enhanced Information Retrieval and Natural Language "
            "Processing for Digital Libraries (BIRNDL)",
            "2",
            "yes",
        ),
        ("2017", "Exploring characteristics of highly cited authors according to citation location and content", "4", "yes"),
        ("2017", "Using discourse signals for robust instructor intervention prediction", "1", "yes"),
        ("2018", "Countering Position Bias in Instructor Interventions in MOOC Discussion Forums", "1", "yes"),
    },
    "George Po-Wei Huang": {("2022", "Lightweight Contextual Logical Structure Recovery", "1", "yes")},
    "Yanxia Qin": {
        ("2022", "Lightweight Contextual Logical Structure Recovery", "3", "yes"),
        ("2023", "CocoSciSum: A Scientific Summarization Toolkit with Compositional Controllability", "2", "yes"),
        ("2023", "The ACL OCL Corpus: Advancing Open Science in Computational Linguistics", "2", "yes"),
    },
    "Saurabh Jain": {("2022", "Comparative Snippet Generation", "1", "yes")},
    "Tongyao Zhu": {("2024", "Beyond Memorization: The Challenge of Random Memory Access in Language Models", "1", "yes")},
    "Chao Wang": set(),  # no page of the whole site lists him, Hany Khalil, Wei Chen or Yiding Ran
    "Hany Khalil": set(),
    "Wei Chen": set(),
    "Yiding Ran": set(),
}

LAB_FLOW = {
    # (person, when, organization, position, evidence)
    ("Chao Wang", "at the time", "Tsinghua University", "", f"{INTERN}:12"),  # his home institute, not where he went
    (
        "Chao Wang",
        "during",
        "Tsinghua University",
        "Postgraduate Intern ('14; under NExT Search Centre)",
        "site/content/authors/chaowang/_index.md:3",
    ),
    ("Hany Khalil", "at the time", "Old Dominion University", "", f"{INTERN}:5"),
    (
        "Hany Khalil",
        "during",
        "Old Dominion University",
        "Postgraduate Intern ('14; under CSIDM)",
        "site/content/authors/hanykhalil/_index.md:3",
    ),
    ("Muthu Kumar Chandrasekaran", "at the time", SOC, "", f"{GRADUATE}:8"),
    (
        "Muthu Kumar Chandrasekaran",
        "during",  # the site's alumni role is the role in the lab, not where he went
        SOC,
        "Doctoral Alumnus (May '19). Thesis: Predicting Instructor Intervention in MOOC forums.",
        "site/content/authors/muthuc/_index.md:3",
    ),
    ("Tongyao Zhu", "at the time", SOC, "", f"{UNDERGRADUATE}:127"),
    # FYP ended in 2020; the site's page (date '2023-01') has him a doctoral student since: where he went next
    ("Tongyao Zhu", "after", SOC, "IPP Doctoral Student (Jan '23; SEA)", "site/content/authors/tongyao/_index.md:3"),
}


@pytest.fixture(scope="module")
def lab(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("lab-wing") / "lab"
    shutil.copytree(LAB, root)
    result = cli("build", cwd=root)
    assert result.exit_code == 0, result.stderr
    return root


def _rows(cli: Cli, lab: Path, name: str, *params: str) -> list[dict[str, str]]:
    result = cli("query", name, *(f"--param={p}" for p in params), "--format", "csv", cwd=lab)
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout, newline="")))


def test_people_are_one_node_each(cli: Cli, lab: Path) -> None:
    names = {row["name"] for row in _rows(cli, lab, "people")}
    # The roster's 'Muthu Kumar C' (Graduate.csv:8) is the site's Muthu Kumar Chandrasekaran (authors/muthuc), whom
    # the head supervised and wrote eight works with; 'Po-Wei Huang' and 'George Huang' (UG.csv:6, 8) are George
    # Po-Wei Huang (authors/george), his co-author on 'Lightweight Contextual Logical Structure Recovery'.
    assert {"Min-Yen Kan", "Muthu Kumar Chandrasekaran", "George Po-Wei Huang", "Liangming Pan", "Yanxia Qin"} <= names
    assert not names & {"Muthu Kumar C", "Po-Wei Huang", "George Huang"}


def test_supervisions_with_kind_and_dates(cli: Cli, lab: Path) -> None:
    rows = _rows(cli, lab, "supervision")
    found = {
        r["person"]: (r["role"], r["kind"], r["start"], r["end"], r["organization"]) for r in rows if r["person"] in SUPERVISIONS
    }
    assert found == SUPERVISIONS
    assert {r["supervisor"] for r in rows if r["person"] in SUPERVISIONS} == {HEAD}
    assert sum(r["person"] == "George Po-Wei Huang" for r in rows) == 1  # two roster rows, one supervision
    students = {
        r["student"]: (r["role"], r["kind"], r["start"], r["end"], r["organization"])
        for r in _rows(cli, lab, "students", f"supervisor={HEAD}")
    }
    assert {person: students[person] for person in SUPERVISIONS} == SUPERVISIONS


def test_lab_flow(cli: Cli, lab: Path) -> None:
    rows = _rows(cli, lab, "lab-flow", f"supervisor={HEAD}")
    found = {(r["person"], r["when"], r["organization"], r["position"], r["evidence"]) for r in rows}
    people = {fact[0] for fact in LAB_FLOW}
    assert {row for row in found if row[0] in people} == LAB_FLOW
    assert [r["person"] for r in rows if r["when"] == "after"] == ["Tongyao Zhu"]  # no alumni role, no home institution


def test_works_of_students(cli: Cli, lab: Path) -> None:
    rows = _rows(cli, lab, "student-works", f"supervisor={HEAD}")
    found = {
        student: {(r["year"], r["title"], r["position"], r["with_supervisor"]) for r in rows if r["student"] == student}
        for student in WORKS
    }
    assert found == WORKS
