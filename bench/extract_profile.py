"""Extraction's cost against the parse's, measured in one process (CPU seconds, not wall time).

    python bench/extract_profile.py                       # ../shared/eval/dev, 3 extraction runs
    python bench/extract_profile.py seeds/ --repeat 5
    python bench/extract_profile.py --profile 25          # cProfile of extraction, top 25 (tottime)
    python bench/extract_profile.py --dump /tmp/x.json    # the extractions, to compare two versions

The articles are read and parsed once (graphbuild's own pipeline and paragraphs, as a build
parses them), then `extract_article` runs over the parsed paragraphs `--repeat` times; the
figures are CPU seconds of this process (time.process_time), so other processes on a shared
machine slow them down much less than they slow wall time. The first extraction run is reported
on its own: it fills the per-process caches (word tables, memoized name functions), which a
build of many articles pays once.
"""
from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import sys
import time
from pathlib import Path

from graphbuild.extract import extract_article
from graphbuild.ingest.sources import read_sources
from graphbuild.nlp import load_pipeline, parse_articles
from graphbuild.records import Article

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT.parent / "shared" / "eval" / "dev"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("sources", nargs="*", default=[str(DEV)])
    parser.add_argument("--repeat", type=int, default=3, help="extraction runs (default 3)")
    parser.add_argument("--profile", type=int, metavar="N", help="print cProfile's top N")
    parser.add_argument("--dump", type=Path, help="write every extraction as JSON here")
    args = parser.parse_args()

    articles = [item for item in read_sources(args.sources) if isinstance(item, Article)]
    nlp = load_pipeline()
    started = time.process_time()
    parsed = list(parse_articles(nlp, articles))
    parse_cpu = time.process_time() - started
    words = sum(len(doc) for _, paras in parsed for _, doc in paras)

    def extract_all() -> list:
        return [extract_article(article, paras) for article, paras in parsed]

    runs = []
    for _ in range(max(1, args.repeat)):
        started = time.process_time()
        extractions = extract_all()
        runs.append(time.process_time() - started)
    best = min(runs[1:]) if len(runs) > 1 else runs[0]
    print(f"{len(articles)} articles, {words:,} tokens")
    print(f"parse   {parse_cpu:7.3f} CPU s")
    print(f"extract {runs[0]:7.3f} CPU s first run, {best:7.3f} best of the others "
          f"({', '.join(f'{r:.3f}' for r in runs)})")
    print(f"extract / parse: first {runs[0] / parse_cpu:.1%}, best {best / parse_cpu:.1%}")
    if args.dump:
        args.dump.write_text(json.dumps([x.to_dict() for x in extractions], sort_keys=True,
                                        indent=0), encoding="utf-8")
    if args.profile:
        profiler = cProfile.Profile()
        profiler.runcall(extract_all)
        pstats.Stats(profiler, stream=sys.stdout).sort_stats("tottime").print_stats(args.profile)


if __name__ == "__main__":
    main()
