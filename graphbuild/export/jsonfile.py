"""Node-link JSON (`networkx.node_link_data(G, edges="edges")`), the graph's lossless format."""
from __future__ import annotations

import json
from pathlib import Path

import networkx as nx

from .atomic import atomic_write


def write_json(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write the graph as node-link JSON with sorted keys (byte-identical for equal graphs)."""
    data = nx.node_link_data(graph, edges="edges")
    with atomic_write(path) as handle:
        json.dump(data, handle, ensure_ascii=False, sort_keys=True, indent=1)
        handle.write("\n")


def read_json(path: str | Path) -> nx.MultiDiGraph:
    """Read a graph written by `write_json`."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    edges = "edges" if "edges" in data else "links"
    graph = nx.node_link_graph(data, directed=True, multigraph=True, edges=edges)
    return graph
