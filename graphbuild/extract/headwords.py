"""Headline words that the tagger took for names: dropped when nothing in the story names them.

`headlines.sentence_case` lowercases the headline words that the running text writes in
lowercase or that are verbs and function words. A common noun the story never uses ("Agency
Charges Startup Founder With Fraud", "Weekly News Roundup") keeps its capital, and the tagger
may make an entity of it. Such a mention is dropped when it stands for nothing else in the
article: it is one word, every mention of its entity is in a headline, the word is an English
word (nouns included) and not a place. A real name in a headline is almost always named in the
story too ("Flynn Resigns" and "Michael Flynn"), and then it is kept.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.ingest.headlines import dictionary_word, is_headline, is_shouted
from graphbuild.resolve.places import country_of_demonym, is_place_name
from graphbuild.records import Article, Paragraph
from graphbuild.extract.entities import cluster_mentions
from graphbuild.extract.spans import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc


def headline_paragraphs(article: Article, parsed: list[tuple[Paragraph, "Doc"]]) -> set[int]:
    """Indexes of the parsed paragraphs that are headlines (as the article writes them)."""
    found = set()
    for index, (para, _) in enumerate(parsed):
        original = article.text[para.start:para.start + len(para.text)]
        if is_headline(original) or is_shouted(original):
            found.add(index)
    return found


def without_headline_words(article: Article, parsed: list[tuple[Paragraph, "Doc"]],
                           mentions: list[Mention]) -> list[Mention]:
    """The mentions less the entities made only of a common word in a headline (the article's
    clustering says what a mention stands for)."""
    heads = headline_paragraphs(article, parsed)
    if not any(m.paragraph in heads for m in mentions):
        return mentions
    _, links = cluster_mentions(article, mentions)
    members: dict[int, list[Mention]] = {}
    for m, entity in zip(mentions, links):
        members.setdefault(entity, []).append(m)
    dropped = {entity for entity, ms in members.items() if is_headline_word(ms, heads)}
    return [m for m, entity in zip(mentions, links) if entity not in dropped]


def is_headline_word(mentions: list[Mention], heads: set[int]) -> bool:
    """An entity whose mentions are all one word in headlines, an English word, not a place."""
    words = {m.text for m in mentions}
    if len(words) != 1:
        return False
    word = next(iter(words))
    return (" " not in word and all(m.paragraph in heads and not m.titles for m in mentions)
            and dictionary_word(word) and not is_place_name(word)
            and not country_of_demonym(word) and not word.isupper())
