"""Person names, titles and acronyms: the word knowledge the entity layer links names with.

Titles come from nameparser's list of honorifics and roles (plus common spellings it lacks);
first-name nicknames come from the `nicknames` package ("Mike" is a form of "Michael").

>>> person_parts("Donald J. Trump")
PersonParts(first='donald', middle='j', last='trump')
>>> same_person("Mike Flynn", "Michael Flynn"), same_person("Raul Castro", "Fidel Castro")
(True, False)
>>> sorted(acronyms("Department of Justice"))
['DJ', 'DOJ']
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from graphbuild.knowledge.names import (ACRONYM_SKIPS, COMPANY_ENDINGS,  # noqa: F401
                                        DEPARTMENT_WORDS, EXTRA_TITLES, LEGAL_ENDINGS,
                                        NAME_ABBREVIATIONS, NAME_JOINERS, acronyms,
                                        expand_abbreviations, title_words)
from graphbuild.knowledge.names import is_title_word as _is_title_word

# The table's test, memoized: the rules ask it of the same words over and over.
is_title_word = lru_cache(maxsize=1 << 16)(_is_title_word)

# Endings of the nouns that name a person's role ("adviser", "secretary", "president").
ROLE_NOUN_ENDING = re.compile(r"(?:er|or|ary|ent|ant|ist|ian|ess|general|chief|head|sen|rep)$")


@dataclass(frozen=True)
class PersonParts:
    first: str
    middle: str
    last: str


def is_role_phrase(text: str) -> bool:
    """A phrase of two or more title words ending in a person noun: a role, not a name.

    nameparser's title words include "united", "states", "criminal" and "division", so the
    last word must name a person ("adviser", "secretary", "general").

    >>> is_role_phrase("National Security Advisor"), is_role_phrase("White House")
    (True, False)
    >>> is_role_phrase("United States"), is_role_phrase("Criminal Division")
    (False, False)
    """
    words = [w for w in text.split() if w.lower() not in NAME_JOINERS]
    return (len(words) >= 2 and all(is_title_word(w) for w in words)
            and bool(ROLE_NOUN_ENDING.search(words[-1].lower().strip("."))))


def is_title_words(text: str) -> bool:
    """Every word is a title word ("National Security" inside "National Security Adviser")."""
    words = [w for w in text.split() if w.lower() not in NAME_JOINERS]
    return bool(words) and all(is_title_word(w) for w in words)


@lru_cache(maxsize=1 << 16)  # nameparser takes a fraction of a millisecond per name
def person_parts(name: str) -> PersonParts:
    """First, middle and last name of a person's name (lowercase, titles and suffixes left out)."""
    from nameparser import HumanName
    parsed = HumanName(name)
    first, middle, last = (parsed.first.lower().strip("."), parsed.middle.lower().strip("."),
                           parsed.last.lower().strip("."))
    if not last and first:  # a single word is taken as the surname
        first, last = "", first
    return PersonParts(first, middle, last)


@lru_cache(maxsize=1)
def _nicknamer():
    from nicknames import NickNamer
    return NickNamer()


def first_names_agree(a: str, b: str) -> bool:
    """Whether two first names can name one person: equal, an initial, a nickname, a spelling.

    >>> first_names_agree("mike", "michael"), first_names_agree("sergey", "sergei")
    (True, True)
    >>> first_names_agree("raul", "fidel"), first_names_agree("daniel", "danielle")
    (False, False)
    """
    a, b = a.lower().strip("."), b.lower().strip(".")
    if not a or not b or a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    if min(len(a), len(b)) >= 5 and a[:3] == b[:3] and len(a) == len(b) and _one_substitution(a, b):
        return True  # transliteration variants: Sergey / Sergei, Alexey / Alexei
    if given_name_fold(a) == given_name_fold(b):
        return True  # Dmitry / Dmitriy / Dmitrii, Aleksandr / Alexander
    nick = _nicknamer()
    return b in nick.nicknames_of(a) or a in nick.nicknames_of(b) or \
        bool(nick.canonicals_of(a) & ({b} | nick.canonicals_of(b)))


@lru_cache(maxsize=1 << 16)
def nickname_keys(first_name: str) -> list[str]:
    """The nicknames of a first name, lowercased ("jim" of "James"): index keys. An initial or
    the name itself is none.

    >>> "jim" in nickname_keys("James"), "mike" in nickname_keys("Michael")
    (True, True)
    >>> "ann" in nickname_keys("James"), "james" in nickname_keys("James"), nickname_keys("J.")
    (False, False, [])
    """
    b = first_name.lower().strip(".")
    if len(b) < 2:
        return []
    return sorted(a for a in _nicknamer().nicknames_of(b) if len(a) >= 2 and a != b)


# Endings that English spells several ways when it writes a Russian or Ukrainian name:
# Zelensky / Zelenskyy / Zelenskiy, Navalny / Navalnyy, Dmitry / Dmitriy / Dmitrii.
TRANSLITERATED_ENDINGS = re.compile(r"(?:iy|yy|ii|yi)$")


