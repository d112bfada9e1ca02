"""The text the query command prints."""
from __future__ import annotations

from graphbuild.query import answers
from graphbuild.query.neighbors import Link


def test_edge_text_reads_in_the_texts_direction():
    link = Link("tell", "in", negated=False, hedged=True, weight=1, evidence=())
    assert answers.edge_text("Pence", link, "Flynn") == "Pence <-[tell]- Flynn  (hedged; 1 mention)"


def test_evidence_lines_wrap_and_count_hidden_sentences():
    long = {"doc": "d1", "sentence": "word " * 60}
    lines = answers.evidence_lines([long, long, long], 2, "  ")
    assert all(len(line) <= answers.WIDTH for line in lines)
    assert lines[-1] == "  (+1 more sentence)"
    assert answers.evidence_lines([long], 0, "") == []


def test_format_neighbors(story_kg):
    centre = story_kg.entity("Sessions")
    text = answers.format_neighbors(centre, story_kg.neighbors("Sessions"), evidence=1)
    assert text.splitlines() == [
        "Jeff Sessions (PERSON): 1 neighbour",
        "  Sergey Kislyak (PERSON)",
        "    Jeff Sessions -[meet with]-> Sergey Kislyak  (meeting; 2 mentions)",
        '        "Sessions met with Kislyak in July." [a1]',
        "        (+1 more sentence)",
        "    Jeff Sessions -[meet with]-> Sergey Kislyak  (meeting; denied; 1 mention)",
        '        "I never met with the Russians, Sessions said." [a1]',
    ]


def test_format_paths(story_kg):
    a, b = story_kg.entity("Pence"), story_kg.entity("Kislyak")
    text = answers.format_paths(a, b, story_kg.connections("Pence", "Kislyak"), 3, evidence=0)
    assert text.splitlines() == [
        "1 path between Mike Pence and Sergey Kislyak:",
        "Path 1: 2 hops, 2 mentions",
        "  Mike Pence <-[tell]- Michael Flynn  (communication; 1 mention)",
        "  Michael Flynn -[talk to]-> Sergey Kislyak  (communication; 1 mention)",
    ]
    assert answers.format_paths(a, b, [], 1) == (
        "No path between Mike Pence and Sergey Kislyak within 1 hop.")


def test_format_relations_top_communities_stats(story_kg):
    assert answers.format_relations(story_kg.relations(predicate="fire"), evidence=1) == (
        'Donald Trump -[fire]-> Michael Flynn  (role; 1 mention)\n    "Trump fired Flynn." [a2]')
    assert answers.format_relations([]) == "No matching relations."
    assert answers.format_top(story_kg.top(1, by="mentions")) == (
        " 1. Jeff Sessions (PERSON)  mentions 8")
    assert answers.format_communities(story_kg.communities()).startswith(" 1. (")
    text = answers.format_stats(story_kg.stats())
    assert text.splitlines()[0] == ("9 entities, 7 relations, 3 articles "
                                    "(2017-02-14 to 2017-03-02), 3 connected groups")
    assert "  2017-02-14  a2  Flynn resigns" in text.splitlines()
    assert "  (no date)   a3  Vending scheme" in text.splitlines()


def test_format_paths_counts_uncertain_steps():
    import networkx as nx
    from graphbuild import KnowledgeGraph
    g = nx.MultiDiGraph()
    for n in "abc":
        g.add_node(n, label=n.upper(), type="PERSON")
    g.add_edge("a", "b", predicate="meet", weight=1, negated=True)
    g.add_edge("b", "c", predicate="call", weight=1, hedged=True)
    kg = KnowledgeGraph(g)
    text = answers.format_paths(kg.entity("A"), kg.entity("C"), kg.connections("A", "C"), 3, 0)
    assert text.splitlines()[1] == "Path 1: 2 hops, 2 mentions; 2 steps only denied or hedged"
