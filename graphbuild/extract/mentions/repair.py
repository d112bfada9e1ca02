"""Repair one entity span of a parsed paragraph: the token-level rules behind `mentions`.

spaCy's spans swallow titles ("Sen. Warren"), articles ("the Justice Department"), possessives
("Sessions'"), headline verbs ("Flynn Resigns") and stop short of a name's "of" part ("U.S.
District Court" | "for the Northern District of Alabama"). Each function here takes token
indexes in one Doc and returns better ones; none of them knows any article's words.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graphbuild.knowledge.places import country_code, country_of_demonym, is_place_name
from graphbuild.extract.mentions.names import (NAME_JOINERS, ROLE_NOUN_ENDING, acronym_form, acronyms,
                                      is_title_word)
from graphbuild.knowledge.organizations import ORG_HEAD_TITLE_WORDS, UNIT_NAME_HEADS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

LEADING_WORDS = {"the", "a", "an", "this", "that", "these", "those"}
# Prepositions through which an organization's name goes on ("Court for the District of ...").
NAME_PREPOSITIONS = {"of", "for", "on"}
MAX_TITLE_WORDS = 12  # a longer apposition is a clause, not a title
# Parts of speech a title word can have ("met" is a verb, not the Met).
TITLE_POS = {"NOUN", "PROPN", "ADJ"}
# Small words inside a title ("Secretary of State", "Minister for Foreign Affairs").
TITLE_JOINERS = {"of", "for", "on"}
# Entity types whose words never continue an organization's name ("on Thursday").
NOT_NAME_PARTS = {"DATE", "TIME", "PERSON", "MONEY", "PERCENT", "CARDINAL", "ORDINAL",
                  "QUANTITY", "NORP"}
# Legal forms that end a company's name ("Inc.", "Corp."): no "of ..." continues it.
LEGAL_FORMS = {"inc", "corp", "co", "llc", "ltd", "plc", "lp", "llp", "gmbh", "ag", "sa", "nv"}
# Dependencies of a noun phrase: a token in one is a name, whatever its part-of-speech tag.
NOMINAL_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "appos", "poss", "compound", "attr"}
# Words that, alone, point a direction rather than name a place ("North" of "North and South").
# A run of digits; two of them in one word make a reference number (see `is_reference_number`).
REFERENCE_DIGITS = re.compile(r"\d+")
COMPASS_WORDS = {"north", "south", "east", "west", "central", "northern", "southern", "eastern",
                 "western", "northeast", "northwest", "southeast", "southwest"}
# Ages a news story gives after a person's name ("Jane Roe, 27,").
MIN_AGE, MAX_AGE = 1, 115
EDGE_PUNCTUATION = set("\"'`\u201c\u201d\u2018\u2019,;:!?()[]{}-\u2013\u2014")


def trim_span(doc: "Doc", start: int, end: int, label: str) -> tuple[int, int, list[str]]:
    """Drop leading articles and titles, trailing possessives, punctuation and headline verbs.

    Returns the new (start, end) and the title words taken off the front (for people).
    """
    titles: list[str] = []
    while start < end and ((t := doc[start]).lower_ in LEADING_WORDS or _is_edge_punct(t)
                           or t.lower_ in {"'s", "\u2019s"}):
        start += 1  # "NASA's" | "'s Glenn Research Center": the owner's "'s" opens no name
    if label in {"GPE", "LOC"}:
        start = _without_direction(doc, start, end)
    if label == "PERSON":
        while end - start > 1 and (is_title_word((t := doc[start]).text) or
                                   (titles and t.lower_ in NAME_JOINERS)):
            titles.append(t.text)
            start += 1
    opened = next((i for i in range(start + 1, end) if doc[i].text == "("), None)
    if opened is not None and ")" not in {doc[i].text for i in range(opened, end)}:
        end = opened  # "United Self-Defense Forces of Colombia (AUC": the acronym is apart
    # "Office for the Western District of" | "Texas": a name cut before its last word ends in a
    # small word; without it, `extend_name` takes the "of ..." part in.
    while end > start and ((t := doc[end - 1]).tag_ == "POS" or _is_edge_punct(t)
                           or t.lower_ in {"'s", "\u2019s"} or
                           (end - start > 1 and t.lower_ in NAME_JOINERS)):
        end -= 1
    # "United States Government Here" ('s how you know), "Illicit Profits or": a function word
    # that is no name closes none
    while end - start > 1 and (t := doc[end - 1]).is_stop and t.pos_ not in {"PROPN", "NOUN"} \
            and not t.is_punct:
        end -= 1
    if label == "PERSON":  # "Flynn Resigns": a verb closing a person's name came from a headline
        while end - start > 1 and (t := doc[end - 1]).pos_ in {"VERB", "AUX"} and t.i > start \
                and t.dep_ not in NOMINAL_DEPS:
            end -= 1  # ... but a "verb" the parse uses as a noun is a surname ("Carl Denning")
    return start, end, titles


def _without_direction(doc: "Doc", start: int, end: int) -> int:
    """"Northeast of" | "Italy", "Central" | "Italy": a direction is no part of a country's
    name, but of a place's that is one ("South Korea", "Northern Ireland")."""
    if end - start < 2 or doc[start].lower_ not in COMPASS_WORDS:
        return start
    rest = start + 2 if doc[start + 1].lower_ == "of" else start + 1
    whole, country = doc[start:end].text, doc[rest:end].text
    if rest < end and country_code(country) and not country_code(whole) \
            and not is_place_name(whole):
        return rest
    return start


