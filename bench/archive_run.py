"""Benchmark on an archive-like corpus (bench/archive.py): time per phase and memory as it grows.

    python bench/archive_run.py --scale 1000 2000 6000        # the curve, two workers, no cache
    python bench/archive_run.py --scale 200 --probe           # a quick look, with a memory probe
    python bench/run.py --scale 2000 --archive                # the same, one size

For every size N: one `build()` + `save_build()` of N articles (what `graphbuild build --no-cache
--workers 2` runs), then `build(update=...)` with 1% new articles of the same archive. Each runs as
its own process from a snapshot of the code; the phases are read from the outside of the pipeline:
parse+extract ends when the progress callback reports the last article, the merge when `build`
returns, the export when `save_build` returns. A sampler adds up the resident memory of the process
and its workers every 50 ms, so the peak of each phase covers the worker processes too. The load
average is printed with every figure: CPU time is shared, memory is not.
"""
from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import archive as corpus_maker  # noqa: E402
from run import ROOT, process_tree  # noqa: E402

# Runs in the measured process. Only the public API: build(), save_build(), BuildReport.
PHASES = """
import json, sys, time
from pathlib import Path
from graphbuild.pipeline import BuildReport, build, save_build
source, out, workers, update, probe = sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4], sys.argv[5] == "1"
def rss():
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * 4096 / 2**20
marks = {"start": time.time()}
rss_at = {"start": rss()}
def progress(n):
    marks["extracted"] = time.time()
report = BuildReport()
kg = build([source], workers=workers, progress=progress, report=report,
           update=update if update != "-" else None)
marks["merged"] = time.time(); rss_at["merged"] = rss()
marks.setdefault("extracted", marks["start"])
save_build(kg, report, out)
marks["exported"] = time.time(); rss_at["exported"] = rss()
g = kg.view  # the counts, without making the networkx graph of a packed one
result = {"marks": marks, "main_rss_mb": rss_at, "nodes": g.number_of_nodes(),
          "edges": g.number_of_edges(), "articles": report.articles, "previous": report.previous}
if probe:  # sizes of what the main process holds (after the clock: pickling costs memory)
    import pickle
    result["probe_start"] = time.time()
    g = kg.graph
    ev = sum(len(d.get("evidence") or []) for _, _, d in g.edges(data=True))
    packed = sum(len(x.packed_entities) + len(x.packed_relations) + len(json.dumps(x.article))
                 for x in report.extractions)
    result["probe"] = {"extractions": len(report.extractions), "packed_mb": packed / 2**20,
                       "graph_pickle_mb": len(pickle.dumps(g, protocol=5)) / 2**20,
                       "evidence_entries": ev,
                       "node_attr_pickle_mb": len(pickle.dumps(dict(g.nodes(data=True)))) / 2**20}
print(json.dumps(result))
"""


def sampled_run(command: list[str]) -> dict:
    """Run a command; its wall time, stdout and a (time, MB of its process tree) timeline."""
    started = time.time()
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=tempfile.gettempdir())
    timeline: list[tuple[float, float, float]] = []  # time, MB of the tree, MB of the main process
    cpu: dict[int, float] = {}  # CPU seconds of each process: what the work costs, whatever the load

    def sample() -> None:
        while proc.poll() is None:
            tree = process_tree(proc.pid)
            cpu.update({p: seconds for p, (_, seconds) in tree.items()})
            main = tree.get(proc.pid, (0, 0))[0]
            timeline.append((time.time(), sum(rss for rss, _ in tree.values()) / 2**20,
                             main / 2**20))
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    sampler.join()
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(command)}\n{err[-3000:]}")
    return {"seconds": time.time() - started, "started": started, "timeline": timeline,
            "cpu_s": sum(cpu.values()),
            "result": json.loads(out.strip().splitlines()[-1])}


