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
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from graphbuild.extract import EXTRACTOR_VERSION, text_hash
from graphbuild.records import Article, DocExtraction, PackedExtraction

if TYPE_CHECKING:
    import networkx as nx

CACHE_FORMAT = 1
KEEP_GRAPHS = 8  # resolved graphs kept for unchanged rebuilds (the most recent ones)
PACKAGE_DIR = Path(__file__).resolve().parent.parent  # graphbuild/
# Modules that only run after extraction, or only move its results around: editing them cannot
# change a DocExtraction, so they are left out of the fingerprint. Any other module is in it
# (the rest of knowledge/ is read by extraction).
NOT_EXTRACTION = {"__init__.py", "cli.py", "cli_query.py", "graph.py", "packed_graph.py", "__main__.py",
                  "ingest/sources.py", "ingest/decode.py", "resolve/merge.py", "resolve/aliases.py",
                  "resolve/explain.py", "resolve/members.py", "resolve/memos.py",
                  "resolve/person_index.py", "resolve/corpus.py",
                  "knowledge/relation_classes.py",
                  "knowledge/relation_classes.tsv"}
NOT_EXTRACTION_DIRS = {"export", "query", "pipeline"}


def default_cache_dir() -> Path:
    """$XDG_CACHE_HOME/graphbuild, else ~/.cache/graphbuild."""
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "graphbuild"


