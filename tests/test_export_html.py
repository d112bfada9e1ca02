"""The map page as data and as a file (its behaviour in a browser is in test_browser.py)."""
from __future__ import annotations

import json
import re

import networkx as nx
import pytest
from hypothesis import given, settings, strategies as st

from graphbuild import KnowledgeGraph
from graphbuild.export.files import parse_formats
from graphbuild.export.html import notebook_html, render_html, vis_options, write_html
from graphbuild.export.html_data import (CLASS_COLORS, DEFAULT_MAX_NODES, MAX_EVIDENCE_PER_EDGE,
                                         article_index, map_data, rank_nodes)


def page_data(page: str) -> dict:
    """The JSON the page carries, read back the way its script reads it."""
    match = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', page,
                      re.DOTALL)
    return json.loads(match.group(1))


# -- which nodes and edges the map shows --------------------------------------------------

def test_map_data_keeps_every_node_and_edge_of_a_small_graph(story_kg):
    data = map_data(story_kg.graph)
    assert {n["id"] for n in data["nodes"]} == set(story_kg.graph)
    assert len(data["edges"]) == story_kg.graph.number_of_edges()
    assert data["omitted"]["nodes"] == data["omitted"]["edges"] == 0


def test_nodes_carry_colour_by_type_and_size_by_connections(story_kg):
    nodes = {n["id"]: n for n in map_data(story_kg.graph)["nodes"]}
    flynn, pence = nodes["PERSON:michael-flynn"], nodes["PERSON:mike-pence"]
    assert flynn["color"] == pence["color"] != nodes["ORG:fbi"]["color"]
    assert flynn["degree"] == 4 and flynn["size"] == 40.0  # the best connected is the largest
    assert pence["size"] < flynn["size"]
    assert nodes["GPE:alabama"]["size"] == 8.0  # no edge: the smallest dot
    assert flynn["aliases"] == ["Michael Flynn", "Flynn", "Mike Flynn"]


def test_edges_mark_negated_and_hedged_relations(story_kg):
    edges = map_data(story_kg.graph)["edges"]
    by_label = {e["label"]: e for e in edges}
    assert by_label["meet with"]["status"] == "asserted" and by_label["meet with"]["dashes"] is False
    denied = by_label["not meet with"]
    assert denied["status"] == "negated" and denied["dashes"]
    assert denied["evidence"] == [{"doc": "a1", "date": "",
                                   "sentence": "I never met with the Russians, Sessions said."}]
    hedged = by_label["interview?"]
    assert hedged["status"] == "hedged" and hedged["dashes"] and hedged["color"] != denied["color"]


def test_parallel_edges_bend_apart(story_kg):
    pair = [e for e in map_data(story_kg.graph)["edges"]
            if {e["from"], e["to"]} == {"PERSON:jeff-sessions", "PERSON:sergey-kislyak"}]
    assert sorted(e["curve"] for e in pair) == [0.0, 0.2]


def test_evidence_on_the_page_is_capped_but_counted():
    g = nx.MultiDiGraph()
    g.add_nodes_from([("a", {"label": "A"}), ("b", {"label": "B"})])
    evidence = [{"doc": "d", "sentence": f"Sentence {i}."} for i in range(12)]
    g.add_edge("a", "b", predicate="know", weight=12, evidence=evidence)
    edge = map_data(g)["edges"][0]
    assert len(edge["evidence"]) == MAX_EVIDENCE_PER_EDGE and edge["evidenceTotal"] == 12


def test_the_cap_keeps_the_best_connected_nodes_and_lists_the_rest(story_kg):
    graph = story_kg.graph
    data = map_data(graph, max_nodes=3)
    kept = [n["id"] for n in data["nodes"]]
    assert kept == rank_nodes(graph)[:3]
    assert kept[0] == "PERSON:michael-flynn"  # 4 neighbours, more than anyone
    assert all(e["from"] in kept and e["to"] in kept for e in data["edges"])
    omitted = data["omitted"]
    assert omitted["nodes"] == graph.number_of_nodes() - 3
    assert omitted["edges"] == graph.number_of_edges() - len(data["edges"])
    assert "Alabama" in omitted["names"] and sum(omitted["byType"].values()) == omitted["nodes"]
    assert kept[2] == "PERSON:jeff-sessions"  # one neighbour, but the most mentions
    assert omitted["aliases"]["federal bureau of investigation"] == "FBI"  # for the search box


def test_nodes_carry_the_clis_name_keys_for_the_search_box(story_kg):
    story_kg.graph.nodes["PERSON:jeff-sessions"]["aliases"].append("Séssions’")
    nodes = {n["id"]: n for n in map_data(story_kg.graph)["nodes"]}
    sessions = nodes["PERSON:jeff-sessions"]
    assert sessions["keys"] == ["jeff sessions", "sessions", "ag sessions"]  # no repeats
    assert sessions["titleKeys"] == ["attorney general"]
    assert nodes["ORG:fbi"]["keys"] == ["fbi", "federal bureau of investigation"]


