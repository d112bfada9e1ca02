"""connections: the paths between two entities, on a hand-made graph and on the seeds graph."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from graphbuild.query.names import UnknownName
from graphbuild.query.paths import connections, simple_paths_of_length

SESSIONS, KISLYAK, FLYNN = "PERSON:jeff-sessions", "PERSON:sergey-kislyak", "PERSON:michael-flynn"


def test_connections_one_hop(story_kg):
    (path,) = story_kg.connections("Sessions", "Kislyak")
    assert path.nodes == [SESSIONS, KISLYAK]
    step = path.steps[0]
    link = step.link
    assert (link.predicate, link.direction, link.negated) == ("meet with", "out", False)
    assert len(step.links) == 2  # the denied meeting is reported too
    assert path.hops == 1 and path.weight == 3  # the denial counts as a mention too


def test_connections_report_each_steps_real_direction(story_kg):
    (path,) = story_kg.connections("Sessions", "Pence")
    assert path.nodes == [SESSIONS, KISLYAK, FLYNN, "PERSON:mike-pence"]
    assert [(s.link.predicate, s.link.direction) for s in path.steps] == [
        ("meet with", "out"), ("talk to", "in"), ("tell", "out")]
    assert [s.link.evidence[0]["sentence"] for s in path.steps][1] == (
        "Flynn talked to Kislyak about sanctions.")


def test_connections_shortest_first_then_by_weight():
    g = nx.MultiDiGraph()
    for u, v, w in [("a", "b", 1), ("a", "x", 1), ("x", "b", 1), ("a", "y", 5), ("y", "b", 5),
                    ("a", "p", 1), ("p", "q", 1), ("q", "b", 1)]:
        g.add_node(u, label=u)
        g.add_node(v, label=v)
        g.add_edge(u, v, predicate="p", weight=w)
    found = connections(g, "a", "b")
    assert [p.nodes for p in found] == [["a", "b"], ["a", "y", "b"], ["a", "x", "b"],
                                        ["a", "p", "q", "b"]]
    assert [p.weight for p in found] == [1, 10, 2, 3]
    assert [p.nodes for p in connections(g, "a", "b", limit=2)] == [["a", "b"], ["a", "y", "b"]]
    assert [p.hops for p in connections(g, "a", "b", max_hops=2)] == [1, 2, 2]


def test_connections_beyond_max_hops_or_disconnected_is_empty(story_kg):
    assert story_kg.connections("Sessions", "Pence", max_hops=2) == []
    assert story_kg.connections("Sessions", "Alabama") == []


def test_connections_reject_bad_arguments(story_kg):
    with pytest.raises(ValueError):
        story_kg.connections("Sessions", "Jeff Sessions")
    with pytest.raises(ValueError):
        story_kg.connections("Sessions", "Kislyak", max_hops=0)
    with pytest.raises(ValueError):
        story_kg.connections("Sessions", "Kislyak", limit=0)
    with pytest.raises(UnknownName):
        story_kg.connections("Sessions", "Comey")


def test_path_to_dict_is_json(story_kg):
    data = story_kg.connections("Sessions", "Russia")[0].to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["hops"] == 2 and data["nodes"] == [SESSIONS, KISLYAK, "GPE:russia"]
    assert data["steps"][1]["source_label"] == "Sergey Kislyak"
    assert data["uncertain_steps"] == 0 and data["steps"][0]["uncertain"] is False
    assert data["steps"][0]["weight"] == 3


def test_simple_paths_of_length_are_simple_and_capped():
    g = nx.MultiDiGraph(nx.complete_graph(6))  # both directions between every pair
    paths = list(simple_paths_of_length(g, 0, 5, 3))
    assert len(paths) == 4 * 3  # two distinct middle nodes out of four, in order
    assert all(len(set(p)) == 4 and p[0] == 0 and p[-1] == 5 for p in paths)
    assert len(list(simple_paths_of_length(g, 0, 5, 3, cap=5))) == 5
    assert list(simple_paths_of_length(g, 0, 5, 6)) == []  # longer than any simple path


def test_connections_prefer_asserted_steps_then_more_mentions():
    g = nx.MultiDiGraph()
    for n in "amdhb":
        g.add_node(n, label=n.upper())
    g.add_edge("a", "m", predicate="meet", weight=1)
    g.add_edge("m", "b", predicate="meet", weight=1)
    g.add_edge("m", "b", predicate="call", weight=2)       # a second edge makes the step heavier
    g.add_edge("a", "d", predicate="meet", weight=1)
    g.add_edge("d", "b", predicate="meet", weight=9, negated=True)  # heavy, but only denied
    g.add_edge("a", "h", predicate="meet", weight=1)
    g.add_edge("h", "b", predicate="meet", weight=1)
    found = connections(g, "a", "b")
    assert [p.nodes[1] for p in found] == ["m", "h", "d"]
    assert [(p.weight, p.uncertain_steps) for p in found] == [(4, 0), (2, 0), (10, 1)]
    assert found[0].steps[1].link.predicate == "call"  # the best supported edge leads the step


# -- the graph built from the seed articles ----------------------------------------------------

def _an_edge_with_distinct_ends(kg):
    for u, v in kg.graph.edges():
        if u != v:
            return u, v
    pytest.fail("the seeds graph has no edge between two entities")


def test_seeds_connections_between_the_ends_of_an_edge(seeds_kg):
    u, v = _an_edge_with_distinct_ends(seeds_kg)
    paths = seeds_kg.connections(u, v)
    assert paths[0].nodes == [u, v] and paths[0].hops == 1
    assert [p.hops for p in paths] == sorted(p.hops for p in paths)
    assert paths[0].steps[0].link.evidence[0]["sentence"]


def test_seeds_two_hop_connections_found(seeds_kg):
    """Any node with two neighbours links them in two hops through it."""
    for node in seeds_kg.graph:
        around = [n.entity.id for n in seeds_kg.neighbors(node)]
        if len(around) >= 2:
            paths = seeds_kg.connections(around[0], around[1], max_hops=2)
            assert [around[0], node, around[1]] in [p.nodes for p in paths]
            return
    pytest.skip("no entity of the seeds graph has two neighbours")
