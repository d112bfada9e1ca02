"""Nothing lost: a failed or interrupted write leaves the output folder exactly as it was."""
from __future__ import annotations

import os
import signal
import stat
from pathlib import Path

import networkx as nx
import pytest

from graphbuild.export import atomic
from graphbuild.export.atomic import atomic_write, publish
from graphbuild.export.files import save
from graphbuild.graph import KnowledgeGraph


def snapshot(folder: Path) -> dict[str, bytes]:
    """Every file under the folder (hidden ones too) with its bytes."""
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()} | {str(p.relative_to(folder)) + "/": b"" for p in folder.rglob("*")
                               if p.is_dir()}


def small_graph(label: str = "Jeff Sessions") -> KnowledgeGraph:
    g = nx.MultiDiGraph()
    g.graph["articles"] = [{"id": "a1"}]
    g.add_node("PERSON:a", label=label, type="PERSON", aliases=[label], mentions=2,
               documents=["a1"], titles=[])
    g.add_node("PERSON:b", label="Sergey Kislyak", type="PERSON", aliases=["Kislyak"],
               mentions=1, documents=["a1"], titles=["ambassador"])
    g.add_edge("PERSON:a", "PERSON:b", key="meet with", predicate="meet with", negated=False,
               hedged=False, weight=1, documents=["a1"],
               evidence=[{"doc": "a1", "sentence": "Sessions met Kislyak.", "start": 0, "end": 21}])
    return KnowledgeGraph(g)


@pytest.fixture
def earlier(tmp_path) -> Path:
    """An output folder holding an earlier graph (json, graphml) and a user's own file."""
    out = tmp_path / "out"
    save(small_graph("Earlier Graph"), out, ("json", "graphml"))
    (out / "notes.txt").write_text("mine")
    return out


def test_atomic_write_failure_keeps_the_old_file(tmp_path):
    target = tmp_path / "graph.json"
    target.write_text("old")
    with pytest.raises(RuntimeError):
        with atomic_write(target) as handle:
            handle.write("half a new")
            raise RuntimeError("disk on fire")
    assert target.read_text() == "old" and os.listdir(tmp_path) == ["graph.json"]