def _is_edge_punct(token: "Token") -> bool:
    return token.text in EDGE_PUNCTUATION or (token.is_punct and token.text != ".")


def extend_name(doc: "Doc", start: int, end: int) -> int:
    """Extend an organization's name over "of/for/on (the) Capitalized Words" that continue it.

    Only names whose last word is a capitalized common word ("Court", "Department") go on; an
    acronym ("FBI") or a name ending in lowercase does not ("the FBI of the ...").
    """
    last = doc[end - 1]
    if not last.is_title or last.is_upper or last.lower_.strip(".") in LEGAL_FORMS \
            or (end - start == 1 and last.lower_ in COMPASS_WORDS):
        return end  # "Acme Corp. of Boise": a company's legal form closes its name; a
        # direction is not ("Northeast" | "of Italy")
    i = end
    while i < len(doc) and doc[i].lower_ in NAME_PREPOSITIONS:
        j = i + 1
        if j < len(doc) and doc[j].lower_ == "the":
            j += 1
        k = j
        while k < len(doc) and _name_word(doc[k]):
            k += 1
        # "Criminal Division" | "of the Department of Justice": an organization of its own
        # (tagged apart) after the "of" is the parent, not the rest of the name
        if k == j or doc[k - 1].ent_type_ == "PERSON" or \
                doc[k - 1].lower_.strip(".") in LEGAL_FORMS or \
                (doc[j].ent_type_ == "ORG" and doc[j].ent_iob_ == "B") or \
                (doc[j - 1].ent_type_ == "ORG" and doc[j - 1].ent_iob_ == "B"
                 and doc[j - 1].lower_ == "the"):
            break
        end = i = k
    return end


def extend_to_acronym(doc: "Doc", start: int, end: int) -> int:
    """Extend a name over the capitalized words the tagger left out before its acronym in
    brackets: "Homeland Security" | "Investigations (HSI)" is one agency, as the acronym says."""
    k = end
    while k < len(doc) and k - end < MAX_ACRONYM_GAP and _name_word(doc[k]) and \
            not doc[k].ent_type_:
        k += 1
    if k == end or k + 2 >= len(doc) or doc[k].text != "(" or doc[k + 2].text != ")":
        return end
    letters = acronym_form(doc[k + 1].text)
    return k if letters and letters in acronyms(doc[start:k].text) else end


MAX_ACRONYM_GAP = 3  # words a name may run on before its bracketed acronym


