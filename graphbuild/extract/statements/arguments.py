"""Who did it and to whom: the entities behind a verb's subject and objects.

A verb's arguments are tokens; these functions turn them into entity keys, following the links
a reader follows: coordination ("Schumer, Pelosi and Warren said"), relative clauses ("Franken,
who asked Sessions"), participles ("Thompson, working with ..."; "an investigation conducted by
the FBI"), control ("agreed to settle", "asked him to resign") and apposition ("its principals,
Chomakos and Capicchioni"). When the argument itself is no entity, the entity inside it is taken,
and the noun in between goes into the predicate ("filed a complaint against X" -> "file complaint
against"; "influence members of the Council" -> "influence member of").
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphbuild.knowledge.words import (RELATIVE_PRONOUNS, REFLEXIVES, NOUN_PREPOSITIONS,
                                        OBJECT_CONTROL_VERBS, OWNER_PARTICIPLES,
                                        APPOINTMENT_VERBS, LOCATING_PARTICIPLES,
                                        LIST_PREPOSITIONS, SOURCE_PREPOSITIONS, DATELINE_DASHES,
                                        GOVERNING_NOUNS, LINKING_VERBS, ACTING_BODIES)

from graphbuild.knowledge.organizations import CRAFT_WORDS

from graphbuild.extract.mentions.anchors import Anchors, state_of
from graphbuild.extract.statements.datelines import is_dateline  # noqa: F401 (re-exported)
from graphbuild.extract.statements.offices import listed_holders, titled_name
from graphbuild.extract.statements.partners import marked_partners
from graphbuild.extract.statements.envoys import country_envoy, town_institution
from graphbuild.extract.mentions.names import is_title_word
from graphbuild.extract.statements.predicates import is_role_noun, join, lemma, title_phrase  # noqa: F401

if TYPE_CHECKING:
    from spacy.tokens import Token

SUBJECT_DEPS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
PASSIVE_SUBJECT_DEPS = {"nsubjpass", "csubjpass"}
OBJECT_DEPS = {"dobj", "dative", "obj"}
# A noun's modifiers that may name the entity it belongs to ("FTC charges", "Russia's
# interference").
OWNER_DEPS = frozenset({"poss", "compound", "nmod"})
# A subject's owner does not act for it: "his client would cooperate" is not "he would".
SUBJECT_OWNER_DEPS = frozenset({"compound", "nmod"})
MAX_NOUN_DEPTH = 3
# Prepositions of a recipient: the verb's object is what the recipient gets.
RECIPIENT_PREPOSITIONS = {"to", "toward", "towards"}


@dataclass(frozen=True)
class Arg:
    """An entity argument and the words that lead to it from the verb ("complaint against")."""

    key: str
    via: str = ""
    token_i: int = -1


def conjuncts(token: "Token") -> list["Token"]:
    """The token and every token coordinated with it ("A, B and C").

    The parser often reads "A, B and C" as A with the apposition "B and C"; an apposition that
    carries a coordination of its own is taken as a list member.
    """
    for c in token.children:
        if c.dep_ == "conj" or c.dep_ == "appos":
            break
    else:
        return [token]                  # most tokens: nothing coordinated, no walk
    found, seen, stack = [], set(), [token]
    while stack:
        t = stack.pop()
        if t.i in seen:                 # one Doc: the index is the token (no Token comparison)
            continue
        seen.add(t.i)
        found.append(t)
        stack.extend(c for c in t.children if c.dep_ == "conj" or (
            c.dep_ == "appos" and any(g.dep_ in {"cc", "conj"} for g in c.children)))
    return sorted(found, key=lambda t: t.i)


def nominal_entities(token: "Token", anchors: Anchors, para: int, depth: int = 0,
                     owners: bool = True, owner_deps: frozenset[str] = OWNER_DEPS) -> list[Arg]:
    """The entities a noun phrase headed by `token` stands for or leads to.

    `owners` allows the entity that owns the noun (`owner_deps`: "Russia's interference", "FTC
    charges") to stand for it.
    """
    if is_dateline(token):                 # "BOSTON – John Smith, 58, was sentenced": Smith
        dash = next(t.i for t in token.doc[token.i:] if t.text in DATELINE_DASHES)
        return [a for c in token.children if c.dep_ == "appos" and c.i > dash
                for t in conjuncts(_placed_name(c))
                for a in nominal_entities(t, anchors, para, depth + 1, owners)]
    key = anchors.entity(token, para)
    if key and anchors.type_of(key) in {"GPE", "LOC"} and (placed := _placed_name(token)) != token:
        return nominal_entities(placed, anchors, para, depth + 1, owners, owner_deps)
    if key:
        if anchors.type_of(key) == "EVENT" and token.pos_ == "NOUN":
            # "conducted a news conference with Dempsey": the event and who shares it
            return [Arg(key, "", token.i)] + [
                Arg(a.key, join(lemma(token), "with", a.via), a.token_i)
                for prep in token.children if prep.dep_ == "prep" and prep.lower_ == "with"
                for obj in prep.children if obj.dep_ == "pobj" for t in conjuncts(obj)
                for a in nominal_entities(t, anchors, para, depth + 1, owners, owner_deps)
                if anchors.type_of(a.key) != "EVENT"]
        return [Arg(key, "", token.i)]
    if (person := titled_name(token, anchors, para)) is not None:
        return [person]                                 # "Special Agent in Charge Maria Lopez"
    group = anchors.group(token, para)
    if group:
        return [Arg(k, "", token.i) for k in group]
    country = state_of(token, anchors)
    if country:                 # "Indian and Russian officials": each nationality's country
        others = [anchors.country(n) for c in token.children if c.dep_ == "amod"
                  for n in c.children if n.dep_ == "conj"]
        return [Arg(k, "", token.i) for k in dict.fromkeys([country, *others]) if k]
    found = [Arg(k, "", c.i) for c in token.children if c.dep_ == "appos"
             for a in conjuncts(c) if (k := anchors.entity(a, para))]
    if found:
        return found                                    # "its principals, A and B"
    if token.dep_ == "appos" and (k := anchors.entity(token.head, para)) and not (
            anchors.type_of(k) in {"GPE", "LOC"} and _placed_by_participle(token)):
        return [Arg(k, "", token.head.i)]               # "Operation X, an investigation ..."
    if (envoy := country_envoy(token, anchors, para)) is not None:
        return [Arg(envoy, "", token.i)]                # "Ethiopia's foreign minister visited"
    if depth >= MAX_NOUN_DEPTH or token.pos_ not in {"NOUN", "PROPN", "NUM"}:
        return []
    noun = lemma(token)
    if token.head.lower_ == "as" and is_role_noun(noun):     # "resigned as chief executive of"
        noun = title_phrase([t.text for t in token.lefts if t.dep_ in {"compound", "amod"}
                             and t.pos_ in {"NOUN", "PROPN", "ADJ"} and t.ent_type_ != "ORDINAL"
                             and anchors.entity(t, para) is None] + [noun])
    if owners:
        for child in token.children:
            if child.dep_ in owner_deps and (k := anchors.entity(child, para)) \
                    and not town_institution(child, k, noun, anchors):
                found.append(Arg(k, noun, child.i))     # "Russia's interference", "FTC charges"
    for prep in token.children:
        if prep.dep_ == "prep" and prep.lower_ in LIST_PREPOSITIONS:
            # "three lawyers, including A and B": the members stand for the noun
            found += [Arg(k, "", t.i) for obj in prep.children if obj.dep_ == "pobj"
                      for t in conjuncts(obj) if (k := anchors.entity(t, para))]
            continue
        if prep.dep_ == "acl" and prep.tag_ == "VBN":   # "charges brought by the SEC"
            if lemma(prep) in OWNER_PARTICIPLES:
                continue    # "paid a firm controlled by Ruiz" paid the firm, not its owner
            found += [Arg(a.key, join(noun, "by", a.via), a.token_i)
                      for agent in prep.children if agent.dep_ == "agent"
                      for obj in agent.children if obj.dep_ == "pobj"
                      for a in nominal_entities(obj, anchors, para, depth + 1, owners, owner_deps)]
            continue
        if prep.dep_ != "prep" or prep.lower_ not in NOUN_PREPOSITIONS:
            continue
        if prep.lower_ == "of" and is_role_noun(lemma(token)) and (listed := [
                h for obj in prep.children for h in listed_holders(obj, anchors, para)]):
            return found + listed       # "The president of Afghanistan, Ashraf Ghani, and Xi"
        for obj in prep.children:
            if obj.dep_ != "pobj" and not (obj.dep_ == "pcomp" and anchors.entity(obj, para)):
                continue
            for target in conjuncts(obj):
                for arg in nominal_entities(target, anchors, para, depth + 1, owners, owner_deps):
                    found.append(Arg(arg.key, join(noun, prep.lower_, arg.via), arg.token_i))
    return found


def _placed_name(token: "Token") -> "Token":
    """"WASHINGTON — Nagoya, Japan-based Tokai Rika Co. Ltd., has agreed": the parser makes
    the town before "-based" the dateline's apposition and the company the town's; the
    company is the argument."""
    for child in token.children:
        if child.dep_ == "appos" and any(m.lower_ in {"based", "headquartered"}
                                         for m in child.children if m.dep_ == "amod"):
            return child
    return token


def governing_verb(token: "Token") -> "Token | None":
    """The verb a noun hangs from ("a plan to investigate": plan <- on <- signed)."""
    word = token
    for _ in range(6):
        if word.head == word:
            return None
        word = word.head
        if word.pos_ in {"VERB", "AUX"}:
            return word
    return None


def _accused(prep: "Token") -> list["Token"]:
    """Who does what "with"/"of"/"for" introduces after an object: "charged Acme with paying
    bribes", "accused X of lying", "thanked Lee for leading Glenn", "charges against Acme for
    paying bribes" (the object of the verb, or the "against" object of the noun), not the
    subject of the verb above."""
    if prep.lower_ not in {"with", "of", "for"}:
        return []
    owner = prep.head
    if owner.pos_ in {"VERB", "AUX"}:
        objects = [c for c in owner.children if c.dep_ in OBJECT_DEPS]
        return conjuncts(objects[0]) if objects else []
    if owner.pos_ != "NOUN":
        return []
    nouns = [owner] + [g for c in owner.children if c.dep_ == "prep" and c.lower_ == "of"
                       for g in c.children if g.dep_ == "pobj"]      # "filing of charges"
    return [t for noun in nouns for c in noun.children if c.dep_ == "prep"
            and c.lower_ == "against" for g in c.children if g.dep_ == "pobj"
            for t in conjuncts(g)]


def subject_tokens(verb: "Token", depth: int = 0) -> tuple[list["Token"], bool]:
    """The tokens that are the verb's subject, and whether they are its passive subject."""
    own = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if own:
        subjects: list[Token] = []
        for s in own:
            if s.lower_ in RELATIVE_PRONOUNS and verb.dep_ == "relcl":
                s = verb.head                               # "Franken, who asked ..."
            subjects.extend(conjuncts(s))
        return subjects, own[0].dep_ in PASSIVE_SUBJECT_DEPS
    if depth > 4 or verb.head == verb:
        return [], False
    head, dep = verb.head, verb.dep_
    # An inherited subject is the verb's own agent unless the verb itself is passive
    # ("is said to have met": the subject met; "was arrested and charged": both passive).
    own_passive = any(c.dep_ == "auxpass" for c in verb.children)
    if dep == "xcomp":
        objects = [c for c in head.children if c.dep_ in OBJECT_DEPS]
        if objects and head.lemma_.lower() in OBJECT_CONTROL_VERBS:
            return conjuncts(objects[0]), own_passive        # "asked him to resign"
        return subject_tokens(head, depth + 1)[0], own_passive
    if dep == "conj" and head.pos_ in {"VERB", "AUX"}:
        subjects, passive = subject_tokens(head, depth + 1)
        return subjects, own_passive or (passive and verb.tag_ == "VBN")
    if dep == "advcl" and head.pos_ in {"VERB", "AUX"}:
        if head.lemma_.lower() in LINKING_VERBS and any(c.lower_ == "to" and c.dep_ == "aux"
                                                         for c in verb.children):
            return [], False    # "X became the target of a campaign ... to portray him": not X's
        objects = [c for c in head.children if c.dep_ in OBJECT_DEPS]
        if objects and verb.tag_ == "VBG" and head.lemma_.lower() in APPOINTMENT_VERBS:
            return conjuncts(objects[0]), own_passive        # "appointed Lee ..., replacing"
        return subject_tokens(head, depth + 1)[0], own_passive   # "calling Sessions ..."
    if dep == "pcomp" and head.head != head:
        accused = _accused(head)
        if accused:
            return accused, own_passive     # "charged Acme with paying", "charges against X for"
        verb_above = head.head if head.head.pos_ in {"VERB", "AUX"} else governing_verb(head)
        if verb_above is None:
            return [], False
        return subject_tokens(verb_above, depth + 1)[0], own_passive
    if dep in {"acl", "relcl"}:
        if verb.tag_ == "VBN" and verb.lemma_.lower() in LOCATING_PARTICIPLES \
                and head.i < verb.i - 1 and verb.doc[verb.i - 1].pos_ == "PROPN" \
                and verb.doc[verb.i - 1] in head.subtree:
            # "Smith of the University of Arizona located in Tucson": the name right before
            # the participle is what is located, wherever the parser hung it
            return [verb.doc[verb.i - 1]], True
        if verb.tag_ == "VBN":
            return [head], True                              # "an investigation conducted by"
        if verb.tag_ == "VBG":
            return [head], False                             # "Thompson, working with"
        agents = [o for p in head.children if p.dep_ == "prep" and p.lower_ == "by"
                  for o in p.children if o.dep_ == "pobj"]
        if agents:          # "a campaign by state media to portray him": the media's act
            return conjuncts(agents[0]), own_passive
        above = governing_verb(head)                          # "a plan to investigate"
        return (subject_tokens(above, depth + 1)[0], own_passive) if above is not None \
            else ([], False)
    return [], False


def subject_entities(verb: "Token", anchors: Anchors, para: int) -> tuple[list[Arg], bool]:
    """The verb's subject entities (coordination and control followed) and its voice.

    A subject reached through a noun ("police in Uganda") may not be an event: "Sessions'
    answers in his confirmation hearing" is about answers, not done by the hearing.
    """
    tokens, passive = subject_tokens(verb)
    # "The former head of Petrobras, Aldemir Bendine, was arrested": the holder named beside
    tokens = [_holder_named(t, anchors, para) or t for t in tokens]
    found: list[Arg] = []
    # "Acme, a lender and an issuer of bonds in the UK, and its subsidiary, Beta": beside a
    # named subject, a common noun of the list describes it or leads to a name of its own
    # ("subsidiary, Beta"); what its prepositions lead to does not act.
    named = len(tokens) > 1 and any(anchors.entity(t, para, coref=False) for t in tokens)
    for token in tokens:
        description = named and token.pos_ == "NOUN"
        # "a federal judge in Miami sentenced": the judge acts, not the place he sits in
        sits = token.pos_ == "NOUN" and is_title_word(lemma(token)) and \
            lemma(token) not in ACTING_BODIES
        # "Maduro's government arrested": a government or force acts for its owner
        owner_deps = OWNER_DEPS if passive or lemma(token) in GOVERNING_NOUNS else SUBJECT_OWNER_DEPS
        found.extend(a for a in nominal_entities(token, anchors, para, owner_deps=owner_deps)
                     if not a.via or a.via in CRAFT_WORDS      # "the Phoenix lander sent"
                     or (anchors.type_of(a.key) != "EVENT" and _near(a.via)
                         and not (description and _prepositional_via(a.via))
                         and not (sits and a.via.split()[1:2] in (["in"], ["at"]))))
    return _unique(found), passive


def _holder_named(token: "Token", anchors: Anchors, para: int) -> "Token | None":
    """The person set after the "of" object of a role noun ("head of Acme, Jane Roe")."""
    return next((a for p in token.children if p.dep_ == "prep" and p.lower_ == "of"
                 and is_role_noun(lemma(token)) for o in p.children for a in o.children
                 if a.dep_ == "appos" and anchors.type_of(anchors.entity(a, para) or "") ==
                 "PERSON"), None)


def _placed_by_participle(token: "Token") -> bool:
    """"Tijuana, Mexico-based cartel": a thing in the place (the parser's apposition)."""
    return any(c.dep_ == "amod" and c.lower_ in {"based", "headquartered"} for c in token.children)


def _near(via: str) -> bool:
    """A subject reached through one preposition acts ("police in Uganda arrested ..."); one
    two prepositions down is only described ("the company, an issuer of securities in the
    United States, entered ...": not the United States)."""
    return sum(word in NOUN_PREPOSITIONS for word in via.split()) < 2


def _post_taker(obj: "Token", anchors: Anchors, para: int) -> bool:
    """An object that a post after "as" belongs to: an entity, or a nomination of one."""
    from graphbuild.extract.statements.negation import INTENTION_WORDS
    return anchors.entity(obj, para) is not None or \
        lemma(obj) in INTENTION_WORDS | {"appointment", "election", "selection"}


def _prepositional_via(via: str) -> bool:
    return any(word in NOUN_PREPOSITIONS for word in via.split())


def object_entities(verb: "Token", anchors: Anchors, para: int) -> list[Arg]:
    """Direct and prepositional objects of the verb as entities, with the words leading there."""
    found: list[Arg] = []
    for child in verb.children:
        if child.dep_ == "dative" and child.pos_ == "ADP":
            # "paid bribes to X": a preposition the parser calls a dative; the thing given
            # stays in the predicate ("pay bribe to").
            things = [lemma(c) for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                      and anchors.entity(c, para) is None]
            found.extend(_prepositional(child, anchors, para, join(*things[:1], child.lower_)))
        elif child.dep_ == "oprd" and anchors.entity(child, para) is not None and \
                any(c.dep_ == "dobj" for c in verb.children):
            # "named three directors: A, B and C": the parser makes the list a predicate
            found.extend(a for t in conjuncts(child) for a in nominal_entities(t, anchors, para))
        elif child.dep_ in OBJECT_DEPS and child.lower_ not in REFLEXIVES:
            for target in conjuncts(child):
                found.extend(nominal_entities(target, anchors, para))
        elif child.dep_ == "npadvmod" and child.i > verb.i and anchors.type_of(
                anchors.entity(child, para, coref=False) or "") in {"PERSON", "ORG"} \
                and not any(c.dep_ in OBJECT_DEPS for c in verb.children):
            # "X met Ethiopian Prime Minister Abiy Ahmed": a name the parser took for an
            # adverb of the verb ("met Monday") is its object
            found.extend(nominal_entities(child, anchors, para))
        elif child.dep_ == "prep" and child.lower_ not in SOURCE_PREPOSITIONS:
            if child.lower_ == "as" and any(_post_taker(c, anchors, para) for c in verb.children
                                            if c.dep_ in OBJECT_DEPS) \
                    and any(is_role_noun(lemma(o)) for o in child.children if o.dep_ == "pobj"):
                continue    # "named X as minister of Y": the post is the object's (`posts`)
            # "offered condolences to Chile", "sent a signal to Earth": the thing given stays in
            # the predicate ("offer condolence to"), as for a dative
            things = [lemma(c) for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"
                      and anchors.entity(c, para) is None and c.i < child.i
                      ] if child.lower_ in RECIPIENT_PREPOSITIONS else []
            found.extend(_prepositional(child, anchors, para, join(*things[:1], child.lower_)))
    found += [Arg(a.key, join(mark, a.via), a.token_i) for mark, partner in marked_partners(verb)
              for a in nominal_entities(partner, anchors, para)]   # see `partners`
    return _unique(found)


def agent_entities(verb: "Token", anchors: Anchors, para: int) -> list[Arg]:
    """The "by X" agents of a passive verb."""
    found: list[Arg] = []
    for child in verb.children:
        if child.dep_ == "agent":
            for obj in child.children:
                if obj.dep_ == "pobj":
                    for target in conjuncts(obj):
                        found.extend(nominal_entities(target, anchors, para))
    return _unique(found)


def _prepositional(prep: "Token", anchors: Anchors, para: int, word: str) -> list[Arg]:
    found: list[Arg] = []
    for obj in prep.children:
        if obj.dep_ == "pobj" or (obj.dep_ == "pcomp" and anchors.entity(obj, para)):
            for target in conjuncts(obj):
                for arg in nominal_entities(target, anchors, para, owners=False):
                    found.append(Arg(arg.key, join(word, arg.via), arg.token_i))
        elif obj.dep_ == "prep":                       # "out of", "on behalf of"
            found.extend(_prepositional(obj, anchors, para, join(word, obj.lower_)))
    return found


def _unique(args: list[Arg]) -> list[Arg]:
    seen: set[tuple[str, str]] = set()
    out = []
    for arg in args:
        if (arg.key, arg.via) not in seen:
            seen.add((arg.key, arg.via))
            out.append(arg)
    return out

