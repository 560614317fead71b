"""Benchmark of the co-authorship page: computing the network, its layout and metrics, and drawing it in Chromium.

Run from the repository root (needs the test extra for Playwright, and Debian's chromium)::

    python benchmarks/bench_viz.py [--sizes 100,1000,5000,20000] [--repeat 3] [--timeout 60] [--physics-max 100]
    python benchmarks/bench_viz.py --pages-only --sizes 1000,5000,20000 --no-netscience   # the two renderers only

Progress goes to stderr, markdown tables to stdout. The default run takes about ten
minutes on two cores.

Networks: synthetic co-authorship records of N authors (communities of 10–60 people,
1.5 works an author, 2–8 authors a work mostly from one community, years 2000–2024, and
one 150-author work every 5,000 authors that the cap leaves out), plus Newman's real
network-science co-authorship network (1,589 authors, ``benchmarks/data/netscience``),
each of whose 2,742 links becomes one two-author work.

Side by side in one run, each the median of ``--repeat`` runs (a single run above 2,000 people):

* layout: igraph's Fruchterman-Reingold (what the page uses) vs networkx ``spring_layout``;
* communities: igraph's Leiden vs networkx's Louvain, with the modularity each reaches;
* betweenness: igraph vs networkx, both exact up to 2,000 people and from 500 sampled
  sources above, as ``network.py`` does;
* networkx runs in a forked child stopped after ``--timeout`` seconds ("> N").

The page, drawn by each renderer (vis-network up to ``--vis-max`` people, sigma.js at
every size): writing it with an empty layout cache and again with the layout cached, its
size, and in Chromium (headless, Debian's, through Playwright) the time from navigation
until the graph is drawn and answers (the page's ``data-ready``, then one more frame),
the mean frame time while the view pans by script for 20 frames, whether any node moves
in the next second (vis-network), and the requests made. For comparison, the same nodes
and links in a page made by pyvis with its defaults (physics on, ``cdn_resources="in_line"``,
outside requests blocked) up to ``--physics-max`` people: time until no node moves more
than half a pixel in 250 ms, stopped after ``--timeout``.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import platform
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import networkx as nx

from scholargraph.network.coauthors import (
    BETWEENNESS_SAMPLE,
    EXACT_BETWEENNESS_UP_TO,
    CoauthorNetwork,
    Person,
    Records,
    Work,
    coauthor_network,
    seeded_igraph,
    to_igraph,
)
from scholargraph.network.page import LARGE_FROM, coauthor_page, layout

HERE = Path(__file__).resolve().parent
NETSCIENCE = HERE / "data" / "netscience" / "netscience.gml"
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


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- networks ----------------------------------------------------------------------------


def synthetic_records(authors: int, seed: int = 1) -> Records:
    """Co-authorship records shaped like a field: communities, small teams, a rare huge consortium."""
    rng = random.Random(seed)
    people = {f"p{i}": Person(f"p{i}", f"Author {i:05d}", f"Institute {i % 40}") for i in range(authors)}
    communities: list[list[str]] = []
    members = list(people)
    rng.shuffle(members)
    while members:
        size = rng.randint(10, 60)
        communities.append(members[:size])
        members = members[size:]
    works = []
    for w in range(int(authors * 1.5)):
        home = rng.choice(communities)
        size = min(rng.choices([2, 3, 4, 5, 6, 8], weights=[25, 30, 20, 13, 8, 4])[0], authors)
        team: list[str] = []
        while len(team) < size:
            pool = home if rng.random() < 0.85 else members_of(communities, rng)
            author = rng.choice(pool)
            if author not in team:
                team.append(author)
        works.append(Work(f"w{w}", f"Synthetic work {w}", rng.randint(2000, 2024), tuple(team)))
    for c in range(authors // 5000):
        works.append(Work(f"consortium{c}", "Consortium paper", 2020, tuple(rng.sample(list(people), 150))))
    return Records(people, works)


def members_of(communities: list[list[str]], rng: random.Random) -> list[str]:
    return rng.choice(communities)


def netscience_records() -> Records:
    graph = nx.read_gml(NETSCIENCE)
    people = {name: Person(name, name) for name in graph}
    works = [Work(f"link{i}", f"{a} and {b}", None, (a, b)) for i, (a, b) in enumerate(graph.edges())]
    return Records(people, works)


# --- timing ------------------------------------------------------------------------------


def median_time(function: Callable[[], Any], repeat: int) -> tuple[float, Any]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - started)
    return statistics.median(times), result


def _child(function: Callable[[], Any], pipe: Any) -> None:
    started = time.perf_counter()
    result = function()
    pipe.send((time.perf_counter() - started, result))


def in_child(function: Callable[[], Any], timeout: float) -> tuple[float | None, Any]:
    """Run in a forked child; (seconds, result), or (None, None) when stopped after ``timeout``."""
    receiver, sender = multiprocessing.Pipe(duplex=False)
    child = multiprocessing.get_context("fork").Process(target=_child, args=(function, sender))
    child.start()
    deadline = time.perf_counter() + timeout
    while time.perf_counter() < deadline and child.is_alive():
        if receiver.poll(0.2):
            seconds, result = receiver.recv()
            child.join()
            return seconds, result
    if child.is_alive():
        child.terminate()
    elif receiver.poll():
        return receiver.recv()  # type: ignore[no-any-return]
    else:
        raise RuntimeError(f"the networkx run failed (exit code {child.exitcode}); see its error above")
    child.join()
    return None, None


def modularity(graph: nx.Graph, membership: list[int] | list[set[Any]]) -> float:
    if membership and isinstance(membership[0], set):
        return float(nx.community.modularity(graph, membership, weight="weight"))
    groups: dict[int, set[Any]] = {}
    for node, group in zip(graph, membership, strict=True):
        groups.setdefault(int(group), set()).add(node)  # type: ignore[arg-type]
    return float(nx.community.modularity(graph, list(groups.values()), weight="weight"))


def igraph_leiden(graph: nx.Graph) -> list[int]:
    converted, _ = to_igraph(graph)
    with seeded_igraph():
        return list(converted.community_leiden(objective_function="modularity", weights="weight", n_iterations=-1).membership)


def igraph_betweenness(graph: nx.Graph) -> list[float]:
    converted, _ = to_igraph(graph)
    n = converted.vcount()
    if n > EXACT_BETWEENNESS_UP_TO:
        return list(converted.betweenness(directed=False, sources=random.Random(0).sample(range(n), BETWEENNESS_SAMPLE)))
    return list(converted.betweenness(directed=False))


def networkx_betweenness(graph: nx.Graph) -> dict[Any, float]:
    n = graph.number_of_nodes()
    k = BETWEENNESS_SAMPLE if n > EXACT_BETWEENNESS_UP_TO else None
    return dict(nx.betweenness_centrality(graph, k=k, seed=0))


# --- the browser -------------------------------------------------------------------------

STILL = """async () => {
  const graph = window.coauthorGraph ? window.coauthorGraph.network : window.network;
  const before = graph.getPositions();
  await new Promise((resolve) => setTimeout(resolve, %d));
  const after = graph.getPositions();
  let moved = 0;
  for (const id in before) moved = Math.max(moved, Math.hypot(after[id].x - before[id].x, after[id].y - before[id].y));
  return moved;
}"""


PAN = """async (renderer) => {
  const pan = renderer === "sigma"
    ? () => { const camera = coauthorGraph.renderer.getCamera(); camera.setState({x: camera.x + 0.002}); }
    : () => {
        const network = coauthorGraph.network, at = network.getViewPosition();
        network.moveTo({position: {x: at.x + 20, y: at.y}});
      };
  const frame = () => new Promise((resolve) => requestAnimationFrame(() => resolve()));
  await frame();
  const started = performance.now();
  for (let i = 0; i < 20; i++) { pan(); await frame(); }
  await frame();
  return (performance.now() - started) / 21;
}"""


def open_ours(browser: Any, html: Path, renderer: str) -> dict[str, Any]:
    """Seconds until the page is drawn and answers, frame time panning, the largest move over the next second, requests."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    requests: list[str] = []
    errors: list[str] = []
    page.on("request", lambda request: requests.append(request.url))
    page.on("pageerror", lambda error: errors.append(str(error)))
    started = time.perf_counter()
    page.goto(html.as_uri(), timeout=300_000)
    page.wait_for_selector("body[data-ready=true]", timeout=300_000)
    if errors:
        raise RuntimeError(f"{html.name}: {errors}")
    page.evaluate("() => new Promise((resolve) => requestAnimationFrame(() => resolve()))")
    ready = time.perf_counter() - started
    moved = float(page.evaluate(STILL % 1000)) if renderer == "vis" else None
    frame = float(page.evaluate(PAN, renderer))
    page.close()
    return {"ready": ready, "moved": moved, "frame": frame, "requests": len(requests) - 1}


