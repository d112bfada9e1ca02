"""Pipeline: runs the stages over a corpus and keeps what makes rebuilds cheap.

* `run`         - `build()`, `load()`, `save_build()`: read, parse, extract, merge, write;
* `workers`     - in-process parsing, or a pool of worker processes that each load spaCy once;
* `distributed` - the same chunks on a Dask cluster;
* `cache`       - one extraction per article, keyed by its text, the model and the extractor;
* `update`      - the extraction store beside a graph, which `--update` reads;
* `safety`      - an article whose extraction fails is skipped; Ctrl-C and errors are one line.
"""
from __future__ import annotations

import importlib

__all__ = ["BuildReport", "build", "default_workers", "load", "save_build"]


def __getattr__(name: str):
    # Lazy: ingest and extract import pipeline.safety, and `run` imports them back.
    if name in __all__:
        return getattr(importlib.import_module("graphbuild.pipeline.run"), name)
    raise AttributeError(f"module 'graphbuild.pipeline' has no attribute {name!r}")
