"""How two entities are connected: the paths between them, each step with its evidence.

Paths ignore the direction of edges ("Flynn told Pence" joins Pence to Flynn as much as Flynn to
Pence) and report each step's real direction, as `graphbuild.query.neighbors.neighbors` does.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graphbuild.query.names import EntityRecord, entity_record, find_entity, name_index
from graphbuild.query.neighbors import Link, links_between, undirected_neighbors


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
