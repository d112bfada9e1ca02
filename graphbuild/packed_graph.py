"""The assembled graph kept packed on disk until someone asks for the networkx graph.

A networkx `MultiDiGraph` holds about 1.3 KB per edge and 1.4 KB per node in the main process
(an attribute dict each, up to five evidence dicts, adjacency dicts): at 2,000 archive
articles that was 44 MB of the 60 MB the merge added, and it grows with the corpus. A build
only walks the graph to write its files, so `pack_graph` writes each node and edge (its id or
ends, key and attribute dict) as JSON into compressed blocks of a scratch file, and a
`PackedGraph` reads them back as often as asked, one block at a time. It offers the part of the
networkx API the exporters read (`nodes(data=True)`, `edges(keys=True, data=True)`,
`number_of_nodes()`, `graph`, ...), and `materialize()` makes the very networkx graph
`graph.assemble` makes (same node and edge order, same attribute dicts in the same key order):
`KnowledgeGraph.graph` does so the first time it is read.

JSON keeps every value the graph holds (str, int, bool, None, lists and dicts of them) as it
is, and the order of each dict's keys; a tuple would come back as a list, so none is stored.
"""
from __future__ import annotations

import json
import os
import sys
import tempfile
import zlib
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from typing import Any

import networkx as nx

from graphbuild.pipeline.compact import Shared

BLOCK_ROWS = 256  # rows a block: ~100 KB of JSON, compressed ~4x; one block decoded at a time


class RowFile:
    """JSON rows appended to an anonymous scratch file in zlib blocks, read back in order.

    >>> rows = RowFile()
    >>> for i in range(600):
    ...     rows.append(["n%d" % i, {"label": "\\ud800x", "n": i}])
    >>> len(rows), list(rows)[599], sum(1 for _ in rows)
    (600, ['n599', {'label': '\\ud800x', 'n': 599}], 600)
    """

    def __init__(self) -> None:
        self._file = tempfile.TemporaryFile(prefix="graphbuild-graph-")  # gone when closed
        self._blocks: list[tuple[int, int]] = []  # (offset, length)
        self._end = 0
        self._pending: list[Any] = []
        self.count = 0

    def append(self, row: Any) -> None:
        self._pending.append(row)
        self.count += 1
        if len(self._pending) >= BLOCK_ROWS:
            self._flush()

    def _flush(self) -> None:
        if not self._pending:
            return
        # "surrogatepass": a name or sentence may hold a lone surrogate (see `records`)
        data = zlib.compress(json.dumps(self._pending, ensure_ascii=False,
                                        separators=(",", ":")).encode("utf-8", "surrogatepass"), 1)
        os.pwrite(self._file.fileno(), data, self._end)
        self._blocks.append((self._end, len(data)))
        self._end += len(data)
        self._pending = []

    def __len__(self) -> int:
        return self.count

    def __iter__(self) -> Iterator[Any]:
        self._flush()
        # positioned reads: two walks may interleave (GraphML walks the nodes twice)
        for offset, length in list(self._blocks):
            yield from json.loads(zlib.decompress(os.pread(self._file.fileno(), length, offset))
                                  .decode("utf-8", "surrogatepass"))

    def close(self) -> None:
        self._file.close()


