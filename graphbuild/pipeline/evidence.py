"""The full evidence of every edge, in an embedded SQLite store beside the graph.

An archive's well-known pairs gather thousands of sentences each: held in the graph they made
the merge's memory and the graph files grow with the corpus (a third of the graph's memory at
6,000 articles). So the build streams the relations of each article, in article id order, into
`EdgeSummary`s that keep the first `per_edge` sentences (by article, then position) with the
count, the articles and the dates of all of them, and writes every sentence to `evidence.sqlite`.
`KnowledgeGraph.evidence(...)` reads them back. With `per_edge=None` nothing is cut, and the
edges equal those of `resolve.merge.aggregate_relations` + `graph.edge_attributes` (tested).
"""
from __future__ import annotations

import os
import shutil
import sqlite3
import sys
import tempfile
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import networkx as nx

from graphbuild.ingest.timex import sentence_date
from graphbuild.pipeline.compact import Shared, appended
from graphbuild.records import EVIDENCE_NAME, DocExtraction, Evidence, PackedExtraction  # noqa: F401
from graphbuild.resolve.memos import EVIDENCE_MEMOS, bound_memos

DEFAULT_PER_EDGE = 5  # sentences an edge keeps in the graph; the store has all of them
EVIDENCE_MEMO_ENTRIES = 10_000  # a sentence recurs within its article (several relations)
EdgeId = tuple[str, str, str, bool, bool]  # subject, predicate, object, negated, hedged

_SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT);
CREATE TABLE evidence (subject TEXT NOT NULL, object TEXT NOT NULL, predicate TEXT NOT NULL,
    negated INTEGER NOT NULL, hedged INTEGER NOT NULL, doc TEXT NOT NULL, sentence TEXT NOT NULL,
    start INTEGER NOT NULL, "end" INTEGER NOT NULL, date TEXT);
"""


@dataclass(slots=True)  # one per edge until the graph is assembled: no __dict__ each
class EdgeSummary:
    """One edge while the build streams its evidence: what the graph keeps of it."""

    subject: str
    predicate: str
    object: str
    negated: bool
    hedged: bool
    # the first `per_edge` sentences, each a tuple of EVIDENCE_FIELDS' values (doc, sentence,
    # start, end and, when known, date): a third of a dict's memory (`evidence_items`)
    evidence: list[tuple] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)
    documents: list[str] = field(default_factory=list)  # every article, in order
    total: int = 0                                       # every distinct sentence
    first: str | None = None
    last: str | None = None


EVIDENCE_FIELDS = ("doc", "sentence", "start", "end", "date")


def evidence_items(edge: EdgeSummary) -> list[dict[str, Any]]:
    """The edge's kept sentences as the graph holds them: dicts of doc, sentence, start, end
    and date when known, in that order (a list of its exact length).

    >>> evidence_items(EdgeSummary("a", "meet", "b", False, False, [("d1", "A met B.", 0, 8)]))
    [{'doc': 'd1', 'sentence': 'A met B.', 'start': 0, 'end': 8}]
    """
    return [_item(values) for values in edge.evidence][:]  # a slice: no room to grow


def _item(values: tuple) -> dict[str, Any]:
    return dict(zip(EVIDENCE_FIELDS, values))


class EvidenceWriter:
    """Appends evidence rows to a new SQLite file; `close()` indexes it and records `build`."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.path.unlink(missing_ok=True)
        self.db = sqlite3.connect(self.path)
        # A scratch file until it is published: no journal, no fsync per batch.
        self.db.executescript("PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;" + _SCHEMA)
        self.rows: list[tuple] = []

    def add(self, edge: EdgeId, item: dict[str, Any]) -> None:
        s, p, o, negated, hedged = edge
        self.rows.append((s, o, p, int(negated), int(hedged), item["doc"], item["sentence"],
                          item["start"], item["end"], item.get("date")))
        if len(self.rows) >= 5000:
            self._flush()

    def _flush(self) -> None:
        self.db.executemany("INSERT INTO evidence VALUES (?,?,?,?,?,?,?,?,?,?)", self.rows)
        self.rows = []

    def close(self, build: str = "") -> Path:
        self._flush()
        self.db.execute("CREATE INDEX edge ON evidence (subject, object)")
        self.db.execute("INSERT INTO meta VALUES ('build', ?)", (build,))
        self.db.commit()
        self.db.close()
        return self.path


def summarize_relations(ordered: Iterable[DocExtraction | PackedExtraction],
                        ids: dict[tuple[str, str], str], per_edge: int | None = DEFAULT_PER_EDGE,
                        writer: EvidenceWriter | None = None) -> list[EdgeSummary]:
    """The edges of extractions given in article id order (`ids`: (article, entity key) ->
    node id), each keeping its first `per_edge` sentences (None: all); every sentence also goes
    to `writer`. Equal sentences of one article count once, as `graph.edge_attributes` does."""
    edges: dict[EdgeId, EdgeSummary] = {}
    # One string object per distinct kept sentence: a sentence that states several relations
    # (or recurs in copies of a story) was decoded once per relation mention (at 2,000 archive
    # articles, half of the kept evidence's bytes were such copies).
    sentences: dict[str, str] = {}
    shared = Shared()
    for n, x in enumerate(ordered):
        if n % 100 == 0:  # sentence_date's memo holds whole sentences, kept or not
            bound_memos(EVIDENCE_MEMOS, EVIDENCE_MEMO_ENTRIES)
        date = x.article.get("date")
        article_date = str(date) if date else None
        found: dict[EdgeId, list[Evidence]] = {}
        for r in x.relations:
            s, o = ids.get((x.doc_id, r.subject)), ids.get((x.doc_id, r.object))
            if s is None or o is None or s == o:
                continue
            key = (s, r.predicate, o, r.negated, r.hedged)
            edge = edges.get(key)
            if edge is None:
                edge = edges[key] = EdgeSummary(s, sys.intern(r.predicate), o, r.negated, r.hedged,
                                                kinds=shared.kinds([]))
            found.setdefault(key, []).append(r.evidence)
            if r.kind not in edge.kinds:  # a new list: the old one is shared
                edge.kinds = shared.kinds([*edge.kinds, sys.intern(r.kind)])
        for key, items in found.items():
            _add_article(edges[key], key, x.doc_id, items, article_date, per_edge, writer,
                         sentences, shared)
    return [edges[k] for k in sorted(edges)]