def phases(run: dict) -> dict:
    """Seconds and peak MB of each phase, from the marks the process printed."""
    marks, line = run["result"]["marks"], run["timeline"]
    end = run["result"].get("probe_start", float("inf"))
    bounds = {"extract": (run["started"], marks["extracted"]),  # includes start-up, model load
              "merge": (marks["extracted"], marks["merged"]),
              "export": (marks["merged"], marks["exported"])}
    out = {}
    for name, (a, b) in bounds.items():
        inside = [(mb, main) for t, mb, main in line if a <= t <= b]
        out[name] = {"seconds": b - a, "peak_mb": max((mb for mb, _ in inside), default=0.0),
                     "peak_main_mb": max((main for _, main in inside), default=0.0)}
    out["peak_mb"] = max((mb for t, mb, _ in line if t <= end), default=0.0)
    out["seconds"] = marks["exported"] - run["started"]
    out["cpu_s"] = run["cpu_s"]
    return out


def file_sizes(folder: Path) -> dict[str, float]:
    return {p.name: p.stat().st_size / 2**20 for p in sorted(folder.iterdir()) if p.is_file()}


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def measure_update(n: int, work: Path, workers: int, before: dict) -> dict:
    """`--update` again on the build a previous run left in `work` (its corpus, the 1% new
    articles and its output folder), with the code as it is now; `before` is that run's result."""
    out, upd, new = work / f"out{n}", work / f"updated{n}", work / f"new{n}"
    shutil.rmtree(upd, ignore_errors=True)
    shutil.copytree(out, upd)
    result = {**before, "load_before_update": load()}
    up = sampled_run([sys.executable, "-c", PHASES, str(new), str(upd), str(workers), str(upd),
                      "0"])
    result["update"] = {**phases(up), "new_articles": before["update"]["new_articles"],
                        "previous": up["result"]["previous"], "nodes": up["result"]["nodes"],
                        "load_after": load()}
    _show(result)
    return result


def measure(n: int, work: Path, source: Path, workers: int, update_share: float, probe: bool,
            seed: int) -> dict:
    corpus, new = work / f"corpus{n}", work / f"new{n}"
    shutil.rmtree(corpus, ignore_errors=True)
    shutil.rmtree(new, ignore_errors=True)
    made = corpus_maker.make_archive(corpus, n, source, seed)
    extra = max(1, math.ceil(n * update_share))
    corpus_maker.make_archive(new, extra, source, seed, start=n)  # the same archive, later
    words = sum(len(p.read_text(encoding="utf-8").split()) for p in made.paths)
    out, upd = work / f"out{n}", work / f"updated{n}"
    shutil.rmtree(out, ignore_errors=True)
    shutil.rmtree(upd, ignore_errors=True)
    py = [sys.executable, "-c", PHASES]

    result: dict = {"articles": n, "words": words, "growth": corpus_maker.growth(made),
                    "load_before_build": load()}
    full = sampled_run(py + [str(corpus), str(out), str(workers), "-", "1" if probe else "0"])
    result["build"] = {**phases(full), "nodes": full["result"]["nodes"],
                       "edges": full["result"]["edges"], "main_rss_mb": full["result"]["main_rss_mb"],
                       "probe": full["result"].get("probe"), "load_after": load()}
    result["files_mb"] = file_sizes(out)
    shutil.copytree(out, upd)
    result["load_before_update"] = load()
    up = sampled_run(py + [str(new), str(upd), str(workers), str(upd), "0"])
    result["update"] = {**phases(up), "new_articles": extra, "previous": up["result"]["previous"],
                        "nodes": up["result"]["nodes"], "load_after": load()}
    _show(result)
    return result


