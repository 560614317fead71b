"""Screenshot of the first homepage's co-authorship page in headless Chromium, for the docs.

Run from the repository root after ``scholargraph build``::

    python benchmarks/screenshot.py [build/coauthors.html] [docs/images/coauthors.png] [--select NAME]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bench_viz import CHROMIUM_FLAGS


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("page", nargs="?", type=Path, default=Path("build/coauthors.html"))
    parser.add_argument("image", nargs="?", type=Path, default=Path("docs/images/coauthors.png"))
    parser.add_argument("--select", default="Bernt Schiele", help="person whose panel is open in the picture")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_FLAGS)
        page = browser.new_page(viewport={"width": 1680, "height": 1000}, device_scale_factor=1)
        page.goto(args.page.resolve().as_uri())
        page.wait_for_selector("body[data-ready=true]")
        if args.select:
            page.fill("#search", args.select)
            page.click("#matches button")
            # vis-network: the whole graph, moved left of the person's panel (sigma.js stays on the person).
            page.evaluate(
                """() => { const n = coauthorGraph.network; if (!n) return; n.fit({animation: false});
                n.moveTo({position: n.getViewPosition(), scale: n.getScale() * 0.8, offset: {x: -180, y: 0}}); }"""
            )
        page.wait_for_timeout(600)
        page.screenshot(path=str(args.image))
        browser.close()
    print(f"wrote {args.image}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
