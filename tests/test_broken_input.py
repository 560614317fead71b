"""Broken input: every flaw is reported with the file and the line, and a failed run keeps old outputs.

Each case is the bundled example page with one small, visible edit (a line deleted, the
file cut at a byte offset, a word misspelt, a byte inserted), written to ``tmp_path``.
Expected line numbers are found in the example's text, not written down by hand, and the
untouched example is used as the control: it has no violations and builds with exit 0.
"""

from __future__ import annotations

import errno
import os
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import Result

from conftest import Cli
from scholargraph.errors import SourceError
from scholargraph.model.records import Period, Problem, Severity, SourceResult, Supervision, Work
from scholargraph.sources import read_source

EXAMPLE = Path(__file__).resolve().parents[1] / "data" / "homepage-qianru-sun.txt"
GRAPH_FILES = ("coauthors.html", "graph.jsonld", "graph.trig", "graph.ttl", "validation.json", "validation.txt")

# Lines of the example the cases edit, found by their text.
UNIKE_TITLE = "UniKE_nips2024 Towards Unified Multimodal Editing with Enhanced Knowledge Collaboration"
UNIKE_AUTHORS = "Kaihang Pan, Zhaoyu Fan, Juncheng Li, , and Qianru Sun"
DEBLORA_TITLE = "debLoRA_nips2024 Learning De-Biased Representations for Remote-Sensing Imagery"
DEBLORA_AUTHORS = "Zicheng Tian, Zhaozheng Chen and Qianru Sun"
GLA_TITLE = "NIPS2023_GLA Generalized Logit Adjustment: Calibrating Fine-tuned Models by Removing Label Bias in Foundation Models"
GLA_AUTHORS = "Beier Zhu, Kaihua Tang, Qianru Sun, and Hanwang Zhang"


# --- helpers -------------------------------------------------------------------------


def example_text() -> str:
    return EXAMPLE.read_text(encoding="utf-8")


def line_of(text: str, content: str) -> int:
    """The 1-based number of the one line of ``text`` whose content (stripped) is ``content``."""
    numbers = [n for n, line in enumerate(text.split("\n"), start=1) if line.strip(" \u00a0•") == content]
    assert len(numbers) == 1, f"expected exactly one line {content!r} in the example, found {numbers}"
    return numbers[0]


def without_line(text: str, content: str) -> str:
    """``text`` with the one line whose content is ``content`` deleted."""
    lines = text.split("\n")
    del lines[line_of(text, content) - 1]
    return "\n".join(lines)


def replace_once(text: str, old: str, new: str) -> str:
    assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times in the example"
    return text.replace(old, new)


def write(tmp_path: Path, text: str | bytes, name: str = "page.txt") -> Path:
    path = tmp_path / name
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(text, encoding="utf-8")
    return path


def read(path: Path) -> SourceResult:
    return read_source(path, path.name)


def at(result: SourceResult, line: int, severity: Severity | None = None) -> list[Problem]:
    return [p for p in result.problems if p.origin.line == line and (severity is None or p.severity is severity)]


def of_severity(result: SourceResult, severity: Severity) -> list[Problem]:
    return [p for p in result.problems if p.severity is severity]


def work(result: SourceResult, key: str) -> Work:
    [found] = [w for w in result.records if isinstance(w, Work) and w.key == key]
    return found


