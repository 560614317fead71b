"""Hostile input: files and values made to crash, hang or mislead end in a message, and nothing else is lost.

One case per class: output that would run (formulas, markup, escape sequences), encodings
(byte-order marks, UTF-16 and UTF-32, a bad byte), limits (a huge CSV cell, a stray quote,
nesting, year 0, dates that do not exist), the walk of ``data/`` (a link that loops, an empty
file), messages (an update in a query file, a parameter given twice, a file whose kind
cannot be told), and builds that fail midway or run into one folder at once. Each runs the
real CLI on real-format files written to ``tmp_path`` and checks the message, the exit code,
and that the other sources and rows were still read, or that no build's outputs were mixed.
"""

from __future__ import annotations

import gzip
import html
import json
import os
import queue
import re
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from click.testing import Result

from conftest import Cli

DATA = Path(__file__).resolve().parent / "data"
BIBTEX = """@inproceedings{{{key},
  title = {{{title}}},
  author = {{Ann Lee and Bo Chen}},
  booktitle = {{CVPR}},
  year = {{2020}}
}}
"""


def build(cli: Cli, project: Path) -> Result:
    return cli("build", "-C", project, "--out", project / "build")


def bibtex(*titles: str) -> str:
    return "".join(BIBTEX.format(key=f"w{number}", title=title) for number, title in enumerate(titles))


def source_lines(result: Result) -> dict[str, str]:
    """Each source the build read, with what it said of it (``data/x.bib: 2 records → …``)."""
    lines = [line.strip() for line in result.stderr.splitlines() if line.startswith("  data/") and "quads" in line]
    return dict(line.split(": ", 1) for line in lines)


# --- output that runs -------------------------------------------------------------------


def test_query_output_cannot_run_formulas_markup_or_escape_sequences(cli: Cli, tmp_path: Path) -> None:
    titles = [
        '=HYPERLINK("http://evil.example","x")',
        "<script>alert(1)</script> | `x` [a](b)",
        "Clear \x1b[2J\x1b]0;owned\x07me",
        "Plain",
    ]
    graph = tmp_path / "graph.ttl"
    graph.write_text(
        "".join(f"<http://e/w{n}> <http://purl.org/dc/terms/title> {json.dumps(title)} .\n" for n, title in enumerate(titles)),
        encoding="utf-8",
    )
    query = tmp_path / "titles.rq"
    query.write_text("SELECT ?title WHERE { ?work <http://purl.org/dc/terms/title> ?title } ORDER BY ?title\n", encoding="utf-8")

    csv_run = cli("query", query, "--graph", graph, "--format", "csv")
    assert csv_run.exit_code == 0
    assert "'=HYPERLINK" in csv_run.stdout and "\n=" not in csv_run.stdout.replace("\r", "")
    md_run = cli("query", query, "--graph", graph, "--format", "md")
    assert md_run.exit_code == 0
    assert "<script>" not in md_run.stdout and "\\<script\\>" in md_run.stdout and "\\|" in md_run.stdout
    table = cli("query", query, "--graph", graph)
    assert table.exit_code == 0
    assert "\x1b" not in table.stdout and "\x07" not in table.stdout and "Clear me" in table.stdout
    assert "Plain" in table.stdout and "(4 rows)" in table.stdout  # no row lost to the escaping


# --- encodings ----------------------------------------------------------------------------


def test_utf16_and_utf32_sources_are_read_and_a_bad_byte_names_its_line(cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "utf16.bib").write_bytes(bibtex("Learning Things", "Seeing Things", "Doing Things").encode("utf-16"))
    (data / "utf16be.bib").write_bytes(bibtex("Big-Endian Things").encode("utf-16-be"))  # no mark: told by its NUL bytes
    roster = (DATA / "roster" / "yaoyao-liu-group.csv").read_text(encoding="utf-8")
    (data / "roster.csv").write_bytes(roster.encode("utf-16"))
    (data / "roster.yml").write_bytes((DATA / "roster" / "yaoyao-liu-group.yml").read_text(encoding="utf-8").encode("utf-32"))
    (data / "work.json").write_bytes((DATA / "openalex" / "work.json").read_text(encoding="utf-8").encode("utf-16"))
    orcid = (DATA / "orcid" / "works-3.0.xml").read_text(encoding="utf-8").replace('encoding="UTF-8"', 'encoding="UTF-16"')
    (data / "works.xml").write_bytes(orcid.encode("utf-16"))  # ORCID's XML, not its JSON: told in the file's encoding
    (data / "broken.bib").write_bytes(bibtex("Fine", "Caf\xe9").encode("latin-1"))  # not UTF-8: no guess

    result = build(cli, tmp_path)

    assert result.exit_code == 1
    assert "data/broken.bib:8: byte 0xe9 is not UTF-8 text; save the file as UTF-8" in result.stderr
    read = source_lines(result)
    assert read["data/utf16.bib"].startswith("3 records")
    assert read["data/utf16be.bib"].startswith("1 records")
    assert read["data/roster.csv"].startswith("16 records") and read["data/roster.yml"].startswith("16 records")
    assert read["data/work.json"].startswith("1 records") and read["data/works.xml"].startswith("3 records")


