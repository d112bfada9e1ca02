"""Lists set out after a colon, one item a paragraph:

    Today, the Department of State is designating five al-Shabaab leaders as ...:

    Mohamed Mire is a senior al-Shabaab leader ...

    Yasir Jiis is an al-Shabaab leader ...

The verb before the colon ("designating") takes as its objects the entities that open the
paragraphs after it ("leaders" stands for them), as far as each next paragraph opens with a
person or organization. A list on the colon's own line ("named three directors: A, B and C")
is the parse's coordination, read by the verb rules.

Only a sentence whose last token is a colon is read, so the rule costs one look-up elsewhere.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from graphbuild.extract.statements.triples import Statement

ITEM_TYPES = {"PERSON", "ORG"}
MAX_ITEMS = 30
# Tokens an item's paragraph may open with before its name ("- Mohamed Mire", "1. Acme").
ITEM_LEAD = 3


def colon_list_statements(sent: "Sequence[Token]", anchors: Anchors, para: int
                          ) -> Iterator["Statement"]:
    """The verb of a sentence ending in a colon, with each entity the list after it opens with
    (see the module's docstring)."""
    if not sent or sent[-1].text != ":":
        return
    items = listed_items(anchors, para)
    if not items:
        return
    from graphbuild.extract.statements.arguments import subject_entities
    from graphbuild.extract.statements.negation import stance
    from graphbuild.extract.statements.predicates import verb_phrase
    from graphbuild.extract.statements.triples import each_to_each

    for verb in sent:
        if verb.pos_ != "VERB" or not any(
                c.dep_ == "dobj" and c.tag_ in {"NNS", "NNPS"}
                and anchors.entity(c, para, coref=False) is None for c in verb.children):
            continue                    # "designating five leaders": the plural stands for them
        subjects, passive = subject_entities(verb, anchors, para)
        if passive:
            continue
        yield from each_to_each(subjects, verb_phrase(verb), items, stance(verb), verb)


def listed_items(anchors: Anchors, para: int) -> list[str]:
    """The persons and organizations opening the paragraphs after `para`, one each, up to the
    first paragraph that opens with none."""
    found: list[str] = []
    for at in range(para + 1, min(len(anchors.paragraphs), para + 1 + MAX_ITEMS)):
        doc = anchors.paragraphs[at][1]
        named = anchors.token_entity[at]
        key = next((named[i] for i in range(min(ITEM_LEAD, len(doc))) if i in named), None)
        if key is None or anchors.type_of(key) not in ITEM_TYPES:
            break
        if key not in found:
            found.append(key)
    return found
