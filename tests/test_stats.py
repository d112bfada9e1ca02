"""summarize: counts by type and predicate, most connected, articles and their date range."""
from __future__ import annotations

import json
from collections import Counter

import networkx as nx

from graphbuild import KnowledgeGraph
from graphbuild.query.stats import article_infos, summarize


def test_counts_of_the_story_graph(story_kg):
    stats = story_kg.stats()
    assert (stats.nodes, stats.edges, stats.negated, stats.hedged) == (9, 7, 1, 1)
    assert stats.types == {"PERSON": 5, "GPE": 2, "ORG": 2}
    assert list(stats.predicates.items())[:2] == [("meet with", 2), ("fire", 1)]
    assert stats.components == 3  # the story, Alabama, and the ORG "Trump"


def test_most_connected_and_top_n(story_kg):
    assert [r.entity.label for r in story_kg.stats(top_n=2).most_connected] == [
        "Michael Flynn", "Sergey Kislyak"]
    assert story_kg.stats(top_n=0).most_connected == ()


def test_articles_by_date_and_date_range(story_kg):
    stats = story_kg.stats()
    assert [(a.id, a.date) for a in stats.articles] == [
        ("a2", "2017-02-14"), ("a1", "2017-03-02"), ("a3", None)]
    assert stats.articles[0].title == "Flynn resigns"
    assert stats.date_range == ("2017-02-14", "2017-03-02")


def test_no_dates_no_range():
    g = nx.MultiDiGraph(articles=[{"id": "x"}])
    assert summarize(g).date_range is None
    assert [a.id for a in article_infos(g)] == ["x"]


def test_empty_graph():
    stats = KnowledgeGraph().stats()
    assert (stats.nodes, stats.edges, stats.components, stats.most_connected) == (0, 0, 0, ())
    assert stats.articles == () and stats.to_dict()["date_range"] is None


def test_to_dict_is_json(story_kg):
    data = story_kg.stats().to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["date_range"] == ["2017-02-14", "2017-03-02"]
    assert data["most_connected"][0]["label"] == "Michael Flynn"


def test_seeds_stats_agree_with_the_graph(seeds_kg):
    graph = seeds_kg.graph
    stats = seeds_kg.stats()
    assert stats.nodes == graph.number_of_nodes() and stats.edges == graph.number_of_edges()
    assert sum(stats.types.values()) == stats.nodes
    assert sum(stats.predicates.values()) == stats.edges
    assert stats.types == dict(sorted(Counter(t for _, t in graph.nodes(data="type")).items(),
                                      key=lambda item: (-item[1], item[0])))
    assert len(stats.articles) == 5
    assert {a.id for a in stats.articles} == {a["id"] for a in seeds_kg.articles}
    degrees = [r.score for r in stats.most_connected]
    assert degrees == sorted(degrees, reverse=True)


def test_graphml_graph_lists_the_articles_its_entities_cite(story_kg, tmp_path):
    import graphbuild
    story_kg.write_graphml(tmp_path / "graph.graphml")
    stats = graphbuild.load(tmp_path / "graph.graphml").stats()
    assert [a.id for a in stats.articles] == ["a1", "a2", "a3"]
    assert stats.date_range is None
