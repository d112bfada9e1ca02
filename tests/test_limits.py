"""A per-article time and memory bound: an article over it is skipped with one line naming it,
the rest of the corpus is built, in one process and on a pool of workers."""
from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

import graphbuild
import graphbuild.pipeline.limits as limits
from graphbuild.cli import main
from graphbuild.pipeline.limits import ArticleLimits, OverBudget, bounded
from graphbuild.pipeline.run import BuildReport

ROOT = Path(__file__).resolve().parent.parent


def test_a_block_over_its_time_is_stopped():
    with pytest.raises(OverBudget, match="took more than 0.05 s"):
        with bounded(ArticleLimits(seconds=0.05, megabytes=None)):
            while True:
                pass


def test_a_block_over_its_memory_is_stopped(monkeypatch):
    grown = iter(range(0, 10 ** 6, 100))
    monkeypatch.setattr(limits, "rss_megabytes", lambda: float(next(grown)))
    with pytest.raises(OverBudget, match="used more than 500 MB"):
        with bounded(ArticleLimits(seconds=None, megabytes=500)):
            while True:
                pass


def test_a_block_that_ends_before_the_first_tick_is_held_to_its_time(monkeypatch):
    """Fast extraction ends between two timer ticks: the bound is checked once more at the end,
    so whether an article is over it does not depend on the tick."""
    monkeypatch.setattr(limits, "TICK", 10.0)
    with pytest.raises(OverBudget, match="took more than 0.001 s"):
        with bounded(ArticleLimits(seconds=0.001, megabytes=None)):
            time.sleep(0.01)


def test_the_timer_is_off_after_the_block():
    import signal
    with bounded(ArticleLimits(seconds=5)):
        pass
    assert signal.getitimer(signal.ITIMER_REAL) == (0.0, 0.0)


def test_a_tick_that_lands_while_the_timer_is_stopped_does_not_escape(monkeypatch):
    """A loaded machine may hold the process off the CPU past the next tick, right after the
    block was stopped: that tick must neither escape nor leave the timer running."""
    import signal
    real, late = signal.setitimer, []

    def tick_lands_first(which, seconds, interval=0.0):
        if seconds == 0 and not late:   # the handler runs just as the timer is being stopped
            late.append(True)
            raise OverBudget("a tick after the block was stopped")
        return real(which, seconds, interval)

    monkeypatch.setattr(limits.signal, "setitimer", tick_lands_first)
    handler = signal.getsignal(signal.SIGALRM)
    with pytest.raises(OverBudget, match="took more than 0.001 s"):
        with bounded(ArticleLimits(seconds=0.001, megabytes=None)):
            time.sleep(0.01)
    assert late and real(signal.ITIMER_REAL, 0) == (0.0, 0.0)
    assert signal.getsignal(signal.SIGALRM) == handler


def test_an_article_over_the_bound_is_skipped_in_one_process(tmp_path, monkeypatch):
    seed = ROOT / "seeds" / "cbs_sessions_recusal.txt"
    report = BuildReport()
    monkeypatch.setattr(limits, "TICK", 0.001)
    kg = graphbuild.build([str(seed)], workers=1, report=report,
                          limits=ArticleLimits(seconds=0.002))
    assert kg.graph.number_of_nodes() == 0
    assert [s.reason for s in report.skipped] == [
        "extraction stopped: took more than 0.002 s (the limit per article)"]
    assert report.skipped[0].source.endswith("cbs_sessions_recusal.txt")


def test_the_cli_names_the_article_it_skipped_on_a_pool(tmp_path):
    (tmp_path / "a.txt").write_text((ROOT / "seeds" / "cbs_sessions_recusal.txt").read_text())
    result = subprocess.run(
        [sys.executable, "-m", "graphbuild", "build", str(tmp_path / "a.txt"), "-o",
         str(tmp_path / "out"), "--workers", "2", "--no-cache", "-q",
         "--max-article-seconds", "0.0001"], capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    assert "graphbuild: skipped " in result.stderr and "a.txt: extraction stopped: took more " \
        "than 0.0001 s" in result.stderr
    assert "Traceback" not in result.stderr


@pytest.mark.parametrize("where", ["start", "submit"])
def test_a_pool_that_cannot_start_falls_back_to_one_process(tmp_path, monkeypatch, where):
    """No fork server or worker process (ConnectionRefusedError, as the issue saw): the build
    warns in one line and parses in this process; the graph is the one one worker gives."""
    import graphbuild.pipeline.workers as workers

    class NoPool:
        def __init__(self, *args, **kwargs):
            if where == "start":
                raise ConnectionRefusedError(111, "Connection refused")

        def submit(self, *args):
            raise ConnectionRefusedError(111, "Connection refused")

        def shutdown(self, **kwargs):
            pass

    files = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))[:2]]
    single = graphbuild.build(files, workers=1)
    monkeypatch.setattr(workers, "RecyclingPool", NoPool)  # the pool class builds use
    report = BuildReport()
    kg = graphbuild.build(files, workers=2, report=report)
    assert report.notes == ["cannot start worker processes (ConnectionRefusedError: [Errno 111] "
                            "Connection refused); parsing in this process instead"]
    assert sorted(kg.graph.nodes) == sorted(single.graph.nodes) and len(kg.articles) == 2
