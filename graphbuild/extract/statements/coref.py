"""Pronouns and definite descriptions resolved to the entity they refer to, for the common cases.

No neural model (nothing may download at run time): a few rules that carry most of news prose.

* "he"/"she"/"his"/"her" take the most recent person of a compatible gender within a few
  sentences; a person's gender is learnt from the article itself (honorifics, and the pronoun
  that continues a speaker's quote: '"...," she tweeted' after "Warren said ...").
* an object pronoun is not the subject of its own clause ("Sessions ... a surrogate for him"),
  a reflexive is ("recuse himself").
* "it"/"its" take the most recent organization or place; "they"/"their" a coordination of
  entities that is the subject nearby ("Armstrong and Huff each admitted that they ...").
* "the senator", "the president", "the committee", "the company" take the most recent entity
  whose title or name has that word.

Resolutions are written into `Anchors.resolved` (one entity) and `Anchors.groups` (several).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from graphbuild.knowledge.organizations import BUSINESS_NOUNS, PUBLIC_BODY_WORDS, is_part_name
from graphbuild.knowledge.people import (COMPANY_ROLE_NOUNS, GENERIC_ORG_NOUNS, GENERIC_PLACE_NOUNS,
                                         GROUP_NOUNS, HONORIFICS)
from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.statements.arguments import conjuncts, nominal_entities, subject_tokens
from graphbuild.extract.statements.cases import accused_group, case_noun, is_accused
from graphbuild.extract.mentions.names import is_title_word
from graphbuild.extract.mentions.genders import first_name_gender, kin_genders, subjects
from graphbuild.extract.mentions.spans import Mention
from graphbuild.extract.tokens import pos_tags
from graphbuild.extract.statements.person_titles import entity_titles, title_head
from graphbuild.extract.statements.predicates import lemma

if TYPE_CHECKING:
    from spacy.tokens import Token

PERSON_PRONOUNS = {"he": "m", "him": "m", "his": "m", "himself": "m",
                   "she": "f", "her": "f", "hers": "f", "herself": "f"}
THING_PRONOUNS = {"it", "its", "itself"}
PLURAL_PRONOUNS = {"they", "them", "their", "themselves"}
REFLEXIVES = {"himself", "herself", "itself", "themselves"}
OBJECT_DEPS = {"dobj", "dative", "pobj", "obj"}
THING_TYPES = {"ORG", "GPE"}
SPEECH_LEMMAS = {"say", "add", "tweet", "post", "write", "tell", "state", "explain", "continue",
                 "insist", "argue", "note", "ask", "reply", "respond"}
WINDOW_SENTENCES = 3
FIRST_PERSON = {"i", "me", "my", "mine", "myself"}
QUOTE_MARKS = {'"', "\u201c", "\u201d"}
# Every way a quotation opens or closes in text (the parser tags the last two `` and '').
QUOTE_TEXTS = (*QUOTE_MARKS, "``", "''")
SINGLE_QUOTES = ("'", "\u2018", "\u2019")     # also apostrophes: only then ask the tagger
GROUP_WINDOW_SENTENCES = 6
# A description in these positions describes rather than refers ("Sessions, the senator from").
PREDICATIVE_DEPS = {"appos", "attr", "acomp", "oprd", "npadvmod"}
# Parts of speech that can name, refer back or head a coordinated subject.
REFERRING_POS = {"PRON", "NOUN", "PROPN", "DET", "NUM"}


@dataclass
class Seen:
    """An entity mention in article order (named, or a pronoun already resolved)."""

    order: tuple[int, int]      # (paragraph, token index)
    sentence: int               # running sentence number in the article
    key: str
    is_subject: bool
    speaker: bool               # subject of a speech verb
    # whose relative this is, when introduced as one after a pronoun ("her mother, Lena Roe")
    relative_of: str | None = None


def resolve_references(anchors: Anchors, mentions: list[Mention], mention_entity: list[int]
                       ) -> None:
    """Fill `anchors.resolved` and `anchors.groups` for the article's pronouns and descriptions."""
    genders = learn_genders(anchors)
    # matched by their office only (see `title_head`), computed once
    titles = {k: {title_head(t) for t in ts} for k, ts in entity_titles(anchors).items()}
    seen: list[Seen] = []
    groups: list[tuple[int, list[str]]] = []       # coordinated subjects: (sentence, keys)
    accused: list[str] = []                         # the latest sentence's defendants
    sentence_no = 0
    for para, (_, doc) in enumerate(anchors.paragraphs):
        pos, named, resolved = pos_tags(doc), anchors.token_entity[para], anchors.resolved[para]
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                if pos[i] not in REFERRING_POS and named.get(i) is None and \
                        resolved.get(i) is None:
                    continue                    # verbs, prepositions ...: no Token, no walks
                token = doc[i]
                group = _subject_group(token, para, anchors)
                if group:
                    groups.append((sentence_no, group))
                if _is_group_description(token):
                    recent = [g for s, g in groups if sentence_no - s <= GROUP_WINDOW_SENTENCES]
                    if recent:
                        anchors.groups[para][token.i] = recent[-1]
                    continue
                key = anchors.entity(token, para, coref=False)
                if key is not None and is_accused(token):
                    accused = accused_group(token, para, anchors)
                if case_noun(token) and accused:
                    # "This case was investigated by the FBI": the case of the accused
                    anchors.groups[para][token.i] = list(accused)
                    continue
                if key is not None:
                    if anchors.datelines and token.i in anchors.datelines[para]:
                        continue    # "HOUSTON - The company fired its ...": no antecedent
                    if anchors.entity(token.head, para, coref=False) != key or token.head == token:
                        seen.append(_seen(token, para, sentence_no, key, anchors))
                    continue
                found = _resolve(token, para, sentence_no, seen, anchors, genders, titles)
                if isinstance(found, list):
                    anchors.groups[para][token.i] = found
                elif found is not None:
                    anchors.resolved[para][token.i] = found
                    seen.append(_seen(token, para, sentence_no, found))
            sentence_no += 1
    for para, (_, doc) in enumerate(anchors.paragraphs):
        resolve_first_person(doc, para, anchors)


