"""Events as nodes: named ones ("Operation Costly Influence") and nominal ones ("the Republican
convention", "his Senate confirmation hearing", "the presidential race"), linked to their
participants, places and dates.

A nominal event becomes a node when the text qualifies it (a modifier or an owner: "Senate
confirmation hearing", "his confirmation hearing", "US elections"); a bare "the election" joins an
event of the same kind already named in the article. Mentions of one kind merge when their
distinctive modifiers nest ("confirmation hearing" into "Senate confirmation hearing"); places,
nationalities, dates and generic adjectives ("presidential", "national") do not tell two events
apart inside one article.
"""
from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graphbuild.records import DocEntity, Merge
from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.statements.arguments import nominal_entities
from graphbuild.extract.statements.negation import Stance
from graphbuild.extract.statements.predicates import join, lemma
from graphbuild.extract.statements.triples import Statement
from graphbuild.extract.tokens import lowers, values

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Span, Token

# Head nouns of events, mapped to their kind ("race" and "election" are one kind).
EVENT_HEADS = {"election": "election", "race": "election", "vote": "election",
               "referendum": "referendum", "primary": "election", "caucus": "election",
               "runoff": "election", "run-off": "election",
               "convention": "convention", "hearing": "hearing", "trial": "trial",
               "summit": "summit", "conference": "conference", "sentencing": "sentencing",
               "inauguration": "inauguration", "debate": "debate", "campaign": "election",
               "olympics": "games", "games": "games", "tournament": "tournament",
               # disasters: "the 2015 Nepal earthquake", "a magnitude 7.8 quake"
               "earthquake": "earthquake", "quake": "earthquake", "tsunami": "tsunami",
               "hurricane": "storm", "typhoon": "storm", "cyclone": "storm", "storm": "storm",
               "eruption": "eruption", "wildfire": "wildfire"}
# Heads that need a modifier telling what they are ("presidential race", not "a race"); an
# "election campaign" is the election's, so it is of the election kind.
NEEDS_EVENT_MODIFIER = {"race": {"presidential", "election", "senate", "mayoral", "gubernatorial",
                                 "congressional", "governor", "leadership", "primary"},
                        "campaign": {"election", "presidential", "re-election", "reelection",
                                     "electoral"},
                        "vote": {"presidential", "parliamentary", "general", "national"},
                        "debate": {"presidential", "primary", "vice-presidential", "televised"}}
# Modifiers that do not tell two events of one kind apart inside one article.
GENERIC_MODIFIERS = {"presidential", "national", "general", "federal", "state", "local",
                     "upcoming", "last", "next", "recent", "first", "new", "public", "final",
                     "year", "this", "election", "its", "annual", "early", "late", "deadly",
                     "planned", "major", "big",
                     # a disaster's size or force describes it, and does not name another one
                     # ("a magnitude 8.8 earthquake" ... "the massive quake")
                     "massive", "powerful", "strong", "huge", "devastating", "magnitude",
                     "undersea", "shallow", "severe", "violent", "giant", "deadliest"}
# Kinds whose plural is one event ("the Olympics", "the games"); other plurals are many
# ("Chile experiences many earthquakes").
PLURAL_EVENT_KINDS = {"games"}
QUANTITY_WORDS = {"many", "several", "numerous", "few", "some", "multiple", "countless"}
MODIFIER_DEPS = {"compound", "amod", "nmod", "nummod", "npadvmod"}
# First words of named events ("Operation Desert Storm", "Project Busted Opportunity").
NAMED_EVENT_WORDS = {"operation", "project", "hurricane", "typhoon", "cyclone"}
PLACE_TYPES = {"GPE", "LOC", "FAC"}
# "Operation Costly Influence", "Project Busted Opportunity": a capitalized name after the word.
NAMED_EVENT = re.compile(r"\b(?:Operation|Project)(?:\s+[A-Z][\w'-]*[a-z][\w'-]*){1,4}")


@dataclass
class EventMention:
    kind: str
    label: str
    paragraph: int
    head: int
    start: int
    end: int
    distinctive: frozenset[str] = field(default_factory=frozenset)
    dates: tuple[str, ...] = ()


