"""The kind of each supervision, as supervision, students and co-supervision give it, from roles as a real
lab's roster writes them (the WING alumni roster's wording)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from conftest import Cli

ROLES = {
    "Doctoral Alumnus (Apr '22)": "PhD",
    "Masters Alumnus (Dec '21)": "master",
    "Postdoctoral Alumnus (24')": "postdoc or fellow",
    "Visiting Scholar": "visit",
    "Postgraduate Intern ('13)": "internship",
    "Internship Alumnus (Summer '05)": "internship",
    "FYP Alumnus (Fall '21)": "undergraduate",
    "UROP Alumnus (Fall '21)": "undergraduate",
    "UROP/FYP Alumnus": "undergraduate",
    "B.Tech. project student": "undergraduate",
    "Secondary School Student ('11)": "other",
    "Research Assistant": "other",
}


@pytest.fixture(scope="module")
def roster_build(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("kinds")
    (root / "data").mkdir()
    lines = ["# supervisor: Ada Lovelace", "Name,Role,Co-supervisor"]
    lines += [f'Person {chr(65 + n)} Doe,"{role}",Mary Somerville' for n, role in enumerate(ROLES)]
    (root / "data" / "roster.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (root / "scholargraph.toml").write_text('base = "https://example.org/"\nsources = ["data/"]\n', encoding="utf-8")
    result = cli("build", cwd=root)
    assert result.exit_code == 0, result.stderr
    return root


def _csv(cli: Cli, root: Path, *args: str) -> list[dict[str, str]]:
    result = cli("query", *args, "--format", "csv", cwd=root)
    assert result.exit_code == 0, result.stderr
    return list(csv.DictReader(io.StringIO(result.stdout, newline="")))


def test_kind_of_each_role(cli: Cli, roster_build: Path) -> None:
    assert {r["role"]: r["kind"] for r in _csv(cli, roster_build, "supervision")} == ROLES
    students = _csv(cli, roster_build, "students", "--param", "supervisor=Ada Lovelace")
    assert {r["role"]: r["kind"] for r in students} == ROLES
    pairs = _csv(cli, roster_build, "co-supervision")
    want: dict[str, int] = {}
    for kind in ROLES.values():
        want[kind] = want.get(kind, 0) + 1
    assert {r["kind"]: int(r["students"]) for r in pairs} == want
