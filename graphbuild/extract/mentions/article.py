"""Entity mentions from spaCy's named entities, repaired, with offsets into the article.

Per paragraph, each NER span is trimmed (articles, titles, possessives, headline verbs), names of
organizations are extended over their "of ..." part and a possessive inside them ("U.S.
Attorney's Office"), roles ("National Security Adviser") are not names, and the title written
before a person ("Massachusetts Sen.", "U.S. Attorney") goes into `titles`; a country named in
the title is part of it, a nationality in front of it is a mention of that country ("French
President"). Then, over the whole article:

* the dateline city ("WASHINGTON, D.C. (CBS) --"), a city before a state ("Gadsden, Ala.") and
  a city with its district ("Washington, D.C.") are places, and a name the tagger ran into the
  dateline is cut off from it (see `place_mentions`);
* acronyms of titles used in the article ("AG" for "Attorney General") are titles, not names;
* a single word that is a person's name elsewhere in the article is a person ("Warren" tagged
  ORG), and occurrences of known names that the tagger missed are added;
* a person's name modifying a noun ("the Trump campaign") is not a mention of that person;
* other nationalities (NORP) are never mentions: in front of a person, `nationality`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.ingest.headlines import dictionary_word
from graphbuild.knowledge.places import country_code, country_of_demonym, is_place_name
from graphbuild.records import NODE_TYPES, Article, Paragraph
from graphbuild.extract.mentions import untagged
from graphbuild.extract.mentions import untagged_names
from graphbuild.extract.mentions import untagged_people
from graphbuild.knowledge.furniture import FURNITURE
from graphbuild.knowledge.organizations import ORG_HEAD_WORDS
from graphbuild.knowledge.people import COUNTRY_OFFICES
from graphbuild.extract.mentions.title_countries import with_title_countries
from graphbuild.extract.mentions.non_names import (without_adjective_openers, without_country_pairs,
                                                   without_document_titles)
from graphbuild.extract.mentions.spans import Mention, make_mention
from graphbuild.extract.tokens import texts
from graphbuild.extract.mentions.place_mentions import (place_by_kind, state_demonyms, with_cities_of_states,
                                              with_dateline, with_districts, with_governments,
                                              with_regions_of_places)
from graphbuild.extract.mentions.names import (acronym_form, acronyms, is_role_phrase, is_title_word,
                                      is_title_words, without_company_ending)
from graphbuild.extract.mentions.repair import (appositive_titles, extend_name, extend_over_possessive,
                                       extend_to_acronym, is_aged_name, is_name_modifier,
                                       is_proper_name, split_alternatives, split_owned_unit,
                                       without_title_before_person,
                                       title_run, trim_span)

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Entity labels read from the tagger: node types, and nationalities kept as attributes.
READ_LABELS = set(NODE_TYPES) | {"NORP"}
# Dependencies of a word that is a noun phrase of its own ("Doe will step down").
NAME_DEPENDENCIES = {"nsubj", "nsubjpass", "dobj", "pobj", "poss", "appos", "conj", "attr"}
# Participles that make the name hyphenated to them a place ("Denver-based", "Ohio-born").
PLACE_PARTICIPLES = {"based", "born", "headquartered"}
MAX_NAME_WORDS = 6  # "Luiz Inacio Lula da Silva"
DEMONYM_GAP = 3  # words allowed between a nationality and the title it qualifies ("and", a GPE)


def article_mentions(article: Article, parsed: list[tuple[Paragraph, "Doc"]]) -> list[Mention]:
    """All node-type entity mentions of an article, repaired, in text order."""
    found: list[Mention] = []
    for index, (para, doc) in enumerate(parsed):
        found.extend(paragraph_mentions(article, para, doc, index))
    from graphbuild.extract.mentions.headwords import without_headline_openers  # it reads entities
    found = without_adjective_openers(parsed, without_headline_openers(article, parsed, found))
    found = without_country_pairs(without_document_titles(parsed, found))
    found = with_dateline(article, parsed, found)
    found = with_cities_of_states(article, parsed, found)
    found = with_regions_of_places(article, parsed, found)
    found = with_districts(parsed, found)
    found = _without_title_acronyms(article, parsed, found)
    found = _retype_person_names(found)
    found = with_governments(article, parsed, found)
    found = with_title_countries(article, parsed, found)    # "Philippine President X"
    found = _with_missed_names(article, parsed, found)
    found = [m for m in found if not _modifies_noun(parsed, m)
             and " ".join(m.text.lower().split()) not in FURNITURE]
    return sorted((m for m in found if m.type in NODE_TYPES),
                  key=lambda m: (m.start, -m.end))


def paragraph_mentions(article: Article, para: Paragraph, doc: "Doc",
                       index: int) -> list[Mention]:
    """The repaired mentions of one paragraph's entities (NORP included, for now)."""
    spans: list[tuple[int, int, str, list[str], list[str]]] = []
    title_spans: list[tuple[int, int]] = []
    demonyms: set[int] = set()  # starts of nationality words that are mentions of a country
    for ent in doc.ents:
        label = _honored_person(doc, ent.start, ent.label_)
        if label not in READ_LABELS:
            continue
        start, end, titles = trim_span(doc, ent.start, ent.end, label)
        if start >= end:
            continue
        if label in {"ORG", "FAC"}:
            start, end = extend_over_possessive(doc, start, end)
        if label in {"ORG", "FAC", "LOC"}:  # "Southern District" | "of Ohio"
            end = extend_name(doc, start, end)
        if label == "ORG":
            end = extend_to_acronym(doc, start, end)
        if label in {"ORG", "GPE", "FAC", "LOC"}:
            end = without_title_before_person(doc, start, end)
        if not is_proper_name(doc, start, end):
            continue
        parts = split_owned_unit(doc, start, end) if label == "ORG" else []  # "Acme's Division"
        if label != "PERSON" and len(parts := parts or split_alternatives(doc, start, end)) > 1:
            spans += [(a, b, label, [], []) for a, b in parts if is_proper_name(doc, a, b)]
            continue
        text = doc[start:end].text
        if label != "NORP" and is_role_phrase(text):
            continue  # "National Security Adviser" is a role, not an organization
        if is_aged_name(doc, start, end):
            label = "PERSON"
        nationality: list[str] = []
        if label == "PERSON":
            title_start, before, nationality = title_run(doc, start)
            titles = [" ".join(before + titles)] if before or titles else []
            titles += appositive_titles(doc, start, end)
            if before:
                title_spans.append((title_start, start))
            for span in _untagged_demonyms(spans, doc, title_start, nationality):
                spans.append(span)
                demonyms.add(span[0])
            demonyms.update(_demonyms_before(spans, doc, title_start, nationality))
        label = place_by_kind(doc, start, _place_by_participle(doc, end, label))
        spans.append((start, end, label, titles, nationality))
    # "National Security" inside "Deputy National Security Adviser Ben Rhodes" is the title, and
    # so is the country of "U.S. Attorney Paul Doe": the office's name, not a mention of the place.
    # "U.S. Vice President X" keeps the country: the office is the country's (see roles).
    # (No title written before a person: nothing is inside one, and no span's text is read.)
    spans = [s for s in spans if not title_spans or not (
                                      s[2] != "PERSON" and _part_of_title(doc[s[0]:s[1]].text)
                                      and any(a <= s[0] and s[1] <= b and not (
                                          country_code(doc[s[0]:s[1]].text) and
                                          doc[b - 1].lower_ in COUNTRY_OFFICES)
                                              for a, b in title_spans))]
    demonyms.update(state_demonyms(doc, spans))     # "Venezuelan intelligence agents"
    spans = [(s, e, "GPE" if s in demonyms else label, titles, nationality)
             for s, e, label, titles, nationality in spans]
    spans = _repaired_by_form(doc, spans)
    forces = untagged.forces_in_titles(doc, spans, title_spans)  # "Army" of "Army Gen. Roe"
    spans += forces
    force_starts = {(a, b) for a, b, *_ in forces}
    spans = _without_overlaps(_joined_names(_with_country_prefixes(spans, doc)))
    return [make_mention(article, para, doc, index, s, e, label, titles, nationality,
                     "demonym" if s in demonyms else "force" if (s, e) in force_starts
                     else "ner")
            for s, e, label, titles, nationality in spans]


