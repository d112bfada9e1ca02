"""Questions to the graph: who is connected to X, how are X and Y connected, on what evidence.

Each function takes the networkx `MultiDiGraph` of a KnowledgeGraph and names as a person would
type them (see `graphbuild.names`), and answers with small dataclasses that carry the evidence
sentences and turn into plain dicts with `to_dict()` (what `graphbuild query --json` prints).

Edges point from subject to object, but "Flynn told Pence" connects Pence to Flynn as much as
Flynn to Pence: neighbours and paths ignore direction, and report each edge's real direction.
"""
from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx

from .names import EntityRecord, entity_record, find_entity, name_index


@dataclass(frozen=True)
class Link:
    """One edge seen from one of its ends: `direction` is "out" if that end is the subject."""

    predicate: str
    direction: str
    negated: bool
    hedged: bool
    weight: int
    evidence: tuple[dict[str, Any], ...]

    def to_dict(self) -> dict[str, Any]:
        return {"predicate": self.predicate, "direction": self.direction,
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
class Step:
    """One hop of a path, from `source` to `target`; `links` are the edges between them, the
    strongest first, each with its direction seen from `source`."""

    source: EntityRecord
    target: EntityRecord
    links: tuple[Link, ...]

    @property
    def link(self) -> Link:
        """The edge that best supports this step (asserted before denied or hedged)."""
        return self.links[0]

    @property
    def weight(self) -> int:
        """Mentions of all the edges between the two: how often the articles tie them."""
        return sum(link.weight for link in self.links)

    @property
    def uncertain(self) -> bool:
        """True if every edge of this step is denied or hedged."""
        return self.link.negated or self.link.hedged

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source.id, "source_label": self.source.label,
                "target": self.target.id, "target_label": self.target.label,
                "weight": self.weight, "uncertain": self.uncertain,
                "links": [link.to_dict() for link in self.links]}


@dataclass(frozen=True)
class Path:
    """A chain of steps from one entity to another; `weight` sums the steps' weights."""

    steps: tuple[Step, ...]

    @property
    def hops(self) -> int:
        return len(self.steps)

    @property
    def weight(self) -> int:
        return sum(step.weight for step in self.steps)

    @property
    def uncertain_steps(self) -> int:
        """How many steps rest only on denied or hedged edges."""
        return sum(step.uncertain for step in self.steps)

    @property
    def nodes(self) -> list[str]:
        return [self.steps[0].source.id] + [step.target.id for step in self.steps]

    def to_dict(self) -> dict[str, Any]:
        return {"hops": self.hops, "weight": self.weight,
                "uncertain_steps": self.uncertain_steps, "nodes": self.nodes,
                "steps": [step.to_dict() for step in self.steps]}


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

    def to_dict(self) -> dict[str, Any]:
        return {"subject": self.subject, "subject_label": self.subject_label,
                "predicate": self.predicate, "object": self.object,
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
                weight=int(data.get("weight", 1) or 0), evidence=_evidence(data))


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


def _predicate_matches(link: Link, wanted: str | None) -> bool:
    return predicate_matches(link.predicate, wanted)


# -- questions --------------------------------------------------------------------------------

