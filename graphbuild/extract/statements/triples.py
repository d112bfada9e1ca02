"""Verb triples: subject, whole predicate, object, each end an entity of the article.

Closes the gaps of textacy's `subject_verb_object_triples` (which this follows in shape: one
generator per rule, dependency labels in named sets): prepositional objects ("met with
Kislyak", "resigned at the request of Trump"), passives turned active ("was fired by Trump"
gives Trump fire Flynn), coordinated subjects and objects, relative and participial clauses,
control ("agreed to settle ... charges"), and a stance per triple (see `negation`).

Nouns of interaction give triples too: "Kislyak's interactions with Flynn", "meetings between A
and B", "Pence and Kislyak's conversations".
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.statements.decrees import signed_acts
from graphbuild.extract.statements.declarations import declares_winner
from graphbuild.knowledge.words import NOUN_PREPOSITIONS, OBJECT_CONTROL_VERBS, SOURCE_PREPOSITIONS

from graphbuild.extract.statements.arguments import (OBJECT_DEPS, Arg, agent_entities, conjuncts, nominal_entities,
                        object_entities, subject_entities)
from graphbuild.extract.statements.negation import DENIAL_VERBS, NEGATIVE_IMPLICATIVES, Stance, noun_clause_stance, stance
from graphbuild.extract.mentions.names import is_title_word
from graphbuild.extract.statements.predicates import INTERACTION_VERBS, NOMINALIZATIONS, join, lemma, verb_phrase

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

VERB_POS = {"VERB"}
# Copulas are left to `roles` ("X was a member of Y"), speech to `speech`.
COPULAS = {"be"}
# Verbs whose coordinated subjects act with each other ("Biden and Xi met in Bali").
RECIPROCAL_VERBS = {"meet", "talk", "discuss", "negotiate", "confer", "clash", "argue",
                    "correspond", "collaborate", "cooperate", "agree", "marry", "quarrel",
                    "spar", "compete", "partner", "reconcile", "communicate", "chat"}
# Verbs whose direct object is what was said, never a partner ("said it", "added that").
CONTENT_VERBS = {"say", "add", "state", "declare", "remark", "reply", "respond", "comment",
                 "note", "repeat", "write"}
# Verbs whose object is a member or part: only an entity object itself is related.
MEMBERSHIP_VERBS = {"include", "contain", "comprise", "involve", "feature", "incorporate"}
# Nouns that name an interaction between their owner and the "with"/"between" entity.
INTERACTION_NOUNS = {"meeting", "conversation", "talk", "contact", "interaction", "call",
                     "discussion", "negotiation", "exchange", "relationship", "tie", "link",
                     "communication", "correspondence", "deal", "agreement", "partnership",
                     "dispute", "feud", "rivalry", "friendship", "alliance", "collaboration",
                     "dealing", "encounter", "phone call", "connection"}

# Objects that coordinated subjects make with each other ("A and B signed a treaty").
JOINT_NOUNS = {"agreement", "deal", "pact", "treaty", "contract", "accord", "truce", "ceasefire",
               "partnership", "alliance", "settlement", "merger", "memorandum",
               # exchanges held together: "A and B held talks", "A and B had a meeting"
               "talk", "meeting", "discussion", "negotiation", "summit", "conversation",
               "consultation"}


@dataclass(frozen=True)
class Statement:
    """One relation read off the parse, before it becomes a RelationMention."""

    subject: str
    predicate: str
    object: str
    stance: Stance
    kind: str
    token_i: int            # the word that carries the predicate (for evidence)


def verb_statements(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """Triples of every verb in the sentence whose subject and object are both entities."""
    for verb in sent:
        if verb.pos_ not in VERB_POS or verb.lemma_.lower() in COPULAS:
            continue
        yield from _verb_triples(verb, anchors, para)


def _verb_triples(verb: "Token", anchors: Anchors, para: int) -> Iterator[Statement]:
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and declares_winner(verb.head):
        return                          # "declared X the winner, defeating Y": X's act
    subjects, passive = subject_entities(verb, anchors, para)
    agents = agent_entities(verb, anchors, para) if passive else []
    if not subjects and not agents:
        return                          # most verbs: no entity subject, so no walk up for stance
    objects = _without_titles_of_named(object_entities(verb, anchors, para), anchors)
    if (acts := signed_acts(verb)):     # "signed a decree firing X": X is the decree's, not signed
        objects = [o for o in objects if o.token_i < acts[0].i]
    if verb.lemma_.lower() in CONTENT_VERBS:
        # "Smith said it": what is said is no partner; "said in a letter to Austria" keeps one
        objects = [o for o in objects if o.via and o.via.split()[0] in NOUN_PREPOSITIONS]
    elif verb.lemma_.lower() in MEMBERSHIP_VERBS:
        # "the board includes Acme"; not "the changes include a director of Glenn", "the
        # complaint contains allegations by X"
        objects = [o for o in objects if not o.via or o.via.split()[0] in NOUN_PREPOSITIONS]
    if not objects and not (agents and subjects) and len(subjects) < 2:
        return
    held = stance(verb)
    if held.raised:
        return
    phrase = join(_predicate_base(verb, passive), _gap_object(verb, anchors, para))
    if passive:
        for agent in agents:                        # "Flynn was fired by Trump": Trump fire Flynn
            for patient in subjects:
                yield _statement(agent, verb_phrase(verb), patient, held, verb)
            for obj in objects:                     # "X was conducted by Y on behalf of Z"
                yield _statement(agent, join(verb_phrase(verb), obj.via), obj, held, verb)
        if agents:
            return
    # "denied / refused / avoided any meetings with X": the noun names what did not happen
    denial = verb.lemma_.lower() in DENIAL_VERBS | NEGATIVE_IMPLICATIVES
    for subject in subjects:
        for obj in objects:
            if denial and _through_noun(obj):
                yield from _denied_noun(subject, phrase, obj, held, verb)
                continue
            yield _statement(subject, join(phrase, obj.via, _asked_to(verb, obj)), obj, held, verb)
    named = [s for s in subjects if verb.doc[s.token_i].pos_ != "PRON"]
    pact = _joint_object(verb)
    if (verb.lemma_.lower() in RECIPROCAL_VERBS or pact) and len(named) >= 2 and not passive \
            and not any(c.dep_ in {"xcomp", "ccomp"} for c in verb.children):
        # "Flynn and Kislyak discussed sanctions", "A and B signed an agreement": each with the
        # other ("they agreed to pay", a plan, and a pronoun's group are not).
        subjects = named
        for partner in subjects[1:]:
            yield _statement(subjects[0], join(phrase, pact, "with"), partner, held, verb,
                             "reciprocal")


def _without_titles_of_named(objects: list[Arg], anchors: Anchors) -> list[Arg]:
    """"hosted PRC Director of the CCP Commission and Foreign Minister Wang Yi": beside a
    person named as the object, an entity reached through a title ("director of") belongs to
    the title's holder, not to the verb."""
    if not any(not o.via and anchors.type_of(o.key) == "PERSON" for o in objects):
        return objects
    return [o for o in objects if not (o.via and is_title_word(o.via.split()[0]))]