def extend_over_possessive(doc: "Doc", start: int, end: int) -> tuple[int, int]:
    """Take in a possessive that is part of an organization's name.

    "U.S. Attorney's Office", "Children's Hospital": the tagger starts the name after "'s" when
    the owner is a capitalized common word that is no name of its own; the name then runs back
    over it and the capitalized words before it. "Russia's Foreign Ministry" stays as it is: its
    owner is a name. "Macy's" keeps its "'s" when no noun follows that it would own.
    """
    if start >= 2 and doc[start - 1].tag_ == "POS" and _owner_inside_name(doc[start - 2]):
        start -= 2
        limit = max(0, start - MAX_NAME_PREFIX)
        while start > limit and _name_prefix_word(doc[start - 1]):
            start -= 1
    elif _title_owner_at_start(doc, start, end):
        # "Florida Attorney" | "General's Office": the tagger took the owner in but cut the
        # title and place in front of it off; the name runs back over them.
        limit = max(0, start - MAX_NAME_PREFIX)
        while start > limit and _name_prefix_word(doc[start - 1]):
            start -= 1
    if end < len(doc) and doc[end].tag_ == "POS" and _span_root(doc, start, end).dep_ != "poss" \
            and not (end + 1 < len(doc) and doc[end + 1].pos_ in OWNED_POS):
        end += 1  # "Macy's said": no noun after it that the name would own
    return start, end


MAX_NAME_PREFIX = 4  # capitalized words taken in before the owner ("U.S. Attorney's")
OWNED_POS = {"NOUN", "PROPN", "ADJ", "NUM"}  # words a possessive "'s" owns ("Macy's shares")


def _owner_inside_name(token: "Token") -> bool:
    """A capitalized common word, untagged, owning the rest of a name ("Attorney's Office"); a
    name of its own owns what follows ("Russia's Foreign Ministry")."""
    return token.is_title and not token.ent_type_ and token.pos_ in {"PROPN", "NOUN"}


def _title_owner_at_start(doc: "Doc", start: int, end: int) -> bool:
    """The name opens with a title word owning the rest ("General's Office", "Sheriff's
    Office"): an office named after its holder, whose title the tagger may have cut."""
    return (start + 2 < end and doc[start + 1].tag_ == "POS" and doc[start].is_title
            and is_title_word(doc[start].text))


def _name_prefix_word(token: "Token") -> bool:
    """A capitalized word or abbreviation that goes on a name ("U.S.", "District"), not "The"."""
    return (token.text[:1].isupper() and token.lower_ not in LEADING_WORDS and
            (not token.is_punct) and token.ent_type_ not in NOT_NAME_PARTS)


def _name_word(token: "Token") -> bool:
    """A capitalized word that can go on a name ("Thursday" in "on Thursday" cannot)."""
    return ((token.is_title or (token.is_upper and token.is_alpha)) and not token.is_punct
            and token.ent_type_ not in NOT_NAME_PARTS)


def title_run(doc: "Doc", start: int) -> tuple[int, list[str], list[str]]:
    """The title written before a person's name ("Massachusetts Sen.", "Cuban President").

    Walks left over capitalized words, abbreviations and title words. Returns the index where
    the title starts, the title's words (places and nationalities in front left out, but a
    country's abbreviation kept: "U.S. Attorney" is one office) and the nationalities (NORP
    words) found in front of it.
    """
    i = start
    while i > 0:
        token = doc[i - 1]
        if token.ent_type_ == "PERSON" or (token.is_sent_start and
                                           not (token.is_title or is_title_word(token.text))):
            break
        lowercase_title = is_title_word(token.text) and token.pos_ in TITLE_POS
        if token.text == "." and i >= 2 and not doc[i - 2].whitespace_ and \
                is_title_word(doc[i - 2].text):
            i -= 2  # "Hon" "." split by the tokenizer
        elif lowercase_title or (token.is_title and not token.is_punct) or \
                (token.text.endswith(".") and token.text[:1].isupper()):
            i -= 1
        elif token.lower_ in TITLE_JOINERS and i < start and i - 2 >= 0 and \
                (doc[i - 2].is_title or is_title_word(doc[i - 2].text)):
            i -= 1
        else:
            break
        if doc[i].is_sent_start:
            break  # a title does not run back into the sentence before ("praised her.")
    words = list(doc[i:start])
    while words and words[0].ent_iob_ == "I":  # the walk stopped inside a name: not the title
        words = words[1:]
    last = words[-2] if len(words) > 1 and words[-1].text == "." else words[-1] if words else None
    if last is None or not (is_title_word(last.text) or _plural_title(last.text)):
        return start, [], []
    nationalities = []
    while words and (words[0].ent_type_ in {"GPE", "NORP", "LOC"} or _untagged_demonym(words[0])
                     or words[0].lower_ in NAME_JOINERS) and \
            (not is_title_word(words[0].text) or country_of_demonym(words[0].text)):
        if words[0].ent_type_ == "GPE" and country_code(words[0].text):
            break  # "U.S. Attorney", "U.S. District Judge": the country is part of the office
        if words[0].ent_type_ == "NORP" or _untagged_demonym(words[0]):
            nationalities.append(words[0].text)
        words = words[1:]
    text = doc[start - len(words):start].text if words else ""
    return start - len(words), [text] if text else [], nationalities