def resolve_first_person(doc, para: int, anchors: Anchors) -> None:
    """"I" and "my" in a quoted paragraph are its speaker's, when the paragraph has one speaker.

    '"I never met with any Russian officials," he said.' makes "I" the person "he" is.
    """
    text = anchors.paragraphs[para][0].text     # the parsed text: a string test first
    if not any(mark in text for mark in QUOTE_TEXTS) and not (
            any(mark in text for mark in SINGLE_QUOTES)
            and any(t.tag_ in {"``", "''"} for t in doc)):
        return
    speakers = {anchors.entity(t, para) for t in doc
                if t.dep_ == "nsubj" and t.head.lemma_.lower() in SPEECH_LEMMAS} - {None}
    speakers = {k for k in speakers if anchors.type_of(k) == "PERSON"}
    if len(speakers) != 1:
        return
    speaker = speakers.pop()
    for token in doc:
        if token.lower_ in FIRST_PERSON and token.pos_ == "PRON":
            anchors.resolved[para].setdefault(token.i, speaker)


def _subject_group(token: "Token", para: int, anchors: Anchors) -> list[str]:
    """The entities of a coordinated subject ("Global ... and its principals, A and B")."""
    if token.dep_ not in {"nsubj", "nsubjpass"}:
        return []
    keys = [a.key for t in conjuncts(token) for a in nominal_entities(t, anchors, para)
            if not a.via]
    keys = list(dict.fromkeys(keys))
    return keys if len(keys) >= 2 else []


def _is_group_description(token: "Token") -> bool:
    """"the defendants", "the two companies": a plural description of parties named before."""
    return (token.tag_ in {"NNS", "NNPS"} and lemma(token) in GROUP_NOUNS
            and any(c.dep_ == "det" and c.lower_ in {"the", "both"} for c in token.lefts))


def _seen(token: "Token", para: int, sentence: int, key: str,
          anchors: Anchors | None = None) -> Seen:
    role = token.head if token.dep_ == "appos" else token    # "The ranking Democrat ..., Schiff,"
    is_subject = role.dep_ in {"nsubj", "nsubjpass"}
    speaker = is_subject and role.head.lemma_.lower() in SPEECH_LEMMAS
    return Seen((para, token.i), sentence, key, is_subject, speaker,
                _relative_of(token, para, anchors) if anchors else None)


