"""Party offices with no organization named: "Labor MP X", "opposition leader X"
(extract/statements/party_roles.py)."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


def test_party_word_in_the_title_names_the_party(relations_of):
    text = ("The Progressive Party won the vote on Friday.\n\n"
            "Progressive MP Anna Berg said the result was fair.")
    got = edges(relations_of(text))
    assert ("Anna Berg", "mp of", "Progressive Party") in got


def test_opposition_leader_of_the_party_called_the_opposition(relations_of):
    text = ("The ruling Unity Party took 60 seats and the opposition Freedom Movement won 40.\n\n"
            "Opposition leader John Mensah said on Sunday that the vote was rigged.")
    got = edges(relations_of(text))
    assert any(s == "John Mensah" and "leader" in p and o == "Freedom Movement"
               for s, p, o in got)
    assert not any(s == "John Mensah" and o == "Unity Party" for s, _, o in got)


def test_opposition_leader_without_an_opposition_party_has_none(relations_of):
    text = ("The Unity Party took 60 seats and the Freedom Movement won 40.\n\n"
            "Opposition leader John Mensah said on Sunday that the vote was rigged.")
    got = edges(relations_of(text))
    assert not any(s == "John Mensah" and o in {"Unity Party", "Freedom Movement"}
                   for s, _, o in got)


def test_opposition_leader_with_no_opposition_party_leads_the_countrys(relations_of):
    text = ("Kenya's election was disputed. Kenya has seen weeks of protests.\n\n"
            "Opposition leader John Mensah said on Sunday that the vote was rigged.")
    got = edges(relations_of(text))
    assert any(s == "John Mensah" and "opposition leader" in p and o == "Kenya"
               for s, p, o in got)


def test_party_office_in_a_story_about_one_party(relations_of):
    text = ("The Progressive Party met on Friday.\n\n"
            "Long-serving deputy leader Anna Berg did not contest the vote.")
    got = edges(relations_of(text))
    assert any(s == "Anna Berg" and "leader" in p and o == "Progressive Party"
               for s, p, o in got)


def test_party_office_in_a_story_about_two_parties_is_left_open(relations_of):
    text = ("The Progressive Party and the Green Party met on Friday.\n\n"
            "Long-serving deputy leader Anna Berg did not contest the vote.")
    got = edges(relations_of(text))
    assert not any(s == "Anna Berg" and "leader" in p for s, p, _ in got)
