"""GraphML that Gephi and networkx read back with every attribute."""
from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import networkx as nx
import pytest

from graphbuild.export.graphml import read_graphml, write_graphml

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}


def _graph() -> nx.MultiDiGraph:
    g = nx.MultiDiGraph()
    g.add_node("PERSON:a", label="A\x0bB", type="PERSON", aliases=["A", "A B"], mentions=3,
               documents=["d1"], titles=[], merges=[{"alias": "A", "rule": "same name", "doc": "d1"}])
    g.add_node("ORG:c", label="C <Corp> & Co", type="ORG", aliases=["C"], mentions=1,
               documents=["d1"], titles=["maker"], merges=[])
    g.add_edge("PERSON:a", "ORG:c", key="work for", predicate="work for", negated=False,
               hedged=True, weight=2, documents=["d1"], kinds=["verb"],
               evidence=[{"doc": "d1", "sentence": "A works for C.", "start": 0, "end": 14},
                         {"doc": "d1", "sentence": "A still works for C.", "start": 15, "end": 35}])
    return g


def test_keys_are_named_after_attributes_not_d0_dN(tmp_path):
    path = tmp_path / "g.graphml"
    write_graphml(_graph(), path)
    keys = ET.parse(path).getroot().findall("g:key", NS)
    ids = {k.get("id") for k in keys}
    assert not any(i.startswith("d") and i[1:].isdigit() for i in ids)
    assert {"node_label", "edge_label", "type", "aliases", "predicate", "negated", "weight"} <= ids
    # one type per attribute
    assert len({(k.get("for"), k.get("attr.name")) for k in keys}) == len(keys)


def test_round_trip_keeps_every_attribute(tmp_path):
    path = tmp_path / "g.graphml"
    write_graphml(_graph(), path)
    g = read_graphml(path)
    a = g.nodes["PERSON:a"]
    assert a["label"] == "AB"  # control character removed, not written
    assert a["aliases"] == ["A", "A B"] and a["mentions"] == 3
    assert a["merges"] == [{"alias": "A", "rule": "same name", "doc": "d1"}]
    assert g.nodes["ORG:c"]["label"] == "C <Corp> & Co"
    (_, _, e), = g.edges(data=True)
    assert e["predicate"] == "work for" and e["negated"] is False and e["hedged"] is True
    assert e["weight"] == 2 and e["evidence_count"] == 2
    assert e["evidence"] == [{"sentence": "A works for C."}]


def test_plain_networkx_reads_it(tmp_path):
    path = tmp_path / "g.graphml"
    write_graphml(_graph(), path)
    g = nx.read_graphml(path)
    assert g.nodes["PERSON:a"]["aliases"] == "A; A B"
    assert all("label" in attrs for _, attrs in g.nodes(data=True))


# -- the GraphML rules other readers enforce ------------------------------------------------------
# graphml.xsd types edge and node ids as xs:NMTOKEN and key ids as unique; `attr.type` is one of
# six names. Gephi's importer drops an edge whose id it has seen; graphology-graphml (sigma.js,
# Gephi Lite) merges edges of one id and throws when they join other nodes, and casts values by
# the key whose id a <data key=...> names among the keys declared `for` that element.

GRAPHML_TYPES = {"boolean", "int", "long", "float", "double", "string"}
# XML NameChar+ (ASCII part; the writer's ids are ASCII).
NMTOKEN = re.compile(r"^[A-Za-z0-9._:\-]+$")


def _parallel_graph() -> nx.MultiDiGraph:
    """Two nodes joined by four parallel edges of one predicate (plain, denied, hedged, both)."""
    g = _graph()
    g.remove_edge("PERSON:a", "ORG:c", key="work for")
    for negated, hedged in ((True, False), (False, False), (True, True), (False, True)):
        key = "work for" + ("|negated" if negated else "") + ("|hedged" if hedged else "")
        g.add_edge("PERSON:a", "ORG:c", key=key, predicate="work for", negated=negated,
                   hedged=hedged, weight=1, evidence=[])
    g.add_edge("ORG:c", "PERSON:a", key="employ", predicate="employ", negated=False,
               hedged=False, weight=1, evidence=[])
    return g


