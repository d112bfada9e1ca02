"""Winners declared ("The commission declared X the winner, defeating Y")."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


def test_the_declared_winner_is_the_object_and_defeats_the_rival(relations_of):
    got = edges(relations_of(
        "Liberia's National Elections Commission declared Ellen Johnson Sirleaf the winner of "
        "the presidential runoff, defeating former soccer star George Weah."))
    assert ("National Elections Commission", "declare winner", "Ellen Johnson Sirleaf") in got
    assert ("Ellen Johnson Sirleaf", "defeat", "George Weah") in got
    assert not any(s == "National Elections Commission" and o == "George Weah"
                   for s, _, o in got)


def test_a_president_elect_is_a_declared_winner(relations_of):
    got = edges(relations_of("John Dramani Mahama of the National Democratic Congress won. "
                             "Kwadwo Afari-Gyan declared John Dramani Mahama president-elect."))
    assert ("Kwadwo Afari-Gyan", "declare winner", "John Dramani Mahama") in got


def test_a_passive_declaration_takes_its_agent(relations_of):
    got = edges(relations_of("Ellen Johnson Sirleaf was declared the winner by the National "
                             "Elections Commission."))
    assert ("National Elections Commission", "declare winner", "Ellen Johnson Sirleaf") in got


def test_declaring_without_a_winner_is_speech(relations_of):
    got = edges(relations_of("Kwadwo Afari-Gyan declared the vote free and fair."))
    assert not any(p.startswith("declare winner") for _, p, _ in got)
