"""Action nouns: "X's acquisition of Y", "the purchase of Y by X", "X's lawsuit against Y"."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


def test_owner_is_the_agent_and_of_the_patient(relations_of):
    got = edges(relations_of("Northwind Traders Inc.'s proposed acquisition of Contoso Ltd. "
                             "drew scrutiny."))
    assert ("Northwind Traders Inc.", "acquire", "Contoso Ltd.") in got


def test_by_gives_the_agent_and_the_owner_becomes_the_patient(relations_of):
    got = edges(relations_of("The purchase of Contoso Ltd. by Northwind Traders Inc. closed in "
                             "June."))
    assert ("Northwind Traders Inc.", "purchase", "Contoso Ltd.") in got
    got = edges(relations_of("Contoso Ltd.'s acquisition by Northwind Traders Inc. was announced."))
    assert ("Northwind Traders Inc.", "acquire", "Contoso Ltd.") in got
    assert not any(s == "Contoso Ltd." for s, _, _ in got)


def test_own_prepositions_and_kept_prepositions(relations_of):
    got = edges(relations_of("Maria Gonzalez's lawsuit against Contoso Ltd. was dismissed."))
    assert ("Maria Gonzalez", "sue", "Contoso Ltd.") in got
    got = edges(relations_of("Contoso Ltd.'s merger with Northwind Traders Inc. fell apart."))
    assert ("Contoso Ltd.", "merge with", "Northwind Traders Inc.") in got
    assert not any(p == "merger with" for _, p, _ in got)


def test_light_verb_subject_is_the_agent(relations_of):
    got = edges(relations_of("Northwind Traders Inc. completed its takeover of Contoso Ltd."))
    assert ("Northwind Traders Inc.", "take over", "Contoso Ltd.") in got


def test_a_denied_action_noun_is_negated(relations_of):
    found = relations_of("Northwind Traders Inc. denied any plan for a merger with Contoso Ltd.")
    merges = [f for f in found if f[1] == "merge with"]
    assert all(negated for *_, negated, _ in merges)


def test_no_agent_no_edge(relations_of):
    got = edges(relations_of("Regulators approved the acquisition of Contoso Ltd. in Boston."))
    assert not any(p == "acquire" for _, p, _ in got)


def test_nationality_owners_of_an_action_noun_are_their_countries(relations_of):
    found = relations_of("Israel and Syria clashed. Israeli and Turkish air strikes on Syria "
                         "continued. Turkey said so.")
    got = {(s, p, o) for s, p, o, _, _ in found}
    assert ("Israel", "strike", "Syria") in got
    assert ("Turkey", "strike", "Syria") in got


def test_a_merger_of_two_companies_is_one_merging_with_the_other(relations_of):
    got = edges(relations_of("The merger of Northwind Traders Inc. and Contoso Ltd. formed "
                             "a new company."))
    assert ("Northwind Traders Inc.", "merge with", "Contoso Ltd.") in got


def test_a_journey_noun_is_a_visit_and_a_place_before_it_the_destination(relations_of):
    got = edges(relations_of("Japan and India signed a deal. Abe's three-day Indian trip ended "
                             "Sunday."))
    assert ("Abe", "visit", "India") in got
    got = edges(relations_of("Tom Baker's visit to Peru and Chile drew attention."))
    assert {("Tom Baker", "visit", "Peru"), ("Tom Baker", "visit", "Chile")} <= got
