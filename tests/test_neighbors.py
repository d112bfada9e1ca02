"""neighbors, connections, relations: exact answers on a hand-made graph, robust ones on seeds."""
from __future__ import annotations

import json

import networkx as nx
import pytest

from graphbuild.query.names import AmbiguousName, UnknownName
from graphbuild.query.neighbors import links_between, neighbors, relations

KISLYAK = "PERSON:sergey-kislyak"


# -- neighbors ---------------------------------------------------------------------------------

def test_neighbors_in_both_directions_with_real_direction(story_kg):
    found = story_kg.neighbors("Flynn")
    assert [n.entity.id for n in found] == [
        "PERSON:donald-trump", "ORG:fbi", "PERSON:mike-pence", "PERSON:sergey-kislyak"]
    seen = {n.entity.label: [(l.predicate, l.direction) for l in n.links] for n in found}
    assert seen == {"Donald Trump": [("fire", "in")], "FBI": [("interview", "in")],
                    "Sergey Kislyak": [("talk to", "out")], "Mike Pence": [("tell", "out")]}


def test_neighbors_carry_flags_weight_and_evidence(story_kg):
    (kislyak,) = story_kg.neighbors("Sessions")
    asserted, denied = kislyak.links
    assert (asserted.predicate, asserted.negated, asserted.weight) == ("meet with", False, 2)
    assert [e["sentence"] for e in asserted.evidence] == [
        "Sessions met with Kislyak in July.", "Sessions met with Kislyak again in September."]
    assert (denied.negated, denied.weight) == (True, 1)
    assert kislyak.weight == 3
    (fbi,) = story_kg.neighbors("Flynn", type="ORG")
    assert fbi.links[0].hedged is True


def test_neighbors_sorted_by_weight_then_label(story_kg):
    found = story_kg.neighbors("Kislyak")
    assert [(n.entity.label, n.weight) for n in found] == [
        ("Jeff Sessions", 3), ("Michael Flynn", 1), ("Russia", 1)]


def test_neighbors_type_filter_is_case_insensitive(story_kg):
    assert [n.entity.label for n in story_kg.neighbors("Kislyak", type="gpe")] == ["Russia"]
    assert story_kg.neighbors("Kislyak", type="EVENT") == []


def test_neighbors_predicate_filter_keeps_matching_edges_only(story_kg):
    found = story_kg.neighbors("Kislyak", predicate="Meet With")
    assert [n.entity.label for n in found] == ["Jeff Sessions"]
    assert len(found[0].links) == 2
    # A predicate's first words find it; a partial word does not.
    assert [n.entity.label for n in story_kg.neighbors("Kislyak", predicate="meet")] == [
        "Jeff Sessions"]
    assert story_kg.neighbors("Kislyak", predicate="mee") == []


def test_neighbors_of_an_isolated_entity_is_empty(story_kg):
    assert story_kg.neighbors("Alabama") == []


def test_neighbors_unknown_and_ambiguous_names_raise(story_kg):
    with pytest.raises(UnknownName):
        story_kg.neighbors("Comey")
    with pytest.raises(AmbiguousName):
        story_kg.neighbors("Trump")


def test_neighbor_to_dict_is_json(story_kg):
    data = story_kg.neighbors("Sessions")[0].to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["id"] == KISLYAK and data["weight"] == 3
    assert data["links"][0]["direction"] == "out"


def test_links_between_self_loop_counted_once():
    g = nx.MultiDiGraph()
    g.add_edge("a", "a", predicate="praise", weight=1)
    assert [l.direction for l in links_between(g, "a", "a")] == ["out"]


# -- relations ---------------------------------------------------------------------------------

def test_relations_all_sorted_by_weight(story_kg):
    found = story_kg.relations()
    assert len(found) == story_kg.graph.number_of_edges()
    assert (found[0].subject_label, found[0].predicate, found[0].weight) == (
        "Jeff Sessions", "meet with", 2)


def test_relations_filtered_by_subject_predicate_object(story_kg):
    assert [(r.predicate, r.object_label) for r in story_kg.relations(subject="Flynn")] == [
        ("talk to", "Sergey Kislyak"), ("tell", "Mike Pence")]
    assert [r.subject_label for r in story_kg.relations(object="Flynn")] == [
        "Donald Trump", "FBI"]
    denied = story_kg.relations(subject="Sessions", predicate="MEET WITH", object="Kislyak")
    assert [(r.negated, r.weight) for r in denied] == [(False, 2), (True, 1)]
    assert story_kg.relations(subject="Kislyak", object="Sessions") == []
    assert [r.subject for r in story_kg.relations(predicate="interview")] == ["ORG:fbi"]
    assert story_kg.relations(predicate="invade") == []
    assert [r.predicate for r in story_kg.relations(predicate="Talk")] == ["talk to"]


def test_relation_record_to_dict(story_kg):
    (record,) = story_kg.relations(predicate="interview")
    data = record.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert data["hedged"] is True and data["evidence"][0]["doc"] == "a2"


def test_relations_unknown_name_raises(story_kg):
    with pytest.raises(UnknownName):
        story_kg.relations(object="Comey")


# -- the graph built from the seed articles ----------------------------------------------------

def _an_edge_with_distinct_ends(kg):
    for u, v in kg.graph.edges():
        if u != v:
            return u, v
    pytest.fail("the seeds graph has no edge between two entities")


def test_seeds_neighbors_see_both_ends_of_every_edge(seeds_kg):
    u, v = _an_edge_with_distinct_ends(seeds_kg)
    assert v in [n.entity.id for n in seeds_kg.neighbors(u)]
    assert u in [n.entity.id for n in seeds_kg.neighbors(v)]
    back = next(n for n in seeds_kg.neighbors(v) if n.entity.id == u)
    assert any(link.direction == "in" for link in back.links)
    assert all(link.evidence for link in back.links)


def test_seeds_relations_by_subject(seeds_kg):
    u, v = _an_edge_with_distinct_ends(seeds_kg)
    found = seeds_kg.relations(subject=u, object=v)
    assert found and all(r.subject == u and r.object == v for r in found)


def test_seeds_neighbors_filters(seeds_kg):
    u, v = _an_edge_with_distinct_ends(seeds_kg)
    every = seeds_kg.neighbors(u)
    types = {n.entity.type for n in every}
    by_type = [n.entity.id for t in sorted(types) for n in seeds_kg.neighbors(u, type=t.lower())]
    assert sorted(by_type) == sorted(n.entity.id for n in every)
    predicate = next(iter(seeds_kg.graph[u][v].values()))["predicate"]
    filtered = seeds_kg.neighbors(u, predicate=predicate)
    assert v in [n.entity.id for n in filtered]
    assert all(link.predicate.split()[:len(predicate.split())] == predicate.split()
               for n in filtered for link in n.links)


def test_seeds_relations_by_predicate(seeds_kg):
    u, v = _an_edge_with_distinct_ends(seeds_kg)
    predicate = next(iter(seeds_kg.graph[u][v].values()))["predicate"]
    found = seeds_kg.relations(predicate=predicate.upper())
    assert (u, v) in [(r.subject, r.object) for r in found]
    assert all(r.evidence and r.evidence[0]["sentence"] for r in found)