def test_atomic_write_mode_follows_umask(tmp_path):
    old = os.umask(0o022)
    try:
        with atomic_write(tmp_path / "f.txt") as handle:
            handle.write("x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "f.txt").stat().st_mode) == 0o644  # not mkstemp's 0600


def test_save_writes_every_format_and_leaves_no_staging(tmp_path):
    out = tmp_path / "new" / "out"
    written = save(small_graph(), out, ("json", "graphml", "gexf", "csv"))
    names = sorted(p.name for p in written)
    assert names == ["graph.edges.csv", "graph.gexf", "graph.graphml", "graph.json",
                     "graph.nodes.csv"]
    assert sorted(os.listdir(out)) == names  # no hidden staging folder or temp file left
    assert all(p.parent == out for p in written)


@pytest.mark.parametrize("error", [RuntimeError("exporter bug"), KeyboardInterrupt(),
                                   OSError(28, "No space left on device")])
def test_failing_last_exporter_changes_nothing(earlier, monkeypatch, error):
    before = snapshot(earlier)

    def broken(self, path, **options):
        Path(path).write_text("<html>half")
        raise error
    monkeypatch.setattr(KnowledgeGraph, "write_html", broken)
    with pytest.raises(type(error)):
        save(small_graph("New Graph"), earlier, ("json", "graphml", "html"))
    assert snapshot(earlier) == before


def test_failing_extra_writer_changes_nothing(earlier):
    before = snapshot(earlier)

    def store(staging: Path) -> Path:
        raise ValueError("store bug")
    with pytest.raises(ValueError):
        save(small_graph("New Graph"), earlier, ("json", "graphml"), also=[store])
    assert snapshot(earlier) == before


def test_successful_save_replaces_the_graph_and_keeps_other_files(earlier):
    save(small_graph("New Graph"), earlier, ("json",))
    assert "New Graph" in (earlier / "graph.json").read_text()
    assert "Earlier Graph" in (earlier / "graph.graphml").read_text()  # not asked for: kept
    assert (earlier / "notes.txt").read_text() == "mine"


def test_ctrl_c_during_the_renames_is_held_until_they_are_done(tmp_path, monkeypatch):
    """A SIGINT arriving between two renames must not leave a half-old, half-new graph."""
    # Python's own Ctrl-C handler, whatever this process inherited: a shell starts background
    # jobs with SIGINT ignored, and Python then installs no handler at all.
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    real_replace = os.replace
    calls = []

    def replace_and_interrupt(src, dst):
        if not calls:
            os.kill(os.getpid(), signal.SIGINT)  # delivered only after the last rename
        calls.append(dst)
        real_replace(src, dst)
    monkeypatch.setattr(atomic.os, "replace", replace_and_interrupt)

    def write(staging: Path) -> None:
        for name in ("graph.json", "graph.graphml", "graph.html"):
            (staging / name).write_text("new")
    try:
        with pytest.raises(KeyboardInterrupt):
            publish(tmp_path, write)
    finally:
        signal.signal(signal.SIGINT, previous)
    assert len(calls) == 3
    assert sorted(os.listdir(tmp_path)) == ["graph.graphml", "graph.html", "graph.json"]


def test_publish_into_unwritable_place_raises_oserror(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("x")
    with pytest.raises(OSError):
        publish(blocker / "out", lambda staging: None)
    assert blocker.read_text() == "x"


def test_a_failed_first_run_leaves_no_output_folder(tmp_path, monkeypatch):
    def broken(self, path, **options):
        raise RuntimeError("exporter bug")
    monkeypatch.setattr(KnowledgeGraph, "write_html", broken)
    with pytest.raises(RuntimeError):
        save(small_graph(), tmp_path / "new" / "out", ("json", "html"))
    assert os.listdir(tmp_path) == []


def test_renames_hold_a_lock_on_the_output_folder(tmp_path, monkeypatch):
    """Two builds into one folder: the second waits for the first's renames to finish."""
    import fcntl

    real_replace = os.replace
    probes = []

    def replace_and_probe(src, dst):
        fd = os.open(tmp_path, os.O_RDONLY)  # another descriptor: as another process would
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            probes.append("free")
        except BlockingIOError:
            probes.append("locked")
        finally:
            os.close(fd)
        real_replace(src, dst)
    monkeypatch.setattr(atomic.os, "replace", replace_and_probe)
    publish(tmp_path, lambda staging: (staging / "graph.json").write_text("x"))
    assert probes == ["locked"]
    fd = os.open(tmp_path, os.O_RDONLY)  # and released afterwards
    fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    os.close(fd)


def test_staging_folders_of_dead_processes_are_cleaned_up(tmp_path):
    from graphbuild.export.atomic import publish

    dead = tmp_path / ".graphbuild-staging-999999999-x1"   # no such process
    dead.mkdir()
    (dead / "graph.json").write_text("{}")
    mine = tmp_path / f".graphbuild-staging-{os.getpid()}-x2"  # a live one's is kept
    mine.mkdir()
    publish(tmp_path, lambda staging: (staging / "a.txt").write_text("A"))
    assert sorted(p.name for p in tmp_path.iterdir()) == [mine.name, "a.txt"]


def test_a_second_build_into_a_held_folder_refuses_in_one_line(tmp_path):
    """The lock covers the whole build: a second build into the same folder meanwhile (a
    build and an --update) says so at once, instead of one of the results being lost."""
    import subprocess
    import sys

    from click.testing import CliRunner

    from graphbuild.cli import main

    out = tmp_path / "out"
    (tmp_path / "a.txt").write_text("Sessions met Kislyak in Washington on Monday.")
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from graphbuild.export.atomic import "
         "build_lock\nwith build_lock(sys.argv[1]):\n    print('held', flush=True)\n"
         "    time.sleep(60)", str(out)], stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        result = CliRunner().invoke(main, ["build", "--workers", "1", "--no-cache",
                                           str(tmp_path / "a.txt"), "-o", str(out)])
        assert result.exit_code == 1
        assert result.output.strip().splitlines() == [
            f"graphbuild: error: another graphbuild is writing to {out}; wait for it to "
            "finish, or write to another folder"]
        assert list(out.iterdir()) == []
    finally:
        holder.kill()
        holder.wait()
