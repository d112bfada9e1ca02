"""top, communities, subgraph and the PageRank behind them."""
from __future__ import annotations

import networkx as nx
import pytest

import graphbuild
from graphbuild import KnowledgeGraph
from graphbuild.query.names import UnknownName
from graphbuild.query.structure import pagerank, weighted_projection


# -- top ---------------------------------------------------------------------------------------

def test_top_by_degree_counts_distinct_neighbours(story_kg):
    ranked = story_kg.top(3)
    assert [(r.entity.label, r.score) for r in ranked] == [
        ("Michael Flynn", 4.0), ("Sergey Kislyak", 3.0), ("Jeff Sessions", 1.0)]
    assert all(r.by == "degree" for r in ranked)


def test_top_by_mentions(story_kg):
    assert [r.entity.label for r in story_kg.top(2, by="mentions")] == [
        "Jeff Sessions", "Michael Flynn"]


def test_top_by_pagerank_weighs_evidence(story_kg):
    ranked = story_kg.top(9, by="pagerank")
    # Kislyak has one neighbour fewer than Flynn, but three sentences tie him to Sessions.
    assert [r.entity.label for r in ranked[:2]] == ["Sergey Kislyak", "Michael Flynn"]
    assert ranked[-1].entity.label in ("Alabama", "Trump")  # no edges: only the teleport share
    assert sum(r.score for r in ranked) == pytest.approx(1.0)


def test_top_type_filter_and_n(story_kg):
    assert [r.entity.label for r in story_kg.top(5, type="gpe")] == ["Russia", "Alabama"]
    assert len(story_kg.top(100)) == story_kg.graph.number_of_nodes()


def test_top_rejects_bad_arguments(story_kg):
    with pytest.raises(ValueError):
        story_kg.top(3, by="betweenness")
    with pytest.raises(ValueError):
        story_kg.top(0)


def test_ranked_entity_to_dict(story_kg):
    assert story_kg.top(1)[0].to_dict() == {"id": "PERSON:michael-flynn", "label": "Michael Flynn",
                                            "type": "PERSON", "by": "degree", "score": 4.0}


def test_pagerank_matches_networkx_reference():
    reference = pytest.importorskip("networkx.algorithms.link_analysis.pagerank_alg")
    graph = nx.les_miserables_graph()
    ours = pagerank(graph)
    theirs = reference._pagerank_python(graph, weight="weight", tol=1e-12, max_iter=1000)
    assert max(abs(ours[n] - theirs[n]) for n in graph) < 1e-6


def test_weighted_projection_sums_both_directions(story_kg):
    projection = weighted_projection(story_kg.graph)
    assert projection["PERSON:jeff-sessions"]["PERSON:sergey-kislyak"]["weight"] == 3
    assert projection.number_of_nodes() == story_kg.graph.number_of_nodes()


# -- communities -------------------------------------------------------------------------------

def _two_triangles() -> KnowledgeGraph:
    g = nx.MultiDiGraph()
    for n in "abcxyz":
        g.add_node(n, label=n.upper(), type="PERSON", mentions=1)
    for u, v in ["ab", "bc", "ca", "xy", "yz", "zx", "cx"]:  # two triangles and a bridge
        g.add_edge(u, v, predicate="know", weight=1)
    g.add_node("lonely", label="Lonely", type="GPE", mentions=1)
    return KnowledgeGraph(g)


def test_communities_split_two_triangles():
    found = _two_triangles().communities()
    assert [[m.id for m in c.members] for c in found] == [["a", "b", "c"], ["x", "y", "z"]]
    assert [c.size for c in found] == [3, 3]


def test_communities_min_size_keeps_singletons():
    found = _two_triangles().communities(min_size=1)
    assert [c.size for c in found] == [3, 3, 1]
    assert found[-1].members[0].label == "Lonely"


def test_communities_are_deterministic(seeds_kg):
    first = [c.to_dict() for c in seeds_kg.communities()]
    assert first == [c.to_dict() for c in seeds_kg.communities()]
    members = [m["id"] for c in first for m in c["members"]]
    assert len(members) == len(set(members))  # a partition: no entity in two communities


