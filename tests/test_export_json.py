"""Node-link JSON: the lossless format, byte-identical for equal graphs."""
from __future__ import annotations

import json

import networkx as nx

from graphbuild.export.jsonfile import read_json, write_json


def test_round_trip_and_contract(tmp_path):
    g = nx.MultiDiGraph(articles=[{"id": "d1"}])
    g.add_node("PERSON:a", label="A", type="PERSON", aliases=["A"])
    g.add_node("ORG:b", label="B", type="ORG", aliases=["B"])
    g.add_edge("PERSON:a", "ORG:b", key="lead", predicate="lead", negated=False, weight=1,
               evidence=[{"doc": "d1", "sentence": "A leads B.", "start": 0, "end": 10}])
    path = tmp_path / "graph.json"
    write_json(g, path)
    data = json.loads(path.read_text())
    assert data["directed"] and data["multigraph"] and "edges" in data
    back = read_json(path)
    assert nx.utils.graphs_equal(g, back)
    assert back.edges["PERSON:a", "ORG:b", "lead"]["evidence"][0]["sentence"] == "A leads B."
    first = path.read_bytes()
    write_json(back, path)
    assert path.read_bytes() == first


def test_streamed_rows_write_the_bytes_of_node_link_data(seeds_kg, tmp_path):
    """write_json makes nodes and edges one at a time; the text is node_link_data's."""
    import networkx as nx

    from graphbuild.export.jsonfile import json_lines, write_json
    for graph in (seeds_kg.graph, nx.MultiDiGraph(), nx.MultiDiGraph([("a", "b")]).subgraph("a")):
        write_json(graph, tmp_path / "graph.json")
        whole = "".join(json_lines(nx.node_link_data(graph, edges="edges")))
        assert (tmp_path / "graph.json").read_text(encoding="utf-8") == whole
