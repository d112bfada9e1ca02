"""Caches added for speed change no result: memoized string functions are pure and hand out
values nobody can change, and per-Doc token views equal what the Tokens say."""
from __future__ import annotations

import gc
from pathlib import Path

import pytest

from graphbuild.extract import tokens as views
from graphbuild.extract.statements.events import _head_candidates, EVENT_HEADS
from graphbuild.extract.mentions.headwords import _long_headline
from graphbuild.extract.mentions.untagged import _capitalized, capitalized
from graphbuild.ingest.furniture import is_date_line, is_prose
from graphbuild.ingest.headlines import base_forms, dictionary_word, is_headline, is_shouted
from graphbuild.ingest.text import paragraphs

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
LINES = ["Four Defendants Sentenced in Municipal Bribery and Wire Fraud Conspiracy",
         "TRUMP FIRES FBI DIRECTOR COMEY", "FRIDAY, AUGUST 17, 2007", "Watch CBS News",
         "Sessions met the ambassador twice last year, the department said on Thursday.",
         "Former Official And Executive Charged In Bribery And Money Laundering Scheme "
         "Involving The Payment Of Nearly $1 Billion In Bribes To Officials Of Many Lands",
         "", "Running", "Charges", "executives", "Kislyak"]
MEMOIZED = [is_prose, is_date_line, is_headline, is_shouted, dictionary_word, base_forms,
            _long_headline]


@pytest.mark.parametrize("function", MEMOIZED, ids=lambda f: f.__name__)
def test_memoized_string_functions_are_pure_and_hand_out_frozen_values(function):
    for line in LINES:
        first, again = function(line), function(line)
        assert first == again == function.__wrapped__(line)  # what the uncached code says
        hash(first)                                            # immutable: shared safely
    assert function.cache_info().hits >= len(LINES)


def test_base_forms_is_frozen():
    assert base_forms("Charges") == frozenset({"charg", "charge", "charges"})
    with pytest.raises(AttributeError):
        base_forms("Charges").add("x")


@pytest.fixture(scope="module")
def docs(nlp):
    texts = [para.text for path in sorted(SEEDS.glob("*.txt"))
             for para in paragraphs(path.read_text(encoding="utf-8"))]
    return list(nlp.pipe(texts + ["O'Brien and YAR'ADUA met McCain in the U.S. on Friday."]))


def test_token_views_are_the_tokens_attributes(docs):
    for doc in docs:
        assert list(views.texts(doc)) == [t.text for t in doc]
        assert list(views.lowers(doc)) == [t.lower_ for t in doc]
        assert list(views.pos_tags(doc)) == [t.pos_ for t in doc]
        assert list(capitalized(doc)) == [_capitalized(t) for t in doc]
        assert [t.i for t in _head_candidates(doc)] == \
            [t.i for t in doc if t.lower_ in EVENT_HEADS or t.lemma_.lower() in EVENT_HEADS]


def test_capitalized_word_reads_the_text_as_spacy_sets_its_flags(nlp):
    from spacy.tokens import Doc

    from graphbuild.extract.mentions.untagged import COMPOUND_SURNAME, capitalized_word

    words = ["Goddard", "OSPANOV", "A", "Yar'Adua", "McCain", "iPhone", "U.S.", "3M", "Émile",
             "ÉCOLE", "Dž", "Ǆ", "ǅungla", "Straße", "İstanbul", "Σ", "x"]
    for token in Doc(nlp.vocab, words=words):  # the Token's own flags, as `_capitalized` read
        expected = bool(token.text[:1].isupper() and (
            token.is_alpha and (token.is_title or token.is_upper and len(token.text) > 1)
            or COMPOUND_SURNAME.match(token.text)))
        assert capitalized_word(token.text) == expected, token.text


def test_a_new_doc_never_gets_the_views_of_a_doc_that_is_gone(nlp):
    # CPython reuses the id of a freed object at once: each new Doc may have the old one's id.
    for n in range(200):
        doc = nlp.make_doc(f"Word{n} and Other{n % 7} met {n}.")
        assert list(views.texts(doc)) == [t.text for t in doc]
        del doc
        gc.collect() if n % 50 == 0 else None
    assert len(views._CACHE) <= views.MAX_DOCS


def test_per_doc_computes_once_a_doc(nlp):
    calls = []
    doc, other = nlp.make_doc("One two."), nlp.make_doc("Three four.")
    for _ in range(3):
        views.per_doc(doc, "test-count", lambda d: calls.append(d.text) or len(calls))
    views.per_doc(other, "test-count", lambda d: calls.append(d.text) or len(calls))
    assert calls == ["One two.", "Three four."]


def test_starts_sentence_reads_backwards_as_the_copying_version_did():
    import random

    from graphbuild.ingest.headlines import ABBREVIATION_END, _starts_sentence

    def copying(text: str, index: int) -> bool:  # the version that copied text[:index]
        before = text[:index].rstrip(" \"'\u201c\u2018(")
        if before.endswith(".") and ABBREVIATION_END.search(before):
            return False
        return not before or before[-1] in ".!?:;\u2014\u2013-"

    rng = random.Random(7)
    pieces = ["U.", "S.", "A", "Corp.", "Inc.", "Mr.", "x", "Ab", "abc", ".", " ", "\"", "(",
              "\u201c", ":", "-", "?", "Word", "WASHINGTON", "\n", "J.R.R.", "1."]
    for _ in range(1000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 12)))
        for index in range(len(text) + 1):
            assert _starts_sentence(text, index) == copying(text, index), (text, index)
