""""The two men" stands for the two people named just before (extract/statements/pairs.py)."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


def test_the_two_men_are_the_pair_named_before(relations_of):
    text = ("German Chancellor Hans Weber welcomed French President Pierre Martin in Berlin."
            "\n\nThe two men signed an agreement on Friday.")
    got = edges(relations_of(text))
    assert any({s, o} == {"Hans Weber", "Pierre Martin"} and "sign agreement" in p
               for s, p, o in got)


def test_no_pair_named_before_no_partner(relations_of):
    text = ("German Chancellor Hans Weber arrived in Berlin.\n\n"
            "The two men signed an agreement on Friday.")
    got = edges(relations_of(text))
    assert not any("sign agreement" in p for _, p, _ in got)


def test_a_pair_named_earlier_in_the_same_sentence_is_the_two_leaders(relations_of):
    got = {(s, p, o) for s, p, o, _, _ in relations_of(
        "Prime Minister Ana Vela met Prime Minister Tomas Ruiz in Lima.\n\n"
        "President Jia Ming welcomed President Kofi Mensah to Beijing, where the two leaders "
        "signed a trade agreement.")}
    assert ("Jia Ming", "sign agreement with", "Kofi Mensah") in got
    assert not any(p.startswith("sign") and s in {"Ana Vela", "Tomas Ruiz"} for s, p, _ in got)
