"""Lists named by a copula after a passive participle:

    The new astronauts introduced by Bolden are A and B, both ...; C; and D.
    The companies charged by the SEC were Acme Corp. and Beta LLC.

The agent of the participle did to each listed entity what the participle says ("Bolden
introduce A"). The parser spreads a long list over conjunctions, appositions and loose
attachments, so every person or organization after the copula counts as listed unless a
preposition leads to it ("both majors in the U.S. Army" names no member of the list).
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from graphbuild.extract.statements.triples import Statement

MEMBER_TYPES = {"PERSON", "ORG"}
PREPOSITION_DEPS = {"prep", "pobj", "agent", "pcomp"}


def copular_list_statements(sent: "Sequence[Token]", anchors: Anchors, para: int
                            ) -> Iterator["Statement"]:
    """`agent participle member` for "The N <participle> by AGENT are/were MEMBERS"."""
    for cop in sent:
        if cop.lemma_ != "be" or cop.dep_ != "ROOT":
            continue
        for subject in cop.children:
            if subject.dep_ != "nsubj" or anchors.entity(subject, para, coref=False):
                continue
            for verb in subject.children:
                if verb.dep_ == "acl" and verb.tag_ == "VBN":
                    yield from _listed(cop, verb, sent, anchors, para)


def _listed(cop: "Token", verb: "Token", sent: "Sequence[Token]", anchors: Anchors, para: int
            ) -> Iterator["Statement"]:
    from graphbuild.extract.statements.arguments import agent_entities
    from graphbuild.extract.statements.negation import stance
    from graphbuild.extract.statements.predicates import verb_phrase
    from graphbuild.extract.statements.triples import Statement

    agents = agent_entities(verb, anchors, para)
    if not agents:
        return
    held = stance(verb)
    if held.raised:
        return
    members: list[str] = []
    for token in sent:
        key = anchors.entity(token, para, coref=False)
        if token.i <= cop.i or key is None or key in members \
                or anchors.type_of(key) not in MEMBER_TYPES or _through_preposition(token, cop):
            continue
        members.append(key)
    for agent in agents:
        for member in members:
            if member != agent.key:
                yield Statement(agent.key, verb_phrase(verb), member, held, "verb", verb.i)


def _through_preposition(token: "Token", cop: "Token") -> bool:
    """Whether a preposition (or the copula's absence) lies between the token and the copula."""
    while token != cop:
        if token.dep_ in PREPOSITION_DEPS or token.head == token:
            return True
        token = token.head
    return False
