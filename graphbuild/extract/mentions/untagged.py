"""Names the tagger missed, cut short or mistyped, found by the way news writes them.

People's names are repaired the same way in `untagged_people`. Each function takes one
paragraph's Doc and its spans, `(start, end, label, titles,
nationality)` tuples of token indexes, and returns better spans; none knows any article's words:

* an untagged run of capitalized words ending in an organization's or facility's head word
  ("Goddard Space Flight Center", "District Court" after "United States") is one;
* words run onto a name are cut (people in the plural, a closing title, what an owner's "'s"
  owns, glued caption words), and a legal form left out ends it ("MOBILE TELESYSTEMS" | "PJSC");
* a unit named with its parent ("Criminal Division of the Department of Justice"), a listed
  word ("Glenn, Orion Service Module") and two owners are two names; a glued office acronym
  ("DOT" | "-OIG") is one;
* a place followed by a force of its own ("Detroit" | "Police") is that force, an organization;
* "Office of the Attorney" | "General": a name cut inside a title runs over the title's rest;
* an organization owned by another one ("Customs Enforcement's Homeland Security
  Investigations") is two names, and an owner cut at its "and" ("U.S. Immigration" | "and
  Customs Enforcement's") runs over it;
* a craft or a mission ("the Phoenix lander", "Mars Phoenix Mission") is an EVENT, and a force
  opening a person's title ("Army Gen.") is an organization.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.names import COMPANY_ENDINGS, ROLE_NOUN_ENDING, is_title_word
from graphbuild.extract.mentions.repair import extend_name
from graphbuild.extract.tokens import per_doc, texts
from graphbuild.ingest.headlines import dictionary_word
from graphbuild.knowledge.furniture import FURNITURE
from graphbuild.knowledge.organizations import (CRAFT_WORDS, FAC_HEAD_WORDS, FORCE_WORDS,
                                                ORG_HEAD_TITLE_WORDS, ORG_HEAD_WORDS,
                                                UNIT_WORDS)
from graphbuild.knowledge.people import PERSON_PLURALS
from graphbuild.knowledge.places import country_code

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Span = tuple  # (start, end, label, titles, nationality)
MAX_RUN = 6  # capitalized words an untagged name may have
# A surname the tagger does not know: capitals on both sides of an apostrophe or hyphen.
COMPOUND_SURNAME = re.compile(r"^[A-Z][a-z]*['\u2019-][A-Z][a-z]+$")
POSSESSIVES = {"'s", "\u2019s", "'", "\u2019"}
HEAD_WORDS = ORG_HEAD_WORDS | FAC_HEAD_WORDS
# Owners that are part of a name, not names of their own ("Cambodian People's Party").
PEOPLE_OWNERS = {"people", "peoples", "workers", "children", "women", "veterans", "citizens"}


def _capitalized(token: "Token") -> bool:
    """A capitalized word ("Goddard") or one in capitals ("OSPANOV", as charging papers write
    defendants' names), or a compound surname ("Yar'Adua")."""
    return capitalized_word(token.text)


@lru_cache(maxsize=1 << 16)  # asked of every word of every paragraph
def capitalized_word(text: str) -> bool:
    """`_capitalized` on a token's text: spaCy's is_alpha, is_title and is_upper of an English
    word are str.isalpha, str.istitle and str.isupper of its text."""
    if not text[:1].isupper():
        return False  # most words: one look at the first letter
    return (text.isalpha() and (text.istitle() or text.isupper() and len(text) > 1)
            or COMPOUND_SURNAME.match(text) is not None)


def capitalized(doc: "Doc") -> tuple[bool, ...]:
    """`_capitalized` of every token of the Doc, from its texts (no Token built), once a Doc."""
    return per_doc(doc, "capitalized", lambda d: tuple(map(capitalized_word, texts(d))))


def _taken(spans: list[Span]) -> set[int]:
    taken: set[int] = set()
    for span in spans:                  # (set.update over a range runs in C)
        taken.update(range(span[0], span[1]))
    return taken


def with_untagged_organizations(doc: "Doc", spans: list[Span]) -> list[Span]:
    """Untagged capitalized runs ending in an organization's head word ("Space Flight Center"),
    with a country's name just before them ("United States" | "District Court")."""
    taken = _taken(spans)
    added: list[Span] = []
    caps = capitalized(doc)
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < MAX_RUN and j not in taken and caps[j] \
                and doc[j].pos_ == "PROPN" and not doc[j].ent_type_:
            j += 1
        run_end = j
        if j - i < 2:
            i += 1
            continue
        while j - i > 1 and doc[j - 1].lower_ not in HEAD_WORDS:
            j -= 1  # "Public Corruption Task Force" | "Formed": a headline's verb after it
        kind = "FAC" if doc[j - 1].lower_ in FAC_HEAD_WORDS else "ORG"
        if j - i >= 2 and doc[j - 1].lower_ in HEAD_WORDS and not doc[i].is_sent_start:
            start = i
            owner = next((s for s in spans if s[1] == i and s[2] == kind), None)
            if owner is not None:  # "Multi-Agency" | "Public Corruption Task Force"
                spans = [s for s in spans if s is not owner]
                start = owner[0]
            country = next((s for s in spans if s[1] == i and s[2] == "GPE"
                            and country_code(doc[s[0]:s[1]].text)), None)
            if country is not None:  # "United States District Court": the country's court
                spans = [s for s in spans if s is not country]
                start = country[0]
            elif start > 0 and start - 1 not in taken and country_code(doc[start - 1].text):
                start -= 1           # "U.S." | "Marine Corps", the abbreviation left untagged
            added.append((start, extend_name(doc, start, j), kind, [], []))
        i = max(run_end, i + 1)
    return spans + added


def crafts_and_missions(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"the Phoenix lander", "Mars Phoenix Mission": a name ending in or followed by a craft's
    or mission's word names a mission (EVENT), not a city or an organization."""
    out = []
    for s, e, label, titles, nationality in spans:
        if label in {"ORG", "GPE", "LOC", "FAC", "PERSON"} and (
                doc[e - 1].lower_ in CRAFT_WORDS and e - s > 1
                or e < len(doc) and doc[e].text.islower() and doc[e].lower_ in CRAFT_WORDS):
            label = "EVENT"
        out.append((s, e, label, titles, nationality))
    return out


def over_glued_acronyms(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"DOT" | "-OIG": an office's acronym glued to its agency's by a hyphen is one name."""
    out = []
    for s, e, label, titles, nationality in spans:
        while e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ and \
                not doc[e].whitespace_ and doc[e + 1].is_upper and doc[e + 1].is_alpha and \
                label == "ORG":
            e += 2
        out.append((s, e, label, titles, nationality))
    return out


def split_listed(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"Glenn, Orion Service Module": one word, a comma and a name are two names of a list;
    a legal form or a place after the comma belongs to the name ("Acme, Inc.", "Paris, Texas")."""
    out = []
    for s, e, label, titles, nationality in spans:
        if label == "ORG" and e - s >= 4 and doc[s + 1].text == "," and \
                doc[s + 2].text.strip(".").lower() not in COMPANY_ENDINGS and \
                doc[s + 2].ent_type_ not in {"GPE", "LOC"} and _capitalized(doc[s + 2]):
            out += [(s, s + 1, label, [], []), (s + 2, e, label, [], [])]
        else:
            out.append((s, e, label, titles, nationality))
    return out


def with_forces_of_places(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"Detroit Police Chief Ann Lee": a place followed by its police or army names them."""
    taken = _taken(spans)
    out = []
    for s, e, label, titles, nationality in spans:
        if label == "GPE" and e < len(doc) and e not in taken and doc[e].is_title and \
                doc[e].lower_ in FORCE_WORDS:
            out.append((s, e + 1, "ORG", [], []))
        else:
            out.append((s, e, label, titles, nationality))
    return out


def forces_in_titles(doc: "Doc", spans: list[Span], title_spans: list[tuple[int, int]]
                     ) -> list[Span]:
    """"Army Gen. Ann Lee", "Navy Adm. Bo Ek": a force opening a person's title is the
    organization the person serves in, a mention of it."""
    taken = _taken(spans)
    return [(a, a + 1, "ORG", [], []) for a, b in title_spans
            if b - a > 1 and a not in taken and doc[a].is_title and doc[a].lower_ in FORCE_WORDS]


def over_cut_titles(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"the Office of the Attorney" | "General": an organization cut between two title words
    runs over the title's rest (one word, an office's name holds its holder's title)."""
    taken = _taken(spans)
    out = []
    for s, e, label, titles, nationality in spans:
        if label == "ORG" and e < len(doc) and e not in taken and e - s >= 3 and \
                doc[e - 2].lower_ in {"of", "the"} and is_title_word(doc[e - 1].text) and \
                doc[e].is_title and is_title_word(doc[e].text) and not doc[e].ent_type_:
            e += 1
        out.append((s, e, label, titles, nationality))
    return out


def over_cut_modifiers(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"Northwest" | "Frontier Province": a place's or organization's name the tagger cut after
    its first word runs back over it, when the parser made that untagged proper noun a part
    of the name (a compound whose head is inside it); never over a title word ("President")
    or a sentence's first word, which the tagger leaves out for a reason."""
    taken = _taken(spans)
    out = []
    for s, e, label, titles, nationality in spans:
        k = s
        while label in {"GPE", "LOC", "FAC", "ORG"} and k > 1 and s - k < 2 and \
                k - 1 not in taken and _cut_modifier(doc[k - 1], k, e):
            k -= 1
        out.append((k, e, label, titles, nationality))
    return out


def _cut_modifier(token: "Token", start: int, end: int) -> bool:
    """An untagged capitalized proper noun that the parser hangs on a word of the name."""
    return token.pos_ == "PROPN" and _capitalized(token) and not token.ent_type_ and \
        token.dep_ == "compound" and start <= token.head.i < end and not token.is_sent_start \
        and not is_title_word(token.text) and not country_code(token.text)


def over_legal_forms(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"MOBILE TELESYSTEMS" | "PJSC": a company's legal form the tagger left out ends its name."""
    taken = _taken(spans)
    out = []
    for s, e, label, titles, nationality in spans:
        k = e
        while k < len(doc) and k - e < 2 and k not in taken and _capitalized(doc[k]) and \
                doc[k].lower_ not in COMPANY_ENDINGS:
            k += 1  # "SIBERIAN" | "LINK PJSC": capitalized words the tagger left out
        alone = k not in taken or any(x[0] == k and x[1] == k + 1 for x in spans)
        if label == "ORG" and k < len(doc) and alone and \
                doc[k].text.strip(".").lower() in COMPANY_ENDINGS and doc[k].text[:1].isupper():
            e = k + 1
        out.append((s, e, label, titles, nationality))
    return out


def without_tails(doc: "Doc", spans: list[Span]) -> list[Span]:
    """Words the tagger ran onto an organization's or place's name: people in the plural
    ("U.S. Army Soldiers"), a title closing it ("NASA Administrator", not "Attorney General"),
    what an owner's "'s" owns ("Qualcomm's 2011"), furniture glued on ("Department of Justice
    SealDepartment")."""
    out = []
    for s, e, label, titles, nationality in spans:
        if label in {"ORG", "GPE", "FAC", "LOC"}:
            e = _tail_cut(doc, s, e)
        elif label == "PERSON":   # "Blinken's Meeting" (a headline): the owner is the person
            owner = next((t for t in range(s + 1, e - 1) if doc[t].text in POSSESSIVES), None)
            if owner is not None and all(dictionary_word(doc[t].text) for t in range(owner + 1, e)):
                e = owner
        if s < e:
            out.append((s, e, label, titles, nationality))
    return out


def _tail_cut(doc: "Doc", s: int, e: int) -> int:
    owner = next((t for t in range(s + 1, e - 1) if doc[t].text in POSSESSIVES
                  and not doc[t + 1].is_title), None)
    if owner is not None:
        return owner  # "Qualcomm's 2011 acquisition": the owner alone is the name
    while e - s > 1 and (doc[e - 1].lower_ in PERSON_PLURALS or _glued_words(doc[e - 1].text)
                         or doc[e - 1].lower_ in FURNITURE):
        e -= 1
    last, before = doc[e - 1], doc[e - 2] if e - s > 1 else None
    if before is not None and is_title_word(last.text) and \
            last.lower_.strip(".") not in ORG_HEAD_TITLE_WORDS | ORG_HEAD_WORDS and \
            not is_title_word(before.text) and before.lower_ not in {"of", "the", "for"} and \
            ROLE_NOUN_ENDING.search(last.lower_.strip(".")):
        e -= 1  # "NASA Administrator", "Acme CEO" (but "the Office of the Attorney General")
    return e


def _glued_words(text: str) -> bool:
    """Two capitalized English words written as one ("SealDepartment"): text run together
    from a page's image caption and the line after it, not a name ("VimpelCom" is one)."""
    parts = re.findall(r"[A-Z][a-z]+", text)
    return len(parts) == 2 and "".join(parts) == text and all(
        len(p) > 3 and dictionary_word(p) for p in parts)


def split_owners(doc: "Doc", spans: list[Span]) -> list[Span]:
    """Two organizations joined by a possessive ("Customs Enforcement's Homeland Security
    Investigations") are two names; a one-word or title owner stays ("Attorney's Office",
    "Children's Hospital"), and so does a people owning the name ("Cambodian People's Party",
    "Pakistan People's Party")."""
    out = []
    for s, e, label, titles, nationality in spans:
        cut = next((t for t in range(s + 2, e - 1) if doc[t].text in POSSESSIVES), None)
        if label == "ORG" and cut is not None and not is_title_word(doc[cut - 1].text) and \
                doc[cut - 1].lower_ not in PEOPLE_OWNERS and \
                sum(t.is_title or t.is_upper for t in doc[s:cut]) >= 2:
            out += [(s, cut, "ORG", [], []), (cut + 1, e, "ORG", [], [])]
        elif label == "ORG" and _owner_surname(doc, s, e):
            out.append((s + 2, e, "ORG", [], []))   # "Palikaras' Metamaterial Inc.": his
        else:
            out.append((s, e, label, titles, nationality))
    return out


def _owner_surname(doc: "Doc", s: int, e: int) -> bool:
    """"Palikaras' Metamaterial Inc.": one capitalized word no dictionary knows and a bare
    apostrophe open the name, with two words or more after it; "Veterans' Affairs" and
    "McDonald's Corp." stay whole."""
    return e - s >= 4 and doc[s + 1].text in {"'", "\u2019"} and doc[s].is_title \
        and doc[s].text.endswith("s") and not dictionary_word(doc[s].text)


def split_units(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"the Criminal Division of the Department of Justice": a unit of a parent organization
    that is named in full after it is two organizations (the unit and its parent)."""
    out = []
    for s, e, label, titles, nationality in spans:
        company = doc[e - 1].lower_.strip(".") in COMPANY_ENDINGS  # "... for Qualcomm Inc."
        cut = next((t for t in range(s + 2, e - 1) if doc[t].lower_ in {"of", "for"}
                    and (doc[t - 1].lower_ in UNIT_WORDS and doc[t].lower_ == "of" or company)),
                   None)
        parent = cut + 2 if cut is not None and doc[cut + 1].lower_ == "the" else (
            cut + 1 if cut is not None else None)
        if label == "ORG" and parent is not None and parent < e and (company or
                doc[parent].lower_ in ORG_HEAD_WORDS or doc[e - 1].lower_ in ORG_HEAD_WORDS or
                any(doc[t].lower_ in ORG_HEAD_WORDS for t in range(parent, e))):
            out += [(s, cut, "ORG", [], []), (parent, e, "ORG", [], [])]
        else:
            out.append((s, e, label, titles, nationality))
    return out


def over_coordinated_owners(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"U.S. Immigration" | "and Customs Enforcement's": a name whose owner the tagger cut at
    its "and" runs on to the possessive, when both halves are common words in capitals (two
    companies are names: "Acme and Apex's")."""
    out = []
    for s, e, label, titles, nationality in spans:
        k = e + 1
        while k < len(doc) and k - e <= 3 and doc[k].is_title and dictionary_word(doc[k].text):
            k += 1
        if label == "ORG" and e < len(doc) and doc[e].lower_ == "and" and k - e >= 3 and \
                k < len(doc) and doc[k].text in POSSESSIVES and dictionary_word(doc[e - 1].text):
            e = k
        out.append((s, e, label, titles, nationality))
    return out


def over_bare_heads(doc: "Doc", spans: list[Span]) -> list[Span]:
    """A name the tagger cut down to its head word ("Hotel" of "the Dusit2 Hotel attack") runs
    back over the untagged capitalized words before it, a coined word with a digit included;
    a facility's head makes it a facility."""
    taken = _taken(spans)
    out: list[Span] = []
    for s, e, label, titles, nationality in spans:
        if e - s == 1 and label in {"ORG", "FAC"} and doc[s].lower_ in HEAD_WORDS:
            k = s
            while k > 0 and k - 1 not in taken and doc[k - 1].text[:1].isupper() and \
                    doc[k - 1].text.isalnum() and not doc[k - 1].is_sent_start and \
                    not is_title_word(doc[k - 1].text):
                k -= 1
            if k < s:
                label = "FAC" if doc[s].lower_ in FAC_HEAD_WORDS else label
            s = k
        out.append((s, e, label, titles, nationality))
    return out
