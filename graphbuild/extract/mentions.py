"""Entity mentions from spaCy's named entities, with offsets into the article."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..records import NODE_TYPES, Article, Paragraph

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span

LEADING_WORDS = {"the", "a", "an"}


@dataclass
class Mention:
    """One mention of an entity in an article (offsets index `article.text`)."""

    text: str
    type: str
    start: int
    end: int
    paragraph: int              # index into the article's parsed paragraphs
    token_start: int            # token span inside that paragraph's Doc
    token_end: int
    titles: list[str] = field(default_factory=list)


def span_mention(span: "Span", para: Paragraph, index: int) -> Mention | None:
    """A Mention for an entity span, without leading articles and possessive endings."""
    tokens = list(span)
    while tokens and tokens[0].lower_ in LEADING_WORDS:
        tokens = tokens[1:]
    while tokens and tokens[-1].tag_ == "POS":
        tokens = tokens[:-1]
    if not tokens:
        return None
    first, last = tokens[0], tokens[-1]
    text = span.doc.text[first.idx:last.idx + len(last)]
    return Mention(text=text, type=span.label_, start=para.start + first.idx,
                   end=para.start + last.idx + len(last), paragraph=index,
                   token_start=first.i, token_end=last.i + 1)


def article_mentions(article: Article, parsed: list[tuple[Paragraph, "Doc"]]) -> list[Mention]:
    """All node-type entity mentions of an article, in text order."""
    found: list[Mention] = []
    for index, (para, doc) in enumerate(parsed):
        for ent in doc.ents:
            if ent.label_ not in NODE_TYPES:
                continue
            mention = span_mention(ent, para, index)
            if mention is not None:
                found.append(mention)
    return found
