"""Shared fixtures: the bundled first homepage, read once, and a runner for the real CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

from scholargraph.model.records import SourceResult
from scholargraph.sources import read_source

ROOT = Path(__file__).resolve().parents[1]
HOMEPAGE = ROOT / "data" / "homepage-qianru-sun.txt"


@pytest.fixture(scope="session")
def homepage() -> SourceResult:
    return read_source(HOMEPAGE, "data/homepage-qianru-sun.txt")
