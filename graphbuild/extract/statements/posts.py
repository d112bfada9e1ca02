"""Posts and places read off clauses around a name, with the role nouns read as in `roles`
(whose helpers this module uses):

* copulas: "Sessions was a member of the Senate Armed Services committee", "named Powell
  chairman of the Fed", "A and B have been close friends";
* "as": "served as Glenn's deputy director", "named X as Ukraine's defense minister", "succeeds
  Lugo as center director", "the nomination of Neller as the next commandant";
* places: "Gadsden, Ala.", "the Glenn Research Center in Cleveland";
* adjectives after a copula ("is married to"), photo captions ("X, left, chairman of Y").
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.knowledge.places import PLACE_KIND_NOUNS, place_key

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.knowledge.words import APPOINTMENT_VERBS, LIST_PREPOSITIONS

from graphbuild.extract.statements.arguments import Arg, conjuncts, is_role_noun, nominal_entities, subject_tokens
from graphbuild.extract.statements.negation import INTENTION_WORDS, Stance, stance
from graphbuild.extract.statements.predicates import join, lemma, verb_phrase
from graphbuild.extract.statements.roles import PLACE_TYPES, name_head, noun_roles, noun_title
from graphbuild.extract.statements.triples import Statement

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

# Verbs whose object takes over a post from another: "succeeds Lugo as director" makes both
# directors (the object before, the subject after).
SUCCESSION_VERBS = {"succeed", "replace"}
# Verbs whose object is the post's organization: "joined Acme as its chief executive".
JOINING_VERBS = {"join", "rejoin"}


# Roles two subjects hold toward each other ("A and B are friends").
RECIPROCAL_ROLES = {"friend", "ally", "partner", "rival", "colleague", "classmate", "cousin",
                    "sibling", "brother", "sister", "neighbor", "neighbour", "roommate",
                    "teammate", "enemy", "co-founder", "cofounder", "spouse"}
# Where a person stands in a photograph ("X, left, chairman of Y").
CAPTION_WORDS = {"left", "right", "center", "centre", "front", "rear", "second", "third",
                 "from", "top", "bottom", "middle", "seated", "standing"}


def post_statements(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """Every rule of this module over one sentence."""
    yield from copula_roles(sent, anchors, para)
    yield from comma_places(sent, anchors, para)
    yield from as_roles(sent, anchors, para)
    yield from organization_places(sent, anchors, para)
    yield from adjective_links(sent, anchors, para)
    yield from caption_roles(sent, anchors, para)
    yield from named_place_roles(sent, anchors, para)
    yield from listed_nationals(sent, anchors, para)
    yield from copula_places(sent, anchors, para)


def copula_places(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """"Singh is in Moscow for talks", "the minister was in Beijing last week": where someone
    is (a visit, a stay); "is in talks" (no place) says nothing of the kind."""
    for verb in sent:
        if verb.lemma_ != "be" or any(c.dep_ in {"attr", "acomp"} for c in verb.children):
            continue
        places = [a for prep in verb.children if prep.dep_ == "prep"
                  and prep.lower_ in {"in", "at"} for obj in prep.children if obj.dep_ == "pobj"
                  for a in nominal_entities(obj, anchors, para, owners=False)
                  if not a.via and anchors.type_of(a.key) in PLACE_TYPES]
        if not places:
            continue
        subjects, passive = subject_tokens(verb)
        people = [a for s in subjects for a in nominal_entities(s, anchors, para, owners=False)
                  if not a.via and anchors.type_of(a.key) in {"PERSON", "ORG"}]
        held = stance(verb)
        if passive or held.raised:
            continue
        for person in people:
            for place in places:
                yield Statement(person.key, "be in", place.key, held, "verb", verb.i)


def listed_nationals(sent: "Sequence[Token]", anchors: Anchors, para: int
                     ) -> Iterator[Statement]:
    """"Mexican drug trafficking organizations, including the Gulf Cartel and the Sinaloa
    Cartel", "two Chinese firms, including A and B": each member listed is one of the
    nationality's kind (an organization of Mexico)."""
    for noun in sent:
        if noun.pos_ != "NOUN" or not any(c.dep_ == "prep" and c.lower_ in LIST_PREPOSITIONS
                                          for c in noun.children):
            continue
        countries = [k for c in noun.children if c.dep_ == "amod"
                     and (k := anchors.country(c)) is not None]
        if not countries:
            continue
        kind = join(*[t.lower_ for t in noun.lefts if t.dep_ == "compound"
                      and anchors.entity(t, para) is None], lemma(noun), "of")
        for prep in noun.children:
            if prep.dep_ == "prep" and prep.lower_ in LIST_PREPOSITIONS:
                for member in [a for obj in prep.children if obj.dep_ == "pobj"
                               for t in conjuncts(obj) for a in nominal_entities(t, anchors, para)
                               if not a.via]:
                    if member.key != countries[0]:
                        yield Statement(member.key, kind, countries[0], Stance(), "role", noun.i)


