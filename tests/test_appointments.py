"""Offices given by an appointment with the title as its complement
(extract.statements.appointments)."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


def test_the_person_named_to_a_title_holds_it_in_the_articles_country(relations_of):
    got = edges(relations_of("Sudan's ruling military council named Abdalla Hamdok prime "
                             "minister."))
    assert ("Abdalla Hamdok", "prime minister of", "Sudan") in got


def test_a_title_with_its_own_organization_names_it(relations_of):
    got = edges(relations_of("The board named Jane Roe chairman of Acme Holdings Ltd. on "
                             "Monday."))
    assert ("Jane Roe", "chairman of", "Acme Holdings Ltd.") in got
