"""The streamed build (extractions spilled to disk, evidence cut in the graph and kept whole in
evidence.sqlite) gives the graph the in-memory merge gives: same nodes, same edges, and the same
evidence sentences, read back from the store."""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import networkx as nx
import pytest

import graphbuild
from graphbuild.graph import assemble, graph_from_extractions
from graphbuild.pipeline.evidence import EVIDENCE_NAME, EvidenceWriter, read_evidence
from graphbuild.pipeline.run import BuildReport, build, load, save_build
from graphbuild.pipeline.spill import Spill
from graphbuild.records import DocEntity, DocExtraction, Evidence, RelationMention
from graphbuild.resolve.merge import resolve

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("bench_archive", ROOT / "bench" / "archive.py")
archive = importlib.util.module_from_spec(_spec)
sys.modules["bench_archive"] = archive
_spec.loader.exec_module(archive)


@pytest.fixture(scope="module")
def small_archive(tmp_path_factory) -> tuple[Path, list]:
    """40 archive-like articles whose names come from small pools, so that pairs recur across
    articles and edges gather many sentences; and their extractions."""
    folder = tmp_path_factory.mktemp("archive")
    archive.make_archive(folder, 40, source=ROOT / "eval" / "collected", pool_size=12)
    report = BuildReport()
    build([str(folder)], workers=1, report=report, per_edge=None)
    return folder, list(report.extractions)


def old_graph(extractions) -> nx.MultiDiGraph:
    """The graph as the in-memory merge builds it: every relation with all its evidence."""
    entities, relations = resolve(extractions)
    articles = [{k: v for k, v in x.article.items() if v is not None} for x in extractions]
    return assemble(entities, relations, articles)


def strip(item: dict) -> dict:
    return {k: v for k, v in item.items()
            if k not in {"subject", "object", "predicate", "negated", "hedged"}}


def test_unbounded_streamed_graph_equals_the_in_memory_merge(small_archive):
    _, extractions = small_archive
    spill = Spill()
    spill.extend(extractions[::-1])  # any order in: the merge reads it by article id
    new = graph_from_extractions(spill, per_edge=None)
    old = old_graph(extractions)
    assert nx.node_link_data(new, edges="edges") == nx.node_link_data(old, edges="edges")


def test_bounded_graph_keeps_first_sentences_and_the_store_has_all(small_archive, tmp_path):
    _, extractions = small_archive
    old = old_graph(extractions)
    writer = EvidenceWriter(tmp_path / EVIDENCE_NAME)
    new = graph_from_extractions(extractions, per_edge=1, evidence=writer)
    writer.close()
    assert dict(new.nodes(data=True)) == dict(old.nodes(data=True))
    assert sorted(new.edges(keys=True)) == sorted(old.edges(keys=True))
    cut = 0
    for u, v, k, data in old.edges(keys=True, data=True):
        mine = dict(new[u][v][k])
        assert mine.pop("evidence") == data["evidence"][:1]
        count = mine.pop("evidence_count", None)
        assert count == (data["weight"] if data["weight"] > 1 else None)
        cut += count is not None
        assert mine == {a: b for a, b in data.items() if a != "evidence"}
    assert cut >= 3  # the small pools make pairs recur: the test cuts some edges
    for u, v in {(u, v) for u, v in old.edges()}:
        stored = list(read_evidence(tmp_path / EVIDENCE_NAME, u, v))
        for k, data in old[u][v].items():
            mine = [strip(e) for e in stored
                    if (e["predicate"], e["negated"], e["hedged"]) ==
                    (data["predicate"], data["negated"], data["hedged"])]
            assert mine == data["evidence"]


def test_build_saves_the_store_and_load_reads_it(small_archive, tmp_path):
    folder, _ = small_archive
    report = BuildReport()
    kg = build([str(folder)], workers=1, report=report, per_edge=1)
    save_build(kg, report, tmp_path / "out")
    assert (tmp_path / "out" / EVIDENCE_NAME).is_file()
    data = json.loads((tmp_path / "out" / "graph.json").read_text(encoding="utf-8"))
    assert all(len(e["evidence"]) <= 1 for e in data["edges"])
    many = max(data["edges"], key=lambda e: e["weight"])
    assert many["weight"] > 1 and many["evidence_count"] == many["weight"]
    loaded = load(tmp_path / "out")
    source, target = many["source"], many["target"]
    label = loaded.graph.nodes[source]["label"]
    other = loaded.graph.nodes[target]["label"]
    found = [e for e in loaded.evidence(source, target)
             if e["predicate"] == many["predicate"] and e["subject"] == source
             and (e["negated"], e["hedged"]) == (many["negated"], many["hedged"])]
    assert len(found) == many["weight"] and found[0] == {
        "subject": source, "object": target, "predicate": many["predicate"],
        "negated": many["negated"], "hedged": many["hedged"], **many["evidence"][0]}
    assert loaded.evidence(label, other) == loaded.evidence(source, target)


def test_an_evidence_store_of_another_build_is_not_read(small_archive, tmp_path):
    folder, _ = small_archive
    report = BuildReport()
    kg = build([str(folder)], workers=1, report=report, per_edge=1)
    save_build(kg, report, tmp_path / "out")
    (tmp_path / "other").mkdir()
    (tmp_path / "other" / "graph.json").write_bytes((tmp_path / "out" / "graph.json").read_bytes())
    half = [str(p) for p in sorted(folder.glob("*.txt"))[:20]]
    report2 = BuildReport()
    small = build(half, workers=1, report=report2, per_edge=1)
    save_build(small, report2, tmp_path / "small")
    (tmp_path / "other" / EVIDENCE_NAME).write_bytes(
        (tmp_path / "small" / EVIDENCE_NAME).read_bytes())
    assert load(tmp_path / "other").evidence_store is None
    assert load(tmp_path / "out").evidence_store is not None


