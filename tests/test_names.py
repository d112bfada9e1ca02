"""Entity lookup by label, alias or id: normalization, ambiguity, suggestions."""
from __future__ import annotations

import pytest

from graphbuild.query.names import (AmbiguousName, NameLookupError, UnknownName, entity_record,
                                    find_entity, name_index, normalize_name, suggest)


@pytest.mark.parametrize("typed, expected", [
    ("Sessions", "sessions"),
    ("  JEFF   sessions ", "jeff sessions"),
    ("the FBI", "fbi"),
    ("The F.B.I.", "fbi"),
    ("Kislyak's", "kislyak"),
    ("Kislyak\u2019s", "kislyak"),
    ("Sessions'", "sessions"),
    ("U.S.", "us"),
    ("Davuto\u011flu", "davutoglu"),
    ("the", "the"),  # nothing but the article: keep it rather than return ""
])
def test_normalize_name(typed, expected):
    assert normalize_name(typed) == expected


@pytest.mark.parametrize("typed", ["Jeff Sessions", "sessions", "SESSIONS", "the Sessions",
                                   "Sessions's", "Sessions'", "  ag   sessions ",
                                   "PERSON:jeff-sessions"])
def test_find_entity_by_label_alias_or_id(story_kg, typed):
    assert find_entity(story_kg.graph, typed) == "PERSON:jeff-sessions"


def test_ambiguous_name_lists_the_candidates(story_kg):
    with pytest.raises(AmbiguousName) as caught:
        find_entity(story_kg.graph, "trump")
    error = caught.value
    assert error.candidates == [("PERSON:donald-trump", "Donald Trump"), ("ORG:trump", "Trump")]
    assert "Donald Trump [PERSON:donald-trump]" in str(error)
    assert "Trump [ORG:trump]" in str(error)
    # Callers can catch it the way they would catch a missing dict key.
    assert isinstance(error, NameLookupError) and isinstance(error, KeyError)
    assert isinstance(error, LookupError)


def test_type_or_node_id_settles_an_ambiguous_name(story_kg):
    assert find_entity(story_kg.graph, "Trump", type="PERSON") == "PERSON:donald-trump"
    assert find_entity(story_kg.graph, "trump", type="org") == "ORG:trump"
    assert find_entity(story_kg.graph, "ORG:trump") == "ORG:trump"


def test_type_filter_can_make_a_name_unknown(story_kg):
    with pytest.raises(UnknownName) as caught:
        find_entity(story_kg.graph, "Sessions", type="org")
    assert str(caught.value) == ("no ORG entity named 'Sessions'; "
                                 "did you mean Jeff Sessions [PERSON:jeff-sessions]?")


def test_unknown_name_suggests_close_spellings(story_kg):
    with pytest.raises(UnknownName) as caught:
        find_entity(story_kg.graph, "Kislyack")
    assert caught.value.suggestions == [("PERSON:sergey-kislyak", "Sergey Kislyak")]
    assert str(caught.value) == ("no entity named 'Kislyack'; "
                                 "did you mean Sergey Kislyak [PERSON:sergey-kislyak]?")


def test_unknown_name_without_close_match_has_no_hint(story_kg):
    with pytest.raises(UnknownName) as caught:
        find_entity(story_kg.graph, "Zzyzx Qwerty")
    assert caught.value.suggestions == []
    assert str(caught.value) == "no entity named 'Zzyzx Qwerty'"


def test_suggest_finds_a_name_by_one_of_its_words(story_kg):
    assert suggest(story_kg.graph, "Sergey") == ["PERSON:sergey-kislyak"]
    assert "PERSON:mike-pence" in suggest(story_kg.graph, "Mike")
    assert suggest(story_kg.graph, "Mike", type="PERSON", limit=1) in (
        ["PERSON:mike-pence"], ["PERSON:michael-flynn"])


def test_name_index_holds_labels_and_aliases(story_kg):
    index = name_index(story_kg.graph)
    assert index["trump"] == ["ORG:trump", "PERSON:donald-trump"]
    assert index["federal bureau of investigation"] == ["ORG:fbi"]


