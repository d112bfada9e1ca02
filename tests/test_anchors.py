"""Token -> entity anchors: nationality words and names NER missed."""
from __future__ import annotations

from graphbuild.extract.anchors import stem_matches
from graphbuild.extract.predicates import title_phrase


def test_nationality_adjectives_match_their_country():
    assert stem_matches("russian", "russia") and stem_matches("cuban", "cuba")
    assert stem_matches("austrian", "austria") and stem_matches("iraqi", "iraq")
    assert not stem_matches("chinese", "chile") and not stem_matches("russia", "russia")


def test_surname_missed_by_ner_still_anchors_relations(relations_of):
    found = relations_of("Jeff Sessions spoke in Washington. Later, Sessions had failed at his "
                         "Senate confirmation hearing to disclose the meetings.")
    assert any(s == "Jeff Sessions" and p == "fail at" for s, p, *_ in found)


def test_titles_are_spelled_out():
    assert title_phrase(["Sen."]) == "senator"
    assert title_phrase(["Former", "Gov."]) == "governor"


def test_irregular_nationality_words(relations_of):
    found = relations_of("British Prime Minister Boris Johnson met French President Emmanuel "
                         "Macron in France. Britain and France signed a deal.")
    got = {(s, p, o) for s, p, o, *_ in found}
    assert ("Boris Johnson", "prime minister of", "Britain") in got
    assert ("Emmanuel Macron", "president of", "France") in got
