"""A faster stand-in for spaCy's rule `lemmatizer`, with the same results.

spaCy's component visits every token in Python: it builds the Token, its morphology object and
a cache key, and sets the lemma through the string store, a few microseconds a token (measured
here at 3% of the parse). The lemma it gives a token depends on the token's text, part of speech
and morphology only (spaCy's own cache is keyed by exactly these), so this one reads the three
from the attribute arrays, asks the real lemmatizer once per distinct triple, and writes all the
lemmas back in one array. Tokens that already have a lemma (the attribute ruler's exceptions)
keep it, as spaCy's component does when it does not overwrite.

`tests/test_nlp_attributes.py` compares every token's lemma with spaCy's own pipeline.
"""
from __future__ import annotations

from collections.abc import Iterable

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.errors import Errors
from spacy.language import Language
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc

FACTORY = "graphbuild_lemmatizer"
MAX_REMEMBERED = 1_000_000  # distinct (word, part of speech, morphology) kept


class FastLemmatizer:
    """Applies a rule Lemmatizer, lemmatizing each distinct (text, POS, morphology) once."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.vocab = lemmatizer.vocab
        self.lemma_of: dict[tuple[int, int, int], int] = {}

    @staticmethod
    def supports(lemmatizer: Lemmatizer) -> bool:
        """Whether the fast path gives the same lemmas: a rule lemmatizer that does not
        overwrite (a lookup or custom mode may read other attributes)."""
        return isinstance(lemmatizer, Lemmatizer) and lemmatizer.mode == "rule" and \
            not lemmatizer.overwrite

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        if not self.lemmatizer._validated:     # the check spaCy's component makes first
            self.lemmatizer._validate_tables(Errors.E1004)
        rows = doc.to_array([ORTH, POS, MORPH, LEMMA]).reshape(len(doc), 4)
        todo = numpy.flatnonzero(rows[:, 3] == 0).tolist()
        if not todo:
            return doc
        if len(self.lemma_of) > MAX_REMEMBERED:
            self.lemma_of.clear()
        lemmas = rows[:, 3:4].copy()
        strings = self.vocab.strings
        for i, key in zip(todo, map(tuple, rows[todo, :3].tolist())):
            lemma = self.lemma_of.get(key)
            if lemma is None:
                lemma = self.lemma_of[key] = strings.add(self.lemmatizer.lemmatize(doc[i])[0])
            lemmas[i, 0] = lemma
        doc.from_array([LEMMA], lemmas)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)


@Language.factory(FACTORY)
def make_fast_lemmatizer(nlp: Language, name: str) -> FastLemmatizer:
    """The factory `use_fast_lemmatizer` adds (reads the pipeline's own lemmatizer)."""
    return FastLemmatizer(nlp.get_pipe("lemmatizer"))


def use_fast_lemmatizer(nlp: Language) -> bool:
    """Swap the pipeline's `lemmatizer` for a FastLemmatizer of the same tables.

    Returns False, changing nothing, if it has none or one the fast path cannot reproduce.
    """
    if "lemmatizer" not in nlp.pipe_names or \
            not FastLemmatizer.supports(nlp.get_pipe("lemmatizer")):
        return False
    nlp.add_pipe(FACTORY, name=FACTORY, after="lemmatizer")
    nlp.remove_pipe("lemmatizer")
    nlp.rename_pipe(FACTORY, "lemmatizer")
    return True
