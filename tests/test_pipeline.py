"""The build pipeline: backends, order, streaming, duplicates and progress."""
from __future__ import annotations

import json
import shutil
import threading
import time
from concurrent.futures import Future

import networkx as nx
import pytest

import graphbuild
from graphbuild.ingest.sources import article_from_text
from graphbuild.pipeline.run import BuildReport, extract_corpus, unique_articles
from graphbuild.records import Skipped
from graphbuild.pipeline.workers import chunked, extract_in_process, extract_with_pool, in_order


def node_link(kg, sources: bool = True) -> str:
    """The graph as graph.json holds it (what "identical graphs" means here); without the
    files the articles came from if `sources` is False."""
    data = nx.node_link_data(kg.graph, edges="edges")
    if not sources:  # node_link_data hands out graph.graph itself: change a copy
        data["graph"] = {**data["graph"], "articles": [
            {k: v for k, v in a.items() if k != "source"} for a in data["graph"]["articles"]]}
    return json.dumps(data, sort_keys=True)


def test_two_workers_build_the_same_graph_as_one(seeds_dir, seeds_kg):
    ticks = []
    kg = graphbuild.build([str(seeds_dir)], workers=2, progress=ticks.append)
    assert kg.graph.number_of_nodes() > 10
    assert node_link(kg) == node_link(seeds_kg)
    assert sum(ticks) == len(seeds_kg.articles) == 5


def test_progress_counts_every_article_in_process(seeds_dir):
    ticks, report = [], BuildReport()
    graphbuild.build([str(seeds_dir)], workers=1, progress=ticks.append, report=report)
    assert sum(ticks) == report.articles == 5
    assert report.words > 1500 and len(report.extractions) == 5


def test_the_progress_bar_reaches_its_total_with_skipped_inputs_and_duplicates(tmp_path):
    from graphbuild.pipeline.progress import count_articles
    (tmp_path / "a.txt").write_text("Sessions met Kislyak in Washington.", encoding="utf-8")
    (tmp_path / "copy.txt").write_text("Sessions met Kislyak in Washington.", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    (tmp_path / "lines.jsonl").write_text('{"text": "Franken asked Sessions."}\n[1]\n',
                                          encoding="utf-8")
    ticks, report = [], BuildReport()
    graphbuild.build([str(tmp_path)], workers=1, progress=ticks.append, report=report)
    assert report.duplicates == 1 and len(report.skipped) >= 3
    assert sum(ticks) == count_articles([str(tmp_path)]) == 6


def test_same_text_under_two_names_counts_once(seeds_dir, seeds_kg, tmp_path):
    shutil.copytree(seeds_dir, tmp_path / "a")
    shutil.copy(seeds_dir / "cbs_sessions_recusal.txt", tmp_path / "a" / "copy-of-cbs.txt")
    report = BuildReport()
    kg = graphbuild.build([str(tmp_path / "a")], workers=1, report=report)
    assert (report.articles, report.duplicates) == (5, 1)
    assert node_link(kg, sources=False) == node_link(seeds_kg, sources=False)


def test_a_taken_id_with_another_text_is_renamed_not_lost():
    report = BuildReport()
    items = [article_from_text("One.", id="story"), Skipped("x.bin", "binary file, not text"),
             article_from_text("Two.", id="story"), article_from_text("Three.", id="story")]
    ids = [a.id for a in unique_articles(items, report)]
    assert ids == ["story", "story~2", "story~3"]
    assert report.renamed == 2 and [s.source for s in report.skipped] == ["x.bin"]


def test_results_come_back_in_article_order_whatever_finishes_first(nlp):
    arts = [article_from_text(f"Sessions met Kislyak in city number {i}.", id=f"a{i}")
            for i in range(12)]
    got = [x.doc_id for x in extract_with_pool(iter(arts), workers=2)]
    assert got == [a.id for a in arts]


def test_in_order_keeps_at_most_window_tasks_pending():
    submitted, taken, most = [0], [], [0]

    def submit(i: int) -> Future:
        submitted[0] += 1
        most[0] = max(most[0], submitted[0] - len(taken))
        future = Future()
        future.set_result(i)
        return future

    for result in in_order(map(submit, range(10)), window=3):
        taken.append(result)
    assert taken == list(range(10)) and most[0] == 3


def test_in_order_waits_for_the_oldest_when_later_tasks_finish_first():
    futures = [Future() for _ in range(4)]

    def finish_backwards():
        for i in reversed(range(4)):
            time.sleep(0.02)
            futures[i].set_result(i)

    threading.Thread(target=finish_backwards).start()
    assert list(in_order(iter(futures), window=4)) == [0, 1, 2, 3]


def test_articles_are_streamed_not_read_ahead(nlp):
    """Memory stays flat: when the first extraction is out, only about a chunk was read."""
    read = []

    def corpus():
        for i in range(400):
            read.append(i)
            yield article_from_text(f"Pelosi spoke in Washington on day {i}.", id=f"a{i}")

    stream = extract_in_process(corpus(), batch_size=16)
    next(stream)
    assert len(read) <= 17  # one spaCy batch of one-paragraph articles, not all 400
    stream.close()


def test_cache_hits_and_misses_keep_article_order(nlp, tmp_path):
    from graphbuild.pipeline.cache import ExtractionCache
    from graphbuild.nlp import model_identity

    arts = [article_from_text(f"Schiff met Nunes on day {i}.", id=f"a{i}") for i in range(6)]
    cache = ExtractionCache(tmp_path, model_identity())
    extract_corpus(arts[::2], cache, workers=1)          # a0, a2, a4 cached
    out = extract_corpus(arts, cache, workers=1)
    assert [x.doc_id for x in out] == [a.id for a in arts]
    assert cache.hits == 3


def test_chunks_bound_articles_and_words():
    arts = [article_from_text("word " * 100, id=str(i)) for i in range(10)]
    sizes = [len(c) for c in chunked(arts, max_articles=4, max_words=250)]
    assert sizes == [3, 3, 3, 1] and sum(sizes) == 10
