"""The page's data and file, without a browser: JSON safe inside <script>, the page whole or not written."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import Cli
from scholargraph.network import layout as layout_module
from scholargraph.network.coauthors import Person, Records, Supervision, Work, coauthor_network
from scholargraph.network.layout import layout
from scholargraph.network.page import coauthor_page, page_data, script_safe_json, write_coauthor_page
from scholargraph.network.pagedata import community_names, field_data

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


# --- a field's page: compact data, the cached layout, communities' names ------------------


def two_groups() -> Records:
    """Two groups of five, each a star around its centre (the most central person)."""
    people = {f"p:{g}{i}": Person(f"p:{g}{i}", f"{g.upper()} Person {i}", f"Org {g}") for g in "ab" for i in range(5)}
    works = [Work(f"w:{g}{i}", f"Work {g}{i}", 2010 + i, (f"p:{g}0", f"p:{g}{i}")) for g in "ab" for i in range(1, 5)]
    works.append(Work("w:a", NASTY, None, ("p:a0", "p:a2", "p:a3")))
    return Records(people, works, [Supervision("p:a0", "p:a1", "PhD student", True, 2011, None)])


def test_communities_are_named_after_their_most_central_person() -> None:
    network = coauthor_network(two_groups())
    assert sorted(community_names(network).values()) == ["A Person 0's group", "B Person 0's group"]
    labels = [group["label"] for group in page_data(network, "t")["legends"]["community"]]
    assert sorted(labels) == ["A Person 0's group", "B Person 0's group"]


def test_compact_data_holds_what_the_small_page_holds() -> None:
    network = coauthor_network(two_groups())
    rows, compact = page_data(network, "t"), field_data(network, "t")
    people = compact["people"]
    assert people["name"] == [p["name"] for p in rows["people"]]
    assert [compact["organizations"][o] for o in people["organization"]] == [p["organization"] for p in rows["people"]]
    assert people["x"] == [round(p["x"]) for p in rows["people"]] and people["y"] == [round(p["y"]) for p in rows["people"]]
    assert people["community"] == [p["groups"]["community"] for p in rows["people"]]
    assert people["organization_group"] == [p["groups"]["organization"] for p in rows["people"]]
    assert compact["works"] == {key: [w[key] for w in rows["works"]] for key in ("title", "year", "authors")}
    pairs = compact["links"]
    assert list(zip(pairs[::2], pairs[1::2], strict=True)) == [(link["from"], link["to"]) for link in rows["links"]]
    for key in ("title", "counting", "supervision", "legends", "years", "notices", "ego"):
        assert compact[key] == rows[key], key


def test_a_field_page_is_drawn_by_sigma_and_holds_text_only_as_data() -> None:
    network = coauthor_network(two_groups())
    html = coauthor_page(network, large=True)
    assert 'data-renderer="sigma"' in html and "vis-network" not in html
    assert NASTY not in html
    assert html.count("</script") == 4  # the data, graphology, sigma, the page's own
    assert not re.search(r"""(src|href)\s*=\s*["']?https?:""", html)
    assert 'data-renderer="vis"' in coauthor_page(network)  # below LARGE_FROM people


def test_a_large_layout_is_computed_once_and_cached_by_the_graphs_hash(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SCHOLARGRAPH_CACHE", str(tmp_path))
    monkeypatch.setattr(layout_module, "CACHE_FROM", 1)
    network = coauthor_network(two_groups())
    first = layout(network, network.people)
    assert len(list((tmp_path / "layouts").iterdir())) == 1

    def fail(group: object) -> None:
        raise AssertionError("laid out again")

    monkeypatch.setattr(layout_module, "_group_layout", fail)
    assert layout(network, network.people) == first
    monkeypatch.undo()
    monkeypatch.setenv("SCHOLARGRAPH_CACHE", str(tmp_path))
    monkeypatch.setattr(layout_module, "CACHE_FROM", 1)
    fewer = coauthor_network(two_groups(), since=2012)  # another graph: another key, laid out anew
    assert layout(fewer, fewer.people).keys() == set(fewer.people)
    assert len(list((tmp_path / "layouts").iterdir())) == 2
