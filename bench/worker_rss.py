"""The parse workers' memory as a corpus goes through them (RSS of each pool process, sampled).

    python bench/worker_rss.py /tmp/graphbuild-archive/corpus6000 --articles 6000 --every 500

Runs `extract_with_pool` (what `graphbuild build --workers 2` runs for parse+extract) over the
first N articles of a folder and prints, every `--every` articles, as JSON: the resident memory
of each live worker process, their sum with the main process, and the CPU seconds of all the
worker processes so far (those that were recycled included: CPU is what a recycle costs,
whatever the load of the machine). Workers are found under this process (the fork server's
children included), sampled every 100 ms.
"""
from __future__ import annotations

import argparse
import json
import os
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from run import process_tree  # noqa: E402


class Sampler:
    """CPU seconds of every process seen under this one (the last reading of each, so a worker
    that has exited still counts) and the RSS of the live ones, every 100 ms."""

    def __init__(self) -> None:
        self.cpu: dict[int, float] = {}
        self.rss: dict[int, float] = {}
        self.peak_workers = 0.0
        self.running = True
        self.lock = threading.Lock()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        me = os.getpid()
        while self.running:
            tree = process_tree(me)
            with self.lock:
                self.rss = {p: r / 2**20 for p, (r, _) in tree.items()}
                for p, (_, c) in tree.items():
                    if p != me:
                        self.cpu[p] = c
                workers = [mb for p, mb in self.rss.items() if p != me and mb > 150]
                self.peak_workers = max(self.peak_workers, sum(workers))
            time.sleep(0.1)

    def snapshot(self) -> dict:
        me = os.getpid()
        with self.lock:
            # the fork server holds spaCy imported but no model (well under 150 MB)
            workers = sorted(round(mb, 1) for p, mb in self.rss.items() if p != me and mb > 150)
            return {"workers_mb": workers, "all_mb": round(sum(self.rss.values()), 1),
                    "worker_cpu_s": round(sum(self.cpu.values()), 1),
                    "processes_seen": len(self.cpu)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--every", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()

    from graphbuild.ingest.sources import read_sources
    from graphbuild.pipeline.workers import extract_with_pool

    articles = [a for a in read_sources([args.corpus]) if hasattr(a, "text")][:args.articles]
    sampler = Sampler()
    started = time.time()
    done = 0
    for _ in extract_with_pool(iter(articles), args.workers):
        done += 1
        if done % args.every == 0 or done == len(articles):
            time.sleep(0.15)  # one fresh sample
            print(json.dumps({"articles": done, "wall_s": round(time.time() - started, 1),
                              **sampler.snapshot()}), flush=True)
    time.sleep(0.3)
    sampler.running = False
    print(json.dumps({"articles": done, "peak_workers_mb": round(sampler.peak_workers, 1),
                      "worker_cpu_s": sampler.snapshot()["worker_cpu_s"]}), flush=True)


if __name__ == "__main__":
    main()
