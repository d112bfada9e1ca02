"""Parts of a place held by a country (extract.statements.portions)."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


def test_a_nationality_on_a_controlled_portion_holds_the_place(relations_of):
    got = edges(relations_of("Pakistan has sent troops. Most deaths are in the "
                             "Pakistani-controlled portion of Kashmir."))
    assert ("Pakistan", "control part of", "Kashmir") in got


def test_a_portion_with_no_nationality_relates_nothing(relations_of):
    got = edges(relations_of("India sent aid. Most deaths are in the northern portion of "
                             "Kashmir."))
    assert not any(o == "Kashmir" and s == "India" for s, _, o in got)
