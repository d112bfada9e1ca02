"""The country an article is about, for an office of state whose country goes unnamed.

"Somali President Abdullahi Yusuf says ... He says Prime Minister Ali Mohamed Gedi will appoint
a new cabinet": the prime minister is Somalia's, though the article also names Ethiopia once.
`titles.sole_country` answers when an article names one country; this answers when it names
several but one of them dominates: at least twice as many mentions (names and nationality
words: "Somalia", "Somali") as any other, and at least `MIN_MENTIONS`.

Guards, for the holder of another country's office named in passing ("President Trump" in a
story about North Korea): only government offices (`titles.NATIONAL_OFFICES`: ministers,
premiers) ask, not presidents, whom foreign stories name in passing (measured: "President
Obama" became Chile's in a story about Chile's earthquake); the name's sentence names no other
place than that country and its capital; and no title the article gives the holder names
another country.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from .anchors import Anchors
from .tokens import lowers

if TYPE_CHECKING:
    from spacy.tokens import Token

    from .arguments import Arg

MIN_MENTIONS = 3        # a country named once or twice is no article's subject
DOMINANCE = 2           # ... and it is named at least twice as often as the next country


def country_mentions(anchors: Anchors) -> dict[str, int]:
    """Mentions of each country entity: names (one per run of its tokens) and nationality
    words that no entity mention covers."""
    from graphbuild.knowledge.places import country_code

    countries = {k for k, e in anchors.entities.items()
                 if e.type == "GPE" and country_code(e.label)}
    counts = dict.fromkeys(countries, 0)
    if not countries:
        return counts
    for para, (_, doc) in enumerate(anchors.paragraphs):
        named = anchors.token_entity[para]
        for i, key in named.items():
            if key in counts and named.get(i - 1) != key:
                counts[key] += 1
        if anchors.demonyms:
            for i, word in enumerate(lowers(doc)):
                key = anchors.demonyms.get(word)
                if key in counts and i not in named:
                    counts[key] += 1
    return counts


def main_country(token: "Token", key: str, anchors: Anchors, para: int) -> list["Arg"]:
    """The dominant country of a many-country article, as the country of the office `key`
    holds in `token`'s sentence (see the module's docstring); the Arg points at the token."""
    from graphbuild.knowledge.places import capital_of, country_code

    from .arguments import Arg
    from .titles import PLACE_TYPES

    counts = country_mentions(anchors)
    if len(counts) < 2:
        return []                       # none, or one: `sole_country`'s case
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    (top, most), (_, second) = ranked[0], ranked[1]
    if most < MIN_MENTIONS or most < DOMINANCE * second:
        return []
    code = country_code(anchors.entities[top].label)
    for t in token.sent:
        if anchors.demonyms.get(t.lower_, top) != top:
            return []                   # "Prime Minister Singh and Russian President Putin"
        place = anchors.entity(t, para, coref=False)
        if place and place != top and anchors.type_of(place) in PLACE_TYPES \
                and code not in {country_code(n) for n in
                                 capital_of(anchors.entities[place].label)}:
            return []
    if _titled_elsewhere(anchors.entities[key].titles, top, anchors):
        return []
    return [Arg(top, "", token.i)]


def _titled_elsewhere(titles: list[str], top: str, anchors: Anchors) -> bool:
    """Whether a title the article gives the holder names a country other than `top`
    ("U.S. President Donald Trump" earlier in a story about North Korea)."""
    from graphbuild.knowledge.places import country_code, country_of_demonym

    top_code = country_code(anchors.entities[top].label)
    for title in titles:
        words = title.replace("'s", "").split()
        for n in (1, 2):
            for i in range(len(words) - n + 1):
                phrase = " ".join(words[i:i + n])
                demonym = anchors.demonyms.get(phrase.lower())
                if demonym and demonym != top:
                    return True
                code = country_code(phrase) or country_code(country_of_demonym(phrase) or "")
                if code and code != top_code:
                    return True
    return False
