"""Relations between the entities of one article, from the dependency parse."""
from __future__ import annotations

from typing import TYPE_CHECKING

from ..records import Article, DocEntity, Evidence, Paragraph, RelationMention
from .mentions import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

SUBJECTS = {"nsubj", "nsubjpass"}
OBJECTS = {"dobj", "attr", "dative"}
NEGATIONS = {"neg"}


def article_relations(article: Article, parsed: list[tuple[Paragraph, "Doc"]],
                      mentions: list[Mention], mention_entity: list[int]
                      ) -> list[RelationMention]:
    """Verb triples whose subject and object both contain an entity mention."""
    found: list[RelationMention] = []
    for index, (para, doc) in enumerate(parsed):
        token_entity = {}
        for m, e in zip(mentions, mention_entity):
            if m.paragraph == index:
                for i in range(m.token_start, m.token_end):
                    token_entity[i] = f"e{e}"
        for sent in doc.sents:
            found.extend(_sentence_triples(article, para, sent, token_entity))
    return found


def _entity_in(token: "Token", token_entity: dict[int, str]) -> str | None:
    for t in token.subtree:
        if t.i in token_entity:
            return token_entity[t.i]
    return None


def _sentence_triples(article: Article, para: Paragraph, sent: "Span",
                      token_entity: dict[int, str]) -> list[RelationMention]:
    found = []
    for verb in sent:
        if verb.pos_ not in {"VERB", "AUX"}:
            continue
        subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
        objects = [(c, "") for c in verb.children if c.dep_ in OBJECTS]
        objects += [(g, p.lower_) for p in verb.children if p.dep_ == "prep"
                    for g in p.children if g.dep_ == "pobj"]
        negated = any(c.dep_ in NEGATIONS for c in verb.children)
        for s in subjects:
            subject = _entity_in(s, token_entity)
            for o, prep in objects:
                obj = _entity_in(o, token_entity)
                if subject and obj and subject != obj:
                    predicate = f"{verb.lemma_.lower()} {prep}".strip()
                    passive = s.dep_ == "nsubjpass"
                    if passive and prep == "by":
                        subject, obj, predicate = obj, subject, verb.lemma_.lower()
                    found.append(RelationMention(
                        subject=subject, predicate=predicate, object=obj,
                        evidence=_evidence(article, para, sent), negated=negated))
    return found


def _evidence(article: Article, para: Paragraph, sent: "Span") -> Evidence:
    return Evidence(doc=article.id, sentence=sent.text.strip(),
                    start=para.start + sent.start_char, end=para.start + sent.end_char)


__all__ = ["article_relations", "DocEntity"]
