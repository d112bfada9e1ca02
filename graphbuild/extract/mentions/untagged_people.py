"""People's names the tagger missed, cut apart or mistyped, found by the way news writes them.

The same span tuples as `untagged` (token indexes of one paragraph's Doc):

* a person's name runs over a surname the tagger does not know ("Umaru Musa" | "Yar'Adua")
  and over a nickname in brackets ("Ramon (Ray) Lugo");
* a name set beside a person's role ("the Nigerian president, Ada Obi," / "Obi, a
  spokesman for ...") is a person, whatever the tagger called it;
* a name run onto an organization or a nationality before it is split off ("National
  Security Council Saeed Jalili", "Mexican National Ana Cruz");
* parts of one name cut apart are joined ("Abdirahman" | "Mohamed Warsame", "Mustaf" |
  "'Ato", "Ahmed Abdi" | "aw-Mohamed").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.names import is_title_word
from graphbuild.extract.mentions.untagged import COMPOUND_SURNAME, Span, _capitalized, _taken, capitalized
from graphbuild.ingest.headlines import dictionary_word
from graphbuild.knowledge.organizations import ORG_HEAD_WORDS
from graphbuild.knowledge.people import NAME_PARTICLES, PERSON_NOUNS
from graphbuild.knowledge.words import APPOINTMENT_VERBS
from graphbuild.knowledge.given_names import FEMALE_NAMES, MALE_NAMES
from graphbuild.knowledge.places import country_code, country_of_demonym, is_place_name

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

INITIAL = re.compile(r"^[A-Z]\.$")


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
                not doc[s - 1].ent_type_ and (_lone_name_word(doc[s - 1]) or _given_before_initial(
                    doc, s)):
            s -= 1  # "Abdiwali" | "Mohamed Farah": a first name the tagger left out
        tail = by_start.get(e)
        if tail is not None and tail[1] - tail[0] == 1 and tail[2] not in {"PERSON", "GPE"} \
                and e - s >= 2 and doc[e - 1].whitespace_ and _lone_name_word(doc[e]):
            dropped.add((tail[0], tail[1]))
            e += 1  # "Bilawal Bhutto" | "Zardari": a surname the tagger typed apart
        elif tail is None and e < len(doc) and doc[e - 1].dep_ == "compound" and \
                doc[e - 1].head.i == e and doc[e].pos_ == "PROPN" and not doc[e].ent_type_ \
                and _capitalized(doc[e]) and not is_title_word(doc[e].text):
            e += 1  # "Amy Berman" | "Jackson": the surname the parser makes the name's head
        elif tail is None and _abbreviation_closing_name(doc, e):
            e += 1  # "Prime Minister Hun" | "Sen.": a title's abbreviation with no name after it
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


def _abbreviation_closing_name(doc: "Doc", e: int) -> bool:
    """"Hun Sen." at a sentence's end, "Hun Sen. met ...": a word written like a title's
    abbreviation right after a name, with no name after it, is the name's last word (a title
    always comes before the name it is given)."""
    if e >= len(doc) or not doc[e].text.endswith(".") or not is_title_word(doc[e].text) or \
            not doc[e].text[:1].isupper() or len(doc[e].text) < 3:
        return False
    nxt = doc[e + 1] if e + 1 < len(doc) else None
    return nxt is None or nxt.is_punct or nxt.text[:1].islower()


def _given_before_initial(doc: "Doc", s: int) -> bool:
    """"Antony" | "J. Blinken": a name does not open with its middle initial, so the
    capitalized word before one is the given name (even one that is also an English word),
    unless it is a title ("Secretary J. Roe")."""
    word = doc[s - 1]
    return bool(INITIAL.match(doc[s].text)) and word.is_title and word.is_alpha \
        and not is_title_word(word.text) and word.lower_ not in ORG_HEAD_WORDS


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
            elif e + 1 < len(doc) and doc[e].text == "-" and not doc[e - 1].whitespace_ \
                    and not doc[e].whitespace_ and _capitalized(doc[e + 1]) \
                    and e + 1 not in taken:
                e += 2  # "Ellen Johnson" | "-Sirleaf": a hyphenated surname the tagger cut
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
        if label in {"ORG", "GPE", "PERSON"} and (_role_after(doc, e) or label == "ORG" and s > 1
                                                  and doc[s - 1].text == "," and
                                                  _kin_before(doc, s - 1)) and \
                not country_code(doc[s:e].text):
            first = _glued_word_start(doc, s - 1) if s > 0 and s - 1 not in taken else s
            word = doc[first:s].text
            if first < s and word.isalpha() and word.istitle() and not is_title_word(word) \
                    and not dictionary_word(word) and \
                    not any(t in taken or doc[t].ent_type_ for t in range(first, s)):
                s = first  # "Ima" (which the tokenizer may cut as "I" "m" "a") | "Niboro"
            label = "PERSON"
        out.append((s, e, label, titles, nationality))
    caps = capitalized(doc)
    for start in range(1, len(doc) - 2):
        if not caps[start] or start in taken or caps[start - 1] or \
                doc[start].ent_type_ or doc[start - 1].ent_type_:
            continue
        end = start
        while end < len(doc) and end - start < 4 and caps[end] and \
                doc[end].pos_ == "PROPN" and not doc[end].ent_type_ and end not in taken:
            end += 1
        if end - start >= 2 and end < len(doc) and doc[end].text == "," and (
                (comma := _comma_before(doc, start)) is not None and _role_before(doc, comma)
                or _role_after(doc, end)):
            out.append((start, end, "PERSON", [], []))
    return out


def people_after_titles(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"sentenced former Venezuelan treasurer Alejandro Andrade to ...", "before U.S. District
    Judge Ana Ruiz of": two or three untagged capitalized proper nouns right after a role noun
    are the name of the person who holds it (no organization's or place's word among them, and
    not only English words: "Judge Court House" names no one)."""
    taken = _taken(spans)
    out = list(spans)
    for k in range(1, len(doc) - 2):
        role = doc[k - 1]
        named = role.pos_ == "VERB" and role.lemma_.lower() in APPOINTMENT_VERBS  # "named X premier"
        if not named and not (role.pos_ in {"NOUN", "PROPN"} and is_title_word(role.text) and (
                role.text.islower() or role.is_title and not role.is_sent_start)):
            continue
        end = k
        while end < len(doc) and end - k < 3 and doc[end].pos_ == "PROPN" and \
                _capitalized(doc[end]) and not doc[end].ent_type_ and end not in taken:
            end += 1
        if named and (end == len(doc) or not (doc[end].text.islower() and
                                              is_title_word(doc[end].text))):
            continue        # after a verb, only a name its title follows ("named X prime minister")
        if end - k >= 2 and (end == len(doc) or not _capitalized(doc[end])) and not any(
                t.lower_ in ORG_HEAD_WORDS or is_title_word(t.text) or is_place_name(t.text)
                for t in doc[k:end]) and not all(dictionary_word(t.text) for t in doc[k:end]):
            out.append((k, end, "PERSON", [], []))
    return out