def find_events(anchors: Anchors) -> list[DocEntity]:
    """Reify the article's events: retype named ones, add nominal ones to the anchors.

    Returns the new EVENT entities (named events found by NER are already entities).
    """
    retype_named_events(anchors)
    mentions = [m for index, (_, doc) in enumerate(anchors.paragraphs)
                for finder in (named_event_mentions, event_mentions)
                for m in finder(doc, anchors, index)]
    clusters: list[list[EventMention]] = []
    for mention in [m for m in mentions if _qualified(m)]:
        home = _cluster_for(mention, clusters)
        if home is None:
            clusters.append([mention])
        else:
            home.append(mention)
    for mention in [m for m in mentions if not _qualified(m)]:
        home = _cluster_for(mention, clusters)        # "the summit" before "the Geneva summit"
        if home is not None:
            home.append(mention)
    named = _named_events_by_kind(anchors)
    for members in [c for c in clusters if len(named.get(c[0].kind, ())) == 1]:
        key = named[members[0].kind][0]             # "Cyclone Sidr" ... "the powerful storm"
        for m in members:
            for i in range(m.start, m.end):
                anchors.token_entity[m.paragraph].setdefault(i, key)
    clusters = [c for c in clusters if len(named.get(c[0].kind, ())) != 1]
    next_index = 1 + max((int(k[1:]) for k in anchors.entities if k[1:].isdigit()), default=-1)
    created = []
    for offset, members in enumerate(clusters):
        entity = _event_entity(f"e{next_index + offset}", members)
        anchors.add_entity(entity)
        for m in members:
            for i in range(m.start, m.end):
                anchors.token_entity[m.paragraph].setdefault(i, entity.key)
        created.append(entity)
    return created


def _named_events_by_kind(anchors: Anchors) -> dict[str, list[str]]:
    """The article's named events of a kind their name says ("Cyclone Sidr": a storm)."""
    found: dict[str, list[str]] = {}
    for key, entity in anchors.entities.items():
        words = entity.label.lower().split()
        if entity.type == "EVENT" and len(words) > 1 and words[0] in NAMED_EVENT_WORDS \
                and (kind := EVENT_HEADS.get(words[0])):
            found.setdefault(kind, []).append(key)
    return found


def retype_named_events(anchors: Anchors) -> None:
    """"Operation Costly Influence" tagged ORG by NER is an EVENT."""
    for entity in anchors.entities.values():
        first = entity.label.split()[0].lower() if entity.label.split() else ""
        if first in NAMED_EVENT_WORDS and len(entity.label.split()) > 1:
            entity.type = "EVENT"


def named_event_mentions(doc, anchors: Anchors, paragraph: int) -> Iterator[EventMention]:
    """"Operation X" / "Project X" names NER missed or split ("Project Busted Opportunity").

    >>> NAMED_EVENT.findall('as part of "Project Busted Opportunity"- a sweep')
    ['Project Busted Opportunity']
    """
    text = anchors.paragraphs[paragraph][0].text    # what was parsed; `doc.text` rebuilds it
    if "Operation" not in text and "Project" not in text:
        return
    for match in NAMED_EVENT.finditer(text):
        span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
        if span is None:
            continue
        label = match.group(0)
        keys = {anchors.entity(t, paragraph, coref=False) for t in span[1:]}
        if len(keys) == 1 and None not in keys:
            _rename_as_event(anchors, keys.pop(), label, span, paragraph)
            continue                            # NER found "Desert Storm": it is the operation
        if any(anchors.entity(t, paragraph, coref=False) for t in span):
            continue
        yield EventMention("named:" + label.lower(), label, paragraph, span.root.i,
                           span.start, span.end, frozenset({label.lower()}))


def _head_candidates(doc) -> list["Token"]:
    """Tokens whose lemma or lower-case form is an event head, found on the attribute arrays
    (building a Token for every word of the article costs more than the test)."""
    strings = doc.vocab.strings
    if len(_EVENT_LEMMAS) > MAX_REMEMBERED_LEMMAS:
        _EVENT_LEMMAS.clear()
    found = []
    for i, (word, lemma_id) in enumerate(zip(lowers(doc), values(doc, "LEMMA"))):
        head = word in EVENT_HEADS or _EVENT_LEMMAS.get(lemma_id)
        if head is None:                # a string's hash names it in every string store
            head = _EVENT_LEMMAS[lemma_id] = strings[lemma_id].lower() in EVENT_HEADS
        if head:
            found.append(doc[i])
    return found


_EVENT_LEMMAS: dict[int, bool] = {}  # lemma hash -> whether it is an event head, in lower case
MAX_REMEMBERED_LEMMAS = 200_000


def event_mentions(doc, anchors: Anchors, paragraph: int) -> Iterator[EventMention]:
    """Nominal event mentions of one parsed paragraph, not inside a named entity."""
    for token in _head_candidates(doc):
        if token.pos_ not in {"NOUN", "PROPN"}:
            continue
        word = lemma(token)
        kind = EVENT_HEADS.get(word)
        if kind is None or anchors.entity(token, paragraph, coref=False):
            continue
        plural = token.tag_ in {"NNS", "NNPS"} and kind not in PLURAL_EVENT_KINDS
        if plural and any(c.dep_ == "nummod" or c.lower_ in QUANTITY_WORDS
                          for c in token.children):
            continue        # "many earthquakes", "two summits": no one event
        start = _span_start(token)
        modifiers = [t for t in doc[start:token.i]]
        words = {lemma(t) for t in modifiers}
        if word in NEEDS_EVENT_MODIFIER and not words & NEEDS_EVENT_MODIFIER[word]:
            continue
        distinctive = frozenset(
            lemma(t) for t in modifiers
            if lemma(t) not in GENERIC_MODIFIERS and t.ent_type_ not in {"DATE", "NORP", "GPE"}
            and anchors.entity(t, paragraph, coref=False) is None and t.is_alpha)
        label = doc.text[doc[start].idx:token.idx + len(token)] if modifiers else token.text
        if plural:                  # "the quakes" may join the article's quake, not make one
            label = token.text
        owned = any(c.dep_ == "poss" for c in token.children)
        yield EventMention(kind, label, paragraph, token.i, start, token.i + 1,
                           distinctive | ({"#owned"} if owned and not (modifiers or plural)
                                          else set()),
                           event_dates(token, modifiers))


