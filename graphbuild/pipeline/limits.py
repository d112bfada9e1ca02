"""A time and memory bound on the extraction of one article, so one pathological article is
skipped with a one-line message instead of stalling or exhausting the build.

The bound is checked by a timer signal (SIGALRM, every `TICK` seconds) in the process that
extracts: the main thread of this process with one worker, of each pool worker with several.
When the article has taken more than `seconds`, or the process has grown by more than
`megabytes` since it started the article, the check raises `OverBudget` inside the extraction;
`safety.safe_extract` turns that into a skipped article like any other failure. Outside a main
thread (a threaded Dask worker) or where there is no SIGALRM, extraction runs unbounded.
Parsing is not bounded here: spaCy's time is linear in the text, and an article's size is
capped when it is read (`ingest.sources.MAX_ARTICLE_BYTES`).
"""
from __future__ import annotations

import os
import signal
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

TICK = 0.05  # seconds between checks: reading /proc/self/statm costs microseconds


@dataclass(frozen=True)
class ArticleLimits:
    """Most time (seconds) and memory growth (MB) one article's extraction may take; None:
    no bound. Plain data: it travels to pool and Dask workers with each chunk."""

    seconds: float | None = 300.0
    megabytes: float | None = 4096.0


class OverBudget(Exception):
    """An article's extraction went over its `ArticleLimits`."""


def rss_megabytes() -> float:
    """This process's resident memory in MB (0 where /proc is missing)."""
    try:
        with open("/proc/self/statm") as statm:
            return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2 ** 20
    except (OSError, ValueError, IndexError):
        return 0.0


@contextmanager
def bounded(limits: ArticleLimits | None) -> Iterator[None]:
    """Run the block under `limits`; OverBudget is raised inside it when it goes over.

    >>> with bounded(ArticleLimits(seconds=0.01)):
    ...     while True:
    ...         pass
    Traceback (most recent call last):
    graphbuild.pipeline.limits.OverBudget: took more than 0.01 s (the limit per article)
    """
    if limits is None or (limits.seconds is None and limits.megabytes is None) or \
            not hasattr(signal, "setitimer"):
        yield
        return
    started, base = time.monotonic(), rss_megabytes()

    def check(signum, frame) -> None:
        if limits.seconds is not None and time.monotonic() - started > limits.seconds:
            raise OverBudget(f"took more than {limits.seconds:g} s (the limit per article)")
        grown = rss_megabytes() - base
        if limits.megabytes is not None and grown > limits.megabytes:
            raise OverBudget(f"used more than {limits.megabytes:g} MB (the limit per article)")

    try:
        previous = signal.signal(signal.SIGALRM, check)
    except ValueError:  # not the main thread: no timer signal can reach this code
        yield
        return
    first = min(TICK, limits.seconds) if limits.seconds is not None else TICK
    signal.setitimer(signal.ITIMER_REAL, first, TICK)
    try:
        yield
        check(signal.SIGALRM, None)  # a block that ended between two ticks is held to it too
    finally:
        # A tick may land here still (the process held off the CPU past the next tick after
        # OverBudget stopped the block): the block is over, so its OverBudget is dropped and the
        # timer stopped all the same; else the timer would go on raising in unrelated code. No
        # signal handler runs before the first call below, which is inside the `try`.
        while True:
            try:
                signal.setitimer(signal.ITIMER_REAL, 0)
                signal.signal(signal.SIGALRM, previous)
                break
            except OverBudget:
                continue
