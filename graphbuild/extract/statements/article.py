"""Relations between the entities of one article, from the dependency parse.

The rules live in their own modules and all yield `Statement`s over the same token -> entity
anchors (`anchors`): verb triples (`triples`), interactions named by nouns (`triples`), roles
(`roles`), speech (`speech`) and event participation (`events`). This module runs them over every
sentence, drops what the article only raises as a possibility, applies the article's own
corrections ("This article incorrectly said ..."), and turns the rest into `RelationMention`s
with their evidence sentence.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING

from graphbuild.records import Article, DocEntity, Evidence, Paragraph, RelationMention
from graphbuild.extract.mentions.anchors import Anchors, build_anchors
from graphbuild.extract.statements.capitals import unnamed_capitals
from graphbuild.extract.statements.colon_lists import colon_list_statements
from graphbuild.extract.statements.copular_lists import copular_list_statements
from graphbuild.extract.statements.coref import resolve_references
from graphbuild.extract.statements.declarations import declaration_statements
from graphbuild.extract.statements.distributed import shared_list_roles
from graphbuild.extract.statements.events import event_statements, find_events
from graphbuild.extract.mentions.spans import Mention
from graphbuild.extract.statements.negation import content_words, retracted_contents
from graphbuild.extract.statements.pairs import resolve_pairs
from graphbuild.extract.statements.place_adjuncts import place_adjunct_statements
from graphbuild.extract.statements.nominals import nominal_statements
from graphbuild.extract.statements.posts import post_statements
from graphbuild.extract.statements.roles import role_statements
from graphbuild.extract.statements.sentencing import imposed_sentences
from graphbuild.extract.statements.speech import speech_statements
from graphbuild.extract.statements.surface_appositions import surface_apposition_statements
from graphbuild.extract.statements.triples import Statement, interaction_statements, verb_statements
from graphbuild.extract.statements.where_clauses import where_statements
from graphbuild.extract.statements.decrees import decree_statements
from graphbuild.extract.statements.portions import portion_statements
from graphbuild.extract.statements.appointments import appointment_statements

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Rule = Callable[[list["Token"], Anchors, int], Iterable[Statement]]
SENTENCE_RULES: tuple[Rule, ...] = (verb_statements, interaction_statements, nominal_statements,
                                    speech_statements, role_statements, post_statements,
                                    event_statements, imposed_sentences,
                                    colon_list_statements, unnamed_capitals,
                                    where_statements, shared_list_roles,
                                    copular_list_statements, place_adjunct_statements,
                                    surface_apposition_statements, declaration_statements,
                                    decree_statements, portion_statements, appointment_statements)


def article_relations(article: Article, parsed: list[tuple[Paragraph, "Doc"]],
                      mentions: list[Mention], mention_entity: list[int],
                      entities: list[DocEntity] | None = None
                      ) -> tuple[list[DocEntity], list[RelationMention]]:
    """Events found in the article (new entities) and every relation between its entities."""
    entities = list(entities or [])
    anchors = build_anchors(parsed, mentions, mention_entity, entities)
    events = find_events(anchors)
    resolve_references(anchors, mentions, mention_entity)
    resolve_pairs(anchors)                  # "the two men" after "A and B held talks"
    found: list[RelationMention] = []
    retracted: list[tuple[int, frozenset[str]]] = []  # (correcting sentence, its content)
    sentences: dict[int, "Span"] = {}                 # evidence start -> its sentence
    for index, (para, doc) in enumerate(parsed):
        for sent in doc.sents:
            evidence = sentence_evidence(article, para, sent)
            retracted += [(evidence.start, words) for words in retracted_contents(sent)]
            sentences[evidence.start] = sent
            for statement in sentence_statements(sent, anchors, index):
                found.append(_mention(evidence, statement))
    found = retract_sentences(_unique(found), retracted, sentences)
    return events, apply_retractions(found)


def sentence_statements(sent: "Span", anchors: Anchors, para: int) -> Iterator[Statement]:
    """Every rule's statements for one sentence, minus self-loops and mere possibilities.

    The rules get the sentence's tokens as a list: iterating a Span builds new Token objects
    on every pass, and there is a pass per rule. A sentence with no entity in it (named,
    referred to, or a nationality's country) is not read at all; one entity may be enough, as
    a title can point at the country of the sentence before.
    """
    tokens = list(sent)
    if not anchors.keys_in(tokens, para):
        return                          # no entity in it: nothing to relate, skip the walks
    only_dated = dateline_only_keys(tokens, anchors, para)
    for rule in SENTENCE_RULES:
        for statement in rule(tokens, anchors, para):
            if statement.subject != statement.object and not statement.stance.raised \
                    and statement.predicate and readable(statement.predicate) and not (
                        statement.kind != "role" and
                        {statement.subject, statement.object} & only_dated):
                yield statement


def dateline_only_keys(tokens: "list[Token]", anchors: Anchors, para: int) -> set[str]:
    """Entities the sentence names only in its dateline ("WASHINGTON - The SEC charged ..."):
    no action's subject or object. A role may still read the dateline ("OLYMPIA, Wash. - Gov.
    Jay Inslee": the governor of Washington), so roles keep them."""
    dated = anchors.datelines[para] if anchors.datelines else set()
    if not dated:
        return set()
    named, resolved = anchors.token_entity[para], anchors.resolved[para]
    inside = {named[t.i] for t in tokens if t.i in dated and t.i in named}
    return inside - {k for t in tokens if t.i not in dated
                     and (k := named.get(t.i) or resolved.get(t.i))}


# Prepositions that chain a predicate through nouns ("thank for years of leadership at").
CHAIN_PREPOSITIONS = {"of", "against", "with", "for", "from", "in", "on", "at", "between", "by",
                      "about", "into", "throughout", "over", "under", "during", "after",
                      "before", "through"}
MAX_CHAINED_PREPOSITIONS = 2


def readable(predicate: str) -> bool:
    """Whether a reader would write the predicate: one that runs through three prepositions
    ("want to thank for year of leadership at", "express increase in number of refugee from")
    reaches an entity that is only mentioned inside an adjunct, not related to the subject.

    >>> readable("resign at request of"), readable("express increase in number of refugee from")
    (True, False)
    """
    return sum(word in CHAIN_PREPOSITIONS for word in predicate.split()) \
        <= MAX_CHAINED_PREPOSITIONS


def apply_retractions(relations: list[RelationMention]) -> list[RelationMention]:
    """A correction retracts a statement everywhere in the article, not just in its sentence.

    "This article incorrectly said officials recorded Pence and Kislyak's conversations" comes out
    negated from its own sentence; the same statement made earlier in the body is negated too.
    """
    retracted = {(r.subject, r.predicate, r.object) for r in relations if r.kind == "retracted"}
    retracted |= {(o, p, s) for s, p, o in retracted}
    for r in relations:
        if (r.subject, r.predicate, r.object) in retracted:
            r.negated, r.hedged = True, False
            if r.kind == "retracted":
                r.kind = "correction"
    return relations


def retract_sentences(relations: list[RelationMention],
                      retracted: list[tuple[int, frozenset[str]]],
                      sentences: dict[int, "Span"]) -> list[RelationMention]:
    """Negate what a sentence says when a correction names its content as wrong.

    "This article incorrectly said intelligence officials recorded Pence and Kislyak's
    conversations": the body sentence holding all those words is the one corrected, whatever its
    subject (the correction's own "intelligence officials" is no entity).
    """
    if not retracted:
        return relations
    contents = {start: content_words(sent) for start, sent in sentences.items()}
    for r in relations:
        words = contents.get(r.evidence.start, frozenset())
        if r.kind != "retracted" and any(clause <= words for at, clause in retracted
                                         if at != r.evidence.start):  # not the correction itself
            r.negated, r.hedged, r.kind = True, False, "correction"
    return relations


def sentence_evidence(article: Article, para: Paragraph, sent: "Span") -> Evidence:
    """The sentence as the article has it, with its offsets into the article.

    The article's own characters, not the parse's: a headline is parsed recased and hard line
    breaks are parsed as spaces, but a reader checks the evidence against the article.
    """
    start, end = _trimmed(article.text, para.start + sent.start_char, para.start + sent.end_char)
    return Evidence(doc=article.id, sentence=article.text[start:end], start=start, end=end)


def _mention(evidence: Evidence, statement: Statement) -> RelationMention:
    kind = "retracted" if statement.stance.retracted else statement.kind
    return RelationMention(subject=statement.subject, predicate=statement.predicate,
                           object=statement.object, evidence=evidence,
                           negated=statement.stance.negated, hedged=statement.stance.hedged,
                           kind=kind)


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without its surrounding white space, so the offsets frame the sentence itself."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _unique(relations: list[RelationMention]) -> list[RelationMention]:
    """One mention per (subject, predicate, object, stance, sentence): rules may overlap."""
    seen: set[tuple] = set()
    out = []
    for r in relations:
        key = (r.subject, r.predicate, r.object, r.negated, r.hedged, r.evidence.start)
        if key not in seen:
            seen.add(key)
            out.append(r)
    return out


__all__ = ["article_relations", "apply_retractions", "sentence_statements"]