def _rename_as_event(anchors: Anchors, key: str, label: str, span: "Span", paragraph: int
                     ) -> None:
    """The entity NER found inside "Operation <name>" is the operation, an EVENT."""
    entity = anchors.entities[key]
    entity.type = "EVENT"
    if len(label) > len(entity.label):
        entity.aliases = sorted({*entity.aliases, entity.label, label})
        entity.label = label
    for token in span:
        anchors.token_entity[paragraph].setdefault(token.i, key)


def event_dates(head: "Token", modifiers: list["Token"]) -> tuple[str, ...]:
    """When the text dates the event: "the 2016 election", "the summit on March 3"."""
    found = [t.text for t in modifiers if t.ent_type_ == "DATE"]
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ in {"in", "on", "of", "during"}:
            for obj in prep.children:
                if obj.dep_ == "pobj" and obj.ent_type_ == "DATE":
                    found.append(head.doc[obj.left_edge.i:obj.right_edge.i + 1].text)
    return tuple(found)


def _span_start(head: "Token") -> int:
    """First token of the modifiers directly before the head ("US election campaign")."""
    start = head.i
    for t in reversed(list(head.doc[head.left_edge.i:head.i])):
        if t.i == start - 1 and t.dep_ in MODIFIER_DEPS and head.i >= t.head.i >= t.i:
            start = t.i
        else:
            break
    return start


def _qualified(mention: EventMention) -> bool:
    """A new event needs a modifier, an owner or a name; a bare "the election" only joins one."""
    return " " in mention.label or "#owned" in mention.distinctive


def _cluster_for(mention: EventMention, clusters: list[list[EventMention]]
                 ) -> list[EventMention] | None:
    mine = mention.distinctive - {"#owned"}
    for members in reversed(clusters):
        if members[0].kind != mention.kind:
            continue
        theirs = frozenset().union(*(m.distinctive for m in members)) - {"#owned"}
        if mine <= theirs or theirs <= mine:
            return members
    return None


def _event_entity(key: str, members: list[EventMention]) -> DocEntity:
    labels = [m.label for m in members]
    label = max(labels, key=lambda t: (len(t.split()), len(t)))
    aliases = sorted({m.label for m in members if " " in m.label} or {label})
    merges = [Merge(alias=a, rule=f"event of kind {members[0].kind}", doc="") for a in aliases]
    dates = sorted({d for m in members for d in m.dates})
    return DocEntity(key=key, label=label, type="EVENT", aliases=aliases, mentions=len(members),
                     merges=merges, attributes={"date": dates} if dates else {})


def event_statements(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """Participants, owners and places of the events named in a sentence."""
    for token in sent:
        key = anchors.entity(token, para, coref=False)
        if key is None or anchors.type_of(key) != "EVENT":
            continue
        if anchors.entity(token.head, para, coref=False) == key and token.head != token:
            continue                                     # not the head of the event's mention
        noun = lemma(token)
        for child in token.children:
            if child.dep_ == "poss" or (child.dep_ in MODIFIER_DEPS
                                        and anchors.entity(child, para, coref=False) != key):
                for arg in nominal_entities(child, anchors, para, depth=3):
                    yield _participant(arg.key, noun, key, anchors, token)
            elif child.dep_ == "prep" and child.lower_ in {"in", "at", "of", "for"}:
                for obj in child.children:
                    if obj.dep_ == "pobj":
                        for arg in nominal_entities(obj, anchors, para, depth=3):
                            yield _participant(arg.key, noun, key, anchors, token)
        for i in range(token.left_edge.i, token.i):       # "Sessions confirmation hearing"
            other = anchors.entity(token.doc[i], para, coref=False)
            if other and other != key and anchors.entity(token.doc[i].head, para,
                                                         coref=False) == key:
                yield _participant(other, noun, key, anchors, token)


def _participant(other: str, noun: str, event: str, anchors: Anchors, token: "Token"
                 ) -> Statement:
    """Places host the event; organizations hold it; people have it (and take part)."""
    kind = anchors.type_of(other)
    if kind in PLACE_TYPES:
        return Statement(event, "take place in", other, Stance(), "event", token.i)
    if kind == "ORG":
        return Statement(other, join("hold", noun), event, Stance(), "event", token.i)
    return Statement(other, join("have", noun), event, Stance(), "event", token.i)
