"""Where an act took place, when the parser hangs the place on the act's person object."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


def test_a_meeting_place_hung_on_the_partner_is_where_both_met(relations_of):
    got = edges(relations_of("Secretary of State John Kerry met with Indian Foreign Minister "
                             "Sushma Swaraj in New Delhi on Monday."))
    assert ("John Kerry", "meet with", "Sushma Swaraj") in got
    assert ("John Kerry", "meet in", "New Delhi") in got
    assert ("Sushma Swaraj", "meet in", "New Delhi") in got


def test_a_one_sided_act_places_only_its_subject(relations_of):
    got = edges(relations_of("Ann Lee thanked John Roe in Paris on Friday."))
    assert ("Ann Lee", "thank in", "Paris") in got
    assert not any(s == "John Roe" and o == "Paris" for s, _, o in got)


def test_a_partner_read_as_a_clause_subject_is_still_the_partner(relations_of):
    # the parser takes "with" for the mark of "X ... to affirm" (see extract/statements/partners.py)
    got = edges(relations_of(
        "Secretary of State Antony J. Blinken met today with Pakistani Foreign Minister Bilawal "
        "Bhutto Zardari in New York City to affirm the shared desire for a strong and "
        "prosperous bilateral relationship."))
    assert ("Antony J. Blinken", "meet with", "Bilawal Bhutto Zardari") in got
    assert ("Antony J. Blinken", "meet in", "New York City") in got


def test_a_denied_meeting_places_no_one(relations_of):
    found = relations_of("John Kerry did not meet Sushma Swaraj in New Delhi.")
    assert not any(o == "New Delhi" and not neg for _, _, o, neg, _ in found)


def test_a_hosts_guest_visits_the_place_of_the_welcome(relations_of):
    got = edges(relations_of(
        "Secretary of State Antony J. Blinken hosted Foreign Minister Wang Yi for an official "
        "visit today in Washington. President Barack Obama welcomed Chinese President Hu Jintao "
        "to Washington on Wednesday."))
    assert ("Wang Yi", "visit", "Washington") in got
    assert ("Hu Jintao", "visit", "Washington") in got


def test_a_guest_not_hosted_visits_nothing(relations_of):
    found = relations_of("Antony J. Blinken did not host Wang Yi in Beijing.")
    assert not any(s == "Wang Yi" and p == "visit" and not neg for s, p, _, neg, _ in found)