def named_place_roles(sent: "Sequence[Token]", anchors: Anchors, para: int
                      ) -> Iterator[Statement]:
    """"East Timor's capital city of Dili", "the city of Dingxi in Gansu province": the kind
    of place a name is "of" is that place's, with what the noun says of it (capital of East
    Timor, city in Gansu)."""
    named = anchors.token_entity[para]
    for token in sent:
        key = named.get(token.i)
        if key is None or anchors.type_of(key) not in PLACE_TYPES or token.dep_ != "pobj" \
                or token.head.lower_ != "of" or not name_head(token, key, anchors, para):
            continue
        noun = token.head.head
        if noun.pos_ == "NOUN" and lemma(noun) in PLACE_KIND_NOUNS \
                and anchors.entity(noun, para, coref=False) is None:
            yield from noun_roles([Arg(key, "", token.i)], noun, anchors, para, Stance())
            for prep in noun.children:      # "the city of Dingxi in Gansu": Dingxi is in Gansu
                if prep.dep_ == "prep" and prep.lower_ == "in":
                    for obj in prep.children:
                        place = anchors.entity(obj, para, coref=False) or _kind_named(obj,
                                                                                anchors, para)
                        if obj.dep_ == "pobj" and place and place != key \
                                and anchors.type_of(place) in PLACE_TYPES:
                            yield Statement(key, "located in", place, Stance(), "role", prep.i)


def _kind_named(noun: "Token", anchors: Anchors, para: int) -> str | None:
    """"Gansu province", "Cazenga neighborhood": the place a kind of place is named by."""
    if lemma(noun) not in PLACE_KIND_NOUNS:
        return None
    return next((k for c in noun.children if c.dep_ == "compound"
                 and (k := anchors.entity(c, para, coref=False))
                 and anchors.type_of(k) in PLACE_TYPES), None)


