"""Appositions the parser did not see as such:

    Ban Ki-moon, the former foreign minister of South Korea, was sworn in ...

The small model may make "minister" the clause's subject and the name an adverb; the words
still say it: a person's name, a comma, a determiner and a role noun with its modifiers, and a
comma or the end of the sentence after the role's phrase. The role noun and its objects are
read as `roles.noun_roles` reads an apposition. Appositions the parser found are left to
`roles.appositive_roles`.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from graphbuild.extract.statements.triples import Statement

OPENERS = {"the", "a", "an"}
MODIFIER_POS = {"ADJ", "NOUN", "PROPN", "VERB"}     # "former", "foreign", "acting", "deputy"
MAX_MODIFIERS = 4


def surface_apposition_statements(sent: "Sequence[Token]", anchors: Anchors, para: int
                                  ) -> Iterator["Statement"]:
    """Roles of "NAME, the ROLE of X," where the parser did not attach the role to the name."""
    from graphbuild.extract.statements.arguments import Arg, is_role_noun
    from graphbuild.extract.statements.predicates import lemma
    from graphbuild.extract.statements.roles import _held, noun_roles

    doc = sent[0].doc if sent else None
    end = sent[-1].i if sent else -1
    for name in sent:
        key = anchors.entity(name, para, coref=False)
        if key is None or anchors.type_of(key) != "PERSON" or name.i + 3 > end \
                or doc[name.i + 1].text != "," or doc[name.i + 2].lower_ not in OPENERS \
                or anchors.entity(doc[name.i + 1], para, coref=False) == key:
            continue
        yield from _later_roles(doc, name.i, key, end, anchors, para)
        noun = _role_noun(doc, name.i + 3, end, anchors, para)
        if noun is None or not is_role_noun(lemma(noun)) or noun.dep_ == "appos" and (
                anchors.entity(noun.head, para) is not None):
            continue                    # the parser's apposition: `roles` reads it
        yield from noun_roles([Arg(key, "", name.i)], noun, anchors, para, _held(noun))


def _later_roles(doc, name: int, key: str, end: int, anchors: Anchors, para: int
                 ) -> Iterator["Statement"]:
    """"Dehghan, the CEO of Acme LLC, and manager and board chairman of Globex": a second role
    listed in the same apposition, after ", and", with its own "of" (the parser hangs it on the
    first organization). Read only while no verb has come, so the clause is still the name's."""
    from graphbuild.extract.statements.arguments import is_role_noun
    from graphbuild.extract.statements.predicates import join, lemma
    from graphbuild.extract.statements.roles import _held, noun_title
    from graphbuild.extract.statements.triples import Statement

    for i in range(name + 4, end - 2):
        token = doc[i]
        if token.pos_ in {"VERB", "AUX"}:
            return
        if token.text != "," or doc[i + 1].lower_ != "and":
            continue
        k, noun = i + 2, None
        while k <= end and k - i <= 2 + MAX_MODIFIERS and doc[k].pos_ in MODIFIER_POS | {"CCONJ"} \
                and not anchors.entity(doc[k], para, coref=False):
            noun = doc[k] if doc[k].pos_ == "NOUN" else noun
            k += 1
        if noun is None or k + 1 > end or doc[k].lower_ != "of" or not is_role_noun(lemma(noun)):
            continue
        target = anchors.entity(doc[k + 1], para, coref=False) or (
            anchors.entity(doc[k + 2], para, coref=False) if doc[k + 1].lower_ == "the" else None)
        if target and target != key and anchors.type_of(target) != "PERSON":
            yield Statement(key, join(noun_title(noun, anchors, para), "of"), target,
                            _held(noun), "role", noun.i)


def _role_noun(doc, start: int, end: int, anchors: Anchors, para: int) -> "Token | None":
    """The last noun of a run of modifiers from `start` ("former foreign minister"), if no
    entity is in the run."""
    noun = None
    for i in range(start, min(start + MAX_MODIFIERS + 1, end + 1)):
        token = doc[i]
        if token.pos_ not in MODIFIER_POS or anchors.entity(token, para, coref=False):
            break
        if token.pos_ == "NOUN":
            noun = token
    return noun
