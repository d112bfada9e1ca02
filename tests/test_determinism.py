"""The same inputs give byte-identical graph.json and graph.graphml: whatever the order the
files are named in, the order extractions arrive in, the number of workers, or the hash seed of
the Python process; and an update never drops what the graph had."""
from __future__ import annotations

import json
import os
import random
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

import graphbuild
from graphbuild.cli import main
from graphbuild.export import write_graphml, write_json
from graphbuild.extract import extract_article
from graphbuild.graph import graph_from_extractions
from graphbuild.ingest.sources import read_sources
from graphbuild.nlp import parse_articles
from graphbuild.records import Article

OUTPUTS = ("graph.json", "graph.graphml")


def outputs(folder: Path) -> dict[str, bytes]:
    return {name: (folder / name).read_bytes() for name in OUTPUTS}


def cli_build(sources: list[str], out: Path, *options: str) -> dict[str, bytes]:
    result = CliRunner().invoke(main, ["build", *sources, "-o", str(out), "--format",
                                       "json,graphml", "--no-cache", "-q", *options])
    assert result.exit_code == 0, result.output
    return outputs(out)


@pytest.fixture(scope="module")
def seed_files(seeds_dir) -> list[str]:
    return sorted(str(p) for p in seeds_dir.glob("*.txt"))


@pytest.fixture(scope="module")
def seed_extractions(nlp, seed_files):
    articles = [a for a in read_sources(seed_files) if isinstance(a, Article)]
    return [extract_article(a, parsed) for a, parsed in parse_articles(nlp, articles)]


def written(graph, folder: Path) -> dict[str, bytes]:
    folder.mkdir()
    write_json(graph, folder / "graph.json")
    write_graphml(graph, folder / "graph.graphml")
    return outputs(folder)


def test_merge_does_not_depend_on_the_order_extractions_arrive_in(seed_extractions, tmp_path):
    first = written(graph_from_extractions(seed_extractions), tmp_path / "a")
    shuffled = list(seed_extractions)
    for i in range(3):
        random.Random(i).shuffle(shuffled)
        assert written(graph_from_extractions(shuffled), tmp_path / f"s{i}") == first
    assert written(graph_from_extractions(seed_extractions[::-1]), tmp_path / "r") == first


def test_order_of_input_files_does_not_matter(seed_files, tmp_path):
    forward = cli_build(seed_files, tmp_path / "f", "--workers", "1")
    backward = cli_build(seed_files[::-1], tmp_path / "b", "--workers", "1")
    assert forward == backward


def test_same_names_and_same_texts_resolve_the_same_whatever_the_order(tmp_path):
    """Two folders with story.txt (ids story and story~2) and one text under two names."""
    for folder, text in (("x", "Jeff Sessions met Sergey Kislyak."),
                         ("y", "Vladimir Putin met Donald Trump in Helsinki."),
                         ("z", "Jeff Sessions met Sergey Kislyak.")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "story.txt").write_text(text)
    files = [str(tmp_path / f / "story.txt") for f in ("x", "y", "z")]
    runs = [cli_build(order, tmp_path / f"out{i}", "--workers", "1")
            for i, order in enumerate((files, files[::-1], [files[1], files[2], files[0]]))]
    assert runs[0] == runs[1] == runs[2]
    articles = json.loads(runs[0]["graph.json"])["graph"]["articles"]
    assert [(a["id"], a["source"]) for a in articles] == [("story", files[0]),
                                                          ("story~2", files[1])]


def test_python_hash_seed_does_not_matter(seed_files, tmp_path):
    """Set and dict order inside one process is not enough: two processes, two hash seeds."""
    runs = []
    for seed in ("1", "4242"):
        out = tmp_path / f"out{seed}"
        env = {**os.environ, "PYTHONHASHSEED": seed}
        subprocess.run([sys.executable, "-m", "graphbuild", "build", *seed_files[:2], "-o",
                        str(out), "--format", "json,graphml", "--workers", "1", "--no-cache",
                        "-q"], env=env, check=True, capture_output=True)
        runs.append(outputs(out))
    assert runs[0] == runs[1]


def test_number_of_workers_does_not_matter(seed_files, seed_extractions, tmp_path):
    one = written(graph_from_extractions(seed_extractions), tmp_path / "one")
    two = written(graphbuild.build(seed_files, workers=2).graph, tmp_path / "two")
    assert one == two


def test_update_keeps_every_entity_and_statement_the_graph_had(seed_files, tmp_path):
    out = tmp_path / "out"
    cli_build(seed_files[:2], out, "--workers", "1")
    before = json.loads((out / "graph.json").read_text())
    result = CliRunner().invoke(main, ["build", "--update", *seed_files[2:], "-o", str(out),
                                       "--format", "json,graphml", "--no-cache", "-q",
                                       "--workers", "1"])
    assert result.exit_code == 0, result.output
    after = json.loads((out / "graph.json").read_text())
    aliases_after = {alias for n in after["nodes"] for alias in [n["label"], *n["aliases"]]}
    for node in before["nodes"]:  # a node may be merged into a fuller one, never lost
        assert node["label"] in aliases_after, node["label"]
    evidence_after = {(e["doc"], e["start"], e["end"]) for edge in after["edges"]
                      for e in edge["evidence"]}
    for edge in before["edges"]:
        for e in edge["evidence"]:
            assert (e["doc"], e["start"], e["end"]) in evidence_after
    assert {a["id"] for a in before["graph"]["articles"]} <= {
        a["id"] for a in after["graph"]["articles"]}
    # and the update is the graph a fresh build of all the files gives
    assert outputs(out) == cli_build(seed_files, tmp_path / "fresh", "--workers", "1")


def test_an_update_with_only_bad_input_keeps_the_graph(seed_files, tmp_path):
    out = tmp_path / "out"
    before = cli_build(seed_files[:1], out, "--workers", "1")
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(main, ["build", "--update", str(tmp_path / "empty.txt"), "-o",
                                       str(out), "--format", "json,graphml", "--no-cache",
                                       "--workers", "1"])
    assert result.exit_code == 3, result.output
    assert "skipped" in result.stderr and outputs(out) == before


def test_a_build_from_the_cache_is_the_build_without_it(seed_files, tmp_path):
    """Cached extractions give the same bytes as fresh ones (a date found in the text too)."""
    fresh = cli_build(seed_files, tmp_path / "fresh", "--workers", "1")
    for run in ("fill", "hit"):
        result = CliRunner().invoke(main, ["build", *seed_files, "-o", str(tmp_path / run),
                                           "--format", "json,graphml", "-q", "--workers", "1",
                                           "--cache-dir", str(tmp_path / "cache")])
        assert result.exit_code == 0, result.output
        assert outputs(tmp_path / run) == fresh, run
