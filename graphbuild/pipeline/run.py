"""The build: sources -> articles -> parsed paragraphs -> extractions -> graph.

`build()` is what `graphbuild build` runs; the CLI only parses options and prints. Articles are
streamed: read, looked up in the extraction cache, and the misses parsed by one of the backends in
`workers` (this process, a process pool) or `distributed` (Dask). Only the small DocExtractions
are kept until the cross-document merge, never the articles or the parsed Docs.
"""
from __future__ import annotations

import dataclasses
import os
import shutil
import time
import weakref
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild.pipeline.cache import (ExtractionCache, cache_key, extractor_fingerprint, graph_key,
                                       model_fingerprint)
from graphbuild.extract import text_hash
from graphbuild.resolve.aliases import load_aliases
from graphbuild.graph import KnowledgeGraph
from graphbuild.export.files import FORMATS
from graphbuild.ingest.sources import read_sources
from graphbuild.nlp import DEFAULT_BATCH_SIZE, model_identity
from graphbuild.records import Article, DocExtraction, PackedExtraction, Skipped
from graphbuild.pipeline.limits import ArticleLimits
from graphbuild.pipeline.safety import drop_failed, is_failed, take_dropped_notes
from graphbuild.pipeline.update import StoreError, build_id, read_store, write_store
from graphbuild.pipeline.evidence import (DEFAULT_PER_EDGE, EVIDENCE_NAME, EvidenceWriter,
                                          scratch_path, store_build)
from graphbuild.pipeline.packing import packed_from_extractions
from graphbuild.pipeline.spill import Spill
from graphbuild.pipeline.workers import extract_in_process, extract_with_pool

Progress = Callable[[int], None]  # called with the number of articles just finished

__all__ = ["ArticleLimits", "BuildReport", "StoreError", "build", "default_workers", "load", "save_build"]


@dataclass
class BuildReport:
    """What a build did: counts for the summary line, every input it skipped, and the
    extractions of every article in the graph (what `save_build` stores for `--update`), packed."""

    articles: int = 0           # new articles read (not counting duplicates)
    words: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    duplicates: int = 0         # articles whose text was already read under another name
    renamed: int = 0            # articles whose id was taken by another text: given `id~2`...
    previous: int = 0           # articles kept from the graph being updated
    cached: int = 0             # articles whose extraction came from the cache
    notes: list[str] = field(default_factory=list)  # warnings worth printing
    # a list, or the `Spill` on disk that `build` fills
    extractions: list[PackedExtraction] | Spill = field(default_factory=list, repr=False)
    model: str = ""             # the spaCy model name and version the extractions come from
    seconds: float = 0.0


