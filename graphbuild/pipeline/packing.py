"""The merge of a build, into a packed graph (`graphbuild.packed_graph`) instead of networkx.

`graph.graph_from_extractions` resolves the entities, summarizes the edges and assembles a
networkx graph, holding every entity while the edges are summarized and then the whole graph.
A build only writes the graph, so `packed_from_extractions` writes each entity's node row to a
scratch file as soon as the entities are resolved (before the edges take their memory), packs
the edges as they are assembled, and then the nodes, each given the dates its edges carry. The
rows are those `graph.assemble` makes, in its order (tests/test_packed_graph.py), so the files
written from them are the same bytes.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from graphbuild.graph import (edge_attributes, edge_key, in_sorted_order, merge_parts,
                              node_attributes, seen_range, summary_attributes)
from graphbuild.packed_graph import PackedGraph, RowFile
from graphbuild.pipeline.compact import Shared
from graphbuild.pipeline.evidence import DEFAULT_PER_EDGE, EdgeSummary, EvidenceWriter
from graphbuild.records import DocExtraction, PackedExtraction
from graphbuild.resolve.corpus import Entity, Relation


@dataclass
class NodeRows:
    """Resolved entities as node rows on disk, in id order, waiting for their edges' dates."""

    ids: list[str]
    rows: RowFile                 # [id, attributes] each
    events: dict[str, str]        # the EVENT nodes' labels (they help class the edges to them)


def node_rows(entities: list[Entity]) -> NodeRows:
    """The node rows of `entities`, a list emptied as each is written."""
    entities.sort(key=lambda e: e.id)
    found = NodeRows([e.id for e in entities], RowFile(),
                     {e.id: e.label for e in entities if e.type == "EVENT"})
    for entity in in_sorted_order(entities, lambda e: e.id, True):
        found.rows.append([entity.id, node_attributes(entity)])
    return found


def pack_graph(entities: list[Entity] | NodeRows, relations: list[Relation | EdgeSummary],
               articles: Iterable[dict[str, Any]] = (), consume: bool = False) -> PackedGraph:
    """`graph.assemble`'s graph, packed: the same nodes, edges and attribute dicts in the same
    order, never all of them in memory. The edges go first, as a node's `first_seen` and
    `last_seen` come from its edges. `consume`: the lists are emptied as they are packed."""
    if not consume:
        entities = entities if isinstance(entities, NodeRows) else list(entities)
        relations = list(relations)
    nodes = entities if isinstance(entities, NodeRows) else node_rows(entities)
    info = sorted((dict(a) for a in articles), key=lambda a: str(a["id"]))
    dates = {str(a["id"]): str(a["date"]) for a in info if a.get("date")}
    packed = PackedGraph({"articles": info}, nodes.ids)
    seen: dict[str, list[str]] = {}  # node -> the earliest and latest date of its edges
    shared = Shared()
    for rel in in_sorted_order(relations, lambda r: (r.subject, r.object, edge_key(
            r.predicate, r.negated, r.hedged)), True):
        event = nodes.events.get(rel.object, "")
        attrs = summary_attributes(rel, event, shared) if isinstance(rel, EdgeSummary) \
            else edge_attributes(rel, dates, event)
        packed.add_edge(rel.subject, rel.object, edge_key(rel.predicate, rel.negated, rel.hedged),
                        attrs)
        if "first_seen" in attrs:
            for node in (rel.subject, rel.object):
                seen[node] = [*seen_range([*seen.get(node, ()), attrs["first_seen"],
                                           attrs["last_seen"]]).values()]
    for node, attrs in nodes.rows:  # as `graph._date_nodes`: its articles' and edges' dates
        attrs.update(seen_range([*(dates.get(str(d)) for d in attrs["documents"]),
                                 *seen.pop(node, ())]))
        packed.add_node(node, attrs)
    nodes.rows.close()
    return packed.finish()


def packed_from_extractions(extractions: Iterable[DocExtraction | PackedExtraction], rules=None,
                            per_edge: int | None = DEFAULT_PER_EDGE,
                            evidence: EvidenceWriter | None = None) -> PackedGraph:
    """`graph.graph_from_extractions`, packed (same arguments): the node rows are written as
    soon as the entities are resolved, before the edges take their memory."""
    return pack_graph(*merge_parts(extractions, rules, per_edge, evidence, hold=node_rows),
                      consume=True)
