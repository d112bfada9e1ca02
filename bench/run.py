"""Benchmark: graphbuild build against bare spaCy, 1 and 2 workers, the cache, --update, exports.

    python bench/run.py                     # 2,000 articles, work files in /tmp/graphbuild-bench
    python bench/run.py --articles 200      # a quick look
    python bench/run.py --scale 10000       # only: memory and speed of a 10,000-article build
    python bench/run.py --scale 2000 --archive   # the same on an archive-like corpus, per phase

Every measurement runs as its own process, timed from the outside (wall clock, including Python
start-up and the model load) while a sampler adds up the resident memory of the process and all
its children every 50 ms, so the peak covers worker processes too. Run it on an otherwise idle
machine: the figures are only as quiet as the cores.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][\"”’']))\s+(?=[\"“A-Z])")
BLANK_LINES = re.compile(r"\n\s*\n")

# Bare spaCy: the full default pipeline over whole article texts, batch 16 (the fastest batch
# size measured on these machines), model loaded before the clock starts. spacy.load itself,
# not graphbuild's load_pipeline, which swaps in a faster attribute ruler and lemmatizer and has
# the layers multiply through numpy's BLAS instead of BLIS (graphbuild/nlp/blas.py). With
# `numpy` as first argument the same, but with the products through numpy's BLAS on one thread
# as graphbuild does: bare spaCy on equal terms, so the ratio to it is graphbuild's own cost.
BARE_SPACY = """
import sys, time
import spacy
from graphbuild.nlp import find_model
from graphbuild.nlp.blas import numpy_products, one_blas_thread
like_for_like = sys.argv[1] == "numpy"
texts = [open(p, encoding="utf-8").read() for p in sys.argv[2:]]
if like_for_like:
    with numpy_products():
        nlp = spacy.load(find_model())
else:
    nlp = spacy.load(find_model())
started = time.perf_counter()
if like_for_like:
    with one_blas_thread():
        for doc in nlp.pipe(texts, batch_size=16):
            pass
else:
    for doc in nlp.pipe(texts, batch_size=16):
        pass
