"""The accused of a prosecutor's release, for "the case" of its closing lines.

"Acme Corp. and Tom Lee were charged ... The case was investigated by the FBI": the case is
theirs, so the FBI investigated them. `coref` keeps the latest sentence's accused (the subjects
of "was charged / sentenced / indicted ..." and of "pleaded guilty") and lets "the case" and
"this case" stand for them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.statements.arguments import conjuncts

if TYPE_CHECKING:
    from spacy.tokens import Token

# Verbs whose passive subject is a defendant ("X was sentenced", "Y was charged").
ACCUSING_VERBS = {"charge", "sentence", "indict", "convict", "arrest", "extradite", "accuse",
                  "fine", "order"}


def is_accused(token: "Token") -> bool:
    """The subject of "was charged / sentenced / indicted ..." or of "pleaded guilty"."""
    verb = token.head
    if token.dep_ == "conj":
        while token.dep_ == "conj" and token.head != token:
            token = token.head
        verb = token.head
    word = verb.lemma_.lower()
    return (token.dep_ == "nsubjpass" and word in ACCUSING_VERBS) or \
        (token.dep_ == "nsubj" and word in {"plead", "admit"})


def accused_group(token: "Token", para: int, anchors: Anchors) -> list[str]:
    while token.dep_ == "conj" and token.head != token:
        token = token.head                          # "Acme Corp. and Tom Lee were charged"
    keys = [k for t in conjuncts(token) if (k := anchors.entity(t, para, coref=False))
            and anchors.type_of(k) in {"PERSON", "ORG"}]
    return list(dict.fromkeys(keys))


def case_noun(token: "Token") -> bool:
    """"This case", "the case": the subject of the usual closing line of a prosecutor's
    release ("... was investigated by the FBI", "... is being prosecuted by ...")."""
    return token.lower_ == "case" and token.dep_ in {"nsubjpass", "nsubj"} \
        and any(c.dep_ == "det" and c.lower_ in {"this", "the"} for c in token.children)
