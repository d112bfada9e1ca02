"""Predicate phrases in normalized lemma form: "meet with", "sign off on", "senator from".

Every rule builds its predicate here, so the graph's edge labels read the same way whichever rule
found them: lower-case lemmas, particles kept with their verb, abbreviated titles spelled out.

>>> join("Met", "with")
'met with'
>>> title_phrase(["Sen."]), title_phrase(["Minority", "Leader"]), title_phrase(["Hon."])
('senator', 'minority leader', '')
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.extract.mentions.names import ROLE_NOUN_ENDING, is_title_word
from graphbuild.knowledge.words import THING_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

PARTICLE_DEPS = {"prt"}
# Abbreviated titles spelled out, so "Sen. Warren" and "Senator Warren" give one predicate.
TITLE_ABBREVIATIONS = {
    "sen": "senator", "rep": "representative", "gov": "governor", "gen": "general",
    "lt": "lieutenant", "col": "colonel", "pres": "president", "sec": "secretary",
    "amb": "ambassador", "atty": "attorney", "supt": "superintendent", "insp": "inspector",
    "sgt": "sergeant", "capt": "captain", "adm": "admiral", "cmdr": "commander",
    "ag": "attorney general", "ceo": "chief executive", "cfo": "chief financial officer",
}
# Verbs the rule lemmatizer cuts to a noun it knows ("fined" -> "fin", "dined" -> "din").
VERB_LEMMA_FIXES = {"fin": "fine", "din": "dine"}
# Courtesy words that carry no role ("Hon. L. Scott Coogler", "Mr. Obama").
COURTESY_WORDS = {"mr", "mrs", "ms", "miss", "dr", "hon", "honorable", "the", "then", "former",
                  "late", "sir", "dame", "a", "an", "now"}
# Nouns of action -> (the verb they come from, prepositions that mark its patient): spaCy
# lemmatizes "acquisition" to itself, so the derivation is a table (used by `nominals`).
NOMINALIZATIONS: dict[str, tuple[str, frozenset[str]]] = {
    noun: (verb, frozenset(patients.split())) for noun, verb, patients in (
        ("acquisition", "acquire", "of"), ("purchase", "purchase", "of"),
        ("takeover", "take over", "of"), ("buyout", "buy out", "of"),
        ("merger", "merge", ""), ("sale", "sell", "of"), ("lawsuit", "sue", "against"),
        ("suit", "sue", "against"), ("investigation", "investigate", "of into"),
        ("probe", "investigate", "of into"), ("indictment", "indict", "of"),
        ("prosecution", "prosecute", "of"), ("arrest", "arrest", "of"),
        ("attack", "attack", "on against"), ("invasion", "invade", "of"),
        ("appointment", "appoint", "of"), ("nomination", "nominate", "of"),
        ("endorsement", "endorse", "of"), ("criticism", "criticize", "of"),
        ("funding", "fund", "of for"), ("investment", "invest", ""), ("hiring", "hire", "of"),
        ("firing", "fire", "of"), ("dismissal", "dismiss", "of"), ("ouster", "oust", "of"),
        ("conviction", "convict", "of"), ("acquittal", "acquit", "of"),
        ("payment", "pay", ""), ("donation", "donate", ""), ("bailout", "bail out", "of"),
        ("boycott", "boycott", "of"), ("audit", "audit", "of"), ("recruitment", "recruit", "of"),
        ("settlement", "settle", ""), ("bid", "bid", ""), ("defeat", "defeat", "of"),
        ("rescue", "rescue", "of"), ("expulsion", "expel", "of"), ("removal", "remove", "of"),
        ("extradition", "extradite", "of"), ("impeachment", "impeach", "of"),
        ("annexation", "annex", "of"), ("sponsorship", "sponsor", "of"),
        ("lobbying", "lobby", "of"), ("surveillance", "surveil", "of"),
        ("strike", "strike", "on against"), ("airstrike", "strike", "on against"),
        ("raid", "raid", "on of"), ("bombing", "bomb", "of"), ("blockade", "blockade", "of"),
        ("visit", "visit", "to"), ("trip", "visit", "to"), ("tour", "tour", "of"))
}

# Interaction nouns as verbs, for a denied interaction ("denied any meetings with X": meet with).
INTERACTION_VERBS = {"meeting": "meet", "talk": "talk", "conversation": "talk",
                     "discussion": "discuss", "negotiation": "negotiate", "contact": "contact",
                     "communication": "communicate", "correspondence": "correspond",
                     "collaboration": "collaborate", "partnership": "partner"}


def join(*parts: str) -> str:
    """Lower-case words joined by single spaces, empty parts dropped."""
    return " ".join(" ".join(p.lower() for p in parts if p).split())


def lemma(token: "Token") -> str:
    """A token's lemma in lower case ("met" -> "meet"); proper nouns keep their text."""
    word = token.lemma_ if token.pos_ not in {"PROPN"} else token.text
    word = word.lower().strip(".")
    if token.pos_ in {"VERB", "AUX"} and word in VERB_LEMMA_FIXES \
            and token.lower_.startswith(VERB_LEMMA_FIXES[word]):
        return VERB_LEMMA_FIXES[word]
    return word


def verb_phrase(verb: "Token") -> str:
    """The verb's lemma with its particles: "signed off" -> "sign off"."""
    particles = [c.lower_ for c in verb.children if c.dep_ in PARTICLE_DEPS]
    return join(lemma(verb), *particles)


def title_phrase(words: list[str]) -> str:
    """A role from title words: abbreviations spelled out, courtesy words dropped."""
    out = []
    for word in words:
        key = word.lower().strip(".")
        if key in COURTESY_WORDS or not key:
            continue
        out.append(TITLE_ABBREVIATIONS.get(key, key))
    return join(*out)


def is_role_noun(word: str) -> bool:
    """A noun that names a post or a person's role ("director", "commandant", "lecturer"),
    not a thing ("as part of", "as a result").

    >>> is_role_noun("commandant"), is_role_noun("part"), is_role_noun("result")
    (True, False, False)
    """
    word = word.lower().strip(".")
    return is_title_word(word) or (bool(ROLE_NOUN_ENDING.search(word))
                                   and not word.endswith("ment") and word not in THING_NOUNS)
