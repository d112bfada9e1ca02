"""Offices given by an appointment with the title as its complement: "the council named Abdalla
Hamdok prime minister", "Parliament elected Ana Vela president of the senate".

The parser makes the title the verb's object predicate (`oprd`) or a clausal complement, so no
apposition or title before the name gives it; the appointed holds the title, read as
`roles.noun_roles` reads any role noun (its "of", or the appointer's country).
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.knowledge.words import APPOINTMENT_VERBS

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from graphbuild.extract.statements.triples import Statement

COMPLEMENT_DEPS = {"oprd", "xcomp", "ccomp"}


def appointment_statements(sent: "Sequence[Token]", anchors: Anchors, para: int
                           ) -> Iterator["Statement"]:
    """`appointed <title> of/country` for "X named Y <title>"."""
    from graphbuild.extract.mentions.names import is_title_word
    from graphbuild.extract.statements.arguments import Arg
    from graphbuild.extract.statements.predicates import join
    from graphbuild.extract.statements.roles import _held, noun_roles, noun_title
    from graphbuild.extract.statements.titles import sole_country
    from graphbuild.extract.statements.triples import Statement

    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in APPOINTMENT_VERBS:
            continue
        for title in verb.children:
            if title.dep_ not in COMPLEMENT_DEPS or title.pos_ != "NOUN" or \
                    not is_title_word(title.text) or not title.text.islower():
                continue
            held = [Arg(k, "", t.i) for t in verb.doc[verb.i + 1:title.i]
                    if (k := anchors.entity(t, para, coref=False))
                    and anchors.type_of(k) == "PERSON"]
            holders = list({a.key: a for a in held}.values())
            found = list(noun_roles(holders, title, anchors, para, _held(title)))
            yield from found
            if not found and holders:   # no "of", no appointer's country: the article's one
                for country in sole_country(verb.doc[holders[0].token_i], anchors, para):
                    for holder in holders:
                        yield Statement(holder.key, join(noun_title(title, anchors, para), "of"),
                                        country.key, _held(title), "role", title.i)