def test_seeds_communities_keep_the_ends_of_an_edge_nearby(seeds_kg):
    """Every community of two or more holds entities joined by edges: no stray grouping."""
    for community in seeds_kg.communities():
        ids = {m.id for m in community.members}
        assert nx.is_connected(seeds_kg.graph.subgraph(ids).to_undirected())


# -- subgraph ----------------------------------------------------------------------------------

def test_subgraph_radius(story_kg):
    assert set(story_kg.subgraph("Sessions", radius=0).graph) == {"PERSON:jeff-sessions"}
    assert set(story_kg.subgraph("Sessions").graph) == {"PERSON:jeff-sessions",
                                                         "PERSON:sergey-kislyak"}
    assert set(story_kg.subgraph(["Sessions"], radius=2).graph) == {
        "PERSON:jeff-sessions", "PERSON:sergey-kislyak", "PERSON:michael-flynn", "GPE:russia"}


def test_subgraph_of_several_names_keeps_edges_and_attributes(story_kg):
    part = story_kg.subgraph(["Pence", "Alabama"], radius=1)
    assert set(part.graph) == {"PERSON:mike-pence", "PERSON:michael-flynn", "GPE:alabama"}
    assert part.graph.nodes["PERSON:michael-flynn"]["aliases"] == ["Michael Flynn", "Flynn",
                                                                  "Mike Flynn"]
    (edge,) = part.graph.edges(data=True)
    assert edge[2]["predicate"] == "tell"


def test_subgraph_narrows_articles_and_leaves_the_original_alone(story_kg):
    part = story_kg.subgraph("Pence")
    assert [a["id"] for a in part.articles] == ["a2"]
    part.graph.nodes["PERSON:mike-pence"]["label"] = "changed"
    assert story_kg.graph.nodes["PERSON:mike-pence"]["label"] == "Mike Pence"
    assert len(story_kg.articles) == 3


def test_subgraph_can_be_exported_and_read_back(story_kg, tmp_path):
    part = story_kg.subgraph("Kislyak")
    part.write_json(tmp_path / "graph.json")
    back = graphbuild.load(tmp_path)
    assert set(back.graph) == set(part.graph)
    assert back.graph.number_of_edges() == part.graph.number_of_edges()


def test_subgraph_errors(story_kg):
    with pytest.raises(UnknownName):
        story_kg.subgraph(["Sessions", "Comey"])
    with pytest.raises(ValueError):
        story_kg.subgraph("Sessions", radius=-1)


def test_seeds_subgraph_around_sessions(seeds_kg):
    part = seeds_kg.subgraph("Sessions")
    centre = seeds_kg.entity("Sessions").id
    assert centre in part.graph
    assert set(part.graph) == {centre} | {n.entity.id for n in seeds_kg.neighbors(centre)}
    assert part.articles and all(a in seeds_kg.articles for a in part.articles)


@pytest.mark.parametrize("by", ["degree", "pagerank", "mentions"])
def test_seeds_top_is_ordered(seeds_kg, by):
    ranked = seeds_kg.top(5, by=by)
    assert len(ranked) == 5
    assert [r.score for r in ranked] == sorted((r.score for r in ranked), reverse=True)
    persons = seeds_kg.top(3, by=by, type="PERSON")
    assert persons and all(r.entity.type == "PERSON" for r in persons)


def test_seeds_top_scores_mean_what_they_say(seeds_kg):
    best = seeds_kg.top(1)[0]
    others = [n for n in seeds_kg.neighbors(best.entity.id) if n.entity.id != best.entity.id]
    assert best.score == len(others)  # distinct neighbours; a self-loop does not count
    most = seeds_kg.top(1, by="mentions")[0]
    assert most.score == max(m for _, m in seeds_kg.graph.nodes(data="mentions"))
    everyone = seeds_kg.top(seeds_kg.graph.number_of_nodes(), by="pagerank")
    assert sum(r.score for r in everyone) == pytest.approx(1.0)
