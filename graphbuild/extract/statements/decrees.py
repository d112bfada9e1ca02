"""Acts done by signing a document: "Medvedev has signed a decree firing Moscow Mayor Yuri
Luzhkov", "the president issued an order appointing Jane Roe".

The parser hangs the act on the document ("decree" <- acl "firing"), so `triples` finds no
subject for it; the one who signs or issues the document does what the document does.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from graphbuild.extract.statements.triples import Statement

SIGNING_VERBS = {"sign", "issue", "publish", "enact"}
DOCUMENT_NOUNS = {"decree", "order", "executive order", "edict", "ordinance", "resolution",
                  "directive", "proclamation", "warrant", "law", "bill"}
ACTOR_TYPES = {"PERSON", "ORG", "GPE"}


def decree_statements(sent: "Sequence[Token]", anchors: Anchors, para: int
                      ) -> Iterator["Statement"]:
    """`signer <act> object` for "signer signed a decree <act>ing object"."""
    from graphbuild.extract.statements.arguments import subject_entities
    from graphbuild.extract.statements.negation import stance
    from graphbuild.extract.statements.predicates import verb_phrase
    from graphbuild.extract.statements.triples import Statement

    for verb in sent:
        for act in signed_acts(verb):
            held = stance(act)
            if held.raised:
                continue
            subjects, passive = subject_entities(verb, anchors, para)
            if passive:
                continue        # "a decree was signed firing X": who signed it is not said
            # the parser may hang the act's object on the signing verb instead
            objects = [k for c in [*act.children, *verb.children] if c.dep_ == "dobj"
                       and (c.head == act or c.i > act.i) for k in [anchors.entity(c, para)] if k]
            for subject in subjects:
                if anchors.type_of(subject.key) not in ACTOR_TYPES:
                    continue
                for key in dict.fromkeys(objects):
                    if key != subject.key:
                        yield Statement(subject.key, verb_phrase(act), key, held, "verb", act.i)


def signed_acts(verb: "Token") -> list["Token"]:
    """The present participles a document the verb signs carries ("a decree firing ...")."""
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in SIGNING_VERBS:
        return []
    return [act for doc in verb.children if doc.dep_ == "dobj" and doc.lemma_.lower()
            in DOCUMENT_NOUNS for act in doc.children
            if act.dep_ == "acl" and act.tag_ == "VBG"]
