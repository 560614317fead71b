"""The CSL-JSON source, on a real group bibliography converted by pandoc (tests/data/csl-json/SOURCE.md).

The count is the number of ``"id":`` keys in the file; fields are checked against the
same entries read from the BibTeX file pandoc converted (two independent parsers) and by hand.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from scholargraph.errors import SourceError
from scholargraph.model.records import Identifier, IdentifierScheme, Severity, Work, WorkKind
from scholargraph.sources import read_source, source_for

DATA = Path(__file__).resolve().parent / "data"
CSL = DATA / "csl-json" / "htw-erodner-group.json"
BIB = DATA / "bibtex" / "htw-erodner-group" / "paper.bib"


def works(path: Path, shown: str | None = None) -> dict[str, Work]:
    return {r.key: r for r in read_source(path, shown).records if isinstance(r, Work) and r.key}


def test_every_item_is_a_work_on_the_line_its_object_opens() -> None:
    assert source_for(CSL) == "csl-json"
    text = CSL.read_text(encoding="utf-8")
    assert text.count('"id":') == 40
    found = works(CSL)
    assert len(found) == 40
    # each item's line: the nearest "  {" line above its "id" line (pandoc writes one item per such block)
    lines = text.splitlines()
    for work in found.values():
        id_line = next(n for n, line in enumerate(lines) if line.strip() == f'"id": "{work.key}",')
        assert work.origin.line == max(n for n in range(id_line) if lines[n] == "  {") + 1


def test_items_agree_with_the_bibtex_they_were_converted_from() -> None:
    csl, bib = works(CSL), works(BIB)
    assert set(csl) <= set(bib)
    for key, work in csl.items():
        assert work.authors == bib[key].authors, key
        assert (work.year, work.doi) == (bib[key].year, bib[key].doi), key


def test_one_item_by_hand() -> None:
    schulze = works(CSL)["Schulze2026"]
    assert schulze.authors[4] == "Janik Großmann" and len(schulze.authors) == 10
    assert (schulze.year, schulze.doi, schulze.kind) == (2026, "10.1007/978-3-658-50065-8_14", WorkKind.CONFERENCE_PAPER)


def test_other_json_formats_are_not_taken_for_csl(tmp_path: Path) -> None:
    crossref = tmp_path / "crossref.json"
    crossref.write_text(json.dumps({"message": {"DOI": "10.1/x", "type": "journal-article", "title": ["T"], "id": 1}}))
    assert source_for(crossref) is None


def test_broken_item_and_broken_file(tmp_path: Path) -> None:
    items = [
        {
            "id": "ok",
            "type": "article-journal",
            "title": "Fine",
            "author": [{"literal": "Barnes and Noble"}],
            "issued": {"raw": "2020"},
        },
        {
            "id": "untitled",
            "type": "article-journal",
            "author": [{"family": "Doe", "given": "Jane", "ORCID": "https://orcid.org/0000-0002-1825-0097"}],
        },
        {
            "id": "orcid",
            "type": "paper-conference",
            "title": "With ORCID",
            "author": [{"family": "Doe", "given": "Jane", "ORCID": "https://orcid.org/0000-0002-1825-0097"}],
            "issued": {"date-parts": [[2021, 5]]},
        },
    ]
    path = tmp_path / "items.json"
    path.write_text(json.dumps(items, indent=2), encoding="utf-8")
    result = read_source(path, "items.json")
    found = works(path, "items.json")
    assert set(found) == {"ok", "orcid"}
    assert found["ok"].authors == ("Barnes and Noble",) and found["ok"].year == 2020
    assert found["orcid"].author_identifiers == ((Identifier(IdentifierScheme.ORCID, "0000-0002-1825-0097"),),)
    [violation] = [p for p in result.problems if p.severity is Severity.VIOLATION]
    assert "'untitled'" in violation.message and violation.origin.line == path.read_text().splitlines().index("  {", 2) + 1
    broken = tmp_path / "broken.json"
    broken.write_text(path.read_text().replace('"Fine",', '"Fine"'), encoding="utf-8")
    with pytest.raises(SourceError) as error:
        read_source(broken, "broken.json", kind="csl-json")
    assert error.value.path == "broken.json" and error.value.line in (5, 6)  # the comma after line 5 is missing
