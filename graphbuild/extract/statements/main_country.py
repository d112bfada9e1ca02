"""The country an article is about, for an office of state whose country goes unnamed.

"HARARE, Zimbabwe - President X said": with several countries named, an office of state with
none beside it is the dateline's country's (a country in the dateline, or the one whose capital
it names).

"Somali President Abdullahi Yusuf says ... He says Prime Minister Ali Mohamed Gedi will appoint
a new cabinet": the prime minister is Somalia's, though the article also names Ethiopia once.
`titles.sole_country` answers when an article names one country; with no dateline country, a
government office is the country's that dominates: at least twice as many mentions (names and nationality
words: "Somalia", "Somali") as any other, and at least `MIN_MENTIONS`.

Guards, for the holder of another country's office named in passing ("President Trump" in a
story about North Korea): only government offices (`GOVERNMENT_OFFICES`: ministers, premiers,
the opposition's leader) take the dominant country, not presidents, whom foreign stories name in passing
(measured: "President Obama" became Chile's in a story about Chile's earthquake); heads of state
of `knowledge.people.WELL_KNOWN_HEADS_OF_STATE` take none; the name's sentence names no other
place than that country and its capital; and no title the article gives the holder names
another country.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.statements.titles import DATELINE_PARAGRAPHS
from graphbuild.extract.tokens import lowers

if TYPE_CHECKING:
    from spacy.tokens import Token

    from graphbuild.extract.statements.arguments import Arg

# Offices of a government, whose holder the dominant country's is likely to be (a president is
# often another country's, named in passing; so is an attorney general in a federal release
# about extraditions from Mexico, measured). Last words of titles, and one whole title.
GOVERNMENT_OFFICES = {"minister", "premier", "chancellor", "opposition leader"}
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


def main_country(token: "Token", key: str, office: str, anchors: Anchors, para: int
                 ) -> list["Arg"]:
    """The country of the office `key` holds in `token`'s sentence, when the article names
    several: its dateline's country ("HARARE, Zimbabwe - President X"), else, for a government
    office, the dominant country (see the module's docstring). The Arg points at the token."""
    from graphbuild.knowledge.people import WELL_KNOWN_HEADS_OF_STATE
    from graphbuild.knowledge.places import capital_of, country_code

    from graphbuild.extract.statements.arguments import Arg
    from graphbuild.extract.statements.titles import PLACE_TYPES

    label = anchors.entities[key].label.split()
    if label and label[-1].lower() in WELL_KNOWN_HEADS_OF_STATE:
        return []                       # "President Obama" in a story from Santiago
    top = dateline_country(anchors)
    if top is None and office in GOVERNMENT_OFFICES:
        top = dominant_country(anchors)
    if top is None:
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


def dominant_country(anchors: Anchors) -> str | None:
    """The country named at least twice as often as any other, and `MIN_MENTIONS` times."""
    counts = country_mentions(anchors)
    if len(counts) < 2:
        return None                     # none, or one: `sole_country`'s case
    ranked = sorted(counts.items(), key=lambda kv: -kv[1])
    (top, most), (_, second) = ranked[0], ranked[1]
    return top if most >= MIN_MENTIONS and most >= DOMINANCE * second else None


def dateline_country(anchors: Anchors) -> str | None:
    """The country of the article's dateline: a country it names ("HARARE, Zimbabwe -") or the
    one whose capital it names ("NAIROBI -"), if the article names that country."""
    from graphbuild.knowledge.places import capital_of, country_code

    countries = {code: k for k, e in anchors.entities.items()
                 if e.type == "GPE" and (code := country_code(e.label))}
    if not countries or not anchors.datelines:
        return None
    for para, tokens in enumerate(anchors.datelines[:DATELINE_PARAGRAPHS]):
        keys = {anchors.token_entity[para].get(i) for i in tokens} - {None}
        for key in keys:
            label = anchors.entities[key].label
            code = country_code(label)
            if code in countries:
                return countries[code]
        for key in keys:
            codes = {country_code(n) for n in capital_of(anchors.entities[key].label)}
            found = [countries[c] for c in codes if c in countries]
            if len(found) == 1:
                return found[0]
    return None


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


def one_country_office(title: str, token: "Token", anchors: Anchors) -> list["Arg"]:
    """"Secretary of State Mike Pompeo": an office only one country has by that name
    (`knowledge.people.ONE_COUNTRY_OFFICES`) is that country's, if the article names it."""
    from graphbuild.knowledge.people import ONE_COUNTRY_OFFICES
    from graphbuild.knowledge.places import country_code

    from graphbuild.extract.statements.arguments import Arg

    country = ONE_COUNTRY_OFFICES.get(title)
    if country is None:
        return []
    code = country_code(country)
    return [Arg(k, "", token.i) for k, e in anchors.entities.items()
            if e.type == "GPE" and country_code(e.label) == code][:1]