def check_graphml_rules(path) -> None:
    """Assert the rules above on a written file."""
    root = ET.parse(path).getroot()
    keys = root.findall("g:key", NS)
    key_ids = [k.get("id") for k in keys]
    assert len(key_ids) == len(set(key_ids)) and all(NMTOKEN.match(i) for i in key_ids)
    assert {k.get("attr.type") for k in keys} <= GRAPHML_TYPES
    declared = {(k.get("for"), k.get("id")) for k in keys}
    graph = root.find("g:graph", NS)
    node_ids = [n.get("id") for n in graph.findall("g:node", NS)]
    edge_ids = [e.get("id") for e in graph.findall("g:edge", NS)]
    assert len(node_ids) == len(set(node_ids)) and all(NMTOKEN.match(i) for i in node_ids)
    assert len(edge_ids) == len(set(edge_ids)) and all(NMTOKEN.match(i) for i in edge_ids)
    # graphology-graphml throws on an edge to an undeclared node (unless told to add it)
    assert all({e.get("source"), e.get("target")} <= set(node_ids)
               for e in graph.findall("g:edge", NS))
    for domain in ("node", "edge"):
        for element in graph.findall(f"g:{domain}", NS):
            assert all((domain, d.get("key")) in declared for d in element.findall("g:data", NS))


def _edge_data(path) -> list[dict[str, str]]:
    root = ET.parse(path).getroot()
    names = {k.get("id"): k.get("attr.name") for k in root.findall("g:key", NS)}
    return [{"id": e.get("id"),
             **{names[d.get("key")]: d.text or "" for d in e.findall("g:data", NS)}}
            for e in root.find("g:graph", NS).findall("g:edge", NS)]


def test_parallel_edges_get_unique_nmtoken_ids_and_the_predicate_as_label(tmp_path):
    path = tmp_path / "g.graphml"
    write_graphml(_parallel_graph(), path)
    check_graphml_rules(path)
    edges = _edge_data(path)
    assert [e["id"] for e in edges] == ["e0", "e1", "e2", "e3", "e4"]  # graph order
    assert all(e["label"] == e["predicate"] for e in edges)
    assert sorted((e["negated"], e["hedged"]) for e in edges if e["predicate"] == "work for") == [
        ("false", "false"), ("false", "true"), ("true", "false"), ("true", "true")]


def test_read_back_gives_every_parallel_edge_its_key_and_no_extra_label(tmp_path):
    graph = _parallel_graph()
    path = tmp_path / "g.graphml"
    write_graphml(graph, path)
    back = read_graphml(path)
    assert sorted(back.edges(keys=True)) == sorted(graph.edges(keys=True))
    assert all("label" not in attrs for _, _, attrs in back.edges(data=True))


def test_the_seed_graph_follows_the_rules_and_loads_back(seeds_kg, tmp_path):
    import graphbuild
    path = tmp_path / "graph.graphml"
    seeds_kg.write_graphml(path)
    check_graphml_rules(path)
    back = graphbuild.load(path).graph
    assert sorted(back.edges(keys=True)) == sorted(seeds_kg.graph.edges(keys=True))
    for u, v, key, attrs in seeds_kg.graph.edges(keys=True, data=True):
        assert back.edges[u, v, key]["predicate"] == attrs["predicate"]
        assert back.edges[u, v, key]["weight"] == attrs["weight"]


def test_igraph_reads_every_edge_with_its_label(seeds_kg, tmp_path):
    """A second GraphML reader (igraph's C parser) keeps every edge, its ends and its label."""
    igraph = pytest.importorskip("igraph")
    path = tmp_path / "graph.graphml"
    seeds_kg.write_graphml(path)
    read = igraph.Graph.Read_GraphML(str(path))
    graph = seeds_kg.graph
    assert read.vcount() == graph.number_of_nodes() and read.ecount() == graph.number_of_edges()
    ids = read.vs["id"]
    got = sorted((ids[e.source], ids[e.target], e["label"], e["negated"], e["hedged"])
                 for e in read.es)
    want = sorted((u, v, a["predicate"], a["negated"], a["hedged"])
                  for u, v, a in graph.edges(data=True))
    assert got == want