def caption_roles(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """"Army Gen. Martin E. Dempsey, left, chairman of the Joint Chiefs of Staff": a photo
    caption's position between a name and its role breaks the parse; the role is the name's."""
    doc = sent[0].doc if sent else None
    for noun in sent:
        if noun.pos_ != "NOUN" or noun.i < 4 or doc[noun.i - 1].text != "," \
                or not is_role_noun(lemma(noun)):
            continue
        i = noun.i - 2
        while i > 0 and doc[i].lower_ in CAPTION_WORDS:
            i -= 1
        if i == noun.i - 2 or doc[i].text != "," or i < 1:
            continue                    # no position word between two commas
        key = anchors.entity(doc[i - 1], para, coref=False)
        if key is None or anchors.type_of(key) != "PERSON":
            continue
        yield from noun_roles([Arg(key, "", i - 1)], noun, anchors, para, Stance())


def adjective_links(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """"X is married to Y", "X was close to Y", "X is critical of Y": a copula's adjective with
    a preposition and an entity after it relates the subject to that entity."""
    for adj in sent:
        if adj.dep_ != "acomp" or adj.pos_ not in {"ADJ", "VERB"} \
                or adj.head.lemma_.lower() not in {"be", "become", "remain", "get"}:
            continue
        objects = [(prep.lower_, a) for prep in adj.children if prep.dep_ == "prep"
                   for obj in prep.children if obj.dep_ == "pobj" for t in conjuncts(obj)
                   for a in nominal_entities(t, anchors, para) if not a.via]
        if not objects:
            continue
        verb = adj.head
        held = stance(verb)
        if held.raised:
            continue
        subjects = [a for t in subject_tokens(verb)[0]
                    for a in nominal_entities(t, anchors, para, owners=False)]
        for subject in subjects:
            for prep, obj in objects:
                if subject.key != obj.key:
                    yield Statement(subject.key, join(lemma(adj), prep), obj.key, held, "role",
                                    adj.i)


def organization_places(sent: "Sequence[Token]", anchors: Anchors, para: int
                        ) -> Iterator[Statement]:
    """"the Glenn Research Center in Cleveland", "the Anti-Corruption Bureau in Latvia": an
    organization's name with "in" and a place hung on it says where the organization is. The
    parser may hang it on a word inside a long name ("U.S. District Court for the Eastern
    District of Michigan in Detroit"): then "in" must follow the name."""
    named = anchors.token_entity[para]
    for token in sent:
        key = named.get(token.i)
        if key is None or anchors.type_of(key) not in {"ORG", "FAC"}:
            continue
        head = name_head(token, key, anchors, para)
        for prep in token.children:
            if prep.dep_ != "prep" or prep.lower_ != "in" or not (head or (
                    named.get(prep.i - 1) == key and named.get(prep.i) != key)):
                continue
            for obj in prep.children:
                place = anchors.entity(obj, para, coref=False) if obj.dep_ == "pobj" else None
                if place and place != key and anchors.type_of(place) in PLACE_TYPES:
                    yield Statement(key, "located in", place, Stance(), "role", prep.i)


def as_roles(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """Posts named after "as": "served as Glenn's deputy director", "named Lee as Ukraine's
    defense minister", "succeeds Lugo as center director", "Neller as the next commandant".

    Who holds the post: the object of a verb that installs someone (`APPOINTMENT_VERBS`) or
    hands a post on (`SUCCESSION_VERBS`: both ends), an entity the "as" hangs on directly, or
    else the verb's subject ("served as", "joined Acme as"). A nomination or plan only
    proposes the post (hedged); "posing as" is hedged by `stance`.
    """
    for prep in sent:
        if prep.lower_ != "as" or prep.dep_ != "prep":
            continue
        nouns = [c for c in prep.children if c.dep_ == "pobj" and c.pos_ in {"NOUN", "PROPN"}
                 and anchors.entity(c, para) is None and is_role_noun(lemma(c))]
        if not nouns:
            continue
        head = prep.head
        for holders, held, link in _post_holders(head, anchors, para):
            if held.raised or not holders:
                continue
            for noun in conjuncts(nouns[0]):
                roles = list(noun_roles(holders, noun, anchors, para, held))
                yield from (Statement(r.subject, r.predicate, r.object, held, "role", prep.i)
                            for r in roles)
                if not roles and link:                 # "joined Acme as chief executive"
                    yield from (Statement(h.key, join(noun_title(noun, anchors, para), "of"),
                                          link.key, held, "role", prep.i)
                                for h in holders if h.key != link.key)


def _post_holders(head: "Token", anchors: Anchors, para: int
                  ) -> Iterator[tuple[list[Arg], Stance, Arg | None]]:
    """(holders, their stance, an organization joined) of a post after "as" hung on `head`."""
    own = anchors.entity(head, para)
    if own is not None:                                 # "and Viktor Muzhenko as chief of"
        yield [Arg(own, "", head.i)], stance(head), None
        return
    verb_lemma = head.lemma_.lower()
    if head.pos_ == "NOUN":                             # "the nomination of Neller as ..."
        if verb_lemma in INTENTION_WORDS | {"appointment", "election", "selection"}:
            held = stance(head)
            hedged = held.hedged or verb_lemma in INTENTION_WORDS
            holders = [a for prep in head.children if prep.dep_ == "prep" and prep.lower_ == "of"
                       for obj in prep.children if obj.dep_ == "pobj"
                       for t in conjuncts(obj) if (k := anchors.entity(t, para))
                       for a in [Arg(k, "", t.i)]]
            yield holders, Stance(negated=held.negated, hedged=hedged), None
        return
    if head.pos_ not in {"VERB", "AUX"}:
        return
    held = stance(head)
    if verb_lemma in INTENTION_WORDS:
        held = Stance(negated=held.negated, hedged=True, raised=held.raised)
    things = [c for c in head.children if c.dep_ == "dobj"]
    if any(anchors.entity(t, para) is None for t in things):
        # "announced the nomination of X as ...": the post is the nominee's; "used the money
        # as a bribe": the thing's, which holds no post
        for thing in things:
            yield from _post_holders(thing, anchors, para)
        return
    objects = [a for c in things for t in conjuncts(c)
               if (k := anchors.entity(t, para)) for a in [Arg(k, "", t.i)]]
    subjects = [a for s in subject_tokens(head)[0]
                for a in nominal_entities(s, anchors, para, owners=False)]
    if verb_lemma in APPOINTMENT_VERBS and objects:
        yield objects, held, None
    elif verb_lemma in SUCCESSION_VERBS and objects:
        yield objects, Stance(), None                   # the predecessor held it
        yield subjects, held, None
    elif verb_lemma in JOINING_VERBS:
        link = next((o for o in objects if anchors.type_of(o.key) == "ORG"), None)
        yield subjects, held, link
    elif not objects:
        yield subjects, held, None


def copula_roles(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """"X was a member of Y", "X became governor of Y", "X was appointed ambassador to Y"."""
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue                            # before the children: most words are no verb
        attrs = [c for c in verb.children if c.dep_ in {"attr", "oprd"}]
        if not attrs:
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        link = "be" if verb.lemma_.lower() == "be" else \
            verb.lower_ if passive else verb_phrase(verb)
        subjects, _ = subject_tokens(verb)
        holders = [a for s in subjects for a in nominal_entities(s, anchors, para, owners=False)]
        installed = [a for c in verb.children if c.dep_ in {"dobj", "dative"}
                     for t in conjuncts(c) if (k := anchors.entity(t, para))
                     for a in [Arg(k, "", t.i)]]
        if installed and all(c.dep_ == "oprd" for c in attrs):
            holders, link = installed, ""   # "named Powell chairman of the Fed": Powell's post
        held = stance(verb)
        if held.raised or not holders:
            continue
        for attr in attrs:
            for noun in conjuncts(attr):
                if anchors.entity(noun, para):
                    continue                             # "X is Y": identity, not a role
                if lemma(noun) in RECIPROCAL_ROLES and len(holders) >= 2:
                    # "he and I have been close friends": each the other's
                    yield Statement(holders[0].key, join(lemma(noun), "of"), holders[1].key,
                                    held, "role", verb.i)
                for statement in noun_roles(holders, noun, anchors, para, held):
                    yield Statement(statement.subject, join(link, statement.predicate),
                                    statement.object, held, "role", verb.i)


def comma_places(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """"RIVERTON, N.J. -" and "Bridgetown, Barbados": a town, a comma, then its state or
    country, whatever the parse made of the pair (a dateline is rarely parsed as apposition).

    The first place must not be a state or country itself: "Ohio, Texas and Iowa" is a list.
    """
    for token in sent[1:-1]:
        if token.text != ",":
            continue
        doc = token.doc
        town = anchors.entity(doc[token.i - 1], para, coref=False)
        region = anchors.entity(doc[token.i + 1], para, coref=False)
        if town is None or region is None or town == region or \
                anchors.type_of(town) not in PLACE_TYPES or anchors.type_of(region) != "GPE":
            continue
        if doc[token.i + 1].lower_ in anchors.demonyms:
            continue    # "During his visit to Chicago, Chinese President Hu": no region
        if place_key(anchors.entities[region].label) and \
                not place_key(anchors.entities[town].label):
            yield Statement(town, "located in", region, Stance(), "role", token.i)
