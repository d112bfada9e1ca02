"""The build: sources -> articles -> parsed paragraphs -> extractions -> graph.

`build()` is what `graphbuild build` runs; the CLI only parses options and prints.
"""
from __future__ import annotations

import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from .extract import extract_article
from .graph import KnowledgeGraph, graph_from_extractions
from .ingest import read_sources
from .nlp import DEFAULT_BATCH_SIZE, load_pipeline, parse_articles
from .records import Article, DocExtraction, Skipped

Progress = Callable[[int], None]  # called with the number of articles just finished


@dataclass
class BuildReport:
    """What a build did: counts for the summary line, and every input it skipped."""

    articles: int = 0
    words: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    duplicates: int = 0  # articles whose text was already read under another name
    seconds: float = 0.0


def default_workers() -> int:
    """One worker process per available core."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def split_inputs(items: Iterable[Article | Skipped], report: BuildReport) -> Iterator[Article]:
    """Pass articles on, recording skipped inputs in the report (the same text counts once)."""
    seen: set[str] = set()
    from .extract import text_hash
    for item in items:
        if isinstance(item, Skipped):
            report.skipped.append(item)
            continue
        digest = text_hash(item.text)
        if digest in seen:
            report.duplicates += 1
            continue
        seen.add(digest)
        yield item


def extract_stream(articles: Iterable[Article], model: str | None = None,
                   batch_size: int = DEFAULT_BATCH_SIZE) -> Iterator[DocExtraction]:
    """Parse and extract articles in this process, one DocExtraction per article, in order."""
    nlp = load_pipeline(model)
    for article, parsed in parse_articles(nlp, articles, batch_size=batch_size):
        yield extract_article(article, parsed)


def build(sources: Iterable[str | Path], model: str | None = None, workers: int | None = None,
          batch_size: int = DEFAULT_BATCH_SIZE, progress: Progress | None = None,
          report: BuildReport | None = None) -> KnowledgeGraph:
    """Build a KnowledgeGraph from files, folders or "-" (stdin).

    Skipped inputs are recorded in `report` (if given), never raised.
    """
    started = time.perf_counter()
    report = report if report is not None else BuildReport()
    articles = split_inputs(read_sources(sources), report)
    extractions = []
    for extraction in extract_stream(_count(articles, report), model=model, batch_size=batch_size):
        extractions.append(extraction)
        if progress:
            progress(1)
    kg = KnowledgeGraph(graph_from_extractions(extractions))
    report.seconds = time.perf_counter() - started
    return kg


def _count(articles: Iterable[Article], report: BuildReport) -> Iterator[Article]:
    for article in articles:
        report.articles += 1
        report.words += len(article.text.split())
        yield article


def load(path: str | Path) -> KnowledgeGraph:
    """Read a graph written by graphbuild (graph.json or graph.graphml, or their folder)."""
    from .export import read_graphml, read_json

    path = Path(path)
    if path.is_dir():
        path = path / "graph.json"
    if path.suffix.lower() == ".graphml":
        return KnowledgeGraph(read_graphml(path))
    return KnowledgeGraph(read_json(path))
