"""Take docs/map.png: the seed map in headless Debian Chromium, with one entity selected.

    python docs/screenshot.py [GRAPH_HTML] [OUT_PNG] [--select NAME] [--evidence NAME]

GRAPH_HTML defaults to output/graph.html (run `graphbuild build seeds/ -o output/` first).
Needs Playwright and /usr/bin/chromium; it never downloads a browser.
"""
from __future__ import annotations

import argparse
import tempfile
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def screenshot(page_path: Path, out: Path, select: str | None = None,
               evidence: str | None = None) -> None:
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1400, "height": 860})
        page = context.new_page()
        page.goto(page_path.resolve().as_uri())
        page.wait_for_selector("body[data-layout=done]", state="attached", timeout=120_000)
        if select:
            page.fill("#search", select)
            page.press("#search", "Enter")
            page.evaluate("window.network.fit()")  # show the whole map, the selection dimmed around
        if evidence:  # select the best-supported relation of that entity, its evidence shown
            page.evaluate("""name => {
                const id = window.graphbuildMap.search(name)[0];
                const edges = window.network.getConnectedEdges(id)
                    .map(e => window.network.body.data.edges.get(e))
                    .sort((a, b) => b.width - a.width);
                window.network.selectEdges([edges[0].id]);
                window.graphbuildMap.showEdge(edges[0].id); }""", evidence)
        page.screenshot(path=str(out))
        context.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph_html", nargs="?", type=Path, default=ROOT / "output/graph.html")
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs/map.png")
    parser.add_argument("--select", default=None, help="a name to search and select first")
    parser.add_argument("--evidence", default=None, metavar="NAME",
                        help="show the evidence of the best-supported relation of NAME")
    args = parser.parse_args()
    screenshot(args.graph_html, args.out, args.select, args.evidence)
