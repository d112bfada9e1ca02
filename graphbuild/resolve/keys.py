"""The keys the merge matches an article's entities by, across articles.

>>> name_key("U.S."), name_key("Sessions'")
('us', 'sessions')
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from graphbuild.extract.mentions.namekeys import name_keys
from graphbuild.extract.mentions.heads import SHORT_NAME_RULE
from graphbuild.extract.mentions.names import person_parts, surname_fold, without_company_ending
from graphbuild.records import DocEntity
from graphbuild.knowledge.places import country_of_demonym, is_place_name

# How an article records a company's first words joining its name ("Contoso" of "Contoso
# Shipping Inc.", see `extract.entities`). It starts like SHORT_NAME_RULE.
COMPANY_SHORT_FORM_RULE = "short form of"


@lru_cache(maxsize=1 << 16)
def name_key(text: str) -> str:
    """Accent-, case- and punctuation-insensitive key of a name ("U.S." -> "us")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"['\u2019]s?\b", "", text)
    text = re.sub(r"(?<=\w)[-\u2010\u2011\u2013](?=\w)", " ", text)  # "Jong-un" = "Jong Un"
    return " ".join(re.sub(r"[^\w\s]", "", text).split())


def type_group(entity_type: str) -> str:
    """Types that may name the same thing (a city tagged GPE in one article, LOC in another)."""
    return "PLACE" if entity_type in {"GPE", "LOC", "FAC"} else entity_type


def entity_keys(entity: DocEntity) -> set[str]:
    """The keys an article's entity is matched by across articles (every alias, every form)."""
    keys: set[str] = set()
    # "the Commission" stood for one organization in its article only: not a key elsewhere;
    # a company's short form ("Contoso") is a weak key (`short_form_keys`).
    local = {m.alias for m in entity.merges if m.rule.startswith(SHORT_NAME_RULE)}
    for alias in [entity.label, *entity.aliases]:
        if alias in local:
            continue
        keys.add(name_key(alias))
        keys.update(name_key(k) for k in name_keys(alias, entity.type))
        short = _without_ending(alias, entity.type)
        if " " in short:  # "X Y Inc." in one article is "X Y" in another (organizations only:
            keys.add(short)  # a person "Lund" is not the "Lund Group"; one word is weak)
    keys.discard("")
    return keys


def is_single_name(entity: DocEntity) -> bool:
    """A person the article names by one word only ("Pence"): joined only when unambiguous."""
    return entity.type == "PERSON" and all(len(a.split()) == 1 for a in [entity.label,
                                                                       *entity.aliases])


def short_form_keys(entity: DocEntity) -> set[str]:
    """Keys of a company's short forms ("Contoso"): weak keys, that join another article's
    entity named only so when it is the one company of the corpus with that short form; two
    companies that share a first word ("Apex Mining", "Apex Logistics") stay two.

    >>> from graphbuild.records import Merge
    >>> e = DocEntity("e0", "Apex Mining Corp.", "ORG", aliases=["Apex"],
    ...               merges=[Merge("Apex", "short form of 'Apex Mining Corp.'", "a")])
    >>> short_form_keys(e), "apex" in entity_keys(e)
    ({'apex'}, False)
    """
    keys = {name_key(m.alias) for m in entity.merges if m.rule.startswith(COMPANY_SHORT_FORM_RULE)}
    for alias in [entity.label, *entity.aliases]:
        short = _without_ending(alias, entity.type)
        # "Acme Corp." as "Acme", "Meta Platforms Inc." as "Meta": one word, that another
        # company may share; not a place or nationality ("American Airlines Group Inc.")
        first = short.split()[0] if short else ""
        first_word = alias.split()[0] if alias.split() else ""
        if first and not (is_place_name(first_word) or country_of_demonym(first_word)):
            keys.add(first)
    return keys - {""}


def _without_ending(name: str, entity_type: str) -> str:
    """The key of an organization's name without its company ending, or ""."""
    short = without_company_ending(name) if entity_type == "ORG" else None
    return name_key(short) if short else ""


@lru_cache(maxsize=1 << 16)  # the merge asks for every person and candidate; nameparser is slow
def surname_key(name: str) -> str:
    """The surname of a person's name as a key ("Jeff Sessions" -> "sessions")."""
    last = person_parts(name).last if len(name.split()) > 1 else name
    return surname_fold(name_key(last))  # "Zelenskyy" is looked up as "Zelensky"
