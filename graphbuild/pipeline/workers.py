"""Where extraction runs: in this process, or on a pool of worker processes.

Every backend takes a stream of articles and yields one extraction per article, in the order
the articles came in, so the graph never depends on which worker finished first. A worker loads
the spaCy pipeline once and is sent articles in chunks; it sends back `PackedExtraction`s
(compressed JSON: small next to the parsed Docs, which never leave the worker, and packed where
the cores are, not in the process that merges). At most a few chunks are in
flight at a time, so memory stays flat however long the corpus is; and a pool worker is
replaced by a fresh one after `ARTICLES_PER_WORKER` articles, because a parsing process grows
with every new word it meets (spaCy's string store and vocabulary never forget one), which over
an archive of mostly new names is without bound.
"""
from __future__ import annotations

import multiprocessing
import sys
import threading
from collections import deque
from collections.abc import Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import chain
from typing import TYPE_CHECKING, Any, TypeVar

from graphbuild.nlp import DEFAULT_BATCH_SIZE, load_pipeline, parse_articles
from graphbuild.records import Article, DocExtraction, PackedExtraction
from graphbuild.pipeline.limits import ArticleLimits
from graphbuild.pipeline.safety import (one_line, quiet_worker, safe_extract, start_fork_server,
                                        with_sigint_held)

if TYPE_CHECKING:
    from spacy.language import Language

T = TypeVar("T")

CHUNK_ARTICLES = 16     # articles per task: about one full spaCy batch of their paragraphs
CHUNK_WORDS = 8_000     # ... fewer if they are long, so one task never holds a huge text
CHUNKS_PER_WORKER = 2   # tasks in flight per worker: one running, one queued behind it
# A pool worker parses about this many articles (whole chunks), then exits and a fresh one takes
# its place: the string store, vocabulary and caches it built start again from the model's. A
# fresh worker costs about half a CPU second to load the model (spaCy is already imported in the
# fork server) and some warming up of the caches; see bench/worker_rss.py for the curve.
ARTICLES_PER_WORKER = 1_000

# One pipeline per model per process. A pool worker fills it in its initializer; a Dask worker
# on the first chunk it gets, and keeps it for the next chunks (module state lives as long as the
# worker process). The lock keeps threads of a multi-threaded Dask worker off one pipeline.
_PIPELINES: dict[str | None, "Language"] = {}
_LOCK = threading.Lock()


def worker_pipeline(model: str | None = None) -> "Language":
    """The spaCy pipeline for `model`, loaded once per process."""
    with _LOCK:
        if model not in _PIPELINES:
            _PIPELINES[model] = load_pipeline(model)
        return _PIPELINES[model]


def extract_chunk(articles: list[Article], model: str | None = None,
                  batch_size: int = DEFAULT_BATCH_SIZE,
                  limits: ArticleLimits | None = None) -> list[PackedExtraction]:
    """Parse and extract a chunk of articles; returns their extractions packed, in order.

    This is the task a pool worker or a Dask worker runs.
    """
    nlp = worker_pipeline(model)
    with _LOCK:
        return [PackedExtraction.pack(safe_extract(article, parsed, limits))
                for article, parsed in parse_articles(nlp, articles, batch_size=batch_size)]


def chunked(articles: Iterable[Article], max_articles: int = CHUNK_ARTICLES,
            max_words: int = CHUNK_WORDS) -> Iterator[list[Article]]:
    """Group articles into chunks of at most `max_articles` and about `max_words` words.

    >>> from graphbuild.ingest.sources import article_from_text
    >>> arts = [article_from_text("one two three", id=str(i)) for i in range(5)]
    >>> [[a.id for a in c] for c in chunked(arts, max_articles=2)]
    [['0', '1'], ['2', '3'], ['4']]
    >>> [len(c) for c in chunked(arts, max_words=6)]
    [2, 2, 1]
    """
    chunk: list[Article] = []
    words = 0
    for article in articles:
        chunk.append(article)
        words += article.text.count(" ") + 1
        if len(chunk) >= max_articles or words >= max_words:
            yield chunk
            chunk, words = [], 0
    if chunk:
        yield chunk


def in_order(futures: Iterable[Future], window: int) -> Iterator[Any]:
    """Results of lazily submitted futures in submission order, with at most `window` pending.

    Pulling the next future from `futures` is what submits its task, so bounding the pending
    ones bounds the articles held in memory (an unbounded `Pool.imap` reads the whole corpus).
    Works for concurrent.futures and dask.distributed futures alike (both have `.result()`).
    """
    pending: deque = deque()
    for future in futures:
        pending.append(future)
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def peek(items: Iterable[T]) -> Iterator[T] | None:
    """The same stream, or None if it is empty (so no pool or model is started for nothing).

    >>> peek([]) is None, list(peek([1, 2]))
    (True, [1, 2])
    """
    iterator = iter(items)
    for first in iterator:
        return chain([first], iterator)
    return None


def extract_in_process(articles: Iterable[Article], model: str | None = None,
                       batch_size: int = DEFAULT_BATCH_SIZE,
                       limits: ArticleLimits | None = None) -> Iterator[DocExtraction]:
    """Parse and extract in this process: one `nlp.pipe` stream over all articles."""
    stream = peek(articles)
    if stream is None:
        return
    nlp = worker_pipeline(model)
    for article, parsed in parse_articles(nlp, stream, batch_size=batch_size):
        yield safe_extract(article, parsed, limits)


