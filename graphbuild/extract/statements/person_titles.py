"""The titles an article gives each person ("President Barack Obama": president; "Jane Roe,
a resident of the Cazenga neighborhood": resident of ...), which coreference matches against
descriptions ("the president said"). Only the office before a preposition counts there."""
from __future__ import annotations

import re

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.statements.predicates import COURTESY_WORDS, TITLE_ABBREVIATIONS, lemma

# Where a title's office ends and what it is held in begins ("resident of ...", "chief at ...").
TITLE_PREPOSITION = re.compile(r" (?:of|at|from|for|in|on|to|with) ")


def title_head(title: str) -> str:
    """The office of a title, before its preposition: "resident of the Cazenga neighborhood"
    is a resident, and "the neighborhood" is not he.

    >>> title_head("resident of the opposition-heavy cazenga neighborhood")
    'resident'
    """
    return TITLE_PREPOSITION.split(title, maxsplit=1)[0]


def entity_titles(anchors: Anchors) -> dict[str, set[str]]:
    """Title phrases seen before each person's name ("President Barack Obama" -> president)."""
    titles: dict[str, set[str]] = {e.key: {t.lower() for t in e.titles}
                                    for e in anchors.entities.values() if e.titles}
    for para, (_, doc) in enumerate(anchors.paragraphs):
        named = anchors.token_entity[para]
        for i in sorted(named):                 # only the named tokens, not every word
            key = named[i]
            if anchors.type_of(key) != "PERSON":
                continue
            token = doc[i]
            words = []
            for t in doc[token.left_edge.i:token.i]:
                if anchors.entity(t, para, coref=False) is not None:
                    continue
                if t.pos_ in {"NOUN", "PROPN", "ADJ"} and t.lower_.strip(".") not in COURTESY_WORDS:
                    words.append(TITLE_ABBREVIATIONS.get(t.lower_.strip("."), t.lower_))
            for start in range(len(words)):
                titles.setdefault(key, set()).add(" ".join(words[start:]))
            for child in token.children:
                if child.dep_ == "appos" and anchors.entity(child, para) is None:
                    titles.setdefault(key, set()).add(lemma(child))
    return titles
