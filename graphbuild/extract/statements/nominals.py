"""Events named by nouns: "Harbor Foods' planned acquisition of Lakeside Markets" says Harbor Foods
acquires Lakeside Markets, as "Harbor Foods acquired Lakeside Markets" would.

A nominalization takes its agent from its owner ("X's merger with Y", "the X takeover of Y"), from
"by" ("the purchase of Y by X"; then an owner is the patient: "Y's acquisition by X"), or from
the subject of a light verb above it ("X completed its purchase of Y", "X filed a lawsuit against
Y"); its patient from "of" or the noun's own object preposition ("lawsuit against", "investigation
into"); other prepositions stay in the predicate ("merge with", "invest in"). The predicate is the
verb the noun is derived from, by a small table (spaCy lemmatizes nouns to nouns); stance comes
from the clause the noun sits in, as for interaction nouns (`triples.interaction_statements`).
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.statements.arguments import Arg, conjuncts, nominal_entities, subject_entities
from graphbuild.extract.statements.negation import noun_clause_stance
from graphbuild.extract.statements.predicates import NOMINALIZATIONS, join, lemma
from graphbuild.extract.statements.triples import Statement, noun_stance

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

# Prepositions after such a noun that stay in the predicate ("merger with" -> "merge with").
KEPT_PREPOSITIONS = {"with", "to", "in", "for", "from", "into", "against", "on"}
# Verbs whose subject is the agent of the noun they govern ("X completed its acquisition of Y",
# "X filed a lawsuit against Y"); "regulators approved the acquisition" is not such a verb.
LIGHT_VERBS = {"announce", "complete", "finalize", "finalise", "close", "make", "launch", "file",
               "bring", "pursue", "propose", "plan", "seek", "open", "conduct", "initiate",
               "begin", "start", "lead", "carry", "unveil", "agree", "sign", "continue"}
OWNER_DEPS = {"poss", "compound", "nmod"}
# Nouns of a journey: a place named before them is the destination, not the traveller.
DESTINATION_NOUNS = {"visit", "trip", "tour", "journey"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
# Nouns of an act two parties do together: "the merger of A and B" is A merging with B.
SYMMETRIC_NOUNS = {"merger", "combination"}


def nominal_statements(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """Agent -> patient statements of every action noun in the sentence."""
    for noun in sent:
        if noun.pos_ != "NOUN" or (name := lemma(noun)) not in NOMINALIZATIONS:
            continue
        verb, patient_preps = NOMINALIZATIONS[name]
        agents, patients = _arguments(noun, patient_preps, anchors, para)
        if not agents and not patients and name in SYMMETRIC_NOUNS:
            agents, patients = _partners(noun, anchors, para)
        if not agents or not patients:
            continue
        held = noun_stance(noun, noun_clause_stance(noun))
        if held.raised:
            continue
        for agent in agents:
            for patient in patients:
                if agent.key != patient.key:
                    yield Statement(agent.key, join(verb, patient.via), patient.key, held,
                                    "nominal", noun.i)


def _arguments(noun: "Token", patient_preps: frozenset[str], anchors: Anchors, para: int
               ) -> tuple[list[Arg], list[Arg]]:
    """Agents, and patients with a kept preposition in `via`."""
    # "X's attack", "the X takeover", and a nationality for its country: "U.S. and British
    # air strikes against Iraq"
    owners = [a for c in noun.children if c.dep_ in OWNER_DEPS or c.dep_ == "amod"
              for t in conjuncts(c)
              if (k := anchors.entity(t, para) if c.dep_ != "amod" else None)
              or (k := anchors.country(t)) for a in [Arg(k, "", t.i)]]
    agents: list[Arg] = []
    patients: list[Arg] = []
    if lemma(noun) in DESTINATION_NOUNS:
        # "Abe's three-day Indian trip", "Hu's U.S. visit": the place before it is where to
        places = [o for o in owners if anchors.type_of(o.key) in PLACE_TYPES
                  and noun.doc[o.token_i].dep_ in {"amod", "compound"}]
        if places and len(places) < len(owners):
            owners = [o for o in owners if o not in places]
            patients += places
    for prep in noun.children:
        if prep.dep_ not in {"prep", "agent"}:
            continue
        word = prep.lower_
        found = [a for obj in prep.children if obj.dep_ == "pobj" for t in conjuncts(obj)
                 for a in nominal_entities(t, anchors, para, owners=False) if not a.via]
        if word == "by":
            agents += found
        elif word in patient_preps:
            patients += found
        elif word in KEPT_PREPOSITIONS:
            patients += [Arg(a.key, word, a.token_i) for a in found]
    if agents and not patients:
        patients = owners                       # "Lakeside's acquisition by Harbor Foods"
    elif not agents:
        agents = owners or _light_verb_subjects(noun, anchors, para)
    return agents, patients


def _partners(noun: "Token", anchors: Anchors, para: int) -> tuple[list[Arg], list[Arg]]:
    """"the merger of A and B": the first "of" partner with the others."""
    found = [a for prep in noun.children if prep.dep_ == "prep" and prep.lower_ == "of"
             for obj in prep.children if obj.dep_ == "pobj" for t in conjuncts(obj)
             for a in nominal_entities(t, anchors, para, owners=False) if not a.via]
    if len({a.key for a in found}) < 2:
        return [], []
    return found[:1], [Arg(a.key, "with", a.token_i) for a in found[1:]]


def _light_verb_subjects(noun: "Token", anchors: Anchors, para: int) -> list[Arg]:
    """"X completed the purchase of Y": the subject of a light verb whose object is the noun."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in LIGHT_VERBS:
        return []
    subjects, passive = subject_entities(verb, anchors, para)
    return [] if passive else [s for s in subjects if not s.via]
