"""Shared by the browser tests: one headless Debian Chromium per session, driven by
Playwright (never a downloaded browser), and a map page opened in a fresh tab that records what
it logged, requested or tried to pop up.

Without /usr/bin/chromium (or Playwright) the tests are skipped, unless the CI variable is set, in
which case they fail.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                 "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
LAYOUT_TIMEOUT_MS = 120_000  # a wait, not an assertion: slow shared machines still pass
ALLOWED_SCHEMES = ("file:", "data:", "about:")


def _unavailable(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"browser tests cannot run in CI: {reason}")
    pytest.skip(f"browser tests need {reason}")


@pytest.fixture(scope="session")
def browser(tmp_path_factory):
    """A headless Debian Chromium driven by Playwright (never a downloaded browser)."""
    if not CHROMIUM.exists():
        _unavailable(f"Debian's Chromium at {CHROMIUM} (apt-get install chromium)")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright (pip install -e '.[dev]')")
    profile = tmp_path_factory.mktemp("chromium-profile")
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile), executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True,
            viewport={"width": 1280, "height": 800})
        yield context
        context.close()
    shutil.rmtree(profile, ignore_errors=True)


class MapPage:
    """A map opened in a tab, with everything it logged, requested or tried to pop up."""

    def __init__(self, context, path: Path) -> None:
        self.page = context.new_page()
        self.console_errors: list[str] = []
        self.requests: list[str] = []
        self.dialogs: list[str] = []
        self.page.on("console", self._console)
        self.page.on("pageerror", lambda error: self.console_errors.append(str(error)))
        self.page.on("request", lambda request: self.requests.append(request.url))
        self.page.on("dialog", self._dialog)
        self.page.goto(path.as_uri())
        self.page.wait_for_selector("body[data-layout=done]", state="attached",
                                    timeout=LAYOUT_TIMEOUT_MS)

    def _console(self, message) -> None:
        if message.type in ("error", "warning"):
            self.console_errors.append(f"{message.type}: {message.text}")

    def _dialog(self, dialog) -> None:
        self.dialogs.append(dialog.message)
        dialog.dismiss()

    def js(self, expression: str, arg=None):
        return self.page.evaluate(expression, arg)

    def outside_requests(self) -> list[str]:
        return [url for url in self.requests if not url.startswith(ALLOWED_SCHEMES)]

    def click_node(self, node_id: str) -> None:
        """Click the centre of a node's dot, as a person would."""
        self.page.mouse.click(*self.node_point(node_id))

    def data(self) -> dict:
        """The graph data the page carries, as its script reads it."""
        return self.js("JSON.parse(document.getElementById('graph-data').textContent)")

    def edge_with_label(self, label: str) -> dict:
        return next(e for e in self.data()["edges"] if e["label"] == label)

    def node_point(self, node_id: str) -> tuple[float, float]:
        """Where a node's dot is on the page (CSS pixels)."""
        return tuple(self.js("""id => {
            const p = window.network.canvasToDOM(window.network.getPositions([id])[id]);
            const box = document.querySelector('#mynetwork').getBoundingClientRect();
            return [box.left + p.x, box.top + p.y]; }""", node_id))

    def labels(self) -> list[dict]:
        """The labels drawn at the last redraw: kind, id, text, px and box (map coordinates)."""
        self.js("window.network.redraw()")
        return self.js("window.graphbuildMap.labels()")

    def close(self) -> None:
        self.page.close()


@pytest.fixture
def open_map(browser):
    pages = []

    def open_(path: Path) -> MapPage:
        pages.append(MapPage(browser, path))
        return pages[-1]

    yield open_
    for page in pages:
        page.close()