@lru_cache(maxsize=1 << 16)
def surname_fold(surname: str) -> str:
    """One spelling for the transliterations of a surname (lowercase).

    >>> surname_fold("Zelenskyy"), surname_fold("zelenskiy"), surname_fold("Zelensky")
    ('zelensky', 'zelensky', 'zelensky')
    >>> surname_fold("Navalnyy"), surname_fold("Rossi"), surname_fold("Lee")
    ('navalny', 'rossi', 'lee')
    """
    word = surname.lower()
    return TRANSLITERATED_ENDINGS.sub("y", word) if len(word) >= 5 else word


@lru_cache(maxsize=1 << 16)
def given_name_fold(name: str) -> str:
    """One spelling for the transliterations of a Russian or Ukrainian first name.

    >>> given_name_fold("Aleksandr"), given_name_fold("Alexander"), given_name_fold("Yevgeny")
    ('alexandr', 'alexandr', 'evgeny')
    >>> given_name_fold("Evgeniy"), given_name_fold("Yelena"), given_name_fold("Peter")
    ('evgeny', 'elena', 'peter')
    """
    word = surname_fold(name).replace("ks", "x")
    word = re.sub(r"^ye", "e", word)                   # Yevgeny / Evgeny, Yelena / Elena
    return re.sub(r"(?<=[aeiou]n)der$", "dr", word)     # Alexander / Aleksandr


def _one_substitution(a: str, b: str) -> bool:
    return sum(x != y for x, y in zip(a, b)) == 1


@lru_cache(maxsize=1 << 16)
def same_person(a: str, b: str) -> bool:
    """Whether two full names can be the same person: same surname, agreeing first and middle.

    A missing part agrees with anything; different surnames never agree. Names that differ
    only by hyphens, spaces or case are one name ("Kim Jong-un", "Kim Jong Un").
    """
    if _spaced(a) == _spaced(b):
        return True
    short, long_ = sorted((_spaced(a).split(), _spaced(b).split()), key=len)
    if len(short) >= 2 and long_[:len(short)] == short and not short[-1].endswith("."):
        return True  # "Abu Ubaidah" of "Abu Ubaidah Direye": the name less its last part
    if len(short) >= 2 and long_[-len(short):] == short:
        return True  # "Bhutto Zardari" of "Bilawal Bhutto Zardari": a two-word surname
    pa, pb = person_parts(a), person_parts(b)
    if not pa.last or surname_fold(pa.last) != surname_fold(pb.last):
        return False
    if not first_names_agree(pa.first, pb.first):
        return False
    return not pa.middle or not pb.middle or pa.middle[0] == pb.middle[0]


def name_opening(name: str) -> tuple[str, ...]:
    """The first two words of a name, as `same_person` compares them: two names of one person
    share their surname or, when one is the other less its last part, these (an index key).

    >>> name_opening("Abu Hamza-Qasimi"), name_opening("Abu Hamza")
    (('abu', 'hamza'), ('abu', 'hamza'))
    """
    return tuple(_spaced(name).split()[:2])


def _spaced(name: str) -> str:
    return " ".join(re.sub(r"[-\u2010\u2011]", " ", name.lower()).split())


@lru_cache(maxsize=1 << 16)  # asked of every mention and name many times over
def acronym_form(text: str) -> str | None:
    """The letters of a written acronym ("U.S." -> "US", "FBI" -> "FBI"), or None if not one.

    >>> acronym_form("U.S."), acronym_form("F.B.I."), acronym_form("Warren")
    ('US', 'FBI', None)
    """
    letters = text.replace(".", "").replace(" ", "")
    longest = 6
    if "-" in letters.strip("-"):  # "HHS-OIG": an agency's acronym and its office's
        letters, longest = letters.replace("-", ""), 8
    if 2 <= len(letters) <= longest and letters.isalpha() and letters.isupper():
        return letters
    return None


def without_company_ending(name: str) -> str | None:
    """A company's name without the legal ending news often leaves out, or None if it has none.

    Outlets write "Contoso Shipping Inc." and "Contoso Shipping" for one company.

    >>> without_company_ending("Contoso Shipping, Inc."), without_company_ending("Acme Corp.")
    ('Contoso Shipping', 'Acme')
    >>> without_company_ending("Federal Trade Commission") is None
    True
    """
    if not is_company_name(name):
        return None
    rest = re.sub(r"[\s,]+[A-Za-z]+\.?\s*$", "", name.strip())
    return rest if rest and rest != name.strip() and rest[:1].isupper() else None


@lru_cache(maxsize=1 << 16)
def is_company_name(name: str) -> bool:
    """Whether an organization name ends with a company word (Inc., Corp., Group ...)."""
    words = re.findall(r"[A-Za-z]+", name)
    return len(words) >= 2 and words[-1].lower() in COMPANY_ENDINGS
