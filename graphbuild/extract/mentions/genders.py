"""What tells a person's gender: common English given names by the gender they are mostly given
to, and kinship nouns set beside a name ("her son, Al Roe"); `coref.learn_genders` votes with them.

Used only to keep "he" from being resolved to a woman and "she" to a man when the article
itself does not say (see `coref.learn_genders`, which trusts the article first). Drawn from the
most frequent given names in US and UK birth records of the last century; a name not listed has
no gender, and then any pronoun may refer to it.

>>> first_name_gender("Nancy Pelosi"), first_name_gender("Jeff Sessions")
('f', 'm')
>>> first_name_gender("Kislyak") is None
True
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.knowledge.given_names import FEMALE_NAMES, MALE_NAMES  # noqa: F401
from graphbuild.extract.tokens import values

if TYPE_CHECKING:
    from spacy.tokens import Token

    from graphbuild.extract.mentions.anchors import Anchors

# Kinship and other gendered nouns set beside a name ("her father, Amos Roe") tell its gender.
GENDERED_NOUNS = {
    "father": "m", "son": "m", "brother": "m", "husband": "m", "uncle": "m", "nephew": "m",
    "grandfather": "m", "grandson": "m", "stepfather": "m", "stepson": "m", "widower": "m",
    "mother": "f", "daughter": "f", "sister": "f", "wife": "f", "aunt": "f", "niece": "f",
    "grandmother": "f", "granddaughter": "f", "stepmother": "f", "stepdaughter": "f",
    "widow": "f"}


def first_name_gender(name: str) -> str | None:
    """'f' or 'm' from a full name's first word, or None when the name does not tell."""
    words = [w.strip(".,").lower() for w in name.split()]
    words = [w for w in words if len(w) > 1]
    if len(words) < 2:
        return None
    first = words[0]
    if first in FEMALE_NAMES and first not in MALE_NAMES:
        return "f"
    if first in MALE_NAMES and first not in FEMALE_NAMES:
        return "m"
    return None


def kin_genders(doc, para: int, anchors: "Anchors") -> list[tuple[str, str]]:
    """(person, gender) for names in apposition with a gendered noun: "her son, Al Roe"."""
    found = []
    for i, key in anchors.token_entity[para].items():
        token = doc[i]
        if anchors.type_of(key) != "PERSON":
            continue
        nouns = [token.head] if token.dep_ == "appos" else []
        # "John Roe, his wife Jane Roe": a noun with a name of its own is that name's
        nouns += [c for c in token.children if c.dep_ == "appos"
                  and not any(g.dep_ == "appos" and g.ent_type_ == "PERSON" for g in c.children)]
        for noun in nouns:
            if noun.lower_ in GENDERED_NOUNS:
                found.append((key, GENDERED_NOUNS[noun.lower_]))
    return found


def subjects(doc) -> list["Token"]:
    """The `nsubj` tokens, found on the dependency array rather than by building every token."""
    nsubj = doc.vocab.strings["nsubj"]
    return [doc[i] for i, dep in enumerate(values(doc, "DEP")) if dep == nsubj]
