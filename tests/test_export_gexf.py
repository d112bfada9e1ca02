"""GEXF: readable by networkx, valid XML for any input, the map's colours and sizes for Gephi."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx
import pytest
from hypothesis import given, settings, strategies as st

from graphbuild.export.gexf import VIZ_NAMESPACE, hex_to_rgb, write_gexf
from graphbuild.export.html_data import NEGATED_EDGE_COLOR, type_color

VIZ = f"{{{VIZ_NAMESPACE}}}"
GEXF = "{http://www.gexf.net/1.2draft}"


@pytest.fixture
def story_gexf(story_kg, tmp_path):
    path = tmp_path / "graph.gexf"
    story_kg.write_gexf(path)
    return path


def test_networkx_reads_every_node_edge_and_attribute(story_kg, story_gexf):
    back = nx.read_gexf(story_gexf)
    graph = story_kg.graph
    assert set(back) == set(graph) and back.number_of_edges() == graph.number_of_edges()
    sessions = back.nodes["PERSON:jeff-sessions"]
    assert sessions["label"] == "Jeff Sessions" and sessions["type"] == "PERSON"
    assert sessions["aliases"] == "Jeff Sessions; Sessions; AG Sessions"  # lists joined
    assert sessions["mentions"] == 8 and sessions["titles"] == "Attorney General"
    denied, = (attrs for attrs in back["PERSON:jeff-sessions"]["PERSON:sergey-kislyak"].values()
               if attrs["negated"])
    assert denied["negated"] is True and denied["hedged"] is False
    assert denied["predicate"] == "meet with" and denied["label"] == "not meet with"
    assert denied["evidence"] == "I never met with the Russians, Sessions said."
    assert denied["evidence_count"] == 1 and denied["weight"] == 1.0


def test_nodes_carry_the_map_colour_and_a_size_by_connections(story_gexf):
    back = nx.read_gexf(story_gexf)
    flynn, pence = back.nodes["PERSON:michael-flynn"], back.nodes["PERSON:mike-pence"]
    r, g, b = hex_to_rgb(type_color("PERSON"))
    assert flynn["viz"]["color"] == {"r": r, "g": g, "b": b, "a": 1.0}
    assert back.nodes["ORG:fbi"]["viz"]["color"]["r"] == hex_to_rgb(type_color("ORG"))[0]
    assert flynn["viz"]["size"] == 40.0 > pence["viz"]["size"]


def test_edges_carry_colour_and_thickness(story_gexf):
    root = ET.parse(story_gexf).getroot()
    edges = root.findall(f".//{GEXF}edge")
    denied = next(e for e in edges if e.get("label") == "not meet with")
    color = denied.find(f"{VIZ}color")
    assert tuple(int(color.get(c)) for c in "rgb") == hex_to_rgb(NEGATED_EDGE_COLOR)
    asserted = next(e for e in edges if e.get("label") == "meet with")
    assert asserted.find(f"{VIZ}thickness").get("value") == "2.0"  # two sentences


def test_every_attribute_has_one_declared_type(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("a", label="A", score=1)
    g.add_node("b", label="B", score=2.5)
    g.add_node("c", label="C", score="high")
    g.add_node("d", label="D", flag=True)
    path = tmp_path / "mixed.gexf"
    write_gexf(g, path)
    root = ET.parse(path).getroot()
    types = {a.get("title"): a.get("type") for a in root.iter(f"{GEXF}attribute")}
    assert types == {"score": "string", "flag": "boolean"}
    back = nx.read_gexf(path)
    assert back.nodes["b"]["score"] == "2.5" and back.nodes["d"]["flag"] is True


def test_control_characters_and_markup_in_any_string_still_make_valid_xml(tmp_path):
    nasty = 'A\x00B\x0bC\x1b <tag> & "quote" \'apos\'\nnext line'
    g = nx.MultiDiGraph()
    g.add_node(nasty, label=nasty, type=nasty, aliases=[nasty, "x"])
    g.add_node("plain", label="plain")
    g.add_edge(nasty, "plain", key=nasty, predicate=nasty, negated=False, hedged=True,
               weight=1, evidence=[{"doc": nasty, "sentence": nasty}])
    path = tmp_path / "nasty.gexf"
    write_gexf(g, path)
    back = nx.read_gexf(path)
    clean = 'ABC <tag> & "quote" \'apos\'\nnext line'
    assert back.nodes[clean]["label"] == clean  # newline kept, control characters gone
    assert back.edges[clean, "plain"]["evidence"] == clean  # one edge: read as a DiGraph


def test_an_empty_graph_is_a_valid_file(tmp_path):
    path = tmp_path / "empty.gexf"
    write_gexf(nx.MultiDiGraph(), path)
    assert nx.read_gexf(path).number_of_nodes() == 0


def test_the_seed_graph_round_trips(seeds_kg, tmp_path):
    path = tmp_path / "seeds.gexf"
    seeds_kg.write_gexf(path)
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == seeds_kg.graph.number_of_nodes()
    assert back.number_of_edges() == seeds_kg.graph.number_of_edges()
    assert all("viz" in attrs and attrs["label"] for _, attrs in back.nodes(data=True))


def test_save_writes_gexf_when_asked(story_kg, tmp_path):
    assert story_kg.save(tmp_path, formats=("gexf",)) == [tmp_path / "graph.gexf"]
    assert nx.read_gexf(tmp_path / "graph.gexf").number_of_nodes() == 9



@settings(max_examples=40, deadline=None)
@given(texts=st.lists(st.text(max_size=30), min_size=2, max_size=5))
def test_any_text_makes_a_file_networkx_reads(tmp_path_factory, texts):
    g = nx.MultiDiGraph()
    for i, text in enumerate(texts):
        g.add_node(f"n{i}", label=text, type=text, aliases=[text, text[::-1]], mentions=i)
    for i, text in enumerate(texts[1:], start=1):
        g.add_edge("n0", f"n{i}", key=text, predicate=text, negated=i % 2 == 0, hedged=False,
                   weight=1, evidence=[{"doc": text, "sentence": text}])
    path = tmp_path_factory.mktemp("gexf") / "any.gexf"
    write_gexf(g, path)
    back = nx.read_gexf(path)
    assert back.number_of_nodes() == len(texts)
    assert back.number_of_edges() == len(texts) - 1


GEXF_TYPES = {"integer", "long", "double", "float", "boolean", "string", "liststring", "anyURI"}


def test_parallel_edges_keep_apart_with_unique_ids_and_a_kind(seeds_kg, tmp_path):
    """Gephi merges two edges of one pair unless their ids differ and their `kind` differs;
    networkx's private `networkx_key` attribute has no place in the file."""
    path = tmp_path / "seeds.gexf"
    seeds_kg.write_gexf(path)
    root = ET.parse(path).getroot()
    edges = root.findall(f".//{GEXF}edge")
    ids = [e.get("id") for e in edges]
    assert ids == [f"e{i}" for i in range(len(edges))]
    assert all(e.get("kind") and e.get("kind") == e.get("label") for e in edges)
    assert len({(e.get("source"), e.get("target"), e.get("kind")) for e in edges}) == len(edges)
    titles = {a.get("title") for a in root.iter(f"{GEXF}attribute")}
    assert "networkx_key" not in titles
    assert {a.get("type") for a in root.iter(f"{GEXF}attribute")} <= GEXF_TYPES
    pairs = [(u, v) for u, v in seeds_kg.graph.edges()]
    assert len(pairs) > len(set(pairs))  # the seed graph has parallel edges to keep