# --- limits -------------------------------------------------------------------------------


def test_limits_end_in_messages_and_the_other_rows_are_read(cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "roster.csv").write_text(
        "name,role,supervisor,start\n"
        "Ann Lee,PhD student,Bo Chen,2020-13\n"
        f"Cy Dee,PhD student,Bo Chen,{'x' * 140_000}\n"
        "Ed Fox,PhD student,Bo Chen,2021-02-30\n"
        "Gus Ho,PhD student,Bo Chen,2025-00\n"
        'Ian Jo,"PhD student,Bo Chen,2019\n'
        "Kim Li,PhD student,Bo Chen,2018\n"
        "Lu Ma,PhD student,Bo Chen,2017\n",
        encoding="utf-8",
    )
    (data / "people.yml").write_text("- name: Ann Lee\n  supervisor: Bo Chen\n  start: '0000-05'\n", encoding="utf-8")
    deep = '{"id": "https://openalex.org/W1", "title": "Deep", "x": ' + "[" * 100_000 + "]" * 100_000 + "}"
    (data / "deep.json").write_text(deep, encoding="utf-8")
    (data / "deep.jsonl").write_text('{"id": "https://openalex.org/W2", "title": "Fine"}\n' + deep + "\n", encoding="utf-8")
    (data / "deep.yml").write_text("- name: A\n  supervisor: B\n  x: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    (data / "items.json").write_text(
        json.dumps([{"id": "a", "type": "paper-conference", "title": "Zero", "issued": {"date-parts": [[0]]}}]),
        encoding="utf-8",
    )
    work = json.loads((DATA / "openalex" / "work.json").read_text(encoding="utf-8"))
    (data / "work.json").write_text(json.dumps({**work, "publication_year": 0}), encoding="utf-8")
    dblp = (DATA / "dblp" / "person-pid.xml").read_text(encoding="ascii")
    (data / "dblp.xml").write_text(re.sub(r"<year>\d{4}</year>", "<year>0000</year>", dblp, count=1), encoding="ascii")

    result = build(cli, tmp_path)

    assert result.exit_code == 1
    err = result.stderr
    assert "data/roster.csv:2: warning: Ann Lee: column 'start' '2020-13' is not a date that exists" in err
    assert "only its year 2020 is kept" in err
    assert "data/roster.csv:3: violation: this row cannot be read (field larger than field limit" in err
    assert "data/roster.csv:4: warning: Ed Fox: column 'start' '2021-02-30' is not a date that exists" in err
    assert "data/roster.csv:5: warning: Gus Ho: column 'start' '2025-00' is not a date that exists" in err
    assert "data/roster.csv:6: warning: this row runs over lines 6-8" in err
    assert "data/people.yml:1: warning: Ann Lee: column 'start' '0000-05' has the year 0" in err
    assert "data/deep.json: is nested too deep to read" in err and "data/deep.yml: is nested too deep to read" in err
    assert "data/deep.jsonl:2: violation: this line is not JSON (nested too deep to read" in err
    assert "data/items.json:1: warning" in err and "has no year" in err
    assert "has no valid year (0)" in err and "has no valid year ('0000')" in err
    read = source_lines(result)
    # Ann, Ed, Gus, and Ian with the rows his stray quote took in; Cy's row is the one skipped
    assert read["data/roster.csv"].startswith("9 records → 4 people")
    assert read["data/people.yml"].startswith("2 records") and read["data/items.json"].startswith("1 records")
    assert read["data/work.json"].startswith("1 records") and read["data/dblp.xml"].startswith("3 records")
    assert read["data/deep.jsonl"].startswith("2 records → 1 work, 1 skipped")


