"""An unnamed office holder acts for the country owning the office (extract/statements/envoys.py)."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


def test_a_countrys_unnamed_minister_acts_for_it(relations_of):
    got = edges(relations_of("On Saturday, Kenya's foreign minister visited Uganda for talks."))
    assert ("Kenya", "visit", "Uganda") in got


def test_a_named_minister_acts_himself(relations_of):
    got = edges(relations_of("On Saturday, Kenya's foreign minister, Raila Amolo, visited Uganda."))
    assert not any(s == "Kenya" and p == "visit" for s, p, _ in got)


def test_a_persons_noun_is_no_envoy(relations_of):
    got = edges(relations_of("On Saturday, Kenya's farmers visited Uganda for talks."))
    assert ("Kenya", "visit", "Uganda") not in got


def test_a_towns_court_is_not_the_town(relations_of):
    got = edges(relations_of("A Tashkent court has ordered Anna Berg to serve 30 days in prison."))
    assert not any(s == "Tashkent" for s, _, _ in got)


def test_a_countrys_institution_still_stands_for_it(relations_of):
    got = edges(relations_of("Kenya police arrested Anna Berg on Monday."))
    assert ("Kenya", "arrest", "Anna Berg") in got