def measure_pages(name: str, network: CoauthorNetwork, browser: Any, vis_max: int, folder: Path) -> list[dict[str, Any]]:
    """Each renderer's page of ``network``: writing it (layout cache empty, then filled), its size, and in Chromium."""
    rows = []
    for renderer in ("vis", "sigma"):
        if renderer == "vis" and len(network.people) > vis_max:
            continue
        os.environ["SCHOLARGRAPH_CACHE"] = str(folder / f"cache-{name}-{renderer}")
        log(f"{name}: {renderer} page")
        row: dict[str, Any] = {"name": name, "people": len(network.people), "renderer": renderer}
        row["write"], _ = median_time(lambda renderer=renderer: coauthor_page(network, large=renderer == "sigma"), 1)
        row["write cached"], html = median_time(lambda renderer=renderer: coauthor_page(network, large=renderer == "sigma"), 1)
        page = folder / f"{name}-{renderer}.html"
        page.write_text(html, encoding="utf-8")
        row["bytes"] = page.stat().st_size
        log(f"{name}: {renderer} in chromium")
        row.update(open_ours(browser, page, renderer))
        rows.append(row)
    return rows


def pyvis_default_page(network: CoauthorNetwork, path: Path) -> None:
    """pyvis with its defaults (physics on), nodes and links assigned as lists (``add_edge`` is quadratic)."""
    from pyvis.network import Network

    net = Network(cdn_resources="in_line")
    index = {node: i for i, node in enumerate(network.coauthors)}
    net.nodes = [
        {"id": i, "label": str(network.coauthors.nodes[n]["name"]), "shape": "dot", "size": 10} for n, i in index.items()
    ]
    net.edges = [{"from": index[a], "to": index[b], "width": w} for a, b, w in network.coauthors.edges(data="weight")]
    path.write_text(net.generate_html(), encoding="utf-8")


