"""The page's data and file, without a browser: JSON safe inside <script>, the page whole or not written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import Cli
from scholargraph.network.coauthors import Person, Records, Work, coauthor_network
from scholargraph.network.page import coauthor_page, page_data, script_safe_json, write_coauthor_page

NASTY = "</script><script>alert(1)</script> <!-- & \u2028\u2029 <img src=x onerror=alert(1)>"


def test_script_safe_json_round_trips_and_cannot_end_a_script() -> None:
    value = {"title": NASTY, "names": [NASTY, "Zoë"]}
    text = script_safe_json(value)
    assert json.loads(text) == value
    for forbidden in ("<", ">", "&", "\u2028", "\u2029"):
        assert forbidden not in text
    assert "Zoë" in text  # other characters stay as they are


def records() -> Records:
    people = {"p:a": Person("p:a", NASTY), "p:b": Person("p:b", "Bo Li", "Org")}
    return Records(people, [Work("w:1", NASTY, 2020, ("p:a", "p:b")), Work("w:2", "Plain", 2021, ("p:b",))])


def test_page_holds_names_and_titles_only_as_escaped_data() -> None:
    html = coauthor_page(coauthor_network(records()))
    data = re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)
    assert data is not None
    assert json.loads(data[1]) == json.loads(json.dumps(page_data(coauthor_network(records()), "Co-authors of Bo Li")))
    assert NASTY not in html
    assert html.count("</script") == 3  # the data, vis-network, the page's own: nothing else closes a script
    assert "Content-Security-Policy" in html and "connect-src 'none'" in html
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", html)


def test_default_title_names_the_person_on_every_work() -> None:
    assert "<title>Co-authors of Bo Li</title>" in coauthor_page(coauthor_network(records()))
    empty = coauthor_network(Records({}, []))
    assert "<title>Co-authorship network</title>" in coauthor_page(empty)


def test_a_failed_write_leaves_the_previous_page(tmp_path: Path) -> None:
    page = tmp_path / "coauthors.html"
    page.write_text("previous", encoding="utf-8")
    with pytest.raises(ValueError, match="unknown colour scheme"):
        write_coauthor_page(coauthor_network(records()), page, color="rainbow")
    assert page.read_text(encoding="utf-8") == "previous"
    assert [p.name for p in tmp_path.iterdir()] == ["coauthors.html"]


def test_viz_prints_the_counts_its_page_shows(cli: Cli, tmp_path: Path) -> None:
    """People only supervision names are on the page, so in the count too; works as the page lists them."""

    from scholargraph.network.coauthors import read_records
    from scholargraph.pipeline.project import Project, build
    from scholargraph.query.library import load_graph

    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "page.txt").write_bytes((Path(__file__).parents[1] / "data" / "homepage-qianru-sun.txt").read_bytes())
    build(Project.load(tmp_path), tmp_path / "build")
    run = cli("viz", "-C", tmp_path, "--out", tmp_path / "page.html")
    assert run.exit_code == 0, run.output
    html = (tmp_path / "page.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'<script type="application/json" id="graph-data">(.*?)</script>', html, re.S)[1])  # type: ignore[index]
    network = coauthor_network(read_records(load_graph(tmp_path / "build" / "graph.trig")))
    assert len(network.people) > network.coauthors.number_of_nodes()  # students without a joint work: counts could differ
    people, links, works = len(data["people"]), len(data["links"]), len(data["works"])
    assert f"{people} people, {links} co-authorship links, {works} works" in run.output
