"""One pipeline: the file build and the store build of a project give the same dataset, and a store
rebuild replaces exactly the graphs whose source or identity decisions changed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pyoxigraph import Quad

import scholargraph.pipeline.driver as driver
from conftest import ROOT
from scholargraph.pipeline.project import Project, build, build_into_store
from scholargraph.rdf.vocab import Minter
from scholargraph.stores import read_quads
from scholargraph.stores.oxigraph import OxigraphStore

DATA = ROOT / "tests" / "data"
SITES = ("yaoyao-liu-jekyll", "beier-zhu-alfolio")


def _both_builds(root: Path, where: Path) -> tuple[set[Quad], set[Quad]]:
    """The quads of the file build and of a store build (a new on-disk Oxigraph store) of the project at ``root``."""
    build(Project.load(root), where / "out")
    with OxigraphStore(where / "store") as store:
        build_into_store(Project.load(root), store)
        stored = set(store.quads())
    return set(read_quads(where / "out" / "graph.trig")), stored


def test_file_and_store_builds_of_a_homepage_and_two_sites_are_one_dataset(tmp_path: Path) -> None:
    """The homepage and the sites of two of its people: people and works meet across the three."""
    root = tmp_path / "project"
    (root / "data").mkdir(parents=True)
    shutil.copy(ROOT / "data" / "homepage-qianru-sun.txt", root / "data")
    for site in SITES:
        shutil.copytree(DATA / "homepages" / site, root / "data" / site)
    files, stored = _both_builds(root, tmp_path)
    assert len(files) > 9000
    assert files == stored
    minter = Minter()
    graphs = {quad.graph_name for quad in stored}
    assert minter.source_graph("data/homepage-qianru-sun.txt") in graphs
    yaoyao = minter.person("yaoyao-liu")  # one node, named in the homepage and in his own site
    assert {q.graph_name for q in stored if q.subject == yaoyao} >= {
        minter.source_graph("data/homepage-qianru-sun.txt"),
        minter.source_graph("data/yaoyao-liu-jekyll/_data/publications.yml"),
    }


def test_a_single_source_in_the_store_is_the_file_build(tmp_path: Path) -> None:
    """Not streamed, a source is resolved as the file build resolves it: the same quads."""
    root = tmp_path / "project"
    (root / "data").mkdir(parents=True)
    shutil.copy(DATA / "bibtex" / "ifn-excerpt" / "ifn_spaml_bibliography.bib", root / "data" / "group.bib")
    files, stored = _both_builds(root, tmp_path)
    assert stored == files


@pytest.mark.parametrize("stream_above", [driver.STREAM_ABOVE, 0], ids=["resolved", "streamed"])
def test_file_and_store_builds_with_a_dblp_file_are_one_dataset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stream_above: int
) -> None:
    """A dblp file is resolved with the rest, or (above ``STREAM_ABOVE``) streamed: the same rule in both builds."""
    monkeypatch.setattr(driver, "STREAM_ABOVE", stream_above)
    root = tmp_path / "project"
    (root / "data").mkdir(parents=True)
    shutil.copy(DATA / "dblp" / "dblp_sample.xml", root / "data" / "dump.xml")
    shutil.copy(DATA / "bibtex" / "ifn-excerpt" / "ifn_spaml_bibliography.bib", root / "data" / "group.bib")
    files, stored = _both_builds(root, tmp_path)
    assert files == stored
    digests = [q for q in stored if q.predicate.value.endswith("#graphDigest")]
    assert len(digests) == (2 if stream_above else 1)  # a streamed graph depends on its file alone


BIB_A = """@inproceedings{a1, title = {Learning to Remember}, author = {Q. Sun and Hanwang Zhang and Yaoyao Liu},
  booktitle = {CVPR}, year = {2020}}
"""
BIB_B = """@inproceedings{b1, title = {Learning to Forget Things}, author = {Qianru Sun and Hanwang Zhang and Yaoyao Liu},
  booktitle = {ICCV}, year = {2021}}
"""
BIB_C = """@article{c1, title = {Graphs of Scholars}, author = {Min-Yen Kan}, journal = {JCDL}, year = {2019}}
"""


def test_a_rebuild_follows_identity_into_the_graphs_of_unchanged_sources(tmp_path: Path) -> None:
    """``a.bib`` writes ``Q. Sun``, who is Qianru Sun only because ``b.bib`` names her with the same two
    co-authors: changing ``b.bib`` changes ``a.bib``'s graph too, not ``c.bib``'s."""
    root = tmp_path / "project"
    (root / "data").mkdir(parents=True)
    for name, text in (("a.bib", BIB_A), ("b.bib", BIB_B), ("c.bib", BIB_C)):
        (root / "data" / name).write_text(text, encoding="utf-8")
    minter = Minter()
    a, c = minter.source_graph("data/a.bib"), minter.source_graph("data/c.bib")
    with OxigraphStore(tmp_path / "store") as store:
        first = build_into_store(Project.load(root), store)
        assert first.rebuilt == ["data/a.bib", "data/b.bib", "data/c.bib"]
        before = set(store.quads())
    assert any(q.graph_name == a and q.object == minter.person("qianru-sun") for q in before)

    (root / "data" / "b.bib").write_text(BIB_B.replace("Hanwang Zhang and Yaoyao Liu", "Xinzhe Li"), encoding="utf-8")
    with OxigraphStore(tmp_path / "store") as store:
        second = build_into_store(Project.load(root), store)
        assert (second.rebuilt, second.unchanged) == (["data/a.bib", "data/b.bib"], ["data/c.bib"])
        after = set(store.quads())
    assert not any(q.graph_name == a and q.object == minter.person("qianru-sun") for q in after)
    assert {q for q in after if q.graph_name == c} == {q for q in before if q.graph_name == c}
    build(Project.load(root), tmp_path / "out")
    assert after == set(read_quads(tmp_path / "out" / "graph.trig"))  # what a build from scratch gives

    with OxigraphStore(tmp_path / "store") as store:
        third = build_into_store(Project.load(root), store)
    assert (third.rebuilt, third.unchanged) == ([], ["data/a.bib", "data/b.bib", "data/c.bib"])