def _honored_person(doc: "Doc", start: int, label: str) -> str:
    """"The Honorable Jed Roe" read as a title of a work is a person: an honorific opens it."""
    if label == "WORK_OF_ART":
        words = [t for t in doc[start:start + 3] if t.lower_ not in {"the", "."}]
        if words and is_title_word(words[0].text) and words[0].text[:1].isupper():
            return "PERSON"
    return label


def _repaired_by_form(doc: "Doc", spans: list[tuple]) -> list[tuple]:
    """Names the tagger missed, cut or mistyped, found by how news writes them (`untagged`)."""
    spans = untagged.without_tails(doc, untagged.over_bare_heads(doc, spans))
    spans = untagged.split_units(doc, untagged.over_legal_forms(doc, spans))
    spans = untagged.split_listed(doc, untagged.over_glued_acronyms(doc, spans))
    spans = untagged.split_owners(doc, untagged.over_coordinated_owners(doc, spans))
    spans = untagged.over_cut_titles(doc, untagged.with_forces_of_places(doc, spans))
    spans = untagged.over_cut_modifiers(doc, spans)
    spans = untagged_people.people_after_titles(doc, untagged_people.people_appointed_as(
        doc, untagged_people.listed_and_regnal_people(doc, spans)))
    spans = untagged_people.over_surnames(doc, untagged_people.people_by_apposition(doc, spans))
    spans = untagged_people.joined_name_parts(doc, untagged_people.split_glued_people(doc, spans))
    return untagged.crafts_and_missions(doc, untagged_names.with_untagged_names(doc, spans))


