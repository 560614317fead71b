"""Broken files never crash a reader: every kind of source, fed seeded mangles of a real file and degenerate
contents, gives records or a ``SourceError`` naming the file, nothing else (the HTML homepage reader has a larger
fuzz test of its own, ``test_sources_homepage_html_fuzz.py``)."""

from __future__ import annotations

import random
from pathlib import Path

import pytest

from mangling import mangle
from scholargraph.errors import SourceError
from scholargraph.model.records import SourceResult
from scholargraph.sources import SOURCE_KINDS, read_source

DATA = Path(__file__).parent / "data"
SITES = DATA / "homepages"
SAMPLES = {
    "homepage": DATA.parent.parent / "data" / "homepage-qianru-sun.txt",
    "mgp": DATA / "genealogy-mgp" / "17864.html",
    "homepage-html": DATA / "homepage-fuzz" / "structures.html",
    "bibtex": DATA / "bibtex" / "htw-erodner-group" / "paper.bib",
    "dblp": DATA / "dblp" / "person-pid.xml",
    "roster": DATA / "roster" / "yaoyao-liu-group.csv",
    "roster (yaml)": DATA / "roster" / "yaoyao-liu-group.yml",
    "jekyll-data": SITES / "yaoyao-liu-jekyll" / "_data" / "publications.yml",
    "orcid": DATA / "orcid" / "works-3.0.xml",
    "orcid (json)": DATA / "orcid" / "record-full-3.0.json",
    "openalex": DATA / "openalex" / "work.json",
    "crossref": DATA / "crossref" / "crossref-2025.jsonl",
    "academicpages": SITES / "stuart-geiger-academicpages" / "_publications" / "2014-01-03-ics-bots-bespoke-code.md",
    "hugo-publication": SITES / "min-yen-kan-hugoblox" / "content" / "publication" / "ding-etal-2023-cocoscisum" / "index.md",
    "hugo-author": SITES / "min-yen-kan-hugoblox" / "content" / "authors" / "kaizhe" / "index.md",
    "jekyll-config": SITES / "yaoyao-liu-jekyll" / "_config.yml",
    "csl-json": DATA / "csl-json" / "htw-erodner-group.json",
}
"""One real file per kind of source (two for the kinds read from two formats), by the kind's name (and format)."""
_DEBRIS = [
    b"{",
    b"}",
    b"[",
    b"]",
    b'"',
    b"'",
    b"\\",
    b"@",
    b"<",
    b">",
    b"&",
    b"%",
    b"#",
    b"=",
    b",",
    b": ",
    b"- ",
    b"---\n",
    b"\t",
    b"\r",
    b"\n\n",
    b"\x00",
    b"\xff\xfe",
    b"0000",
    b"99999",
    b"[" * 3000,
    b'{"a":' * 3000,
    b"- " * 3000,
]
DEGENERATE = [
    b"<!-- nothing -->",
    b"<!DOCTYPE html>",
    b"\x00",
    b"\xef\xbb\xbf",
    b"[]",
    b"{}",
    b"null",
    b"---\n---\n",
    b"@article{",
    b"name\n",
    b"[" * 5000,
    b"- " * 5000,
    b"\xff\xfe<\x00",
]
"""Contents that are hardly a file at all: a comment, a mark, an empty list, a header alone, nesting without end."""


def read_or_refuse(path: Path, kind: str) -> None:
    try:
        assert isinstance(read_source(path, "data/" + path.name, kind), SourceResult)
    except SourceError as error:
        assert str(error).startswith("data/" + path.name)


def _kind(sample: str) -> str:
    return sample.split(" (")[0]


def test_every_kind_of_source_has_a_sample() -> None:
    assert set(SOURCE_KINDS) == {_kind(sample) for sample in SAMPLES}


@pytest.mark.parametrize("sample", sorted(SAMPLES))
def test_mangled_sources_give_records_or_a_source_error(tmp_path: Path, sample: str) -> None:
    source, kind = SAMPLES[sample], _kind(sample)
    path = tmp_path / ("mangled" + source.suffix)
    for seed in range(25):
        path.write_bytes(mangle(source.read_bytes(), random.Random(f"{sample} {seed}"), _DEBRIS))
        read_or_refuse(path, kind)


@pytest.mark.parametrize("kind", sorted(SOURCE_KINDS))
def test_degenerate_files_give_records_or_a_source_error(tmp_path: Path, kind: str) -> None:
    path = tmp_path / ("degenerate" + SAMPLES[kind].suffix)
    for content in DEGENERATE:
        path.write_bytes(content)
        read_or_refuse(path, kind)
