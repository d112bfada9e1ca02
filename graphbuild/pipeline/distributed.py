"""Extraction on a Dask cluster (optional: `pip install "graphbuild[dask]"`).

The same chunks and the same task (`workers.extract_chunk`) as the local process pool, sent to
Dask workers instead: each worker process loads the spaCy pipeline on its first chunk and keeps
it. Results come back in submission order with a bounded number of chunks in flight, and are
merged here exactly as a local run merges them, so the graph is the same.

Every worker needs graphbuild and the spaCy model installed (the task is a graphbuild function,
pickled by reference). Start workers with one thread each (`dask worker ADDRESS --nthreads 1`):
spaCy holds the GIL, so a second thread in one worker only waits.
"""
from __future__ import annotations

import contextlib
from collections.abc import Iterable, Iterator

from graphbuild.nlp import DEFAULT_BATCH_SIZE
from graphbuild.records import Article, PackedExtraction
from graphbuild.pipeline.limits import ArticleLimits
from graphbuild.pipeline.workers import CHUNKS_PER_WORKER, chunked, extract_chunk, in_order, peek

LOCAL = "local"  # `--dask local`: start a cluster of worker processes on this machine


class DaskNotInstalled(RuntimeError):
    """dask.distributed is missing (the message says how to install it)."""


def _distributed():
    try:
        import distributed
    except ImportError as exc:
        raise DaskNotInstalled('the Dask backend needs dask.distributed; install it with: '
                               'pip install "graphbuild[dask]"') from exc
    return distributed


@contextlib.contextmanager
def dask_client(address: str, workers: int = 2) -> Iterator["distributed.Client"]:
    """A client of the scheduler at `address`, or of a new local cluster if it is "local".

    Closing the client leaves a remote cluster running; a local one is shut down with it.
    """
    distributed = _distributed()
    if address == LOCAL:
        with distributed.LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                      dashboard_address=None) as cluster, \
                distributed.Client(cluster) as client:
            yield client
    else:
        with distributed.Client(address) as client:
            yield client


def cluster_threads(client: "distributed.Client") -> int:
    """Worker threads on the cluster right now (at least 1)."""
    workers = client.scheduler_info().get("workers", {})
    return max(1, sum(w.get("nthreads", 1) for w in workers.values()))


def extract_with_dask(articles: Iterable[Article], address: str, model: str | None = None,
                      batch_size: int = DEFAULT_BATCH_SIZE, workers: int = 2,
                      limits: "ArticleLimits | None" = None) -> Iterator[PackedExtraction]:
    """Parse and extract on the Dask cluster at `address` ("local": a new local cluster of
    `workers` processes); yields one PackedExtraction per article, in article order."""
    chunks = peek(chunked(articles))
    if chunks is None:
        return
    with dask_client(address, workers) as client:
        window = CHUNKS_PER_WORKER * cluster_threads(client)
        # pure=False: two chunks with equal articles are still two tasks (Dask would merge them).
        futures = (client.submit(extract_chunk, chunk, model, batch_size, limits, pure=False)
                   for chunk in chunks)
        for packed in in_order(futures, window):
            yield from packed