def _place_by_participle(doc: "Doc", end: int, label: str) -> str:
    """"a Maribor-based supplier", "Ohio-born": the name before the participle is a place,
    whatever the tagger said (it often reads an unfamiliar town as an organization)."""
    if label in {"ORG", "PERSON"} and end + 1 < len(doc) and doc[end].text == "-" and \
            doc[end + 1].lower_ in PLACE_PARTICIPLES:
        return "GPE"
    return label


def _untagged_demonyms(spans: list[tuple], doc: "Doc", title_start: int,
                       nationality: list[str]) -> list[tuple]:
    """Spans for the nationality words in front of a title that the tagger left untagged."""
    taken = {t for s, e, *_ in spans for t in range(s, e)}
    return [(t, t + 1, "NORP", [], []) for t in range(max(0, title_start - DEMONYM_GAP),
                                                       title_start)
            if t not in taken and doc[t].text in nationality and not doc[t].ent_type_]


def _joined_names(spans: list[tuple]) -> list[tuple]:
    """Two person names with nothing between them are one name the tagger cut in two ("Luiz
    Inacio" | "Lula da Silva" across a newscast's line break)."""
    joined: list[tuple] = []
    for span in sorted(spans, key=lambda s: s[0]):
        last = joined[-1] if joined else None
        if last and last[2] == span[2] == "PERSON" and last[1] == span[0] and \
                span[1] - last[0] <= MAX_NAME_WORDS:
            joined[-1] = (last[0], span[1], "PERSON", last[3] + span[3], last[4] + span[4])
        else:
            joined.append(span)
    return joined


def _with_country_prefixes(spans: list[tuple], doc: "Doc") -> list[tuple]:
    """A country's abbreviation glued to an organization's name is part of it: "U.S." |
    "District Court for ..." is the U.S. District Court, not a mention of the country."""
    joined: list[tuple] = []
    for span in sorted(spans, key=lambda s: s[0]):
        last = joined[-1] if joined else None
        if last and last[2] in {"GPE", "ORG"} and span[2] == "ORG" and last[1] == span[0] and \
                _country_abbreviation(doc[last[0]:last[1]].text) and \
                doc[last[1] - 1].head.i in range(span[0], span[1]):
            joined[-1] = (last[0], span[1], "ORG", span[3], span[4])
        else:
            joined.append(span)
    return joined


