"""A relative "where" places its verb's subjects in the place it modifies
(extract/statements/where_clauses.py)."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


def test_where_clause_places_its_subject(relations_of):
    got = edges(relations_of("The delegates flew to Geneva, where Anna Berg met the mediators "
                             "on Monday."))
    assert ("Anna Berg", "meet in", "Geneva") in got


def test_where_clause_after_a_kind_of_place(relations_of):
    got = edges(relations_of("Soldiers searched houses in the province of Gansu, where the "
                             "Red Cross opened three camps."))
    assert any(s == "Red Cross" and p == "open in" and o == "Gansu" for s, p, o in got)


def test_a_question_where_is_no_place(relations_of):
    got = edges(relations_of("Anna Berg asked where the mediators met in Geneva."))
    assert not any(p.endswith(" in") and s == "Anna Berg" for s, p, _ in got)