def neighbors(graph: nx.MultiDiGraph, name: str, type: str | None = None,
              predicate: str | None = None) -> list[Neighbor]:
    """The entities joined to `name` by an edge in either direction, with those edges.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph of a KnowledgeGraph.
    name : str
        A label, alias or node id (see `graphbuild.names.find_entity`).
    type : str, optional
        Keep only neighbours of this entity type (e.g. "PERSON").
    predicate : str, optional
        Keep only edges whose predicate is this or begins with its words ("meet" keeps
        "meet with"), case-insensitive, and the neighbours they reach.

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
    found = []
    for other in undirected_neighbors(graph, node):
        entity = entity_record(graph, other)
        if type is not None and entity.type.upper() != type.upper():
            continue
        links = tuple(link for link in links_between(graph, node, other)
                      if _predicate_matches(link, predicate))
        if links:
            found.append(Neighbor(entity, links))
    return sorted(found, key=lambda n: (-n.weight, n.entity.label.casefold(), n.entity.id))


def connections(graph: nx.MultiDiGraph, a: str, b: str, max_hops: int = 3,
                limit: int = 10) -> list[Path]:
    """The paths between two entities, ignoring edge direction, each step with its evidence.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph of a KnowledgeGraph.
    a, b : str
        Labels, aliases or node ids of the two ends.
    max_hops : int, default 3
        The longest path to consider, in edges.
    limit : int, default 10
        At most this many paths are returned.

    Returns
    -------
    list of Path
        Shortest first; among paths of equal length, those with fewer steps that rest only on
        denied or hedged edges, then the heavier (more mentions of the edges along them), then
        by the labels along them. Empty if the two are not connected within `max_hops`.

    Raises
    ------
    UnknownName, AmbiguousName
        A name does not lead to exactly one entity.
    ValueError
        `max_hops` or `limit` is below 1, or `a` and `b` are the same entity.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for n in ["Sessions", "Kislyak", "Flynn", "Pence"]:
    ...     g.add_node(n, label=n, type="PERSON")
    >>> _ = g.add_edge("Sessions", "Kislyak", predicate="meet with", weight=3)
    >>> _ = g.add_edge("Flynn", "Kislyak", predicate="talk to", weight=1)
    >>> _ = g.add_edge("Flynn", "Pence", predicate="tell", weight=1)
    >>> path = connections(g, "sessions", "pence")[0]
    >>> path.nodes, path.hops, path.weight
    (['Sessions', 'Kislyak', 'Flynn', 'Pence'], 3, 5)
    >>> [(s.link.predicate, s.link.direction) for s in path.steps]
    [('meet with', 'out'), ('talk to', 'in'), ('tell', 'out')]
    >>> connections(g, "Sessions", "Pence", max_hops=2)
    []
    """
    if max_hops < 1 or limit < 1:
        raise ValueError("max_hops and limit must be at least 1")
    index = name_index(graph)
    start, end = find_entity(graph, a, index=index), find_entity(graph, b, index=index)
    if start == end:
        raise ValueError(f"{a!r} and {b!r} are the same entity ({start})")
    records: dict[str, EntityRecord] = {}

    def record(node: str) -> EntityRecord:
        if node not in records:
            records[node] = entity_record(graph, node)
        return records[node]

    found: list[Path] = []
    for hops in range(1, max_hops + 1):
        for nodes in simple_paths_of_length(graph, start, end, hops):
            steps = tuple(Step(record(u), record(v), tuple(links_between(graph, u, v)))
                          for u, v in zip(nodes, nodes[1:]))
            found.append(Path(steps))
        if len(found) >= limit:  # longer paths would only come after these
            break
    found.sort(key=lambda p: (p.hops, p.uncertain_steps, -p.weight,
                              [record(n).label.casefold() for n in p.nodes], p.nodes))
    return found[:limit]


# A cap on the paths enumerated for one length: hubs can make the count explode, and a reader
# needs the first few. Paths of one length are ranked by weight among those enumerated.
PATHS_PER_LENGTH = 1000


def simple_paths_of_length(graph: nx.MultiDiGraph, start: str, end: str, hops: int,
                           cap: int = PATHS_PER_LENGTH) -> Iterator[list[str]]:
    """Simple paths of exactly `hops` edges from `start` to `end`, ignoring direction.

    A depth-first search that only steps onto nodes still close enough to `end` (distances
    from one breadth-first search), so it never wanders into parts of the graph that cannot
    reach `end` in time; `nx.all_simple_paths` would explore them.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("a", "c"), ("c", "d")])
    >>> list(simple_paths_of_length(g, "a", "d", 2)), list(simple_paths_of_length(g, "a", "d", 3))
    ([['a', 'c', 'd']], [['a', 'b', 'c', 'd']])
    """
    view = graph.to_undirected(as_view=True)
    distance = nx.single_source_shortest_path_length(view, end, cutoff=hops)
    if distance.get(start, hops + 1) > hops:
        return
    path, emitted = [start], 0
    stack = [iter(undirected_neighbors(graph, start))]
    while stack:
        node = next(stack[-1], None)
        if node is None:
            stack.pop()
            path.pop()
            continue
        remaining = hops - len(path)  # edges left after stepping onto `node`
        if node in path or distance.get(node, hops + 1) > remaining:
            continue
        if node == end:
            if remaining == 0:
                yield path + [node]
                emitted += 1
                if emitted >= cap:
                    return
            continue
        path.append(node)
        stack.append(iter(undirected_neighbors(graph, node)))


def relations(graph: nx.MultiDiGraph, subject: str | None = None, predicate: str | None = None,
              object: str | None = None) -> list[RelationRecord]:
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
    """
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
        if (target is not None and v != target) or not _predicate_matches(link, predicate):
            continue
        found.append(RelationRecord(
            subject=str(u), subject_label=str(graph.nodes[u].get("label", u)),
            predicate=link.predicate, object=str(v),
            object_label=str(graph.nodes[v].get("label", v)),
            negated=link.negated, hedged=link.hedged, weight=link.weight, evidence=link.evidence))
    return sorted(found, key=lambda r: (-r.weight, r.subject_label.casefold(), r.predicate,
                                        r.object_label.casefold(), r.negated, r.hedged))
