"""Names the tagger cut short (extract.mentions.untagged)."""
from __future__ import annotations

import pytest


@pytest.fixture
def texts_of(mention_types_of):
    return lambda text: set(mention_types_of(text))


def test_a_place_cut_after_its_first_word_runs_back_over_it(texts_of):
    got = texts_of("In the neighboring Northwest Frontier Province authorities say hundreds "
                   "of children were killed when their schools collapsed.")
    assert "Northwest Frontier Province" in got
    assert "Frontier Province" not in got


def test_a_title_before_an_organization_stays_out_of_its_name(texts_of):
    got = texts_of("Yesterday President Obama spoke at the Brookings Institution in Washington.")
    assert not any(t.startswith("President Brookings") for t in got)


def test_a_people_owning_a_partys_name_stays_in_it(texts_of):
    got = texts_of("The opposition refused talks with the ruling Cambodian People's Party, or "
                   "CPP, until an inquiry is held.")
    assert "Cambodian People's Party" in got
    assert "Cambodian People" not in got
