"""A faster stand-in for spaCy's `attribute_ruler`, with the same results.

The attribute ruler of en_core_web_sm gives every token its part of speech and morphology from
its tag, with about 120 word-specific exceptions, by running a Matcher of 179 patterns over
every token: measured here at 12% of the whole parse, more than the tagger, lemmatizer and parser
together. Almost all of its patterns look at one token alone, and what they do to a token then
depends only on a few of its attributes (its text, tag and dependency label). So each distinct
combination is matched once, by spaCy's own Matcher over a Doc of such combinations, and the
outcome remembered; only the patterns that look at neighbouring tokens run on every Doc. The
rules are applied in spaCy's order (later rules win), so every token ends up as spaCy's own
component leaves it (`tests/test_nlp_attributes.py` compares them token by token).

A ruler whose rules set anything but POS, TAG, DEP, LEMMA, MORPH or NORM is left as it is.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import numpy
from spacy.attrs import DEP, IDS, LEMMA, MORPH, NORM, ORTH, POS, TAG
from spacy.language import Language
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler
from spacy.tokens import Doc
from spacy.tokens._retokenize import normalize_token_attrs

if TYPE_CHECKING:
    from spacy.vocab import Vocab

FACTORY = "graphbuild_attribute_ruler"
# Token attributes a rule may read and a probe token can be given; everything else a one-token
# pattern may read is a property of the word itself (its lexeme), the same for every token of it.
TOKEN_LEVEL = {"TAG": TAG, "POS": POS, "DEP": DEP, "LEMMA": LEMMA, "NORM": NORM, "MORPH": MORPH}
LEXICAL = {"ORTH", "TEXT", "LOWER", "SHAPE", "PREFIX", "SUFFIX", "LENGTH", "IS_ALPHA", "IS_ASCII",
           "IS_DIGIT", "IS_LOWER", "IS_UPPER", "IS_TITLE", "IS_PUNCT", "IS_SPACE", "IS_STOP",
           "IS_CURRENCY", "IS_BRACKET", "IS_QUOTE", "IS_LEFT_PUNCT", "IS_RIGHT_PUNCT",
           "LIKE_NUM", "LIKE_URL", "LIKE_EMAIL"}
# What a rule may set for the fast path: plain token fields (no lexeme, no extension attributes).
SETTABLE = {POS, TAG, DEP, LEMMA, MORPH, NORM}
TRIGGER = "may start a several-token match"
MAX_REMEMBERED = 1_000_000  # distinct token signatures kept (a few hundred bytes each)


def is_isolated(pattern: list[dict[str, Any]], index: int) -> bool:
    """Whether a pattern matches one token on that token's own attributes only.

    >>> is_isolated([{"TAG": "NN", "LOWER": "nothing"}], 0)
    True
    >>> is_isolated([{"LOWER": "gon"}, {"LOWER": "na"}], 0), is_isolated([{"OP": "?"}], 0)
    (False, False)
    """
    return (len(pattern) == 1 and index in (0, -1) and
            all(isinstance(key, str) and key.upper() in TOKEN_LEVEL.keys() | LEXICAL
                for key in pattern[0]))


class FastAttributeRuler:
    """Applies an AttributeRuler's rules, matching each distinct token signature only once."""

    def __init__(self, ruler: AttributeRuler) -> None:
        self.vocab: Vocab = ruler.vocab
        self.rules: list[dict[int, int]] = []   # rule number -> normalized attributes it sets
        self.indices: list[int] = []            # rule number -> which token of the match
        self.isolated = Matcher(self.vocab)     # one-token patterns, run on probe Docs
        self.contextual = Matcher(self.vocab)   # the others, run on Docs that may hold a match
        # A several-token pattern can only match from a token its first token-pattern fits:
        # those are matched on the probes too, and a Doc without such a token skips the others.
        self.always_contextual = False
        read: set[str] = set()
        for number, rule in enumerate(ruler.patterns):
            self.rules.append(normalize_token_attrs(self.vocab, rule["attrs"]))
            self.indices.append(rule["index"])
            for pattern in rule["patterns"]:
                if is_isolated(pattern, rule["index"]):
                    self.isolated.add(str(number), [pattern])
                    read.update(key.upper() for key in pattern[0])
                    continue
                self.contextual.add(str(number), [pattern])
                if pattern and is_isolated(pattern[:1], 0):
                    self.isolated.add(TRIGGER, [pattern[:1]])
                    read.update(key.upper() for key in pattern[0])
                else:
                    self.always_contextual = True
        self.columns = sorted({attr for rule in self.rules for attr in rule})  # what they set
        # The signature: the word, and the token-level attributes the one-token rules read.
        self.signature = [ORTH] + sorted(TOKEN_LEVEL[name] for name in read & TOKEN_LEVEL.keys())
        # signature -> outcome number; an outcome is the rules a token fits, in order, and
        # whether it may start a several-token match. Its row in `values`/`sets` is what the
        # rules leave in each column, and which columns they set.
        self.outcome_of: dict[tuple[int, ...], int] = {}
        self.outcomes: dict[tuple[tuple[int, ...], bool], int] = {}
        self.outcome_rules: list[tuple[int, ...]] = []
        self.values = numpy.zeros((0, len(self.columns)), dtype="uint64")
        self.sets = numpy.zeros((0, len(self.columns)), dtype=bool)
        self.triggers = numpy.zeros(0, dtype=bool)

    @staticmethod
    def supports(ruler: AttributeRuler) -> bool:
        """Whether every rule sets only plain token fields (else the fast path could differ)."""
        return all(isinstance(key, int) and key in SETTABLE
                   for rule in ruler.patterns
                   for key in normalize_token_attrs(ruler.vocab, rule["attrs"]))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not self.columns:
            return doc
        rows = doc.to_array(self.signature).reshape(len(doc), -1)
        signatures = list(map(tuple, rows.tolist()))
        new = set(signatures) - self.outcome_of.keys()
        if len(self.outcome_of) + len(new) > MAX_REMEMBERED:  # start over, with this Doc's
            self.outcome_of.clear()
            new = set(signatures)
        self._learn(new)
        outcome = numpy.fromiter(map(self.outcome_of.__getitem__, signatures), dtype=numpy.intp,
                                 count=len(signatures))
        before = doc.to_array(self.columns).reshape(len(doc), len(self.columns))
        after = numpy.where(self.sets[outcome], self.values[outcome], before)
        if self.always_contextual or self.triggers[outcome].any():
            for i, numbers in self._contextual_rules(doc).items():
                # The token's one-token rules and these, in rule order (later ones win).
                ordered = sorted(self.outcome_rules[outcome[i]] + tuple(numbers))
                for column, attr in enumerate(self.columns):
                    for number in reversed(ordered):
                        if attr in self.rules[number]:
                            after[i, column] = self.rules[number][attr]
                            break
        if not numpy.array_equal(after, before):
            doc.from_array(self.columns, after)
        return doc

    def pipe(self, docs: Iterable[Doc], batch_size: int = 128) -> Iterable[Doc]:
        for doc in docs:
            yield self(doc)

    def _learn(self, signatures: set[tuple[int, ...]]) -> None:
        """Match new signatures with the one-token rules, as tokens of one probe Doc."""
        if not signatures:
            return
        new = sorted(signatures)
        strings = self.vocab.strings
        # Doc(words=...) makes exactly one token per word: no tokenizer runs on the probe.
        probe = Doc(self.vocab, words=[strings[s[0]] for s in new])
        if len(self.signature) > 1:
            probe.from_array(self.signature[1:],
                             numpy.array([s[1:] for s in new], dtype="uint64"))
        found: list[list[int]] = [[] for _ in new]
        triggered = [False] * len(new)
        for match_id, start, _end in self.isolated(probe, allow_missing=True):
            key = strings[match_id]
            if key == TRIGGER:
                triggered[start] = True
            else:
                found[start].append(int(key))
        for signature, numbers, trigger in zip(new, found, triggered):
            self.outcome_of[signature] = self._outcome(tuple(sorted(numbers)), trigger)

    def _outcome(self, numbers: tuple[int, ...], trigger: bool) -> int:
        """The number of an outcome, adding its row to the tables if it is new."""
        number = self.outcomes.get((numbers, trigger))
        if number is not None:
            return number
        values = numpy.zeros((1, len(self.columns)), dtype="uint64")
        sets = numpy.zeros((1, len(self.columns)), dtype=bool)
        for rule in numbers:  # in rule order: a later rule overwrites an earlier one
            for column, attr in enumerate(self.columns):
                if attr in self.rules[rule]:
                    values[0, column], sets[0, column] = self.rules[rule][attr], True
        self.values = numpy.vstack([self.values, values])
        self.sets = numpy.vstack([self.sets, sets])
        self.triggers = numpy.append(self.triggers, trigger)
        self.outcome_rules.append(numbers)
        number = self.outcomes[(numbers, trigger)] = len(self.outcomes)
        return number

    def _contextual_rules(self, doc: Doc) -> dict[int, list[int]]:
        """Token index -> numbers of the several-token rules that set something on it."""
        extra: dict[int, list[int]] = {}
        if not len(self.contextual):
            return extra
        strings = self.vocab.strings
        for match_id, start, end in self.contextual(doc, allow_missing=True):
            number = int(strings[match_id])
            index = self.indices[number]
            token = (start + index) if index >= 0 else (end + index)
            if not start <= token < end:  # spaCy's own component raises here too
                raise ValueError(f"attribute rule {number}: index {index} outside its match")
            extra.setdefault(token, []).append(number)
        return extra


@Language.factory(FACTORY)
def make_fast_attribute_ruler(nlp: Language, name: str) -> FastAttributeRuler:
    """The factory `use_fast_attribute_ruler` adds (reads the pipeline's own attribute_ruler)."""
    return FastAttributeRuler(nlp.get_pipe("attribute_ruler"))


def use_fast_attribute_ruler(nlp: Language) -> bool:
    """Swap the pipeline's `attribute_ruler` for a FastAttributeRuler of the same rules.

    Returns False, changing nothing, if it has none or one whose rules the fast path cannot
    reproduce exactly.
    """
    if "attribute_ruler" not in nlp.pipe_names:
        return False
    ruler = nlp.get_pipe("attribute_ruler")
    if not isinstance(ruler, AttributeRuler) or not FastAttributeRuler.supports(ruler):
        return False
    nlp.add_pipe(FACTORY, name=FACTORY, after="attribute_ruler")
    nlp.remove_pipe("attribute_ruler")
    nlp.rename_pipe(FACTORY, "attribute_ruler")
    return True
