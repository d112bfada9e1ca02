"""The fast attribute ruler leaves every token exactly as spaCy's own attribute_ruler does."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.pipeline import AttributeRuler

from graphbuild.ingest.text import paragraphs
from graphbuild.nlp import find_model, load_pipeline
from graphbuild.nlp.attributes import FastAttributeRuler, is_isolated, use_fast_attribute_ruler

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def token_view(doc) -> list[tuple]:
    return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.norm_, t.head.i)
            for t in doc]


@pytest.fixture(scope="module")
def spacy_pipeline():
    return spacy.load(find_model())


def test_the_pipeline_uses_the_fast_ruler(nlp):
    assert isinstance(nlp.get_pipe("attribute_ruler"), FastAttributeRuler)
    assert nlp.pipe_names.index("attribute_ruler") < nlp.pipe_names.index("lemmatizer")


def test_fast_false_loads_spacy_unchanged():
    assert isinstance(load_pipeline(fast=False).get_pipe("attribute_ruler"), AttributeRuler)


def test_every_token_of_the_seed_articles_is_as_spacy_leaves_it(nlp, spacy_pipeline):
    texts = [para.text for path in sorted(SEEDS.glob("*.txt"))
             for para in paragraphs(path.read_text(encoding="utf-8"))]
    # Tricky forms for the several-token rules: "gonna", "ain't", "let's", "y'all", "there is".
    texts.append("Y'all ain't gonna believe it, let's go: there is nothin' left, c'mon.")
    ours = [token_view(doc) for doc in nlp.pipe(texts)]
    theirs = [token_view(doc) for doc in spacy_pipeline.pipe(texts)]
    assert len(ours) == len(texts)
    assert ours == theirs


def test_forgetting_what_it_learned_changes_nothing(nlp, spacy_pipeline, monkeypatch):
    import graphbuild.nlp.attributes as attributes

    monkeypatch.setattr(attributes, "MAX_REMEMBERED", 30)  # forgets on every paragraph
    texts = [para.text for para in paragraphs((SEEDS / "cbs_sessions_recusal.txt").read_text())]
    fast = load_pipeline()
    assert [token_view(d) for d in fast.pipe(texts)] == \
        [token_view(d) for d in spacy_pipeline.pipe(texts)]
    assert len(fast.get_pipe("attribute_ruler").outcome_of) <= 30 + max(map(len, texts))


def ruler_with(patterns: list[dict]) -> tuple[spacy.language.Language, spacy.language.Language]:
    """Two blank pipelines with the same attribute rules: spaCy's ruler and the fast one."""
    def make() -> spacy.language.Language:
        nlp = spacy.blank("en")
        nlp.add_pipe("attribute_ruler").add_patterns(patterns)
        return nlp
    plain, fast = make(), make()
    assert use_fast_attribute_ruler(fast)
    return plain, fast


def test_later_rules_win_and_several_token_rules_mix_with_one_token_rules():
    patterns = [
        {"patterns": [[{"LOWER": "new"}]], "attrs": {"LEMMA": "first", "POS": "ADJ"}},
        {"patterns": [[{"LOWER": "new"}, {"LOWER": "york"}]], "attrs": {"POS": "PROPN"}},
        {"patterns": [[{"LOWER": "new"}, {"LOWER": "york"}]], "attrs": {"LEMMA": "York"},
         "index": -1},
        {"patterns": [[{"TEXT": {"REGEX": "^[A-Z]"}}]], "attrs": {"LEMMA": "capital"}},
        {"patterns": [[{"LOWER": {"IN": ["city", "york"]}, "OP": "+"}]], "attrs": {"NORM": "x"}},
    ]
    plain, fast = ruler_with(patterns)
    for text in ["New York city is new.", "new new York York", "", "City city CITY"]:
        assert token_view(fast(text)) == token_view(plain(text)), text


def test_rules_that_set_lexeme_attributes_keep_spacys_ruler():
    nlp = spacy.blank("en")
    nlp.add_pipe("attribute_ruler").add_patterns(
        [{"patterns": [[{"LOWER": "a"}]], "attrs": {"LOWER": "b"}}])
    assert not use_fast_attribute_ruler(nlp)
    assert isinstance(nlp.get_pipe("attribute_ruler"), AttributeRuler)


def test_a_pipeline_without_a_ruler_is_left_alone():
    nlp = spacy.blank("en")
    assert not use_fast_attribute_ruler(nlp)
    assert nlp.pipe_names == []


def test_is_isolated_needs_one_token_and_known_attributes():
    assert is_isolated([{"TAG": "NN", "DEP": "nsubj"}], -1)
    assert not is_isolated([{"TAG": "NN"}], 1)
    assert not is_isolated([{"ENT_TYPE": "PERSON"}], 0)
    assert not is_isolated([{"_": {"x": 1}}], 0)
