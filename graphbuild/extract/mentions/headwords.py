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

import re
from functools import lru_cache
from typing import TYPE_CHECKING

from graphbuild.ingest.headlines import dictionary_word, is_headline, is_shouted
from graphbuild.knowledge.places import country_of_demonym, is_place_name
from graphbuild.records import Article, DocEntity, Paragraph
from graphbuild.extract.mentions.entities import cluster_mentions
from graphbuild.extract.mentions.spans import Mention, make_mention

if TYPE_CHECKING:
    from spacy.tokens import Doc


def headline_paragraphs(article: Article, parsed: list[tuple[Paragraph, "Doc"]]) -> set[int]:
    """Indexes of the parsed paragraphs that are headlines (as the article writes them)."""
    found = set()
    for index, (para, _) in enumerate(parsed):
        original = article.text[para.start:para.start + len(para.text)]
        if is_headline(original) or is_shouted(original) or _long_headline(original):
            found.add(index)
    return found


LONG_HEADLINE_WORDS = 40  # press releases run headlines of 30 words and more


@lru_cache(maxsize=1 << 14)
def _long_headline(text: str) -> bool:
    """A line in Title Case too long for `is_headline` ("Former Official And Executive Charged
    In Bribery And Money Laundering Scheme Involving The Payment Of Nearly $1 Billion In
    Bribes"): nearly every long word capitalized, no closing full stop, one line."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if "\n" in text.strip() or not 20 < len(words) <= LONG_HEADLINE_WORDS or \
            text.rstrip().endswith("."):
        return False
    long_words = [w for w in words if len(w) > 3]
    return sum(w[0].isupper() for w in long_words) >= 0.9 * len(long_words)


def without_headline_words(article: Article, parsed: list[tuple[Paragraph, "Doc"]],
                           mentions: list[Mention]) -> list[Mention]:
    """The mentions less the entities made only of a common word in a headline (the article's
    clustering says what a mention stands for)."""
    return headline_words_dropped(article, parsed, mentions)[0]


def headline_words_dropped(article: Article, parsed: list[tuple[Paragraph, "Doc"]],
                           mentions: list[Mention]
                           ) -> tuple[list[Mention], tuple[list[DocEntity], list[int]] | None]:
    """`without_headline_words`, and the clustering of the mentions it keeps when it made one
    and dropped nothing (then it is the clustering of the same mentions: no need to redo it)."""
    heads = headline_paragraphs(article, parsed)
    if not any(m.paragraph in heads for m in mentions):
        return mentions, None
    clustering = cluster_mentions(article, mentions)
    links = clustering[1]
    members: dict[int, list[Mention]] = {}
    for m, entity in zip(mentions, links):
        members.setdefault(entity, []).append(m)
    dropped = {entity for entity, ms in members.items() if is_headline_word(ms, heads)}
    if not dropped:
        return mentions, clustering
    return [m for m, entity in zip(mentions, links) if entity not in dropped], None


def is_headline_word(mentions: list[Mention], heads: set[int]) -> bool:
    """An entity whose mentions are all one word in headlines, an English word, not a place."""
    words = {m.text for m in mentions}
    if len(words) != 1:
        return False
    word = next(iter(words))
    parts = word.split()  # "Illicit Profits": common words closed by a plural, no name's form
    if len(parts) > 1 and not _plural_common_noun(parts[-1]):
        return False
    return (len(parts) <= 3 and all(m.paragraph in heads and not m.titles for m in mentions)
            and all(dictionary_word(w) and not is_place_name(w) and not country_of_demonym(w)
                    and not w.isupper() for w in parts) and not is_place_name(word))


def _plural_common_noun(word: str) -> bool:
    """"Profits", "Bribes": an English plural ("White House", "Weekly Roundup" are not)."""
    return len(word) > 3 and word.endswith("s") and not word.endswith("ss") and \
        dictionary_word(word[:-1])


def without_headline_openers(article: Article, parsed: list[tuple[Paragraph, "Doc"]],
                              found: list[Mention]) -> list[Mention]:
    """"New Multi-Agency Task Force Formed": a headline's first word, an adjective that keeps
    its capital only because it opens the line, is not part of the name after it (unless the
    story writes the name with it, or it opens a place's name: "New York")."""
    heads = headline_paragraphs(article, parsed)
    body = " ".join(p.text for i, (p, _) in enumerate(parsed) if i not in heads)
    kept = []
    for m in found:
        para, doc = parsed[m.paragraph]
        first = doc[m.token_start] if m.token_start < len(doc) else None
        if m.paragraph in heads and m.token_start == 0 and m.token_end - m.token_start > 1 and \
                first is not None and first.pos_ in {"ADJ", "PROPN"} and \
                dictionary_word(first.text) and f" {first.lower_} " in body and \
                m.text not in body and not is_place_name(doc[0:2].text) and \
                not is_place_name(m.text):
            m = make_mention(article, para, doc, m.paragraph, m.token_start + 1, m.token_end,
                             m.type, m.titles, m.nationality, m.source)
        if m.paragraph in heads and m.text not in body and \
                re.search(rf"\b{re.escape(m.text.lower())}\b", body):
            continue  # "Multi-Agency" of a headline that the story writes "multi-agency"
        kept.append(m)
    return kept