class PackedGraph:
    """A directed multigraph read back from `RowFile`s: nodes in order, then edges in order.

    `graph` is the graph's own attribute dict (the articles), kept in memory; `nodes` the ids
    of its nodes, in order. Nodes and edges may be added in either order (a node's dates come
    from its edges): the nodes in that order, the edges sorted by (subject, object, key).
    """

    def __init__(self, graph: dict[str, Any] | None = None, nodes: Iterable[str] = ()) -> None:
        self.graph: dict[str, Any] = graph if graph is not None else {}
        self._nodes, self._edges = RowFile(), RowFile()
        self._index: dict[str, int] | None = {}  # node id -> position, until `finish`
        for node in nodes:
            if node in self._index:
                raise ValueError(f"node {node!r} given twice")
            self._index[node] = len(self._index)
        self._pairs = array("q")                  # distinct (subject, object) positions, sorted
        self._last_pair = -1
        self.cut_evidence = False                 # some edge keeps fewer sentences than it has

    # -- filling ---------------------------------------------------------------------------
    def add_node(self, node: str, attrs: dict[str, Any]) -> None:
        """The next node, in the order given at the start."""
        if self._index is None or self._index.get(node) != len(self._nodes):
            raise ValueError(f"node {node!r} out of the order given")
        self._nodes.append([node, attrs])

    def add_edge(self, u: str, v: str, key: str, attrs: dict[str, Any]) -> None:
        """Edges come sorted by (subject, object, key), each once, between nodes added before
        (what networkx then iterates in the same order)."""
        if self._index is None:
            raise ValueError("the graph is finished")
        try:
            pair = self._index[u] << 32 | self._index[v]
        except KeyError as missing:
            raise ValueError(f"edge end {missing} is not a node") from None
        if pair < self._last_pair:
            raise ValueError("edges go in sorted by (subject, object, key)")
        if pair != self._last_pair:
            self._pairs.append(pair)
            self._last_pair = pair
        self.cut_evidence = self.cut_evidence or "evidence_count" in attrs
        self._edges.append([u, v, key, attrs])

    def finish(self) -> "PackedGraph":
        """No more nodes or edges: let go of the id index."""
        if self._index is None or len(self._nodes) != len(self._index):
            raise ValueError("some node was not added")
        self._index = None
        return self

    # -- the networkx API the exporters read -------------------------------------------------
    def is_directed(self) -> bool:
        return True

    def is_multigraph(self) -> bool:
        return True

    def number_of_nodes(self) -> int:
        return len(self._nodes)

    def number_of_edges(self) -> int:
        return len(self._edges)

    def nodes(self, data: bool = False) -> Iterator[Any]:
        for node, attrs in self._nodes:
            yield (node, attrs) if data else node

    def edges(self, keys: bool = False, data: bool = False) -> Iterator[tuple]:
        for u, v, k, attrs in self._edges:
            yield (u, v) + ((k,) if keys else ()) + ((attrs,) if data else ())

    def neighbour_counts(self) -> dict[str, int]:
        """Node -> distinct neighbours in either direction, itself left out (what
        `export.html_data.importance` counts over networkx's successors and predecessors)."""
        pairs = self._pairs
        counts = array("i", bytes(4 * len(self._nodes)))
        for pair in pairs:
            u, v = pair >> 32, pair & 0xFFFFFFFF
            if u == v:
                continue
            counts[u] += 1
            counts[v] += 1
            back = v << 32 | u  # the pair both ways: one neighbour of each, not two
            if u < v:
                found = bisect_left(pairs, back)
                if found < len(pairs) and pairs[found] == back:
                    counts[u] -= 1
                    counts[v] -= 1
        return {node: counts[n] for n, node in enumerate(self.nodes())}

    def materialize(self) -> nx.MultiDiGraph:
        """The networkx graph (what `graph.assemble` makes of the same entities and edges),
        holding equal values once as that one does (see `_compact`)."""
        graph = nx.MultiDiGraph()
        graph.graph.update(self.graph)
        ids: dict[str, str] = {}
        for node, attrs in self._nodes:
            ids[node] = node
            graph.add_node(node, **_compact(attrs))
        shared, sentences = Shared(), {}
        for u, v, key, attrs in self._edges:
            for item in attrs.get("evidence") or ():
                if isinstance(item, dict) and "start" in item and "end" in item:
                    shared.positions(item)
                    if isinstance(item.get("sentence"), str):
                        item["sentence"] = sentences.setdefault(item["sentence"], item["sentence"])
            if isinstance(attrs.get("kinds"), list):
                attrs["kinds"] = shared.kinds(attrs["kinds"])
            graph.add_edge(ids.get(u, u), ids.get(v, v), key=sys.intern(key), **_compact(attrs))
        return graph

    def close(self) -> None:
        self._nodes.close()
        self._edges.close()


def _compact(attrs: dict[str, Any]) -> dict[str, Any]:
    """A decoded row's attributes as small as the merge made them: lists at their exact
    length (json grows them by appending), and the short strings that recur across the graph
    (predicates, classes, types, dates, article ids) one object each; changed in place."""
    for name, value in attrs.items():
        if type(value) is str and len(value) <= 64:
            attrs[name] = sys.intern(value)
        elif type(value) is list:
            attrs[name] = [sys.intern(x) if type(x) is str and len(x) <= 64 else
                           _compact(x) if type(x) is dict else x for x in value][:]
    return attrs
