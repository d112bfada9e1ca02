"""Token -> entity anchors: nationality words and names NER missed."""
from __future__ import annotations

from graphbuild.extract.mentions.anchors import stem_matches
from graphbuild.extract.statements.predicates import title_phrase


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


def test_an_acronym_of_a_spelled_out_name_and_a_defined_term(relations_of):
    found = relations_of(
        "Jane Roe, the U.S. Attorney for the Southern District of Iowa, and the Department of "
        "Justice charged Northwind Traders Inc. on Monday. SDI and the DOJ entered into a "
        "deferred prosecution agreement (\u201cDPA\u201d) with Northwind Traders Inc. on "
        "Tuesday. Under the DPA, Northwind paid a fine.")
    got = {(s, p, o) for s, p, o, _, _ in found}
    assert ("Department of Justice", "enter into agreement with", "Northwind Traders Inc.") in got
    assert ("Southern District of Iowa", "enter into agreement with",
            "Northwind Traders Inc.") in got
    assert "DPA" not in {e.label for e in found.extraction.entities}