def pool_context() -> multiprocessing.context.BaseContext:
    """forkserver where there is one: workers start from a clean process with spaCy imported
    (a plain fork would copy the parent's threads and locks, e.g. a progress bar's); spawn on
    Windows and macOS."""
    if sys.platform.startswith("linux"):
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload(["spacy", "graphbuild.pipeline.workers"])
        start_fork_server(context)  # Ctrl-C while it imports spaCy: no traceback from it
        return context
    return multiprocessing.get_context("spawn")


@contextmanager
def main_not_rerun() -> Iterator[None]:
    """While worker processes start: they do not run the user's main script again.

    A forkserver or spawn child runs the parent's `__main__` module (found by its `__spec__`
    or `__file__`) before its task, so that functions defined there unpickle. A script that
    calls `graphbuild.build()` at its top level, with no `if __name__ == "__main__":` guard,
    then calls it again in every worker, which may not start processes while it is starting
    (RuntimeError, BrokenProcessPool). The workers run only graphbuild's own functions, so
    they need nothing from `__main__`: hiding where it comes from for the moment the processes
    start makes them skip it (multiprocessing.spawn.get_preparation_data reads these two).
    """
    with _MAIN_LOCK:  # the pool's own thread starts the replacements of recycled workers
        main = sys.modules.get("__main__")
        saved = {name: main.__dict__[name] for name in ("__spec__", "__file__")
                 if main is not None and name in main.__dict__}
        try:
            if main is not None:
                main.__spec__ = None
                main.__dict__.pop("__file__", None)
            yield
        finally:
            if main is not None:
                main.__dict__.update(saved)


_MAIN_LOCK = threading.RLock()


class RecyclingPool(ProcessPoolExecutor):
    """A process pool whose workers each run `max_tasks_per_child` tasks, then are replaced.

    It mends two things the standard pool does with `max_tasks_per_child` (Python 3.11-3.13).
    It replaces a worker that exited at its limit only if no stale "idle" token is left from
    earlier results, so with none left the queued tasks wait forever (CPython gh-115634): here a
    pool below its size always starts a worker. And the replacement is started by the pool's
    own thread, outside `main_not_rerun`, so it would run the user's script again.
    """

    def _adjust_process_count(self) -> None:
        processes = self._processes  # type: ignore[attr-defined]
        if processes is not None and len(processes) < self._max_workers:  # type: ignore[attr-defined]
            self._spawn_process()  # type: ignore[attr-defined]
        else:
            super()._adjust_process_count()  # type: ignore[misc]

    def _spawn_process(self) -> None:
        with main_not_rerun():
            super()._spawn_process()  # type: ignore[misc]


def tasks_per_worker() -> int:
    """Chunks a pool worker parses before it is replaced: `ARTICLES_PER_WORKER` articles."""
    return max(1, ARTICLES_PER_WORKER // CHUNK_ARTICLES)


def extract_with_pool(articles: Iterable[Article], workers: int, model: str | None = None,
                      batch_size: int = DEFAULT_BATCH_SIZE,
                      limits: ArticleLimits | None = None,
                      notes: list[str] | None = None) -> Iterator[PackedExtraction | DocExtraction]:
    """Parse and extract on `workers` processes, each loading the pipeline once (and again
    in each fresh process that replaces one, every `ARTICLES_PER_WORKER` articles).

    If the pool cannot start (no fork server, no worker process: an OSError or a broken pool
    before the first result), the articles are parsed in this process instead, and `notes`
    gets a one-line warning saying why.
    """
    chunks = peek(chunked(articles, CHUNK_ARTICLES, CHUNK_WORDS))
    if chunks is None:
        return
    sent: deque[list[Article]] = deque()  # chunks handed to the pool, not yet back
    started = False
    try:
        pool = RecyclingPool(max_workers=workers, mp_context=pool_context(),
                             initializer=quiet_worker, initargs=(worker_pipeline, model),
                             max_tasks_per_child=tasks_per_worker())
    except POOL_START_ERRORS as exc:
        yield from _in_process_instead(exc, chain.from_iterable(chunks), model, batch_size,
                                       limits, notes)
        return
    try:
        def submit(chunk: list[Article]) -> Future:
            # a submit may start a worker (RecyclingPool keeps it from rerunning __main__)
            sent.append(chunk)
            return with_sigint_held(pool.submit, extract_chunk, chunk, model, batch_size,
                                    limits)
        for packed in in_order(map(submit, chunks), window=CHUNKS_PER_WORKER * workers):
            sent.popleft()
            started = True
            yield from packed
    except POOL_START_ERRORS as exc:
        if started:
            raise
        stop_workers(pool)
        rest = chain(chain.from_iterable(sent), chain.from_iterable(chunks))
        yield from _in_process_instead(exc, rest, model, batch_size, limits, notes)
    except BaseException:  # Ctrl-C, SIGTERM, SIGHUP, an error: stop the workers now, not
        stop_workers(pool)  # after the chunks they are parsing
        raise
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


POOL_START_ERRORS = (OSError, BrokenProcessPool)


def _in_process_instead(error: BaseException, articles: Iterable[Article], model: str | None,
                        batch_size: int, limits: ArticleLimits | None,
                        notes: list[str] | None) -> Iterator[DocExtraction]:
    """The fallback when the pool cannot start: a warning, then one process."""
    if notes is not None:
        notes.append(f"cannot start worker processes ({one_line(error)}); parsing in this "
                     "process instead")
    yield from extract_in_process(articles, model=model, batch_size=batch_size, limits=limits)


def stop_workers(pool: ProcessPoolExecutor) -> None:
    """Terminate the pool's worker processes (SIGTERM), so none outlives the build."""
    for process in list((getattr(pool, "_processes", None) or {}).values()):
        try:
            process.terminate()
        except (OSError, ValueError):  # already gone, or already closed
            pass
