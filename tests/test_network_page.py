"""The co-authorship page in real headless Chromium (Debian's, driven by Playwright).

Expected people, works and links are counted from the built graph with SPARQL, apart
from the code that makes the page; every network request and console message is recorded.
A field of 20,000 authors is drawn by sigma.js, opened once and asked everything the
small page answers.
"""

from __future__ import annotations

import io
import itertools
import random
import shutil
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from conftest import HOMEPAGE
from scholargraph.network import pagedata
from scholargraph.network.coauthors import (
    CoauthorNetwork,
    Person,
    Records,
    Supervision,
    Work,
    coauthor_network,
    read_records,
)
from scholargraph.network.page import coauthor_page, write_coauthor_page
from scholargraph.pipeline.project import Project, build
from scholargraph.query.library import load_graph

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
CHROMIUM_FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
INJECTIONS = {
    "Pose Guided Person Image Generation": "<img src=x onerror=alert(1)>",
    "A Domain Based Approach to Social Relation Recognition": "</script><script>alert(1)</script>",
}

sync_api = pytest.importorskip("playwright.sync_api")
Image = pytest.importorskip("PIL.Image")
if not Path(CHROMIUM).exists():
    pytest.skip("Chromium is not installed; run tests/install-system-deps", allow_module_level=True)

PREFIXES = """
PREFIX bibo: <http://purl.org/ontology/bibo/>
PREFIX dcterms: <http://purl.org/dc/terms/>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
PREFIX sg: <https://w3id.org/scholargraph/ns#>
PREFIX vivo: <http://vivoweb.org/ontology/core#>
"""


def sparql(graph: Path, query: str) -> list[dict[str, str]]:
    rows = load_graph(graph).query(PREFIXES + query)
    return [{v.value: (row[v].value if row[v] is not None else "") for v in rows.variables} for row in rows]  # type: ignore[union-attr]


@dataclass
class Visit:
    """A page opened in Chromium, with every request, console message, error and dialog seen."""

    page: Any
    requests: list[str] = field(default_factory=list)
    console: list[tuple[str, str]] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_FLAGS)
        yield chromium
        chromium.close()


def open_page(browser: Any, html: Path) -> Visit:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    visit = Visit(page)
    page.on("request", lambda request: visit.requests.append(request.url))
    page.on("console", lambda message: visit.console.append((message.type, message.text)))
    page.on("pageerror", lambda error: visit.errors.append(str(error)))

    def dismiss(dialog: Any) -> None:
        visit.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", dismiss)
    page.goto(html.as_uri())
    page.wait_for_selector("body[data-ready=true]", timeout=30_000)
    return visit


@pytest.fixture()
def visit(browser: Any, example_build: Path) -> Iterator[Visit]:
    opened = open_page(browser, example_build / "coauthors.html")
    yield opened
    opened.page.close()


def visible_labels(visit: Visit) -> list[str]:
    labels: list[str] = visit.page.evaluate("coauthorGraph.nodes.get({filter: (node) => !node.hidden}).map((node) => node.label)")
    return labels


def click_person(visit: Visit, name: str) -> None:
    """Click the person's node where it is drawn on the canvas, as a person would."""
    x, y = visit.page.evaluate(
        """(name) => {
            const graph = coauthorGraph, node = graph.nodes.get({filter: (n) => n.label === name})[0];
            graph.network.moveTo({position: graph.network.getPosition(node.id), scale: 1.5});
            const dom = graph.network.canvasToDOM(graph.network.getPosition(node.id));
            const box = document.getElementById("graph").getBoundingClientRect();
            return [box.left + dom.x, box.top + dom.y];
        }""",
        name,
    )
    visit.page.mouse.click(x, y)


def test_page_loads_offline_with_no_requests_and_no_console_errors(visit: Visit, example_build: Path) -> None:
    visit.page.wait_for_timeout(500)
    assert visit.requests == [(example_build / "coauthors.html").as_uri()]
    assert [text for kind, text in visit.console if kind in ("error", "warning")] == []
    assert visit.errors == []
    html = (example_build / "coauthors.html").read_text(encoding="utf-8")
    assert "http://" not in html.replace("http://www.w3.org/2000/svg", "").split("<script>", 1)[0]
    assert "<link" not in html and "src=" not in html.split('<script type="application/json"')[0]


