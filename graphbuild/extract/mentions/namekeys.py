"""Name keys: the forms a mention's name is matched by, in its article and across the corpus.

A key ignores case, accents, punctuation and a leading "the"; an organization is also keyed
without the country in front ("U.S. Senate") and the short way round ("Justice Department"),
and a place by its full name ("Ala." -> "alabama").

>>> name_keys("The Justice Dept.", "ORG"), sorted(name_keys("U.S. Senate", "ORG"))
({'justice department'}, ['senate', 'us senate'])
"""
from __future__ import annotations

import functools
import re

from graphbuild.extract.mentions.names import acronym_form, expand_abbreviations
from graphbuild.knowledge.epithets import EPITHETS
from graphbuild.knowledge.organizations import CRAFT_WORDS
from graphbuild.knowledge.places import (DROPPED_FEATURE_WORDS, country_code, country_of_demonym,
                                         is_state, place_name)

PLACE_TYPES = {"GPE", "LOC", "FAC"}
# Compass points written as initials in places' names ("S. Sudan", "N. Korea").
COMPASS_INITIALS = {"n": "north", "s": "south", "e": "east", "w": "west"}
# Bodies a mission is named after ("Mars Phoenix" is the Phoenix mission to Mars).
PLANETS = {"mercury", "venus", "mars", "jupiter", "saturn", "uranus", "neptune", "pluto",
           "lunar", "moon"}
# Clipped names that news writing uses as names in their own right, and the full name each one
# stands for. Not initials (acronyms are matched by rule) and not the head of the longer name
# ("the Commission", matched by `heads`): no rule can tell "Fed" is the Federal Reserve.
ORG_CLIPPINGS = {"fed": "federal reserve"}
# Abbreviated parent bodies written in front of an organization's name ("U.N. Security
# Council" is the United Nations Security Council), by the key of the abbreviation.
PARENT_ABBREVIATIONS = {"un": "united nations", "eu": "european union"}
# Unit words a story drops from an organization's name once it has given it ("FBI Detroit
# Division" / "FBI Detroit", "Detroit Police Department" / "Detroit Police").
DROPPED_UNIT_WORDS = {"division", "department"}


# Names recur across mentions, articles and the corpus merge: their keys are computed once.
NAME_CACHE_SIZE = 1 << 17


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def normalize_name(text: str) -> str:
    """Case-, punctuation- and space-insensitive key of a surface form.

    >>> normalize_name("the U.S."), normalize_name("Sessions'"), normalize_name("Justice Dept.")
    ('us', 'sessions', 'justice department')
    """
    text = expand_abbreviations(text.replace("\u2019", "'"))
    text = re.sub(r"^(?:the|a|an)\s+", "", text.strip(), flags=re.I)
    text = re.sub(r"'s?$", "", text)
    # "Jong-un" / "Jong Un", "Service-Criminal Investigation": a hyphen between words is a space
    text = re.sub(r"(?<=\w)[-\u2010\u2011\u2013](?=\w)", " ", text)
    return " ".join(re.sub(r"[^\w\s&]", "", text.lower()).split())


def name_keys(text: str, entity_type: str) -> set[str]:
    """Every key a mention is matched by (a new set each call: see `_name_keys`)."""
    return set(_name_keys(text, entity_type))


