"""Words the tagger took for names that name nothing (extract.mentions.non_names)."""
from __future__ import annotations

import pytest


@pytest.fixture
def texts_of(mention_types_of):
    return lambda text: set(mention_types_of(text))


def test_an_adjective_or_noun_opening_a_sentence_is_no_name(texts_of):
    got = texts_of("Quake toll rises\n\nFrantic rescue efforts continue in Pakistan. Turnout "
                   "for the vote was about 58 percent.")
    assert "Frantic" not in got and "Turnout" not in got
    assert "Pakistan" in got


def test_the_words_of_a_legal_documents_title_are_no_names(texts_of):
    got = texts_of("On July 31, 2009, the Securities and Exchange Commission issued an Order "
                   "Instituting Public Administrative and Cease-and-Desist Proceedings pursuant "
                   "to Section 4C of the Securities Exchange Act of 1934, Making Findings, and "
                   "Imposing Remedial Sanctions against Jane Q. Roe.")
    assert not got & {"Cease", "Findings", "Imposing Remedial Sanctions", "Securities Exchange Act",
                      "Order Instituting Public Administrative"}
    assert "Jane Q. Roe" in got


def test_an_organization_named_with_a_gerund_keeps_its_name(texts_of):
    got = texts_of("The Senate Banking Committee met on Tuesday with bankers.")
    assert any("Banking Committee" in t for t in got)


def test_two_countries_written_as_one_word_are_no_node(texts_of):
    got = texts_of("They underscored the importance of U.S.-Pakistan cooperation on trade.")
    assert "U.S.-Pakistan" not in got