def test_a_date_that_does_not_exist_unquoted_in_yaml_and_a_year_run_on_are_warnings(cli: Cli, tmp_path: Path) -> None:
    """YAML reads an unquoted ``2021-02-30`` as a date and fails; ``20200`` is no year 2020."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "people.yml").write_text(
        "- name: Ann Lee\n  supervisor: Bo Chen\n  start: 2021-02-30\n"
        "- name: Cy Dee\n  supervisor: Bo Chen\n  start: 2019-09-01\n",
        encoding="utf-8",
    )
    (data / "roster.csv").write_text(
        "name,role,supervisor,start\nEd Fox,PhD student,Bo Chen,20200\nGus Ho,PhD student,Bo Chen,2018\n", encoding="utf-8"
    )

    result = build(cli, tmp_path)

    assert result.exit_code == 0, result.stderr
    err = result.stderr
    assert "data/people.yml:1: warning: Ann Lee: column 'start' '2021-02-30' is not a date that exists" in err
    assert "data/roster.csv:2: warning: Ed Fox: column 'start' '20200' is not a date; write 2018, 2018-08 or Aug 2018" in err
    read = source_lines(result)
    assert read["data/people.yml"].startswith("4 records → 2 people") and read["data/roster.csv"].startswith("4 records")
    graph = (tmp_path / "build" / "graph.ttl").read_text(encoding="utf-8")
    assert '"2019-09-01"^^xsd:date' in graph and '"2021"^^xsd:gYear' in graph and '"2020"^^xsd:gYear' not in graph


def test_a_bibtex_or_csl_date_that_does_not_exist_is_a_warning_and_its_year_is_kept(cli: Cli, tmp_path: Path) -> None:
    """BibTeX ``date`` or ``year`` with ``month``, CSL ``issued`` as date-parts or raw: a work has a year and no date, so
    the year is kept and the rest is named, with its line; a date that exists says nothing."""
    data = tmp_path / "data"
    data.mkdir()
    fields = [
        "date = {2021-02-30}",
        "year = {2020},\n  month = {13}",
        "year = {2025},\n  month = {0}",
        "year = {2019},\n  month = feb",
    ]
    (data / "papers.bib").write_text(
        "".join(
            BIBTEX.format(key=f"d{n}", title=f"Dated Work {n}").replace("year = {2020}", written)
            for n, written in enumerate(fields)
        ),
        encoding="utf-8",
    )
    item = {"type": "paper-conference", "author": [{"family": "Lee", "given": "Ann"}]}
    issued = [
        {"date-parts": [[2021, 2, 30]]},
        {"raw": "2020-13"},
        {"date-parts": [["2025", "0"]]},
        {"date-parts": [[2018, 2, 28]]},
    ]
    (data / "items.json").write_text(
        "[\n"
        + ",\n".join(
            json.dumps({**item, "id": f"c{n}", "title": f"Issued Work {n}", "issued": date}) for n, date in enumerate(issued)
        )
        + "\n]\n",
        encoding="utf-8",
    )

    result = build(cli, tmp_path)

    assert result.exit_code == 0, result.stderr
    err = result.stderr
    gone = "is not a date that exists (no such month or day); only its year"
    assert f"data/papers.bib:5: warning: entry 'd0': field date '2021-02-30' {gone} 2021 is kept" in err
    assert f"data/papers.bib:12: warning: entry 'd1': year and month '2020-13' {gone} 2020 is kept" in err
    assert f"data/papers.bib:19: warning: entry 'd2': year and month '2025-00' {gone} 2025 is kept" in err
    assert f"data/items.json:2: warning: item 'c0': issued '2021-02-30' {gone} 2021 is kept" in err
    assert f"data/items.json:3: warning: item 'c1': issued '2020-13' {gone} 2020 is kept" in err
    assert f"data/items.json:4: warning: item 'c2': issued '2025-00' {gone} 2025 is kept" in err
    assert err.count(gone) == 6  # not the dates that exist
    read = source_lines(result)
    assert read["data/papers.bib"].startswith("4 records → 4 works") and read["data/items.json"].startswith("4 records → 4 works")
    graph = (tmp_path / "build" / "graph.ttl").read_text(encoding="utf-8")
    for year in ("2021", "2020", "2025", "2019", "2018"):
        assert f'"{year}"^^xsd:gYear' in graph, year


# --- the source walk ------------------------------------------------------------------------


def test_a_link_loop_ends_and_an_empty_file_is_its_own_error(cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "sub").mkdir(parents=True)
    (data / "sub" / "papers.bib").write_text(bibtex("Looped Things"), encoding="utf-8")
    (data / "sub" / "up").symlink_to("..")
    (data / "sub" / "again").symlink_to(data / "sub")
    (data / "empty.bib").write_bytes(b"")
    (data / "empty.html").write_bytes(b"")
    (data / "blank.csv").write_text("\n  \n", encoding="utf-8")

    result = build(cli, tmp_path)

    assert result.exit_code == 1
    for empty in ("data/empty.bib", "data/blank.csv", "data/empty.html"):
        assert f"{empty}: the file is empty" in result.stderr
    assert source_lines(result) == {"data/sub/papers.bib": source_lines(result)["data/sub/papers.bib"]}  # read once
    assert "3 source(s) could not be read and are not in the graph: data/blank.csv, data/empty.bib, data/empty.html" in (
        result.stderr
    )


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_an_unreadable_file_is_an_error_for_that_file_only(cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "papers.bib").write_text(bibtex("Readable Things"), encoding="utf-8")
    locked = data / "roster.csv"
    locked.write_text("name,role\nAnn Lee,PhD student\n", encoding="utf-8")
    locked.chmod(0)
    try:
        result = build(cli, tmp_path)
    finally:
        locked.chmod(0o644)
    assert result.exit_code == 1
    assert "data/roster.csv: cannot be read: Permission denied" in result.stderr
    assert source_lines(result)["data/papers.bib"].startswith("1 records")


# --- messages -------------------------------------------------------------------------------


def test_a_file_whose_kind_cannot_be_told_says_why_and_a_gzipped_one_is_read(cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    works = (DATA / "orcid" / "works-3.0.xml").read_text(encoding="utf-8")
    declaration, rest = works.split("?>", 1)
    padding = "<!-- a long internal subset -->\n" * 2000
    (data / "works.xml").write_text(f"{declaration}?>\n<!DOCTYPE works [\n{padding}]>{rest}", encoding="utf-8")
    result = build(cli, tmp_path)
    assert result.exit_code == 2
    assert "data/works.xml: its DOCTYPE declaration runs past its first 8 KB" in result.stderr
    assert 'kind = "dblp" or "orcid"' in result.stderr

    (data / "works.xml").unlink()
    (data / "dblp.xml").write_bytes(gzip.compress((DATA / "dblp" / "person-pid.xml").read_bytes()))
    result = build(cli, tmp_path)
    assert result.exit_code == 0, result.stderr
    assert source_lines(result)["data/dblp.xml"].startswith("3 records")


def test_no_sources_found_names_the_files_named_like_sources_that_are_none(cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "data"
    (data / "sub").mkdir(parents=True)
    (data / "notes.json").write_text('[{"id": "x", "label": "no kind of source"}]', encoding="utf-8")
    (data / "sub" / "feed.xml").write_text("<rss><channel/></rss>", encoding="utf-8")
    (data / "sub" / "up").symlink_to("..")  # the walk that names them ends too
    (data / "photo.png").write_bytes(b"\x89PNG\r\n")  # named like no source: not named
    result = build(cli, tmp_path)
    assert result.exit_code == 2
    assert "data/: no sources found; the name of data/notes.json, data/sub/feed.xml says a source, but its start is no kind" in (
        result.stderr
    )
    assert 'name its kind in scholargraph.toml: sources = [{ path = "data/notes.json", kind = "…" }]' in result.stderr


def test_files_named_like_sources_that_are_none_are_named_beside_sources_that_are(cli: Cli, tmp_path: Path) -> None:
    """Each is a warning with the line that names its kind; the sources beside them are read, and a file named like no
    source, or one ``scholargraph.toml`` names with its kind, is not among them."""
    data = tmp_path / "data"
    (data / "sub").mkdir(parents=True)
    (data / "papers.bib").write_text(bibtex("Learning Things"), encoding="utf-8")
    (data / "notes.json").write_text('[{"id": "x", "label": "no kind of source"}]', encoding="utf-8")
    (data / "sub" / "feed.xml").write_text("<rss><channel/></rss>", encoding="utf-8")
    (data / "sub" / "up").symlink_to("..")  # the walk that names them ends too
    (data / "people.csv").write_text("name,role,supervisor\nAnn Lee,PhD student,Bo Chen\n", encoding="utf-8")
    (data / "alumni.csv").write_text("name,start\nCy Dee,2019\n", encoding="utf-8")  # named in scholargraph.toml
    (data / "photo.png").write_bytes(b"\x89PNG\r\n")  # named like no source: not named
    (data / "SOURCE.md").write_text("# Where these files came from\n", encoding="utf-8")  # prose: not named either
    (tmp_path / "scholargraph.toml").write_text(
        'sources = ["data", { path = "data/alumni.csv", kind = "roster", supervisor = "Bo Chen" }]\n', encoding="utf-8"
    )

    result = build(cli, tmp_path)

    assert result.exit_code == 0, result.stderr
    err = result.stderr
    none = "its name says a source, but its start is no kind of source scholargraph reads, so it is not read"
    for shown in ("data/notes.json", "data/sub/feed.xml"):
        told = f'{shown}:1: warning: {none}; if it is one, name its kind in scholargraph.toml: sources = [{{ path = "{shown}"'
        assert f'{told}, kind = "…" }}]' in err
    assert '(a .json file may be "orcid", "openalex", "crossref" or "csl-json")' in err
    assert err.count(none) == 2  # each once, though the walk meets data/sub again through its link
    read = source_lines(result)
    assert sorted(read) == ["data/alumni.csv", "data/papers.bib", "data/people.csv"]
    assert read["data/papers.bib"].startswith("1 records")
    assert read["data/people.csv"].startswith("2 records → 1 person, 1 supervision")


@pytest.mark.parametrize("update", ["LOAD <http://evil.example/graph.ttl>", "INSERT DATA { <a:b> <a:c> <a:d> }"])
def test_an_update_in_a_query_file_is_refused(cli: Cli, tmp_path: Path, update: str) -> None:
    graph = tmp_path / "graph.ttl"
    graph.write_text("<http://e/a> <http://e/b> <http://e/c> .\n", encoding="utf-8")
    query = tmp_path / "update.rq"
    query.write_text(f"# title: not a query\nPREFIX e: <http://e/>\n{update}\n", encoding="utf-8")
    result = cli("query", query, "--graph", graph)
    assert result.exit_code == 2
    assert f"this is a SPARQL update ({update.split()[0]} …)" in result.stderr and "refused" in result.stderr


def test_a_parameter_given_twice_is_an_error_naming_it(cli: Cli, tmp_path: Path) -> None:
    result = cli("query", "publications", "-p", "person=Ann Lee", "-p", "person=Bo Chen", "-C", tmp_path)
    assert result.exit_code == 2
    assert "parameter 'person' is given twice" in result.stderr


def test_a_query_file_makes_no_request_to_another_host_unless_allowed(cli: Cli, tmp_path: Path) -> None:
    graph = tmp_path / "graph.ttl"
    graph.write_text("<http://e/a> <http://e/b> <http://e/c> .\n", encoding="utf-8")
    query = tmp_path / "remote.rq"
    query.write_text("SELECT * WHERE { # a comment\rSERVICE<http://127.0.0.1:9/sparql> { ?s ?p ?o } }\n", encoding="utf-8")
    refused = cli("query", query, "--graph", graph)
    assert refused.exit_code == 2
    assert "SERVICE <http://127.0.0.1:9/sparql> is refused" in refused.stderr and "--allow-service" in refused.stderr
    allowed = cli("query", query, "--graph", graph, "--allow-service", "127.0.0.1")
    assert "is refused" not in allowed.stderr  # let through: the request is made (and fails: nothing listens there)


def test_a_query_file_fetches_no_graph_it_names_and_a_service_not_answering_sparql_is_a_message(cli: Cli, tmp_path: Path) -> None:
    """``FROM <url>`` names a graph of the store, in either engine (rdflib would download it); an allowed SERVICE
    answering a web page is an error naming it, not a traceback."""
    from test_publish_server import listener

    graph = tmp_path / "graph.ttl"
    graph.write_text("<http://e/a> <http://e/b> <http://e/c> .\n", encoding="utf-8")
    with listener() as (target, hits):
        named = tmp_path / "named.rq"
        named.write_text(f"SELECT * FROM <{target}> FROM NAMED <{target}/2> WHERE {{ ?s ?p ?o }}\n", encoding="utf-8")
        for store in ("oxigraph", "memory"):
            result = cli("query", named, "--graph", graph, "--store", store)
            assert result.exit_code == 0 and "(0 rows)" in result.stdout, (store, result.stderr)
        assert hits == []
        remote = tmp_path / "remote.rq"
        remote.write_text(f"SELECT * WHERE {{ SERVICE <{target}> {{ ?s ?p ?o }} }}\n", encoding="utf-8")
        result = cli("query", remote, "--graph", graph, "--allow-service", "127.0.0.1")
        assert result.exit_code == 2
        assert (
            f"{remote}: the query failed while running: Unsupported Content-Type returned by service <{target}>" in result.stderr
        )
        assert len(hits) == 1  # the one request allowed


def test_link_fields_a_browser_would_run_are_warnings_and_reach_no_graph(cli: Cli, tmp_path: Path) -> None:
    """BibTeX, a Jekyll data file and CSL JSON: a javascript:, vbscript:, data: or file: link (any case) is left out with a
    warning naming the field, and the work and its other links are kept."""
    data = tmp_path / "data"
    data.mkdir()
    entry = BIBTEX.format(key="bib", title="Learning Things").replace(
        "year = {2020}", "year = {2020},\n  pdf = {JavaScript:alert(1)},\n  code = {https://code.example.org/x}"
    )
    (data / "papers.bib").write_text(entry, encoding="utf-8")
    (data / "publications.yml").write_text(
        "- title: Seeing Things\n  authors: Ann Lee and Bo Chen\n  venue: CVPR\n  year: 2021\n"
        "  slides: VBScript:msgbox(2)\n  video: https://video.example.org/y\n",
        encoding="utf-8",
    )
    item = {"id": "c", "type": "paper-conference", "title": "Doing Things", "author": [{"family": "Lee", "given": "Ann"}]}
    (data / "items.json").write_text(json.dumps([{**item, "issued": {"date-parts": [[2022]]}, "URL": "FILE:///etc/passwd"}]))

    result = build(cli, tmp_path)

    assert result.exit_code == 0, result.stderr
    err = result.stderr
    run = "address, which a browser would run or read from its machine; it is left out: write an http or https address"
    assert f"data/papers.bib:6: warning: entry 'bib': field pdf 'JavaScript:alert(1)' is a javascript: {run}" in err
    assert f"data/publications.yml:1: warning: slides 'VBScript:msgbox(2)' is a vbscript: {run}" in err
    assert f"data/items.json:1: warning: URL 'FILE:///etc/passwd' is a file: {run}" in err
    graph = (tmp_path / "build" / "graph.ttl").read_text(encoding="utf-8")
    assert not re.search(r"script:|file:", graph, re.IGNORECASE)
    assert "<https://code.example.org/x>" in graph and "<https://video.example.org/y>" in graph
    assert all(title in graph for title in ("Learning Things", "Seeing Things", "Doing Things"))


def test_homepage_links_a_browser_would_run_or_cannot_read_are_no_web_links(cli: Cli, tmp_path: Path) -> None:
    """Links that run (any case, with a tab inside) never reach the graph; a malformed one is kept as text, not a
    traceback; a space inside a link is part of its address, not taken out (which made ``exa mple.org`` example.org)."""
    links = [
        ("PDF", "JavaScript:alert(1)"),
        ("Code", "java\tscript:alert(2)"),
        ("Data", "DATA:text/html,<script>alert(3)</script>"),
        ("VB", "VBScript:msgbox(4)"),
        ("File", "FILE:///etc/passwd"),
        ("Bad", "http://[::1"),
        ("Slides", "papers/my slides.pdf"),
        ("Web", "https://exa mple.org/x"),
    ]
    anchors = " ".join(f'<a href="{html.escape(url)}">[{label}]</a>' for label, url in links)
    data = tmp_path / "data"
    data.mkdir()
    (data / "home.html").write_text(
        '<!DOCTYPE html><html><head><title>Ann Lee</title><base href="https://ann.example.org/~ann/"></head><body>'
        "<h1>Ann Lee</h1><p>PhD student at Example University.</p><h2>Publications</h2><ul>"
        f"<li>Ann Lee, Bo Chen. <b>Learning Things Well Today</b>. CVPR 2020. {anchors}</li>"
        "<li>Ann Lee, Cy Dee. <b>Seeing Things Clearly Now</b>. ICCV 2021.</li></ul></body></html>",
        encoding="utf-8",
    )

    result = build(cli, tmp_path)

    assert result.exit_code == 0, result.stderr
    assert source_lines(result)["data/home.html"].startswith("3 records → 1 person, 2 works")
    graph = (tmp_path / "build" / "graph.ttl").read_text(encoding="utf-8")
    assert not re.search(r"script:|data:|file:", graph, re.IGNORECASE)
    assert "<https://ann.example.org/~ann/papers/my%20slides.pdf>" in graph and 'sg:urlAsWritten "http://[::1"' in graph
    assert "example.org/x" not in graph


def test_homepage_links_a_browser_would_run_are_each_a_warning_at_their_line(cli: Cli, tmp_path: Path) -> None:
    """Both citation readers (the rules and the trained model) read every entry; each such link is told once, at the
    line of its entry, and the work and its other links are kept."""
    data = tmp_path / "data"
    data.mkdir()
    (data / "home.html").write_text(
        "<!DOCTYPE html><html><head><title>Ann Lee</title></head><body>\n<h1>Ann Lee</h1>\n"
        "<p>PhD student at Example University.</p>\n<h2>Publications</h2>\n<ul>\n"
        '<li>Ann Lee, Bo Chen. <b>Learning Things Well Today</b>. CVPR 2020. <a href="JavaScript:alert(1)">[PDF]</a>\n'
        '<a href="https://code.example.org/x">[Code]</a> <a href="javascript:void(0);">[Abstract]</a></li>\n'
        "<li>Ann Lee, Cy Dee. <b>Seeing Things Clearly Now</b>. ICCV 2021.\n"
        '<a href="DATA:text/html,x">[Data]</a> <a href="vbscript:msgbox(2)">[VB]</a> <a href="file:///etc/passwd">[File]</a>'
        "</li>\n</ul></body></html>\n",
        encoding="utf-8",
    )

    result = build(cli, tmp_path)

    assert result.exit_code == 0, result.stderr
    run = "address, which a browser would run or read from its machine; it is left out: write an http or https address"
    told = [
        f"data/home.html:6: warning: link [PDF] 'JavaScript:alert(1)' is a javascript: {run}",
        f"data/home.html:9: warning: link [Data] 'DATA:text/html,x' is a data: {run}",
        f"data/home.html:9: warning: link [VB] 'vbscript:msgbox(2)' is a vbscript: {run}",
        f"data/home.html:9: warning: link [File] 'file:///etc/passwd' is a file: {run}",
    ]
    for message in told:
        assert result.stderr.count(message) == 1, (message, result.stderr)
    assert "Abstract" not in result.stderr  # a theme's toggle that runs nothing is no warning
    assert source_lines(result)["data/home.html"].startswith("3 records → 1 person, 2 works")
    graph = (tmp_path / "build" / "graph.ttl").read_text(encoding="utf-8")
    assert not re.search(r"script:|data:|file:", graph, re.IGNORECASE) and "<https://code.example.org/x>" in graph


def test_homepage_content_nested_too_deep_is_a_warning_at_its_line(cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    head = (
        "<!DOCTYPE html><html><head><title>Bo Chen</title></head><body>\n<h1>Bo Chen</h1>\n"
        "<p>Professor at Example University.</p>\n<h2>Publications</h2>\n"
        "<ul><li>Bo Chen, Gus Ho. <b>Shallow Things Here Now</b>. CVPR 2019.</li></ul>\n"
    )
    deep = "<div>\n" * 300 + "<h2>Talks</h2><ul><li>Deep Down Things, at CVPR 2022.</li></ul>\n" + "</div>\n" * 300
    (data / "deep.html").write_text(head + deep + "</body></html>\n", encoding="utf-8")

    result = build(cli, tmp_path)

    assert result.exit_code == 0, result.stderr
    found = re.search(r"data/deep\.html:(\d+): warning: the markup here nests over 200 elements deep", result.stderr)
    assert found and int(found[1]) > head.count("\n") + 190  # where it nests that deep, not the page's start
    assert source_lines(result)["data/deep.html"].startswith("2 records → 1 person, 1 work")


# --- identifiers that are no IRI as written -------------------------------------------------


def test_a_sici_doi_stays_whole_and_its_iri_is_percent_encoded(cli: Cli, tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    sici = "10.1002/(SICI)1097-4571(199806)49:8<693::AID-ASI4>3.0.CO;2-O"
    entry = BIBTEX.format(key="sici", title="A SICI paper").replace("year = {2020}", f"year = {{2020}},\n  doi = {{{sici}}}")
    (data / "papers.bib").write_text(entry, encoding="utf-8")

    result = build(cli, tmp_path)

    assert result.exit_code == 0, result.stderr
    graph = (tmp_path / "build" / "graph.trig").read_text(encoding="utf-8")
    assert json.dumps(sici.lower()) in graph
    assert "<https://doi.org/10.1002/(sici)1097-4571(199806)49:8%3C693::aid-asi4%3E3.0.co;2-o>" in graph


def test_dois_holding_characters_no_iri_may_hold_stay_whole_and_apart(cli: Cli, tmp_path: Path) -> None:
    """``{ } | \\ ^ [ ]``, a quote, a bad ``%xx``: each DOI is kept as written and its doi.org IRI percent-encoded; no two
    works merge and none is lost."""
    dois = ["10.1000/a{b}c", "10.1000/a|b", "10.1000/a\\b", "10.1000/a^b", "10.1000/a[1]b", '10.1000/a"b', "10.1000/a%zzb"]
    data = tmp_path / "data"
    data.mkdir()
    (data / "papers.bib").write_text(
        "".join(
            BIBTEX.format(key=f"d{n}", title=f"Work Number {n}").replace("year = {2020}", f"year = {{2020}},\n  doi = {{{doi}}}")
            for n, doi in enumerate(dois)
        ),
        encoding="utf-8",
    )

    result = build(cli, tmp_path)

    assert result.exit_code == 0, result.stderr
    assert source_lines(result)["data/papers.bib"].startswith(f"{len(dois)} records → {len(dois)} works")
    graph = (tmp_path / "build" / "graph.ttl").read_text(encoding="utf-8")
    for encoded in ("a%7Bb%7Dc", "a%7Cb", "a%5Cb", "a%5Eb", "a%5B1%5Db", "a%22b", "a%25zzb"):
        assert f"<https://doi.org/10.1000/{encoded}>" in graph, encoded


def test_a_doi_field_holding_a_space_is_a_warning_naming_what_was_read(cli: Cli, tmp_path: Path) -> None:
    """BibTeX, CSL JSON and a Jekyll data file: the DOI is read up to the space and what follows is named, with the
    line, instead of being cut off without a word; a DOI after ``doi:`` and a space is no such case."""
    data = tmp_path / "data"
    data.mkdir()
    written = ["10.1000/Abc def", "doi: 10.1000/whole"]
    (data / "papers.bib").write_text(
        "".join(
            BIBTEX.format(key=f"s{n}", title=f"Spaced Work {n}").replace("year = {2020}", f"year = {{2020}},\n  doi = {{{doi}}}")
            for n, doi in enumerate(written)
        ),
        encoding="utf-8",
    )
    item = {"type": "paper-conference", "author": [{"family": "Lee", "given": "Ann"}], "issued": {"date-parts": [[2022]]}}
    (data / "items.json").write_text(json.dumps([{**item, "id": "c", "title": "Cited Work", "DOI": "10.1000/xyz 123"}]))
    (data / "publications.yml").write_text(
        "- title: Listed Work\n  authors: Ann Lee\n  venue: CVPR\n  year: 2021\n  doi: 10.1000/uvw (preprint)\n",
        encoding="utf-8",
    )

    result = build(cli, tmp_path)

    assert result.exit_code == 0, result.stderr
    err = result.stderr
    assert (
        "data/papers.bib:6: warning: entry 's0': field doi '10.1000/Abc def' holds a space: only '10.1000/Abc' is read as "
        "its DOI; if 'def' is part of it, take the space out, else remove 'def'" in err
    )
    assert "data/items.json:1: warning: DOI '10.1000/xyz 123' holds a space: only '10.1000/xyz' is read as its DOI" in err
    assert "data/publications.yml:1: warning: doi '10.1000/uvw (preprint)' holds a space: only '10.1000/uvw' is read" in err
    assert err.count("holds a space") == 3  # not 'doi: 10.1000/whole'
    read = source_lines(result)
    assert read["data/papers.bib"].startswith("2 records → 2 works") and read["data/items.json"].startswith("1 records")
    graph = (tmp_path / "build" / "graph.ttl").read_text(encoding="utf-8")
    for found in ("10.1000/abc", "10.1000/whole", "10.1000/xyz", "10.1000/uvw"):
        assert f"<https://doi.org/{found}>" in graph, found


# --- builds that fail midway or share a folder -----------------------------------------------


def published_project(folder: Path, name: str, *titles: str) -> Path:
    """A project with one BibTeX source, ``data/<name>.bib``, building its site too."""
    (folder / "data").mkdir(parents=True)
    (folder / "data" / f"{name}.bib").write_text(bibtex(*titles), encoding="utf-8")
    (folder / "scholargraph.toml").write_text("[publish]\nsite = true\n", encoding="utf-8")
    return folder


def outputs(out: Path) -> dict[str, bytes]:
    """Every file under ``out`` (hidden and staged ones too), by relative path."""
    return {path.relative_to(out).as_posix(): path.read_bytes() for path in sorted(out.rglob("*")) if path.is_file()}


def _fail_swapping_the_site(monkeypatch: pytest.MonkeyPatch) -> None:
    """Renaming a staged file into ``site/`` fails: the graph files, reports and page are swapped in by then."""
    replace = os.replace

    def failing(source: str | os.PathLike[str], target: str | os.PathLike[str]) -> None:
        if Path(target).parent.name == "site":
            raise OSError("disk full")
        replace(source, target)

    monkeypatch.setattr(os, "replace", failing)


def _fail(message: str) -> object:
    def raising(*args: object) -> None:
        raise OSError(message)

    return raising


@pytest.mark.parametrize("failing", ["page", "site", "swap"])
def test_a_build_failing_before_all_its_outputs_are_in_leaves_the_previous_build_whole(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, failing: str
) -> None:
    """Drawing the page, rendering the site, or swapping the site in fails: every earlier output is the previous one."""
    project = published_project(tmp_path, "papers", "First Things")
    assert build(cli, project).exit_code == 0
    before = outputs(project / "build")
    assert "coauthors.html" in before and "site/index.html" in before and "validation.json" in before
    (project / "data" / "papers.bib").write_text(bibtex("First Things", "Second Things"), encoding="utf-8")
    if failing == "swap":
        _fail_swapping_the_site(monkeypatch)
    else:
        target = {"page": "build_page", "site": "render_site"}[failing]
        monkeypatch.setattr(f"scholargraph.pipeline.sinks.{target}", _fail("disk full"))

    result = build(cli, project)

    assert result.exit_code == 2 and "error: disk full" in result.stderr

    assert outputs(project / "build") == before  # nothing new, nothing staged left behind
    monkeypatch.undo()
    assert build(cli, project).exit_code == 0
    after = outputs(project / "build")
    assert after.keys() > before.keys()  # the second work's pages
    assert all(b"Second Things" in after[name] for name in ("graph.trig", "coauthors.html", "site/index.html"))


def _start_build(project: Path, out: Path) -> subprocess.Popen[str]:
    command = [sys.executable, "-m", "scholargraph", "build", "-C", str(project), "--out", str(out)]
    return subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)


def _of_one_project(out: Path, titles: dict[str, str]) -> str:
    """The project whose outputs ``out`` holds (told by its title): all of them from it, and nothing staged left."""
    files = outputs(out)
    (winner,) = (project for project, title in titles.items() if title.encode() in files["graph.trig"])
    for name in ("graph.ttl", "graph.jsonld", "coauthors.html", "site/index.html", "site/dump/graph.ttl"):
        assert [project for project, title in titles.items() if title.encode() in files[name]] == [winner], name
    sources = json.loads(files["validation.json"])["sources"]
    assert [source["path"] for source in sources] == [f"data/{winner}.bib"]
    assert [name for name in files if Path(name).name.startswith(".")] == ["site/.htaccess"]
    return winner


def test_two_builds_into_one_folder_at_once_leave_one_projects_outputs_whole(tmp_path: Path) -> None:
    titles = {"ann": "Works Of Ann", "cy": "Works Of Cy"}
    projects = {name: published_project(tmp_path / name, name, title) for name, title in titles.items()}
    out = tmp_path / "shared"
    for _ in range(3):
        builds = [_start_build(project, out) for project in projects.values()]
        for running in builds:
            _, errors = running.communicate(timeout=300)
            assert running.returncode == 0, errors
        _of_one_project(out, titles)


def test_a_build_waits_for_the_one_swapping_into_its_folder(tmp_path: Path) -> None:
    """While the folder's lock is held, a build says it waits and writes nothing; it lands once the lock is let go."""
    from scholargraph.rdf.files import locked

    project = published_project(tmp_path / "ann", "ann", "Works Of Ann")
    out = tmp_path / "shared"
    out.mkdir()
    lines: queue.Queue[str | None] = queue.Queue()
    with locked(out, lambda message: None):
        running = _start_build(project, out)
        stream = running.stderr
        assert stream is not None

        def pump() -> None:
            for said in stream:
                lines.put(said)
            lines.put(None)  # the build ended

        threading.Thread(target=pump, daemon=True).start()
        said: str | None = ""
        while said is not None and "waiting for the build running in" not in said:
            said = lines.get(timeout=300)
        assert said is not None, f"the build ended without waiting: {outputs(out).keys()}"
        assert said.strip() == f"waiting for the build running in {out}"
        assert running.poll() is None and outputs(out) == {}
    assert running.wait(timeout=300) == 0
    assert _of_one_project(out, {"ann": "Works Of Ann"}) == "ann"


def test_site_alone_waits_for_a_build_swapping_into_the_build_folder(tmp_path: Path) -> None:
    """`scholargraph site` writes into build/site only when no build holds build/'s lock, so the two never interleave."""
    from scholargraph.rdf.files import locked

    project = published_project(tmp_path / "ann", "ann", "Works Of Ann")
    assert (
        subprocess.run([sys.executable, "-m", "scholargraph", "build", "-C", str(project)], capture_output=True).returncode == 0
    )
    site = project / "build" / "site"
    shutil.rmtree(site)
    with locked(project / "build", lambda message: None):
        command = [sys.executable, "-m", "scholargraph", "site", "-C", str(project)]
        running = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        assert running.stderr is not None
        said = running.stderr.readline()
        assert said.strip() == f"waiting for the build running in {project / 'build'}"
        assert running.poll() is None and not site.exists()
    assert running.wait(timeout=300) == 0
    assert (site / "index.html").is_file()
