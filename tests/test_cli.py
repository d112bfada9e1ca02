"""End-to-end: the CLI on real articles, as a user runs it."""
from __future__ import annotations

import json
import re
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


# -- in a real terminal ----------------------------------------------------------------------------
# Every other test runs with stderr redirected, where no progress bar is drawn; a user's terminal
# draws one. This runs the CLI on a pseudo-terminal, as `script` would.

def run_in_terminal(argv: list[str], cwd, size: tuple[int, int] = (30, 100),
                    timeout: float = 300.0) -> tuple[int, str]:
    """Run `argv` with stdin, stdout and stderr on a pseudo-terminal of `size` (rows, columns);
    return its exit code and everything it wrote. Killed (the test fails) after `timeout` s."""
    import fcntl
    import os
    import pty
    import select
    import struct
    import termios
    import time

    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", *size, 0, 0))
    env = {k: v for k, v in os.environ.items() if k not in ("COLUMNS", "LINES")}
    env["TERM"] = "xterm"
    process = subprocess.Popen(argv, stdin=slave, stdout=slave, stderr=slave, cwd=cwd, env=env,
                               start_new_session=True)
    os.close(slave)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    try:
        while True:
            if time.monotonic() > deadline:
                process.kill()
                pytest.fail(f"{argv} did not finish in {timeout} s: {b''.join(chunks)[-2000:]!r}")
            ready, _, _ = select.select([master], [], [], 0.5)
            if ready:
                try:
                    data = os.read(master, 65536)
                except OSError:  # EIO: every copy of the terminal's other end is closed
                    break
                if not data:
                    break
                chunks.append(data)
            elif process.poll() is not None:
                break
    finally:
        os.close(master)
    return process.wait(timeout=30), b"".join(chunks).decode("utf-8", "replace")


@pytest.mark.parametrize("size", [(30, 100), (0, 0)], ids=["sized", "unsized like script"])
def test_build_in_a_terminal_draws_a_progress_bar_with_a_total(seeds_dir, tmp_path, size):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in sorted(p.name for p in seeds_dir.glob("*.txt"))[:2]:
        (corpus / name).write_bytes((seeds_dir / name).read_bytes())
    code, out = run_in_terminal(
        [sys.executable, "-m", "graphbuild", "build", str(corpus), "-o", str(tmp_path / "out"),
         "--workers", "1", "--cache-dir", str(tmp_path / "cache")], cwd=tmp_path, size=size)
    assert code == 0, out
    assert "Traceback" not in out and "error" not in out, out
    assert "2 articles read, 0 skipped" in out  # the summary line
    assert "0/2 [00:00<?, ? articles/s]" in out, out  # n/total [elapsed<ETA, rate]
    assert re.search(r"[12]/2 \[\d\d:\d\d<\d\d:\d\d, +\d+\.\d+ articles/s\]", out), out
    assert (tmp_path / "out" / "graph.json").exists()


def test_build_at_the_top_level_of_a_script_with_no_main_guard(seeds_dir, tmp_path):
    """The README's Python example pasted into demo.py: worker processes must not run the
    script again (it would call build() again in each, while they start up)."""
    script = tmp_path / "demo.py"
    script.write_text("import graphbuild\n"
                      "print('top level ran')\n"
                      f"kg = graphbuild.build([{str(seeds_dir / SEED)!r}], workers=2)\n"
                      "print(kg.graph.number_of_nodes(), 'nodes,', kg.graph.number_of_edges(), "
                      "'edges')\n")
    result = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True,
                            text=True, timeout=300)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "top level ran" and lines.count("top level ran") == 1
    assert re.fullmatch(r"[1-9]\d* nodes, \d+ edges", lines[-1]), result.stdout