def default_workers() -> int:
    """One worker process per available core."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def unique_articles(items: Iterable[Article | Skipped], report: BuildReport,
                    hashes: set[str] | None = None, ids: set[str] | None = None,
                    progress: Progress | None = None) -> Iterator[Article]:
    """Pass articles on once each, recording skipped inputs and duplicates in the report.

    `progress` is told of each input that goes no further (skipped, or a duplicate): the
    progress bar counts them in its total, so it would otherwise stop short of it.

    The same text under two names counts once (the first name wins). A second text under an id
    already taken (two folders with `story.txt`, or an update) gets `id~2`, `id~3`...: the merge
    needs unique ids, and neither article may be lost. `hashes` and `ids` seed what was seen.

    >>> from graphbuild.ingest.sources import article_from_text as art
    >>> r = BuildReport()
    >>> items = [art("A.", id="x"), art("A.", id="y"), art("B.", id="x")]
    >>> [a.id for a in unique_articles(items, r)]
    ['x', 'x~2']
    >>> r.duplicates, r.renamed
    (1, 1)
    """
    hashes = set() if hashes is None else hashes
    ids = set() if ids is None else ids
    for item in items:
        if isinstance(item, Skipped):
            report.skipped.append(item)
            if progress:
                progress(1)
            continue
        digest = text_hash(item.text)
        if digest in hashes:
            report.duplicates += 1
            if progress:
                progress(1)
            continue
        hashes.add(digest)
        if item.id in ids:
            n = 2
            while f"{item.id}~{n}" in ids:
                n += 1
            item = dataclasses.replace(item, id=f"{item.id}~{n}")
            report.renamed += 1
        ids.add(item.id)
        report.articles += 1
        report.words += len(item.text.split())
        yield item


def extract_stream(articles: Iterable[Article], model: str | None = None, workers: int = 1,
                   batch_size: int = DEFAULT_BATCH_SIZE, dask: str | None = None,
                   limits: ArticleLimits | None = None, notes: list[str] | None = None
                   ) -> Iterator[DocExtraction | PackedExtraction]:
    """Parse and extract articles on the chosen backend: one DocExtraction per article, in order.

    `dask` is a scheduler address or "local"; else `workers` > 1 runs a process pool, and 1
    runs in this process (no pool to start, no results to pickle).
    """
    if dask:
        from graphbuild.pipeline.distributed import extract_with_dask
        return extract_with_dask(articles, dask, model=model, batch_size=batch_size,
                                 workers=workers, limits=limits)
    if workers > 1:
        return extract_with_pool(articles, workers, model=model, batch_size=batch_size,
                                 limits=limits, notes=notes)
    return extract_in_process(articles, model=model, batch_size=batch_size, limits=limits)


def extract_corpus(articles: Iterable[Article], cache: ExtractionCache | None,
                   progress: Progress | None = None, into: list | Spill | None = None,
                   **backend) -> list[PackedExtraction] | Spill:
    """Extractions of all articles in their order: cached ones read, the others extracted.

    They are packed (compressed JSON, a twentieth of the memory) and appended to `into` (a
    list, or a `Spill` on disk) as soon as every earlier article's is: only those still waiting
    for an earlier one are held here. Returns `into`.

    Only cache misses go to the backend (`extract_stream` options). It hands results back in
    the order it was given the articles, so a queue of the misses' positions says where each
    result belongs and what key to cache it under.
    """
    into = [] if into is None else into
    waiting: dict[int, PackedExtraction | None] = {}  # position -> result, until it is its turn
    sent: deque[tuple[int, Article, str]] = deque()
    state = {"read": 0, "next": 0}

    def flush() -> None:
        while state["next"] in waiting:
            found = waiting.pop(state["next"])
            if found is not None:
                into.append(found)
            state["next"] += 1

    def misses() -> Iterator[Article]:
        for article in articles:
            position = state["read"]
            state["read"] += 1
            key = cache_key(article, cache.model) if cache else ""
            hit = cache.get(article, key) if cache else None
            if hit is not None:
                waiting[position] = hit
                flush()
                if progress:
                    progress(1)
                continue
            sent.append((position, article, key))
            yield article

    for extraction in extract_stream(misses(), **backend):
        position, article, key = sent.popleft()
        packed = waiting[position] = extraction if isinstance(extraction, PackedExtraction) \
            else PackedExtraction.pack(extraction)
        flush()
        if cache:
            if not is_failed(packed):  # a failure is reported again, not remembered
                cache.put(article, packed, key)
        if progress:
            progress(1)
    flush()
    return into


def build(sources: Iterable[str | Path], model: str | None = None, workers: int | None = None,
          batch_size: int = DEFAULT_BATCH_SIZE, progress: Progress | None = None,
          report: BuildReport | None = None, cache_dir: str | Path | None = None,
          update: str | Path | None = None, dask: str | None = None,
          aliases: str | Path | None = None,
          limits: ArticleLimits | None = ArticleLimits(),
          per_edge: int | None = DEFAULT_PER_EDGE) -> KnowledgeGraph:
    """Build a KnowledgeGraph from files, folders or "-" (stdin).

    workers:   processes that parse (1: this process; None: one per core).
    cache_dir: reuse and store extractions there (None: no cache). An unchanged article is
               never parsed twice by builds that share a cache_dir.
    update:    an output folder of an earlier build (`save_build`): its articles are kept,
               without being parsed again, and the new sources added to them.
    dask:      a Dask scheduler address, or "local" for a local cluster of `workers` processes.
    limits:    the most time and memory one article's extraction may take (`ArticleLimits`);
               an article over them is skipped with a message (None: no bound).
    aliases:   an aliases file (YAML or CSV, see `graphbuild.resolve.aliases`) that joins names the
               rules missed and keeps "distinct" pairs apart; AliasesFileError if unreadable.
    per_edge:  evidence sentences each edge keeps in the graph (None: all); every sentence is
               in the evidence store (`KnowledgeGraph.evidence`, `evidence.sqlite` when saved).

    Skipped inputs are recorded in `report` (if given), never raised. Raises ModelNotFound if
    the spaCy model is missing, StoreError if `update` has a graph without its extraction store.
    """
    started = time.perf_counter()
    report = report if report is not None else BuildReport()
    report.model = model_identity(model)  # also fails early, in one line, on a missing model
    rules = load_aliases(aliases) if aliases is not None else None  # fails early too
    # Every extraction goes to disk as it arrives and is streamed back through the merge: the
    # main process holds none of them (see `spill`).
    report.extractions = spill = Spill()
    if update is not None:
        _previous_extractions(update, report, spill)
    cache = ExtractionCache(Path(cache_dir), f"{report.model} {model_fingerprint(model)}") \
        if cache_dir is not None else None
    kept = [(str(x.article.get("hash")), x.doc_id) for x in spill]  # one read of the store
    articles = unique_articles(read_sources(sources), report,
                               hashes={h for h, _ in kept}, ids={i for _, i in kept},
                               progress=progress)
    extract_corpus(articles, cache, progress, into=_Kept(spill, report), model=model,
                   workers=workers or default_workers(), batch_size=batch_size, dask=dask,
                   limits=limits, notes=report.notes)
    if cache and update is None:
        kg = _resolve_cached(spill, rules, cache, aliases, per_edge)
    else:
        kg = _resolve(spill, rules, per_edge)
    if cache:
        report.cached = cache.hits
        if cache.error:
            report.notes.append(cache.error)
    report.seconds = time.perf_counter() - started
    return kg


class _Kept:
    """Appends the extractions that succeeded to a spill; a failed one goes to the report's
    skipped inputs, a note about dropped text to its notes."""

    def __init__(self, spill: Spill, report: BuildReport) -> None:
        self.spill, self.report = spill, report

    def append(self, extraction: PackedExtraction) -> None:
        self.spill.extend(take_dropped_notes(drop_failed([extraction], self.report.skipped),
                                             self.report.notes))


def _resolve(extractions: Spill, rules, per_edge: int | None) -> KnowledgeGraph:
    """The graph of the extractions, its evidence written to a scratch store it owns."""
    path = scratch_path()
    writer = EvidenceWriter(path)
    try:
        graph = packed_from_extractions(extractions, rules, per_edge, writer)
    except BaseException:
        writer.close()
        path.unlink(missing_ok=True)
        raise
    writer.close(build_id((x.doc_id, str(x.article.get("hash"))) for x in extractions))
    return _owning_store(graph, path)


def _owning_store(graph, path: Path) -> KnowledgeGraph:
    """The graph with its scratch evidence store, removed when the graph goes (a saved build
    keeps a link or copy of it)."""
    kg = KnowledgeGraph(graph, evidence_store=path)
    weakref.finalize(kg, path.unlink, missing_ok=True)
    return kg


def _resolve_cached(extractions: Spill, rules, cache: ExtractionCache,
                    aliases: str | Path | None, per_edge: int | None) -> KnowledgeGraph:
    """The graph of these extractions: from the cache if the same ones were resolved before by
    the same code (and aliases file, and evidence bound), else resolved now and cached."""
    key = graph_key(extractions, f"{cache.model} per_edge={per_edge}",
                    Path(aliases).read_bytes() if aliases is not None else None)
    stored = cache.graph_path(key).with_suffix(".sqlite")
    graph = cache.get_graph(key) if stored.is_file() else None
    if graph is not None:
        path = scratch_path()
        shutil.copyfile(stored, path)
        return _owning_store(graph, path)
    kg = _resolve(extractions, rules, per_edge)
    cache.put_graph(key, kg.view)
    if not cache.error:
        try:
            shutil.copyfile(kg.evidence_store, stored)
        except OSError:
            pass  # a cache that cannot take it only means resolving again next time
    return kg


def _previous_extractions(folder: str | Path, report: BuildReport, into: Spill) -> None:
    """Append the extractions stored by the build being updated (none if `folder` has no graph
    yet) to `into`."""
    store = read_store(folder, into)
    report.previous = len(store.extractions)
    if store.extractions and (store.extractor != extractor_fingerprint()
                              or store.model != report.model):
        report.notes.append(f"the graph in {folder} was extracted by another graphbuild version "
                            "or model; its old articles are kept as they were (build it again "
                            "without --update to re-extract them)")


def save_build(kg: KnowledgeGraph, report: BuildReport, folder: str | Path,
               formats: Iterable[str] = FORMATS,
               max_nodes: int | None = None) -> list[Path]:
    """Write the graph files and the extraction store that `build(update=folder)` reads.

    `max_nodes` caps the HTML map only.
    """
    from graphbuild.export.files import save

    formats = tuple(formats)
    graph_files = [f"graph.{fmt}" for fmt in formats]

    def store(staging: Path) -> Path:  # published with the graph files: all or none
        return write_store(staging, report.extractions, extractor_fingerprint(), report.model,
                           graph_files)

    return save(kg, folder, formats, max_nodes=max_nodes, also=[store])


def load(path: str | Path) -> KnowledgeGraph:
    """Read a graph written by graphbuild (graph.json or graph.graphml, or their folder), with
    the evidence store beside it when it comes from the same build."""
    from graphbuild.export import read_graphml, read_json

    path = Path(path)
    if path.is_dir():
        path = path / "graph.json"
    graph = read_graphml(path) if path.suffix.lower() == ".graphml" else read_json(path)
    store = path.parent / EVIDENCE_NAME
    built = build_id((a.get("id"), a.get("hash")) for a in graph.graph.get("articles", []))
    if not store.is_file() or store_build(store) != built:
        store = None
    return KnowledgeGraph(graph, evidence_store=store)
