"""Parts of a place held by a country: "the Indian portion of Kashmir", "the
Pakistani-controlled portion of Kashmir", "Indian-administered Kashmir".

A nationality word on a part of a place, or on the place through a participle of control,
says which country holds (that part of) it; nothing else in the sentence relates the two.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from graphbuild.extract.statements.triples import Statement

PORTION_NOUNS = {"portion", "part", "side", "section", "sector", "half", "zone"}
CONTROL_PARTICIPLES = {"controlled", "administered", "held", "occupied", "ruled", "run"}
PLACE_TYPES = {"GPE", "LOC"}


def portion_statements(sent: "Sequence[Token]", anchors: Anchors, para: int
                       ) -> Iterator["Statement"]:
    """`country control part of place` / `place partly in country` / `country administer place`."""
    from graphbuild.extract.statements.negation import stance
    from graphbuild.extract.statements.triples import Statement

    for token in sent:
        if token.lemma_.lower() in PORTION_NOUNS and token.pos_ == "NOUN":
            places = [k for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                      for o in p.children if o.dep_ == "pobj"
                      for k in [anchors.entity(o, para)] if k and anchors.type_of(k) in PLACE_TYPES]
        elif anchors.type_of(anchors.entity(token, para) or "") in PLACE_TYPES:
            places = [anchors.entity(token, para)]
        else:
            continue
        for country, participle in _holders(token, anchors):
            for place in places:
                if place == country:
                    continue
                if participle:
                    predicate = participle.lemma_.lower() + (
                        " part of" if token.lemma_.lower() in PORTION_NOUNS else "")
                    yield Statement(country, predicate, place, stance(token), "role", token.i)
                else:
                    yield Statement(place, "partly in", country, stance(token), "role", token.i)


def _holders(token: "Token", anchors: Anchors) -> list[tuple[str, "Token | None"]]:
    """(country, participle of control or None) of the nationality words on the token."""
    found = []
    for child in token.children:
        if child.dep_ != "amod":
            continue
        if child.lower_ in CONTROL_PARTICIPLES:
            found += [(k, child) for g in child.children if g.dep_ in {"npadvmod", "compound",
                                                                         "amod", "nmod"}
                      for k in [anchors.country(g)] if k]
        elif token.lemma_.lower() in PORTION_NOUNS and (k := anchors.country(child)):
            found.append((k, None))
    return found
