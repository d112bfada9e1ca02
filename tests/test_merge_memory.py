"""What the merge holds once it is done (issue 17: an archive's merge in bounded memory).

The graph itself is checked against the in-memory reference path in test_evidence_store.py;
these tests check that the cuts in what the merge keeps are made, without changing a value.
"""
from __future__ import annotations

from graphbuild.graph import graph_from_extractions
from graphbuild.ingest.timex import sentence_date
from graphbuild.pipeline.evidence import summarize_relations
from graphbuild.records import DocEntity, DocExtraction, Evidence, RelationMention
from graphbuild.resolve.memos import NAME_MEMOS, bound_memos


def _copy(text: str) -> str:
    """An equal string that is another object (as json decoding gives each mention)."""
    return "".join(list(text))


def _article(doc: str, sentence: str) -> DocExtraction:
    entities = [DocEntity("e0", "Ann Lee", "PERSON", mentions=1),
                DocEntity("e1", "Bo Chen", "PERSON", mentions=1),
                DocEntity("e2", "Apex Mining Corp.", "ORG", mentions=1)]
    relations = [RelationMention("e0", "meet", "e1", Evidence(doc, _copy(sentence), 0, 10)),
                 RelationMention("e0", "visit", "e2", Evidence(doc, _copy(sentence), 0, 10)),
                 RelationMention("e1", "visit", "e2", Evidence(doc, _copy(sentence), 0, 10))]
    return DocExtraction({"id": doc, "date": "2017-03-02"}, entities, relations)


def test_equal_kept_sentences_are_one_string_object():
    sentence = "Ann Lee met Bo Chen when both visited Apex Mining Corp. on Tuesday."
    extractions = [_article("a1", sentence), _article("a2", sentence)]
    ids = {(x.doc_id, e.key): e.label for x in extractions for e in x.entities}
    edges = summarize_relations(extractions, ids, per_edge=5)
    kept = [item[1] for edge in edges for item in edge.evidence]  # (doc, sentence, ...)
    assert len(kept) == 6 and set(kept) == {sentence}
    assert len({id(s) for s in kept}) == 1


def test_the_merge_leaves_its_name_memos_empty():
    graph = graph_from_extractions([_article("a1", "Ann Lee met Bo Chen at Apex Mining Corp.")])
    assert graph.number_of_edges() == 3
    assert graph.nodes["PERSON:ann-lee"]["label"] == "Ann Lee"
    for memo in [*NAME_MEMOS, sentence_date]:
        assert memo.cache_info().currsize == 0, memo.__name__


def test_assemble_consuming_its_lists_gives_the_same_graph():
    from graphbuild.graph import assemble
    from graphbuild.resolve.merge import resolve

    extractions = [_article("a2", "Bo Chen visited Apex Mining Corp."),
                   _article("a1", "Ann Lee met Bo Chen at Apex Mining Corp.")]
    entities, relations = resolve(extractions)
    kept = assemble(entities, relations)
    consumed = assemble(list(entities), list(relations), consume=True)
    assert len(entities) == 3 and len(relations) == 3  # not consumed: the lists are whole
    assert list(consumed.nodes(data=True)) == list(kept.nodes(data=True))
    assert list(consumed.edges(keys=True, data=True)) == list(kept.edges(keys=True, data=True))
    given = list(entities)
    assemble(given, [], consume=True)
    assert given == []


def test_a_placed_entity_is_kept_as_a_compact_member():
    from graphbuild.resolve.members import Member
    from graphbuild.resolve.merge import _Merger, resolve

    merger = _Merger()
    entity = DocEntity("e0", "Apex Mining Corp.", "ORG", aliases=["Apex Mining"], mentions=2)
    merger.add("a1", entity)
    doc_id, member = merger.groups[0][0]
    assert doc_id == "a1" and isinstance(member, Member)
    assert (member.titles, member.merges, member.attributes) == ((), (), None)
    assert not hasattr(member, "aliases")  # the group's names hold them
    assert entity.aliases == ["Apex Mining"] and entity.titles == []  # the caller's, unchanged
    entities, _ = resolve([DocExtraction({"id": "a1"}, [entity]),
                           DocExtraction({"id": "a2"}, [DocEntity("e0", "Apex Mining", "ORG",
                                                                  titles=["miner"])])])
    assert len(entities) == 1
    assert entities[0].aliases == ["Apex Mining", "Apex Mining Corp."]
    assert entities[0].titles == ["miner"] and entities[0].documents == ["a1", "a2"]


