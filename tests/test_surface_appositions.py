"""Appositions the parser did not attach to the name ("X, the former foreign minister of Y,")."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


def test_a_role_after_a_name_and_a_comma_is_the_names_even_when_misparsed(relations_of):
    # the small model makes "minister" the subject and the name an adverb here
    got = edges(relations_of("Ban Ki-moon, the former foreign minister of South Korea, was "
                             "sworn in as U.N. secretary-general."))
    assert ("Ban Ki-moon", "foreign minister of", "South Korea") in got


def test_a_description_that_is_no_role_relates_nothing(relations_of):
    got = edges(relations_of("Ban Ki-moon, the former guest of South Korea, was sworn in on "
                             "Monday."))
    assert not any(s == "Ban Ki-moon" and o == "South Korea" for s, _, o in got)


def test_a_second_role_listed_in_the_apposition_takes_its_own_of(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "The network is led by Ali Rezai, the CEO of Globex Trading, LLC, and manager and board "
        "chairman of Acme Holdings Ltd.")}
    assert ("Ali Rezai", "board chairman of", "Acme Holdings Ltd.") in got
    assert ("Ali Rezai", "board chairman of", "Globex Trading, LLC") not in got
