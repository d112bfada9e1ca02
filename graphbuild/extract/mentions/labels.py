"""One type and one label for an entity of an article: the type voted over its mentions (a
title, a full name or a legal form counting extra), the label the fullest proper name.

>>> choose_label(["Sessions", "Jeff Sessions"], "PERSON")
'Jeff Sessions'
"""
from __future__ import annotations

import re
from collections import Counter

from graphbuild.extract.mentions.namekeys import PLACE_TYPES, demonym_country
from graphbuild.extract.mentions.names import NAME_JOINERS, acronym_form, is_company_name
from graphbuild.extract.mentions.spans import Mention
from graphbuild.knowledge.organizations import FAC_HEAD_WORDS, ORG_HEAD_WORDS
from graphbuild.knowledge.places import country_code, is_abbreviation, is_place_name, place_name


def vote_type(mentions: list[Mention]) -> str:
    """One type for an entity: votes of its mentions, a title or full name counting extra."""
    votes: Counter = Counter()
    for m in mentions:
        weight = 1
        if m.type == "PERSON" and (m.titles or len(m.text.split()) > 1):
            weight = 3
        if m.source in {"dateline", "city-of-state"} or (m.type == "ORG" and
                                                           is_company_name(m.text)):
            weight = 3  # a dateline, "City, State" and "X Inc." say what they are
        if m.type == "EVENT":
            weight = 3  # "the Phoenix lander": the craft's word says what "Phoenix" is
        if m.source == "name-match":
            weight = 0.5
        # "Lakemont Solar LLC" is a company whatever the tagger called it (FAC, GPE, PERSON),
        # "Glenn Research Center" an organization, "Tessaly Space Station" a facility.
        head = m.text.split()[-1].lower() if " " in m.text and m.type != "EVENT" and \
            not (m.type == "PERSON" and m.titles) else ""  # "Judge Ann Court" is a person
        typed = "ORG" if is_company_name(m.text) or head in ORG_HEAD_WORDS else \
            "FAC" if head in FAC_HEAD_WORDS else m.type
        votes[typed] += 3 if typed != m.type else weight
    best = max(sorted(votes), key=lambda t: votes[t])
    named_org = any(" " in m.text and m.text.split()[-1].lower() in ORG_HEAD_WORDS
                    for m in mentions)
    if best == "PERSON" and named_org and not any(
            m.type == "PERSON" and (m.titles or " " in m.text) and
            m.text.split()[-1].lower() not in ORG_HEAD_WORDS for m in mentions):
        return "ORG"  # "Glenn" six times beside "Glenn Research Center": no person's full name
    if best == "ORG" and _only_a_country_name(mentions):
        return "GPE"  # "Uzbekistan" tagged ORG ("... in Uzbekistan's telecom market")
    if best in {"PERSON", "ORG"} and _only_a_place_name(mentions):
        return "GPE"  # "stand with Kyiv", "officials in Dhaka": one word, a known place's name
    if best == "ORG" and any(m.text.split()[0] == "Operation" and len(m.text.split()) > 1
                             for m in mentions):
        return "EVENT"  # "Operation Costly Influence" is an operation, not an organization
    return best


def _only_a_country_name(mentions: list[Mention]) -> bool:
    """Every mention is a country's own name ("Uzbekistan"), not an abbreviation."""
    return all(country_code(m.text) and not acronym_form(m.text) for m in mentions)


def _only_a_place_name(mentions: list[Mention]) -> bool:
    """Every mention is the same single word, without a title, and it names a known place."""
    texts = {m.text for m in mentions}
    return (len(texts) == 1 and " " not in next(iter(texts)) and not any(m.titles for m in mentions)
            and is_place_name(next(iter(texts))))


# A lower-case particle glued to a capitalized name: "al-Maliki", "d'Estaing", "el-Sisi".
GLUED_PARTICLE = re.compile(r"^[a-z]{1,3}[-'\u2019][A-Z]")


def choose_label(forms: list[str], entity_type: str) -> str:
    """The fullest proper name: most words, not an abbreviation, capitals set in Title Case.

    >>> choose_label(["FBI", "Federal Bureau of Investigation"], "ORG")
    'Federal Bureau of Investigation'
    >>> choose_label(["VOA", "VOA news"], "ORG"), choose_label(["Ala."], "GPE")
    ('VOA', 'Alabama')
    >>> choose_label(["Austria", "Austrian government"], "GPE"), choose_label(["French"], "GPE")
    ('Austria', 'France')
    >>> choose_label(["Maliki", "Nouri al-Maliki"], "PERSON")
    'Nouri al-Maliki'
    """
    proper = [f for f in forms if all(w[:1].isupper() or w.lower() in NAME_JOINERS or
                                      not w[:1].isalpha() or GLUED_PARTICLE.match(w)
                                      for w in f.split())]
    forms = proper or forms
    written_out = [f for f in forms if not acronym_form(f) and not (
        entity_type in PLACE_TYPES and (is_abbreviation(f) or demonym_country(f)))]
    if not written_out:  # "Ala." is Alabama, "French" (in front of a title) is France
        expanded = [place_name(f) or demonym_country(f) for f in forms
                    if entity_type in PLACE_TYPES]
        written_out = [e for e in expanded if e] or forms
    best = max(written_out, key=lambda t: (len(t.split()), len(t), not t.isupper(), t))
    return display_case(best)


MAX_ACRONYM_LETTERS = 5  # "UNICEF" reads as a word, "OSCE" as letters


def display_case(name: str) -> str:
    """A name written in capitals ("WASHINGTON", "NEW YORK") in Title Case; acronyms stay.

    >>> display_case("WASHINGTON, D.C."), display_case("NEW YORK"), display_case("FBI")
    ('Washington, D.C.', 'New York', 'FBI')
    >>> display_case("OSCE"), display_case("NATO"), display_case("IRAN")
    ('OSCE', 'NATO', 'Iran')
    """
    if name != name.upper() or not re.search(r"\b[A-Z]{4,}\b", name):
        return name
    if " " not in name and len(name) <= MAX_ACRONYM_LETTERS and not is_place_name(name):
        return name  # one short word in capitals that names no place is an acronym ("OSCE")
    return re.sub(r"\b[A-Z]{3,}\b", lambda m: m.group().capitalize(), name)