def _gap_object(verb: "Token", anchors: Anchors, para: int) -> str:
    """"the statements he made to Pence": in a relative clause with its own subject and no
    object, the noun it modifies is the verb's object and belongs in the predicate ("make
    statement to", not "make to")."""
    head = verb.head
    if verb.dep_ != "relcl" or head.pos_ != "NOUN" or anchors.entity(head, para) is not None:
        return ""
    relative = {"who", "whom", "that", "which"}
    kids = [c.dep_ for c in verb.children if not (c.dep_ == "dobj" and c.lower_ in relative)]
    own_subject = any(c.dep_ in {"nsubj", "nsubjpass"} and c.lower_ not in relative
                      for c in verb.children)
    return lemma(head) if own_subject and "dobj" not in kids and "auxpass" not in kids else ""


def _joint_object(verb: "Token") -> str:
    """"signed an agreement", "reached a deal": an object that two parties make together."""
    for child in verb.children:
        if child.dep_ == "dobj" and (noun := lemma(child)) in JOINT_NOUNS:
            return noun
    return ""


def _through_noun(obj: Arg) -> bool:
    """Whether the object was reached through a noun ("meetings with X"), not a preposition."""
    first = obj.via.split()[0] if obj.via else ""
    return bool(first) and first not in NOUN_PREPOSITIONS and first not in SOURCE_PREPOSITIONS


