"""A capital named without its country: "fighting ... in the capital Mogadishu", "Traore in
the capital Bamako", "in Abuja, the capital". The country is the one whose capital the city is (world knowledge:
`knowledge.places.capital_of`), if the article names it; the city is its "capital of".

"Cambodia's capital, Phnom Penh" and "the capital of Mali, Bamako" name the country and are
read by `roles` and `posts`. Only sentences with the word "capital" are read.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.statements.negation import Stance
from graphbuild.extract.tokens import lowers

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from graphbuild.extract.statements.triples import Statement

CAPITAL_WORDS = {"capital"}
# Words between "capital" and the city's name: "the capital city of Bamako", "the capital,
# Bamako".
BETWEEN = {"city", ",", "of"}


def unnamed_capitals(sent: "Sequence[Token]", anchors: Anchors, para: int
                     ) -> Iterator["Statement"]:
    """"the capital Mogadishu": Mogadishu capital of Somalia (see the module's docstring)."""
    if not sent:
        return
    doc = sent[0].doc
    words = lowers(doc)
    end = sent[-1].i + 1
    if CAPITAL_WORDS.isdisjoint(words[sent[0].i:end]):
        return
    named = anchors.token_entity[para]
    for token in sent:
        if words[token.i] not in CAPITAL_WORDS or any(
                c.dep_ == "poss" or (c.dep_ == "prep" and c.lower_ == "of"
                                     and _names_country(c, anchors, para))
                for c in token.children):
            continue
        i = token.i + 1
        while i < end and words[i] in BETWEEN:
            i += 1
        city = named.get(i)
        if city is None or anchors.type_of(city) != "GPE":
            city = _named_before(token.i, words, named, sent[0].i)   # "in Abuja, the capital"
        if city is None or anchors.type_of(city) != "GPE":
            continue
        country = capital_country(anchors.entities[city].label, anchors)
        if country and country != city:
            yield _statement(city, country, token.i)


def _named_before(i: int, words: tuple[str, ...], named: dict[int, str], start: int
                  ) -> str | None:
    """The entity before ", the capital" ("in Abuja, the capital")."""
    j = i - 1
    if j >= start and words[j] == "the":
        j -= 1
    if j < start or words[j] != ",":
        return None
    return named.get(j - 1)


def capital_country(city: str, anchors: Anchors) -> str | None:
    """The key of the article's country whose capital `city` is, if there is one."""
    from graphbuild.knowledge.places import capital_of, country_code

    codes = {country_code(name) for name in capital_of(city)} - {None}
    if len(codes) != 1:
        return None
    found = [k for k, e in anchors.entities.items()
             if e.type == "GPE" and country_code(e.label) in codes]
    return found[0] if len(found) == 1 else None


def _names_country(prep: "Token", anchors: Anchors, para: int) -> bool:
    """"the capital of Somalia": the country is named (another rule's case)."""
    from graphbuild.knowledge.places import country_code

    return any((k := anchors.entity(t, para, coref=False)) and
               country_code(anchors.entities[k].label) for t in prep.subtree)


def _statement(city: str, country: str, at: int) -> "Statement":
    from graphbuild.extract.statements.triples import Statement
    return Statement(city, "capital of", country, Stance(), "role", at)
