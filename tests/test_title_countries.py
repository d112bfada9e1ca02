"""A country named only by the nationality word of an office's title becomes a node
(extract/mentions/title_countries.py)."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


def test_nationality_before_a_title_and_name_is_the_country(relations_of):
    found = relations_of("Indonesian Trade Minister Budi Santoso met executives on Monday.")
    assert ("Budi Santoso", "trade minister of", "Indonesia") in edges(found)
    assert [e.type for e in found.extraction.entities if e.label == "Indonesia"] == ["GPE"]


def test_adjective_demonym_from_the_knowledge_table(relations_of):
    found = relations_of("A court issued a warrant for former Philippine President Gloria Arroyo.")
    assert ("Gloria Arroyo", "president of", "Philippines") in edges(found)


def test_a_nationality_before_a_common_noun_adds_no_country(relations_of):
    found = relations_of("Indonesian students met Budi Santoso on Monday.")
    assert not any(e.label == "Indonesia" for e in found.extraction.entities)


def test_a_named_country_is_not_added_twice(relations_of):
    found = relations_of("Indonesia said on Monday that Indonesian Trade Minister Budi Santoso "
                         "would travel.")
    assert [e.label for e in found.extraction.entities].count("Indonesia") == 1