def _denied_noun(subject: Arg, phrase: str, obj: Arg, held: Stance, verb: "Token"
                 ) -> Iterator[Statement]:
    """"Hale denied any meetings with Ortiz": Hale "deny" Ortiz, and "meet with", negated;
    "refused a meeting with", "avoided contact with" likewise.

    The denial's own edge never carries the noun: "deny meeting with" reads, word for word, as
    a meeting asserted.
    """
    yield _statement(subject, phrase, obj, held, verb)
    words = obj.via.split()
    if len(words) < 2:
        return                      # "denied Acme's acquisition": the owner, not the partner
    verb_form, patients = NOMINALIZATIONS.get(words[0], (words[0], frozenset()))
    verb_form = INTERACTION_VERBS.get(words[0], verb_form)
    rest = words[2:] if words[1] in patients else words[1:]     # "acquisition of" -> "acquire"
    denied = Stance(negated=not held.negated, hedged=held.hedged)
    yield _statement(subject, join(verb_form, *rest), obj, denied, verb)


def _asked_to(verb: "Token", obj: Arg) -> str:
    """What the object is asked to do: "urged Sessions to resign", "called on Barr to resign"."""
    target = verb.doc[obj.token_i]
    asked = target.dep_ == "dobj" or (target.dep_ == "pobj" and obj.via in {"on", "upon"})
    if len(obj.via.split()) > 1 or not asked:
        return ""
    for child in verb.children:
        infinitive = any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children)
        if child.dep_ == "xcomp" and infinitive:
            # "urged Lee not to testify": what was asked is not to, so it says so
            denied = any(c.dep_ == "neg" for c in child.children)
            return join("not" if denied else "", "to", verb_phrase(child))
    return ""


def _predicate_base(verb: "Token", passive: bool) -> str:
    """The verb part of the predicate: "sign off", "agree to settle", "accused" (passive)."""
    phrase = verb.lower_ if passive and verb.tag_ == "VBN" else verb_phrase(verb)
    if verb.dep_ == "xcomp" and verb.head.pos_ in {"VERB", "AUX"} \
            and verb.head.lemma_.lower() not in COPULAS | NEGATIVE_IMPLICATIVES | DENIAL_VERBS \
            and not any(c.dep_ == "auxpass" for c in verb.head.children) \
            and not _object_controlled(verb):
        # "agree to settle" keeps the governor; "failed to disclose" is "disclose", negated;
        # "is said to have met" is "meet", hedged; in "hired Lee to replace Ortiz" Lee replaces
        # (she did not hire).
        to = "to" if any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) else ""
        phrase = join(verb_phrase(verb.head), to, phrase)
    return phrase


def _object_controlled(verb: "Token") -> bool:
    """Whether the infinitive's doer is its governor's object ("urged Sessions to resign")."""
    head = verb.head
    return head.lemma_.lower() in OBJECT_CONTROL_VERBS \
        and any(c.dep_ in OBJECT_DEPS for c in head.children)


def _statement(subject: Arg, predicate: str, obj: Arg, held: Stance, verb: "Token",
               kind: str = "verb") -> Statement:
    return Statement(subject.key, predicate, obj.key, held, kind, verb.i)


