"""Broken HTML never crashes the reader: seeded mangles of real pages give records or a ``SourceError``, nothing else."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

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


_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)[^<>]*>")


def mangle(data: bytes, rng: random.Random) -> bytes:
    """One of: cut short, a span removed, a span repeated, debris inserted, bytes flipped, a tag deleted (its
    element's content re-nested in the parent), a span moved elsewhere (re-nested) — applied 1–4 times."""
    for _ in range(rng.randint(1, 4)):
        at, size = rng.randrange(len(data) + 1), rng.randint(1, 2000)
        operation = rng.randrange(7)
        tags = list(_TAG.finditer(data)) if operation == 5 else []
        if tags:
            tag = rng.choice(tags)
            data = data[: tag.start()] + data[tag.end() :]
            continue
        if operation == 6:
            span = data[at : at + size]
            rest = data[:at] + data[at + size :]
            to = rng.randrange(len(rest) + 1)
            data = rest[:to] + span + rest[to:]
            continue
        if operation == 0:
            data = data[:at]
        elif operation == 1:
            data = data[:at] + data[at + size :]
        elif operation == 2:
            data = data[:at] + data[at : at + size] * rng.randint(2, 3) + data[at:]
        elif operation == 3:
            data = data[:at] + rng.choice(_DEBRIS) + data[at:]
        else:
            data = data[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 16))) + data[at + 16 :]
    return data


@pytest.mark.parametrize("seed", range(500))
def test_mangled_pages_give_records_or_a_source_error(tmp_path: Path, seed: int) -> None:
    rng = random.Random(seed)
    source = PAGES[seed % len(PAGES)]
    path = tmp_path / "mangled.html"
    path.write_bytes(mangle(source.read_bytes(), rng))
    try:
        result, reports = read_html_pages([(path, "mangled.html")], venues(), organizations())
    except SourceError as error:
        assert str(error).startswith("mangled.html")
        return
    assert result.path == "mangled.html"
    assert render_reports(reports).startswith("mangled.html")
