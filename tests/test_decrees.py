"""Acts done by signing a document (extract.statements.decrees)."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


def test_the_signer_of_a_decree_does_what_it_does(relations_of):
    got = edges(relations_of("President Ana Vela has signed a decree firing Defense Minister "
                             "Tomas Ruiz."))
    assert ("Ana Vela", "fire", "Tomas Ruiz") in got


def test_a_decree_signed_by_no_one_named_gives_no_actor(relations_of):
    got = edges(relations_of("A decree was signed on Monday firing Defense Minister Tomas Ruiz."))
    assert not any(p == "fire" for _, p, _ in got)
