"""Where an organization or a person is, read off participles of place: "Chicago-born actor
X", "New York-based Acme", "Nagoya, Japan-based Tokai Rika", "a Tulsa, Oklahoma-based
subsidiary" (used by `roles`).
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.statements.arguments import Arg
from graphbuild.extract.statements.titles import PLACE_TYPES

if TYPE_CHECKING:
    from spacy.tokens import Token

# "Chicago-born", "Denver-based": the place before the name is where, not whose.
PLACE_PARTICIPLES = {"born", "based", "headquartered", "raised", "bred", "educated", "made"}


def town_before(doc, target: Arg, anchors: Anchors, para: int) -> str | None:
    """"Nagoya, Japan-based Tokai Rika": the town before the country of a "-based" is where
    the company is too."""
    i = target.token_i
    while i > 0 and anchors.entity(doc[i - 1], para, coref=False) == target.key:
        i -= 1
    if i < 2 or doc[i - 1].text != ",":
        return None
    town = anchors.entity(doc[i - 2], para, coref=False)
    return town if town and anchors.type_of(town) in PLACE_TYPES else None


def place_participle(doc, target_i: int, name_i: int) -> str:
    """"Chicago-born actor John Smith", "Denver-based Acme": born / based in the place."""
    for t in doc[target_i + 1:min(target_i + 3, name_i)]:
        if t.lower_ in PLACE_PARTICIPLES:
            return t.lower_
        if t.text not in {"-", "–"}:
            break
    return ""


def place_modifiers(noun: "Token", anchors: Anchors, para: int) -> list[tuple[Arg, str]]:
    """"a Denver-based solar installer": (Denver, "based"), from the participle's modifier;
    "a Tulsa, Oklahoma-based subsidiary": the town the parser hung on the noun as well."""
    found = []
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ in PLACE_PARTICIPLES:
            found += [(Arg(k, "", m.i), child.lower_) for m in child.children
                      if m.dep_ in {"npadvmod", "compound", "nmod"}
                      and (k := anchors.entity(m, para, coref=False))
                      and anchors.type_of(k) in PLACE_TYPES]
            found += [(Arg(k, "", m.i), child.lower_) for m in noun.children
                      if m.dep_ in {"compound", "nmod"} and m.i < child.i
                      and (k := anchors.entity(m, para, coref=False))
                      and anchors.type_of(k) in PLACE_TYPES]
    return found
