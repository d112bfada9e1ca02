"""People the tagger missed, found by how news writes them (extract.mentions.untagged_people)."""
from __future__ import annotations

import pytest


@pytest.fixture
def labels_of(mention_types_of):
    return mention_types_of


def test_a_name_with_its_article_after_an_owned_role_is_a_person(labels_of):
    got = labels_of("Officials hope Ruritania does not host Tibet's exiled spiritual leader, "
                    "the Panchen Lama, this year.")
    assert got.get("Panchen Lama") == "PERSON"


def test_a_role_before_the_comma_still_needs_its_article_or_owner(labels_of):
    got = labels_of("The talks went well, the Grand Hall said in a note.")
    assert got.get("Grand Hall") != "PERSON"


def test_a_surname_the_parser_makes_the_names_head_joins_the_name(labels_of):
    got = labels_of("Paul Roe was sentenced by Judge Amy Berman Jackson to 73 months in prison.")
    assert got.get("Amy Berman Jackson") == "PERSON"


def test_a_title_abbreviation_after_a_name_with_no_name_after_it_ends_the_name(labels_of):
    got = labels_of("The committee ratified the victory of Prime Minister Hun Sen.\n\n"
                    "Cambodian Prime Minister Hun Sen. met Thai officials in Bangkok.")
    assert got.get("Hun Sen") == "PERSON" and "Hun" not in got


def test_an_untagged_name_after_a_lowercase_role_is_a_person(labels_of):
    got = labels_of("A judge sentenced former Ruritanian treasurer Alejandro Andrade to ten "
                    "years in prison.")
    assert got.get("Alejandro Andrade") == "PERSON"


def test_an_untagged_name_listed_between_people_is_a_person(labels_of):
    got = labels_of("The sanctions target Venezuelan officials Delcy Rodriguez, Diosdado Cabello "
                    "and Tareck El Aissami.")
    assert got.get("Diosdado Cabello") == "PERSON"


def test_a_name_after_a_title_closed_by_a_regnal_numeral_is_a_person(labels_of):
    got = labels_of("The summit was attended by Jordan's King Abdullah II and other leaders.")
    assert got.get("Abdullah II") == "PERSON"


def test_an_untagged_name_after_a_capitalized_title_is_a_person(labels_of):
    got = labels_of("Juan Perez pleaded guilty before U.S. District Judge Ana Ruiz of the Southern "
                    "District of Florida to one count of money laundering.")
    assert got.get("Ana Ruiz") == "PERSON"


def test_a_name_appointed_as_a_minister_is_a_person(labels_of):
    got = labels_of("President Emmerson Mnangagwa appointed Mthuli Ncube as finance minister "
                    "of Zimbabwe.")
    assert got.get("Mthuli Ncube") == "PERSON"


def test_a_company_chosen_as_a_supplier_stays_a_company(labels_of):
    got = labels_of("Acme Corp was chosen as supplier for the project.")
    assert got.get("Acme Corp") == "ORG"


def test_a_state_after_a_city_before_as_stays_a_place(labels_of):
    got = labels_of("Free began his career at the Goddard center in Greenbelt, Md. as a "
                    "propulsion engineer.")
    assert got.get("Md.", "GPE") != "PERSON"


def test_a_name_a_verb_names_to_a_title_is_a_person_not_a_modifier(labels_of):
    got = labels_of("Sudan's ruling military council named Abdalla Hamdok prime minister.")
    assert got.get("Abdalla Hamdok") == "PERSON"
