"""Organizations the tagger missed, cut or mistyped (extract.mentions.untagged_names)."""
from __future__ import annotations

import pytest


@pytest.fixture
def labels_of(mention_types_of):
    return mention_types_of


def test_words_cut_apart_before_a_comma_and_a_legal_form_are_one_company(labels_of):
    got = labels_of("The network is led by Hamid Rostami, the CEO and chairman of Pishtazan "
                    "Kavosh Gostar Boshra, LLC, the Treasury said.")
    assert got.get("Pishtazan Kavosh Gostar Boshra, LLC") == "ORG"
    assert "LLC" not in got and "Gostar Boshra" not in got


def test_the_name_a_company_title_is_held_of_is_an_organization(labels_of):
    got = labels_of("Hamid Rostami is the manager and board chairman of Ebtekar Sanat Ilya.")
    assert got.get("Ebtekar Sanat Ilya") == "ORG"


def test_a_name_an_apposition_calls_a_company_is_one(labels_of):
    got = labels_of("Gazprom, the Russian energy giant, agreed to buy a stake in NIS.\n\n"
                    "The deal was signed by Alexei Miller, the chief executive of Gazprom.")
    assert got.get("Gazprom") == "ORG"


def test_a_company_before_a_title_may_open_the_sentence(labels_of):
    got = labels_of("Quibbix founder Jack Ma stepped down as chairman in 2019.")
    assert got.get("Quibbix") == "ORG"


def test_a_dictionary_word_opening_the_sentence_is_no_company(labels_of):
    got = labels_of("Former chairman Jack Ma stepped down in 2019.")
    assert got.get("Former") is None
