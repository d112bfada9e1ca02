"""The relation stage as a whole: evidence offsets, corrections, no self-loops, records."""
from __future__ import annotations

from graphbuild.extract.statements.article import apply_retractions
from graphbuild.records import Evidence, RelationMention


def test_evidence_is_the_sentence_with_article_offsets(relations_of):
    text = "Headline here\n\nJeff Sessions met with Sergey Kislyak in July. He left."
    found = relations_of(text)
    relation = next(r for r in found.extraction.relations if r.predicate == "meet with")
    evidence = relation.evidence
    assert evidence.doc == "t"
    assert text[evidence.start:evidence.end] == evidence.sentence
    assert evidence.sentence == "Jeff Sessions met with Sergey Kislyak in July."


def test_correction_retracts_the_statement_everywhere(relations_of):
    found = relations_of("Officials said Angela Merkel met with Emmanuel Macron.\n\nCorrection: "
                         "This article incorrectly said that Angela Merkel met with Emmanuel "
                         "Macron.")
    meets = [r for r in found if r[1] == "meet with"]
    assert meets and all(negated for *_, negated, _ in meets)


def test_apply_retractions_negates_matching_mentions_only():
    def mention(subject, obj, kind):
        return RelationMention(subject, "meet with", obj, Evidence("d", "s", 0, 1), kind=kind)
    relations = [mention("e1", "e2", "verb"), mention("e2", "e1", "retracted"),
                 mention("e1", "e3", "verb")]
    out = apply_retractions(relations)
    assert [r.negated for r in out] == [True, True, False]
    assert out[1].kind == "correction"


def test_no_self_loops_and_round_trip(relations_of):
    found = relations_of("Jeff Sessions recused himself from the investigation.")
    assert all(r.subject != r.object for r in found.extraction.relations)
    data = found.extraction.to_dict()
    assert type(found.extraction).from_dict(data).to_dict() == data


def test_correction_negates_the_corrected_sentence_whatever_its_subject(relations_of):
    found = relations_of("Officials at the Pentagon recorded Angela Merkel's talks with "
                         "Emmanuel Macron in Paris. Joe Biden met Carlos Slim.\n\n"
                         "Correction: this article incorrectly said officials recorded Merkel's "
                         "talks with Macron.")
    recorded = [r for r in found.extraction.relations
                if r.evidence.sentence.startswith("Officials")]
    assert recorded and all(r.negated and r.kind == "correction" for r in recorded)
    others = [r for r in found.extraction.relations if "Biden" in r.evidence.sentence]
    assert others and all(not r.negated for r in others)


def test_evidence_is_the_articles_own_text_even_for_a_recased_headline(relations_of):
    text = ("MARIA GONZALEZ MEETS JOHN CARTER IN BOSTON\n\nMaria Gonzalez met with John Carter "
            "in Boston on Monday.\nShe later met\nwith John Carter again.")
    found = relations_of(text)
    assert found.extraction.relations
    for relation in found.extraction.relations:
        evidence = relation.evidence
        assert text[evidence.start:evidence.end] == evidence.sentence
        assert evidence.sentence == evidence.sentence.strip()


def test_a_false_claim_by_someone_retracts_nothing_else_in_the_article(relations_of):
    found = relations_of("Governor Mark Ellis falsely told reporters that Tom Baker met Ann Price. "
                         "Tom Baker met Ann Price in Denver on Monday.")
    meets = [r for r in found if r[0] == "Tom Baker" and r[2] == "Ann Price" and "meet" in r[1]]
    assert any(neg for *_, neg, _ in meets)          # the false claim: denied
    assert any(not neg for *_, neg, _ in meets)      # the article's own statement: asserted


def test_a_predicate_through_three_prepositions_is_dropped(relations_of):
    found = relations_of("Tom Hale thanked Ann Lee for her years of service at the World Bank.")
    assert not any(o == "World Bank" for _, _, o, _, _ in found)
    assert any(s == "Tom Hale" and o == "Ann Lee" for s, _, o, _, _ in found)
