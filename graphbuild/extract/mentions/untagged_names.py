"""Names the tagger missed or mistyped, found by the words news writes around them (used by
`mentions` after the repairs of `untagged`):

* a company's legal form after untagged capitalized words ("HOUSTON - Globex Inc. fired ...",
  "three entities: Alpha Trading LLC, ...");
* the name between a company's title and its holder ("Acme CEO Jane Roe");
* a country the tagger cut short ("Sierra" | "Leone");
* a facility's word in lower case after a name ("the Ambacang hotel").
"""
from __future__ import annotations

import functools
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.names import is_title_word
from graphbuild.extract.tokens import values
from graphbuild.extract.mentions.untagged import (MAX_RUN, Span, _capitalized, _taken,
                                         with_untagged_organizations)
from graphbuild.ingest.headlines import dictionary_word
from graphbuild.knowledge.names import LEGAL_ENDINGS
from graphbuild.knowledge.organizations import COMPANY_DESCRIPTION_NOUNS, FAC_HEAD_WORDS
from graphbuild.knowledge.places import country_code, is_place_name

if TYPE_CHECKING:
    from spacy.tokens import Doc


def with_untagged_names(doc: "Doc", spans: list[Span]) -> list[Span]:
    """Organizations, companies and the companies of titles the tagger left out."""
    spans = with_untagged_companies(doc, with_untagged_organizations(doc, spans))
    spans = companies_after_titles(doc, companies_cut_before_forms(doc, spans))
    spans = companies_by_apposition(doc, spans)
    return with_facility_heads(doc, over_place_names(doc, companies_before_titles(doc, spans)))


# Facility words a name is written with in lower case ("the Ambacang hotel", "the Westgate
# shopping mall"); "port" and "base" often mean something else after a name.
LOWER_FAC_HEADS = FAC_HEAD_WORDS - {"port", "base", "square", "station", "tower"}


def with_facility_heads(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"the giant Ambacang hotel", "the Westgate shopping mall": a name the tagger took for a
    place or an organization, followed by a facility's word in lower case (perhaps with one
    more lower-case noun between), is the facility."""
    taken = _taken(spans)
    out = []
    for s, e, label, titles, nationality in spans:
        k = e + 1 if e + 1 < len(doc) and (t := doc[e]).text not in LOWER_FAC_HEADS \
            and t.is_lower and t.pos_ == "NOUN" else e
        if (label in {"GPE", "ORG", "LOC", "NORP"} or label == "PERSON" and e - s == 1) \
                and k < len(doc) and k not in taken \
                and e not in taken and (head := doc[k]).text in LOWER_FAC_HEADS \
                and head.pos_ == "NOUN" and doc[s].head.i in range(s, k + 1):
            e, label = k + 1, "FAC"
        out.append((s, e, label, titles, nationality))
    return out


def over_place_names(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"Sierra" | "Leone": a name the tagger cut before the rest of a known country's or
    place's name runs over it, and is that place."""
    taken = _taken(spans)
    out = []
    for s, e, label, titles, nationality in spans:
        for n in (2, 1):
            if e + n <= len(doc) and label != "PERSON" and doc[e].text[:1].isupper() and all(
                    k not in taken and _capitalized(doc[k]) for k in range(e, e + n)) \
                    and country_code(doc[s:e + n].text):
                e, label, titles = e + n, "GPE", []
                break
        out.append((s, e, label, titles, nationality))
    return out


@functools.lru_cache(maxsize=4)
def _legal_form_hashes(vocab) -> frozenset[int]:
    """The hashes of a legal form as written ("Inc.", "Inc", "INC", "LLC", "Ltd.")."""
    written = {f(e) + dot for e in LEGAL_ENDINGS for f in (str.capitalize, str.upper)
               for dot in ("", ".")}
    return frozenset(vocab.strings[w] for w in written)