def _country_abbreviation(text: str) -> bool:
    return acronym_form(text) is not None and country_code(text) is not None


def _part_of_title(text: str) -> bool:
    """Title words, perhaps after a country ("U.S. Magistrate"), a country alone, or one common
    word naming the title's field ("Health" of "Health Secretary Ann Lee")."""
    words = text.split()
    if len(words) == 1 and text.istitle() and dictionary_word(text) and not is_place_name(text):
        return True
    for n in (2, 1):
        if len(words) > n and country_code(" ".join(words[:n])):
            return is_title_words(" ".join(words[n:]))
    return is_title_words(text) or country_code(text) is not None


def _demonyms_before(spans: list[tuple], doc: "Doc", title_start: int,
                     nationality: list[str]) -> set[int]:
    """Starts of the nationality words in front of a person's title that name a country.

    "French President Emmanuel Macron": the title names the country whose president he is, so
    the nationality is a mention of France even where the article never names France.
    """
    return {s for s, e, label, *_ in spans
            if label == "NORP" and title_start - DEMONYM_GAP <= e <= title_start
            and doc[s:e].text in nationality and country_of_demonym(doc[s:e].text)}


def _without_overlaps(spans: list[tuple]) -> list[tuple]:
    """Keep the longer of two overlapping spans (an extended name absorbs what it covers)."""
    kept: list[tuple] = []
    for span in sorted(spans, key=lambda s: (-(s[1] - s[0]), s[0])):
        if all(span[1] <= k[0] or span[0] >= k[1] for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s[0])


def _without_title_acronyms(article: Article, parsed: list[tuple[Paragraph, "Doc"]],
                            found: list[Mention]) -> list[Mention]:
    """Titles written as acronyms of titles used in the article ("AG", "VP") are not names.

    A mention that is such an acronym is dropped; one that starts with it ("AG Sessions") loses
    it to its titles and becomes a person's mention.
    """
    title_acronyms = {a for m in found for t in m.titles for a in acronyms(t)}
    kept: list[Mention] = []
    for m in found:
        if (acronym_form(m.text) in title_acronyms or is_title_word(m.text)) and \
                m.source not in {"demonym", "force"}:  # nameparser's titles: "british", "army"
            continue
        first = m.text.split()[0]
        if acronym_form(first) in title_acronyms and m.token_end - m.token_start > 1:
            para, doc = parsed[m.paragraph]
            m = make_mention(article, para, doc, m.paragraph, m.token_start + 1, m.token_end,
                         "PERSON", [first, *m.titles], m.nationality, m.source)
        kept.append(m)
    return kept


def _person_names(found: list[Mention]) -> set[str]:
    """Words that name a person in this article: parts of full names, titled single names."""
    names: set[str] = set()
    for m in found:
        words = m.text.split()
        if m.type != "PERSON" or not words[-1][:1].isupper():
            continue
        if len(words) >= 2:
            names.update({words[0], words[-1]})
        if len(words) >= 3 and not words[-2].endswith("."):
            names.add(words[-2])  # "Motta" of "Luis Alfredo Motta Dominguez": two surnames
        elif m.titles:
            names.add(words[0])
    return {n for n in names if len(n.strip(".")) > 1}


def _company_short_names(found: list[Mention]) -> set[str]:
    """The names of the article's companies without their legal endings ("Tokai Rika" of
    "Tokai Rika Co. Ltd."), two words or more (a first name alone may be anyone's)."""
    short: set[str] = set()
    for m in found:
        name = m.text if m.type == "ORG" else None
        while name and (name := without_company_ending(name)):
            if " " in name:
                short.add(name.rstrip(","))
    return short


