"""Take the README's map screenshots in headless Debian Chromium: the map at its default zoom,
and after clicking an entity (framed with its neighbours, its relations labelled).

    python docs/screenshot.py GRAPH_HTML [--out-dir docs] [--select NAME]

It writes OUT_DIR/map.png and OUT_DIR/map-selected.png and prints what the page drew (how many
labels, their sizes). The README's pictures are of 15 articles, the 5 seeds and 10 more of the
development set:

    graphbuild build seeds/ $(ls ../shared/eval/dev/*.txt | grep -v -f <(ls seeds/) | head -10) \\
        -o /tmp/map15 --format html
    python docs/screenshot.py /tmp/map15/graph.html --select "Jeff Sessions"

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
VIEWPORT = {"width": 1400, "height": 860}


def describe(page, what: str) -> None:
    """Print what the map shows: zoom, labels drawn and their sizes on screen."""
    labels = page.evaluate("window.network.redraw(), window.graphbuildMap.labels()")
    nodes = [label for label in labels if label["kind"] == "node"]
    edges = [label for label in labels if label["kind"] == "edge"]
    sizes = [label["px"] for label in labels] or [0]
    shown = page.evaluate("window.network.body.data.nodes.get({filter: n => !n.hidden}).length")
    print(f"{what}: {shown} entities, zoom {page.evaluate('window.network.getScale()'):.2f}, "
          f"{len(nodes)} entity labels, {len(edges)} relation labels, "
          f"label size {min(sizes):.1f}-{max(sizes):.1f} px")


def screenshot(page_path: Path, out_dir: Path, select: str | None = None) -> None:
    with sync_playwright() as playwright, tempfile.TemporaryDirectory() as profile:
        context = playwright.chromium.launch_persistent_context(
            profile, executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS, headless=True,
            viewport=VIEWPORT)
        page = context.new_page()
        page.goto(page_path.resolve().as_uri())
        page.wait_for_selector("body[data-layout=done]", state="attached", timeout=120_000)
        describe(page, "default zoom")
        page.screenshot(path=str(out_dir / "map.png"))
        if select:  # click the entity's dot, as a person would
            node = page.evaluate("name => window.graphbuildMap.search(name)[0]", select)
            x, y = page.evaluate("""id => {
                const p = window.network.canvasToDOM(window.network.getPositions([id])[id]);
                const box = document.querySelector('#mynetwork').getBoundingClientRect();
                return [box.left + p.x, box.top + p.y]; }""", node)
            page.mouse.click(x, y)
            page.mouse.move(VIEWPORT["width"] - 2, VIEWPORT["height"] - 2)  # no hover
            describe(page, f"after clicking {select}")
            page.screenshot(path=str(out_dir / "map-selected.png"))
        context.close()


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("graph_html", nargs="?", type=Path, default=ROOT / "output/graph.html")
    parser.add_argument("--out-dir", type=Path, default=ROOT / "docs")
    parser.add_argument("--select", default="Jeff Sessions",
                        help="the entity to click for the second picture")
    args = parser.parse_args()
    screenshot(args.graph_html, args.out_dir, args.select)
