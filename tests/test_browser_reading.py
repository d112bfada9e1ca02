"""Reading the map in headless Chromium: labels at the default zoom and when zooming in, what a
click on an entity shows, the tooltip, headlines in citations, the way back from a relation, the
panel on a narrow screen, and the search box's name rules.
"""
from __future__ import annotations

import random
from pathlib import Path

import networkx as nx
import pytest
from browser_support import MapPage

from graphbuild import KnowledgeGraph
from graphbuild.query.names import find_entity, normalize_name, suggest

FIRST = ["Jeff", "Sergey", "Michael", "Adam", "Nancy", "Elizabeth", "Robert", "Preet",
         "Gulnara", "Ahmet", "Charles", "Leslie", "Ash", "Barack"]
LAST = ["Sessions", "Kislyak", "Flynn", "Schiff", "Pelosi", "Warren", "Mueller", "Bharara",
        "Karimova", "Davutoglu", "Bolden", "Caldwell", "Carter", "Obama", "Schumer", "Franken"]
PREDICATES = ["meet with", "call", "say should resign", "oversee", "be member of", "fire",
              "recuse from investigation of", "talk to", "accuse", "pay"]


def crowded_graph(n: int = 150) -> nx.MultiDiGraph:
    """A graph of `n` entities around a dozen hubs, with names as long as real ones."""
    rng = random.Random(7)
    g = nx.MultiDiGraph(articles=[{"id": "doc0", "title": "A headline", "date": "2017-03-02"}])
    for i in range(n):
        label = f"{FIRST[i % len(FIRST)]} {LAST[(i * 7) % len(LAST)]} {i}"
        g.add_node(f"n{i}", label=label, type=["PERSON", "ORG", "GPE"][i % 3], aliases=[label],
                   mentions=1 + rng.randrange(9), documents=["doc0"], titles=[])
    pairs = [(f"n{rng.randrange(min(i, 12))}", f"n{i}") for i in range(1, n)]
    pairs += [(f"n{rng.randrange(n)}", f"n{rng.randrange(n)}") for _ in range(40)]
    for index, (u, v) in enumerate(pairs):
        if u != v:
            predicate = PREDICATES[index % len(PREDICATES)]
            g.add_edge(u, v, key=f"{predicate}|{index}", predicate=predicate, negated=False,
                       hedged=False, weight=1,
                       evidence=[{"doc": "doc0", "sentence": f"Sentence {index}."}])
    return g


