"""Broken HTML never crashes the reader: seeded mangles of real pages give records or a ``SourceError``, nothing else."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from mangling import mangle
from scholargraph.errors import SourceError
from scholargraph.identity.aliases import organizations, venues
from scholargraph.sources.homepage.html import read_html_pages
from scholargraph.sources.homepage.inspect import render_reports

DATA = Path(__file__).parent / "data"
PAGES = [
    *sorted(
        page for folder in ("homepage-html", "homepage-heldout", "homepage-heldout2") for page in (DATA / folder).rglob("*.html")
    ),
    DATA / "homepage-fuzz" / "structures.html",
]
_DEBRIS = [
    b"<li>",
    b"</div>",
    b"<!--",
    b"-->",
    b"<table><tr><td>",
    b"</ul></ol>",
    b"<h2>Publications",
    b"<script>",
    b'"',
    b"\xff\xfe",
    b"\x00",
    b"{{ x }}",
    b"<" * 50,
    b"<div>" * 300,
]


@pytest.mark.parametrize("seed", range(500))
def test_mangled_pages_give_records_or_a_source_error(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    source = PAGES[seed % len(PAGES)]
    path = tmp_path / "mangled.html"
    path.write_bytes(mangle(source.read_bytes(), rng, _DEBRIS, longest=2000, markup=True))
    try:
        result, reports = read_html_pages([(path, "mangled.html")], venues(), organizations())
    except SourceError as error:
        assert str(error).startswith("mangled.html")
        return
    assert result.path == "mangled.html"
    assert render_reports(reports).startswith("mangled.html")
