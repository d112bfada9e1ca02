"""Who an unnamed office or institution stands for.

* An unnamed office holder acts for the country that owns the office: "Ethiopia's foreign
  minister visited Somalia" (Ethiopia visits Somalia), as "Ethiopian officials" and "the Russian
  government" stand for their countries (`anchors.state_of`). A named holder ("Ethiopia's
  foreign minister, Seyoum Mesfin,") is the name's entity, read before this.
* An institution named after its town is not the town: "A Moscow court has ordered Navalny to
  serve 30 days" is no act of Moscow's (`town_institution`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.knowledge.organizations import ORG_HEAD_WORDS

from graphbuild.extract.mentions.anchors import STATE_NOUNS, Anchors
from graphbuild.extract.tokens import lowers

if TYPE_CHECKING:
    from spacy.tokens import Token

# Offices whose unnamed holder speaks and acts for the country ("Ethiopia's foreign minister").
ENVOY_NOUNS = STATE_NOUNS | {"minister", "ambassador", "envoy", "premier", "president",
                             "spokesman", "spokeswoman", "spokesperson", "ministry"}


# Their written forms, tested against the per-Doc lowercase texts before any lemma is read.
ENVOY_FORMS = ENVOY_NOUNS | {noun + "s" for noun in ENVOY_NOUNS} | {"authorities",
                                                                   "ministries"}


def country_envoy(token: "Token", anchors: Anchors, para: int) -> str | None:
    """The country a possessed office noun stands for ("Ethiopia's foreign minister")."""
    if lowers(token.doc)[token.i] not in ENVOY_FORMS or token.lemma_.lower() not in ENVOY_NOUNS:
        return None
    from graphbuild.knowledge.places import country_code

    for child in token.children:
        if child.dep_ == "poss" and (key := anchors.entity(child, para, coref=False)) \
                and anchors.type_of(key) == "GPE" \
                and country_code(anchors.entities[key].label):
            return key
    return None


# The town's own government may act for it ("the Moscow government"); its other institutions
# do not.
TOWN_VOICES = {"administration", "authority", "government", "mayor"}


def town_institution(owner: "Token", key: str, noun: str, anchors: Anchors) -> bool:
    """Whether `noun` names an institution that a town (not a country) merely locates: "a
    Moscow court", "Nairobi police", "the Detroit office"."""
    if owner.dep_ == "poss" or noun.split()[-1:] == [] or noun.split()[-1] not in ORG_HEAD_WORDS \
            or noun.split()[-1] in TOWN_VOICES or anchors.type_of(key) != "GPE":
        return False
    from graphbuild.knowledge.places import country_code
    return country_code(anchors.entities[key].label) is None
