"""End-to-end: the CLI on real articles, as a user runs it."""
from __future__ import annotations

import json
import subprocess
import sys

import networkx as nx
import pytest
from click.testing import CliRunner

import graphbuild
from graphbuild.cli import main

SEED = "cbs_sessions_recusal.txt"


def run(*args: str):
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_build_writes_the_three_default_outputs(seeds_dir, tmp_path):
    result = run("build", str(seeds_dir / SEED), "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    graph_files = sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("graph."))
    assert graph_files == ["graph.graphml", "graph.html", "graph.json"]
    summary = result.stderr.strip().splitlines()[-1]
    assert "1 articles read, 0 skipped" in summary and "nodes" in summary and "edges" in summary
    data = json.loads((tmp_path / "graph.json").read_text())
    labels = {n["label"] for n in data["nodes"]}
    assert "Jeff Sessions" in labels
    assert all({"label", "type", "aliases"} <= set(n) for n in data["nodes"])
    assert all({"predicate", "negated", "weight", "evidence"} <= set(e) for e in data["edges"])
    for edge in data["edges"]:
        for ev in edge["evidence"]:
            assert ev["doc"] == "cbs_sessions_recusal" and ev["sentence"]
    g = nx.read_graphml(tmp_path / "graph.graphml")
    assert g.number_of_nodes() == len(data["nodes"])


def test_format_option_picks_outputs(seeds_dir, tmp_path):
    result = run("build", str(seeds_dir / SEED), "-o", str(tmp_path), "--format", "json", "-q")
    assert result.exit_code == 0
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith("graph.")] == ["graph.json"]
    assert result.output == ""


def test_unknown_format_is_a_usage_error(seeds_dir, tmp_path):
    result = run("build", str(seeds_dir / SEED), "-o", str(tmp_path), "--format", "pdf")
    assert result.exit_code == 2 and "pdf" in result.output


def test_stdin_is_an_input(tmp_path):
    text = "Attorney General Jeff Sessions met with Russian Ambassador Sergey Kislyak in Washington."
    result = CliRunner().invoke(main, ["build", "-", "-o", str(tmp_path), "--format", "json"],
                                input=text)
    assert result.exit_code == 0, result.output
    labels = {n["label"] for n in json.loads((tmp_path / "graph.json").read_text())["nodes"]}
    assert any("Sessions" in label for label in labels)


def test_missing_model_is_one_line_and_exit_1(seeds_dir, tmp_path):
    result = run("build", str(seeds_dir / SEED), "-o", str(tmp_path), "--model", "no_such_model")
    assert result.exit_code == 1
    assert result.stderr.count("\n") == 1 and "pip install" in result.stderr
    assert not tmp_path.exists() or not any(tmp_path.iterdir())


@pytest.mark.parametrize("command", [[], ["build"]])
def test_help_is_complete(command):
    result = run(*command, "--help")
    assert result.exit_code == 0
    if command == ["build"]:
        for option in ("--output", "--format", "--model", "--workers", "--quiet"):
            assert option in result.output


def test_python_dash_m_works_like_the_console_script(tmp_path, seeds_dir):
    proc = subprocess.run([sys.executable, "-m", "graphbuild", "build", str(seeds_dir / SEED),
                           "-o", str(tmp_path), "--format", "json", "-q"],
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert (tmp_path / "graph.json").exists()


def test_api_build_save_and_load(seeds_kg, tmp_path):
    assert isinstance(seeds_kg.graph, nx.MultiDiGraph)
    assert {a["id"] for a in seeds_kg.articles} >= {"cbs_sessions_recusal"}
    dates = {a["id"]: a.get("date") for a in seeds_kg.articles}
    assert dates["voa_newscast_2016_02_19"] == "2016-02-19"  # from the dateline
    written = seeds_kg.save(tmp_path)
    assert sorted(p.name for p in written) == ["graph.graphml", "graph.html", "graph.json"]
    back = graphbuild.load(tmp_path / "graph.json")
    assert nx.utils.graphs_equal(back.graph, seeds_kg.graph)
    from_folder = graphbuild.load(tmp_path)
    assert from_folder.graph.number_of_nodes() == seeds_kg.graph.number_of_nodes()
    from_graphml = graphbuild.load(tmp_path / "graph.graphml")
    assert set(from_graphml.graph.nodes) == set(seeds_kg.graph.nodes)
    for node, attrs in from_graphml.graph.nodes(data=True):
        assert attrs["aliases"] == seeds_kg.graph.nodes[node]["aliases"]