def open_pyvis(browser: Any, html: Path, timeout: float) -> float | None:
    """Seconds until no node moves more than half a pixel in 250 ms, or None when stopped."""
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:") else route.abort())
    started = time.perf_counter()
    page.goto(html.as_uri(), timeout=120_000)
    while time.perf_counter() - started < timeout:
        if float(page.evaluate(STILL % 250)) < 0.5:
            page.close()
            return time.perf_counter() - started
    page.close()
    return None


# --- the run -----------------------------------------------------------------------------


def measure(
    name: str, network: CoauthorNetwork, repeat: int, timeout: float, browser: Any, physics_max: int, folder: Path
) -> dict[str, Any]:
    graph = network.coauthors
    people = list(graph)
    row: dict[str, Any] = {"name": name, "people": len(people), "links": graph.number_of_edges()}
    log(f"{name}: layout")
    os.environ["SCHOLARGRAPH_CACHE"] = str(folder / f"cache-{name}-layout")  # computed, not read from a cache
    row["layout igraph"], _ = median_time(lambda: layout(network, people), 1)
    row["layout networkx"], _ = in_child(lambda: len(nx.spring_layout(graph, seed=0)), timeout)
    log(f"{name}: communities")
    row["leiden"], membership = median_time(lambda: igraph_leiden(graph), repeat)
    row["leiden modularity"] = modularity(graph, membership)
    row["louvain"], communities = in_child(lambda: nx.community.louvain_communities(graph, weight="weight", seed=0), timeout)
    row["louvain modularity"] = modularity(graph, communities) if communities else None
    log(f"{name}: betweenness")
    row["betweenness igraph"], _ = median_time(lambda: igraph_betweenness(graph), repeat)
    row["betweenness networkx"], _ = in_child(lambda: len(networkx_betweenness(graph)), timeout)
    if len(people) <= physics_max:
        log(f"{name}: pyvis defaults in chromium")
        pyvis_page = folder / f"{name}-pyvis.html"
        pyvis_default_page(network, pyvis_page)
        row["pyvis still"] = open_pyvis(browser, pyvis_page, timeout)
    return row


def seconds(value: float | None, timeout: float) -> str:
    if value is None:
        return f"> {timeout:g} (stopped)"
    return f"{value:.2f}" if value < 10 else f"{value:.1f}"


def ratio(slow: float | None, fast: float) -> str:
    return "" if slow is None else f" ({slow / fast:.0f}×)" if fast else ""


COMPUTATION_COLUMNS = [
    "network",
    "people",
    "links",
    "whole network",
    "layout igraph FR",
    "layout networkx spring",
    "Leiden (igraph)",
    "Louvain (networkx)",
    "betweenness igraph",
    "betweenness networkx",
]
BROWSER_COLUMNS = [
    "network",
    "people",
    "links",
    "renderer",
    "page (MB)",
    "writing the page (s): layout computed / cached",
    "drawn and answering (s)",
    "frame while panning (ms)",
    "largest move in the next second (px)",
    "requests beyond the file",
    "pyvis defaults, until still (s)",
]


