"""A capital named without its country is its country's capital, when the article names the
country (extract/statements/capitals.py)."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


def test_the_capital_city_is_its_countrys(relations_of):
    got = edges(relations_of("Kenya's parliament met on Monday. Protesters gathered in the "
                             "capital Nairobi."))
    assert ("Nairobi", "capital of", "Kenya") in got


def test_no_country_in_the_article_no_edge(relations_of):
    got = edges(relations_of("Protesters gathered in the capital Nairobi on Monday."))
    assert not any(p == "capital of" for _, p, _ in got)


def test_a_city_that_is_no_capital_gets_none(relations_of):
    got = edges(relations_of("Kenya's parliament met on Monday. Protesters gathered in the "
                             "port city Mombasa, a regional capital Mombasa."))
    assert not any(s == "Mombasa" and p == "capital of" for s, p, _ in got)


def test_the_capital_after_the_city(relations_of):
    got = edges(relations_of("Kenya's parliament met on Monday. Protesters gathered in Nairobi, "
                             "the capital."))
    assert ("Nairobi", "capital of", "Kenya") in got