def each_to_each(subjects: list[Arg], predicate: str, objects: list[str], held: Stance,
                 verb: "Token") -> Iterator[Statement]:
    """`subject predicate object` for every subject and every object key, never an entity
    to itself: what a verb says when a rule has found its objects elsewhere (a list after a
    colon, the place a "where" clause modifies, the article's sentenced defendants)."""
    for subject in subjects:
        for obj in objects:
            if obj != subject.key:
                yield Statement(subject.key, predicate, obj, held, "verb", verb.i)


def interaction_statements(sent: "Sequence[Token]", anchors: Anchors, para: int
                           ) -> Iterator[Statement]:
    """"Kislyak's interactions with Flynn", "meetings between A and B", "A and B's talks"."""
    for noun in sent:
        if noun.pos_ != "NOUN" or not any(c.dep_ == "poss" or c.dep_ == "prep" and c.lower_ in {
                "with", "between", "to"} for c in noun.children):
            continue                    # no owner and no partner: nothing to relate
        name = lemma(noun)
        if name in NOMINALIZATIONS:
            continue                    # "merger with": `nominals` gives "merge with"
        owners = [a for c in noun.children if c.dep_ == "poss"
                  for t in conjuncts(c) for a in nominal_entities(t, anchors, para)
                  if not anchors.group(t, para)]          # "their agreements": no pair inside
        partners: list[Arg] = []
        for prep in noun.children:
            if prep.dep_ == "prep" and (prep.lower_ in {"with", "between"} or (
                    prep.lower_ == "to" and name in INTERACTION_NOUNS)):    # "ties to Moscow"
                for obj in prep.children:
                    if obj.dep_ == "pobj":
                        partners += [Arg(a.key, "to" if prep.lower_ == "to" else "", a.token_i)
                                     for t in conjuncts(obj)
                                     for a in nominal_entities(t, anchors, para, owners=False)]
        if not owners and len(partners) >= 2 and name in INTERACTION_NOUNS:
            owners, partners = partners[:1], partners[1:]        # "talks between A and B"
        elif not owners and partners and name in INTERACTION_NOUNS:
            owners = _purpose_subjects(noun, anchors, para)     # "is in Moscow for talks with"
        elif len(owners) >= 2 and not partners and name in INTERACTION_NOUNS:
            owners, partners = owners[:1], owners[1:]            # "A and B's conversations"
        if not owners or not partners:
            continue
        held = noun_stance(noun, noun_clause_stance(noun))
        if held.raised:
            continue
        for owner in owners:
            for partner in partners:
                if owner.key != partner.key:
                    link = "to" if partner.via == "to" else "with"
                    yield Statement(owner.key, join(name, link), partner.key, held,
                                    "interaction", noun.i)


def _purpose_subjects(noun: "Token", anchors: Anchors, para: int) -> list[Arg]:
    """"Singh is in Moscow for talks with Putin", "arrived in Tehran for talks with X": who
    went there for the talks holds them (the subject of the clause the purpose belongs to)."""
    verb = noun.head.head
    if noun.dep_ != "pobj" or noun.head.lower_ not in {"for", "in"} \
            or verb.pos_ not in {"VERB", "AUX"}:
        return []
    subjects, passive = subject_entities(verb, anchors, para)
    return [] if passive else [s for s in subjects if not s.via]


def noun_stance(noun: "Token", held: Stance) -> Stance:
    """An "alleged" or "no" on the noun itself."""
    from graphbuild.extract.statements.negation import HEDGE_ADJECTIVES, NEGATIVE_DETERMINERS
    if any(c.lower_ in NEGATIVE_DETERMINERS and c.dep_ == "det" for c in noun.children):
        return Stance(negated=not held.negated)
    if any(c.lower_ in HEDGE_ADJECTIVES for c in noun.children) and not held.negated:
        return Stance(hedged=True)
    return held