def test_one_node_per_author_of_the_first_homepage(visit: Visit, example_build: Path) -> None:
    authors = sparql(
        example_build / "graph.trig",
        """SELECT DISTINCT ?person ?name WHERE {
             ?work a bibo:Document . ?a a vivo:Authorship ; vivo:relates ?work, ?person .
             ?person a foaf:Person ; foaf:name ?name }""",
    )
    supervised_only = sparql(
        example_build / "graph.trig",
        """SELECT DISTINCT ?person ?name WHERE {
             ?r a vivo:AdvisingRelationship ; sg:advisor|sg:coAdvisor|sg:advisee ?person .
             ?person foaf:name ?name
             MINUS { ?a a vivo:Authorship ; vivo:relates ?person }}""",
    )
    assert len(authors) > 50
    labels = Counter(visible_labels(visit))
    assert labels == Counter(row["name"] for row in authors + supervised_only)
    visit.page.uncheck("#show-supervision")
    assert Counter(visible_labels(visit)) == Counter(row["name"] for row in authors)


def test_clicking_a_person_lists_their_works_and_coauthors(visit: Visit, example_build: Path) -> None:
    rows = sparql(
        example_build / "graph.trig",
        """SELECT ?title ?year WHERE {
             ?work a bibo:Document ; dcterms:title ?title ; dcterms:issued ?year .
             ?a a vivo:Authorship ; vivo:relates ?work, ?person . ?person foaf:name "Bernt Schiele" }""",
    )
    coauthors = sparql(
        example_build / "graph.trig",
        """SELECT DISTINCT ?name WHERE {
             ?a a vivo:Authorship ; vivo:relates ?work, ?person . ?person foaf:name "Bernt Schiele" .
             ?b a vivo:Authorship ; vivo:relates ?work, ?other . ?other foaf:name ?name FILTER (?other != ?person) }""",
    )
    assert visit.page.is_hidden("#details")
    click_person(visit, "Bernt Schiele")
    visit.page.wait_for_selector("#details", state="visible")
    assert visit.page.text_content("#person-name") == "Bernt Schiele"
    shown = visit.page.eval_on_selector_all(
        "#person-works li", "items => items.map(i => [i.children[0].textContent, i.children[1].textContent])"
    )
    assert sorted(shown) == sorted([row["year"], row["title"]] for row in rows)
    listed = visit.page.eval_on_selector_all("#person-coauthors button", "buttons => buttons.map(b => b.textContent)")
    assert sorted(listed) == sorted(row["name"] for row in coauthors)


def test_year_filter_changes_what_is_shown(visit: Visit, example_build: Path) -> None:
    graph = example_build / "graph.trig"
    in_window = sparql(
        graph,
        """SELECT DISTINCT ?name WHERE {
             ?work a bibo:Document ; dcterms:issued ?issued FILTER (YEAR(?issued) >= 2023)
             ?a a vivo:Authorship ; vivo:relates ?work, ?person . ?person foaf:name ?name }""",
    )
    pairs = sparql(
        graph,
        """SELECT DISTINCT ?p ?q WHERE {
             ?work a bibo:Document ; dcterms:issued ?issued FILTER (YEAR(?issued) >= 2023)
             ?a a vivo:Authorship ; vivo:relates ?work, ?p . ?p a foaf:Person .
             ?b a vivo:Authorship ; vivo:relates ?work, ?q . ?q a foaf:Person . FILTER (STR(?p) < STR(?q)) }""",
    )
    visit.page.uncheck("#show-supervision")
    everyone = len(visible_labels(visit))
    visit.page.fill("#year-from", "2023")
    assert visit.page.text_content("#year-from-label") == "2023"
    shown = visible_labels(visit)
    assert sorted(shown) == sorted(row["name"] for row in in_window)
    assert len(shown) < everyone
    assert visit.page.get_attribute("body", "data-shown-links") == str(len(pairs))
    visit.page.fill("#year-from", "2017")
    assert len(visible_labels(visit)) == everyone


