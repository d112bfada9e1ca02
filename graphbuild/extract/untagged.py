"""Names the tagger missed, cut short or mistyped, found by the way news writes them.

Each function takes one paragraph's Doc and its spans, `(start, end, label, titles,
nationality)` tuples of token indexes, and returns better spans; none knows any article's words:

* an untagged run of capitalized words ending in an organization's head word ("Goddard Space
  Flight Center", "District Court" after "United States") is an organization;
* a place followed by a force of its own ("Detroit" | "Police") is that force, an organization;
* "Office of the Attorney" | "General": a name cut inside a title runs over the title's rest;
* an organization owned by another one ("Customs Enforcement's Homeland Security
  Investigations") is two names, and an owner cut at its "and" ("U.S. Immigration" | "and
  Customs Enforcement's") runs over it;
* a person's name runs over a surname the tagger does not know ("Umaru Musa" | "Yar'Adua")
  and over a nickname in brackets ("Ramon (Ray) Lugo");
* a name set beside a person's role ("the Nigerian president, Ada Obi," / "Obi, a
  spokesman for ...") is a person, whatever the tagger called it.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graphbuild.extract.names import COMPANY_ENDINGS, ROLE_NOUN_ENDING, is_title_word
from graphbuild.extract.repair import extend_name
from graphbuild.ingest.headlines import dictionary_word
from graphbuild.knowledge.organizations import (CRAFT_WORDS, FAC_HEAD_WORDS, FORCE_WORDS,
                                                ORG_HEAD_WORDS, UNIT_WORDS)
from graphbuild.knowledge.furniture import FURNITURE
from graphbuild.knowledge.organizations import ORG_HEAD_TITLE_WORDS
from graphbuild.knowledge.people import NAME_PARTICLES, PERSON_NOUNS, PERSON_PLURALS
from graphbuild.knowledge.places import country_code

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

Span = tuple  # (start, end, label, titles, nationality)
MAX_RUN = 6  # capitalized words an untagged name may have
# A surname the tagger does not know: capitals on both sides of an apostrophe or hyphen.
COMPOUND_SURNAME = re.compile(r"^[A-Z][a-z]*['\u2019-][A-Z][a-z]+$")
POSSESSIVES = {"'s", "\u2019s", "'", "\u2019"}


def _capitalized(token: "Token") -> bool:
    """A capitalized word ("Goddard") or one in capitals ("OSPANOV", as charging papers write
    defendants' names), or a compound surname ("Yar'Adua")."""
    return (token.is_alpha and (token.is_title or token.is_upper and len(token) > 1)
            or COMPOUND_SURNAME.match(token.text) is not None)


def _taken(spans: list[Span]) -> set[int]:
    return {t for s, e, *_ in spans for t in range(s, e)}


def with_untagged_organizations(doc: "Doc", spans: list[Span]) -> list[Span]:
    """Untagged capitalized runs ending in an organization's head word ("Space Flight Center"),
    with a country's name just before them ("United States" | "District Court")."""
    taken = _taken(spans)
    added: list[Span] = []
    i = 0
    while i < len(doc):
        j = i
        while j < len(doc) and j - i < MAX_RUN and j not in taken and _capitalized(doc[j]) \
                and doc[j].pos_ == "PROPN" and not doc[j].ent_type_:
            j += 1
        run_end = j
        heads = ORG_HEAD_WORDS | FAC_HEAD_WORDS
        while j - i > 1 and doc[j - 1].lower_ not in heads:
            j -= 1  # "Public Corruption Task Force" | "Formed": a headline's verb after it
        kind = "FAC" if doc[j - 1].lower_ in FAC_HEAD_WORDS else "ORG"
        if j - i >= 2 and doc[j - 1].lower_ in heads and not doc[i].is_sent_start:
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
    "Children's Hospital")."""
    out = []
    for s, e, label, titles, nationality in spans:
        cut = next((t for t in range(s + 2, e - 1) if doc[t].text in POSSESSIVES), None)
        if label == "ORG" and cut is not None and not is_title_word(doc[cut - 1].text) and \
                sum(t.is_title or t.is_upper for t in doc[s:cut]) >= 2:
            out += [(s, cut, "ORG", [], []), (cut + 1, e, "ORG", [], [])]
        else:
            out.append((s, e, label, titles, nationality))
    return out


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


def joined_name_parts(doc: "Doc", spans: list[Span]) -> list[Span]:
    """Parts of one person's name that the tagger cut apart: a lone capitalized word typed as
    something else just before a person's name ("Abdirahman" | "Mohamed Warsame"), a name
    part after an apostrophe ("Mustaf" | "'Ato") and a lowercase particle ("Ahmed Abdi" |
    "aw-Mohamed", "bin Laden")."""
    by_start = {x[0]: x for x in spans}
    by_end = {x[1]: x for x in spans}
    out: list[Span] = []
    dropped: set[tuple[int, int]] = set()
    for span in spans:
        s, e, label, titles, nationality = span
        if label != "PERSON":
            continue
        before = by_end.get(s) or (by_end.get(s - 1) if s >= 1 and doc[s - 1].text in
                                   {"'", "\u2019"} and not doc[s - 1].whitespace_ else None)
        glued = before is not None and before[1] == s - 1  # "Mustaf" | "'" | "Ato"
        if before is not None and before[1] - before[0] == 1 and \
                (before[2] != "PERSON" or glued) and _lone_name_word(doc[before[0]]):
            dropped.add((before[0], before[1]))
            s = before[0]
        elif before is None and s > 0 and doc[s - 1].pos_ == "PROPN" and \
                not doc[s - 1].ent_type_ and _lone_name_word(doc[s - 1]):
            s -= 1  # "Abdiwali" | "Mohamed Farah": a first name the tagger left out
        after = by_start.get(e + 1)
        if e + 1 < len(doc) and doc[e].text in {"'", "\u2019"} and not doc[e].whitespace_ and \
                _capitalized(doc[e + 1]) and (after is None or after[1] == e + 2):
            if after is not None:  # "Mustaf" | "'" | "Adde" (tagged apart)
                dropped.add((after[0], after[1]))
            e += 2
        k = e
        if k < len(doc) and doc[k].lower_ in NAME_PARTICLES:
            k += 1
            if k < len(doc) and doc[k].text in {"-", "\u2010"}:
                k += 1
            if k < len(doc) and _capitalized(doc[k]) and not doc[k].ent_type_ and \
                    k not in by_start:
                e = k + 1
        out.append((s, e, label, titles, nationality))
    others = [x for x in spans if x[2] != "PERSON"]
    return sorted((x for x in out + others if (x[0], x[1]) not in dropped), key=lambda x: x[0])


def _lone_name_word(token: "Token") -> bool:
    """A capitalized word that names no place, no organization head and is no acronym."""
    return (token.is_title and token.is_alpha and not is_title_word(token.text)
            and token.lower_ not in ORG_HEAD_WORDS and not country_code(token.text)
            and not dictionary_word(token.text))


def over_surnames(doc: "Doc", spans: list[Span]) -> list[Span]:
    """A person's name runs over an untagged surname the tagger does not know ("Yar'Adua") and
    over a nickname in brackets before the surname ("Ramon (Ray) Lugo")."""
    taken = _taken(spans)
    out: list[Span] = []
    for s, e, label, titles, nationality in spans:
        if label == "PERSON":
            if e < len(doc) and e not in taken and COMPOUND_SURNAME.match(doc[e].text):
                e += 1
            elif e + 3 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and \
                    _capitalized(doc[e + 1]) and _capitalized(doc[e + 3]) and \
                    not is_title_word(doc[e + 3].text):
                e += 4  # the surname the tagger may have typed apart goes: spans overlap
            elif s >= 4 and doc[s - 1].text == ")" and doc[s - 3].text == "(" and \
                    _capitalized(doc[s - 2]) and _capitalized(doc[s - 4]) and \
                    doc[s - 4].pos_ == "PROPN" and not is_title_word(doc[s - 4].text):
                s -= 4  # "Tobias (Toby)" | "Renwick": the first name left untagged
        out.append((s, e, label, titles, nationality))
    return out


def people_by_apposition(doc: "Doc", spans: list[Span]) -> list[Span]:
    """Names set beside a person's role are people: "the Nigerian president, Ada Obi," (the
    tagger left the name untagged) and "Obi, a spokesman for ..." (tagged an organization;
    an untagged capitalized word just before it is the first name)."""
    taken = _taken(spans)
    out = []
    for s, e, label, titles, nationality in spans:
        if label in {"ORG", "GPE", "PERSON"} and _role_after(doc, e) and \
                not country_code(doc[s:e].text):
            first = _glued_word_start(doc, s - 1) if s > 0 and s - 1 not in taken else s
            word = doc[first:s].text
            if first < s and word.isalpha() and word.istitle() and not is_title_word(word) \
                    and not dictionary_word(word) and \
                    not any(t in taken or doc[t].ent_type_ for t in range(first, s)):
                s = first  # "Ima" (which the tokenizer may cut as "I" "m" "a") | "Niboro"
            label = "PERSON"
        out.append((s, e, label, titles, nationality))
    for start in range(1, len(doc) - 2):
        if start in taken or _capitalized(doc[start - 1]) or doc[start - 1].ent_type_:
            continue
        end = start
        while end < len(doc) and end - start < 4 and _capitalized(doc[end]) and \
                doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and end not in taken:
            end += 1
        if end - start >= 2 and end < len(doc) and doc[end].text == "," and (
                (doc[start - 1].text == "," and _role_before(doc, start - 1))
                or _role_after(doc, end)):
            out.append((start, end, "PERSON", [], []))
    return out


def _glued_word_start(doc: "Doc", i: int) -> int:
    """The first token of the written word that ends with token i (no space between tokens)."""
    while i > 0 and not doc[i - 1].whitespace_ and doc[i - 1].is_alpha:
        i -= 1
    return i


def _role_after(doc: "Doc", end: int) -> bool:
    """", a spokesman for", ", the former general director of": a role noun in apposition."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in {"a", "an", "the"}:
        return False
    head = None  # the last noun before the apposition's first preposition, clause or comma
    for token in doc[end + 2:min(len(doc), end + 8)]:
        if token.pos_ not in {"NOUN", "PROPN", "ADJ", "NUM", "DET"} or token.is_punct:
            break
        head = token
    return head is not None and (is_title_word(head.text) or head.lower_ in PERSON_NOUNS)


def _role_before(doc: "Doc", comma: int) -> bool:
    """"the Nigerian president," : a role noun with its article just before the comma."""
    head = doc[comma - 1] if comma > 0 else None
    if head is None or not head.text.islower() or not (is_title_word(head.text)
                                                        or head.lower_ in PERSON_NOUNS):
        return False
    return any(t.lower_ in {"the", "a", "an"} for t in doc[max(0, comma - 4):comma - 1])