@pytest.fixture(scope="module")
def crowded_map(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("crowded") / "graph.html"
    KnowledgeGraph(crowded_graph()).write_html(path)
    return path


@pytest.fixture
def story_map(story_kg, tmp_path) -> Path:
    path = tmp_path / "story.html"
    story_kg.write_html(path)
    return path


def _overlapping(labels: list[dict]) -> list[tuple[str, str]]:
    return [(a["text"], b["text"]) for i, a in enumerate(labels) for b in labels[i + 1:]
            if a["x"] < b["x"] + b["w"] and b["x"] < a["x"] + a["w"]
            and a["y"] < b["y"] + b["h"] and b["y"] < a["y"] + a["h"]]


def _canvas(page: MapPage) -> dict:
    return page.js("""() => { const r = document.querySelector('#mynetwork')
        .getBoundingClientRect(); return {x: r.left, y: r.top, w: r.width, h: r.height}; }""")


# -- labels ---------------------------------------------------------------------------------

def test_labels_at_the_default_zoom_are_readable_and_never_overlap(open_map, crowded_map):
    page = open_map(crowded_map)
    assert page.js("window.network.body.data.nodes.length") == 150
    assert page.js("window.network.getScale()") < 0.7  # the whole map is in view, zoomed out
    labels = page.labels()
    area = _canvas(page)
    assert len(labels) >= 40  # plenty of names to read, not all 150 on top of each other
    assert all(label["kind"] == "node" for label in labels)  # no relation labels until asked
    assert min(label["px"] for label in labels) >= 12  # nothing is drawn at 7-8 px
    assert _overlapping(labels) == []
    assert all(0 <= lb["x"] and lb["x"] + lb["w"] <= area["w"] and 0 <= lb["y"]
               and lb["y"] + lb["h"] <= area["h"] for lb in labels)  # none cut by the edge
    assert page.console_errors == []


def test_zooming_in_makes_labels_larger_and_shows_the_hidden_ones(open_map, crowded_map):
    page = open_map(crowded_map)
    before = {label["id"]: label for label in page.labels()}
    hidden = next(f"n{i}" for i in range(149, 0, -1) if f"n{i}" not in before)
    hub = max(before, key=lambda i: before[i]["px"])
    page.js("""id => window.network.moveTo({position: window.network.getPositions([id])[id],
                                            scale: 2.5})""", hidden)
    after = {label["id"]: label for label in page.labels()}
    assert hidden in after  # room around it now: its label shows
    assert after[hidden]["px"] > 12
    assert max(label["px"] for label in after.values()) > before[hub]["px"]
    assert _overlapping(list(after.values())) == []


def test_clicking_an_entity_frames_its_neighbourhood_and_labels_its_relations(
        open_map, crowded_map):
    graph = crowded_graph()
    hub = max(graph, key=lambda n: (len(set(nx.all_neighbors(graph, n))), n))
    page = open_map(crowded_map)
    scale = page.js("window.network.getScale()")
    page.click_node(hub)
    assert page.page.get_attribute("body", "data-highlight") == hub
    assert page.js("window.network.getScale()") > scale  # zoomed in on it
    area = _canvas(page)
    for node in set(nx.all_neighbors(graph, hub)) | {hub}:  # every neighbour is in view
        x, y = page.node_point(node)
        assert area["x"] <= x <= area["x"] + area["w"] and area["y"] <= y <= area["y"] + area["h"]
    labels = page.labels()
    edge_labels = [label for label in labels if label["kind"] == "edge"]
    assert len(edge_labels) >= min(5, graph.degree(hub))
    assert {label["text"] for label in edge_labels} <= set(PREDICATES)
    assert _overlapping(labels) == []  # relation labels do not pile on each other or on names
    assert next(lb for lb in labels if lb["id"] == hub)["px"] >= 14


def test_the_tooltip_never_covers_the_clicked_entity(open_map, crowded_map):
    graph = crowded_graph()
    hub = max(graph, key=lambda n: (len(set(nx.all_neighbors(graph, n))), n))
    page = open_map(crowded_map)
    page.click_node(hub)
    hx, hy = page.node_point(hub)
    radius = page.js("id => window.network.body.nodes[id].options.size", hub) * page.js(
        "window.network.getScale()")
    hub_box = {"x": hx - radius, "y": hy - radius, "w": 2 * radius, "h": 2 * radius}
    shown = 0
    for neighbour in sorted(set(nx.all_neighbors(graph, hub)))[:6]:
        page.page.mouse.move(*page.node_point(neighbour))
        try:
            page.page.wait_for_selector("#tip:not([hidden])", timeout=3000)
        except Exception:  # the pointer landed on a label-free spot between two dots
            continue
        tip = page.page.locator("#tip").bounding_box()
        assert graph.nodes[neighbour]["label"] in page.page.inner_text("#tip")
        assert not (tip["x"] < hub_box["x"] + hub_box["w"] and hub_box["x"] < tip["x"] + tip["width"]
                    and tip["y"] < hub_box["y"] + hub_box["h"]
                    and hub_box["y"] < tip["y"] + tip["height"])
        shown += 1
    assert shown >= 3
    page.page.mouse.move(hx, hy)  # the clicked entity itself: its details are in the panel
    page.page.wait_for_timeout(300)
    assert page.js("document.getElementById('tip').hidden") is True


# -- the panel ----------------------------------------------------------------------------

def test_citations_and_the_articles_list_show_headlines_and_dates(open_map, story_map):
    page = open_map(story_map)
    items = page.js("[...document.querySelectorAll('#articles li')].map(li => li.textContent)")
    assert items == ["Flynn resigns (2017-02-14)", "Sessions recuses himself (2017-03-02)",
                     "Vending scheme"]  # by date; an undated article last
    page.page.fill("#search", "Jeff Sessions")
    page.page.press("#search", "Enter")
    details = page.page.inner_text("#details")
    assert "In: Sessions recuses himself (2017-03-02)" in details and "a1" not in details
    page.page.click("#details button[data-edge]")
    assert "— Sessions recuses himself (2017-03-02)" in page.page.inner_text("#details")


def test_an_article_without_a_headline_is_named_by_its_id(open_map, story_kg, tmp_path):
    del story_kg.graph.graph["articles"][0]["title"]
    path = tmp_path / "untitled.html"
    story_kg.write_html(path)
    page = open_map(path)
    assert "a1 (2017-03-02)" in page.page.text_content("#articles")


def test_a_relation_links_back_to_its_entity_and_is_highlighted_on_the_map(open_map, story_map):
    page = open_map(story_map)
    page.click_node("PERSON:jeff-sessions")
    edge = page.edge_with_label("meet with")
    page.page.click(f'#details button[data-edge="{edge["id"]}"]')
    assert page.page.get_attribute("body", "data-selected-edge") == edge["id"]
    assert page.js("window.network.getSelectedEdges()") == [edge["id"]]
    assert {"kind": "edge", "id": edge["id"]}.items() <= next(
        lb for lb in page.labels() if lb["id"] == edge["id"]).items()  # labelled on the map
    assert "Sessions met with Kislyak in July." in page.page.inner_text("#details")
    page.page.click("#back")
    assert page.page.get_attribute("body", "data-selected-edge") is None
    assert page.page.get_attribute("body", "data-highlight") == "PERSON:jeff-sessions"
    assert page.page.locator("#details button[data-edge]").count() == 2  # the list is back


def test_below_900_px_the_panel_folds_behind_a_toggle(open_map, story_map):
    page = open_map(story_map)
    assert page.page.locator("#panel").bounding_box()["width"] == 320
    assert not page.page.is_visible("#panel-toggle")
    page.page.set_viewport_size({"width": 800, "height": 700})
    page.page.wait_for_timeout(400)  # the panel slides away
    assert _canvas(page)["w"] == 800  # the map has the whole width: no strip beside it
    assert page.page.locator("#panel").bounding_box()["x"] + 320 <= 0
    page.page.click("#panel-toggle")
    page.page.wait_for_timeout(400)
    assert page.page.locator("#panel").bounding_box()["x"] == 0
    page.page.fill("#search", "Flynn")  # the panel works as on a wide screen
    assert "Michael Flynn" in page.page.inner_text("#search-results")
    page.page.click("#panel-toggle")
    page.page.wait_for_timeout(400)
    assert page.page.locator("#panel").bounding_box()["x"] < 0


# -- search -------------------------------------------------------------------------------

CLI_NAMES = ["Attorney General Sessions", "Sessions's", "SESSIONS\u2019", "S\u00e9ssions",
             "the Jeff Sessions", "Sen. Sessions", "jeff  sessions"]


TYPOS = ["Sesions", "Jeff Sesions"]


@pytest.mark.parametrize("typed", CLI_NAMES + TYPOS + ["Attorney General Sesions"])
def test_search_finds_a_name_the_way_the_cli_does(open_map, story_map, story_kg, typed):
    if typed in CLI_NAMES:
        assert find_entity(story_kg.graph, typed) == "PERSON:jeff-sessions"
    elif typed in TYPOS:  # the CLI suggests it ("did you mean"); the map takes the suggestion
        assert suggest(story_kg.graph, typed)[0] == "PERSON:jeff-sessions"
    page = open_map(story_map)
    page.page.fill("#search", typed)
    page.page.press("#search", "Enter")
    assert page.js("window.network.getSelectedNodes()") == ["PERSON:jeff-sessions"]


def test_short_names_need_their_exact_spelling(open_map, story_map):
    page = open_map(story_map)
    page.page.fill("#search", "FBO")  # one letter off a three-letter name is another name
    assert page.page.inner_text("#search-results") == "No entity by that name."


def test_the_page_normalizes_names_as_python_does(open_map, story_map):
    names = ["  The  F.B.I.'s ", "Ahmet Davuto\u011flu", "Sessions'", "Stra\u00dfe",
             "\u201cU.S.\u201d", "O\u2019Neill's", "the", "'s", "Ren\u00e9e  M\u00fcller"]
    page = open_map(story_map)
    assert page.js("names => names.map(window.graphbuildMap.normalizeName)", names) == [
        normalize_name(name) for name in names]