def error_of(run: Result) -> str:
    """The one ``error:`` line the CLI printed (after its ``[1/1] reading …`` progress line)."""
    errors = [line for line in run.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, run.stderr
    return errors[0]


@pytest.fixture(scope="module")
def example() -> SourceResult:
    return read_source(EXAMPLE, EXAMPLE.name)


def test_control_the_untouched_example_has_no_violations(example: SourceResult) -> None:
    """What the other cases compare against: any violation they find comes from their edit."""
    assert of_severity(example, Severity.VIOLATION) == []


# --- 1. a publication without its author line ---------------------------------------------


def test_missing_author_line_is_a_violation_at_the_title(tmp_path: Path) -> None:
    text = example_text()
    title_line = line_of(text, DEBLORA_TITLE)
    assert line_of(text, DEBLORA_AUTHORS) == title_line + 1  # the line the edit deletes
    page = write(tmp_path, without_line(text, DEBLORA_AUTHORS))

    result = read(page)

    violations = of_severity(result, Severity.VIOLATION)
    assert [(p.origin.path, p.origin.line) for p in violations] == [("page.txt", title_line)]
    assert "Learning De-Biased Representations for Remote-Sensing Imagery" in violations[0].message
    assert "no author line" in violations[0].message
    # the entry is still read, with no authors, and the entries after it shift up one line
    assert work(result, "debLoRA_nips2024").authors == ()
    assert work(result, "UniKE_nips2024").origin.line == line_of(text, UNIKE_TITLE) - 1


def test_missing_author_line_fails_the_cli_build_naming_file_and_line(cli: Cli, tmp_path: Path) -> None:
    text = example_text()
    title_line = line_of(text, DEBLORA_TITLE)
    page = write(tmp_path, without_line(text, DEBLORA_AUTHORS))

    run = cli("build", page, "--out", tmp_path / "out", cwd=tmp_path)

    assert run.exit_code == 1, run.stderr
    assert [line for line in run.stderr.splitlines() if ": violation: " in line] == [
        f"page.txt:{title_line}: violation: 'Learning De-Biased Representations for Remote-Sensing Imagery' "
        "has no author line; write its authors on the line after the title"
    ]


def test_missing_author_line_of_an_unkeyed_title_is_still_reported(tmp_path: Path) -> None:
    """Most homepages write no keys: the same flaw on a title without its ``debLoRA_nips2024`` key."""
    text = example_text()
    title_line = line_of(text, DEBLORA_TITLE)
    unkeyed = replace_once(without_line(text, DEBLORA_AUTHORS), DEBLORA_TITLE, DEBLORA_TITLE.split(" ", 1)[1])
    page = write(tmp_path, unkeyed)

    result = read(page)

    assert [p.origin.line for p in of_severity(result, Severity.VIOLATION)] == [title_line]
    assert "Learning De-Biased" not in (work(result, "dataset_nips2024").abstract or "")


# --- 2. a file cut short after an author line -------------------------------------------


@pytest.mark.parametrize("keep_newline", [False, True], ids=["cut-before-newline", "cut-after-newline"])
def test_file_cut_after_an_author_line_reports_the_entry_without_venue(cli: Cli, tmp_path: Path, keep_newline: bool) -> None:
    data = EXAMPLE.read_bytes()
    title_line = line_of(example_text(), GLA_TITLE)
    assert line_of(example_text(), GLA_AUTHORS) == title_line + 1
    offset = data.index(GLA_AUTHORS.encode()) + len(GLA_AUTHORS.encode()) + keep_newline
    page = write(tmp_path, data[:offset])

    result = read(page)

    violations = of_severity(result, Severity.VIOLATION)
    assert [(p.origin.path, p.origin.line) for p in violations] == [("page.txt", title_line)]
    assert "Generalized Logit Adjustment" in violations[0].message
    assert "no venue line" in violations[0].message
    # it is not read as a publication, as the message says; the entries before it are
    assert not [w for w in result.records if isinstance(w, Work) and w.key == "NIPS2023_GLA"]
    assert work(result, "NIPS2023_UDA").venue == "NeurIPS"

    run = cli("build", page, "--out", tmp_path / "out", cwd=tmp_path)
    assert run.exit_code == 1, run.stderr
    [violation] = [line for line in run.stderr.splitlines() if ": violation: " in line]
    assert violation.startswith(f"page.txt:{title_line}: violation: 'NIPS2023_GLA Generalized Logit Adjustment")


def test_file_cut_after_an_author_line_does_not_corrupt_the_previous_entry(tmp_path: Path) -> None:
    data = EXAMPLE.read_bytes()
    page = write(tmp_path, data[: data.index(GLA_AUTHORS.encode()) + len(GLA_AUTHORS.encode())])
    whole = read_source(EXAMPLE, EXAMPLE.name)

    result = read(page)

    assert work(result, "NIPS2023_UDA").abstract == work(whole, "NIPS2023_UDA").abstract


# --- 3. and 4. people with unreadable or reversed periods -----------------------------


def test_unreadable_period_is_a_warning_quoting_it_and_the_person_is_kept(tmp_path: Path, example: SourceResult) -> None:
    text = example_text()
    period_line = line_of(text, "Since Aug 2020")
    name_line = period_line - 1
    assert line_of(text, "Tan Wang") == name_line
    assert at(example, period_line) == []  # the control: the written period is fine
    page = write(tmp_path, replace_once(text, "Since Aug 2020", "Since Agust 2020"))

    result = read(page)

    [warning] = at(result, period_line)
    assert warning.severity is Severity.WARNING
    assert warning.origin.path == "page.txt"
    assert "'Since Agust 2020'" in warning.message
    assert "Tan Wang" in warning.message
    [tan] = [s for s in result.records if isinstance(s, Supervision) and s.person == "Tan Wang"]
    assert tan.period == Period(None, None)
    assert tan.origin.line == name_line
    assert tan.cosupervisors == ("Hanwang Zhang",)
    assert tan.email == "wangt97@e.ntu.edu.sg"
    # the flaw stays a warning: the build still succeeds
    assert of_severity(result, Severity.VIOLATION) == []


def test_period_that_ends_before_it_starts_is_a_warning(tmp_path: Path, example: SourceResult) -> None:
    text = example_text()
    period_line = line_of(text, "2018 - 2022")
    assert line_of(text, "Yaoyao Liu") == period_line - 1
    assert at(example, period_line) == []
    page = write(tmp_path, replace_once(text, "2018 - 2022", "2022 - 2018"))

    result = read(page)

    [warning] = at(result, period_line)
    assert warning.severity is Severity.WARNING
    assert warning.origin.path == "page.txt"
    assert "ends before it starts" in warning.message
    assert "'2022 - 2018'" in warning.message and "Yaoyao Liu" in warning.message
    [yaoyao] = [s for s in result.records if isinstance(s, Supervision) and s.person == "Yaoyao Liu"]
    assert (yaoyao.period.start.year, yaoyao.period.end.year) == (2022, 2018)  # kept as written


# --- 5. a byte that is not UTF-8 -------------------------------------------------------


@pytest.mark.parametrize("content", ["profile", UNIKE_TITLE, "Programmes"], ids=["first-line", "a-title", "last-line"])
def test_non_utf8_byte_is_a_source_error_naming_its_line(tmp_path: Path, content: str) -> None:
    data = EXAMPLE.read_bytes()
    line = line_of(example_text(), content)
    start = data.index(content.encode())
    assert data[:start].count(b"\n") + 1 == line
    page = write(tmp_path, data[: start + 3] + b"\xff" + data[start + 3 :])

    with pytest.raises(SourceError) as raised:
        read(page)

    assert raised.value.path == "page.txt"
    assert raised.value.line == line
    assert str(raised.value).startswith(f"page.txt:{line}: ")
    assert "0xff" in str(raised.value) and "UTF-8" in str(raised.value)


def test_non_utf8_file_makes_the_cli_exit_2_naming_file_and_line(cli: Cli, tmp_path: Path) -> None:
    data = EXAMPLE.read_bytes()
    line = line_of(example_text(), UNIKE_TITLE)
    page = write(tmp_path, data.replace(b"Towards Unified", b"Towards\xff Unified", 1))

    run = cli("build", page, "--out", tmp_path / "out", cwd=tmp_path)

    assert run.exit_code == 2
    assert error_of(run).startswith(f"error: page.txt:{line}: byte 0xff is not UTF-8")
    assert not (tmp_path / "out").exists()


# --- 6. an empty file and a file that is not a homepage --------------------------------


def _empty(text: str) -> str:
    return text[:0]  # the example cut at byte 0


def _blank(text: str) -> str:
    return "\n".join(line for line in text.split("\n") if not line.strip())  # only its blank lines


def _prose(text: str) -> str:
    # the biography paragraph alone: a page of prose with no section headings
    return next(line for line in text.split("\n") if line.startswith("Since 2019, I have been working")) + "\n"


@pytest.mark.parametrize(
    ("edit", "reason"),
    [
        (_empty, "the file is empty"),
        (_blank, "the file is empty"),
        (_prose, "none of the sections of an academic homepage were found"),
    ],
    ids=["empty", "only-blank-lines", "prose"],
)
def test_unreadable_page_is_a_source_error_saying_why(cli: Cli, tmp_path: Path, edit: Callable[[str], str], reason: str) -> None:
    page = write(tmp_path, edit(example_text()))

    with pytest.raises(SourceError) as raised:
        read(page)
    assert raised.value.path == "page.txt"
    assert str(raised.value).startswith("page.txt: ")
    assert reason in str(raised.value)

    run = cli("build", page, "--out", tmp_path / "out", cwd=tmp_path)
    assert run.exit_code == 2
    assert error_of(run).startswith("error: page.txt: ")
    assert reason in error_of(run)


# --- 7. a failed build leaves the previous build intact -------------------------------


def _snapshot(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in GRAPH_FILES}


def test_failed_build_leaves_earlier_outputs_intact(cli: Cli, tmp_path: Path) -> None:
    out = tmp_path / "out"
    good = cli("build", EXAMPLE, "--out", out, cwd=tmp_path)
    assert good.exit_code == 0, good.stderr
    assert sorted(os.listdir(out)) == sorted(GRAPH_FILES)
    before = _snapshot(out)
    assert all(before.values())
    line = line_of(example_text(), UNIKE_TITLE)
    bad = write(tmp_path, EXAMPLE.read_bytes().replace(b"Towards Unified", b"Towards\xff Unified", 1))

    run = cli("build", bad, "--out", out, cwd=tmp_path)

    assert run.exit_code == 2
    assert error_of(run).startswith(f"error: page.txt:{line}: ")
    assert _snapshot(out) == before
    assert sorted(os.listdir(out)) == sorted(GRAPH_FILES)  # no temporary files left


def _build_failing_at_rename(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, dict[str, bytes]]:
    """A good build, then a build of a changed page whose last rename into place fails (EIO)."""
    from scholargraph.pipeline.project import Project, build

    out = tmp_path / "out"
    build(Project(tmp_path), out, [EXAMPLE])
    before = _snapshot(out)
    changed = write(tmp_path, replace_once(example_text(), "Since Aug 2020", "Since Sep 2020"))
    real_replace = os.replace

    def replace(source: str | Path, target: str | Path) -> None:
        if Path(target).name == "graph.jsonld":
            raise OSError(errno.EIO, "simulated I/O error", str(target))
        return real_replace(source, target)

    monkeypatch.setattr(os, "replace", replace)
    with pytest.raises(OSError):
        build(Project(tmp_path), out, [changed])
    monkeypatch.undo()
    return out, before


def test_build_failing_while_renaming_leaves_no_temporary_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out, _ = _build_failing_at_rename(tmp_path, monkeypatch)
    assert sorted(os.listdir(out)) == sorted(GRAPH_FILES)


def test_build_failing_while_renaming_leaves_earlier_outputs_intact(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out, before = _build_failing_at_rename(tmp_path, monkeypatch)
    assert _snapshot(out) == before


# --- 8. an empty author slot ------------------------------------------------------------


def test_empty_author_slot_in_the_example_is_a_warning_and_ranks_are_kept(example: SourceResult) -> None:
    """The example itself writes ``Juncheng Li, , and Qianru Sun`` in its UniKE_nips2024 entry."""
    text = example_text()
    author_line = line_of(text, UNIKE_AUTHORS)
    assert line_of(text, UNIKE_TITLE) == author_line - 1

    [warning] = at(example, author_line)
    assert warning.severity is Severity.WARNING
    assert warning.origin.path == EXAMPLE.name
    assert "empty slot (author 4)" in warning.message
    authors = work(example, "UniKE_nips2024").authors
    assert authors == ("Kaihang Pan", "Zhaoyu Fan", "Juncheng Li", None, "Qianru Sun")
    assert authors.index("Qianru Sun") + 1 == 5


def test_empty_author_slot_made_by_an_edit_keeps_the_written_ranks(tmp_path: Path, example: SourceResult) -> None:
    text = example_text()
    author_line = line_of(text, DEBLORA_AUTHORS)
    assert at(example, author_line) == []
    page = write(tmp_path, replace_once(text, DEBLORA_AUTHORS, "Zicheng Tian, , Zhaozheng Chen and Qianru Sun"))

    result = read(page)

    [warning] = at(result, author_line)
    assert warning.severity is Severity.WARNING
    assert warning.origin.path == "page.txt"
    assert "empty slot (author 2)" in warning.message
    assert work(result, "debLoRA_nips2024").authors == ("Zicheng Tian", None, "Zhaozheng Chen", "Qianru Sun")


def test_filling_the_gap_removes_the_warning_and_shifts_the_rank(tmp_path: Path) -> None:
    """The control for the two tests above: without the empty slot, Qianru Sun is author 4."""
    text = example_text()
    author_line = line_of(text, UNIKE_AUTHORS)
    page = write(tmp_path, replace_once(text, UNIKE_AUTHORS, UNIKE_AUTHORS.replace(", , and", ", and")))

    result = read(page)

    assert at(result, author_line) == []
    assert work(result, "UniKE_nips2024").authors == ("Kaihang Pan", "Zhaoyu Fan", "Juncheng Li", "Qianru Sun")


def test_empty_author_slot_keeps_rank_5_in_the_graph(tmp_path: Path) -> None:
    rdflib = pytest.importorskip("rdflib")
    from scholargraph.pipeline.project import Project, build

    out = tmp_path / "out"
    build(Project(tmp_path), out, [EXAMPLE])
    graph = rdflib.Dataset()
    graph.parse(out / "graph.trig", format="trig")
    rows = graph.query(
        """
        PREFIX vivo: <http://vivoweb.org/ontology/core#>
        PREFIX sg: <https://w3id.org/scholargraph/ns#>
        PREFIX dcterms: <http://purl.org/dc/terms/>
        SELECT DISTINCT ?name ?rank ?complete WHERE { GRAPH ?g {
            ?work sg:sourceKey "UniKE_nips2024" ; sg:authorListComplete ?complete .
            ?authorship vivo:relates ?work ; vivo:rank ?rank ; sg:nameAsWritten ?name .
        } } ORDER BY ?rank
        """
    )
    got = [(str(name), int(rank), complete.toPython()) for name, rank, complete in rows]
    assert got == [("Kaihang Pan", 1, False), ("Zhaoyu Fan", 2, False), ("Juncheng Li", 3, False), ("Qianru Sun", 5, False)]


# --- 9. a missing file and a file of unknown type -------------------------------------


def test_missing_file_makes_the_cli_exit_2_naming_the_path(cli: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "homepage-qianru-sun-missing.txt"

    run = cli("build", missing, "--out", tmp_path / "out", cwd=tmp_path)

    assert run.exit_code == 2
    assert error_of(run).startswith(f"error: {missing}: no such file")
    with pytest.raises(SourceError, match="no such file") as raised:
        read_source(missing, "data/missing.txt")
    assert str(raised.value).startswith("data/missing.txt: ")


def test_unknown_file_type_makes_the_cli_exit_2_naming_the_path(cli: Cli, tmp_path: Path) -> None:
    page = write(tmp_path, EXAMPLE.read_bytes(), name="homepage-qianru-sun.docx")

    run = cli("build", page, "--out", tmp_path / "out", cwd=tmp_path)

    assert run.exit_code == 2
    assert error_of(run).startswith(f"error: {page}: not a source scholargraph can read")
    assert ".txt" in error_of(run)  # says which files it can read
    assert not (tmp_path / "out").exists()
    with pytest.raises(SourceError, match="not a source scholargraph can read") as raised:
        read(page)
    assert str(raised.value).startswith("homepage-qianru-sun.docx: ")


# --- line numbers are the ones an editor shows -----------------------------------------


@pytest.mark.parametrize("separator", ["\u2028", "\u0085", "\x0c"], ids=["U+2028", "U+0085", "form-feed"])
def test_line_numbers_count_newlines_only(tmp_path: Path, separator: str) -> None:
    """A line separator copied from a web page, inside the biography, must not shift later lines."""
    text = example_text()
    title_line = line_of(text, DEBLORA_TITLE)
    edited = replace_once(text, "Here is my faculty profile. ", "Here is my faculty profile." + separator)
    page = write(tmp_path, without_line(edited, DEBLORA_AUTHORS))
    assert page.read_bytes().split(b"\n")[title_line - 1].strip().decode() == DEBLORA_TITLE

    result = read(page)

    assert [p.origin.line for p in of_severity(result, Severity.VIOLATION)] == [title_line]
