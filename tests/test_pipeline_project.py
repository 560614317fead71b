"""Projects and the command line: scholargraph.toml, where sources are found, exit codes."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from conftest import HOMEPAGE, Cli
from scholargraph import __version__
from scholargraph.errors import SourceError
from scholargraph.pipeline.project import Project


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "data").mkdir()
    shutil.copy(HOMEPAGE, tmp_path / "data" / "me.txt")
    (tmp_path / "data" / "SOURCE.md").write_text("notes, not a source\n")
    return tmp_path


def test_without_config_every_source_under_data_is_read(cli: Cli, project: Path) -> None:
    result = cli("build", cwd=project)
    assert result.exit_code == 0, result.stderr
    assert "data/me.txt" in result.stderr
    assert (project / "build" / "graph.trig").read_text().count("https://example.org/person/qianru-sun") > 0


def test_base_iri_from_config_mints_every_iri(cli: Cli, project: Path) -> None:
    (project / "scholargraph.toml").write_text('base = "https://lab.example.edu/kg/"\nsources = ["data/*.txt"]\n')
    assert cli("build", cwd=project).exit_code == 0
    turtle = (project / "build" / "graph.ttl").read_text()
    assert "<https://lab.example.edu/kg/person/qianru-sun>" in turtle
    assert "https://example.org/" not in turtle


@pytest.mark.parametrize(
    ("config", "message"),
    [
        ("base = 'https://x.org/'\nsources = [\n", "scholargraph.toml"),
        ("bse = 'https://x.org/'\n", "unknown setting(s) bse"),
        ("sources = []\n", "'sources' must be a list"),
        ("sources = ['nowhere/']\n", "nowhere/: no such file or folder"),
        ("base = 'example.org'\n", "not absolute"),
        ("sources = [{ path = 'data/me.txt', kind = 'endnote' }]\n", "unknown kind 'endnote'"),
    ],
)
def test_bad_config_is_exit_2_saying_what_to_fix(cli: Cli, project: Path, config: str, message: str) -> None:
    (project / "scholargraph.toml").write_text(config)
    result = cli("build", cwd=project)
    assert result.exit_code == 2
    assert result.stderr.startswith("error: ") and message in result.stderr
    assert not (project / "build").exists()


def test_build_paths_given_on_the_command_line(cli: Cli, project: Path, tmp_path: Path) -> None:
    out = tmp_path / "elsewhere"
    result = cli("build", "data/me.txt", "--out", str(out), cwd=project)
    assert result.exit_code == 0, result.stderr
    assert sorted(p.name for p in out.iterdir()) == [
        "coauthors.html",
        "graph.jsonld",
        "graph.trig",
        "graph.ttl",
        "validation.json",
        "validation.txt",
    ]
    assert not (project / "build").exists()


def test_an_empty_folder_has_no_sources(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    result = cli("build", cwd=tmp_path)
    assert result.exit_code == 2 and "no sources found" in result.stderr


def test_quiet_prints_only_what_needs_attention(cli: Cli, project: Path) -> None:
    result = cli("build", "-q", cwd=project)
    assert result.exit_code == 0
    lines = result.stderr.splitlines()
    assert lines and all(": warning: " in line for line in lines)


def test_version_and_help(cli: Cli) -> None:
    assert cli("--version").stdout.strip().endswith(__version__)
    help_text = cli("--help").stdout
    assert "build" in help_text and "query" in help_text


def test_a_file_of_no_known_kind_is_refused_with_the_kinds_that_are_known(tmp_path: Path) -> None:
    stray = tmp_path / "notes.docx"
    stray.write_bytes(b"PK\x03\x04")
    with pytest.raises(SourceError) as raised:
        Project.load(tmp_path).source_files([stray])
    message = str(raised.value)
    assert "notes.docx" in message and "bibtex (.bib .bibtex)" in message and "roster (.csv .tsv .yml .yaml)" in message