def with_untagged_companies(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"HOUSTON - Globex Inc. fired ...", "designated three entities: Alpha Trading LLC, ...":
    capitalized words the tagger left untagged before a company's legal form are a company,
    even at the start of a sentence (a legal form is no headline word)."""
    # found on the text hashes (building a Token for every word costs more than the test)
    hashes = _legal_form_hashes(doc.vocab)
    forms = [k for k, orth in enumerate(values(doc, "ORTH")) if orth in hashes]
    if not forms:
        return spans
    taken = _taken(spans)
    added: list[Span] = []
    for k in forms:
        if k in taken:
            continue
        i = k
        while i > 0 and k - i < MAX_RUN - 1 and i - 1 not in taken \
                and _capitalized(doc[i - 1]) and doc[i - 1].pos_ in {"PROPN", "NOUN"}:
            i -= 1
        if i < k and not any(s <= k < e for s, e, *_ in added):
            added.append((i, k + 1, "ORG", [], []))
    return spans + added


def companies_cut_before_forms(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"Pishtazan Kavosh" | "Gostar Boshra" | ", LLC": the capitalized words before a comma
    and a legal form are one company's name, however the tagger cut and typed them (the legal
    form is the company's word, so every part of the run belongs to it)."""
    hashes = _legal_form_hashes(doc.vocab)
    forms = [k for k, orth in enumerate(values(doc, "ORTH")) if orth in hashes
             and k > 2 and doc[k - 1].text == ","]
    out = list(spans)
    for k in forms:
        i = k - 1
        while i > 0 and k - 1 - i < MAX_RUN and _capitalized(doc[i - 1]) and \
                doc[i - 1].pos_ == "PROPN":
            i -= 1
        inside = [x for x in out if i <= x[0] and x[1] <= k + 1]
        if i == k - 1 or any(x[0] < i < x[1] or x[0] < k - 1 < x[1] for x in out):
            continue  # no name before the comma, or a span runs across the run's edge
        out = [x for x in out if x not in inside] + [(i, k + 1, "ORG", [], [])]
    return out


def companies_by_apposition(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"Gazprom, the Russian energy giant, agreed ...": one to three capitalized words no
    dictionary knows, set before an apposition that calls them a company, are a company's
    name, though the tagger left them out (or took them for a person)."""
    taken = _taken(spans)
    out = list(spans)
    for comma in range(1, len(doc) - 3):
        if doc[comma].text != "," or doc[comma + 1].lower_ not in {"the", "a", "an"}:
            continue
        noun = next((t for t in doc[comma + 2:comma + 6] if t.pos_ not in {"ADJ", "NOUN",
                                                                             "PROPN"}), None)
        head = doc[noun.i - 1] if noun is not None and noun.i > comma + 2 else None
        if head is None or head.lower_ not in COMPANY_DESCRIPTION_NOUNS:
            continue
        start = comma
        while start > 0 and comma - start < 3 and doc[start - 1].pos_ == "PROPN" and \
                _capitalized(doc[start - 1]) and (start - 1) not in taken:
            start -= 1
        if start < comma and not any(dictionary_word(t.text) for t in doc[start:comma]) and \
                (start == 0 or not _capitalized(doc[start - 1])):
            out.append((start, comma, "ORG", [], []))
    return out


# Titles only a company gives ("Acme CEO Jane Roe"): the name before one is the company's.
COMPANY_TITLES = {"ceo", "cfo", "coo", "cto", "chairman", "chairwoman", "founder", "co-founder",
                  "cofounder", "spokesman", "spokeswoman", "spokesperson", "owner"}


# Titles held of an organization, never of a person ("chairman of Ebtekar Sanat Ilya").
HELD_OF_ORGANIZATIONS = COMPANY_TITLES - {"spokesman", "spokeswoman", "spokesperson"} | {
    "manager", "executive"}


def companies_after_titles(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"board chairman of Ebtekar Sanat Ilya", "chief executive of Gazprom": the name a company's
    title is held "of" is the company, though the tagger read its unfamiliar words as a person's
    name or as a place no gazetteer knows."""
    return [(s, e, "ORG", [], []) if s > 1 and doc[s - 1].lower_ == "of"
            and doc[s - 2].lower_ in HELD_OF_ORGANIZATIONS and (label == "PERSON" or label == "GPE"
                                                             and not is_place_name(doc[s:e].text))
            else (s, e, label, titles, nationality) for s, e, label, titles, nationality in spans]


def companies_before_titles(doc: "Doc", spans: list[Span]) -> list[Span]:
    """"Acme CEO Jane Roe", "Former Globex chairman John Doe": a name (one to three capitalized
    words) between a company's title and the person holding it is the company, whether the
    tagger took it for a person or left it out (a word any dictionary has, "Council", is then
    left alone)."""
    people = {s: e for s, e, label, *_ in spans if label == "PERSON"}
    ending = {e: i for i, (s, e, *_) in enumerate(spans)}
    out = list(spans)
    for start in people:
        k = start - 1
        if k < 1 or doc[k].lower_ not in COMPANY_TITLES:
            continue
        if k in ending:
            i = ending[k]
            s, e, label, titles, nationality = out[i]
            if label == "PERSON" and e - s <= 3 and all(_capitalized(t) for t in doc[s:e]):
                out[i] = (s, e, "ORG", [], [])
            continue
        j = k
        while j > 0 and k - j < 3 and _capitalized(doc[j - 1]) and doc[j - 1].pos_ == "PROPN" \
                and not is_title_word(doc[j - 1].text) and not (
                    doc[j - 1].is_sent_start and dictionary_word(doc[j - 1].text)):
            j -= 1      # a sentence's first word only when no dictionary has it ("Alibaba")
        if j < k and not any(dictionary_word(t.text) for t in doc[j:k]) \
                and not any(s < k and j < e for s, e, *_ in spans):
            out.append((j, k, "ORG", [], []))
    return out
