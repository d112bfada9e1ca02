"""Where the merge's memory goes: tracemalloc over the merge of stored extractions.

    python bench/memory_probe.py /tmp/graphbuild-archive/out6000 --counts 1500 3000 6000
    python bench/memory_probe.py /tmp/graphbuild-archive/corpus6000 --worker --counts 200 1000

Reads the extraction store an archive build left beside its graph (no parsing, so it is cheap)
and, for the first K articles, resolves them into a graph under tracemalloc: the memory the
packed extractions hold, the peak and the retained size of the merge, and the source lines that
hold most of the retained memory. Divided by K, it says how many KB each article adds, and where.
"""
from __future__ import annotations

import argparse
import gc
import json
import sys
import tracemalloc
from pathlib import Path

from graphbuild.graph import graph_from_extractions
from graphbuild.pipeline.update import read_store


def deep_size(obj, seen: set[int]) -> int:
    """Bytes of an object and everything it holds that `seen` has not counted yet."""
    stack, total = [obj], 0
    while stack:
        o = stack.pop()
        if id(o) in seen:
            continue
        seen.add(id(o))
        total += sys.getsizeof(o)
        if isinstance(o, dict):
            stack.extend(o.keys())
            stack.extend(o.values())
        elif isinstance(o, (list, tuple, set, frozenset)):
            stack.extend(o)
    return total


def breakdown(graph) -> dict[str, float]:
    """MB held by the evidence lists, the other edge attributes, the node attributes and the
    rest (networkx's adjacency dicts), each counted once."""
    seen: set[int] = set()
    edges = list(graph.edges(data=True))
    evidence = sum(deep_size(d.get("evidence"), seen) for _, _, d in edges)
    edge_attrs = sum(deep_size(d, seen) for _, _, d in edges)
    node_attrs = sum(deep_size(d, seen) for _, d in graph.nodes(data=True))
    rest = deep_size(graph._adj, seen) + deep_size(graph._pred, seen) + deep_size(graph.graph, seen)
    return {k: round(v / 2**20, 1) for k, v in (("evidence", evidence), ("edge_attrs", edge_attrs),
                                                ("node_attrs", node_attrs), ("rest", rest))}


def probe(extractions: list, top: int) -> dict:
    gc.collect()
    tracemalloc.start(1)
    before = tracemalloc.take_snapshot()
    base, _ = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    graph = graph_from_extractions(extractions, None)
    retained, peak = tracemalloc.get_traced_memory()
    after = tracemalloc.take_snapshot()
    tracemalloc.stop()
    lines = after.compare_to(before, "lineno")[:top]
    evidence = sum(len(d.get("evidence") or []) for _, _, d in graph.edges(data=True))
    return {"articles": len(extractions), "nodes": graph.number_of_nodes(),
            "edges": graph.number_of_edges(), "evidence": evidence, "mb": breakdown(graph),
            "graph_mb": (retained - base) / 2**20, "merge_peak_mb": (peak - base) / 2**20,
            "top": [(str(s.traceback[0]).replace(str(Path.cwd()), "."), round(s.size_diff / 2**20, 2))
                    for s in lines]}


def worker_probe(corpus: Path, count: int, step: int) -> None:
    """What a parsing worker holds as it goes: its resident memory, spaCy's string store and
    vocabulary (they keep every new name seen) and graphbuild's bounded name caches."""
    import functools

    from graphbuild.ingest.sources import read_sources
    from graphbuild.pipeline.workers import extract_chunk, worker_pipeline

    def rss() -> float:
        with open("/proc/self/statm") as f:
            return int(f.read().split()[1]) * 4096 / 2**20

    nlp = worker_pipeline(None)
    caches = [(f"{m.__name__}.{name}", fn) for m in list(sys.modules.values())
              if getattr(m, "__name__", "").startswith("graphbuild")
              for name, fn in vars(m).items() if isinstance(fn, functools._lru_cache_wrapper)]
    articles = [a for a in read_sources([corpus]) if hasattr(a, "text")][:count]
    for start in range(0, len(articles), step):
        extract_chunk(articles[start:start + step])
        cached = sum(fn.cache_info().currsize for _, fn in caches)
        print(json.dumps({"articles": start + step, "rss_mb": round(rss(), 1),
                          "strings": len(nlp.vocab.strings), "lexemes": len(nlp.vocab),
                          "lru_entries": cached}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("folder", type=Path, help="an output folder with extractions.jsonl.gz "
                        "(with --worker: a folder of articles)")
    parser.add_argument("--counts", type=int, nargs="+", required=True)
    parser.add_argument("--top", type=int, default=8)
    parser.add_argument("--worker", action="store_true",
                        help="instead: parse the first max(counts) articles in this process, "
                             "reporting what the worker holds every min(counts) articles")
    args = parser.parse_args()
    if args.worker:
        return worker_probe(args.folder, max(args.counts), min(args.counts))
    tracemalloc.start(1)
    store = read_store(args.folder)
    packed, _ = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    total = len(store.extractions)
    graph_from_extractions(store.extractions[:20], None)  # lazy tables and imports load first
    print(f"{total} stored extractions hold {packed / 2**20:.1f} MB "
          f"({packed / 1024 / max(1, total):.1f} KB per article)", flush=True)
    for k in args.counts:
        r = probe(store.extractions[:k], args.top)
        print(json.dumps({**{x: y for x, y in r.items() if x != "top"},
                          "graph_kb_per_article": 1024 * r["graph_mb"] / k}), flush=True)
        for where, mb in r["top"]:
            print(f"   {mb:8.2f} MB  {where}")


if __name__ == "__main__":
    main()