def test_the_memos_are_emptied_past_their_bound_only():
    from graphbuild.resolve.keys import name_key

    name_key.cache_clear()
    for i in range(30):
        name_key(f"Name {i}")
    bound_memos([name_key], limit=30)
    assert name_key.cache_info().currsize == 30
    name_key("Name 30")
    bound_memos([name_key], limit=30)
    assert name_key.cache_info().currsize == 0


def test_one_empty_place_reading_for_every_group():
    from graphbuild.resolve.merge import _Merger

    merger = _Merger()
    for i in range(3):
        merger.add(f"a{i}", DocEntity("e0", f"Place{i}ville", "GPE", mentions=1))
    assert len(merger.readings) == 3 and len({id(r) for r in merger.readings}) == 1


def test_the_graph_cache_is_written_in_pieces_with_the_same_text(tmp_path, monkeypatch):
    import json

    import networkx as nx

    from graphbuild.pipeline.cache import ExtractionCache, _node_link_text

    graph = graph_from_extractions([_article("a1", "Ann Lee met Bo Chen at Apex Mining Corp.")])
    graph.add_edge("PERSON:ann-lee", "PERSON:ann-lee", key="k", note="a \u00e9 \"q\"")
    whole = json.dumps(nx.node_link_data(graph, edges="edges"), ensure_ascii=False)
    assert "".join(_node_link_text(graph)) == whole
    # the whole copy is never made: node_link_data is not called
    monkeypatch.setattr(nx, "node_link_data", lambda *a, **k: 1 / 0)
    cache = ExtractionCache(tmp_path, "model")
    cache.put_graph("k1", graph)
    assert cache.graph_path("k1").read_text(encoding="utf-8") == whole
    again = cache.get_graph("k1")
    assert list(again.edges(keys=True, data=True)) == list(graph.edges(keys=True, data=True))
    assert list(again.nodes(data=True)) == list(graph.nodes(data=True))


def test_the_assembled_graph_holds_equal_small_values_once(monkeypatch):
    import json
    import sys

    import networkx as nx

    from graphbuild import graph as graph_module
    from graphbuild.pipeline import evidence as evidence_module

    sentence = "Ann Lee met Bo Chen when both visited Apex Mining Corp. on Tuesday in the city."
    extractions = [_article(f"a{i}", sentence) for i in range(3)]
    for x in extractions:  # positions above 256, each its own int object (as json gives them)
        for r in x.relations:
            r.evidence.start, r.evidence.end = int("300"), int("310")
    graph = graph_from_extractions(extractions[:1])
    edges = [d for _, _, d in graph.edges(data=True)]
    assert len(edges) == 3 and all(d["kinds"] == ["verb"] for d in edges)
    assert len({id(d["kinds"]) for d in edges}) == 1
    items = [e for d in edges for e in d["evidence"]]
    assert len(items) == 3 and {(e["start"], e["end"]) for e in items} == {(300, 310)}
    assert len({id(e["start"]) for e in items}) == 1
    for d in edges:  # one item each: a list of exactly one, not one grown by appending
        for name in ("evidence", "documents"):
            assert len(d[name]) == 1
            assert sys.getsizeof(d[name]) == sys.getsizeof(d[name][:])  # a slice: exact

    class NoSharing:  # what the graph was assembled from before: a list and an int each
        def kinds(self, kinds):
            return list(kinds)

        def positions(self, item):
            pass

    graph = graph_from_extractions(extractions)  # edges of three articles each
    assert [len(d["evidence"]) for _, _, d in graph.edges(data=True)] == [3, 3, 3]
    monkeypatch.setattr(graph_module, "Shared", NoSharing)
    monkeypatch.setattr(evidence_module, "Shared", NoSharing)
    plain = graph_from_extractions(extractions)
    assert len({id(d["kinds"]) for _, _, d in plain.edges(data=True)}) == 3
    assert json.dumps(nx.node_link_data(graph, edges="edges"), sort_keys=True) == \
        json.dumps(nx.node_link_data(plain, edges="edges"), sort_keys=True)
