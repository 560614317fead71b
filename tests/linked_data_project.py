"""The project of the linked-data tests (export, site, serve), built through the real CLI: the first homepage and a
lab roster, with a base IRI and publishing settings of its own; and the IRIs a built graph mints, found by rdflib."""

from __future__ import annotations

import shutil
from pathlib import Path

import rdflib

from conftest import HOMEPAGE, ROOT, Cli

BASE = "https://lab.example.net/kg/"
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
ROSTER = ROOT / "tests" / "data" / "roster" / "yaoyao-liu-group.yml"
SOURCES = ("data/homepage-qianru-sun.txt", "data/yaoyao-liu-group.yml")

CONFIG = f"""base = "{BASE}"
sources = ["data/"]

[publish]
title = "Qianru Sun's group"
license = "{LICENSE}"
"""


def make_project(root: Path, cli: Cli, homepage_text: str | None = None) -> Path:
    """A built project at ``root``: ``data/`` with both sources, ``scholargraph.toml``, ``build/``."""
    (root / "data").mkdir(parents=True)
    if homepage_text is None:
        shutil.copy(HOMEPAGE, root / "data" / HOMEPAGE.name)
    else:
        (root / "data" / HOMEPAGE.name).write_text(homepage_text, encoding="utf-8")
    shutil.copy(ROSTER, root / "data" / ROSTER.name)
    (root / "scholargraph.toml").write_text(CONFIG, encoding="utf-8")
    result = cli("build", "-C", root, "-q", "--allow-violations")
    assert result.exit_code == 0, result.stderr
    return root


def minted_iris(project: Path, base: str) -> set[str]:
    """Every IRI under ``base`` the built graph uses as subject or object, in any graph (read by rdflib, not scholargraph)."""
    dataset = rdflib.Dataset().parse(project / "build" / "graph.trig", format="trig")
    return {
        str(term)
        for s, _, o, _ in dataset.quads((None, None, None, None))
        for term in (s, o)
        if isinstance(term, rdflib.URIRef) and str(term).startswith(base)
    }
