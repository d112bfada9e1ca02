"""An acronym from a name's original language joins its English translation: the same
initials in another order (knowledge/names.py `scrambled_acronym`, extract/mentions/entities.py)."""
from __future__ import annotations


def labels(found):
    return sorted(e.label for e in found.extraction.entities)


def test_scrambled_acronym_joins_the_translated_name(relations_of):
    found = relations_of("The Popular Movement for the Liberation of Guinea said the vote was "
                         "rigged. MPLG won 40 seats, MPLG said.")
    assert labels(found) == ["Popular Movement for the Liberation of Guinea"]


def test_three_letters_do_not_join_by_chance(relations_of):
    found = relations_of("The Agency for Trade of Mali met on Monday. On Monday, TAM officials "
                         "rejected the results.")
    assert "TAM" in labels(found)


def test_other_initials_do_not_join():
    from graphbuild.knowledge.names import scrambled_acronym
    assert not scrambled_acronym("MPLA", "Popular Movement for the Liberation of Guinea")
