"""GraphML that Gephi and networkx read back with every attribute."""
from __future__ import annotations

import xml.etree.ElementTree as ET

import networkx as nx

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
    assert {"label", "type", "aliases", "predicate", "negated", "weight"} <= ids
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
