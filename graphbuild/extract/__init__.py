"""Extraction: from an article's parsed paragraphs to a `DocExtraction`.

Each submodule is a set of small functions over spaCy Docs and plain records:

* `mentions`  - entity mentions from NER, repaired (titles, possessives, headline spill),
  as `spans.Mention` records; `place_mentions` adds the places named by form (datelines,
  "Gadsden, Ala.", "Washington, D.C.");
* `heads`     - short organization names ("the Commission") and the longer names they head;
* `headwords` - common words of a headline that the tagger took for names, dropped;
* `listings`  - stock listings ("(NYSE: ACM)"), which name no entity;
* `entities`  - mentions of one article clustered into `DocEntity` records, matched by the
  keys of `namekeys` ("Justice Dept." = "Department of Justice");
* `relations` - subject/predicate/object statements between those entities, with evidence,
  from the rule modules `triples` (verbs, interactions), `nominals` (action nouns: "X's
  acquisition of Y"), `roles` (titles read by `titles`, appositions, copulas), `posts`
  ("served as", "X in Cleveland"), `speech`,
  `events` (EVENT entities), over the token anchors of `anchors`, with
  `coref` for pronouns and descriptions (`cases`: "the case" of a prosecutor's release) and
  `negation` for each statement's stance; `offices` (posts held where no organization is
  named) and `placed` (participles of place) serve `roles`.
"""
from __future__ import annotations

import gc
import hashlib
from typing import TYPE_CHECKING

from graphbuild.ingest.dates import dateline_date, normalize_date
from graphbuild.ingest.headlines import article_headline
from graphbuild.records import Article, DocExtraction, Paragraph
from graphbuild.extract.docview import DocView, release, view
from graphbuild.extract.mentions.entities import cluster_mentions
from graphbuild.extract.mentions.heads import without_ambiguous_heads
from graphbuild.extract.mentions.headwords import headline_words_dropped
from graphbuild.extract.listings import without_defined_terms, without_listings
from graphbuild.extract.mentions.article import article_mentions
from graphbuild.extract.statements.article import article_relations

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Bump when extraction output changes, so cached extractions are not reused.
EXTRACTOR_VERSION = "4"


def text_hash(text: str) -> str:
    """A content hash of an article's text (the same text under two names counts once)."""
    return hashlib.sha1(text.encode("utf-8", "surrogatepass")).hexdigest()


def extract_article(article: Article, parsed: list[tuple[Paragraph, "Doc"]]) -> DocExtraction:
    """Extract entities and relations from one article's parsed paragraphs."""
    # The rules read each Doc through a plain-Python view of its parse (`docview`). The views
    # are tens of thousands of objects that all live until the end, and the rules make little
    # cyclic garbage: the cycle collector, which would walk them over and over, waits, and the
    # views' own cycles are broken by hand at the end.
    collecting = gc.isenabled()
    gc.disable()
    views = [(para, view(doc)) for para, doc in parsed]
    try:
        return _extract(article, views)
    finally:
        for _, doc in views:
            release(doc)
        if collecting:
            gc.enable()


def _extract(article: Article, parsed: list[tuple[Paragraph, DocView]]) -> DocExtraction:
    mentions = without_listings(article, article_mentions(article, parsed))
    mentions = without_defined_terms(article, mentions)
    mentions = without_ambiguous_heads(mentions)
    mentions, clustered = headline_words_dropped(article, parsed, mentions)
    entities, mention_entity = clustered or cluster_mentions(article, mentions)
    # Relation rules also reify events (new EVENT entities) and retype named ones in place.
    events, relations = article_relations(article, parsed, mentions, mention_entity, entities)
    entities = entities + events
    meta = {**article.meta(), "hash": text_hash(article.text)}
    meta["date"] = normalize_date(article.date) or dateline_date(article.text)
    meta["title"] = article.title or article_headline(article.text)  # plain text has no title
    return DocExtraction(article=meta, entities=entities, relations=relations)
