"""Who holds a post where no organization is named beside it, and names the parser lists
with the place of a post.

* an office of state set beside a name: "The Foreign Minister, Jose Ramos Horta, resigned"
  (the story's country, as `titles` reads it for a title before a name);
* people appointed to a post: "Globex Corp. named three directors: A, B and C" (the
  organization that appoints them);
* "The president of Afghanistan, Ashraf Ghani, and Chinese President Xi Jinping met": the
  parser lists Ghani with Afghanistan; he holds the post and is the noun's argument;
* "FBI Special Agent in Charge Maria Lopez said": the person a capitalized title stands for
  when the parser made the name the object of the title's "in".

`roles` and `arguments` use these; this module reads `Arg` and its helpers from `arguments`
when it runs (`arguments` imports this module).
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.knowledge.words import APPOINTMENT_VERBS, TITLE_LINKS

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.mentions.names import is_title_word
from graphbuild.extract.statements.predicates import lemma

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

    from graphbuild.extract.statements.arguments import Arg


def office_country(noun: "Token", title: str, anchors: Anchors, para: int) -> list[Arg]:
    """"The Foreign Minister, Jose Ramos Horta, resigned": an office of state set beside a
    name with no country holds the country the story is about, as a title before the name
    does (`title_roles`)."""
    from graphbuild.knowledge.places import country_of_demonym

    from graphbuild.extract.statements.titles import NATIONAL_OFFICES, SOLE_COUNTRY_OFFICES, sole_country, topic_country
    last = title.split()[-1]
    if last not in SOLE_COUNTRY_OFFICES:
        return []
    words = [t.text for t in noun.lefts]
    if any(country_of_demonym(w) for w in words + [" ".join(p) for p in zip(words, words[1:])]):
        return []       # "the former South Korean foreign minister": another country's
    found = topic_country(noun, anchors, para) if last in NATIONAL_OFFICES else []
    return found or sole_country(noun, anchors, para)


def appointer(noun: "Token", anchors: Anchors, para: int) -> list[Arg]:
    """"Globex Corp. named three directors: A, B and C": the organization that appoints people
    to a post without naming where holds the post they take."""
    from graphbuild.extract.statements.arguments import is_role_noun, subject_entities    # (see the module's docstring)
    verb = noun.head
    if noun.dep_ != "dobj" or verb.lemma_.lower() not in APPOINTMENT_VERBS \
            or not is_role_noun(lemma(noun)):
        return []
    subjects, passive = subject_entities(verb, anchors, para)
    return [] if passive else [s for s in subjects if not s.via
                               and anchors.type_of(s.key) == "ORG"]


def listed_holders(obj: "Token", anchors: Anchors, para: int) -> list[Arg]:
    """"The president of Afghanistan, Ashraf Ghani, and Chinese President Xi Jinping met": the
    parser lists the name set off after the role's country or organization with it. The first
    person so listed holds the role; those after him are coordinated with him."""
    from graphbuild.extract.statements.arguments import Arg, conjuncts
    if obj.dep_ != "pobj" or anchors.type_of(anchors.entity(obj, para, coref=False) or "") \
            not in {"GPE", "LOC", "ORG"}:
        return []
    listed = conjuncts(obj)[1:]
    if not listed or obj.doc[listed[0].left_edge.i - 1].text != "," \
            or anchors.type_of(anchors.entity(listed[0], para, coref=False) or "") != "PERSON":
        return []
    return [Arg(k, "", t.i) for t in listed if (k := anchors.entity(t, para, coref=False))
            and anchors.type_of(k) == "PERSON"]


def listed_holder_posts(sent: "Sequence[Token]", anchors: Anchors, para: int
                        ) -> Iterator[tuple[str, "Token", str]]:
    """(holder, role noun, place) of every "the <role> of <place>, <name>, and ..." listing."""
    from graphbuild.extract.statements.arguments import is_role_noun
    for prep in sent:
        if prep.lower_ != "of" or prep.dep_ != "prep" or prep.head.pos_ != "NOUN" \
                or not is_role_noun(lemma(prep.head)):
            continue
        for obj in prep.children:
            holders = listed_holders(obj, anchors, para)
            if holders and (place := anchors.entity(obj, para, coref=False)):
                yield holders[0].key, prep.head, place


def titled_name(token: "Token", anchors: Anchors, para: int) -> Arg | None:
    """The person a capitalized title stands for when the parser made the name its object.

    "FBI Special Agent in Charge Maria Lopez said": "Agent" is the subject, "Maria Lopez" the
    object of "in"; a title word, a link word, more title words, then the name, which ends
    the phrase. "The wife of John Smith" has no title word between "of" and the name.
    """
    from graphbuild.extract.statements.arguments import Arg
    doc = token.doc
    if token.dep_ == "conj" and token.is_title and is_title_word(token.text) and \
            token.i + 1 < len(doc) and anchors.entity(doc[token.i + 1], para, coref=False) and \
            anchors.type_of(anchors.entity(doc[token.i + 1], para, coref=False)) == "PERSON":
        # "Liu He and U.S. Trade Representative Robert Lighthizer held talks": the parser made
        # the title the conjunct and hung the name elsewhere; the name follows the title
        return Arg(anchors.entity(doc[token.i + 1], para, coref=False), "", token.i + 1)
    if token.pos_ != "PROPN" or not token.is_title:
        return None
    for prep in token.children:
        if prep.dep_ != "prep" or prep.lower_ not in TITLE_LINKS:
            continue
        for obj in prep.children:
            key = anchors.entity(obj, para, coref=False) if obj.dep_ == "pobj" else None
            if key is None or anchors.type_of(key) != "PERSON" \
                    or obj.right_edge.i != token.right_edge.i:      # "... Lopez and others"
                continue
            start = obj.i
            while start > prep.i + 1 and anchors.entity(doc[start - 1], para, coref=False) == key:
                start -= 1
            between = doc[prep.i + 1:start]
            if len(between) and all(t.is_title and anchors.entity(t, para, coref=False) is None
                                    for t in between):
                return Arg(key, "", obj.i)
    return None
