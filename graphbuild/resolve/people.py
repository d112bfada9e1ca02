"""What a person's titles and first names say about who they can be, across articles.

A surname alone joins a full name of another article by rules of the merge; "Mr. Lee" must not
join the corpus's only Lee when she is Nancy Lee. The article's honorific and the common gender
of a first name are the evidence; a name whose gender is not known clashes with nothing.

>>> genders_clash(["Mr."], ["Nancy Lee"]), genders_clash(["Ms."], ["Nancy Lee"])
(True, False)
>>> genders_clash(["Sen."], ["Nancy Lee"]), genders_clash(["Mr."], ["Kim Lee"])
(False, False)
"""
from __future__ import annotations

from collections.abc import Iterable

from graphbuild.extract.mentions.genders import first_name_gender

MALE_HONORIFICS = {"mr", "sir", "lord"}
FEMALE_HONORIFICS = {"ms", "mrs", "miss", "madam", "dame", "lady"}


def title_gender(titles: Iterable[str]) -> str | None:
    """'m' or 'f' when the titles include an honorific of one gender only ("Mr.", "Ms.")."""
    words = {w.strip(".,").lower() for t in titles for w in t.split()}
    male, female = bool(words & MALE_HONORIFICS), bool(words & FEMALE_HONORIFICS)
    return "m" if male and not female else "f" if female and not male else None


def names_gender(names: Iterable[str]) -> str | None:
    """The one gender the first names of full names tell ("Nancy Lee" -> 'f'), else None."""
    genders = {first_name_gender(n) for n in names} - {None}
    return genders.pop() if len(genders) == 1 else None


def genders_clash(titles: Iterable[str], names: Iterable[str]) -> bool:
    """Whether an honorific and the first names of another person's full names disagree."""
    by_title = title_gender(titles)
    return by_title is not None and names_gender(names) not in {None, by_title}