@functools.lru_cache(maxsize=NAME_CACHE_SIZE)
def _name_keys(text: str, entity_type: str) -> frozenset[str]:
    """Every key a mention is matched by: its name, "X of Y" as "Y X", a place's full name.

    >>> sorted(name_keys("City Council of Gadsden", "ORG"))
    ['city council of gadsden', 'gadsden city council']
    >>> sorted(name_keys("U.S. Senate", "ORG"))
    ['senate', 'us senate']
    >>> sorted(name_keys("Gadsden, Ala.", "GPE"))
    ['gadsden', 'gadsden ala']
    """
    key = normalize_name(text)
    keys = {key} if key else set()
    if entity_type == "ORG" and key in ORG_CLIPPINGS:
        keys.add(ORG_CLIPPINGS[key])  # "the Fed" is one with "the Federal Reserve"
    if entity_type == "ORG":
        rest = _without_country(text)
        if rest:  # "U.S. Senate" is the Senate, "U.S. Department of Justice" the department
            keys |= name_keys(rest, entity_type)
    if entity_type == "ORG":
        keys |= _org_variants(key)
    if entity_type == "EVENT":
        keys |= _mission_variants(key)
    words = key.split()
    if entity_type in PLACE_TYPES and len(words) > 1 and words[0] in COMPASS_INITIALS and \
            text.split()[0].endswith("."):  # "S. Sudan" is South Sudan, "N. Korea" North Korea
        spelled = " ".join([COMPASS_INITIALS[words[0]], *words[1:]])
        keys.add(spelled)
        keys.add(normalize_name(place_name(spelled) or spelled))
    if key in EPITHETS and entity_type in PLACE_TYPES:
        keys.add(EPITHETS[key])  # "the Red Planet" is Mars
    if entity_type in PLACE_TYPES and len(words) > 1 and words[-1] in DROPPED_FEATURE_WORDS \
            and not country_of_demonym(" ".join(text.split()[-len(words):-1])):
        keys.add(" ".join(words[:-1]))  # "the Pacific" is the Pacific Ocean ("Indian" is no ocean)
    parts = key.split(" of ")
    if entity_type == "ORG" and len(parts) == 2 and all(parts):
        keys.add(f"{parts[1]} {parts[0]}")  # "department of justice" = "justice department"
    if entity_type in PLACE_TYPES:
        full = place_name(text) or demonym_country(text)
        if full:
            keys.add(normalize_name(full))
        if "," in text:  # "Washington, D.C.": the city is named before the comma
            city, region = (x.strip() for x in text.split(",", 1))
            if not is_state(city):  # a bare "Washington" may be the state: see resolve
                keys.add(normalize_name(city))
            if place_name(region) and not is_state(region):
                keys.add(normalize_name(place_name(region)))  # D.C. is the city itself
    return frozenset(keys)


def _org_variants(key: str) -> set[str]:
    """Keys of an organization's name with its parent's abbreviation written out and without
    a unit word the story may drop (kept to two words or more: "Justice Department" is not
    "Justice").

    >>> sorted(_org_variants("un security council")), sorted(_org_variants("fbi detroit division"))
    (['united nations security council'], ['fbi detroit'])
    >>> _org_variants("justice department")
    set()
    """
    words = key.split()
    variants = set()
    if len(words) > 1 and words[0] in PARENT_ABBREVIATIONS:
        variants.add(" ".join([PARENT_ABBREVIATIONS[words[0]], *words[1:]]))
    if len(words) > 2 and words[-1] in DROPPED_UNIT_WORDS:
        variants.add(" ".join(words[:-1]))
    if len(words) > 2 and words[-2:] == ["preparatory", "school"]:  # "X Prep" is the school
        variants.add(" ".join(words[:-1]))
    last = words[-1] if words else ""
    if len(words) > 1 and len(last) > 5 and last.endswith("s") and not last.endswith("ss"):
        variants.add(" ".join([*words[:-1], last[:-1]]))  # "... Investigations" / "Investigation"
    return variants


def _mission_variants(key: str) -> set[str]:
    """A mission's name without its craft word, and without the planet it went to.

    >>> sorted(_mission_variants("mars phoenix lander"))
    ['mars phoenix', 'phoenix']
    """
    words = key.split()
    if len(words) > 1 and words[-1] in CRAFT_WORDS:
        words = words[:-1]
    variants = {" ".join(words)}
    if len(words) == 2 and words[0] in PLANETS:
        variants.add(words[1])
    return variants - {key}


def demonym_country(text: str) -> str | None:
    """The country a mention names by its nationality ("French", "the French government").

    >>> demonym_country("French government"), demonym_country("France")
    ('France', None)
    """
    words = normalize_name(text).split()
    if words[-1:] == ["government"]:
        words = words[:-1]
    return country_of_demonym(" ".join(words).title()) if words else None


def _without_country(name: str) -> str | None:
    """An organization's name without the country in front ("U.S. Senate" -> "Senate")."""
    words = name.split()
    for n in (1, 2, 3):
        rest, country = words[n:], " ".join(words[:n])
        # An abbreviation or a name of two words or more: "China Southern" stays whole.
        if rest and rest[0][:1].isupper() and (acronym_form(country) or n > 1) and \
                country_code(country):
            return " ".join(rest)
    return None
