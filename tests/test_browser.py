"""The interactive map in headless Chromium: it draws, searches, filters, highlights, fetches
nothing, logs no error, and runs no code that comes from an article.

One browser for the session (tests/browser_support.py, through conftest); each test opens its
page in a fresh tab.
"""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from browser_support import LAYOUT_TIMEOUT_MS, MapPage

from graphbuild import KnowledgeGraph
from graphbuild.export.html_data import DEFAULT_MAX_NODES, rank_nodes


@pytest.fixture(scope="session")
def seeds_map(seeds_kg, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("seeds_map") / "graph.html"
    seeds_kg.write_html(path)
    return path


def _ink(page: MapPage) -> int:
    """How many canvas pixels are not blank (white or transparent)."""
    return page.js("""() => {
        const canvas = document.querySelector('#mynetwork canvas');
        const d = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
        let ink = 0;
        for (let i = 0; i < d.length; i += 4)
            if (d[i + 3] > 0 && (d[i] < 240 || d[i + 1] < 240 || d[i + 2] < 240)) ink++;
        return ink; }""")


# -- the seed map ---------------------------------------------------------------------------

def test_seed_map_draws_every_node_offline_without_errors(open_map, seeds_map, seeds_kg):
    page = open_map(seeds_map)
    expected = min(seeds_kg.graph.number_of_nodes(), DEFAULT_MAX_NODES)
    assert page.js("window.network.body.data.nodes.length") == expected > 0
    assert _ink(page) > 1000  # dots, lines and labels are on the canvas
    assert page.outside_requests() == []
    assert page.console_errors == []


def test_physics_stops_once_the_layout_is_stable(open_map, seeds_map):
    page = open_map(seeds_map)
    assert page.js("window.network.physics.options.enabled") is False
    assert page.js("!window.network.physics.viewFunction")  # no simulation loop is registered


def test_search_by_alias_selects_and_focuses_the_entity(open_map, seeds_map, seeds_kg):
    graph = seeds_kg.graph
    owners: dict[str, set] = {}
    for n, attrs in graph.nodes(data=True):
        for name in [attrs["label"], *attrs["aliases"]]:
            owners.setdefault(name.lower(), set()).add(n)
    node, alias = next(((n, a) for n in sorted(graph, key=lambda n: (-graph.degree(n), n))
                        for a in graph.nodes[n]["aliases"]
                        if a.lower() != graph.nodes[n]["label"].lower()
                        and owners[a.lower()] == {n}), (None, None))
    assert alias, "the seeds graph should have an entity with an alias of its own"
    page = open_map(seeds_map)
    page.page.fill("#search", alias.upper())  # case does not matter
    page.page.press("#search", "Enter")
    assert page.js("window.network.getSelectedNodes()") == [node]
    assert page.page.get_attribute("body", "data-highlight") == node
    assert graph.nodes[node]["label"] in page.page.inner_text("#details")
    assert graph.nodes[node]["label"] in page.page.inner_text("#search-results")


def test_search_names_an_entity_that_is_not_there(open_map, seeds_map):
    page = open_map(seeds_map)
    page.page.fill("#search", "zzzz no such entity")
    assert page.page.inner_text("#search-results") == "No entity by that name."


def test_type_filter_hides_and_shows_a_type(open_map, seeds_map, seeds_kg):
    graph = seeds_kg.graph
    people = {n for n, t in graph.nodes(data="type") if t == "PERSON"}
    page = open_map(seeds_map)
    hidden_nodes = "window.network.body.data.nodes.get({filter: n => n.hidden}).map(n => n.id)"
    page.page.uncheck('#type-filter input[data-type="PERSON"]')
    assert set(page.js(hidden_nodes)) == people
    hidden_edges = set(page.js(
        "window.network.body.data.edges.get({filter: e => e.hidden}).map(e => e.from + '>' + e.to)"))
    assert hidden_edges == {f"{u}>{v}" for u, v in graph.edges() if u in people or v in people}
    page.page.check('#type-filter input[data-type="PERSON"]')
    assert page.js(hidden_nodes) == []


def test_show_everything_undoes_filter_search_and_highlight(open_map, seeds_map, seeds_kg):
    page = open_map(seeds_map)
    page.page.uncheck('#type-filter input[data-type="GPE"]')
    person = next(a["label"] for _, a in seeds_kg.graph.nodes(data=True) if a["type"] == "PERSON")
    page.page.fill("#search", person)  # a person: the search leaves the GPE filter off
    page.page.press("#search", "Enter")
    assert page.page.get_attribute("body", "data-highlight") is not None
    assert page.js("window.network.body.data.nodes.get({filter: n => n.hidden}).length") > 0
    page.page.click("#reset")
    assert page.page.get_attribute("body", "data-highlight") is None
    assert page.js("window.network.body.data.nodes.get({filter: n => n.hidden}).length") == 0
    assert page.js("window.network.getSelectedNodes()") == []
    assert page.page.input_value("#search") == "" and page.page.is_checked(
        '#type-filter input[data-type="GPE"]')


def test_clicking_a_node_highlights_its_neighbourhood(open_map, seeds_map, seeds_kg):
    graph = seeds_kg.graph
    hub = max(graph, key=lambda n: (len(set(nx.all_neighbors(graph, n))), n))
    neighbours = set(nx.all_neighbors(graph, hub)) | {hub}
    page = open_map(seeds_map)
    page.click_node(hub)
    assert page.page.get_attribute("body", "data-highlight") == hub
    dimmed = set(page.js("""() => window.network.body.data.nodes
        .get({filter: n => n.color === 'rgba(200,200,200,0.35)'}).map(n => n.id)"""))
    assert dimmed == set(graph) - neighbours
    corner = page.js("""() => {  // a corner of the canvas with nothing drawn on it
        const box = document.querySelector('#mynetwork').getBoundingClientRect();
        const p = {x: box.width - 4, y: box.height - 4};
        return {x: box.left + p.x, y: box.top + p.y, empty: window.network.getNodeAt(p) === undefined
                && window.network.getEdgeAt(p) === undefined}; }""")
    assert corner["empty"]
    x, y = corner["x"], corner["y"]
    page.page.mouse.click(x, y)  # empty space clears the highlight
    assert page.page.get_attribute("body", "data-highlight") is None


def test_clicking_an_edge_shows_its_evidence_and_article(open_map, tmp_path, story_kg):
    story_kg.graph.graph["articles"][0]["url"] = "https://example.org/sessions"
    path = tmp_path / "story.html"
    story_kg.write_html(path)
    page = open_map(path)
    sources = page.page.text_content("#articles")  # the list is folded: text, not what shows
    assert all(title in sources for title in ("Sessions recuses himself", "Flynn resigns",
                                               "Vending scheme"))
    edge = page.edge_with_label("not meet with")
    assert edge["dashes"] and edge["from"] == "PERSON:jeff-sessions"
    # The edge's line is in the middle of its two dots; click it there.
    x, y = page.js("""id => {
        const e = window.network.body.edges[id];
        const p = window.network.canvasToDOM(e.edgeType.getPoint(0.5));
        const box = document.querySelector('#mynetwork').getBoundingClientRect();
        return [box.left + p.x, box.top + p.y]; }""", edge["id"])
    page.page.mouse.click(x, y)
    details = page.page.inner_text("#details")
    assert "I never met with the Russians, Sessions said." in details
    assert "Sessions recuses himself" in details  # the article's title, not only its id
    assert "(the text denies it)" in details
    links = page.js("[...document.querySelectorAll('#details a')].map(a => [a.href, a.rel])")
    assert links == [["https://example.org/sessions", "noopener noreferrer"]]
    assert page.outside_requests() == []  # a link is not a request until someone clicks it


# -- what a page must not do ----------------------------------------------------------------

PAYLOADS = ['<script>window.__xss = "script"; alert("script")</script>',
            '<img src=x onerror="window.__xss = \'img\'; alert(\'img\')">',
            '"><svg onload="window.__xss=\'svg\'">', "</script><script>alert('break')</script>"]


def _hostile_graph() -> KnowledgeGraph:
    g = nx.MultiDiGraph(articles=[{"id": "doc<1>", "title": PAYLOADS[1],
                                   "url": "javascript:window.__xss='url'"}])
    for i, payload in enumerate(PAYLOADS):
        g.add_node(f"n{i}{payload}", label=payload, type=["PERSON", "ORG<b>"][i % 2],
                   aliases=[payload, f"alias {i}"], titles=[payload], mentions=1,
                   documents=["doc<1>"])
    nodes = list(g)
    for i, payload in enumerate(PAYLOADS):
        g.add_edge(nodes[i], nodes[(i + 1) % len(nodes)], key=payload, predicate=payload,
                   negated=bool(i % 2), hedged=False, weight=1,
                   evidence=[{"doc": "doc<1>", "sentence": payload}])
    g.graph["name"] = PAYLOADS[0]
    return KnowledgeGraph(g)


def test_article_text_never_runs_as_code(open_map, tmp_path):
    path = tmp_path / "hostile.html"
    _hostile_graph().write_html(path)
    page = open_map(path)
    assert page.js("window.network.body.data.nodes.length") == len(PAYLOADS)
    for node_id in page.js("window.network.body.data.nodes.getIds()"):
        page.click_node(node_id)  # fills the side panel with labels, roles and articles
        page.page.mouse.move(5, 5)
    page.page.fill("#search", "ALIAS 0")
    page.page.press("#search", "Enter")
    assert page.js("window.__xss === undefined")
    assert page.dialogs == []
    assert page.js("document.querySelectorAll('img, svg image, iframe').length") == 0
    assert page.js("document.scripts.length") == 3  # data, vis-network, the map
    assert PAYLOADS[0] in page.page.inner_text("#details")  # shown as text, intact
    assert page.js("[...document.querySelectorAll('a')].filter(a => a.href.startsWith('javascript')).length") == 0
    assert page.outside_requests() == []
    assert page.console_errors == []


def test_a_large_graph_keeps_the_best_connected_part_and_says_what_is_left_out(
        open_map, tmp_path):
    g = nx.MultiDiGraph()
    for i in range(120):
        g.add_node(f"n{i}", label=f"Entity {i}", type="ORG" if i % 3 else "PERSON",
                   aliases=[f"Alias of {i}"], mentions=1)
    for i in range(1, 120):  # a star: n0 is the hub, the others tie on one neighbour
        g.add_edge("n0", f"n{i}", key="know", predicate="know", negated=False, hedged=False,
                   weight=1, evidence=[])
    path = tmp_path / "large.html"
    KnowledgeGraph(g).write_html(path, max_nodes=40)
    page = open_map(path)
    assert page.js("window.network.body.data.nodes.length") == 40
    note = page.page.inner_text("#omitted")
    assert "Left out: 80 entities" in note and "80 relations" in note
    left_out = rank_nodes(g)[-1]
    page.page.fill("#search", f"alias of {left_out[1:]}")
    assert "not on this map" in page.page.inner_text("#search-results")
    assert page.console_errors == []


def test_an_empty_graph_opens_and_says_so(open_map, tmp_path):
    path = tmp_path / "empty.html"
    KnowledgeGraph().write_html(path)
    page = open_map(path)  # waits for the layout to be reported done
    assert page.page.inner_text("#status") == "This graph has no entities."
    assert page.console_errors == []


def test_notebook_display_runs_the_map_inside_an_iframe(browser, story_kg, monkeypatch):
    from graphbuild.export import html as html_export
    monkeypatch.setitem(html_export._notebook, "library_sent", False)  # a fresh kernel
    page = browser.new_page()
    try:
        errors = []
        page.on("pageerror", lambda error: errors.append(str(error)))
        page.set_content(story_kg._repr_html_())
        frame = page.wait_for_selector("iframe").content_frame()
        frame.wait_for_selector("body[data-layout=done]", state="attached",
                                timeout=LAYOUT_TIMEOUT_MS)
        assert frame.evaluate("window.network.body.data.nodes.length") == 9
        assert errors == []
    finally:
        page.close()