def _relative_of(token: "Token", para: int, anchors: Anchors) -> str | None:
    """The person a name is introduced in relation to, through a pronoun: "her son, Al Roe"."""
    if token.dep_ != "appos":
        return None
    owners = [c for c in token.head.children if c.dep_ == "poss" and c.pos_ == "PRON"]
    return anchors.resolved[para].get(owners[0].i) if owners else None


def _resolve(token: "Token", para: int, sentence: int, seen: list[Seen], anchors: Anchors,
             genders: dict[str, str], titles: dict[str, set[str]]) -> str | list[str] | None:
    word = token.lower_
    if word in PERSON_PRONOUNS or word in THING_PRONOUNS:
        recent = _within(seen, sentence, WINDOW_SENTENCES)
    if word in PERSON_PRONOUNS and token.pos_ == "PRON":
        gender = PERSON_PRONOUNS[word]
        people = [s for s in recent if anchors.type_of(s.key) == "PERSON"
                  and genders.get(s.key, gender) == gender]
        return _pick(token, people, para, anchors)
    if word in THING_PRONOUNS and token.pos_ == "PRON" and (word != "it" or _referring_it(token)):
        things = [s for s in recent if anchors.type_of(s.key) in THING_TYPES]
        if token.dep_ == "poss" and lemma(token.head) in COMPANY_ROLE_NOUNS:
            # "Acme Inc. of Tampa, its chief executive officer": a company has officers, the
            # place named after it does not.
            things = [s for s in things if anchors.type_of(s.key) == "ORG"] or things
        return _pick(token, things, para, anchors)
    if word in PLURAL_PRONOUNS and token.pos_ == "PRON":
        return _group(token, para, anchors)
    if token.pos_ == "NOUN" and token.dep_ not in PREDICATIVE_DEPS \
            and any(c.dep_ == "det" and c.lower_ == "the" for c in token.lefts) \
            and not any(c.dep_ == "appos" and anchors.entity(c, para, coref=False)
                        for c in token.rights):     # "the former president Michel Temer"
        return _description(token, para, sentence, seen, anchors, titles)
    return None


def _within(seen: list[Seen], sentence: int, window: int) -> list[Seen]:
    """The mentions of the last `window` sentences (scanned from the end: articles run long)."""
    start = len(seen)
    while start > 0 and sentence - seen[start - 1].sentence <= window:
        start -= 1
    return seen[start:]


def _referring_it(token: "Token") -> bool:
    """"it" that refers: an object, or the subject of what someone said ("Tesla said it had
    acquired ..."); a subject "it" elsewhere is mostly expletive ("it emerged that")."""
    if token.dep_ == "expl":
        return False
    if token.dep_ not in {"nsubj", "nsubjpass"}:    # not "called it a disaster": a judgment
        return not (token.head.lemma_.lower() in {"call", "describe", "label", "deem", "term"}
                    and any(c.dep_ in {"oprd", "xcomp", "ccomp", "dobj"} and c != token
                            for c in token.head.children))
    clause = token.head
    return clause.dep_ == "ccomp" and clause.head.lemma_.lower() in SPEECH_LEMMAS \
        and clause.lemma_.lower() != "be"


