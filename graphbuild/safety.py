"""Keep one bad article from ending a build, and any failure from ending in a traceback.

* `safe_extract` wraps extraction of one article: an exception becomes a failed extraction
  (plain data, so it crosses process and Dask boundaries like any other), which the pipeline
  turns into a Skipped record "extraction failed: <ExcType>: message" with `drop_failed`.
* `quiet_worker` starts a pool worker that leaves Ctrl-C to the parent process, so an interrupt
  prints one line, not one traceback per worker.
* `GuardedGroup` is the click group of the CLI: Ctrl-C exits 130 with one line, an unexpected
  exception exits 1 with one line naming it (GRAPHBUILD_DEBUG=1 shows the traceback).
"""
from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import click

from .extract import extract_article, text_hash
from .records import Article, DocExtraction, Paragraph, Skipped

if TYPE_CHECKING:
    from spacy.tokens import Doc

EXIT_FAILED = 1
EXIT_INTERRUPTED = 130  # 128 + SIGINT, what shells report for a command stopped by Ctrl-C
FAILED = "error"        # the article-metadata key that marks a failed extraction


def one_line(exc: BaseException) -> str:
    """An exception as "<ExcType>: message" on one line.

    >>> one_line(ValueError("bad\\n  value"))
    'ValueError: bad value'
    """
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def failed_extraction(article: Article, exc: BaseException) -> DocExtraction:
    """The extraction of an article whose extraction raised: no entities, and why."""
    meta = {**article.meta(), "hash": text_hash(article.text),
            FAILED: f"extraction failed: {one_line(exc)}"}
    return DocExtraction(article=meta)


def safe_extract(article: Article, parsed: list[tuple[Paragraph, "Doc"]]) -> DocExtraction:
    """`extract_article`, but an exception marks this article failed instead of ending the run.

    >>> from graphbuild.ingest import article_from_text
    >>> x = safe_extract(article_from_text("Text.", id="a"), parsed=None)  # not a parse
    >>> x.article["error"].startswith("extraction failed: TypeError: "), x.entities
    (True, [])
    """
    try:
        return extract_article(article, parsed)
    except Exception as exc:  # a bug met by one article must not cost the others
        return failed_extraction(article, exc)


def is_failed(extraction: DocExtraction) -> bool:
    return bool(extraction.article.get(FAILED))


def drop_failed(extractions: Iterable[DocExtraction], skipped: list[Skipped]
                ) -> list[DocExtraction]:
    """The extractions that succeeded; each failed one is appended to `skipped` instead."""
    kept = []
    for extraction in extractions:
        if is_failed(extraction):
            source = extraction.article.get("source") or extraction.doc_id
            skipped.append(Skipped(str(source), str(extraction.article[FAILED])))
        else:
            kept.append(extraction)
    return kept


def quiet_worker(initializer: Any = None, *args: Any) -> None:
    """Pool-worker initializer: ignore SIGINT (the parent handles Ctrl-C and stops the pool),
    then run `initializer(*args)`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*args)


class GuardedGroup(click.Group):
    """A click group whose commands never end in a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KeyboardInterrupt:
            click.echo("\ngraphbuild: interrupted; no partial output was written", err=True)
            sys.exit(EXIT_INTERRUPTED)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort,
                BrokenPipeError):
            raise  # click reports these itself (usage errors exit 2)
        except Exception as exc:
            if os.environ.get("GRAPHBUILD_DEBUG"):
                raise
            click.echo(f"graphbuild: error: unexpected {one_line(exc)} "
                       "(GRAPHBUILD_DEBUG=1 shows the traceback)", err=True)
            sys.exit(EXIT_FAILED)


__all__ = ["safe_extract", "failed_extraction", "drop_failed", "is_failed", "quiet_worker",
           "GuardedGroup", "one_line", "EXIT_INTERRUPTED"]