def _show(r: dict) -> None:
    b, u = r["build"], r["update"]
    per = 1000 * b["seconds"] / r["articles"]
    print(f"{r['articles']} articles ({r['words']:,} words, {r['growth']['distinct']:,} distinct "
          f"identities): build {b['seconds']:.1f}s ({per:.1f} ms/article; extract "
          f"{b['extract']['seconds']:.1f}s, merge {b['merge']['seconds']:.1f}s, export "
          f"{b['export']['seconds']:.1f}s), peak {b['peak_mb']:.0f} MB (extract "
          f"{b['extract']['peak_mb']:.0f} of which main {b['extract']['peak_main_mb']:.0f}; main "
          f"in merge {b['merge']['peak_main_mb']:.0f}, in export "
          f"{b['export']['peak_main_mb']:.0f}), {b['nodes']:,} "
          f"nodes, {b['edges']:,} edges; CPU {b['cpu_s']:.0f}s "
          f"({1000 * b['cpu_s'] / r['articles']:.1f} ms/article); "
          f"load {r['load_before_build']} -> {b['load_after']}",
          flush=True)
    print(f"  files MB: " + ", ".join(f"{k} {v:.1f}" for k, v in r["files_mb"].items()))
    print(f"  --update +{u['new_articles']}: {u['seconds']:.1f}s = "
          f"{100 * u['seconds'] / b['seconds']:.1f}% of the build (extract "
          f"{u['extract']['seconds']:.1f}s, merge {u['merge']['seconds']:.1f}s, export "
          f"{u['export']['seconds']:.1f}s), peak {u['peak_mb']:.0f} MB; load "
          f"{r['load_before_update']} -> {u['load_after']}", flush=True)
    if b.get("probe"):
        print(f"  probe: {b['probe']}; main RSS MB {b['main_rss_mb']}", flush=True)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--scale", type=int, nargs="+", default=[1000, 2000, 6000], metavar="N")
    parser.add_argument("--out", type=Path,
                        default=Path(tempfile.gettempdir()) / "graphbuild-archive")
    parser.add_argument("--source", type=Path, default=corpus_maker.DEFAULT_SOURCE,
                        help="NAME.txt + NAME.gold.json (relative: to the repository root)")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--update-share", type=float, default=0.01)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--probe", action="store_true",
                        help="also measure the size of the extractions and graph held in memory")
    parser.add_argument("--update-only", action="store_true",
                        help="only --update again on the builds a previous run left in --out "
                        "(results.json), with the code as it is now")
    args = parser.parse_args(argv)
    work = args.out.resolve()
    work.mkdir(parents=True, exist_ok=True)
    # One copy of the code for every step: edits to the tree meanwhile change nothing measured.
    shutil.rmtree(work / "src", ignore_errors=True)
    shutil.copytree(ROOT / "graphbuild", work / "src" / "graphbuild",
                    ignore=shutil.ignore_patterns("__pycache__"))
    os.environ["PYTHONPATH"] = str(work / "src")
    commit = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                            capture_output=True, text=True).stdout.strip()
    dev = corpus_maker.dev_distinct(args.source)
    print(f"code {commit}; {os.cpu_count()} cores; load {load()}; dev set: {dev['distinct']} "
          f"distinct entities in {dev['articles']} articles = {dev['distinct_per_1000']:,.0f} "
          f"per 1,000 articles if none recurred", flush=True)
    if args.update_only:
        before = json.loads((work / "results.json").read_text())
        runs = {r["articles"]: r for r in before["runs"]}
        results = {**before, "update_commit": commit,
                   "runs": [measure_update(n, work, args.workers, runs[n]) for n in args.scale]}
        (work / "results-update.json").write_text(json.dumps(results, indent=1))
        return
    results = {"commit": commit, "dev": dev, "runs": []}
    for n in args.scale:
        results["runs"].append(measure(n, work, args.source, args.workers, args.update_share,
                                       args.probe, args.seed))
        (work / "results.json").write_text(json.dumps(results, indent=1))
    runs = results["runs"]
    if len(runs) > 1:
        base = runs[0]["build"]["seconds"] / runs[0]["articles"]
        for r in runs[1:]:
            ratio = r["build"]["seconds"] / r["articles"] / base
            cpu = r["build"]["cpu_s"] / r["articles"] / (runs[0]["build"]["cpu_s"]
                                                        / runs[0]["articles"])
            print(f"per article at {r['articles']} / at {runs[0]['articles']}: wall time "
                  f"{ratio:.2f}, CPU time {cpu:.2f}")


if __name__ == "__main__":
    main()
