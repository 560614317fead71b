"""The file sources on the full real inputs of the shared data folder, when it is beside the checkout.

The fixtures under tests/data are trimmed copies; here every source reads its whole real
file or site, and the counts are taken from the files themselves (lines starting with
``@``, numbers of pages), never from the readers. Skipped where the folder is absent.
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from scholargraph.model.records import PartialDate, Period, Person, Position, Severity, Supervision, Talk, Work
from scholargraph.pipeline.project import Project
from scholargraph.sources import read_source

ROOT = Path(__file__).resolve().parents[1]
SHARED = next((p / "shared" / "data" for p in (ROOT.parent, ROOT.parent.parent) if (p / "shared" / "data").is_dir()), None)
pytestmark = pytest.mark.skipif(SHARED is None, reason="the shared data folder is not beside this checkout")


def entries(path: Path) -> int:
    return sum(
        1 for line in path.read_text(encoding="utf-8").splitlines() if re.match(r"@\s*(?!comment\b)\w+", line, re.IGNORECASE)
    )


def records(folder: Path) -> Counter[type]:
    assert SHARED is not None
    found: Counter[type] = Counter()
    for source in Project(SHARED, sources=[str(folder.relative_to(SHARED))]).source_files():
        found.update(type(record) for record in read_source(source.path, source.shown_as, source.kind).records)
    return found


def test_full_group_bibliography() -> None:
    assert SHARED is not None
    path = SHARED / "bibtex" / "tu-braunschweig-ifn-group" / "ifn_spaml_bibliography.bib"
    result = read_source(path)
    # every entry but jensen2016algorithm, which lacks its closing brace
    assert entries(path) == 1855
    assert len([r for r in result.records if isinstance(r, Work)]) == 1855 - 1
    assert [p.origin.line for p in result.problems if p.severity is Severity.VIOLATION] == [7506]


def test_full_sites() -> None:
    assert SHARED is not None
    homepages = SHARED / "homepages"
    alfolio = records(homepages / "beier-zhu-alfolio")
    assert alfolio[Work] == entries(homepages / "beier-zhu-alfolio" / "_bibliography" / "papers.bib") == 45
    academicpages = homepages / "stuart-geiger-academicpages"
    found = records(academicpages)
    assert found[Work] == len(list((academicpages / "_publications").glob("*.md")))
    assert found[Talk] == len(list((academicpages / "_talks").glob("*.md")))
    hugo = homepages / "min-yen-kan-hugoblox" / "content"
    found = records(hugo.parent)
    assert found[Work] == len(list(hugo.glob("publication/*/index.md")))
    assert found[Person] == len(list(hugo.glob("authors/*/*index.md")))
    jekyll = homepages / "yaoyao-liu-jekyll"
    titles = sum(
        len(re.findall(r"^\s*- title:", p.read_text(encoding="utf-8"), re.MULTILINE)) for p in (jekyll / "_data").glob("*.yml")
    )
    assert records(jekyll)[Work] == titles


def test_every_bibtex_entry_of_the_shared_data_is_a_work_or_a_named_problem() -> None:
    """Counted from the files' text: entries (not @string, @preamble or @comment) = works + entries problems name."""
    assert SHARED is not None
    files = sorted(SHARED.rglob("*.bib"))
    assert len(files) > 150
    for path in files:
        text = path.read_text(encoding="utf-8")
        written = [
            match.group(2)
            for match in re.finditer(r"^\s*@\s*(\w+)\s*[{(]\s*([^,\s]*)", text, re.MULTILINE)
            if match.group(1).lower() not in ("string", "preamble", "comment")
        ]
        result = read_source(path)
        keys = {record.key for record in result.records if isinstance(record, Work)}
        missing = [key for key in written if key not in keys and not any(f"'{key}'" in p.message for p in result.problems)]
        assert not missing, f"{path.relative_to(SHARED)}: {missing}"


def test_every_dated_roster_row_keeps_its_dates() -> None:
    """The lab's five alumni CSVs: 181 rows; only the three whose Years cell says 'Unknown' have no date."""
    assert SHARED is not None
    periods: dict[tuple[str, int], Period] = {}
    for path in sorted((SHARED / "lab-roster-wing").glob("*.csv")):
        result = read_source(path)
        periods |= {(path.name, r.origin.line): r.period for r in result.records if isinstance(r, Position | Supervision)}
        warnings = [p.message for p in result.problems if p.severity is not Severity.INFO]
        assert len(warnings) == 1 and warnings[0].startswith("no row names a supervisor"), warnings  # set in scholargraph.toml
    assert len(periods) == 181
    undated = [where for where, period in periods.items() if period == Period(None)]
    assert undated == [("WING Alumni Roster - UG & UG Intern.csv", line) for line in (8, 26, 100)]
    graduate = "WING Alumni Roster - Graduate.csv"
    assert periods[(graduate, 2)] == Period(None, PartialDate(2022, 4))  # Doctoral Alumnus (Apr '22), April 2022
    assert periods[("WING Alumni Roster - Grad Intern.csv", 5)] == Period(PartialDate(2014, 2), PartialDate(2014, 5))
