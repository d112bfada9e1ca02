"""Places a news article names by form rather than by the tagger: the dateline ("WASHINGTON,
D.C. (CBS) --"), a town before its state or country ("Gadsden, Ala.", "Bridgetown, Barbados")
and the district after its city ("Washington, D.C.", one place); "the Russian government" is a
mention of Russia.
"""
from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import STATE_NOUNS
from graphbuild.extract.mentions.names import is_title_word
from graphbuild.extract.mentions.repair import trim_span
from graphbuild.extract.mentions.spans import Mention, make_mention
from graphbuild.records import Article, Paragraph
from graphbuild.knowledge.organizations import FAC_HEAD_WORDS, ORG_HEAD_WORDS
from graphbuild.knowledge.places import (PLACE_KIND_NOUNS, country_code, country_of_demonym,
                                         is_place_name, is_state, place_name)

if TYPE_CHECKING:
    from spacy.tokens import Doc

# "WASHINGTON, D.C. (CBS/CNN) --", "NEW YORK (AP) -", "LONDON —": a city in capitals, perhaps a
# state, perhaps an agency in brackets, then a dash.
DATELINE = re.compile(r"^(?P<city>[A-Z][A-Z.'\- ]*[A-Z.])(?:,\s*(?P<state>[A-Z][A-Za-z.]*"
                      r"(?: [A-Z][A-Za-z.]*)?))?(?:,?\s*[A-Z][a-z]+\.? \d{1,2}(?:, \d{4})?)?"
                      r"\s*(?:\([^)]{1,40}\)|/[^/]{1,40}/)?\s*(?:--|\u2014|\u2013|-)\s")
DATELINE_PARAGRAPHS = 3  # the dateline opens one of the first paragraphs kept


def with_dateline(article: Article, parsed: list[tuple[Paragraph, "Doc"]],
                  found: list[Mention]) -> list[Mention]:
    """The city (and state) of a dateline are places, whatever the tagger said."""
    for index, (para, doc) in enumerate(parsed[:DATELINE_PARAGRAPHS]):
        match = DATELINE.match(para.text)
        if not match or len(match.group("city").replace(".", "").strip()) < 3:
            continue
        region = match.group("state")
        if region and not place_name(region):
            region = None  # "WASHINGTON, March 6": a date, not a state or a country
        # "WASHINGTON, D.C." is one place (the district is the city); "KYIV, Ukraine" and
        # "AUSTIN, Texas" are a city and the state or country it lies in.
        district = bool(region) and not is_state(region) and not country_code(region)
        places = [(match.start("city"), match.end("state") if district else match.end("city"))]
        if region and not district:
            places.append((match.start("state"), match.end("state")))
        added = []
        for a, b in places:
            span = doc.char_span(a, b, alignment_mode="expand")
            if span is not None:
                added.append(make_mention(article, para, doc, index, span.start, span.end, "GPE",
                                      [], source="dateline"))
        covered = {(index, t) for m in added for t in range(m.token_start, m.token_end)}
        # The agency in brackets ("(AP)", "(CBS/CNN)") is the byline, not the story.
        agency = doc.char_span(match.end("city"), match.end(), alignment_mode="expand")
        if agency is not None:
            covered.update((index, t) for t in range(agency.start, agency.end))
        kept = [_after_dateline(article, para, doc, m, covered) for m in found]
        return [m for m in kept if m is not None] + added
    return found


def _after_dateline(article: Article, para: Paragraph, doc: "Doc", m: Mention,
                    covered: set[tuple[int, int]]) -> Mention | None:
    """A mention without the dateline words the tagger ran into it: "SACRAMENTO - The State
    Senate" is the Senate; a mention inside the dateline is gone (None)."""
    inside = [t for t in range(m.token_start, m.token_end) if (m.paragraph, t) in covered]
    if not inside:
        return m
    start, end, titles = trim_span(doc, max(inside) + 1, m.token_end, m.type)
    if start >= end:
        return None
    kind = m.type
    if kind in {"GPE", "LOC"} and not is_place_name(doc[start:end].text):
        kind = "ORG"  # the city gave the span its type: "The Securities and Exchange Commission"
    return make_mention(article, para, doc, m.paragraph, start, end, kind, [*titles, *m.titles],
                    m.nationality, m.source)


def with_regions_of_places(article: Article, parsed: list[tuple[Paragraph, "Doc"]],
                           found: list[Mention]) -> list[Mention]:
    """"Bridgetown, Barbados": a country or state the tagger missed after a place and a comma."""
    covered = {(m.paragraph, t) for m in found for t in range(m.token_start, m.token_end)}
    added: list[Mention] = []
    for m in found:
        if m.type not in {"GPE", "LOC"}:
            continue
        para, doc = parsed[m.paragraph]
        start = m.token_end + 1
        if start >= len(doc) or doc[m.token_end].text != ",":
            continue
        for end in (start + 3, start + 2, start + 1):   # the longest known name first
            if end <= len(doc) and place_name(doc[start:end].text) and \
                    doc[start].text[:1].isupper() and \
                    not any((m.paragraph, t) in covered for t in range(start, end)):
                added.append(make_mention(article, para, doc, m.paragraph, start, end, "GPE", []))
                break
    return found + added


