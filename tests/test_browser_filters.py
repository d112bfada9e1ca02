"""Relation classes and dates on the map (issue #16), and the map in a notebook, in headless
Chromium. The classed and dated graph is made here by hand, so these tests do not depend on the
extraction that adds `relation_class` and `first_seen`/`last_seen` to edges.
"""
from __future__ import annotations

from pathlib import Path

import pytest
from browser_support import LAYOUT_TIMEOUT_MS, MapPage

from graphbuild import KnowledgeGraph
from graphbuild.export import html as html_export
from graphbuild.export.html_data import CLASS_COLORS, NEGATED_EDGE_COLOR

# predicate -> (class, first_seen, last_seen); "" = undated
CLASSES = {"meet with": ("meeting", "2016-07-01", "2016-09-08"),
           "talk to": ("communication", "2016-12-29", "2016-12-29"),
           "tell": ("communication", "2017-02-10", "2017-02-10"),
           "interview": ("legal", "2017-01-24", "2017-01-24"),
           "fire": ("role", "2017-02-13", "2017-02-13"),
           "represent": ("role", "", "")}


def classed(kg: KnowledgeGraph) -> KnowledgeGraph:
    """The story graph with DESIGN.md's relation classes and dates on its edges and evidence."""
    for _, _, attrs in kg.graph.edges(data=True):
        cls, first, last = CLASSES[attrs["predicate"]]
        attrs["relation_class"] = cls
        if attrs["negated"]:  # the denial was said later
            first = last = "2017-03-02"
        if first:
            attrs["first_seen"], attrs["last_seen"] = first, last
            for item, date in zip(attrs["evidence"], [first, last]):
                item["date"] = date
    return kg


@pytest.fixture
def classed_map(story_kg, tmp_path) -> Path:
    path = tmp_path / "classed.html"
    classed(story_kg).write_html(path)
    return path


def _hidden(page: MapPage, kind: str) -> set[str]:
    return set(page.js(f"window.network.body.data.{kind}.get({{filter: x => x.hidden}})"
                       ".map(x => x.id)"))


def _edge_ids(page: MapPage, predicates: set[str], negated: bool | None = None) -> set[str]:
    return {e["id"] for e in page.data()["edges"] if e["predicate"] in predicates
            and (negated is None or (e["status"] == "negated") == negated)}


def _set_range(page: MapPage, which: str, day: str) -> None:
    """Move one end of the time slider to a date, as dragging it does."""
    page.js("""([which, day]) => {
        const input = document.getElementById('time-' + which);
        const min = JSON.parse(document.getElementById('graph-data').textContent).dates.min;
        input.value = String(Math.round((Date.parse(day) - Date.parse(min)) / 86400000));
        input.dispatchEvent(new Event('input')); }""", [which, day])


def test_edges_are_coloured_by_class_with_a_legend_and_filter(open_map, classed_map):
    page = open_map(classed_map)
    colours = page.js("""() => Object.fromEntries(window.network.body.data.edges.get()
        .map(e => [e.id, e.color.color]))""")
    for edge in page.data()["edges"]:
        expected = NEGATED_EDGE_COLOR if edge["status"] == "negated" else CLASS_COLORS[edge["cls"]]
        assert colours[edge["id"]] == expected
    assert page.page.is_visible("#class-filter")
    rows = page.js("[...document.querySelectorAll('#class-filter input')].map(b => b.value)")
    assert rows == ["meeting", "communication", "role", "legal"]  # the taxonomy's order
    page.page.uncheck('#class-filter input[data-class="communication"]')
    assert _hidden(page, "edges") == _edge_ids(page, {"talk to", "tell"})
    # Pence's one relation is hidden, so is he; Alabama and the ORG "Trump" never had one
    assert _hidden(page, "nodes") == {"PERSON:mike-pence", "GPE:alabama", "ORG:trump"}
    page.page.check('#class-filter input[data-class="communication"]')
    assert _hidden(page, "edges") == _hidden(page, "nodes") == set()
    assert page.console_errors == []


def test_the_time_slider_keeps_the_relations_of_a_period(open_map, classed_map):
    page = open_map(classed_map)
    assert page.page.is_visible("#time-filter")
    assert "2016-07-01 – 2017-03-02" in page.page.inner_text("#time-filter")
    _set_range(page, "from", "2017-01-01")
    assert "2017-01-01 – 2017-03-02" in page.page.inner_text("#time-filter")
    # 2016's meetings and talk, and the undated "represent", leave the map
    assert _hidden(page, "edges") == (_edge_ids(page, {"meet with"}, negated=False)
                                      | _edge_ids(page, {"talk to", "represent"}))
    assert _hidden(page, "nodes") == {"GPE:russia", "GPE:alabama", "ORG:trump"}
    _set_range(page, "to", "2017-02-11")
    assert _hidden(page, "edges") == _edge_ids(page, {"meet with", "talk to", "represent",
                                                      "fire"})
    assert "PERSON:jeff-sessions" in _hidden(page, "nodes")
    page.page.fill("#search", "Sessions")  # a search for a hidden entity brings everything back
    page.page.press("#search", "Enter")
    assert _hidden(page, "edges") == set()
    assert "2016-07-01 – 2017-03-02" in page.page.inner_text("#time-filter")


def test_a_graph_without_classes_or_dates_gets_neither_control(open_map, story_kg, tmp_path):
    path = tmp_path / "plain.html"
    story_kg.write_html(path)
    page = open_map(path)
    assert not page.page.is_visible("#class-section")
    assert not page.page.is_visible("#time-section")
    assert page.js("window.network.body.data.edges.get().every(e => e.color.color === "
                   "'#6b7280' || e.color.color === '#c0392b' || e.color.color === '#b0b0b0')")
    assert page.console_errors == []


# -- notebooks ----------------------------------------------------------------------------

def _notebook(browser, outputs: list[str]):
    """A page holding cell outputs one after another, as a notebook shows them."""
    page = browser.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_content("".join(f"<div class='cell'>{out}</div>" for out in outputs))
    frames = [handle.content_frame() for handle in page.query_selector_all("iframe")]
    for frame in frames:
        frame.wait_for_selector("body[data-layout=done]", state="attached",
                                timeout=LAYOUT_TIMEOUT_MS)
    return page, frames, errors


def test_a_notebook_loads_vis_network_once_for_all_its_maps(browser, story_kg, monkeypatch):
    monkeypatch.setitem(html_export._notebook, "library_sent", False)
    first, second = story_kg._repr_html_(), story_kg._repr_html_()
    assert len(first) > 450_000  # the library, once
    assert len(second) < 100_000  # later displays carry only their data
    page, frames, errors = _notebook(browser, [first, second])
    try:
        assert [f.evaluate("window.network.body.data.nodes.length") for f in frames] == [9, 9]
        assert errors == []
    finally:
        page.close()


def test_a_map_without_the_library_in_the_notebook_says_what_to_do(browser, story_kg):
    page = browser.new_page()
    try:
        page.set_content(html_export.notebook_html(story_kg.graph, include_library=False))
        frame = page.query_selector("iframe").content_frame()
        frame.wait_for_function("() => document.getElementById('status').textContent"
                                ".includes('not found')", timeout=LAYOUT_TIMEOUT_MS)
        assert frame.evaluate("window.vis === undefined")
    finally:
        page.close()