def test_edges_carry_class_colour_and_dates_when_the_graph_has_them(story_kg):
    graph = story_kg.graph
    for u, v, attrs in graph.edges(data=True):
        attrs["relation_class"] = "meeting" if attrs["predicate"] == "meet with" else "other"
    meet = next(d for _, _, d in graph.edges(data=True) if d["predicate"] == "meet with"
                and not d["negated"])
    meet["evidence"][0]["date"], meet["evidence"][1]["date"] = "2016-07-01", "2016-09-08"
    data = map_data(graph)
    edge = next(e for e in data["edges"] if e["label"] == "meet with")
    assert edge["color"] == CLASS_COLORS["meeting"] and edge["cls"] == "meeting"
    assert (edge["first"], edge["last"]) == ("2016-07-01", "2016-09-08")  # from the evidence
    assert edge["evidence"][1]["date"] == "2016-09-08"
    denied = next(e for e in data["edges"] if e["label"] == "not meet with")
    assert denied["color"] != CLASS_COLORS["meeting"]  # a denial stays red
    assert [c["cls"] for c in data["classes"]] == ["meeting", "other"]
    assert data["dates"] == {"min": "2016-07-01", "max": "2016-09-08", "dated": 1, "undated": 6}


def test_a_graph_without_classes_or_dates_has_no_class_legend_or_range(story_kg):
    data = map_data(story_kg.graph)
    assert data["classes"] == [] and data["dates"] is None
    assert {e["color"] for e in data["edges"]} == {"#6b7280", "#c0392b", "#b0b0b0"}


def test_articles_are_named_by_headline_and_iso_date():
    index = article_index([{"id": "a", "headline": "Sessions\n recuses", "date": "2017-03-02T09:00"},
                           {"id": "b", "date": "March 2"}])
    assert index["a"] == {"title": "Sessions recuses", "url": "", "date": "2017-03-02"}
    assert index["b"] == {"title": "b", "url": "", "date": ""}


def test_the_cap_must_be_positive(story_kg, tmp_path):
    with pytest.raises(ValueError, match="max_nodes"):
        story_kg.write_html(tmp_path / "graph.html", max_nodes=0)


def test_the_map_leaves_the_graph_as_it_was(story_kg):
    before = nx.node_link_data(story_kg.graph, edges="edges")
    render_html(story_kg.graph, max_nodes=3)
    assert nx.node_link_data(story_kg.graph, edges="edges") == before


def test_only_web_links_to_articles_reach_the_page():
    index = article_index([{"id": "a", "title": "T", "url": "https://example.org/a"},
                           {"id": "b", "url": "javascript:alert(1)"},
                           {"id": "c", "url": "data:text/html,<script>"}])
    assert [index[k]["url"] for k in "abc"] == ["https://example.org/a", "", ""]
    assert index["b"]["title"] == "b"  # an article without a title is named by its id


def test_a_graph_read_back_from_graphml_draws_the_same_names(story_kg, tmp_path):
    from graphbuild import load
    story_kg.write_graphml(tmp_path / "graph.graphml")
    data = map_data(load(tmp_path / "graph.graphml").graph)
    nodes = {n["id"]: n for n in data["nodes"]}
    assert nodes["PERSON:jeff-sessions"]["aliases"] == ["Jeff Sessions", "Sessions", "AG Sessions"]
    met = next(e for e in data["edges"] if e["label"] == "meet with")
    assert met["evidence"] == [{"doc": "", "date": "",
                               "sentence": "Sessions met with Kislyak in July."}]
    assert met["evidenceTotal"] == 2  # GraphML's evidence_count, though one sentence is kept


# -- the page -------------------------------------------------------------------------------

def test_the_page_is_self_contained(story_kg):
    page = render_html(story_kg.graph)
    assert not re.search(r"<(script|img|iframe)[^>]+src=|<link", page, re.IGNORECASE)
    assert "bootstrap" not in page.lower() and "tom-select" not in page
    assert "default-src 'none'" in page  # the browser refuses any request the page might make
    assert "vis-network" in page and len(re.findall(r"^<script\b", page, re.MULTILINE)) == 3


def test_article_strings_cannot_close_the_data_script():
    g = nx.MultiDiGraph(name="</title><script>alert(1)</script>")
    g.add_node("x", label="</script><script>alert('label')</script>", type="PERSON",
               aliases=["<img src=x onerror=alert(1)>"])
    page = render_html(g)
    assert "<script>alert" not in page and "<img src=x" not in page
    assert "<title>&lt;/title&gt;&lt;script&gt;" in page
    data = page_data(page)  # the strings arrive intact, as data
    assert data["nodes"][0]["label"] == "</script><script>alert('label')</script>"
    assert data["title"] == "</title><script>alert(1)</script>"