def doc(doc_id: str, sentences: list[tuple[str, int]], date: str | None = None) -> DocExtraction:
    people = [DocEntity("e0", "Ann Lee", "PERSON", mentions=1),
              DocEntity("e1", "Bo Chan", "PERSON", mentions=1)]
    return DocExtraction({"id": doc_id, "date": date, "hash": doc_id}, people, [
        RelationMention("e0", "meet with", "e1", Evidence(doc_id, text, start, start + len(text)))
        for text, start in sentences])


def test_one_sentence_found_twice_counts_once_and_dates_are_kept():
    xs = [doc("b", [("Lee met Chan in 2019.", 40), ("Lee met Chan.", 0), ("Lee met Chan.", 0)]),
          doc("a", [("Lee met Chan on May 2, 2016.", 5)], date="2017-01-01")]
    old = old_graph(xs)
    new = graph_from_extractions(xs, per_edge=1)
    [(_, _, data)] = new.edges(data=True)
    assert data["weight"] == 3 == old.edges[("PERSON:ann-lee", "PERSON:bo-chan", "meet with")][
        "weight"]
    assert data["evidence"] == old.edges[("PERSON:ann-lee", "PERSON:bo-chan", "meet with")][
        "evidence"][:1]
    assert data["evidence"][0]["date"] == "2016-05-02"
    assert (data["first_seen"], data["last_seen"]) == ("2016-05-02", "2019-01-01")
    assert data["documents"] == ["a", "b"] and data["evidence_count"] == 3


def test_no_store_is_written_when_no_edge_was_cut(small_archive, tmp_path):
    folder, _ = small_archive
    report = BuildReport()
    kg = build([str(folder)], workers=1, report=report, per_edge=None)
    written = save_build(kg, report, tmp_path / "out")
    assert EVIDENCE_NAME not in {p.name for p in written}
    assert load(tmp_path / "out").evidence_store is None


def test_evidence_without_a_store_reads_the_graph(seeds_kg):
    kg = graphbuild.KnowledgeGraph(seeds_kg.graph)
    u, v, data = max(kg.graph.edges(data=True), key=lambda e: e[2]["weight"])
    label = kg.graph.nodes[u]["label"]
    found = [e for e in kg.evidence(label) if e["subject"] == u and e["object"] == v
             and e["predicate"] == data["predicate"]]
    assert [strip(e) for e in found] == data["evidence"]


def test_timeline_reads_every_sentence_from_the_store(small_archive, tmp_path):
    folder, _ = small_archive
    report = BuildReport()
    kg = build([str(folder)], workers=1, report=report, per_edge=1)
    save_build(kg, report, tmp_path / "out")
    whole = build([str(folder)], workers=1, per_edge=None)
    u, _, data = max(whole.graph.edges(data=True), key=lambda e: e[2]["weight"])
    assert data["weight"] > 1
    for graph in (kg, load(tmp_path / "out")):
        assert graph.timeline(u) == whole.timeline(u)
        assert graph.timeline(u, since="2000-01-01") == whole.timeline(u, since="2000-01-01")


def test_the_map_counts_every_sentence_of_a_cut_edge(small_archive):
    from graphbuild.export.html_data import vis_edge
    folder, _ = small_archive
    kg = build([str(folder)], workers=1, per_edge=1)
    u, v, data = max(kg.graph.edges(data=True), key=lambda e: e[2]["weight"])
    shown = vis_edge(0, u, v, data, 0)
    assert len(shown["evidence"]) == 1 and shown["evidenceTotal"] == data["weight"] > 1


def test_a_cached_rebuild_gives_the_same_graph_and_evidence(small_archive, tmp_path):
    folder, _ = small_archive
    first = build([str(folder)], workers=1, cache_dir=tmp_path / "cache", per_edge=1)
    again = build([str(folder)], workers=1, cache_dir=tmp_path / "cache", per_edge=1)
    assert again.evidence_store != first.evidence_store  # a copy of the cached one
    assert nx.node_link_data(again.graph, edges="edges") == \
        nx.node_link_data(first.graph, edges="edges")
    u, v, _ = max(first.graph.edges(data=True), key=lambda e: e[2]["weight"])
    assert again.evidence(u, v) == first.evidence(u, v) and len(first.evidence(u, v)) > 1
    assert len(list((tmp_path / "cache").rglob("graphs/*.sqlite"))) == 1


def test_cli_evidence_per_edge(small_archive, tmp_path):
    from click.testing import CliRunner

    from graphbuild.cli import main
    folder, _ = small_archive
    for n, cut in (("1", True), ("0", False)):
        out = tmp_path / n
        result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "--no-cache",
                                           "--workers", "1", "-q", "--evidence-per-edge", n])
        assert result.exit_code == 0, result.output
        data = json.loads((out / "graph.json").read_text(encoding="utf-8"))
        assert any("evidence_count" in e for e in data["edges"]) is cut
        assert (out / EVIDENCE_NAME).exists() is cut


def test_a_build_that_cuts_nothing_removes_the_earlier_builds_store(small_archive, tmp_path):
    from click.testing import CliRunner

    from graphbuild.cli import main
    folder, _ = small_archive
    out = tmp_path / "out"
    for n, cut in (("1", True), ("0", False)):  # the same output folder, built twice
        result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out), "--no-cache",
                                           "--workers", "1", "-q", "--evidence-per-edge", n])
        assert result.exit_code == 0, result.output
        assert (out / EVIDENCE_NAME).exists() is cut
