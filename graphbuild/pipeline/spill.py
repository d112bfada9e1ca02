"""Packed extractions on disk while a build runs, instead of in memory until the merge.

Packed, an article's extraction takes about 2.8 KB; held for 100,000 articles that is 280 MB of
the main process. A `Spill` writes each one to a scratch SQLite file as it arrives and gives them
back one at a time: in build order (the extraction store, the cache key of the graph) or in
article id order (the merge, see `graph.graph_from_extractions`), as often as asked.
"""
from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path

from graphbuild.records import DocExtraction, PackedExtraction


class Spill:
    """A list-like, append-only sequence of PackedExtractions kept in a scratch file.

    >>> s = Spill()
    >>> s.extend(PackedExtraction.pack(DocExtraction({"id": i})) for i in ("b", "a"))
    >>> len(s), [x.doc_id for x in s], [x.doc_id for x in s.by_id()]
    (2, ['b', 'a'], ['a', 'b'])
    >>> s.close()
    """

    def __init__(self, folder: str | Path | None = None) -> None:
        self._dir = tempfile.TemporaryDirectory(prefix="graphbuild-spill-", dir=folder)
        self.db = sqlite3.connect(Path(self._dir.name) / "extractions.sqlite",
                                  check_same_thread=False)
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;"
                              "CREATE TABLE x (doc BLOB NOT NULL, article TEXT NOT NULL, "
                              "entities BLOB NOT NULL, relations BLOB NOT NULL)")
        self.count = 0
        self.indexed = True

    def append(self, extraction: DocExtraction | PackedExtraction) -> None:
        packed = extraction if isinstance(extraction, PackedExtraction) \
            else PackedExtraction.pack(extraction)
        self.db.execute("INSERT INTO x VALUES (?,?,?,?)",
                        (_sort_key(packed.doc_id), json.dumps(packed.article),
                         packed.packed_entities, packed.packed_relations))
        self.count += 1
        self.indexed = False

    def extend(self, extractions: Iterable[DocExtraction | PackedExtraction]) -> None:
        for extraction in extractions:
            self.append(extraction)

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[PackedExtraction]:
        """In the order they were added."""
        return self._rows("ORDER BY rowid")

    def by_id(self) -> Iterator[PackedExtraction]:
        """In article id order (ids are unique in a build)."""
        if not self.indexed:
            self.db.execute("CREATE INDEX IF NOT EXISTS by_doc ON x (doc)")
            self.indexed = True
        return self._rows("ORDER BY doc")

    def _rows(self, order: str) -> Iterator[PackedExtraction]:
        # A cursor of its own: two walks may interleave (the merge reads while the store writes).
        cursor = self.db.cursor()
        for article, entities, relations in cursor.execute(
                f"SELECT article, entities, relations FROM x {order}"):
            data = json.loads(article)
            if isinstance(data.get("id"), str):  # the merge keeps ids on nodes and edges: once
                data["id"] = sys.intern(data["id"])
            yield PackedExtraction(data, entities, relations)

    def close(self) -> None:
        self.db.close()
        self._dir.cleanup()


def _sort_key(doc_id: str) -> bytes:
    """An id as bytes that sort as Python sorts the strings (UTF-8 keeps code point order, and
    "surrogatepass" keeps a lone surrogate, which the text of an id may hold, in its place)."""
    return doc_id.encode("utf-8", "surrogatepass")