def _plural_title(word: str) -> bool:
    """A title shared by the names after it: "Assistant U.S. Attorneys A and B", "Sens."."""
    word = word.rstrip(".")
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and \
        is_title_word(word[:-1])


def _untagged_demonym(token: "Token") -> bool:
    """A nationality word the tagger left untagged ("British" in "British Prime Minister")."""
    return not token.ent_type_ and country_of_demonym(token.text) is not None


def is_name_modifier(doc: "Doc", start: int, end: int) -> bool:
    """A name used to modify a common noun ("the Trump campaign", "Trump surrogates").

    The phrase names something else than the person, so it is not a mention of them.
    """
    last = doc[end - 1]
    head = last.head
    return (last.dep_ in {"compound", "nmod", "amod"} and head.i >= end and head.pos_ == "NOUN"
            and head.text[:1].islower()     # not "named [Abdalla Hamdok] prime minister":
            and not (head.dep_ in {"oprd", "xcomp"} and is_title_word(head.text)))


def appositive_titles(doc: "Doc", start: int, end: int) -> list[str]:
    """Roles set beside a person's name by commas: "Sessions, then the junior senator from
    Alabama," and "The ranking Democrat on the House Intelligence Committee, Rep. Adam Schiff".

    Only an apposition headed by a role noun counts ("senator", "director", "Democrat").
    """
    root = _span_root(doc, start, end)
    found = []
    for child in root.children:
        if child.dep_ == "appos" and child.i >= end and _is_role_head(child):
            found.append(_phrase(doc, child.left_edge.i, child.right_edge.i + 1))
    head = root.head
    if root.dep_ == "appos" and head.i < start and _is_role_head(head) and \
            head.ent_type_ in {"", "NORP"}:
        comma = next((i for i in range(start - 1, max(head.i, start - 8), -1)
                      if doc[i].text == ","), None)  # the name's own title lies after it
        if comma is not None:
            found.append(_phrase(doc, head.left_edge.i, comma))
    return [f for f in found if f and len(f.split()) <= MAX_TITLE_WORDS]


def _span_root(doc: "Doc", start: int, end: int) -> "Token":
    for token in doc[start:end]:
        if not start <= token.head.i < end or token.head.i == token.i:
            return token
    return doc[end - 1]


def _is_role_head(token: "Token") -> bool:
    return token.pos_ in {"NOUN", "PROPN"} and (
        is_title_word(token.text) or bool(ROLE_NOUN_ENDING.search(token.lower_))
        or token.ent_type_ == "NORP")


def _phrase(doc: "Doc", start: int, end: int) -> str:
    """The words of a role phrase without leading articles, "then" and edge punctuation."""
    while start < end and (doc[start].lower_ in LEADING_WORDS | {"then", "now", "also"}
                           or doc[start].is_punct or doc[start].tag_ == "PRP$"):
        start += 1
    while end > start and doc[end - 1].is_punct:
        end -= 1
    return doc[start:end].text if start < end else ""


