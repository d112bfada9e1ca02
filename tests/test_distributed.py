"""Roles shared by a coordination ("A and B, both majors in the Army")."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


def test_both_before_a_plural_role_gives_it_to_every_listed_name(relations_of):
    got = edges(relations_of("Pat Roe and Kim Lee, both professors at Yale University, "
                             "testified on Monday."))
    assert ("Pat Roe", "professor at", "Yale University") in got
    assert ("Kim Lee", "professor at", "Yale University") in got


def test_a_name_listed_after_the_shared_role_does_not_hold_it(relations_of):
    got = edges(relations_of(
        "The new officers named by Smith are Tom A. Reed and Ann B. Cole, both captains in the "
        "U.S. Navy; Jim C. Hart, a colonel in the U.S. Air Force; and Sue D. Park."))
    assert ("Tom A. Reed", "captain in", "U.S. Navy") in got
    assert ("Ann B. Cole", "captain in", "U.S. Navy") in got
    assert ("Jim C. Hart", "colonel in", "U.S. Air Force") in got
    assert not any(s in {"Jim C. Hart", "Sue D. Park"} and o == "U.S. Navy" for s, _, o in got)
    assert not any(s == "Sue D. Park" for s, _, _ in got)


def test_a_name_before_a_semicolon_keeps_its_own_role(relations_of):
    got = edges(relations_of(
        "The crew are Jim C. Hart, a colonel in the U.S. Air Force; Tom A. Reed and Ann B. Cole, "
        "both majors in the U.S. Army; and Sue D. Park."))
    assert ("Tom A. Reed", "major in", "U.S. Army") in got
    assert ("Ann B. Cole", "major in", "U.S. Army") in got
    assert ("Jim C. Hart", "major in", "U.S. Army") not in got


def test_a_single_apposition_stays_with_its_own_name(relations_of):
    got = edges(relations_of("Pat Roe and Kim Lee testified; Lee, a professor at Yale University, "
                             "spoke first."))
    assert ("Kim Lee", "professor at", "Yale University") in got
    assert ("Pat Roe", "professor at", "Yale University") not in got


def test_titles_joined_by_and_share_the_last_ones_of(relations_of):
    got = edges(relations_of("The network is led by Ali Rezai, the CEO and chairman of Globex "
                             "Trading, LLC, the agency said."))
    assert ("Ali Rezai", "chief executive of", "Globex Trading, LLC") in got
    assert ("Ali Rezai", "chairman of", "Globex Trading, LLC") in got
