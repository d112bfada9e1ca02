"""Inputs beside the articles are bounded: an aliases file that never ends, is huge, is not a
file, or is a YAML "billion laughs", fails in one line, in seconds."""
from __future__ import annotations

import subprocess
import sys

import pytest
from click.testing import CliRunner

from graphbuild.cli import main
from graphbuild.resolve.aliases import MAX_ALIASES_BYTES, AliasesFileError, load_aliases

LAUGHS = "\n".join(["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"] + [
    f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join(['*' + chr(97 + i)] * 9)}]" for i in range(8)])


def build_with_aliases(tmp_path, aliases) -> list[str]:
    (tmp_path / "a.txt").write_text("Sessions met Kislyak in Washington on Monday.")
    result = CliRunner().invoke(main, ["build", "--workers", "1", "--no-cache", "-q",
                                       str(tmp_path / "a.txt"), "-o", str(tmp_path / "out"),
                                       "--aliases", str(aliases)])
    assert result.exit_code == 1
    assert not (tmp_path / "out").exists()
    return result.output.strip().splitlines()


def test_aliases_from_dev_zero_fail_at_once_in_one_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "graphbuild", "build", "-q", "--no-cache", "--workers", "1",
         "--aliases", "/dev/zero", "-o", str(tmp_path / "out"), "-"],
        input="Sessions met Kislyak.", capture_output=True, text=True, timeout=120)
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "graphbuild: error: /dev/zero: cannot read: not a regular file (a FIFO, socket or "
        "device)"]


def test_an_aliases_file_over_the_size_limit_is_refused(tmp_path):
    huge = tmp_path / "aliases.csv"
    with huge.open("wb") as f:
        f.truncate(MAX_ALIASES_BYTES + 1)  # sparse: no disk used
    assert build_with_aliases(tmp_path, huge) == [
        f"graphbuild: error: {huge}: cannot read: larger than 20 MB, the limit for an "
        "aliases file"]


def test_a_billion_laughs_yaml_is_refused(tmp_path):
    laughs = tmp_path / "aliases.yaml"
    laughs.write_text("same:\n" + "\n".join("  " + line for line in LAUGHS.splitlines()))
    assert build_with_aliases(tmp_path, laughs) == [
        f"graphbuild: error: {laughs}: YAML aliases (*name) are not allowed, at line 3"]


def test_a_fifo_is_refused(tmp_path):
    import os
    fifo = tmp_path / "aliases.csv"
    os.mkfifo(fifo)
    with pytest.raises(AliasesFileError, match="not a regular file"):
        load_aliases(fifo)


def test_a_csv_field_over_the_csv_limit_is_one_line(tmp_path):
    path = tmp_path / "aliases.csv"
    path.write_text('"' + "x" * 200_000 + '",y\n')
    with pytest.raises(AliasesFileError, match="malformed CSV: field larger than field limit"):
        load_aliases(path)


@pytest.mark.parametrize("text", [" =1+1", "\t@SUM(A1)", "\u3000-2+3", "\uff1d1+1", "\uff0b1",
                                  "\uff0d1", "\uff20SUM(A1)", "\ufe621"])
def test_csv_cells_that_a_spreadsheet_would_compute_are_escaped(tmp_path, text):
    import csv

    import networkx as nx

    from graphbuild.export.csvfiles import write_csv

    graph = nx.MultiDiGraph(articles=[])
    graph.add_node("PERSON:x", label=text, type="PERSON", aliases=[text], mentions=1,
                   documents=["a"], titles=[])
    nodes, _ = write_csv(graph, tmp_path / "graph.csv")
    with nodes.open(newline="", encoding="utf-8") as handle:
        row = next(csv.DictReader(handle))
    assert row["label"].startswith("'") and row["label"][1:].strip() == text.strip()


def test_a_closed_stdin_is_one_clear_line(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "graphbuild", "build", "-q", "--no-cache", "--workers", "1",
         "-o", str(tmp_path / "out"), "-"], stdin=None, capture_output=True, text=True,
        timeout=120, preexec_fn=lambda: __import__("os").close(0))
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().splitlines() == [
        "graphbuild: skipped <stdin>: standard input is closed",
        "graphbuild: error: no readable article in -"]
