"""Roles shared by a coordination: "A and B, both majors in the U.S. Army".

A distributive word ("both", "all", "each") before a role noun after a list of names gives
the role to every name of the list, not only to the one the parser hangs the noun on:

* "Rubio and Cruz, both of Cuban descent" (the apposition is the distributive word itself);
* "Anne Roe and Andy Moe, both majors in the Army; and Jo Poe" (the apposition is the role
  noun, the distributive word its determiner; "Jo Poe", listed after the role, holds none);
* "Josh Roe and Vic Lee, both lieutenant commanders in the Navy" opening a list, where the
  parser attaches the role noun to the verb rather than to the names (`shared_list_roles`).
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.statements.arguments import Arg, conjuncts

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from graphbuild.extract.statements.triples import Statement

DISTRIBUTIVE_WORDS = {"both", "all", "each"}
HOLDER_TYPES = {"PERSON", "ORG"}


def first_conjunct(token: "Token") -> "Token":
    """The first token of the coordination the token belongs to."""
    while token.dep_ == "conj" and token.head != token:
        token = token.head
    return token


def is_distributive(noun: "Token") -> bool:
    """"both", or a noun determined by one ("both majors", "all members")."""
    return noun.lower_ in DISTRIBUTIVE_WORDS or any(
        c.dep_ in {"det", "predet"} and c.lower_ in DISTRIBUTIVE_WORDS for c in noun.children)


def distributed(head: "Token", anchors: Anchors, para: int, appos: "Token") -> list[Arg]:
    """The holders of an apposition: the head, or, for a distributive apposition, the names
    listed right before its comma (the parser may hang it on any name of a longer list)."""
    if not is_distributive(appos):
        key = anchors.entity(head, para)
        return [Arg(key, "", head.i)] if key else []
    return listed_before(appos, anchors, para) or [
        Arg(k, "", t.i) for t in conjuncts(first_conjunct(head)) if t.i < appos.i
        and (k := anchors.entity(t, para))]


def listed_before(noun: "Token", anchors: Anchors, para: int) -> list[Arg]:
    """"A and B, both <noun>": the names coordinated right before the comma that opens the
    distributive phrase, in the same stretch of the list (a name before a semicolon, or with
    an apposition of its own, has its own role)."""
    opener = min([c.i for c in noun.children if c.lower_ in DISTRIBUTIVE_WORDS] + [noun.i])
    doc = noun.doc
    if opener < 2 or doc[opener - 1].text != ",":
        return []
    name = doc[opener - 2]
    key = anchors.entity(name, para, coref=False)
    if key is None or anchors.type_of(key) not in HOLDER_TYPES:
        return []
    while name.head != name and anchors.entity(name.head, para, coref=False) == key:
        name = name.head                    # the name's head word carries its coordination
    return [Arg(k, "", t.i) for t in conjuncts(first_conjunct(name)) if t.i < noun.i and (
        t == name or not any(w.text == ";" for w in doc[t.i:opener])
        and not any(c.dep_ == "appos" and c != noun for c in t.children))
        and (k := anchors.entity(t, para))]


def shared_list_roles(sent: "Sequence[Token]", anchors: Anchors, para: int
                      ) -> Iterator["Statement"]:
    """"A and B, both <role> in X" where the role noun is not the names' apposition (the
    parser's appositions are read by `roles.appositive_roles`): the names right before the
    comma, with their coordination, hold the role."""
    from graphbuild.extract.statements.roles import _held, noun_roles

    for noun in sent:
        if noun.pos_ != "NOUN" or noun.dep_ == "appos" or not is_distributive(noun):
            continue
        holders = listed_before(noun, anchors, para)
        if len({h.key for h in holders}) > 1:
            yield from noun_roles(holders, noun, anchors, para, _held(noun))


def shared_of_roles(holders: list[Arg], noun: "Token", anchors: Anchors, para: int
                    ) -> Iterator["Statement"]:
    """"the CEO and chairman of Acme": titles joined by "and" share the last one's "of", which
    the parser hangs on that last title only."""
    from graphbuild.extract.mentions.names import is_title_word
    from graphbuild.extract.statements.predicates import join, lemma
    from graphbuild.extract.statements.roles import _held, noun_roles, noun_title
    from graphbuild.extract.statements.titles import PLACE_TYPES
    from graphbuild.extract.statements.triples import Statement

    if any(c.dep_ == "prep" for c in noun.children):
        return
    for other in conjuncts(noun):
        if other.i <= noun.i or other.pos_ != "NOUN" or not is_title_word(lemma(other)):
            continue
        title, own = noun_title(noun, anchors, para), join(noun_title(other, anchors, para), "of")
        for st in noun_roles(holders, other, anchors, para, _held(other)):
            if st.predicate != own:
                continue    # only the title's own "of", not one reached through a list after it
            yield st
            if anchors.type_of(st.object) not in PLACE_TYPES:
                yield Statement(st.subject, join(title, "of"), st.object, st.stance, "role",
                                noun.i)
        return
