"""Lists named by a copula after a passive participle ("The officers named by X are A and B")."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


def test_the_agent_of_the_participle_acts_on_every_listed_name(relations_of):
    got = edges(relations_of(
        "The new officers named by Mary Smith are Tom A. Reed and Ann B. Cole, both captains in "
        "the U.S. Navy; Jim C. Hart, a colonel in the U.S. Air Force; and Sue D. Park."))
    for name in ("Tom A. Reed", "Ann B. Cole", "Jim C. Hart", "Sue D. Park"):
        assert ("Mary Smith", "name", name) in got
    assert ("Mary Smith", "name", "U.S. Navy") not in got     # reached through "in"


def test_no_agent_no_list_relation(relations_of):
    got = edges(relations_of("The new officers are Tom A. Reed and Ann B. Cole, said Mary Smith."))
    assert not any(p == "name" for _, p, _ in got)


def test_a_denied_participle_is_not_asserted(relations_of):
    found = relations_of("The companies not charged by the Securities and Exchange Commission "
                         "were Acme Corp. and Beta LLC.")
    assert not any(s == "Securities and Exchange Commission" and p == "charge" and not neg
                   for s, p, _, neg, _ in found)
