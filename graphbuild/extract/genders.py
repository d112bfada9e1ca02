"""Common English given names by the gender they are mostly given to.

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

from graphbuild.knowledge.given_names import FEMALE_NAMES, MALE_NAMES  # noqa: F401


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
