"""The build's progress bar: a total known before parsing starts, so it shows an ETA and a rate.

Sources are streamed through the build, so the number of articles is not known until the last
one is read; listing the files first is cheap (a stat per file, and a line count for JSON Lines)
beside parsing them, and gives the bar its total.
"""
from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from graphbuild.ingest.sources import JSON_SUFFIXES, JSONL_SUFFIXES, MAX_JSON_BYTES, iter_files


def count_articles(sources: Iterable[str | Path]) -> int:
    """How many articles the sources hold: one per file and for stdin ("-"), one per non-blank
    line of a JSON Lines file and one per record of a JSON list. Unreadable inputs count as
    one (the build counts them as done when it skips them, so the bar reaches its total).

    >>> import tempfile, pathlib
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("One.")
    >>> _ = (folder / "b.jsonl").write_text('{"text": "x"}\\n\\n{"text": "y"}\\n')
    >>> count_articles([str(folder), "-"])
    4
    """
    seen: set[tuple[int, int]] = set()
    total = 0
    for source in sorted({str(s) for s in sources}):
        if source == "-":
            total += 1
            continue
        for found in iter_files(Path(source), seen):
            total += 1 if not isinstance(found, Path) else _records_in(found)
    return total


def _records_in(path: Path) -> int:
    suffix = path.suffix.lower()
    if suffix not in JSON_SUFFIXES:
        return 1
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as handle:
                return max(1, sum(1 for line in handle if line.strip()))
        if path.stat().st_size > MAX_JSON_BYTES:
            return 1
        data = json.loads(path.read_bytes())
    except (OSError, ValueError, RecursionError):
        return 1
    return max(1, len(data)) if isinstance(data, list) else 1


BAR_FORMAT = "{l_bar}{bar}| {n_fmt}/{total_fmt} [{elapsed}<{remaining}, {rate_noinv_fmt}]"


def progress_bar(total: int) -> Any:
    """A tqdm bar on stderr counting articles out of `total`, with elapsed time, ETA and rate.

    Test it with `is not None`, never its truth: a tqdm's `bool()` is its length, and raises
    when it has no total. A terminal that reports no size (0 columns and 0 rows, as under
    `script` with no terminal around it) makes tqdm draw nothing, so it gets a fixed 80 x 24.
    """
    from tqdm import tqdm
    try:
        sized = os.get_terminal_size(sys.stderr.fileno()).columns > 0
    except (OSError, ValueError):
        sized = False
    width = {"dynamic_ncols": True} if sized else {"ncols": 80, "nrows": 24}
    # tqdm turns a rate below 1/s into "3.70s/ articles"; a rate stays in articles per second.
    return tqdm(total=total, unit=" articles", file=sys.stderr, leave=False, bar_format=BAR_FORMAT,
                **width)
