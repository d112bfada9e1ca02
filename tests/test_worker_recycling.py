"""Pool workers are replaced after a number of articles (a parsing process grows with every new
word it meets), and that changes nothing in the graph."""
from __future__ import annotations

import re
import subprocess
import sys

import graphbuild
from graphbuild.pipeline import workers
from test_pipeline import node_link


def test_a_worker_recycled_after_every_article_builds_the_same_graph(seeds_dir, seeds_kg,
                                                                     monkeypatch):
    spawned = []
    spawn = workers.RecyclingPool._spawn_process

    def counted(pool):
        spawned.append(1)
        spawn(pool)

    monkeypatch.setattr(workers.RecyclingPool, "_spawn_process", counted)
    monkeypatch.setattr(workers, "CHUNK_ARTICLES", 1)
    monkeypatch.setattr(workers, "ARTICLES_PER_WORKER", 1)
    assert workers.tasks_per_worker() == 1
    kg = graphbuild.build([str(seeds_dir)], workers=2)
    # five articles, one a chunk, one chunk a worker: every one parsed by a fresh process, and
    # each that exits replaced (by the pool's own thread; a hang here is CPython gh-115634)
    assert len(spawned) == 2 + 5
    assert node_link(kg) == node_link(seeds_kg)


def test_the_default_replaces_a_worker_after_whole_chunks_of_many_articles():
    assert workers.tasks_per_worker() * workers.CHUNK_ARTICLES <= workers.ARTICLES_PER_WORKER
    assert workers.tasks_per_worker() >= 10  # the model load is spread over many chunks


def test_recycled_workers_do_not_run_a_script_without_a_main_guard(seeds_dir, tmp_path):
    """The replacements are started by the pool's thread, not by a submit: they too must not
    run the user's script again."""
    script = tmp_path / "demo.py"
    script.write_text("import graphbuild\n"
                      "from graphbuild.pipeline import workers\n"
                      "workers.CHUNK_ARTICLES = workers.ARTICLES_PER_WORKER = 1\n"
                      "print('top level ran')\n"
                      f"kg = graphbuild.build([{str(seeds_dir)!r}], workers=2)\n"
                      "print(kg.graph.number_of_nodes(), 'nodes')\n")
    result = subprocess.run([sys.executable, str(script)], cwd=tmp_path, capture_output=True,
                            text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    lines = result.stdout.splitlines()
    assert lines.count("top level ran") == 1, result.stdout
    assert re.fullmatch(r"[1-9]\d* nodes", lines[-1]), result.stdout


def test_a_backlog_is_not_stranded_when_workers_exit_at_their_limit():
    """CPython gh-115634 (3.11-3.13): the standard pool, with a backlog queued, replaces a
    worker that exited at its limit only if no stale idle token is left, and runs here 2 of
    10 tasks, then waits forever."""
    import concurrent.futures
    import time

    pool = workers.RecyclingPool(1, mp_context=workers.pool_context(), max_tasks_per_child=2)
    try:
        futures = [pool.submit(time.sleep, 0.05) for _ in range(10)]
        _, pending = concurrent.futures.wait(futures, timeout=600)  # a hang fails, not waits
        assert not pending
    finally:
        workers.stop_workers(pool)
        pool.shutdown(wait=True, cancel_futures=True)
