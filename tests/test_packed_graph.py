"""`packed_graph`: rows on disk read back as written, and a packed graph's networkx API."""
from __future__ import annotations

import pytest

from graphbuild.export.html_data import importance
from graphbuild.packed_graph import PackedGraph, RowFile


def test_neighbour_counts_of_mutual_pairs_and_self_loops():
    packed = PackedGraph({}, ["a", "b", "c"])
    for u, v, k in [("a", "a", "x"), ("a", "b", "x"), ("a", "b", "y"), ("b", "a", "x"),
                    ("b", "c", "x")]:
        packed.add_edge(u, v, k, {})
    for node in "abc":
        packed.add_node(node, {"label": node.upper()})
    packed.finish()
    plain = packed.materialize()
    assert packed.neighbour_counts() == {n: s[0] for n, s in importance(plain).items()} \
        == {"a": 1, "b": 2, "c": 1}


def test_packed_graph_refuses_what_networkx_would_change_silently():
    packed = PackedGraph({}, ["a", "b"])
    with pytest.raises(ValueError, match="not a node"):
        packed.add_edge("a", "z", "x", {})
    packed.add_edge("b", "a", "x", {})
    with pytest.raises(ValueError, match="sorted"):
        packed.add_edge("a", "b", "x", {})
    with pytest.raises(ValueError, match="order"):
        packed.add_node("b", {})
    with pytest.raises(ValueError, match="not added"):
        packed.finish()


def test_rows_keep_values_and_key_order():
    rows = RowFile()
    row = ["n", {"z": 1, "a": [True, None, "é\ud800"], "m": {"b": 2, "a": 1}}]
    rows.append(row)
    [back] = list(rows)
    assert back == row and list(back[1]) == ["z", "a", "m"] and list(back[1]["m"]) == ["b", "a"]
