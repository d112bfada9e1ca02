"""The Dask backend: a LocalCluster of worker processes builds the graph a plain build gives."""
from __future__ import annotations

import json
import sys

import networkx as nx
import pytest

import graphbuild
from graphbuild.pipeline.run import BuildReport

distributed = pytest.importorskip("distributed")


def node_link(kg) -> str:
    return json.dumps(nx.node_link_data(kg.graph, edges="edges"), sort_keys=True)


@pytest.fixture(scope="module")
def cluster():
    """Two single-threaded worker processes on loopback, no dashboard."""
    with distributed.LocalCluster(processes=True, n_workers=2, threads_per_worker=1,
                                  dashboard_address=None, host="127.0.0.1") as local:
        yield local


def test_dask_cluster_builds_the_same_graph_as_a_plain_build(cluster, seeds_dir, seeds_kg):
    ticks, report = [], BuildReport()
    kg = graphbuild.build([str(seeds_dir)], dask=cluster.scheduler_address,
                          progress=ticks.append, report=report)
    assert node_link(kg) == node_link(seeds_kg)
    assert sum(ticks) == report.articles == 5


def test_dask_work_runs_on_the_workers_each_loading_the_model_once(cluster, seeds_dir):
    graphbuild.build([str(seeds_dir)], dask=cluster.scheduler_address)
    with distributed.Client(cluster) as client:
        loaded = client.run(lambda: sorted(map(str, __import__("graphbuild.pipeline.workers").pipeline.workers
                                               ._PIPELINES)))
    assert len(loaded) == 2 and any(models == ["None"] for models in loaded.values())


def test_dask_with_cache_and_update_equals_a_plain_build(cluster, seeds_dir, seeds_kg, tmp_path):
    from graphbuild.pipeline.run import save_build

    files = [str(p) for p in sorted(seeds_dir.glob("*.txt"))]
    first = BuildReport()
    kg = graphbuild.build(files[:3], dask=cluster.scheduler_address, cache_dir=tmp_path / "c",
                          report=first)
    save_build(kg, first, tmp_path / "out", ("json",))
    report = BuildReport()
    kg = graphbuild.build(files, dask=cluster.scheduler_address, cache_dir=tmp_path / "c",
                          update=tmp_path / "out", report=report)
    assert (report.previous, report.duplicates, report.articles) == (3, 3, 2)
    assert node_link(kg) == node_link(seeds_kg)


def test_missing_dask_is_a_one_line_error_naming_the_extra(monkeypatch, seeds_dir):
    from graphbuild.pipeline.distributed import DaskNotInstalled

    monkeypatch.setitem(sys.modules, "distributed", None)  # import fails as if not installed
    with pytest.raises(DaskNotInstalled, match=r'pip install "graphbuild\[dask\]"'):
        graphbuild.build([str(seeds_dir)], dask="tcp://127.0.0.1:1")


def test_dask_local_starts_and_stops_its_own_cluster(seeds_dir, seeds_kg):
    kg = graphbuild.build([str(seeds_dir)], dask="local", workers=1)
    assert node_link(kg) == node_link(seeds_kg)