@settings(max_examples=50, deadline=None)
@given(text=st.text(max_size=40))
def test_any_article_text_arrives_intact_and_inert(text):
    g = nx.MultiDiGraph()
    g.add_node("x", label=text, type="PERSON", aliases=[text])
    g.add_edge("x", "x", predicate=text, evidence=[{"doc": text, "sentence": text}])
    page = render_html(g, title=text)
    script = re.search(r'<script id="graph-data" type="application/json">(.*?)</script>', page,
                       re.DOTALL).group(1)
    assert "<" not in script and ">" not in script  # nothing in the data can open or close a tag
    data = json.loads(script)
    assert data["nodes"][0]["label"] == (text or "x")  # an empty label shows the node's id
    assert data["edges"][0]["evidence"][0]["sentence"] == text


def test_write_html_writes_the_seed_map(seeds_kg, tmp_path):
    path = tmp_path / "out" / "graph.html"
    seeds_kg.write_html(path, title="Seed articles")
    page = path.read_text(encoding="utf-8")
    data = page_data(page)
    assert data["title"] == "Seed articles" and "<title>Seed articles</title>" in page
    assert len(data["nodes"]) == min(DEFAULT_MAX_NODES, seeds_kg.graph.number_of_nodes())
    assert set(data["articles"]) == {a["id"] for a in seeds_kg.articles}
    assert [p.name for p in path.parent.iterdir()] == ["graph.html"]  # no temporary file left


def test_max_nodes_reaches_the_page_through_save(story_kg, tmp_path):
    written = story_kg.save(tmp_path, formats=("html",), max_nodes=2)
    assert written == [tmp_path / "graph.html"]
    assert len(page_data(written[0].read_text(encoding="utf-8"))["nodes"]) == 2


def test_a_failed_write_leaves_the_old_page(story_kg, tmp_path):
    path = tmp_path / "graph.html"
    path.write_text("old page")
    with pytest.raises(ValueError):
        write_html(story_kg.graph, path, max_nodes=0)
    assert path.read_text() == "old page"


def test_larger_maps_get_fewer_layout_iterations():
    small, large = vis_options(50), vis_options(1000)
    assert (small["physics"]["stabilization"]["iterations"]
            > large["physics"]["stabilization"]["iterations"])
    assert small["layout"]["improvedLayout"] and not large["layout"]["improvedLayout"]


def test_notebooks_get_the_page_in_a_sandboxed_iframe(story_kg):
    html = notebook_html(story_kg.graph, include_library=False)
    host, frame = html.split("<iframe", 1)
    assert host.startswith("<script>") and host.count("<script") == 1  # the library's host
    assert frame.startswith(" srcdoc='") and 'sandbox="allow-scripts ' in frame
    assert "<script" not in frame  # the page is escaped inside the attribute


def test_a_notebook_gets_vis_network_with_its_first_map_only(story_kg, monkeypatch):
    from graphbuild.export import html as html_export
    monkeypatch.setitem(html_export._notebook, "library_sent", False)
    first, second = story_kg._repr_html_(), story_kg._repr_html_()
    library = "visjs.github.io/vis-network"  # its licence header
    assert library in first and library not in second
    assert len(second) < len(first) - 400_000
    assert "</script" not in first.split("</script>", 1)[0]  # the library cannot end its element


def test_the_page_leaves_out_the_vis_stylesheet(story_kg):
    page = render_html(story_kg.graph)
    assert "div.vis-network div.vis-navigation" not in page and "data:image" not in page


def test_formats_include_gexf_and_csv_but_the_default_does_not():
    assert parse_formats("gexf,csv") == ("gexf", "csv")
    assert parse_formats(None) == ("graphml", "html", "json")


def test_an_empty_graph_still_makes_a_page():
    data = page_data(render_html(KnowledgeGraph().graph))
    assert data["nodes"] == [] and data["totals"] == {"nodes": 0, "edges": 0}


def test_build_max_nodes_caps_the_map_but_not_the_other_files(seeds_dir, tmp_path):
    from click.testing import CliRunner

    from graphbuild.cli import main
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["build", str(seeds_dir), "-o", str(out), "--max-nodes",
                                       "5", "--format", "html,json", "--no-cache", "--workers",
                                       "1", "--quiet"])
    assert result.exit_code == 0, result.output
    data = page_data((out / "graph.html").read_text(encoding="utf-8"))
    assert len(data["nodes"]) == 5
    assert data["omitted"]["nodes"] == data["totals"]["nodes"] - 5 > 0
    assert len(json.loads((out / "graph.json").read_text())["nodes"]) == data["totals"]["nodes"]


def test_build_rejects_a_cap_below_one(seeds_dir, tmp_path):
    from click.testing import CliRunner

    from graphbuild.cli import main
    result = CliRunner().invoke(main, ["build", str(seeds_dir), "--max-nodes", "0"])
    assert result.exit_code == 2 and "--max-nodes" in result.output
