"""Keep one bad article from ending a build, and any failure from ending in a traceback.

* `safe_extract` wraps extraction of one article: an exception becomes a failed extraction
  (plain data, so it crosses process and Dask boundaries like any other), which the pipeline
  turns into a Skipped record "extraction failed: <ExcType>: message" with `drop_failed`.
* `start_fork_server`, `quiet_worker` and `with_sigint_held` start the process pool so that
  its processes leave Ctrl-C to the parent process, and no worker is left half-started: an
  interrupt prints one line, not one traceback per process.
* `GuardedGroup` is the click group of the CLI: Ctrl-C exits 130 with one line, an unexpected
  exception exits 1 with one line naming it (GRAPHBUILD_DEBUG=1 shows the traceback).
"""
from __future__ import annotations

import os
import signal
from dataclasses import replace
import sys
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, TypeVar

import click

from graphbuild.__main__ import EXIT_INTERRUPTED, INTERRUPTED
from graphbuild.export.atomic import interrupts_deferred
from graphbuild.extract import extract_article, text_hash
from graphbuild.nlp.parse import ParseFailed
from graphbuild.pipeline.limits import ArticleLimits, OverBudget, bounded
from graphbuild.records import Article, DocExtraction, PackedExtraction, Paragraph, Skipped

if TYPE_CHECKING:
    from spacy.tokens import Doc

T = TypeVar("T")

EXIT_FAILED = 1
FAILED = "error"        # the article-metadata key that marks a failed extraction
DROPPED = "dropped"     # ... that says how much of its text was dropped (taken out before the graph)
DROPPED_SHARE = 0.2     # report an article that lost more than this share of its text
DROPPED_MIN_CHARS = 200  # ... and at least this many characters (a short page's banner is not news)
Extraction = TypeVar("Extraction", DocExtraction, PackedExtraction)


def one_line(exc: BaseException) -> str:
    """An exception as "<ExcType>: message" on one line.

    >>> one_line(ValueError("bad\\n  value"))
    'ValueError: bad value'
    """
    message = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {message}" if message else type(exc).__name__


def failed_extraction(article: Article, exc: BaseException, stage: str = "extraction",
                      plain: bool = False) -> DocExtraction:
    """The extraction of an article whose extraction raised: no entities, and why
    ("<stage> failed: <ExcType>: message", or "<stage>: message" if `plain`)."""
    reason = f"{stage}: {exc}" if plain else f"{stage} failed: {one_line(exc)}"
    meta = {**article.meta(), "hash": text_hash(article.text), FAILED: reason}
    return DocExtraction(article=meta)


def safe_extract(article: Article, parsed: list[tuple[Paragraph, "Doc"]] | ParseFailed,
                 limits: ArticleLimits | None = None) -> DocExtraction:
    """`extract_article`, but an exception marks this article failed instead of ending the run,
    and so does a parse that failed (`ParseFailed`: spaCy raised on it).

    >>> from graphbuild.ingest.sources import article_from_text
    >>> x = safe_extract(article_from_text("Text.", id="a"), parsed=None)  # not a parse
    >>> x.article["error"].startswith("extraction failed: TypeError: "), x.entities
    (True, [])
    """
    if isinstance(parsed, ParseFailed):
        return failed_extraction(article, parsed.error, "parsing")
    try:
        with bounded(limits):
            extraction = extract_article(article, parsed)
    except OverBudget as exc:  # a pathological article must not stall the others
        return failed_extraction(article, exc, "extraction stopped", plain=True)
    except Exception as exc:  # a bug met by one article must not cost the others
        return failed_extraction(article, exc)
    note = dropped_note(article.text, [para for para, _ in parsed])
    if note:
        extraction.article[DROPPED] = note
    return extraction