def test_supervision_edges_are_dashed_arrows_and_switchable(visit: Visit, example_build: Path) -> None:
    supervisions = sparql(
        example_build / "graph.trig", "SELECT ?r ?p WHERE { ?r a vivo:AdvisingRelationship ; sg:advisor|sg:coAdvisor ?p }"
    )
    dashed = "coauthorGraph.edges.get({filter: (e) => e.dashes && !e.hidden}).length"
    assert visit.page.evaluate(dashed) == len(supervisions)
    visit.page.uncheck("#show-supervision")
    assert visit.page.evaluate(dashed) == 0


# --- names and titles are data ----------------------------------------------------------


@pytest.fixture(scope="module")
def injected(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("injected")
    text = HOMEPAGE.read_text(encoding="utf-8")
    for title, markup in INJECTIONS.items():
        assert f" {title}\n" in text
        text = text.replace(f" {title}\n", f" {markup}\n", 1)
    (folder / "data").mkdir()
    (folder / "data" / "page.txt").write_text(text, encoding="utf-8")
    build(Project.load(folder), folder / "build")
    return folder / "build"


def test_injected_titles_stay_inert_and_show_as_text(browser: Any, injected: Path) -> None:
    visit = open_page(browser, injected / "coauthors.html")
    try:
        click_person(visit, "Bernt Schiele")
        visit.page.wait_for_selector("#details", state="visible")
        titles = visit.page.eval_on_selector_all("#person-works .work-title", "items => items.map(i => i.textContent)")
        for markup in INJECTIONS.values():
            assert markup in titles
        assert visit.page.evaluate("document.querySelectorAll('img').length") == 0
        assert visit.page.evaluate("document.scripts.length") == 3  # the data, vis-network, the page's own
        assert visit.page.evaluate("document.querySelectorAll('#person-works li *').length") == 2 * len(titles)
        tooltips = visit.page.evaluate(
            "coauthorGraph.edges.get().filter((e) => e.title.textContent.includes('<')).map((e) => e.title.childElementCount)"
        )
        assert tooltips == []  # edge tooltips name people, not titles; none holds markup
        visit.page.wait_for_timeout(300)
        assert visit.dialogs == []
        assert visit.errors == []
        assert [text for kind, text in visit.console if kind == "error"] == []
        assert visit.requests == [(injected / "coauthors.html").as_uri()]
    finally:
        visit.page.close()


def answers(visit: Visit, people: list[str]) -> list[Any]:
    """What a page says: its summary in three year windows, and each person's panel (facts, co-authors, works)."""
    said: list[Any] = []
    for year in ("2023", "2020", "2017"):
        visit.page.fill("#year-from", year)
        said.append(visit.page.text_content("#summary"))
    for name in people:
        visit.page.fill("#search", name)
        visit.page.click("#matches button")
        panel = ["#person-name", "#person-facts", "#person-coauthors", "#person-supervision", "#person-works"]
        said.append([visit.page.text_content(part) for part in panel])
    return said


def test_the_field_page_answers_as_the_small_page_does(browser: Any, example_build: Path, tmp_path: Path) -> None:
    """The same homepage drawn by both renderers, fractional counting: the browser derives what the small page is given."""
    network = coauthor_network(read_records(load_graph(example_build / "graph.trig")), counting="fractional")
    said = []
    for large in (False, True):
        page = tmp_path / f"{large}.html"
        page.write_text(coauthor_page(network, large=large), encoding="utf-8")
        visit = open_page(browser, page)
        assert visit.page.get_attribute("body", "data-renderer") == ("sigma" if large else "vis")
        said.append(answers(visit, ["Bernt Schiele", "Qianru Sun"]))
        assert visit.errors == [] and visit.requests == [page.as_uri()]
        visit.page.close()
    assert said[0] == said[1]
    assert said[0][0] != said[0][2]  # the year windows change the summary


# --- a field of 20,000 authors, drawn by sigma.js -----------------------------------------

FIELD_AUTHORS = 20_000


def field_records(authors: int = FIELD_AUTHORS) -> Records:
    """A field: research groups of 8–40 people, 1.5 works an author, each by two of a group and up to two others.

    Each group's first member supervised its second; Scholar 00007 also wrote the injected titles.
    """
    rng = random.Random(7)
    people = {f"f:{i}": Person(f"f:{i}", f"Scholar {i:05d}", f"University {i % 50}") for i in range(authors)}
    ids = list(people)
    groups: list[list[str]] = []
    while sum(map(len, groups)) < authors:
        start = sum(map(len, groups))
        groups.append(ids[start : start + rng.randint(8, 40)])
    works = []
    for w in range(authors * 3 // 2):
        team = rng.sample(groups[rng.randrange(len(groups))], 2) + [rng.choice(ids) for _ in range(rng.randint(0, 2))]
        works.append(Work(f"fw:{w}", f"Field work {w}", rng.randint(1995, 2024), tuple(dict.fromkeys(team))))
    works += [Work(f"fw:x{i}", markup, 2021, ("f:7", "f:8")) for i, markup in enumerate(INJECTIONS.values())]
    supervisions = [Supervision(group[0], group[1], "PhD student", True, 2015, 2019) for group in groups if len(group) > 1]
    return Records(people, works, supervisions)


@pytest.fixture(scope="module")
def field_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, CoauthorNetwork]:
    folder = tmp_path_factory.mktemp("field")
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("SCHOLARGRAPH_CACHE", str(folder / "cache"))
        network = coauthor_network(field_records())
        return write_coauthor_page(network, folder / "field.html"), network


@pytest.fixture(scope="module")
def field_visit(browser: Any, field_page: tuple[Path, CoauthorNetwork]) -> Iterator[Visit]:
    opened = open_page(browser, field_page[0])
    yield opened
    opened.page.close()


def test_a_field_is_drawn_by_sigma_with_no_request(field_visit: Visit, field_page: tuple[Path, CoauthorNetwork]) -> None:
    page, network = field_page
    body = field_visit.page.locator("body")
    assert body.get_attribute("data-renderer") == "sigma"
    assert len(network.people) > 15_000
    assert body.get_attribute("data-shown-people") == str(len(network.people))
    assert body.get_attribute("data-shown-links") == str(network.coauthors.number_of_edges())
    assert field_visit.page.evaluate("coauthorGraph.graph.order") == len(network.people)
    legend = field_visit.page.eval_on_selector_all("#legend li span:nth-child(2)", "items => items.map(i => i.textContent)")
    assert legend[0].endswith("'s group") and legend[0].removesuffix("'s group") in {
        p.name for p in field_records().people.values()
    }
    shot = Image.open(io.BytesIO(field_visit.page.locator("#graph").screenshot())).convert("RGB")
    drawn = sum(count for count, colour in shot.getcolors(1 << 24) or [] if colour != (255, 255, 255))
    assert drawn > 0.05 * shot.width * shot.height  # people and links on the canvas, not a blank page
    assert field_visit.requests == [page.as_uri()]
    assert field_visit.errors == [] and [text for kind, text in field_visit.console if kind == "error"] == []


def test_in_a_field_search_finds_a_person_whose_panel_shows_injected_titles_as_text(
    field_visit: Visit, field_page: tuple[Path, CoauthorNetwork]
) -> None:
    page, network = field_page
    visit = field_visit
    visit.page.fill("#search", "scholar 00007")
    assert visit.page.eval_on_selector_all("#matches button", "buttons => buttons.map(b => b.textContent)") == ["Scholar 00007"]
    visit.page.click("#matches button")
    visit.page.wait_for_selector("#details", state="visible")
    assert visit.page.text_content("#person-name") == "Scholar 00007"
    titles = visit.page.eval_on_selector_all("#person-works .work-title", "items => items.map(i => i.textContent)")
    assert sorted(titles) == sorted(w.title for w in network.works_of("f:7"))
    assert set(INJECTIONS.values()) <= set(titles)
    assert visit.page.evaluate("document.querySelectorAll('img').length") == 0
    assert visit.page.evaluate("document.scripts.length") == 4  # the data, graphology, sigma, the page's own
    assert visit.page.evaluate("document.querySelectorAll('#person-works li *').length") == 2 * len(titles)
    assert visit.dialogs == [] and visit.errors == []
    assert visit.requests == [page.as_uri()]


def test_in_a_field_a_click_on_a_person_opens_their_panel(field_visit: Visit, field_page: tuple[Path, CoauthorNetwork]) -> None:
    _, network = field_page
    visit = field_visit
    busiest = max(network.coauthors, key=lambda p: network.coauthors.degree(p))
    x, y = visit.page.evaluate(
        """(key) => {
            const renderer = coauthorGraph.renderer, shown = renderer.getNodeDisplayData(key);
            renderer.getCamera().setState({x: shown.x, y: shown.y, ratio: 0.02});
            renderer.refresh();
            const point = renderer.graphToViewport(coauthorGraph.graph.getNodeAttributes(key));
            const box = document.getElementById("graph").getBoundingClientRect();
            return [box.left + point.x, box.top + point.y];
        }""",
        str(network.people.index(busiest)),
    )
    visit.page.mouse.click(x, y)
    visit.page.wait_for_function(
        "name => document.getElementById('person-name').textContent === name", arg=network.coauthors.nodes[busiest]["name"]
    )
    listed = visit.page.eval_on_selector_all("#person-coauthors button", "buttons => buttons.map(b => b.textContent)")
    assert sorted(listed) == sorted(network.coauthors.nodes[p]["name"] for p in network.coauthors[busiest])


def test_in_a_field_the_year_filter_and_supervision_switch_apply(
    field_visit: Visit, field_page: tuple[Path, CoauthorNetwork]
) -> None:
    _, network = field_page
    page = field_visit.page
    recent = [w.authors for w in network.works if w.year is not None and w.year >= 2020]
    pairs = {frozenset(pair) for authors in recent for pair in itertools.combinations(authors, 2)}
    page.fill("#year-from", "2020")
    assert page.get_attribute("body", "data-shown-people") == str(len(set().union(*recent)))
    assert page.get_attribute("body", "data-shown-links") == str(len(pairs))
    page.fill("#year-from", "1995")
    assert page.get_attribute("body", "data-shown-people") == str(len(network.people))
    hidden = "coauthorGraph.renderer.getEdgeDisplayData('s0').hidden"
    assert page.evaluate(hidden) is False
    page.uncheck("#show-supervision")
    assert page.evaluate(hidden) is True
    page.check("#show-supervision")


def test_a_very_large_field_opens_on_its_communities(browser: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """From OVERVIEW_FROM people (lowered here): a disc a community at first, the people once zoomed in."""
    monkeypatch.setenv("SCHOLARGRAPH_CACHE", str(tmp_path / "cache"))
    monkeypatch.setattr(pagedata, "OVERVIEW_FROM", 5000)
    network = coauthor_network(field_records(6000))
    assert network.coauthors.number_of_edges() > 20_000  # more than a screenful of links: the page opens zoomed out
    page = write_coauthor_page(network, tmp_path / "overview.html")
    visit = open_page(browser, page)
    try:
        shown = """kind => coauthorGraph.graph.filterNodes((key, a) => (a.group === undefined) === (kind === "people"))
            .filter((key) => !coauthorGraph.renderer.getNodeDisplayData(key).hidden).length"""
        communities = {network.coauthors.nodes[p]["community"] if p in network.coauthors else None for p in network.people}
        assert visit.page.evaluate(shown, "communities") == len(communities)
        assert visit.page.evaluate(shown, "people") == 0
        visit.page.fill("#search", "Scholar 00042")
        visit.page.click("#matches button")
        visit.page.wait_for_selector("#details", state="visible")
        visit.page.wait_for_function("() => !coauthorGraph.renderer.getNodeDisplayData('42').hidden")
        assert visit.page.evaluate(shown, "communities") == 0
        assert visit.page.text_content("#person-name") == "Scholar 00042"
        assert visit.errors == [] and visit.requests == [page.as_uri()]
    finally:
        visit.page.close()
