"""The generated reference pages in docs/reference/ match the commands, queries and ontology they describe.

A new command, option, query or ontology term fails here until the pages are regenerated
with the one command the failure names. The content checks count from the sources
themselves (the .rq files, the Turtle, the click group), not from the generator.
"""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import click
import pytest
import rdflib

from scholargraph.cli import main as cli
from scholargraph.reference import REGENERATE, cli_reference, ontology_reference, query_catalogue, reference_pages

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "docs" / "reference"


@pytest.mark.parametrize("name", sorted(reference_pages()))
def test_committed_page_is_up_to_date(name: str) -> None:
    committed = (PAGES / name).read_text(encoding="utf-8") if (PAGES / name).is_file() else ""
    assert committed == reference_pages()[name], f"docs/reference/{name} is out of date: run `{REGENERATE}` and commit the result"


def test_every_command_and_option_is_in_the_cli_reference() -> None:
    page = cli_reference()
    names = [name for name, command in cli.commands.items() if not command.hidden]
    assert len(names) >= 6  # build, dedupe, fetch, query, validate, viz
    for name in names:
        assert f"\n## scholargraph {name}\n" in page, name
        for param in cli.commands[name].params:
            if isinstance(param, click.Option):
                assert all(f"{flag}" in page for flag in param.opts), (name, param.opts)


def test_every_shipped_query_is_in_the_catalogue_with_its_columns() -> None:
    page = query_catalogue()
    files = sorted((ROOT / "queries").glob("*.rq"))
    assert files
    for path in files:
        text = path.read_text(encoding="utf-8")
        columns = re.search(r"^# columns:\s*(.*)$", text, flags=re.MULTILINE)
        assert columns, path
        assert f"\n## {path.stem}\n" in page, path.stem
        section = page.split(f"\n## {path.stem}\n", 1)[1].split("\n## ", 1)[0]
        shown = ", ".join(f"`{c.strip()}`" for c in columns[1].split(","))
        assert f"Columns: {shown}." in section, path.stem
        for param in re.findall(r"^# param:\s*(\w+)", text, flags=re.MULTILINE):
            assert f"| `{param}` |" in section, (path.stem, param)


def test_every_declared_term_and_shape_is_in_the_ontology_reference() -> None:
    page = ontology_reference()
    ontology = rdflib.Graph().parse(ROOT / "ontology" / "scholargraph.ttl")
    sg = "https://w3id.org/scholargraph/ns#"
    kinds = (rdflib.OWL.Class, rdflib.OWL.ObjectProperty, rdflib.OWL.DatatypeProperty)
    terms = {str(s) for kind in kinds for s in ontology.subjects(rdflib.RDF.type, kind) if str(s).startswith(sg)}
    assert len(terms) > 20
    for term in terms:
        assert f"\n### sg:{term.removeprefix(sg)}\n" in page, term
    shapes = rdflib.Graph().parse(ROOT / "ontology" / "shapes.ttl")
    node_shapes = set(shapes.subjects(rdflib.RDF.type, rdflib.SH.NodeShape))
    assert len(node_shapes) > 20
    for shape in node_shapes:
        assert f"\n### sgsh:{str(shape).rsplit('#', 1)[1]}\n" in page, shape
    # Every sh:message written on a property shape of a node shape appears in the table of its shape.
    for shape in node_shapes:
        for prop in shapes.objects(shape, rdflib.SH.property):
            for message in shapes.objects(prop, rdflib.SH.message):
                assert str(message).replace("|", "\\|") in page, message


def test_the_check_command_fails_on_a_stale_page_and_names_the_fix(tmp_path: Path) -> None:
    for name, text in reference_pages().items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    run = [sys.executable, "-m", "scholargraph.reference", str(tmp_path), "--check"]
    assert subprocess.run(run, capture_output=True, text=True).returncode == 0
    (tmp_path / "queries.md").write_text("an old catalogue\n", encoding="utf-8")
    stale = subprocess.run(run, capture_output=True, text=True)
    assert stale.returncode == 1
    assert "queries.md is out of date" in stale.stderr and REGENERATE in stale.stderr
    assert "cli.md" not in stale.stderr