def _add_article(edge: EdgeSummary, key: EdgeId, doc: str, items: list[Evidence],
                 article_date: str | None, per_edge: int | None,
                 writer: EvidenceWriter | None, sentences: dict[str, str] | None = None,
                 shared: Shared | None = None) -> None:
    """One article's sentences of an edge: sorted by position, equal ones once (a stable sort,
    as the whole list's sort by (doc, start, end) in `graph.edge_attributes`). `sentences` and
    `shared` hold equal values once across the edges (`pipeline.compact`)."""
    ordered = sorted((e.to_dict() for e in items), key=lambda e: (e["start"], e["end"]))
    edge.documents = appended(edge.documents, doc)
    for item in [e for i, e in enumerate(ordered) if i == 0 or e != ordered[i - 1]]:
        # one string object for what recurs on many edges: article ids, dates
        item["doc"] = sys.intern(item["doc"])
        when = sentence_date(item["sentence"], article_date)
        if when:
            item["date"] = when = sys.intern(when)
            edge.first = when if edge.first is None else min(edge.first, when)
            edge.last = when if edge.last is None else max(edge.last, when)
        edge.total += 1
        if per_edge is None or len(edge.evidence) < per_edge:
            if sentences is not None:
                item["sentence"] = sentences.setdefault(item["sentence"], item["sentence"])
            if shared is not None:
                shared.positions(item)
            edge.evidence = appended(edge.evidence, tuple(item.values()))
        if writer is not None:
            writer.add(key, item)


def read_evidence(path: str | Path, subject: str, object: str
                  ) -> Iterator[dict[str, Any]]:
    """Every sentence of the edges from `subject` to `object`, by edge and article order."""
    db = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
    try:
        rows = db.execute('SELECT predicate, negated, hedged, doc, sentence, start, "end", date '
                          "FROM evidence WHERE subject = ? AND object = ? ORDER BY rowid",
                          (subject, object)).fetchall()
    finally:
        db.close()
    for predicate, negated, hedged, doc, sentence, start, end, date in rows:
        item = {"subject": subject, "object": object, "predicate": predicate,
                "negated": bool(negated), "hedged": bool(hedged), "doc": doc,
                "sentence": sentence, "start": start, "end": end}
        if date:
            item["date"] = date
        yield item


def store_build(path: str | Path) -> str | None:
    """The build id an evidence store records (None if it is not one)."""
    try:
        db = sqlite3.connect(f"file:{Path(path)}?mode=ro", uri=True)
        try:
            row = db.execute("SELECT value FROM meta WHERE name = 'build'").fetchone()
        finally:
            db.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def scratch_path() -> Path:
    """A new file name for the evidence of a build not saved yet (removed with its graph)."""
    handle, name = tempfile.mkstemp(prefix="graphbuild-evidence-", suffix=".sqlite")
    os.close(handle)
    return Path(name)


def publish_copy(source: str | Path, folder: Path) -> Path:
    """Put the finished store `source` into `folder` (a staging folder): a hard link when both
    are on one file system (the store is never written again), else a copy."""
    target = folder / EVIDENCE_NAME
    target.unlink(missing_ok=True)
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
    return target


def around_with_all_evidence(graph: "nx.MultiDiGraph", store: str | Path,
                             node: str) -> "nx.MultiDiGraph":
    """The edges of `node` (and the nodes at their ends) with every evidence sentence from the
    store put back on the edges that were cut: what a question about one entity's sentences
    (`KnowledgeGraph.timeline`) reads."""
    import networkx as nx

    part = nx.MultiDiGraph()
    part.graph = graph.graph
    edges = [*graph.out_edges(node, keys=True, data=True),
             *((u, v, k, d) for u, v, k, d in graph.in_edges(node, keys=True, data=True)
               if u != node)]
    stored: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for u, v, k, data in edges:
        part.add_node(u, **graph.nodes[u])
        part.add_node(v, **graph.nodes[v])
        if "evidence_count" in data:
            if (u, v) not in stored:
                stored[(u, v)] = list(read_evidence(store, u, v))
            data = {**data, "evidence": [
                {n: x for n, x in e.items() if n not in _EDGE_FIELDS} for e in stored[(u, v)]
                if (e["predicate"], e["negated"], e["hedged"]) ==
                (data.get("predicate"), bool(data.get("negated")), bool(data.get("hedged")))]}
        part.add_edge(u, v, key=k, **data)
    return part


_EDGE_FIELDS = {"subject", "object", "predicate", "negated", "hedged"}