def with_districts(parsed: list[tuple[Paragraph, "Doc"]], found: list[Mention]
                   ) -> list[Mention]:
    """"Washington, D.C." is one place, the district being the city itself (as in a dateline):
    the name before the comma is not the state of that name."""
    by_start = {(m.paragraph, m.token_start): m for m in found if m.type in {"GPE", "LOC"}}
    joined: dict[int, Mention] = {}   # id of the name's mention -> the whole place
    dropped: set[int] = set()
    for m in found:
        region = by_start.get((m.paragraph, m.token_end + 1))
        if m.type not in {"GPE", "LOC"} or region is None or not _is_district(region.text) or \
                parsed[m.paragraph][1][m.token_end].text != ",":
            continue
        joined[id(m)] = replace(m, text=f"{m.text}, {region.text}", end=region.end,
                                token_end=region.token_end, type="GPE")
        dropped.add(id(region))
    return [joined.get(id(m), m) for m in found if id(m) not in dropped]


def _is_district(text: str) -> bool:
    """A US "state" of the postal list that is neither a state nor a country: D.C."""
    return bool(place_name(text)) and not is_state(text) and not country_code(text)


def with_cities_of_states(article: Article, parsed: list[tuple[Paragraph, "Doc"]],
                          found: list[Mention]) -> list[Mention]:
    """"Gadsden, Ala.": the capitalized words before ", <state>" name a city."""
    added: list[Mention] = []
    places = {(m.paragraph, m.token_start) for m in found if m.type in {"GPE", "LOC"}}
    for m in found:
        if m.type not in {"GPE", "LOC"} or not is_state(m.text) or m.token_start < 2:
            continue
        para, doc = parsed[m.paragraph]
        if doc[m.token_start - 1].text != ",":
            continue
        end = m.token_start - 1
        start = end
        while start > 0 and doc[start - 1].is_title and not doc[start - 1].is_sent_start \
                and doc[start - 1].ent_type_ not in {"PERSON"}:
            start -= 1
        if start == end and doc[start - 1].is_title and doc[start - 1].is_sent_start:
            start -= 1
        if start < end and (m.paragraph, start) not in places and not is_state(doc[start:end].text):
            added.append(make_mention(article, para, doc, m.paragraph, start, end, "GPE", [],
                                  source="city-of-state"))
    return found + added


def with_governments(article: Article, parsed: list[tuple[Paragraph, "Doc"]],
                     found: list[Mention]) -> list[Mention]:
    """"the Russian government" is a mention of Russia (named in the article, or known from
    the nationality word: "the French government" is France's)."""
    countries = [m.text for m in found if m.type == "GPE" and " " not in m.text]
    added: list[Mention] = []
    for m in found:
        if m.type != "NORP" or " " in m.text:
            continue
        para, doc = parsed[m.paragraph]
        if m.token_end < len(doc) and doc[m.token_end].lower_ == "government" and \
                (any(demonym_of(m.text, country) for country in countries)
                 or country_of_demonym(m.text)):
            added.append(make_mention(article, para, doc, m.paragraph, m.token_start,
                                  m.token_end + 1, "GPE", [], source="government"))
    return found + added


def demonym_of(word: str, country: str) -> bool:
    """Whether a nationality word is formed from a country's name (Russian: Russia).

    >>> demonym_of("Russian", "Russia"), demonym_of("Turkish", "Turkey"), demonym_of("Cuban", "Iran")
    (True, True, False)
    """
    word, country = word.lower(), country.lower()
    if word == country or len(country) < 4:
        return False
    shared = next((i for i, (a, b) in enumerate(zip(word, country)) if a != b),
                  min(len(word), len(country)))
    return shared >= 4 and shared >= len(country) - 2


# Verbs whose bare "in X" is where a person was held or born ("jailed in Curitiba").
CUSTODY_VERBS = {"jail", "arrest", "detain", "imprison", "bear", "bury", "hospitalize"}


def place_by_kind(doc: "Doc", start: int, label: str) -> str:
    """"the city of Concepcion", "the province of Gansu": the name a kind of place names is a
    place, whatever the tagger said ("City of London Corporation", capitalized, is a name)."""
    if label in {"ORG", "PERSON"} and start >= 2 and doc[start - 1].lower_ == "of" \
            and doc[start - 2].text in PLACE_KIND_NOUNS:
        return "GPE"
    if label == "ORG" and start >= 2 and doc[start - 1].lower_ == "in" and \
            doc[start - 2].lemma_.lower() in CUSTODY_VERBS and doc[start].pos_ == "PROPN" and \
            not doc[start].is_upper and \
            doc[start].head.lower_ not in ORG_HEAD_WORDS | FAC_HEAD_WORDS:
        return "GPE"        # "was jailed in Curitiba": where one is held is a place
    return label


def state_demonyms(doc: "Doc", spans: list[tuple]) -> set[int]:
    """Starts of the nationality words that stand for their country because they qualify the
    country's agents ("Venezuelan intelligence agents arrested ...", "Iranian officials said"):
    the country acts, even where the article never names it. ("the Russian government" is
    read whole by `mentions`.)"""
    found = set()
    for s, e, label, *_ in spans:
        last = doc[e - 1]
        if last.dep_ == "conj" and last.head.dep_ == "amod":
            last = last.head                        # "Indian and Russian officials"
        if label == "NORP" and e - s <= 2 and last.dep_ == "amod" and (
                last.head.lemma_.lower() in STATE_NOUNS - {"government"}
                or is_title_word(last.head.text) and last.head.pos_ == "NOUN") \
                and country_of_demonym(doc[s:e].text):
            found.add(s)        # and "the former South Korean foreign minister": his country
    return found
