"""The packed graph a build makes (`pipeline.packing`) writes the same files, and makes the same
networkx graph, as the graph `graph.graph_from_extractions` holds in memory."""
from __future__ import annotations

import pickle

import networkx as nx
import pytest

import graphbuild
from graphbuild.export.html_data import importance
from graphbuild.extract import extract_article
from graphbuild.graph import KnowledgeGraph, graph_from_extractions
from graphbuild.pipeline.packing import packed_from_extractions
from graphbuild.ingest.sources import read_sources
from graphbuild.nlp import parse_articles
from graphbuild.packed_graph import PackedGraph
from graphbuild.pipeline.spill import Spill
from graphbuild.resolve.merge import resolve_entities
from graphbuild.records import Article

FORMATS = ("json", "graphml", "html", "gexf", "csv")


@pytest.fixture(scope="module")
def seed_extractions(nlp, seeds_dir):
    files = sorted(str(p) for p in seeds_dir.glob("*.txt"))
    articles = [a for a in read_sources(files) if isinstance(a, Article)]
    return [extract_article(a, parsed) for a, parsed in parse_articles(nlp, articles)]


def _written(kg: KnowledgeGraph, folder) -> dict[str, bytes]:
    kg.save(folder, FORMATS)
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


def _same_graph(a: nx.MultiDiGraph, b: nx.MultiDiGraph) -> None:
    assert a.graph == b.graph
    assert list(a.nodes(data=True)) == list(b.nodes(data=True))
    assert [list(d) for _, d in a.nodes(data=True)] == [list(d) for _, d in b.nodes(data=True)]
    assert list(a.edges(keys=True, data=True)) == list(b.edges(keys=True, data=True))
    assert [list(d) for *_, d in a.edges(keys=True, data=True)] == \
        [list(d) for *_, d in b.edges(keys=True, data=True)]


@pytest.mark.parametrize("per_edge", [1, 5, None])
def test_packed_graph_writes_the_same_files(seed_extractions, tmp_path, per_edge):
    plain = KnowledgeGraph(graph_from_extractions(seed_extractions, per_edge=per_edge))
    packed = KnowledgeGraph(packed_from_extractions(seed_extractions, per_edge=per_edge))
    assert isinstance(packed.view, PackedGraph)
    assert _written(packed, tmp_path / "packed") == _written(plain, tmp_path / "plain")
    assert isinstance(packed.view, PackedGraph)  # writing it did not make the networkx graph
    assert repr(packed) == repr(plain)


def test_packed_graph_makes_the_same_networkx_graph(seed_extractions):
    plain = graph_from_extractions(seed_extractions)
    packed = packed_from_extractions(seed_extractions)
    assert packed.number_of_nodes() == plain.number_of_nodes() > 10
    assert packed.number_of_edges() == plain.number_of_edges() > 10
    assert packed.neighbour_counts() == {n: s[0] for n, s in importance(plain).items()}
    _same_graph(packed.materialize(), plain)
    kg = KnowledgeGraph(packed)
    _same_graph(kg.graph, plain)  # made on first use, then kept
    assert kg.graph is kg.graph and kg.view is kg.graph


def test_a_build_keeps_its_graph_packed_until_asked(seeds_dir, tmp_path):
    kg = graphbuild.build([str(seeds_dir)], workers=1)
    assert isinstance(kg.view, PackedGraph)
    files = _written(kg, tmp_path / "a")
    assert isinstance(kg.view, PackedGraph)
    copied = pickle.loads(pickle.dumps(kg))  # pickled as its networkx graph
    assert _written(copied, tmp_path / "pickled") == files
    assert kg.neighbors("Sessions")  # the query API makes the networkx graph
    assert not isinstance(kg.view, PackedGraph)
    assert _written(kg, tmp_path / "b") == files


def test_articles_read_twice_from_a_spill_give_the_same_graph(seed_extractions, tmp_path):
    """The build's merge reads the spill twice instead of holding every article's entities."""
    spill = Spill()
    spill.extend(reversed(seed_extractions))
    try:
        held = resolve_entities(sorted(seed_extractions, key=lambda x: x.doc_id))
        assert resolve_entities(spill.by_id) == held
        plain = KnowledgeGraph(graph_from_extractions(seed_extractions))
        packed = KnowledgeGraph(packed_from_extractions(spill))
        assert _written(packed, tmp_path / "packed") == _written(plain, tmp_path / "plain")
    finally:
        spill.close()
