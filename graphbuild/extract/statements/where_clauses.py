"""Where something happened, said by a relative "where": "in the province of Gansu, where the
quakes struck early Monday" (the quakes struck in Gansu), "Dili, where the violence erupted".

The verb of the "where" clause happened in the place the clause modifies; its subjects are
related to the place with the verb and "in". Only sentences with "where" are read.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.tokens import lowers

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from graphbuild.extract.statements.triples import Statement

PLACE_TYPES = {"GPE", "LOC", "FAC"}


def where_statements(sent: "Sequence[Token]", anchors: Anchors, para: int
                     ) -> Iterator["Statement"]:
    """"X, where Y struck": Y strike in X (see the module's docstring)."""
    if not sent:
        return
    words = lowers(sent[0].doc)
    if "where" not in words[sent[0].i:sent[-1].i + 1]:
        return
    from graphbuild.extract.statements.arguments import nominal_entities, subject_entities
    from graphbuild.extract.statements.negation import stance
    from graphbuild.extract.statements.predicates import join, verb_phrase
    from graphbuild.extract.statements.triples import each_to_each

    for token in sent:
        verb = token.head
        if words[token.i] != "where" or token.dep_ != "advmod" or verb.dep_ != "relcl" \
                or verb.pos_ not in {"VERB", "AUX"}:
            continue
        places = [a.key for a in nominal_entities(verb.head, anchors, para)
                  if anchors.type_of(a.key) in PLACE_TYPES and a.via in {"", "of"}]
        if not places:
            continue
        subjects, passive = subject_entities(verb, anchors, para)
        if passive:
            continue
        yield from each_to_each(subjects, join(verb_phrase(verb), "in"), places, stance(verb),
                                verb)
