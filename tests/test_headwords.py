"""Common words of a headline that the tagger took for names (graphbuild.extract.mentions.headwords)."""
from __future__ import annotations

import pytest

from graphbuild.extract.mentions.headwords import is_headline_word, without_headline_words
from graphbuild.extract.mentions.article import article_mentions
from graphbuild.extract.mentions.spans import Mention
from graphbuild.ingest.sources import article_from_text
from graphbuild.nlp import parse_articles


@pytest.fixture(scope="module")
def before_and_after(nlp):
    def run(text: str) -> tuple[list[str], list[str]]:
        article = article_from_text(text, id="t")
        (_, parsed), = list(parse_articles(nlp, [article]))
        found = article_mentions(article, parsed)
        return ([m.text for m in found],
                [m.text for m in without_headline_words(article, parsed, found)])
    return run


def test_a_common_noun_named_only_in_the_headline_is_dropped(before_and_after):
    # the story capitalizes the word inside a longer name, so the headline keeps its capital
    before, after = before_and_after(
        "Regulator Fines Broker Over Negligence\n\nBOSTON - The Professional Negligence Board "
        "fined a Boston broker on Tuesday for failing to supervise its staff, the agency said.")
    assert "Negligence" in before  # what the tagger makes of the headline
    assert "Negligence" not in after and "BOSTON" in after


def test_a_place_in_the_headline_is_kept_though_the_story_does_not_repeat_it(before_and_after):
    before, after = before_and_after("Turkey Blames Militants for Blast\n\nOfficials said 28 "
                                     "people died in the attack in Ankara.")
    assert after == before == ["Turkey", "Ankara"]


def mention(text: str, paragraph: int, titles=()) -> Mention:
    return Mention(text, "ORG", 0, len(text), paragraph, 0, 1, titles=list(titles))


def test_only_one_word_entities_wholly_in_headlines_that_are_english_words_go():
    heads = {0}
    assert is_headline_word([mention("Roundup", 0)], heads)
    assert not is_headline_word([mention("Roundup", 0), mention("Roundup", 2)], heads)
    assert not is_headline_word([mention("Kowalczyk", 0)], heads)      # a name
    assert not is_headline_word([mention("Weekly Roundup", 0)], heads)  # more than a word
    assert not is_headline_word([mention("White House", 0)], heads)
    assert is_headline_word([mention("Illegal Profits", 0)], heads)  # common words, a plural
    assert not is_headline_word([mention("Ohio", 0)], heads)            # a place


def test_a_nationality_that_is_also_a_title_word_still_names_the_country(relations_of):
    # nameparser lists "british" as a title; a demonym before a title is a country all the same
    entities = relations_of("British Prime Minister Rishi Sunak's office said Britain would "
                            "send more aid.").extraction.entities
    labels = {e.label: e for e in entities}
    assert sorted(labels) == ["Britain", "Rishi Sunak"]
    assert labels["Britain"].aliases == ["Britain", "British"]
    assert labels["Rishi Sunak"].titles == ["Prime Minister"]


def test_a_long_press_release_headline_is_a_headline():
    from graphbuild.extract.mentions.headwords import _long_headline
    line = ("Former Regional Official And Telecom Executive Charged In Bribery And Money "
            "Laundering Scheme Involving The Payment Of Nearly $2 Billion In Kickbacks")
    assert _long_headline(line)
    assert not _long_headline(line.lower() + " of the city that they had run for many years")