def _retype_person_names(found: list[Mention]) -> list[Mention]:
    """A single word that names a person elsewhere in the article is that person."""
    companies = _company_short_names(found)
    names = _person_names(found) - companies
    surnames = {m.text for m in found if m.type == "PERSON" and " " not in m.text} - companies
    for m in found:
        if m.type != "PERSON" and m.text in names and m.source == "ner" and \
                not (m.type in {"GPE", "LOC"} and is_place_name(m.text)):  # Jordan, Georgia
            m.type = "PERSON"
        elif m.type == "ORG" and m.source == "ner" and _surnamed(m.text, surnames):
            m.type = "PERSON"  # "Nana Addo Dankwah Akufo-Addo" beside "Mr. Akufo-Addo"
        elif m.type == "PERSON" and m.text in companies:
            m.type = "ORG"  # "Tokai Rika" beside "Tokai Rika Co. Ltd.": the company
        elif m.type == "PERSON" and " " not in m.text and m.text not in names and \
                not m.titles and is_place_name(m.text):
            m.type = "GPE"  # "stand with Kyiv": a lone place name is not a person
    return found


def _surnamed(text: str, surnames: set[str]) -> bool:
    """A run of capitalized words ending in a surname the article gives a person alone, with
    no word of an organization's name in it."""
    words = text.split()
    return len(words) >= 2 and words[-1] in surnames and all(
        w[:1].isupper() and w.lower() not in ORG_HEAD_WORDS for w in words)


def _with_missed_names(article: Article, parsed: list[tuple[Paragraph, "Doc"]],
                       found: list[Mention]) -> list[Mention]:
    """Add occurrences of the article's names that the tagger missed ("Sessions says ...")."""
    types: dict[str, str] = {}
    for m in found:  # a nationality word is a country only in front of a title
        if m.type in NODE_TYPES and m.text[:1].isupper() and m.source != "demonym":
            types.setdefault(m.text, m.type)
    for m in found:  # "Biden thanked Manchin": surnames of the full names
        words = m.text.split()
        if m.type == "PERSON" and len(words) >= 2 and len(words[-1].strip(".")) > 1 \
                and words[-1][:1].isupper():
            types.setdefault(words[-1], "PERSON")
    by_first: dict[str, list[list[str]]] = {}
    for name in types:
        words = name.split()
        by_first.setdefault(words[0], []).append(words)
    for first, names in by_first.items():  # longest first: sorted once, not at every token
        by_first[first] = sorted(names, key=len, reverse=True)
    covered = {(m.paragraph, t) for m in found for t in range(m.token_start, m.token_end)}
    added: list[Mention] = []
    for index, (para, doc) in enumerate(parsed):
        words_of = texts(doc)
        for i in [i for i, text in enumerate(words_of) if text in by_first]:
            for words in by_first[words_of[i]]:
                end = i + len(words)
                if end > len(doc) or list(words_of[i:end]) != words:
                    continue
                if any((index, t) in covered for t in range(i, end)):
                    break
                if not _stands_alone(doc, i, end):
                    break
                name = " ".join(words)
                titles = appositive_titles(doc, i, end) if types[name] == "PERSON" else []
                added.append(make_mention(article, para, doc, index, i, end, types[name],
                                      titles, source="name-match"))
                covered.update((index, t) for t in range(i, end))
                break
    return found + added


def _stands_alone(doc: "Doc", start: int, end: int) -> bool:
    """The words are a whole name: no capitalized word glued on either side, a proper noun."""
    before = doc[start - 1] if start > 0 else None
    after = doc[end] if end < len(doc) else None
    glued = ((before is not None and before.is_title and not before.is_sent_start
              and not is_title_word(before.text))
             or (after is not None and after.is_title and after.pos_ == "PROPN"))
    if glued:
        return False
    first = doc[start]
    # At a sentence start a capital says nothing; the parse must read the word as a name.
    return (not first.is_sent_start or first.pos_ == "PROPN" or end - start > 1
            or first.dep_ in NAME_DEPENDENCIES)


def _modifies_noun(parsed: list[tuple[Paragraph, "Doc"]], m: Mention) -> bool:
    """A person's name modifying a common noun names something else ("the Trump campaign")."""
    if m.type != "PERSON":
        return False
    return is_name_modifier(parsed[m.paragraph][1], m.token_start, m.token_end)
