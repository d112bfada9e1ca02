"""Matrix products for the parse: numpy's BLAS, one thread per process.

spaCy's models multiply matrices through thinc, which calls the BLIS library that the `blis`
package bundles. BLIS picks a kernel for the CPU it recognizes and otherwise falls back to its
generic C reference kernel: on the 2-core AMD EPYC (Zen 4) VMs this project is measured on it
says `selecting sub-configuration 'generic'` (run with BLIS_ARCH_DEBUG=1), and that kernel took
35% of the whole parse. numpy's own BLAS (OpenBLAS in its wheels) chooses an optimized kernel at
run time for any x86 or ARM CPU, and on CPUs BLIS does know the two are about as fast. So the
pipeline is loaded with thinc's NumpyOps(use_blis=False), which hands products to numpy.

OpenBLAS would start a thread per core for every product: graphbuild parallelizes by worker
processes instead, so each parse runs with numpy's BLAS held to one thread (threadpoolctl), and
only while spaCy runs, so a program that calls graphbuild keeps its own setting.

The Docs are the same: on 300 benchmark articles (129,000 tokens) every tag, dependency, head,
entity, part of speech and lemma agreed with the BLIS pipeline's (tests/test_nlp_blas.py checks
the seeds); the products differ only by float rounding (about 1e-6 relative).
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from functools import lru_cache
from typing import Any


@contextmanager
def numpy_products() -> Iterator[None]:
    """Models made inside the block (e.g. by `spacy.load`) multiply with numpy, not BLIS.

    Everything else about thinc's NumpyOps is the same; the models keep these operations after
    the block, and the caller's current operations come back.
    """
    from thinc.api import use_ops

    with use_ops("numpy", use_blis=False):
        yield


@lru_cache(maxsize=1)
def _controller() -> Any:
    # Made on first use, after spaCy has imported numpy: the controller only sees the BLAS
    # libraries already loaded into the process.
    from threadpoolctl import ThreadpoolController

    return ThreadpoolController()


@contextmanager
def one_blas_thread() -> Iterator[None]:
    """Hold numpy's BLAS to one thread inside the block; the caller's setting comes back after.

    >>> import numpy
    >>> with one_blas_thread():
    ...     float(numpy.ones((2, 2)).dot(numpy.ones(2))[0])
    2.0
    """
    with _controller().limit(limits=1, user_api="blas"):
        yield
