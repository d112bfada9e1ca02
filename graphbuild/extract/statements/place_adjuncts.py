"""Where an act took place, when the parser hangs the place on the act's object:

    Kerry met with Foreign Minister Swaraj in New Delhi on Monday.
    Police arrested Ana Ruiz at Caracas airport.

"in New Delhi" modifies "met", not the minister: a person is not modified by a place after
"in" or "at" (his office or company is read by `roles`, "of" by `roles` too). The subject did
the act in the place ("meet in New Delhi"), and for an act done together (a meeting, talks) so
did the partner.

A host's guest visits the place it is welcomed to: "Obama welcomed Hu to Beijing's embassy",
"Blinken hosted Wang Yi for an official visit in Washington" (`guest_visits`).
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.statements.arguments import OBJECT_DEPS, conjuncts
from graphbuild.extract.statements.partners import marked_partners

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from graphbuild.extract.statements.triples import Statement

PLACE_PREPOSITIONS = {"in", "at"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
# Verbs whose object is a guest, who visits the place of the welcome.
HOSTING_VERBS = {"host", "welcome", "receive"}
VISIT_NOUNS = {"visit", "trip", "stay", "tour"}
# Prepositions that lead from a verb to its partner ("met with", "spoke to").
PARTNER_PREPOSITIONS = {"with", "to"}


def place_adjunct_statements(sent: "Sequence[Token]", anchors: Anchors, para: int
                             ) -> Iterator["Statement"]:
    """`subject verb in place` for a place the parser attached to the verb's person object,
    and the visits of a host's guests."""
    yield from guest_visits(sent, anchors, para)
    from graphbuild.extract.statements.arguments import subject_entities
    from graphbuild.extract.statements.negation import stance
    from graphbuild.extract.statements.predicates import join, verb_phrase
    from graphbuild.extract.statements.triples import RECIPROCAL_VERBS, Statement

    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_ == "be":
            continue
        partners = [t for t in _object_tokens(verb)
                    if anchors.type_of(anchors.entity(t, para) or "") == "PERSON"]
        places = [(prep.lower_, key) for t in partners for prep in t.children
                  if prep.dep_ == "prep" and prep.lower_ in PLACE_PREPOSITIONS
                  for obj in prep.children if obj.dep_ == "pobj" for p in conjuncts(obj)
                  if (key := anchors.entity(p, para, coref=False))
                  and anchors.type_of(key) in PLACE_TYPES]
        if not places:
            continue
        subjects, passive = subject_entities(verb, anchors, para)
        held = stance(verb)
        if passive or not subjects or held.raised:
            continue
        actors = [s.key for s in subjects]
        if verb.lemma_.lower() in RECIPROCAL_VERBS:
            actors += [k for t in partners if (k := anchors.entity(t, para))]
        for actor in dict.fromkeys(actors):
            for prep, place in places:
                if actor != place:
                    yield Statement(actor, join(verb_phrase(verb), prep), place, held, "verb",
                                    verb.i)


def _object_tokens(verb: "Token") -> list["Token"]:
    """The verb's direct objects and the objects of its partner prepositions, coordinated
    ones included."""
    found = []
    for child in verb.children:
        if child.dep_ in OBJECT_DEPS:
            found += conjuncts(child)
        elif child.dep_ == "prep" and child.lower_ in PARTNER_PREPOSITIONS:
            found += [t for obj in child.children if obj.dep_ == "pobj" for t in conjuncts(obj)]
    return found + [partner for _, partner in marked_partners(verb)]


def guest_visits(sent: "Sequence[Token]", anchors: Anchors, para: int
                 ) -> Iterator["Statement"]:
    """`guest visit place` for a host's person object and the place of the welcome: a place
    after "to"/"in" on the verb, or on a visit after "for"."""
    from graphbuild.extract.statements.negation import stance
    from graphbuild.extract.statements.triples import Statement

    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in HOSTING_VERBS:
            continue
        guests = [k for c in verb.children if c.dep_ == "dobj" for t in conjuncts(c)
                  if (k := anchors.entity(t, para)) and anchors.type_of(k) == "PERSON"]
        if not guests:
            continue
        preps = [p for p in verb.children if p.dep_ == "prep" and p.lower_ in {"to", "in"}]
        preps += [p for f in verb.children if f.dep_ == "prep" and f.lower_ == "for"
                  for v in f.children if v.dep_ == "pobj" and v.lemma_.lower() in VISIT_NOUNS
                  for p in v.children if p.dep_ == "prep" and p.lower_ in {"to", "in"}]
        places = [k for p in preps for o in p.children if o.dep_ == "pobj"
                  if (k := anchors.entity(o, para, coref=False))
                  and anchors.type_of(k) in PLACE_TYPES]
        held = stance(verb)
        if held.raised:
            continue
        for guest in dict.fromkeys(guests):
            for place in dict.fromkeys(places):
                yield Statement(guest, "visit", place, held, "verb", verb.i)
