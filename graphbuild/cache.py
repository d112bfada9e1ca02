"""The extraction cache: one JSON file per article, so nothing already parsed is parsed again.

An entry is keyed by everything its `DocExtraction` depends on: the article's text (content
hash) and the metadata extraction can see, the extraction code (EXTRACTOR_VERSION plus a hash of
the source of every module that can change the extraction), and the spaCy model name and version.
Changing any of these makes a new key; stale entries are never read, only left behind
(`rm -r ~/.cache/graphbuild` reclaims them).
"""
from __future__ import annotations

import functools
import hashlib
import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path

from .extract import EXTRACTOR_VERSION, text_hash
from .records import Article, DocExtraction

CACHE_FORMAT = 1
PACKAGE_DIR = Path(__file__).resolve().parent
# Modules that only run after extraction, or only move its results around: editing them cannot
# change a DocExtraction, so they are left out of the fingerprint. Any other module is in it.
NOT_EXTRACTION = {"cache.py", "cli.py", "distributed.py", "graph.py", "pipeline.py",
                  "resolve.py", "update.py", "workers.py", "__main__.py", "ingest.py"}
NOT_EXTRACTION_DIRS = {"export"}


def default_cache_dir() -> Path:
    """$XDG_CACHE_HOME/graphbuild, else ~/.cache/graphbuild."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "graphbuild"


@functools.lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """EXTRACTOR_VERSION plus a hash of the extraction source code.

    The version alone is bumped by hand and easily forgotten; hashing the code means an edited
    extractor never reads entries written by the old one.
    """
    digest = hashlib.sha256()
    for path in sorted(PACKAGE_DIR.rglob("*.py")):
        rel = path.relative_to(PACKAGE_DIR)
        downstream = len(rel.parts) == 1 and rel.name in NOT_EXTRACTION
        if downstream or rel.parts[0] in NOT_EXTRACTION_DIRS:
            continue
        digest.update(rel.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return f"{EXTRACTOR_VERSION}-{digest.hexdigest()[:16]}"


def cache_key(article: Article, model: str) -> str:
    """The key of an article's extraction (hex); `model` is `nlp.model_identity()`.

    The file an article came from (`source`) is not in it, so moving a corpus keeps its cache.

    >>> from graphbuild.ingest import article_from_text
    >>> a = article_from_text("Sessions met Kislyak.", id="a1", source="x/a1.txt")
    >>> b = article_from_text("Sessions met Kislyak.", id="a1", source="y/a1.txt")
    >>> cache_key(a, "m") == cache_key(b, "m") != cache_key(a, "other model")
    True
    """
    parts = [CACHE_FORMAT, extractor_fingerprint(), model, text_hash(article.text), article.id,
             article.title, article.date, article.url]
    return hashlib.sha256(json.dumps(parts).encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class ExtractionCache:
    """Cached DocExtractions under `folder`, for one model; counts its hits and misses.

    A cache that cannot be written (read-only, disk full) still builds: `error` says why.
    """

    folder: Path
    model: str
    hits: int = 0
    misses: int = 0
    error: str | None = None

    def path(self, key: str) -> Path:
        # Two-level fan-out keeps folders small for archives of hundreds of thousands.
        return self.folder / f"v{CACHE_FORMAT}" / key[:2] / f"{key}.json"

    def get(self, article: Article, key: str | None = None) -> DocExtraction | None:
        """The cached extraction of `article`, or None (a damaged entry is a miss)."""
        try:
            data = json.loads(self.path(key or cache_key(article, self.model)).read_bytes())
            extraction = DocExtraction.from_dict(data)
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        # The key leaves out where the article came from: report where it comes from now. Only
        # that: the rest of the metadata is in the key, and extraction may have filled it in
        # (a date found in the text), so the cached build must keep it as a fresh one would.
        extraction.article["source"] = article.source
        self.hits += 1
        return extraction

    def put(self, article: Article, extraction: DocExtraction | dict, key: str | None = None
            ) -> None:
        """Store an extraction or its dict (atomically: a concurrent build never reads half a
        file)."""
        if self.error:
            return
        path = self.path(key or cache_key(article, self.model))
        data = extraction if isinstance(extraction, dict) else extraction.to_dict()
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    # dumps, not dump: dump runs the pure-Python encoder (4x slower here)
                    handle.write(json.dumps(data, ensure_ascii=False))
                os.replace(tmp, path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError as exc:
            self.error = f"cannot write the cache in {self.folder}: {exc.strerror or exc}"