def _pick(token: "Token", candidates: list[Seen], para: int, anchors: Anchors) -> str | None:
    """Most recent candidate, with the reflexive / object-pronoun constraints of a clause."""
    subjects = _clause_subjects(token)
    own_subjects = {anchors.entity(s, para) for s in subjects} - {None}
    own_subjects.update(k for s in subjects for k in anchors.groups[para].get(s.i, ()))
    if token.lower_ in REFLEXIVES:
        return next(iter(own_subjects), None)
    if token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in SPEECH_LEMMAS:
        speakers = [c for c in candidates if c.speaker]
        if speakers:
            return speakers[-1].key                 # '"...," she tweeted' continues a speaker
    if token.dep_ in OBJECT_DEPS:
        candidates = [c for c in candidates if c.key not in own_subjects]
    if token.dep_ in {"nsubj", "nsubjpass"} and token.head.dep_ == "ccomp" \
            and token.head.head.lemma_.lower() in SPEECH_LEMMAS:
        # "Flynn told Pence he had not discussed ...": news reports the speaker about himself.
        keys = {c.key for c in candidates}
        for s in _clause_subjects(token.head, explicit=True):
            if anchors.entity(s, para, coref=False) in keys:
                return anchors.entity(s, para, coref=False)
        if token.lower_ == "it":
            return None             # "saying it would hurt workers": "it" is what was said about
    if token.dep_ == "poss" and token.head.dep_ == "conj":
        # "Acme Capital LLC and its founder": the possessive is the coordinated partner's.
        partner = anchors.entity(token.head.head, para)
        if partner in {c.key for c in candidates}:
            return partner
    if token.dep_ == "poss" and token.head.dep_ == "nsubj" and \
            token.head.head.lemma_.lower() in SPEECH_LEMMAS:
        # "Mugabe never met Tsvangirai, his spokesman said": the reported clause's subject
        for s in (s for c in token.head.head.children if c.dep_ == "ccomp"
                  for s in c.children if s.dep_ in {"nsubj", "nsubjpass"}):
            if (k := anchors.entity(s, para, coref=False)) in {c.key for c in candidates}:
                return k
    if token.dep_ == "poss":
        # "Sessions did not mention the meetings with Kislyak during his hearings": a possessive
        # prefers the named subject of its own clause over a more recent name.
        named = [s for s in _clause_subjects(token, explicit=True)
                 if s.i < token.i and anchors.entity(s, para)]
        keys = {c.key for c in candidates}
        for s in named:
            if anchors.entity(s, para) in keys:
                return anchors.entity(s, para)
    before = [c for c in candidates if c.order < (para, token.i)]
    if not before:
        return None
    # "She was 91. Her mother, Lena Roe, took in laundry. She graduated ...": a relative named
    # through the pronoun of the person the story is about does not take that person's pronouns.
    owner = before[-1].relative_of
    if owner and owner != before[-1].key and owner in {c.key for c in before}:
        return owner
    return before[-1].key


def _clause_subjects(token: "Token", explicit: bool = False) -> list["Token"]:
    """Subjects of the clause a token sits in (only a clause's own `nsubj` when `explicit`)."""
    word = token.head
    for _ in range(4):
        if word.pos_ in {"VERB", "AUX"}:
            if explicit:
                return [c for c in word.children if c.dep_ in {"nsubj", "nsubjpass"}
                        and c.lower_ not in {"who", "which", "that"}]
            subjects, _ = subject_tokens(word)
            return [s for s in subjects if s != token]
        if word.head == word:
            break
        word = word.head
    return []


def _group(token: "Token", para: int, anchors: Anchors) -> list[str] | None:
    """"they" after a coordinated subject: "Armstrong and Huff each admitted that they ...";
    "their" in a list: "A, his wife B, and their company" (the names listed before it)."""
    word = token.head
    if token.dep_ == "poss" and word.dep_ == "conj":
        listed = [k for t in conjuncts(word.head) if t.i < word.i
                  for n in (t, *(c for c in t.children if c.dep_ == "appos"))
                  for m in (n, *(c for c in n.children if c.dep_ == "appos"))
                  if (k := anchors.entity(m, para, coref=False))]
        if len(set(listed)) >= 2:
            return list(dict.fromkeys(listed))
    for _ in range(6):
        if word.pos_ in {"VERB", "AUX"}:
            subjects, _ = subject_tokens(word)
            keys = [k for s in subjects if s != token and (k := anchors.entity(s, para))]
            if len(keys) >= 2:
                return list(dict.fromkeys(keys))
        if word.head == word:
            break
        word = word.head
    return None