def test_entity_record_fields_and_dict(story_kg):
    record = entity_record(story_kg.graph, "PERSON:jeff-sessions")
    assert (record.label, record.type, record.mentions) == ("Jeff Sessions", "PERSON", 8)
    assert record.aliases == ("Jeff Sessions", "Sessions", "AG Sessions")
    assert record.titles == ("Attorney General",)
    data = record.to_dict()
    assert data["id"] == "PERSON:jeff-sessions" and data["documents"] == ["a1"]
    assert data["attributes"] == {}  # nothing beyond the contract's attributes here
    story_kg.graph.nodes["PERSON:jeff-sessions"]["nationality"] = ["American"]
    extra = entity_record(story_kg.graph, "PERSON:jeff-sessions").to_dict()["attributes"]
    assert extra == {"nationality": ["American"]}


def test_entity_record_tolerates_missing_attributes():
    import networkx as nx
    g = nx.MultiDiGraph()
    g.add_node("x")
    record = entity_record(g, "x")
    assert (record.label, record.type, record.aliases, record.mentions) == ("x", "", (), 0)


def test_seeds_sessions_resolves_to_a_sessions_entity(seeds_kg):
    node = find_entity(seeds_kg.graph, "Sessions")
    assert "Sessions" in seeds_kg.graph.nodes[node]["label"]
    # Every label of the real graph finds its own node unless another node shares the name.
    index = name_index(seeds_kg.graph)
    for node, label in seeds_kg.graph.nodes(data="label"):
        if len(index[normalize_name(label)]) == 1:
            assert find_entity(seeds_kg.graph, label.upper()) == node


def test_suggest_names_sharing_a_word_for_a_titled_name(story_kg):
    with pytest.raises(UnknownName) as caught:
        find_entity(story_kg.graph, "Candidate Trump")
    suggested = [node for node, _ in caught.value.suggestions]
    assert set(suggested[:2]) == {"ORG:trump", "PERSON:donald-trump"}
    assert "PERSON:jeff-sessions" not in suggested


@pytest.mark.parametrize("typed, node", [
    ("Attorney General Sessions", "PERSON:jeff-sessions"),   # one of the entity's own titles
    ("attorney general jeff sessions", "PERSON:jeff-sessions"),
    ("Sen. Sessions", "PERSON:jeff-sessions"),                # a courtesy title
    ("Mr Kislyak's", "PERSON:sergey-kislyak"),
    ("President Donald Trump", "PERSON:donald-trump"),
])
def test_a_title_in_front_of_a_name(story_kg, typed, node):
    assert find_entity(story_kg.graph, typed) == node


def test_a_title_does_not_settle_an_ambiguous_name(story_kg):
    with pytest.raises(AmbiguousName):
        find_entity(story_kg.graph, "Mr. Trump")
    with pytest.raises(UnknownName):
        find_entity(story_kg.graph, "Attorney General Kislyak")  # not his title


def test_seeds_titled_name(seeds_kg):
    """Every title extraction found works in front of the entity's label."""
    for node, data in seeds_kg.graph.nodes(data=True):
        for title in data.get("titles") or []:
            try:
                assert find_entity(seeds_kg.graph, f"{title} {data['label']}") == node
            except AmbiguousName:
                pass  # another entity carries the same titled name


def test_errors_exported_by_the_package(story_kg):
    import graphbuild
    with pytest.raises(graphbuild.UnknownName):
        story_kg.entity("Comey")
    with pytest.raises(graphbuild.AmbiguousName):
        story_kg.entity("Trump")
    assert issubclass(graphbuild.NameLookupError, LookupError)


def test_a_record_from_an_earlier_answer_works_as_a_name(story_kg):
    pence = story_kg.neighbors("Flynn", type="PERSON")[1].entity
    assert pence.label == "Mike Pence"
    assert find_entity(story_kg.graph, pence) == "PERSON:mike-pence"
    assert [n.entity.label for n in story_kg.neighbors(pence)] == ["Michael Flynn"]


def test_a_two_word_surname_is_the_full_name_less_its_given_name():
    from graphbuild.extract.mentions.names import same_person
    assert same_person("Bhutto Zardari", "Bilawal Bhutto Zardari")
    assert same_person("Johnson Sirleaf", "Ellen Johnson Sirleaf")
    assert not same_person("Ann Zardari", "Bilawal Bhutto Zardari")
