"""The main process's memory in the merge, measured as a build measures it (RSS, not tracemalloc).

    python bench/merge_rss.py /tmp/graphbuild-archive/out6000 --out /tmp/merged6000
    python bench/merge_rss.py OUT --out DIR --stages       # also RSS after each merge step

Reads the extraction store a build left in OUT into a scratch spill (as `build --update` does;
no parsing), then runs the merge of a build (`pipeline.run._resolve`: entity resolution,
relation summaries with 5 sentences an edge, evidence store, packed graph) and prints, as JSON: the
resident memory before the merge, its peak during the merge (sampled every 10 ms), after it,
the merge's CPU seconds, nodes and edges. `--out` writes graph.json and graph.graphml there, to
compare the bytes of two versions of the code. Run it in a fresh process per figure.
"""
from __future__ import annotations

import argparse
import gc
import json
import threading
import time
from pathlib import Path


def rss_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20


class Peak:
    """The highest RSS seen by a sampling thread while it runs."""

    def __init__(self) -> None:
        self.peak, self.running = rss_mb(), True
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()

    def _run(self) -> None:
        while self.running:
            self.peak = max(self.peak, rss_mb())
            time.sleep(0.01)

    def stop(self) -> float:
        self.running = False
        self.thread.join()
        self.peak = max(self.peak, rss_mb())
        return self.peak


def stages() -> dict[str, float]:
    """Wrap the merge's steps so that RSS is recorded after each (a dict filled as it runs)."""
    from graphbuild import graph
    from graphbuild.pipeline import packing
    seen: dict[str, float] = {}

    def wrap(name: str, fn):
        def wrapped(*args, **kwargs):
            result = fn(*args, **kwargs)
            seen[name] = round(rss_mb(), 1)
            return result
        return wrapped

    for module, name in ((graph, "resolve_entities"), (packing, "node_rows"),
                         (graph, "summarize_relations"), (packing, "pack_graph")):
        setattr(module, name, wrap(name, getattr(module, name)))
    return seen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="an output folder with extractions.jsonl.gz")
    parser.add_argument("--out", type=Path, help="write graph.json and graph.graphml here")
    parser.add_argument("--stages", action="store_true", help="RSS after each merge step")
    parser.add_argument("--warm", action="store_true", help="merge the first 20 articles "
                        "first, so that 'before' includes the tables the merge loads once")
    args = parser.parse_args()

    from graphbuild.pipeline.run import _resolve
    from graphbuild.pipeline.spill import Spill
    from graphbuild.pipeline.update import read_store

    spill = Spill()
    read_store(args.folder, spill)
    if args.warm:
        warm = Spill()
        warm.extend(x for _, x in zip(range(20), spill))
        _resolve(warm, None, 5)
        warm.close()
    seen = stages() if args.stages else {}
    gc.collect()
    before = rss_mb()
    peak = Peak()
    cpu = time.process_time()
    kg = _resolve(spill, None, 5)
    cpu = time.process_time() - cpu
    top = peak.stop()
    after = rss_mb()
    g = kg.view  # the counts, without making the networkx graph of a packed one
    result = {"articles": len(spill), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(),
              "rss_before_mb": round(before, 1), "rss_peak_mb": round(top, 1),
              "rss_after_mb": round(after, 1), "merge_cpu_s": round(cpu, 2), **seen}
    print(json.dumps(result), flush=True)
    if args.out:
        args.out.mkdir(parents=True, exist_ok=True)
        kg.write_json(args.out / "graph.json")
        kg.write_graphml(args.out / "graph.graphml")
    spill.close()


if __name__ == "__main__":
    main()
