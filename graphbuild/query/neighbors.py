"""Questions to the graph: who is connected to X, which edges say what, on what evidence.

Each function takes the networkx `MultiDiGraph` of a KnowledgeGraph and names as a person would
type them (see `graphbuild.query.names`), and answers with small dataclasses that carry the evidence
sentences and turn into plain dicts with `to_dict()` (what `graphbuild query --json` prints).
How two entities are connected, through paths, is in `graphbuild.query.paths`.

Edges point from subject to object, but "Flynn told Pence" connects Pence to Flynn as much as
Flynn to Pence: neighbours and paths ignore direction, and report each edge's real direction.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graphbuild.query.names import EntityRecord, entity_record, find_entity, name_index
from graphbuild.query.timeline import check_class, edge_class


@dataclass(frozen=True)
class Link:
    """One edge seen from one of its ends: `direction` is "out" if that end is the subject."""

    predicate: str
    direction: str
    negated: bool
    hedged: bool
    weight: int
    evidence: tuple[dict[str, Any], ...]
    relation_class: str = "other"

    def to_dict(self) -> dict[str, Any]:
        return {"predicate": self.predicate, "direction": self.direction,
                "relation_class": self.relation_class,
                "negated": self.negated, "hedged": self.hedged, "weight": self.weight,
                "evidence": [dict(e) for e in self.evidence]}


@dataclass(frozen=True)
class Neighbor:
    """An entity next to the one asked about, with every edge between the two."""

    entity: EntityRecord
    links: tuple[Link, ...]

    @property
    def weight(self) -> int:
        return sum(link.weight for link in self.links)

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.entity.id, "label": self.entity.label, "type": self.entity.type,
                "weight": self.weight, "links": [link.to_dict() for link in self.links]}


@dataclass(frozen=True)
class RelationRecord:
    """One edge of the graph: subject, predicate, object, flags and evidence."""

    subject: str
    subject_label: str
    predicate: str
    object: str
    object_label: str
    negated: bool
    hedged: bool
    weight: int
    evidence: tuple[dict[str, Any], ...]
    relation_class: str = "other"

    def to_dict(self) -> dict[str, Any]:
        return {"subject": self.subject, "subject_label": self.subject_label,
                "predicate": self.predicate, "relation_class": self.relation_class,
                "object": self.object,
                "object_label": self.object_label, "negated": self.negated,
                "hedged": self.hedged, "weight": self.weight,
                "evidence": [dict(e) for e in self.evidence]}


# -- edges ------------------------------------------------------------------------------------

def _evidence(data: dict[str, Any]) -> tuple[dict[str, Any], ...]:
    value = data.get("evidence") or []
    if isinstance(value, str):  # a GraphML file keeps only the first sentence
        return ({"sentence": value},)
    return tuple(dict(e) for e in value)


def _link(data: dict[str, Any], direction: str) -> Link:
    return Link(predicate=str(data.get("predicate", "")), direction=direction,
                negated=bool(data.get("negated", False)), hedged=bool(data.get("hedged", False)),
                weight=int(data.get("weight", 1) or 0), evidence=_evidence(data),
                relation_class=edge_class(data))


def _link_order(link: Link) -> tuple:
    # Asserted edges before denied or hedged ones, then the best supported, then by name.
    return (link.negated, link.hedged, -link.weight, link.predicate, link.direction)


def links_between(graph: nx.MultiDiGraph, source: str, target: str) -> list[Link]:
    """Every edge between two nodes in either direction, seen from `source`, strongest first.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", predicate="meet with", weight=2)
    >>> _ = g.add_edge("b", "a", predicate="call", weight=1)
    >>> [(l.predicate, l.direction) for l in links_between(g, "a", "b")]
    [('meet with', 'out'), ('call', 'in')]
    """
    links = [_link(d, "out") for d in graph.succ[source].get(target, {}).values()]
    if source != target:
        links += [_link(d, "in") for d in graph.pred[source].get(target, {}).values()]
    return sorted(links, key=_link_order)


def undirected_neighbors(graph: nx.MultiDiGraph, node: str) -> list[str]:
    """The nodes joined to `node` by an edge in either direction, sorted.

    Examples
    --------
    >>> undirected_neighbors(nx.MultiDiGraph([("a", "c"), ("b", "a"), ("a", "c")]), "a")
    ['b', 'c']
    """
    return sorted(set(graph.succ[node]) | set(graph.pred[node]), key=str)


def predicate_matches(predicate: str, wanted: str | None) -> bool:
    """True if `predicate` is `wanted` or begins with its words (case-insensitive).

    Predicates are lemma phrases, so "meet" finds "meet with" and "meet on sideline of".

    Examples
    --------
    >>> predicate_matches("meet with", "Meet"), predicate_matches("meeting with", "meet")
    (True, False)
    >>> predicate_matches("meet with", None)
    True
    """
    if wanted is None:
        return True
    words, wanted_words = predicate.casefold().split(), wanted.casefold().split()
    return words[:len(wanted_words)] == wanted_words


def _predicate_matches(link: Link, wanted: str | None, cls: str | None = None) -> bool:
    return predicate_matches(link.predicate, wanted) and (cls is None or link.relation_class == cls)


# -- questions --------------------------------------------------------------------------------

def neighbors(graph: nx.MultiDiGraph, name: str, type: str | None = None,
              predicate: str | None = None, cls: str | None = None) -> list[Neighbor]:
    """The entities joined to `name` by an edge in either direction, with those edges.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph of a KnowledgeGraph.
    name : str
        A label, alias or node id (see `graphbuild.query.names.find_entity`).
    type : str, optional
        Keep only neighbours of this entity type (e.g. "PERSON").
    predicate : str, optional
        Keep only edges whose predicate is this or begins with its words ("meet" keeps
        "meet with"), case-insensitive, and the neighbours they reach.
    cls : str, optional
        Keep only edges of this relation class ("legal"), and the neighbours they reach.

    Returns
    -------
    list of Neighbor
        The best connected first (summed edge weight), then by label.

    Raises
    ------
    UnknownName, AmbiguousName
        `name` does not lead to exactly one entity.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for n, t in [("P:flynn", "PERSON"), ("P:pence", "PERSON"), ("O:fbi", "ORG")]:
    ...     g.add_node(n, label=n[2:].title(), type=t)
    >>> _ = g.add_edge("P:flynn", "P:pence", predicate="tell", weight=2)
    >>> _ = g.add_edge("O:fbi", "P:flynn", predicate="interview", weight=1)
    >>> [(n.entity.label, n.links[0].predicate, n.links[0].direction)
    ...  for n in neighbors(g, "flynn")]
    [('Pence', 'tell', 'out'), ('Fbi', 'interview', 'in')]
    >>> [n.entity.label for n in neighbors(g, "Flynn", type="org")]
    ['Fbi']
    """
    node = find_entity(graph, name)
    cls = check_class(cls)
    found = []
    for other in undirected_neighbors(graph, node):
        entity = entity_record(graph, other)
        if type is not None and entity.type.upper() != type.upper():
            continue
        links = tuple(link for link in links_between(graph, node, other)
                      if _predicate_matches(link, predicate, cls))
        if links:
            found.append(Neighbor(entity, links))
    return sorted(found, key=lambda n: (-n.weight, n.entity.label.casefold(), n.entity.id))


def relations(graph: nx.MultiDiGraph, subject: str | None = None, predicate: str | None = None,
              object: str | None = None, cls: str | None = None) -> list[RelationRecord]:
    """The edges whose subject, predicate and object match the given ones (all if none).

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph of a KnowledgeGraph.
    subject, object : str, optional
        Labels, aliases or node ids; the edge must point from `subject` to `object`.
    predicate : str, optional
        Keep edges whose predicate is this or begins with its words ("meet" keeps
        "meet with"), case-insensitive.
    cls : str, optional
        Keep edges of this relation class ("meeting", "legal", ...; see
        `graphbuild.knowledge.relation_classes`).

    Returns
    -------
    list of RelationRecord
        Best supported first (weight), then by subject, predicate and object labels.

    Raises
    ------
    UnknownName, AmbiguousName
        `subject` or `object` does not lead to exactly one entity.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("Flynn", label="Michael Flynn", type="PERSON", aliases=["Flynn"])
    >>> g.add_node("Pence", label="Mike Pence", type="PERSON")
    >>> _ = g.add_edge("Flynn", "Pence", predicate="tell", weight=1,
    ...                evidence=[{"doc": "d1", "sentence": "Flynn told Pence."}])
    >>> [(r.subject_label, r.predicate, r.object_label) for r in relations(g, subject="flynn")]
    [('Michael Flynn', 'tell', 'Mike Pence')]
    >>> relations(g, object="Flynn")
    []
    >>> [r.relation_class for r in relations(g, cls="communication")], relations(g, cls="legal")
    (['communication'], [])
    """
    cls = check_class(cls)
    index = name_index(graph) if subject or object else None
    source = find_entity(graph, subject, index=index) if subject else None
    target = find_entity(graph, object, index=index) if object else None
    if source is not None:
        edges: Iterable = graph.out_edges(source, data=True)
    elif target is not None:
        edges = graph.in_edges(target, data=True)
    else:
        edges = graph.edges(data=True)
    found = []
    for u, v, data in edges:
        link = _link(data, "out")
        if (target is not None and v != target) or not _predicate_matches(link, predicate, cls):
            continue
        found.append(RelationRecord(
            subject=str(u), subject_label=str(graph.nodes[u].get("label", u)),
            predicate=link.predicate, object=str(v),
            object_label=str(graph.nodes[v].get("label", v)),
            negated=link.negated, hedged=link.hedged, weight=link.weight, evidence=link.evidence,
            relation_class=link.relation_class))
    return sorted(found, key=lambda r: (-r.weight, r.subject_label.casefold(), r.predicate,
                                        r.object_label.casefold(), r.negated, r.hedged))
