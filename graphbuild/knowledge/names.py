"""Words of names: titles nameparser lacks, company endings, abbreviations (lowercase, without
full stops), and the small functions over them that ingest and extraction both need (is a word a
title, what acronyms may a name be written as). `extract.names` reads them; edit them here."""
from __future__ import annotations

import re
from functools import lru_cache

# Spellings and roles that nameparser's title list lacks; lowercase, without full stops.
EXTRA_TITLES = {"advisor", "ag", "sen", "rep", "spokesman", "spokeswoman", "spokesperson",
                "minority", "majority", "whip", "chairman", "chairwoman", "chair", "ceo",
                "founder", "president-elect", "vice-president", "premier", "chancellor",
                "commissioner", "prosecutor", "rev", "reverend", "mayor", "lt", "sgt", "capt",
                "agent", "counterpart", "counterparts", "chairperson"}
# Words that end a company's name: a name ending in one may be shortened to its first words.
COMPANY_ENDINGS = {"inc", "corp", "corporation", "co", "company", "llc", "ltd", "plc", "lp",
                   "llp", "group", "holdings", "gmbh", "ag", "sa", "nv", "limited", "pjsc",
                   "ojsc", "jsc", "ab", "spa", "bv", "sarl", "pte", "pty", "kk", "oy", "asa",
                   # firm words a story drops after the first mention ("Acme Partners" | "Acme")
                   "partners", "capital", "associates", "ventures", "industries",
                   "communications", "technologies", "systems", "networks", "solutions",
                   "pharmaceuticals", "laboratories", "enterprises", "electronics", "motors"}
# Legal forms an acronym leaves out (lowercase).
LEGAL_ENDINGS = {"inc", "corp", "co", "llc", "ltd", "plc", "lp", "llp", "gmbh", "ag", "sa", "nv",
                 "limited", "pjsc", "ojsc", "jsc", "ab", "spa", "bv", "sarl", "pte", "pty"}
# Abbreviations written in organization names ("Justice Dept." is the Justice Department).
NAME_ABBREVIATIONS = {"dept": "department", "depts": "departments", "corp": "corporation",
                      "assn": "association", "univ": "university", "intl": "international",
                      "natl": "national", "govt": "government", "comm": "commission",
                      "cmte": "committee", "admin": "administration", "mt": "mount",
                      "ft": "fort", "st": "saint", "ltd": "limited",
                      "prep": "preparatory"}  # "Jesuit College Prep": a school
# Small words a title or an organization name runs through ("Secretary of State").
NAME_JOINERS = {"of", "the", "for", "and", "on", "&", "de", "du", "la"}
# First words of a government body's name that its acronym leaves out ("HHS", "HUD").
DEPARTMENT_WORDS = {"department", "ministry"}
# Small words an acronym leaves out besides the joiners ("OSCE": Organization for Security and
# Cooperation in Europe).
ACRONYM_SKIPS = NAME_JOINERS | {"in", "at", "to", "a", "an"}


@lru_cache(maxsize=1)
def title_words() -> frozenset[str]:
    """Lowercase words that are honorifics or roles ("sen", "attorney", "general", "adviser")."""
    from nameparser.config import CONSTANTS
    return frozenset(CONSTANTS.titles) | EXTRA_TITLES


def is_title_word(word: str) -> bool:
    """Whether a word is a title or role word ("Sen.", "President", "adviser").

    >>> is_title_word("Sen."), is_title_word("Warren")
    (True, False)
    """
    return word.lower().strip(".").replace("\u2019", "'") in title_words()


def expand_abbreviations(name: str) -> str:
    """Spell out abbreviated words of an organization name ("Justice Dept." -> "Justice department")."""
    return re.sub(r"\b([A-Za-z]+)\.?(?=\s|$|,)", lambda m: NAME_ABBREVIATIONS.get(
        m.group(1).lower(), m.group(0)), name)


@lru_cache(maxsize=1 << 16)
def acronyms(name: str) -> frozenset[str]:
    """Acronyms a name may be written as: initials of its words, with and without small words.

    >>> sorted(acronyms("Federal Bureau of Investigation"))
    ['FBI', 'FBOI']
    >>> sorted(acronyms("Defense Department"))
    ['DD', 'DOD']
    """
    words = [w for w in re.findall(r"[^\W\d_][\w'\u2019-]*", expand_abbreviations(name))]
    if len(words) > 2 and words[-1].lower() in LEGAL_ENDINGS:
        words = words[:-1]  # "Mobile TeleSystems PJSC" is "MTS"
    if len(words) < 2:
        return frozenset()
    every = "".join(w[0] for w in words).upper()
    content = "".join(w[0] for w in words if w.lower() not in ACRONYM_SKIPS).upper()
    forms = [every, content]
    if words[0].lower() in DEPARTMENT_WORDS:  # "HHS" for the Department of Health and Human
        forms.append(content[1:])             # Services: the department word goes unwritten
    if words[-1].lower() in DEPARTMENT_WORDS:  # "the Energy Department" is the Department of
        spelled = [words[-1], "of", *words[:-1]]  # Energy: "DOE" ("DHS": "of" left out)
        forms.append("".join(w[0] for w in spelled).upper())
        forms.append("".join(w[0] for w in spelled if w.lower() not in NAME_JOINERS).upper())
    return frozenset(x for x in forms if len(x) >= 2)


MIN_SCRAMBLED = 4  # shorter initials meet other names' initials by chance


def scrambled_acronym(letters: str, name: str) -> bool:
    """Whether an acronym has the initials of a name's words in another order: a name
    translated from a language that orders its words otherwise ("UNITA", from the Portuguese,
    for the National Union for the Total Independence of Angola; "MPLA" for the People's
    Movement for the Liberation of Angola).

    >>> scrambled_acronym("UNITA", "National Union for the Total Independence of Angola")
    True
    >>> scrambled_acronym("MPLA", "People's Movement for the Liberation of Angola")
    True
    >>> scrambled_acronym("NATO", "Ministry of Trade and Agriculture of Niger")
    False
    """
    if len(letters) < MIN_SCRAMBLED:
        return False
    return _sorted_initials(name) == "".join(sorted(letters.upper()))


@lru_cache(maxsize=1 << 14)
def _sorted_initials(name: str) -> str:
    """The initials of a name's content words, sorted (an article asks for each name often)."""
    words = re.findall(r"[^\W\d_][\w'\u2019-]*", name)
    return "".join(sorted(w[0].upper() for w in words if w.lower() not in ACRONYM_SKIPS))