def source_hash(skip_downstream: bool) -> str:
    """A hash of the package's source: every module, or only those extraction can run."""
    digest = hashlib.sha256()
    # Data tables (*.tsv) count as code: editing one changes the graph.
    for path in sorted([*PACKAGE_DIR.rglob("*.py"), *PACKAGE_DIR.rglob("*.tsv")]):
        rel = path.relative_to(PACKAGE_DIR)
        downstream = rel.as_posix() in NOT_EXTRACTION or \
            rel.parts[0] in NOT_EXTRACTION_DIRS
        if skip_downstream and downstream:
            continue
        digest.update(rel.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


@functools.lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """EXTRACTOR_VERSION plus a hash of the extraction source code.

    The version alone is bumped by hand and easily forgotten; hashing the code means an edited
    extractor never reads entries written by the old one.
    """
    return f"{EXTRACTOR_VERSION}-{source_hash(skip_downstream=True)}"


def model_fingerprint(model: str | None = None) -> str:
    """A cheap fingerprint of the contents of the pipeline `model` names: the bytes of its
    meta.json and config.cfg, and the path, size and modification time of every other file
    (the weights), without reading them. Two different models under one name and version
    (a retrained copy, a package reinstalled from another build) get different cache keys.

    "" when there is no folder to look at (the model is then keyed by name and version only).
    """
    import importlib.util

    from graphbuild.nlp import find_model

    name = find_model(model)
    try:
        if Path(name).is_dir():
            folder = Path(name)
        else:
            spec = importlib.util.find_spec(name)
            folder = Path(spec.origin).parent if spec and spec.origin else None
    except (ImportError, ValueError):
        folder = None
    if folder is None:
        return ""
    digest = hashlib.sha256()
    try:
        for path in sorted(folder.rglob("*")):
            rel = path.relative_to(folder).as_posix()
            if "__pycache__" in path.parts or not path.is_file():
                continue
            if path.name in {"meta.json", "config.cfg"}:
                digest.update(rel.encode() + b"\0" + path.read_bytes() + b"\0")
            else:
                info = path.stat()
                digest.update(f"{rel}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    except OSError:
        return ""
    return digest.hexdigest()[:16]


def graph_key(extractions: list[DocExtraction], model: str, aliases: bytes | None) -> str:
    """The key of the graph resolved from these extractions, with this code and aliases file.

    Each extraction is named by its article's metadata (text hash, id, title, date, url,
    source): with the extractor fingerprint and the model, that is its cache key, and the
    metadata is also what the graph lists as its articles.
    """
    parts = [CACHE_FORMAT, source_hash(skip_downstream=False), extractor_fingerprint(), model,
             hashlib.sha256(aliases).hexdigest() if aliases is not None else None,
             [x.article for x in extractions]]
    return hashlib.sha256(json.dumps(parts, sort_keys=True, default=str)
                          .encode("utf-8", "surrogatepass")).hexdigest()


def cache_key(article: Article, model: str) -> str:
    """The key of an article's extraction (hex); `model` is `nlp.model_identity()`.

    The file an article came from (`source`) is not in it, so moving a corpus keeps its cache.

    >>> from graphbuild.ingest.sources import article_from_text
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

    def graph_path(self, key: str) -> Path:
        return self.folder / f"v{CACHE_FORMAT}" / "graphs" / f"{key}.json"

    def get_graph(self, key: str) -> "nx.MultiDiGraph | None":
        """The graph resolved last time from the same extractions (see `graph_key`), or None.

        Resolving a large corpus costs more than reading all its cached extractions; a rebuild
        of an unchanged corpus skips it.
        """
        import networkx as nx

        try:
            data = json.loads(self.graph_path(key).read_bytes())
            return nx.node_link_graph(data, directed=True, multigraph=True, edges="edges")
        except (OSError, ValueError, KeyError, TypeError):
            return None

    def put_graph(self, key: str, graph: "nx.MultiDiGraph") -> None:
        """Store a resolved graph; only the most recent KEEP_GRAPHS are kept."""
        self._write(self.graph_path(key), _node_link_text(graph))
        if self.error:
            return
        graphs = sorted(self.graph_path(key).parent.glob("*.json"),
                        key=lambda p: p.stat().st_mtime, reverse=True)
        for old in graphs[KEEP_GRAPHS:]:
            old.unlink(missing_ok=True)
            old.with_suffix(".sqlite").unlink(missing_ok=True)  # its evidence, if kept

    def get(self, article: Article, key: str | None = None) -> PackedExtraction | None:
        """The cached extraction of `article`, or None (a damaged entry is a miss)."""
        try:
            data = json.loads(self.path(key or cache_key(article, self.model)).read_bytes())
            DocExtraction.from_dict(data)  # only to check it: a damaged entry is a miss
        except (OSError, ValueError, KeyError, TypeError):
            self.misses += 1
            return None
        # The key leaves out where the article came from: report where it comes from now. Only
        # that: the rest of the metadata is in the key, and extraction may have filled it in
        # (a date found in the text), so the cached build must keep it as a fresh one would.
        data["article"]["source"] = article.source
        self.hits += 1
        return PackedExtraction.pack(data)

    def put(self, article: Article, extraction: DocExtraction | PackedExtraction,
            key: str | None = None) -> None:
        """Store an extraction (atomically: a concurrent build never reads half a file)."""
        if self.error:
            return
        self._write(self.path(key or cache_key(article, self.model)), extraction.to_json())

    def _write(self, path: Path, text: str | Iterable[str]) -> None:
        """Write a file atomically (a concurrent build never reads half of it); a failure is
        remembered in `error` and turns further writes off. `text` may come in pieces."""
        if self.error:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=".", suffix=".tmp", dir=path.parent)
            try:
                with os.fdopen(fd, "w", encoding="utf-8") as handle:
                    handle.writelines([text] if isinstance(text, str) else text)
                os.replace(tmp, path)
            except BaseException:
                os.unlink(tmp)
                raise
        except OSError as exc:
            self.error = f"cannot write the cache in {self.folder}: {exc.strerror or exc}"


def _node_link_text(graph: "nx.MultiDiGraph") -> Iterator[str]:
    """`json.dumps(networkx.node_link_data(graph, edges="edges"), ensure_ascii=False)` of a
    directed multigraph, in pieces, node by node and edge by edge: made whole, the copy of every
    attribute dict and the text held at once doubled the main process right after the merge
    (2,000 archive articles: 227 MB against 127 MB)."""
    def dumps(value: Any) -> str:
        return json.dumps(value, ensure_ascii=False)

    yield '{"directed": true, "multigraph": true, "graph": ' + dumps(graph.graph) + ', "nodes": ['
    for i, (n, d) in enumerate(graph.nodes(data=True)):
        yield (", " if i else "") + dumps({**d, "id": n})
    yield '], "edges": ['
    for i, (u, v, k, d) in enumerate(graph.edges(keys=True, data=True)):
        yield (", " if i else "") + dumps({**d, "source": u, "target": v, "key": k})
    yield "]}"
