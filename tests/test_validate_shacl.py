"""``scholargraph build`` and ``scholargraph validate`` through the real command line.

The broken project is the bundled homepage with two edits made at the source: a student's
period reversed (``2018 - 2022`` → ``2022 - 2018``) and a publication's year removed (its
venue line loses ``'24`` and the ``2024`` section header above it goes, so no year is left
to fall back on). Expected line numbers are found in the edited text.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from click.testing import Result
from rdflib.namespace import SH

from conftest import HOMEPAGE, ROOT, Cli

CASES = Path(__file__).parent / "shapes" / "cases"
DATASET_TITLE = "Automating Dataset Updates Towards Reliable and Timely Evaluation of Large Language Models"
DATASET_VENUE = "Conference on Neural Information Processing Systems, NeurIPS '24 (Datasets Track)."


def line_of(text: str, content: str) -> int:
    numbers = [n for n, line in enumerate(text.split("\n"), start=1) if line.strip(" \u00a0•") == content]
    assert len(numbers) == 1, f"expected one line {content!r}, found {numbers}"
    return numbers[0]


def broken_homepage() -> str:
    text = HOMEPAGE.read_text(encoding="utf-8")
    assert text.count("2018 - 2022") == 1 and text.count(DATASET_VENUE) == 1
    text = text.replace("2018 - 2022", "2022 - 2018").replace(DATASET_VENUE, DATASET_VENUE.replace(" '24", ""))
    lines = text.split("\n")
    header = line_of(text, "2024")
    assert lines[header].strip() == "" and DATASET_TITLE in lines[header + 1], "the 2024 header sits right above the paper"
    del lines[header - 1]
    return "\n".join(lines)


@pytest.fixture(scope="module")
def broken_build(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Result, str]:
    project = tmp_path_factory.mktemp("broken")
    text = broken_homepage()
    (project / "data").mkdir()
    (project / "data" / "page.txt").write_text(text, encoding="utf-8")
    return project, cli("build", cwd=project), text


def test_broken_homepage_fails_the_build_naming_person_work_and_line(
    broken_build: tuple[Path, Result, str],
) -> None:
    project, run, text = broken_build
    assert run.exit_code == 1, run.stderr
    violations = [line for line in run.stderr.splitlines() if ": violation: " in line]
    yaoyao = line_of(text, "Yaoyao Liu")
    work = next(n for n, line in enumerate(text.split("\n"), start=1) if DATASET_TITLE in line)
    assert violations == [
        f"data/page.txt:{yaoyao}: violation: supervision of Yaoyao Liu by Qianru Sun — schema:endDate: "
        "ends (2018) before it starts (2022); correct the period as written",
        f"data/page.txt:{work}: violation: work '{DATASET_TITLE}' — dcterms:issued: "
        "needs one publication year; give it where the source gives years (a homepage's venue line, like \"CVPR '24\";"
        " a BibTeX year field)",
    ]
    for name in ("graph.trig", "graph.ttl", "graph.jsonld", "validation.txt", "validation.json"):
        assert (project / "build" / name).is_file(), f"{name} is written even when the graph has violations"


def test_broken_build_reports_are_written_grouped_by_severity(
    broken_build: tuple[Path, Result, str],
) -> None:
    project, _, text = broken_build
    report = json.loads((project / "build" / "validation.json").read_text(encoding="utf-8"))
    assert report["conforms"] is False
    violations = [f for f in report["findings"] if f["severity"] == "violation"]
    assert [(f["entity"], f["path"], f["source"]) for f in violations] == [
        (
            "supervision of Yaoyao Liu by Qianru Sun",
            "schema:endDate",
            {"path": "data/page.txt", "line": line_of(text, "Yaoyao Liu")},
        ),
        (f"work '{DATASET_TITLE}'", "dcterms:issued", {"path": "data/page.txt", "line": violations[1]["source"]["line"]}),
    ]
    # the source problems (reading) are in the same report, apart from the graph's, without a shape
    assert any(f["shape"] is None and "ends before it starts" in f["message"] for f in report["reading"]["findings"])
    assert report["counts"]["violation"] == 2
    txt = (project / "build" / "validation.txt").read_text(encoding="utf-8")
    assert txt.startswith("The graph does not conform: 2 violations")
    assert txt.index("Violations (2)") < txt.index("Warnings (") < txt.index("Notes (")


def test_allow_violations_exits_0_and_still_reports(cli: Cli, broken_build: tuple[Path, Result, str], tmp_path: Path) -> None:
    project, _, _ = broken_build
    run = cli("build", "--allow-violations", "--out", str(tmp_path / "out"), cwd=project)
    assert run.exit_code == 0, run.stderr
    assert "does not conform: 2 violations" in run.stderr


def test_validate_the_broken_graph_file_in_each_format(cli: Cli, broken_build: tuple[Path, Result, str]) -> None:
    project, _, _ = broken_build
    text = cli("validate", "build/graph.trig", cwd=project)
    assert text.exit_code == 1
    assert "Violations (2)" in text.stdout and "supervision of Yaoyao Liu by Qianru Sun" in text.stdout
    as_json = cli("validate", "build/graph.jsonld", "--format", "json", cwd=project)
    assert as_json.exit_code == 1
    assert json.loads(as_json.stdout)["counts"]["violation"] == 2
    as_ttl = cli("validate", "build/graph.ttl", "--format", "ttl", cwd=project)
    assert as_ttl.exit_code == 1
    report = rdflib.Graph().parse(data=as_ttl.stdout, format="turtle")
    [node] = report.subjects(rdflib.RDF.type, SH.ValidationReport)
    assert report.value(node, SH.conforms) == rdflib.Literal(False)
    violations = [r for r in report.subjects(SH.resultSeverity, SH.Violation)]
    assert len(violations) == 2


def test_validate_a_project_folder_uses_its_build(cli: Cli, broken_build: tuple[Path, Result, str]) -> None:
    project, _, _ = broken_build
    run = cli("validate", cwd=project)
    assert run.exit_code == 1 and "Violations (2)" in run.stdout


def test_validate_a_project_without_a_build_builds_it(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "page.txt").write_bytes(HOMEPAGE.read_bytes())
    run = cli("validate", str(tmp_path), cwd=tmp_path)
    assert run.exit_code == 0, run.stderr
    assert run.stdout.startswith("The graph conforms: 0 violations")
    assert (tmp_path / "build" / "graph.trig").is_file()


@pytest.mark.parametrize(
    ("content", "reason"),
    [("@prefix ex: <https://example.org/> .\nex:a ex:b", "not valid Turtle"), (None, "no such file or folder")],
    ids=["bad-turtle", "missing-file"],
)
def test_validate_bad_input_exits_2_naming_the_file(cli: Cli, tmp_path: Path, content: str | None, reason: str) -> None:
    path = tmp_path / "graph.ttl"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    run = cli("validate", str(path), cwd=tmp_path)
    assert run.exit_code == 2
    assert str(path) in run.stderr and reason in run.stderr


def test_validate_a_conforming_case_exits_0(cli: Cli) -> None:
    run = cli("validate", str(CASES / "conforming.ttl"), "--format", "json", cwd=ROOT)
    assert run.exit_code == 0, run.stderr
    assert json.loads(run.stdout) == {"conforms": True, "counts": {"violation": 0, "warning": 0, "info": 0}, "findings": []}


def test_build_and_validate_report_the_graph_alike(cli: Cli, tmp_path: Path) -> None:
    """Several sources, with flaws in reading and in the graph: the build's graph part is what validate says."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "page.txt").write_text(broken_homepage(), encoding="utf-8")
    (data / "group.bib").write_bytes((ROOT / "tests" / "data" / "bibtex" / "htw-erodner-group" / "paper.bib").read_bytes())
    unreadable = "orcid-0000-0002-7319-2192.json"  # an ORCID error answer: cannot be read at all
    (data / unreadable).write_bytes((ROOT / "tests" / "data" / "orcid" / "error-409.json").read_bytes())
    build = cli("build", "--allow-violations", cwd=tmp_path)
    assert build.exit_code == 1, build.stderr  # a source could not be read
    built = json.loads((tmp_path / "build" / "validation.json").read_text(encoding="utf-8"))
    check = cli("validate", "build/graph.trig", "--format", "json", cwd=tmp_path)
    checked = json.loads(check.stdout)
    assert (built["counts"], built["findings"]) == (checked["counts"], checked["findings"])
    assert checked["counts"]["violation"] >= 2 and checked["counts"]["warning"] > 0  # the page's two, and the BibTeX's
    assert "reading" not in checked
    reading = built["reading"]["findings"]
    assert any((f["source"] or {}).get("path") == f"data/{unreadable}" and f["severity"] == "violation" for f in reading)
    assert {f["severity"] for f in reading} >= {"violation", "warning"} and all(f["shape"] is None for f in reading)
    graph_summary = check.stderr.strip().removesuffix(".")  # "The graph does not conform: 2 violations, …"
    assert f"; {graph_summary.removeprefix('The graph ')}; reading the sources: " in build.stderr
    text = (tmp_path / "build" / "validation.txt").read_text(encoding="utf-8")
    assert text.startswith(graph_summary + "; reading the sources: ")
    assert "Reading the sources: Violations (" in text


def test_validate_a_store_in_place_and_with_either_engine(
    cli: Cli, broken_build: tuple[Path, Result, str], tmp_path: Path
) -> None:
    """The store a build streamed into, checked where it is, and the graph file, checked by the compiled engine
    and by pySHACL: one report."""
    project, _, _ = broken_build
    store = f"oxigraph:{tmp_path / 'store'}"
    built = cli("build", "--store", store, "--allow-violations", "--out", str(tmp_path / "out"), cwd=project)
    assert built.exit_code == 0, built.stderr
    runs = [
        cli("validate", "--store", store, "--format", "json", cwd=project),
        cli("validate", "build/graph.trig", "--format", "json", cwd=project),
        cli("validate", "build/graph.trig", "--format", "json", "--engine", "pyshacl", cwd=project),
    ]
    assert [run.exit_code for run in runs] == [1, 1, 1], [run.stderr for run in runs]
    reports = [json.loads(run.stdout) for run in runs]
    assert reports[0]["counts"]["violation"] == 2
    assert reports[0]["findings"] == reports[1]["findings"] == reports[2]["findings"]
    both = cli("validate", "build/graph.trig", "--store", store, cwd=project)
    assert both.exit_code == 2 and "not both" in both.stderr
