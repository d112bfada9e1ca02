""""The two men", "the two leaders", "both countries": a pair named just before.

"U.S. President Donald Trump and North Korean leader Kim Jong Un held direct talks ... The two
men signed an agreement": the noun phrase stands for the two people of the latest sentence that
names exactly two (two countries for "the two countries"), so the reciprocal verb rules relate
them ("sign agreement with"). The pair is recorded as a group of the noun's head token, as
`coref` records the people "they" stands for.

Only paragraphs with the word "two" or "both" are read.
"""
from __future__ import annotations

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.tokens import lowers

PAIR_WORDS = {"two", "both"}
# Nouns for two people, and for two countries.
PEOPLE_NOUNS = {"men", "women", "leaders", "presidents", "ministers", "officials", "sides",
                "heads", "diplomats", "politicians", "rivals", "candidates"}
COUNTRY_NOUNS = {"countries", "nations", "governments", "states", "neighbors", "neighbours"}
# Words that open the clause in which "the two" may take the pair named before it.
CLAUSE_LINKS = {"where", "and", "when", "after", "before", "then"}
# How many sentences back the pair may have been named.
LOOKBACK = 6


def resolve_pairs(anchors: Anchors) -> None:
    """Record the pair each "the two <noun>" phrase stands for (see the module's docstring)."""
    if not anchors.groups:
        return
    for para, (_, doc) in enumerate(anchors.paragraphs):
        words = lowers(doc)
        if PAIR_WORDS.isdisjoint(words):
            continue
        for i, word in enumerate(words):
            if word not in PAIR_WORDS or i + 1 >= len(doc):
                continue
            noun = words[i + 1]
            wanted = "PERSON" if noun in PEOPLE_NOUNS else "GPE" if noun in COUNTRY_NOUNS \
                else None
            if wanted is None or anchors.groups[para].get(i + 1):
                continue
            # "Xi welcomed Ramaphosa to Beijing, where the two leaders signed": the pair may be
            # named earlier in the same sentence
            pair = _named_between(anchors, para, doc[i].sent.start, i, wanted) or \
                _latest_pair(anchors, para, doc[i].sent.start, wanted)
            if pair:
                anchors.groups[para][i + 1] = pair


def _named_between(anchors: Anchors, para: int, start: int, end: int, wanted: str) -> list[str]:
    """The two entities of type `wanted` named in tokens `start:end`, if exactly two are."""
    named = anchors.token_entity[para]
    doc = anchors.paragraphs[para][1]
    at = [i for i in range(start, end) if (k := named.get(i)) and anchors.type_of(k) == wanted]
    keys = list(dict.fromkeys(named[i] for i in at))
    # only across a clause of their own ("..., where the two leaders", "and the two men"):
    # "told Biden he is ready once both sides observe it" is about other sides
    linked = at and any(doc[i].lower_ in CLAUSE_LINKS for i in range(at[-1] + 1, end))
    return keys if len(keys) == 2 and linked and doc[end + 1].lower_ != "sides" else []


def _latest_pair(anchors: Anchors, para: int, before: int, wanted: str) -> list[str]:
    """The two entities of type `wanted` of the latest sentence before token `before` of
    paragraph `para` that names exactly two, within `LOOKBACK` sentences."""
    seen = 0
    at, end = para, before
    while at >= 0 and seen < LOOKBACK:
        doc = anchors.paragraphs[at][1]
        sentences = [s for s in doc.sents if s.end <= end] if end else []
        for sent in reversed(sentences):
            seen += 1
            named = anchors.token_entity[at]
            keys = list(dict.fromkeys(k for i in range(sent.start, sent.end)
                                      if (k := named.get(i)) and anchors.type_of(k) == wanted))
            if len(keys) == 2:
                return keys
            if seen >= LOOKBACK:
                return []
        at -= 1
        end = len(anchors.paragraphs[at][1]) if at >= 0 else 0
    return []
