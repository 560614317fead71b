"""Shared fixtures: the bundled first homepage read once, the real CLI run in this process, and the bundled
example built once for the whole run (tests that change a build copy it first)."""

from __future__ import annotations

import contextlib
import shutil
from collections.abc import Mapping
from pathlib import Path
from typing import Protocol

import pytest
from click.testing import CliRunner, Result

from scholargraph.cli import main
from scholargraph.model.records import SourceResult
from scholargraph.sources import read_source

ROOT = Path(__file__).resolve().parents[1]
HOMEPAGE = ROOT / "data" / "homepage-qianru-sun.txt"


class Cli(Protocol):
    """``cli("build", "-C", folder)``: ``scholargraph build -C folder``, its exit code and stdout and stderr apart."""

    def __call__(self, *args: str | Path, cwd: Path | None = None, env: Mapping[str, str] | None = None) -> Result: ...


def run_cli(*args: str | Path, cwd: Path | None = None, env: Mapping[str, str] | None = None) -> Result:
    """The real command in this process (no interpreter to start), from ``cwd`` with ``env`` added to the environment;
    an exception it does not turn into a message fails the test with its traceback."""
    with contextlib.chdir(cwd or Path.cwd()):
        return CliRunner().invoke(main, [str(arg) for arg in args], env=env, catch_exceptions=False)


@pytest.fixture(scope="session")
def cli() -> Cli:
    return run_cli


@pytest.fixture(scope="session")
def homepage() -> SourceResult:
    return read_source(HOMEPAGE, "data/homepage-qianru-sun.txt")


@pytest.fixture(scope="session")
def example_build(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled example (``data/`` and ``scholargraph.toml`` of the checkout) built once by ``scholargraph build``;
    read it, never change it: a test that changes a build copies it first."""
    out = tmp_path_factory.mktemp("example-build")
    result = cli("build", "-C", ROOT, "--out", out, "-q")
    assert result.exit_code == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def published_example(cli: Cli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the bundled example with ``[publish] site = true``, built: ``build/site/`` comes with the graph."""
    root = tmp_path_factory.mktemp("published-example")
    shutil.copytree(ROOT / "data", root / "data")
    config = (ROOT / "scholargraph.toml").read_text(encoding="utf-8")
    (root / "scholargraph.toml").write_text(config + "\n[publish]\nsite = true\n", encoding="utf-8")
    result = cli("build", "-C", root, "-q", "--allow-violations")
    assert result.exit_code == 0, result.stderr
    return root
