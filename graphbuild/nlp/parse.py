"""Parse articles paragraph by paragraph through one `nlp.pipe` stream, article by article.

If spaCy raises on a paragraph, the stream is lost with every paragraph in flight. The articles
read but not yet handed on are then parsed again one at a time, so only the article that makes
spaCy fail comes out as a `ParseFailed`, and a fresh stream carries on with the rest.
"""
from __future__ import annotations

from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import count
from typing import TYPE_CHECKING, TypeVar

from graphbuild.ingest.text import paragraphs
from graphbuild.nlp.blas import one_blas_thread
from graphbuild.records import Article, Paragraph

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

# Paragraphs per nlp.pipe batch. Measured (CPU seconds, 1 process, 150 benchmark articles, best
# of 3): 64: 9.72, 128: 9.52, 256: 9.35; whole articles at batch 16 (the best article batch on
# these machines): 9.98. Peak memory (60 articles): 32: 195, 64: 214, 128: 265, 256: 369 MB.
# 128 paragraphs are about 5,000 words, what 16 whole articles hold: the gain without the memory.
DEFAULT_BATCH_SIZE = 128
# Characters per nlp.pipe batch, whatever the paragraph count: spaCy's memory grows with the
# text in flight, and an article with no blank lines comes as 20,000-character paragraphs (128
# of them held 2.5 MB at once: a 2 MB one-line article peaked at 4 GB). 128 news paragraphs
# are about 40,000 characters, so ordinary batches never reach this.
MAX_BATCH_CHARS = 100_000

Parsed = list[tuple[Paragraph, "Doc"]]
T = TypeVar("T")


@dataclass
class ParseFailed:
    """An article spaCy could not parse, and the exception it raised."""

    error: Exception


def parse_articles(nlp: "Language", articles: Iterable[Article],
                   batch_size: int = DEFAULT_BATCH_SIZE
                   ) -> Iterator[tuple[Article, Parsed | ParseFailed]]:
    """Parse a stream of articles, yielding each with its (paragraph, Doc) pairs in order.

    Paragraphs of all articles go through one `nlp.pipe` stream, so batches fill up across
    short articles; only the articles of the batch in flight are held in memory. An article
    that makes spaCy raise comes with a `ParseFailed` instead of its paragraphs.
    """
    source = iter(articles)
    waiting: deque[tuple[int, Article, int]] = deque()  # read, not yet out: (number, article,
    received: dict[int, Parsed] = {}                    # paragraphs); what came out of the pipe
    numbers = count()

    def stream() -> Iterator[tuple[str, tuple[int, Paragraph]]]:
        while True:
            try:
                article = next(source)
            except StopIteration:
                return
            except Exception as error:  # not spaCy's: it must reach the caller as it is
                raise _ReadFailed(error) from error
            n = next(numbers)
            paras = paragraphs(article.text) or [Paragraph(0, "")]  # an empty article: one ""
            waiting.append((n, article, len(paras)))
            for para in paras:
                yield para.text, (n, para)

    def finished(before: float) -> Iterator[tuple[Article, Parsed]]:
        """The articles numbered below `before`: all their paragraphs are out of the pipe."""
        while waiting and waiting[0][0] < before:
            n, article, _ = waiting.popleft()
            yield article, [(para, doc) for para, doc in received.pop(n, []) if para.text]

    while True:
        try:
            for doc, (n, para) in pipe_bounded(nlp, stream(), batch_size):
                yield from finished(n)
                received.setdefault(n, []).append((para, doc))
            yield from finished(float("inf"))
            return
        except _ReadFailed as failed:
            raise failed.error
        except Exception:  # noqa: BLE001 - spaCy's, on some paragraph in flight
            unfinished = [article for _, article, _ in waiting]
            waiting.clear()
            received.clear()
            for article in unfinished:
                yield article, parse_alone(nlp, article)


class _ReadFailed(Exception):
    """Reading the next article raised (carries that exception past the spaCy handling)."""

    def __init__(self, error: Exception) -> None:
        super().__init__(str(error))
        self.error = error


def parse_alone(nlp: "Language", article: Article) -> Parsed | ParseFailed:
    """One article's paragraphs in a stream of their own; a ParseFailed if spaCy raises."""
    paras = paragraphs(article.text)
    try:
        docs = [doc for doc, _ in pipe_bounded(nlp, ((p.text, None) for p in paras),
                                               DEFAULT_BATCH_SIZE)]
    except Exception as own:  # noqa: BLE001
        return ParseFailed(own)
    return list(zip(paras, docs))


def char_bounded(items: Iterable[tuple[str, T]], batch_size: int,
                 max_chars: int = MAX_BATCH_CHARS) -> Iterator[list[tuple[str, T]]]:
    """(text, context) pairs in batches of at most `batch_size` pairs and `max_chars` characters
    (a text longer than that makes a batch of its own).

    >>> [len(b) for b in char_bounded([("ab", 0), ("cd", 1), ("efgh", 2), ("i", 3)], 3, 4)]
    [2, 1, 1]
    """
    batch: list[tuple[str, T]] = []
    chars = 0
    for item in items:
        if batch and (len(batch) >= batch_size or chars + len(item[0]) > max_chars):
            yield batch
            batch, chars = [], 0
        batch.append(item)
        chars += len(item[0])
    if batch:
        yield batch


def pipe_bounded(nlp: "Language", items: Iterable[tuple[str, T]], batch_size: int
                 ) -> Iterator[tuple["Doc", T]]:
    """`nlp.pipe(items, as_tuples=True)` in batches bounded by paragraphs and by characters.

    Batches of ordinary news are those `nlp.pipe` would make itself (`batch_size` paragraphs
    in a row), so the Docs are the same; only a run of very long paragraphs is split.
    """
    for batch in char_bounded(items, batch_size):
        # The batch is parsed at once either way (batch_size=len(batch)); the list ends the BLAS
        # thread limit before the Docs go back to the caller's code.
        with one_blas_thread():
            parsed = list(nlp.pipe(batch, as_tuples=True, batch_size=len(batch)))
        yield from parsed