def _description(token: "Token", para: int, sentence: int, seen: list[Seen], anchors: Anchors,
                 titles: dict[str, set[str]]) -> str | None:
    """"the senator", "the committee", "the company": the latest entity that word fits."""
    if any(c.dep_ == "prep" and c.lower_ == "of" and any(
            o.dep_ == "pobj" and anchors.entity(o, para, coref=False) for o in c.children)
           for c in token.children):
        return None     # "the city of Concepcion" names its own place
    phrase = " ".join([lemma(c) for c in token.lefts if c.dep_ == "compound"] + [lemma(token)])
    noun = lemma(token)
    national = {c.lower_ for c in token.lefts if c.dep_ == "amod" and c.lower_ in anchors.demonyms
                } if is_title_word(token.text) else set()     # "the Chinese president"
    window = _within(seen, sentence, WINDOW_SENTENCES + 2)
    subject = token.dep_ in {"nsubj", "nsubjpass"} or (
        token.dep_ == "poss" and token.head.dep_ in {"nsubj", "nsubjpass"})
    if subject:
        # "Apple sued Samsung. The company said ...": a subject continues the last subject, and
        # so does the owner of a subject ("The company's lawsuit ...").
        window = [s for s in window if not s.is_subject] + [s for s in window if s.is_subject]
    for s in reversed(window):
        entity = anchors.entities.get(s.key)
        if entity is None:
            continue
        names = _name_words(entity.label, tuple(entity.aliases))
        if entity.type == "PERSON" and any(t == phrase or t.endswith(" " + phrase)
                                           for t in titles.get(s.key, ())):
            return s.key
        if entity.type == "PERSON" and national & {n.lower() for n in
                                                   entity.attributes.get("nationality", ())}:
            return s.key    # "Chinese leader Hu Jintao ... The Chinese president met ..."
        if entity.type == "EVENT" and _same_kind(noun, names) or entity.type == "ORG" and (
                noun in names or noun in GENERIC_ORG_NOUNS and not is_part_name(entity.label)
                and not (noun in BUSINESS_NOUNS and names & PUBLIC_BODY_WORDS)):
            return s.key
        if entity.type == "GPE" and noun in GENERIC_PLACE_NOUNS:
            return s.key
    return None


def _same_kind(noun: str, names: frozenset[str]) -> bool:
    """"the lander" of "Phoenix lander"; "the storm" of "Cyclone Sidr": a word of the event's
    name, or a head of the same kind of event."""
    from graphbuild.extract.statements.events import EVENT_HEADS

    kind = EVENT_HEADS.get(noun)
    return noun in names or kind is not None and any(EVENT_HEADS.get(w) == kind for w in names)


@lru_cache(maxsize=1 << 14)  # asked of every entity in the window of every description
def _name_words(label: str, aliases: tuple[str, ...]) -> frozenset[str]:
    """The lower-case words of an entity's names."""
    return frozenset(w.lower() for n in (label, *aliases) for w in n.split())


def learn_genders(anchors: Anchors) -> dict[str, str]:
    """Each person's gender as the article shows it: honorifics, then quote continuations."""
    votes: dict[str, Counter] = {}
    for entity in anchors.entities.values():
        if entity.type == "PERSON" and (given := first_name_gender(entity.label)):
            votes.setdefault(entity.key, Counter())[given] += 1
        for name in [entity.label, *entity.aliases]:
            first = name.split()[0].lower().strip(".") if name.split() else ""
            if first in HONORIFICS:
                votes.setdefault(entity.key, Counter())[HONORIFICS[first]] += 2
    for para, (_, doc) in enumerate(anchors.paragraphs):
        for key, gender in kin_genders(doc, para, anchors):
            votes.setdefault(key, Counter())[gender] += 2
    last_speaker: str | None = None
    for para, (_, doc) in enumerate(anchors.paragraphs):
        for token in subjects(doc):
            if token.head.lemma_.lower() not in SPEECH_LEMMAS:
                continue
            key = anchors.entity(token, para, coref=False)
            if key and anchors.type_of(key) == "PERSON":
                last_speaker = key
            elif token.lower_ in PERSON_PRONOUNS and last_speaker:
                votes.setdefault(last_speaker, Counter())[PERSON_PRONOUNS[token.lower_]] += 1
    return {k: c.most_common(1)[0][0] for k, c in votes.items() if c}


__all__ = ["resolve_references", "learn_genders", "entity_titles", "conjuncts"]  # entity_titles: person_titles
