"""Assembly of resolved entities and relations into the graph (the data contract)."""
from __future__ import annotations

from graphbuild.graph import KnowledgeGraph, assemble, edge_key, graph_from_extractions
from graphbuild.records import DocEntity, DocExtraction, Evidence, RelationMention


def _extraction(doc: str, sentence: str, negated: bool = False) -> DocExtraction:
    ents = [DocEntity(key="e0", label="Jeff Sessions", type="PERSON", aliases=["Sessions"], mentions=2),
            DocEntity(key="e1", label="Sergey Kislyak", type="PERSON", aliases=["Kislyak"], mentions=1)]
    ev = Evidence(doc=doc, sentence=sentence, start=0, end=len(sentence))
    rels = [RelationMention(subject="e0", predicate="meet with", object="e1", evidence=ev,
                            negated=negated)]
    return DocExtraction(article={"id": doc, "title": None}, entities=ents, relations=rels)


def test_nodes_and_edges_follow_the_contract():
    g = graph_from_extractions([_extraction("a", "Sessions met with Kislyak."),
                                _extraction("b", "Jeff Sessions met with Sergey Kislyak.")])
    assert g.number_of_nodes() == 2
    for _, attrs in g.nodes(data=True):
        assert {"label", "type", "aliases", "mentions", "documents", "titles"} <= set(attrs)
    (u, v, k, attrs), = g.edges(keys=True, data=True)
    assert attrs["predicate"] == "meet with" and attrs["negated"] is False
    assert attrs["weight"] == 2 and attrs["documents"] == ["a", "b"]
    assert [e["doc"] for e in attrs["evidence"]] == ["a", "b"]
    assert g.nodes[u]["mentions"] == 4 and g.nodes[u]["documents"] == ["a", "b"]


def test_negated_and_asserted_statements_are_separate_edges():
    g = graph_from_extractions([_extraction("a", "Sessions met with Kislyak."),
                                _extraction("b", "Sessions never met with Kislyak.", negated=True)])
    keys = sorted(k for _, _, k in g.edges(keys=True))
    assert keys == [edge_key("meet with", False, False), edge_key("meet with", True, False)]


def test_order_of_extractions_does_not_change_the_graph():
    import json
    import networkx as nx
    xs = [_extraction("a", "Sessions met with Kislyak."), _extraction("b", "They met again.")]
    one = nx.node_link_data(graph_from_extractions(xs), edges="edges")
    two = nx.node_link_data(graph_from_extractions(list(reversed(xs))), edges="edges")
    assert json.dumps(one, sort_keys=True) == json.dumps(two, sort_keys=True)


def test_empty_graph_repr():
    assert "0 nodes" in repr(KnowledgeGraph(assemble([], [])))
