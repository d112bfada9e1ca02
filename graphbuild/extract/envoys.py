"""An unnamed office holder acts for the country that owns the office: "Ethiopia's foreign
minister visited Somalia" (Ethiopia visits Somalia), as "Ethiopian officials" and "the Russian
government" stand for their countries (`anchors.state_of`). A named holder ("Ethiopia's
foreign minister, Seyoum Mesfin,") is the name's entity, read before this.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .anchors import STATE_NOUNS, Anchors

if TYPE_CHECKING:
    from spacy.tokens import Token

# Offices whose unnamed holder speaks and acts for the country ("Ethiopia's foreign minister").
ENVOY_NOUNS = STATE_NOUNS | {"minister", "ambassador", "envoy", "premier", "president",
                             "spokesman", "spokeswoman", "spokesperson", "ministry"}


def country_envoy(token: "Token", anchors: Anchors, para: int) -> str | None:
    """The country a possessed office noun stands for ("Ethiopia's foreign minister")."""
    if token.lemma_.lower() not in ENVOY_NOUNS:
        return None
    from graphbuild.knowledge.places import country_code

    for child in token.children:
        if child.dep_ == "poss" and (key := anchors.entity(child, para, coref=False)) \
                and anchors.type_of(key) == "GPE" \
                and country_code(anchors.entities[key].label):
            return key
    return None