def dropped_note(text: str, kept: list[Paragraph]) -> str | None:
    """What to say when more than a little of an article was dropped before parsing.

    >>> from graphbuild.records import Paragraph
    >>> dropped_note("Menu " * 100 + "He met her.", [Paragraph(500, "He met her.")])
    '400 of 409 characters of its text (98%) dropped as page furniture'
    """
    from graphbuild.ingest.text import dropped_chars, visible_chars

    total = visible_chars(text)
    dropped = dropped_chars(text, kept)
    if dropped < DROPPED_MIN_CHARS or dropped <= DROPPED_SHARE * total:
        return None
    return (f"{dropped:,} of {total:,} characters of its text ({dropped / total:.0%}) dropped "
            "as page furniture")


def take_dropped_notes(extractions: Iterable[Extraction], notes: list[str]) -> list[Extraction]:
    """The extractions without their dropped-text notes, which are appended to `notes`
    ("<source>: ...") instead: the graph and the store keep only the article's metadata."""
    kept = []
    for extraction in extractions:
        if DROPPED in extraction.article:
            article = dict(extraction.article)
            source = article.get("source") or extraction.doc_id
            notes.append(f"{source}: {article.pop(DROPPED)}")
            extraction = replace(extraction, article=article)
        kept.append(extraction)
    return kept


def is_failed(extraction: DocExtraction | PackedExtraction) -> bool:
    return bool(extraction.article.get(FAILED))


def drop_failed(extractions: Iterable[Extraction], skipped: list[Skipped]) -> list[Extraction]:
    """The extractions that succeeded; each failed one is appended to `skipped` instead."""
    kept = []
    for extraction in extractions:
        if is_failed(extraction):
            source = extraction.article.get("source") or extraction.doc_id
            skipped.append(Skipped(str(source), str(extraction.article[FAILED])))
        else:
            kept.append(extraction)
    return kept


def start_fork_server(context: Any) -> None:
    """Start a forkserver context's server with SIGINT ignored, so neither it (it imports spaCy
    first, for seconds) nor the workers it forks print a traceback on Ctrl-C: an ignored signal
    stays ignored across exec and fork, where a handler or a signal mask does not. This process
    ignores SIGINT only for the fork and exec, and handles Ctrl-C for them all."""
    from multiprocessing import forkserver

    if context.get_start_method() != "forkserver":
        return
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread: start it as multiprocessing would
        previous = None
    try:
        forkserver.ensure_running()
    finally:
        if previous is not None:
            signal.signal(signal.SIGINT, previous)


def with_sigint_held(func: Callable[..., T], *args: Any) -> T:
    """`func(*args)`, with a Ctrl-C that comes meanwhile raised after it returns.

    For `pool.submit`, which may start a worker: the start waits for the fork server (seconds
    while it imports spaCy), and a KeyboardInterrupt inside it leaves a worker started but not
    registered with the pool, which wakes after this process has gone and prints a traceback.
    """
    with interrupts_deferred():
        return func(*args)


def quiet_worker(initializer: Any = None, *args: Any) -> None:
    """Pool-worker initializer: ignore SIGINT (the parent handles Ctrl-C and stops the pool),
    then run `initializer(*args)`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if initializer is not None:
        initializer(*args)


class Terminated(KeyboardInterrupt):
    """SIGTERM or SIGHUP, raised in the main thread so that a build ends the way Ctrl-C ends
    it: the worker pool stopped, no partial output, one line (a KeyboardInterrupt, so every
    step that holds Ctrl-C back holds it back too)."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _raise_terminated(signum: int, frame: Any) -> None:
    raise Terminated(signum)


def handle_termination() -> None:
    """Turn SIGTERM and SIGHUP into `Terminated` in this (main) thread."""
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            try:
                signal.signal(getattr(signal, name), _raise_terminated)
            except ValueError:  # not the main thread: leave the default
                return


class GuardedGroup(click.Group):
    """A click group whose commands never end in a traceback."""

    def invoke(self, ctx: click.Context) -> Any:
        handle_termination()
        try:
            return super().invoke(ctx)
        except Terminated as exc:
            name = signal.Signals(exc.signum).name
            click.echo(f"\ngraphbuild: terminated by {name}; no partial output was written",
                       err=True)
            sys.exit(128 + exc.signum)
        except KeyboardInterrupt:
            click.echo(f"\n{INTERRUPTED}", err=True)
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