ROMAN_NUMERALS = {"II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"}


def listed_and_regnal_people(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"officials Delcy Rodriguez, Diosdado Cabello and Tareck El Aissami": an untagged run of
    two or three capitalized proper nouns listed between people's names is a person too; and
    "King Abdullah II": a name after a title, closed by a regnal numeral, is the person's."""
    taken = _taken(spans)
    people_end = {e for _, e, label, *_ in spans if label == "PERSON"}
    people_start = {s for s, _, label, *_ in spans if label == "PERSON"}
    out = list(spans)
    for k in range(1, len(doc) - 2):
        end = k + 1
        while end < len(doc) and end - k <= 3 and doc[end].pos_ == "PROPN" and \
                _capitalized(doc[end]) and end not in taken and not is_title_word(doc[end].text) \
                and doc[end].text not in ROMAN_NUMERALS:
            end += 1
        run = end - k - 1
        if doc[k].text == "," and k in people_end and 2 <= run <= 3 and end < len(doc) and \
                (doc[end].text == "," or doc[end].lower_ == "and" and end + 1 in people_start):
            out.append((k + 1, end, "PERSON", [], []))
        elif is_title_word(doc[k].text) and doc[k].is_title and 1 <= run <= 2 and \
                end < len(doc) and doc[end].text in ROMAN_NUMERALS and end not in taken:
            out.append((k + 1, end + 1, "PERSON", [doc[k].text], []))
    return out


def people_appointed_as(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"appointed Mthuli Ncube as finance minister": a name that a verb appoints (its object or
    subject) followed by "as" and a person's title is a person, whatever unknown place or
    company the tagger took it for."""
    out = []
    for s, e, label, titles, nationality in spans:
        if label in {"GPE", "ORG"} and e + 1 < len(doc) and doc[e].lower_ == "as" and \
                any(t.pos_ == "NOUN" and t.text.islower() and is_title_word(t.text)
                    for t in doc[e + 1:e + 4]) and not country_code(doc[s:e].text) \
                and not is_place_name(doc[s:e].text) and doc[s].text[:1].isupper() \
                and doc[e - 1].dep_ in {"dobj", "nsubjpass", "nsubj"}:  # not "Greenbelt, Md. as"
            label = "PERSON"
        out.append((s, e, label, titles, nationality))
    return out


def _comma_before(doc: "Doc", start: int) -> int | None:
    """The comma that opens an apposition starting at `start`, over an article that belongs to
    the name ("Tibet's spiritual leader, the Dalai Lama," as "the president, Ada Obi,")."""
    if start >= 1 and doc[start - 1].text == ",":
        return start - 1
    if start >= 2 and doc[start - 1].lower_ == "the" and doc[start - 2].text == ",":
        return start - 2
    return None


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
    """"the Nigerian president," / "Tibet's spiritual leader,": a role noun with its article or
    its owner just before the comma."""
    head = doc[comma - 1] if comma > 0 else None
    if head is None or not head.text.islower() or not (is_title_word(head.text)
                                                        or head.lower_ in PERSON_NOUNS):
        return False
    return any(t.lower_ in {"the", "a", "an", "'s", "\u2019s"} or t.tag_ == "PRP$"
               for t in doc[max(0, comma - 4):comma - 1])


def _kin_before(doc: "Doc", comma: int) -> bool:
    """"Lopez's wife," / "his spokeswoman,": a person's noun owned by someone before the
    comma (an organization has no wife)."""
    head = doc[comma - 1]
    return head.lower_ in PERSON_NOUNS and comma > 1 and (
        doc[comma - 2].tag_ in {"POS", "PRP$"} or doc[comma - 2].lower_ in {"'s", "\u2019s"})


GIVEN_NAMES = FEMALE_NAMES | MALE_NAMES
# Nouns for a person after a nationality ("Mexican national Ana Cruz"): no organization.
CITIZEN_NOUNS = {"national", "citizen", "resident"}
MAX_GLUED_NAME = 4  # words of a person's name the tagger ran onto an organization's


def split_glued_people(doc: "Doc", spans: list[Span]) -> list[Span]:
    """A person's name the tagger ran onto what comes before it, with no "'s" between: "National
    Security Council Saeed Jalili" is the council, then the person; "Mexican National Ana Cruz"
    is a person (the nationality says where from, "national" what she is)."""
    out: list[Span] = []
    for span in spans:
        s, e, label, titles, nationality = span
        k = _glued_person_start(doc, s, e) if label in {"ORG", "NORP"} else None
        if k is None:
            out.append(span)
        elif doc[k - 1].lower_ in CITIZEN_NOUNS:
            out.append((k, e, "PERSON", titles, [doc[s].text]))
        else:
            out += [(s, k, label, [], []), (k, e, "PERSON", [], [])]
    return out


def _glued_person_start(doc: "Doc", s: int, e: int) -> int | None:
    """Where a person's name starts inside span `s:e`: after an organization's head word
    ("Council") or a nationality's citizen noun, a run of capitalized words to the end of the
    span that are no organization, title or place words, the first of them a given name or
    no common word ("Saeed"; "Hospitals" of "University Hospitals Cleveland" is one)."""
    for k in range(max(s + 1, e - MAX_GLUED_NAME), e - 1):
        head = doc[k - 1].lower_
        citizen = head in CITIZEN_NOUNS and k - 1 == s + 1 and \
            country_of_demonym(doc[s].text) is not None
        if head not in ORG_HEAD_WORDS and not citizen:
            continue
        run = doc[k:e]
        if all(t.is_title and t.is_alpha and t.lower_ not in ORG_HEAD_WORDS
               and not is_title_word(t.text) and not is_place_name(t.text) for t in run) and \
                (run[0].lower_ in GIVEN_NAMES or not dictionary_word(run[0].text)):
            return k
    return None