def is_aged_name(doc: "Doc", start: int, end: int) -> bool:
    """A name set off by an age ("Jane Roe, 27, was ..."): news gives ages to people only.

    The tagger often calls an unfamiliar person's name an organization; the bare number in
    commas after it says otherwise. A company name (legal form) never takes an age.
    """
    if end + 2 > len(doc) or doc[end].text != "," or not doc[end + 1].like_num:
        return False
    after = doc[end + 2] if end + 2 < len(doc) else None
    if after is not None and after.text not in {",", ".", ";"}:
        return False                            # "Acme, 40 years old" / "Acme, 27 stores"
    try:
        age = int(doc[end + 1].text)
    except ValueError:
        return False
    words = [t for t in doc[start:end] if not t.is_punct]
    return (MIN_AGE <= age <= MAX_AGE and 2 <= len(words) <= 4
            and all(t.text[:1].isupper() for t in words)
            and words[-1].lower_.strip(".") not in LEGAL_FORMS)


def is_proper_name(doc: "Doc", start: int, end: int) -> bool:
    """Whether a span can name an entity: some capitalized word, and more than a compass word.

    The tagger marks descriptions ("city council member") and the first half of an elided
    coordination ("North" of "North and Central America"); neither names anything.
    """
    words = [t for t in doc[start:end] if not t.is_punct]
    if not any(t.text[:1].isupper() for t in words) or is_reference_number(doc[start:end].text):
        return False
    return not (len(words) == 1 and words[0].text.lower() in COMPASS_WORDS)


def is_reference_number(text: str) -> bool:
    """Whether a span is a case, docket or reference number ("SA11CR616", "1:19-cr-00123",
    "SA-19-CR-0042"): one unspaced word with letters and two runs of digits or more. A model
    name or a group has one run ("F-16", "G20", "3M", "COVID-19") and stays a name, and a
    date-like name without letters ("9/11") is left to the tagger."""
    text = text.strip()
    return (" " not in text and any(c.isalpha() for c in text)
            and len(REFERENCE_DIGITS.findall(text)) >= 2)


def split_alternatives(doc: "Doc", start: int, end: int) -> list[tuple[int, int]]:
    """"Vance or Harborview" is two names: no entity's name runs through "or"."""
    parts, begin = [], start
    for t in doc[start:end]:
        if t.text.lower() == "or" and t.dep_ == "cc":
            parts.append((begin, t.i))
            begin = t.i + 1
    parts.append((begin, end))
    return [(a, b) for a, b in parts if a < b]


def split_owned_unit(doc: "Doc", start: int, end: int) -> list[tuple[int, int]]:
    """"Acme's North America Sales Department" is two names, the owner and its unit, when the
    owner is a name of its own (not a title: "U.S. Attorney's Office") and the rest is named
    as a unit. Returns the owner's and the unit's spans, or none."""
    for k in range(start + 1, end - 1):
        if doc[k].lower_ in {"'s", "\u2019s"}:
            owner = doc[start:k]
            # the unit's head word ends its name or comes before its "of" ("Bureau of ...")
            head = next((t.i for t in doc[k + 1:end] if t.lower_ == "of"), end)
            if doc[head - 1].lower_ in UNIT_NAME_HEADS and head - 1 > k and \
                    all(t.pos_ == "PROPN" and not is_title_word(t.text) for t in owner):
                return [(start, k), (k + 1, end)]
            return []
    return []


def without_title_before_person(doc: "Doc", start: int, end: int) -> int:
    """The end of a name that ran into the title of the person named next: "Montgomery County
    Prosecutor" | "Jane Roe" is the county, then the prosecutor's title (which `title_run`
    gives the person); "Acme-OIG Special" | "Agent in Charge Jane Roe" and "Ohio State Patrol
    Col" | ". Jane Roe" lose the title's first word. A word that also ends an organization's
    name stays ("State Police" | "Chief Jane Roe")."""
    k, n = end, len(doc)
    while k < n and k - end < MAX_TITLE_WORDS and (t := doc[k]).ent_type_ != "PERSON" and (
            is_title_word(t.text) or t.lower_ in TITLE_JOINERS or t.lower_ == "in"
            or t.text == "."):
        k += 1
    if k >= n or doc[k].ent_type_ != "PERSON" or doc[k].ent_iob_ != "B":
        return end
    while end - start > 1 and is_title_word((t := doc[end - 1]).text) and \
            t.lower_.strip(".") not in ORG_HEAD_TITLE_WORDS:
        end -= 1
    return end