print(time.perf_counter() - started)
"""


# -- the corpus ----------------------------------------------------------------------------------
def variation(text: str, rng: random.Random) -> str:
    """The article with its body paragraphs and the sentences inside them shuffled.

    The first paragraph (headline or dateline) stays first: a shuffled article still reads as
    news to the parser, so its speed is that of real articles.
    """
    paras = [p.strip() for p in BLANK_LINES.split(text) if p.strip()]
    # A newscast script is one block of lines: then only its sentences are shuffled.
    head, body = (paras[:1], paras[1:]) if len(paras) > 1 else ([], paras)
    rng.shuffle(body)
    shuffled = []
    for para in body:
        sentences = SENTENCE_END.split(para)
        rng.shuffle(sentences)
        shuffled.append(" ".join(sentences))
    return "\n\n".join(head + shuffled) + "\n"


def make_corpus(folder: Path, count: int, seed: int = 0) -> list[Path]:
    """`count` distinct variations of seeds/*.txt as .txt files in `folder`."""
    seeds = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))]
    folder.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    seen: set[str] = set()
    paths: list[Path] = []
    for attempt in range(count * 10):  # a repeat is drawn again; give up rather than loop forever
        if len(paths) == count:
            break
        n = len(paths)
        text = variation(seeds[n % len(seeds)], rng)
        digest = hashlib.sha1(text.encode()).hexdigest()
        if digest in seen:
            continue
        seen.add(digest)
        path = folder / f"a{n:06d}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    if len(paths) < count:
        raise RuntimeError(f"only {len(paths)} distinct variations of {SEEDS}")
    return paths


def count_words(paths: list[Path]) -> int:
    return sum(len(p.read_text(encoding="utf-8").split()) for p in paths)


# -- measuring a process -------------------------------------------------------------------------
def process_tree(pid: int) -> dict[int, tuple[int, float]]:
    """Resident bytes and CPU seconds of a process and each of its descendants (Linux /proc)."""
    found, stack = {}, [pid]
    page, tick = os.sysconf("SC_PAGE_SIZE"), os.sysconf("SC_CLK_TCK")
    while stack:
        p = stack.pop()
        try:
            with open(f"/proc/{p}/statm") as f:
                rss = int(f.read().split()[1]) * page
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            found[p] = (rss, (int(fields[11]) + int(fields[12])) / tick)  # utime + stime
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    stack.extend(int(c) for c in f.read().split())
        except (OSError, ValueError, IndexError):
            continue
    return found


def run(command: list[str], env: dict | None = None) -> dict:
    """Run a command: its wall time, peak memory of its process tree (MB, summed over the
    processes alive at once) and CPU seconds of the tree (insensitive to other load), stdout."""
    started = time.perf_counter()
    # Not from the repository: `python -m` puts the working folder first on sys.path, and the
    # live graphbuild/ there would shadow the snapshot on PYTHONPATH.
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**os.environ, **(env or {})}, cwd=tempfile.gettempdir())
    peak, cpu = [0], {}

    def sample() -> None:
        while proc.poll() is None:
            tree = process_tree(proc.pid)
            peak[0] = max(peak[0], sum(rss for rss, _ in tree.values()))
            cpu.update({p: seconds for p, (_, seconds) in tree.items()})
            time.sleep(0.05)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = proc.communicate()
    seconds = time.perf_counter() - started
    sampler.join()
    if proc.returncode not in (0, 3):
        sys.exit(f"failed ({proc.returncode}): {' '.join(command)}\n{err[-2000:]}")
    return {"seconds": seconds, "peak_mb": peak[0] / 2**20, "cpu_s": sum(cpu.values()),
            "stdout": out, "stderr": err}


def graphbuild(*args: str) -> list[str]:
    return [sys.executable, "-m", "graphbuild", "build", "-q", *args]


# -- exports of a large graph --------------------------------------------------------------------
EXPORT_SCRIPT = """
import random, sys, time
import networkx as nx
from graphbuild.export import write_graphml, write_json
nodes, edges, out = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3]
rng = random.Random(0)
types = ["PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT"]
g = nx.MultiDiGraph()
for i in range(nodes):
    g.add_node(f"N:{i}", label=f"Entity {i}", type=types[i % 6], aliases=[f"Entity {i}", f"E{i}"],
               mentions=rng.randint(1, 50), documents=[f"a{i % 2000}"], titles=["Senator"],
               merges=[])
for j in range(edges):
    u, v = f"N:{rng.randrange(nodes)}", f"N:{rng.randrange(nodes)}"
    ev = [{"doc": f"a{j % 2000}", "sentence": f"Entity {u} met Entity {v} in sentence {j}.",
           "start": j, "end": j + 40}]
    g.add_edge(u, v, key=f"meet with {j}", predicate="meet with", negated=False, hedged=False,
               weight=1, evidence=ev, documents=[ev[0]["doc"]], kinds=["verb"])
t = time.perf_counter(); write_json(g, out + "/big.json"); js = time.perf_counter() - t
t = time.perf_counter(); write_graphml(g, out + "/big.graphml"); gm = time.perf_counter() - t
print(js, gm)
"""


# -- the benchmark -------------------------------------------------------------------------------
def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=2000)
    parser.add_argument("--out", type=Path, default=Path(tempfile.gettempdir()) / "graphbuild-bench")
    parser.add_argument("--export-nodes", type=int, default=100_000)
    parser.add_argument("--export-edges", type=int, default=500_000)
    parser.add_argument("--scale", type=int, metavar="N",
                        help="instead: build N articles with 2 workers, no cache (memory at scale)")
    parser.add_argument("--archive", action="store_true",
                        help="with --scale: an archive-like corpus, timed per phase, and --update "
                             "with 1%% new articles (bench/archive_run.py)")
    parser.add_argument("--source", default=None,
                        help="with --archive: the NAME.txt + NAME.gold.json the articles come from")
    args = parser.parse_args()
    if args.scale and args.archive:
        from archive_run import main as archive_main
        return archive_main(["--scale", str(args.scale), "--out", str(args.out.resolve())]
                            + (["--source", args.source] if args.source else []))
    if args.scale:
        return scale(args.scale, args.out.resolve())

    work = args.out.resolve()
    shutil.rmtree(work, ignore_errors=True)
    # Every step runs one copy of the code, taken now: edits made to the tree while the
    # benchmark runs would otherwise change the extractor (and the cache keys) halfway.
    shutil.copytree(ROOT / "graphbuild", work / "src" / "graphbuild",
                    ignore=shutil.ignore_patterns("__pycache__"))
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(work / "src"),
                                                             os.environ.get("PYTHONPATH")]))
    corpus = work / "corpus"
    paths = make_corpus(corpus, args.articles)
    quarter = work / "quarter"
    quarter.mkdir()
    for p in paths[: len(paths) // 4]:
        shutil.copy(p, quarter / p.name)
    extra = make_corpus(work / "extra", len(paths) + 20, seed=1)[len(paths):]
    words = count_words(paths)
    commit = subprocess.run(["git", "-C", str(ROOT), "describe", "--always", "--dirty"],
                            capture_output=True, text=True).stdout.strip()
    results: dict = {"articles": len(paths), "words": words, "cores": os.cpu_count(),
                     "commit": commit, "load_before": os.getloadavg()}
    print(f"code {commit}; corpus: {len(paths)} articles, {words} words; "
          f"load average {os.getloadavg()}", flush=True)

    where = run([sys.executable, "-c", "import graphbuild; print(graphbuild.__file__)"])
    assert where["stdout"].startswith(str(work / "src")), where["stdout"]
    for key, blas in (("bare", "blis"), ("bare_numpy", "numpy")):
        bare = run([sys.executable, "-c", BARE_SPACY, blas, *map(str, paths)])
        pipe_seconds = float(bare["stdout"].split()[-1])
        results[key] = {**_public(bare), "pipe_seconds": pipe_seconds}
        _show(f"bare spaCy (process), products through {blas}", words, bare)
        print(f"  nlp.pipe alone: {pipe_seconds:.1f}s, {words / pipe_seconds:,.0f} words/s",
              flush=True)

    for workers in (1, 2):
        out, cache = work / f"out{workers}", work / f"cache{workers}"
        r = run(graphbuild(str(corpus), "-o", str(out), "--workers", str(workers),
                           "--cache-dir", str(cache)))
        results[f"build_{workers}"] = _public(r)
        _show(f"graphbuild build, {workers} worker(s)", words, r)

    cached = run(graphbuild(str(corpus), "-o", str(work / "out2"), "--workers", "2",
                            "--cache-dir", str(work / "cache2")))
    results["rebuild_cached"] = _public(cached)
    _show("rebuild, unchanged corpus, cache", words, cached)

    shutil.copytree(work / "out2", work / "updated")
    extra_dir = work / "extra-new"
    extra_dir.mkdir()
    for p in extra:
        shutil.copy(p, extra_dir / p.name)
    upd = run(graphbuild("--update", str(extra_dir), "-o", str(work / "updated"), "--workers", "2",
                         "--no-cache"))
    results["update_20"] = _public(upd)
    print(f"--update with {len(extra)} new articles: {upd['seconds']:.1f}s", flush=True)

    small = run(graphbuild(str(quarter), "-o", str(work / "outq"), "--workers", "1", "--no-cache"))
    results["build_1_quarter"] = _public(small)
    _show(f"graphbuild build, 1 worker, {len(paths) // 4} articles", count_words(
        sorted(quarter.glob("*.txt"))), small)

    exp = run([sys.executable, "-c", EXPORT_SCRIPT, str(args.export_nodes), str(args.export_edges),
               str(work)])
    js, gm = map(float, exp["stdout"].split())
    results["export"] = {"nodes": args.export_nodes, "edges": args.export_edges, "json_s": js,
                         "graphml_s": gm, "peak_mb": exp["peak_mb"]}
    print(f"export {args.export_nodes:,} nodes / {args.export_edges:,} edges: JSON {js:.1f}s, "
          f"GraphML {gm:.1f}s, peak {exp['peak_mb']:.0f} MB", flush=True)

    results["load_after"] = os.getloadavg()
    b, bn, one, two = (results[k]["seconds"] for k in ("bare", "bare_numpy", "build_1", "build_2"))
    cpu = {k: results[k]["cpu_s"] for k in ("bare", "bare_numpy", "build_1", "build_2")}
    results["ratios"] = {"one_worker_vs_bare": b / one, "two_vs_one_worker": one / two,
                         # bare spaCy multiplying through numpy's BLAS too: graphbuild's own cost
                         "one_worker_vs_bare_numpy": bn / one,
                         "cpu_bare_numpy_vs_one_worker": cpu["bare_numpy"] / cpu["build_1"],
                         "cached_rebuild_vs_first": results["rebuild_cached"]["seconds"] / two,
                         # CPU seconds: what the work costs, whatever else runs on the machine
                         "cpu_bare_vs_one_worker": cpu["bare"] / cpu["build_1"],
                         "cpu_one_vs_two_workers": cpu["build_1"] / cpu["build_2"]}
    print(json.dumps(results["ratios"], indent=1))
    print(f"load average after: {os.getloadavg()}")
    (work / "results.json").write_text(json.dumps(results, indent=1))


def scale(count: int, work: Path) -> None:
    """One `--workers 2` build of `count` articles: does memory stay flat as the corpus grows?"""
    shutil.rmtree(work, ignore_errors=True)
    shutil.copytree(ROOT / "graphbuild", work / "src" / "graphbuild",
                    ignore=shutil.ignore_patterns("__pycache__"))
    os.environ["PYTHONPATH"] = str(work / "src")
    paths = make_corpus(work / "corpus", count)
    words = count_words(paths)
    print(f"corpus: {count} articles, {words} words; load average {os.getloadavg()}", flush=True)
    r = run(graphbuild(str(work / "corpus"), "-o", str(work / "out"), "--workers", "2",
                       "--no-cache"))
    _show(f"graphbuild build, 2 workers, {count} articles", words, r)
    (work / "results.json").write_text(json.dumps({"articles": count, "words": words,
                                                   "build_2": _public(r)}, indent=1))


def _public(r: dict) -> dict:
    return {"seconds": r["seconds"], "peak_mb": r["peak_mb"], "cpu_s": r["cpu_s"]}


def _show(name: str, words: int, r: dict) -> None:
    print(f"{name}: {r['seconds']:.1f}s, {words / r['seconds']:,.0f} words/s, "
          f"peak {r['peak_mb']:.0f} MB, CPU {r['cpu_s']:.1f}s", flush=True)


if __name__ == "__main__":
    main()
