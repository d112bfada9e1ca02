"""The fast lemmatizer gives every token the lemma spaCy's own lemmatizer gives it."""
from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.pipeline import Lemmatizer

from graphbuild.ingest.text import paragraphs
from graphbuild.nlp import find_model, load_pipeline
from graphbuild.nlp.lemmas import FastLemmatizer, use_fast_lemmatizer

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
# Forms whose lemma depends on the part of speech or the morphology, not on the word alone.
TRICKY = ["She was found guilty; they found a company and saw the saw.",
          "The leaves fell as he leaves; better results, the best of the better players.",
          "Meetings were meeting ambassadors who'd met, and the U.S. Attorney's Offices said so.",
          "", "   ", "Gonna be 3.5 km, e-mail: x@y.org #hashtag :-) C'mon!"]


def lemmas(docs) -> list[list[tuple[str, str, str, str]]]:
    return [[(t.text, t.pos_, str(t.morph), t.lemma_) for t in doc] for doc in docs]


@pytest.fixture(scope="module")
def spacy_pipeline():
    return spacy.load(find_model())


def test_the_pipeline_uses_the_fast_lemmatizer(nlp):
    assert isinstance(nlp.get_pipe("lemmatizer"), FastLemmatizer)
    assert nlp.pipe_names == spacy.load(find_model()).pipe_names  # same names, same order


def test_fast_false_keeps_spacys_lemmatizer():
    assert isinstance(load_pipeline(fast=False).get_pipe("lemmatizer"), Lemmatizer)


def test_every_lemma_of_the_seed_articles_is_spacys(nlp, spacy_pipeline):
    texts = [para.text for path in sorted(SEEDS.glob("*.txt"))
             for para in paragraphs(path.read_text(encoding="utf-8"))] + TRICKY
    assert lemmas(nlp.pipe(texts)) == lemmas(spacy_pipeline.pipe(texts))


def test_forgetting_what_it_learned_changes_nothing(spacy_pipeline, monkeypatch):
    import graphbuild.nlp.lemmas as module

    monkeypatch.setattr(module, "MAX_REMEMBERED", 5)  # forgets on nearly every paragraph
    fast = load_pipeline()
    texts = [para.text for para in paragraphs((SEEDS / "cbs_sessions_recusal.txt").read_text())]
    assert lemmas(fast.pipe(texts)) == lemmas(spacy_pipeline.pipe(texts))
    assert len(fast.get_pipe("lemmatizer").lemma_of) <= 5 + max(len(t.split()) * 3 for t in texts)


def test_a_lemmatizer_it_cannot_reproduce_is_left_alone():
    nlp = spacy.load(find_model())
    nlp.get_pipe("lemmatizer").overwrite = True  # would replace the attribute ruler's lemmas
    assert not use_fast_lemmatizer(nlp)
    assert isinstance(nlp.get_pipe("lemmatizer"), Lemmatizer)
    assert not use_fast_lemmatizer(spacy.blank("en"))  # no lemmatizer at all
