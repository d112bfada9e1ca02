"""The extraction store beside a graph, which lets `build --update` add articles to it.

Every build writes `extractions.jsonl.gz` into its output folder: a header line, then one
`DocExtraction` per article in build order. It is everything the cross-document merge needs, so an
update reads it back, extracts only the new articles, and resolves old and new together: the
result equals a fresh build of the old sources followed by the new ones, and no old article is
parsed again (even with the cache off or cleared).
"""
from __future__ import annotations

import gzip
import hashlib
import json
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from graphbuild.export.atomic import atomic_write
from graphbuild.records import STORE_NAME, DocExtraction, PackedExtraction

STORE_FORMAT = "graphbuild-extractions"
STORE_VERSION = 1


class StoreError(ValueError):
    """The output folder has a graph but no readable extraction store (message says why)."""


@dataclass
class Store:
    """The extractions of a previous build, and what made them."""

    extractions: list[PackedExtraction] = field(default_factory=list)
    extractor: str | None = None
    model: str | None = None


def store_path(folder: str | Path) -> Path:
    return Path(folder) / STORE_NAME


def build_id(articles: Iterable[tuple[str, str]]) -> str:
    """The id of a build: a digest of its articles' ids and content hashes, in any order. The
    store records it, and the graph's article list (`graph.json`) gives it back, so an update
    can tell a store and a graph of two different builds apart.

    >>> build_id([("a", "1"), ("b", "2")]) == build_id([("b", "2"), ("a", "1")])
    True
    """
    digest = hashlib.sha1()
    for doc_id, text_hash in sorted((str(i), str(h)) for i, h in articles):
        digest.update(f"{doc_id}\0{text_hash}\n".encode("utf-8", "surrogatepass"))
    return digest.hexdigest()[:20]


def _articles_of(extractions: Iterable[DocExtraction | PackedExtraction]
                 ) -> list[tuple[str, str]]:
    return [(x.doc_id, str(x.article.get("hash"))) for x in extractions]


def write_store(folder: str | Path, extractions: Iterable[DocExtraction | PackedExtraction],
                extractor: str, model: str, graph_files: Iterable[str] = ()) -> Path:
    """Write the extraction store into `folder` (atomically; byte-identical for equal input).

    The header records the build id, the number of articles, and the graph files published
    with the store (`graph_files`), which `read_store` checks.
    """
    path = store_path(folder)
    if isinstance(extractions, Iterator):  # read twice below; a Spill or a list can be
        extractions = list(extractions)
    header = {"format": STORE_FORMAT, "version": STORE_VERSION, "extractor": extractor,
              "model": model, "articles": len(extractions),
              "build": build_id(_articles_of(extractions)), "graph_files": sorted(graph_files)}
    with atomic_write(path, "wb") as raw:
        # mtime=0 and no file name in the gzip header: equal builds give equal bytes.
        with gzip.GzipFile(filename="", mode="wb", fileobj=raw, compresslevel=3, mtime=0) as out:
            out.write(_line(header))
            for extraction in extractions:
                out.write((extraction.to_json() + "\n").encode("utf-8", "surrogatepass"))
    return path


def read_store(folder: str | Path, into: list | None = None) -> Store:
    """The store of a previous build in `folder`; an empty Store if the folder has no graph.
    Its extractions are appended to `into` (a list, or a `spill.Spill`) if given.

    Raises StoreError when there is a graph but its store is missing or damaged: updating it
    would silently drop the old articles.
    """
    folder = Path(folder)
    path = store_path(folder)
    if not path.exists():
        if any(folder.glob("graph.*")):
            raise StoreError(f"{folder} has a graph but no {STORE_NAME} to update it from; "
                             "build it again without --update")
        return Store()
    try:
        with gzip.open(path, "rt", encoding="utf-8") as lines:
            header = json.loads(next(lines, "{}"))
            if header.get("format") != STORE_FORMAT or header.get("version") != STORE_VERSION:
                raise StoreError(f"{path} is not a graphbuild extraction store "
                                 f"(version {STORE_VERSION})")
            extractions = [] if into is None else into
            for line in lines:
                if line.strip():
                    extractions.append(_checked(json.loads(line)))
    except (OSError, EOFError, ValueError, KeyError, TypeError, zlib.error) as exc:
        if isinstance(exc, StoreError):
            raise
        raise StoreError(f"cannot read {path} (damaged): {exc}; build it again without "
                         "--update") from exc
    _check_store(folder, path, header, extractions)
    return Store(extractions, header.get("extractor"), header.get("model"))


def _check_store(folder: Path, path: Path, header: dict, extractions: list[PackedExtraction]
                 ) -> None:
    """Raise StoreError when the store lost articles it lists, or when the graph.json published
    with it comes from another build (a run stopped between the renames of its outputs):
    updating either would drop articles the graph had."""
    if "articles" in header and (len(extractions) != header["articles"] or
                                 build_id(_articles_of(extractions)) != header.get("build")):
        raise StoreError(f"{path} is damaged: it holds {len(extractions)} of the "
                         f"{header['articles']} articles its header lists; build it again "
                         "without --update")
    graph_json = folder / "graph.json"
    if "graph.json" not in header.get("graph_files", ()) or not graph_json.is_file():
        return
    try:
        articles = _graph_articles(graph_json)
        built = build_id((a["id"], a.get("hash")) for a in articles)
    except (OSError, ValueError, KeyError, TypeError):
        built = None
    if built != header.get("build"):
        raise StoreError(f"{graph_json} and {STORE_NAME} come from different builds (an "
                         "interrupted write?); build it again without --update")


def _graph_articles(path: Path) -> list[dict]:
    """The article list of a graph.json, read line by line: `write_json` puts each article on
    a line of its own between `  "articles": [` and `  ]`, so the nodes and edges (hundreds of
    MB of objects for a large archive) are never decoded. Another layout is read whole."""
    articles: list[dict] = []
    inside = False
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if not inside:
                inside = line.startswith('  "articles": [')
                if inside and line.rstrip().rstrip(",").endswith("[]"):
                    return []
                continue
            if line.startswith("  ]"):
                return articles
            articles.append(json.loads(line.strip().rstrip(",")))
    return json.loads(path.read_text(encoding="utf-8"))["graph"]["articles"]


def _checked(data: dict) -> PackedExtraction:
    """A stored extraction, packed; raises KeyError/TypeError/ValueError if it is damaged."""
    DocExtraction.from_dict(data)
    return PackedExtraction.pack(data)


def _line(data: dict) -> bytes:
    return (json.dumps(data, ensure_ascii=False, sort_keys=True) + "\n").encode("utf-8",
                                                                             "surrogatepass")
