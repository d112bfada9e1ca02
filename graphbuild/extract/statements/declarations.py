"""Winners declared: "The commission declared Ellen Johnson Sirleaf the winner of the runoff,
defeating George Weah", "I declare John Mahama president-elect", "Sirleaf was declared the
winner by the commission".

"declare" is otherwise a speech verb whose object is what was said (`triples` keeps no partner
for it); with a winner's complement its object is the person declared, and the participle after
it ("defeating Y") is the winner's, not the declarer's. The parser hangs the complement in many
ways (apposition, object predicate, clausal complement, a compound around the name), so the
complement is any winner's noun under the verb, and the declared is the person or organization
named with it or as the verb's object.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from graphbuild.extract.statements.triples import Statement

DECLARING_VERBS = {"declare", "proclaim", "pronounce"}
WINNER_NOUNS = {"winner", "victor", "elect", "president-elect", "champion"}
DECLARED_TYPES = {"PERSON", "ORG"}
COMPLEMENT_DEPS = {"dobj", "oprd", "ccomp", "xcomp", "attr", "appos", "compound", "npadvmod"}


def declaration_statements(sent: "Sequence[Token]", anchors: Anchors, para: int
                           ) -> Iterator["Statement"]:
    """`declarer declare winner winner` and `winner <participle> rival`."""
    from graphbuild.extract.statements.arguments import subject_entities
    from graphbuild.extract.statements.negation import stance
    from graphbuild.extract.statements.predicates import lemma, verb_phrase
    from graphbuild.extract.statements.triples import Statement

    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in DECLARING_VERBS:
            continue
        complement = _winner_noun(verb)
        if complement is None:
            continue
        held = stance(verb)
        if held.raised:
            continue
        subjects, passive = subject_entities(verb, anchors, para)
        declared = _declared(verb, complement, anchors, para)
        if passive:
            declared, subjects = [s.key for s in subjects], _by_agents(verb, complement,
                                                                       anchors, para)
        predicate = "declare champion" if lemma(complement) == "champion" else "declare winner"
        for subject in subjects:
            for key in declared:
                if subject.key != key:
                    yield Statement(subject.key, predicate, key, held, "verb", verb.i)
        for participle in verb.children:       # ", defeating George Weah": the winner's act
            if participle.dep_ == "advcl" and participle.tag_ == "VBG":
                rivals = [k for c in participle.children if c.dep_ == "dobj"
                          for t in c.subtree if (k := anchors.entity(t, para, coref=False))
                          and anchors.type_of(k) in DECLARED_TYPES]
                for key in declared:
                    for rival in dict.fromkeys(rivals):
                        if rival != key:
                            yield Statement(key, verb_phrase(participle), rival,
                                            stance(participle), "verb", participle.i)


def declares_winner(verb: "Token") -> bool:
    """Whether the verb declares a winner ("declared X the winner"): a participle after it
    is the winner's act, not the declarer's (`triples` leaves it to this module)."""
    return verb.pos_ == "VERB" and verb.lemma_.lower() in DECLARING_VERBS \
        and _winner_noun(verb) is not None


def _winner_noun(verb: "Token") -> "Token | None":
    """The winner's noun among the verb's complements (one level below the object too)."""
    for child in verb.children:
        for token in (child, *child.children):
            if token.dep_ in COMPLEMENT_DEPS and token.lower_ in WINNER_NOUNS:
                return token
    return None


def _declared(verb: "Token", complement: "Token", anchors: Anchors, para: int) -> list[str]:
    """Who is declared: the verb's object, or a name compounded with the complement."""
    found: list[str] = []
    tokens = [t for c in verb.children if c.dep_ == "dobj" for t in c.subtree]
    tokens += [t for t in complement.lefts if t.dep_ in {"compound", "nmod", "poss"}]
    tokens += [t for c in tokens for t in c.subtree]
    for token in tokens:
        key = anchors.entity(token, para)
        if key and anchors.type_of(key) in DECLARED_TYPES and key not in found \
                and token.i < complement.i:
            found.append(key)
    return found


def _by_agents(verb: "Token", complement: "Token", anchors: Anchors, para: int) -> list:
    """"was declared the winner by the commission": the agent, under the verb or the noun."""
    from graphbuild.extract.statements.arguments import Arg
    return [Arg(k, "", t.i) for owner in (verb, complement) for prep in owner.children
            if prep.dep_ in {"agent", "prep"} and prep.lower_ == "by"
            for t in prep.children if t.dep_ == "pobj" and (k := anchors.entity(t, para))]