def row_of(cells: list[str]) -> str:
    return "| " + " | ".join(cells) + " |"


def computation_table(rows: list[dict[str, Any]], timeout: float) -> list[str]:
    lines = [
        "Computation (seconds; networkx's ratio to igraph in brackets):",
        "",
        row_of(COMPUTATION_COLUMNS),
        row_of(["---"] + ["--:"] * (len(COMPUTATION_COLUMNS) - 1)),
    ]
    for r in rows:
        lines.append(
            f"| {r['name']} | {r['people']:,} | {r['links']:,} | {seconds(r['network'], timeout)} "
            f"| {seconds(r['layout igraph'], timeout)} "
            f"| {seconds(r['layout networkx'], timeout)}{ratio(r['layout networkx'], r['layout igraph'])} "
            f"| {seconds(r['leiden'], timeout)} (Q {r['leiden modularity']:.3f}) "
            f"| {seconds(r['louvain'], timeout)}{ratio(r['louvain'], r['leiden'])}"
            + (f" (Q {r['louvain modularity']:.3f})" if r["louvain modularity"] is not None else "")
            + f" | {seconds(r['betweenness igraph'], timeout)} | {seconds(r['betweenness networkx'], timeout)}"
            f"{ratio(r['betweenness networkx'], r['betweenness igraph'])} |"
        )
    return [*lines, ""]


def pages_table(rows: list[dict[str, Any]], pages: list[dict[str, Any]], timeout: float) -> list[str]:
    lines = ["The page in headless Chromium:", "", row_of(BROWSER_COLUMNS), row_of(["---"] * 4 + ["--:"] * 7)]
    computed = {r["name"]: r for r in rows}
    for p in pages:
        r = computed[p["name"]]
        physics = seconds(r["pyvis still"], timeout) if "pyvis still" in r and p["renderer"] == "vis" else "not run"
        moved = "–" if p["moved"] is None else f"{p['moved']:.1f}"
        lines.append(
            f"| {p['name']} | {p['people']:,} | {r['links']:,} | {p['renderer']} | {p['bytes'] / 1e6:.2f} "
            f"| {seconds(p['write'], timeout)} / {seconds(p['write cached'], timeout)} | {seconds(p['ready'], timeout)} "
            f"| {p['frame']:.0f} | {moved} | {p['requests']} | {physics} |"
        )
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="100,1000,5000,20000", help="synthetic network sizes (authors)")
    parser.add_argument("--repeat", type=int, default=3, help="runs a timing takes the median of (1 above 2,000 people)")
    parser.add_argument("--timeout", type=float, default=60, help="seconds before a networkx run or pyvis physics is stopped")
    parser.add_argument("--physics-max", type=int, default=100, help="largest network drawn with pyvis's default physics")
    parser.add_argument("--vis-max", type=int, default=20_000, help="largest network also drawn with vis-network")
    parser.add_argument("--pages-only", action="store_true", help="time the pages only, not igraph against networkx")
    parser.add_argument("--no-netscience", action="store_true", help="leave out Newman's network")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    cases: list[tuple[str, Callable[[], Records]]] = [
        (f"synthetic {int(size):,}", lambda size=int(size): synthetic_records(size)) for size in args.sizes.split(",")
    ]
    if not args.no_netscience:
        cases.insert(2 if len(cases) > 2 else len(cases), ("netscience (Newman 2006)", netscience_records))
    rows: list[dict[str, Any]] = []
    pages: list[dict[str, Any]] = []
    with tempfile.TemporaryDirectory() as folder, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS)
        for name, make in cases:
            records = make()
            repeat = args.repeat if len(records.people) <= 2000 else 1
            log(f"{name}: network")
            took, network = median_time(lambda records=records: coauthor_network(records), repeat)
            row = {"name": name, "people": len(network.people), "links": network.coauthors.number_of_edges(), "network": took}
            if not args.pages_only:
                row.update(measure(name, network, repeat, args.timeout, browser, args.physics_max, Path(folder)))
            rows.append(row)
            pages += measure_pages(name, network, browser, args.vis_max, Path(folder))
            log(f"{name}: {rows[-1]} {pages[-2:]}")
        browser.close()
    load = ", ".join(f"{value:.1f}" for value in os.getloadavg())
    print(f"Machine: {platform.platform()}, Python {platform.python_version()}, {multiprocessing.cpu_count()} cores")
    print(f"Load average at the end (1, 5, 15 minutes): {load}; renderer chosen by default from {LARGE_FROM:,} people: sigma")
    print()
    print("\n".join(([] if args.pages_only else computation_table(rows, args.timeout)) + pages_table(rows, pages, args.timeout)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
