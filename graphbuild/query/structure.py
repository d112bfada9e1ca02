"""The graph as a whole: who matters most, which groups hang together, the part around a name.

Rankings and communities read an undirected, weighted projection of the graph: in news text the
direction of an edge is grammar ("Flynn told Pence" or "Pence was told by Flynn"), not an
endorsement, so it should not decide who is central.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import networkx as nx

from graphbuild.query.names import EntityRecord, entity_record, find_entity, name_index

RANKINGS = ("degree", "pagerank", "mentions")


@dataclass(frozen=True)
class RankedEntity:
    """An entity and its score under one ranking (`by`)."""

    entity: EntityRecord
    by: str
    score: float

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.entity.id, "label": self.entity.label, "type": self.entity.type,
                "by": self.by, "score": self.score}


@dataclass(frozen=True)
class Community:
    """A group of entities more connected to each other than to the rest, largest first."""

    members: tuple[EntityRecord, ...]

    @property
    def size(self) -> int:
        return len(self.members)

    def to_dict(self) -> dict[str, Any]:
        return {"size": self.size,
                "members": [{"id": m.id, "label": m.label, "type": m.type} for m in self.members]}


def weighted_projection(graph: nx.MultiDiGraph) -> nx.Graph:
    """An undirected simple graph with the summed `weight` of all edges between two nodes.

    Self-loops are left out: they connect an entity to nothing else.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> _ = g.add_edge("a", "b", weight=2)
    >>> _ = g.add_edge("b", "a", weight=1)
    >>> _ = g.add_edge("a", "a", weight=5)
    >>> sorted(weighted_projection(g).edges(data="weight"))
    [('a', 'b', 3)]
    """
    projection = nx.Graph()
    projection.add_nodes_from(graph.nodes)
    for u, v, weight in graph.edges(data="weight", default=1):
        if u == v:
            continue
        previous = projection.get_edge_data(u, v, {}).get("weight", 0)
        projection.add_edge(u, v, weight=previous + (weight or 0))
    return projection


def pagerank(graph: nx.Graph, damping: float = 0.85, tolerance: float = 1.0e-10,
             max_iterations: int = 200) -> dict[Any, float]:
    """PageRank of a weighted undirected graph by power iteration over numpy arrays.

    `networkx.pagerank` needs SciPy, which graphbuild does not install for one ranking; this is
    the same computation (dangling nodes spread their rank evenly) with numpy, which spaCy
    already brings, so 500k edges take a fraction of a second rather than minutes in Python.

    Examples
    --------
    >>> ranks = pagerank(nx.star_graph(3))
    >>> max(ranks, key=ranks.get), round(sum(ranks.values()), 6)
    (0, 1.0)
    """
    import numpy as np

    nodes = list(graph.nodes)
    if not nodes:
        return {}
    position = {node: i for i, node in enumerate(nodes)}
    pairs = [(position[u], position[v], float(w if w is not None else 1))
             for u, v, w in graph.edges(data="weight", default=1)]
    # Each undirected edge carries rank both ways.
    source = np.array([p[0] for p in pairs] + [p[1] for p in pairs], dtype=np.int64)
    target = np.array([p[1] for p in pairs] + [p[0] for p in pairs], dtype=np.int64)
    weight = np.array([p[2] for p in pairs] * 2, dtype=float)
    size = len(nodes)
    strength = np.bincount(source, weights=weight, minlength=size)
    dangling = strength == 0
    share = np.divide(weight, strength[source], out=np.zeros_like(weight),
                      where=strength[source] > 0)
    rank = np.full(size, 1.0 / size)
    for _ in range(max_iterations):
        spread = np.bincount(target, weights=rank[source] * share, minlength=size)
        new = damping * (spread + rank[dangling].sum() / size) + (1.0 - damping) / size
        change = np.abs(new - rank).sum()
        rank = new
        if change < tolerance * size:
            break
    return {node: float(rank[i]) for i, node in enumerate(nodes)}


def scores(graph: nx.MultiDiGraph, by: str = "degree") -> dict[str, float]:
    """Every node's score under a ranking: distinct neighbours, PageRank or mentions.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph of a KnowledgeGraph.
    by : {"degree", "pagerank", "mentions"}
        The ranking (see `top`).

    Returns
    -------
    dict
        Node id to score, as floats for every ranking.

    Raises
    ------
    ValueError
        `by` is not one of RANKINGS.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b"), ("b", "a"), ("a", "c")])
    >>> scores(g, "degree")
    {'a': 2.0, 'b': 1.0, 'c': 1.0}
    """
    if by == "degree":
        projection = weighted_projection(graph)
        return {n: float(projection.degree(n)) for n in projection}
    if by == "pagerank":
        return pagerank(weighted_projection(graph))
    if by == "mentions":
        return {n: float(d.get("mentions", 0) or 0) for n, d in graph.nodes(data=True)}
    raise ValueError(f"unknown ranking {by!r}; choose from {', '.join(RANKINGS)}")


def top(graph: nx.MultiDiGraph, n: int = 10, by: str = "degree",
        type: str | None = None) -> list[RankedEntity]:
    """The `n` highest ranked entities.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph of a KnowledgeGraph.
    n : int, default 10
        How many to return.
    by : {"degree", "pagerank", "mentions"}
        "degree" counts distinct neighbours (in either direction); "pagerank" runs PageRank on
        the undirected graph weighted by evidence; "mentions" counts mentions in the articles.
    type : str, optional
        Only rank entities of this type.

    Returns
    -------
    list of RankedEntity
        Highest score first; ties go to the more mentioned entity, then by label.

    Raises
    ------
    ValueError
        `by` is unknown or `n` is below 1.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> for name, mentions in [("Flynn", 5), ("Pence", 2), ("Kislyak", 3)]:
    ...     g.add_node(name, label=name, type="PERSON", mentions=mentions)
    >>> _ = g.add_edge("Flynn", "Pence", weight=1)
    >>> _ = g.add_edge("Flynn", "Kislyak", weight=1)
    >>> [(r.entity.label, r.score) for r in top(g, 2)]
    [('Flynn', 2.0), ('Kislyak', 1.0)]
    >>> [r.entity.label for r in top(g, 3, by="mentions")]
    ['Flynn', 'Kislyak', 'Pence']
    """
    if n < 1:
        raise ValueError("n must be at least 1")
    ranked = scores(graph, by)
    records = [entity_record(graph, node) for node in graph.nodes]
    if type is not None:
        records = [r for r in records if r.type.upper() == type.upper()]
    records.sort(key=lambda r: (-ranked.get(r.id, 0.0), -r.mentions, r.label.casefold(), r.id))
    return [RankedEntity(r, by, ranked.get(r.id, 0.0)) for r in records[:n]]


def communities(graph: nx.MultiDiGraph, min_size: int = 2, seed: int = 0,
                resolution: float = 1.0) -> list[Community]:
    """Groups of entities found by Louvain modularity on the weighted undirected graph.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph of a KnowledgeGraph.
    min_size : int, default 2
        Leave out smaller groups (an entity without edges is a community of one).
    seed : int, default 0
        Louvain visits nodes in random order; a fixed seed gives the same answer every run.
    resolution : float, default 1.0
        Above 1 favours smaller communities, below 1 larger ones.

    Notes
    -----
    networkx's Louvain is pure Python: seconds for a few thousand entities, about a minute for
    20,000 entities and 100,000 edges with no community structure.

    Returns
    -------
    list of Community
        Largest first, then by the first member's label; members by mentions, then label.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> edges = [("a", "b"), ("b", "c"), ("c", "a"), ("x", "y"), ("y", "z"), ("z", "x"), ("c", "x")]
    >>> _ = g.add_edges_from(edges, weight=1)
    >>> g.add_node("alone")
    >>> [[m.id for m in c.members] for c in communities(g)]
    [['a', 'b', 'c'], ['x', 'y', 'z']]
    """
    projection = weighted_projection(graph)
    groups = nx.community.louvain_communities(projection, weight="weight", seed=seed,
                                              resolution=resolution)
    found = []
    for group in groups:
        if len(group) < min_size:
            continue
        members = sorted((entity_record(graph, n) for n in group),
                         key=lambda r: (-r.mentions, r.label.casefold(), r.id))
        found.append(Community(tuple(members)))
    return sorted(found, key=lambda c: (-c.size, c.members[0].label.casefold(), c.members[0].id))


def subgraph_nodes(graph: nx.MultiDiGraph, names: Iterable[str], radius: int = 1) -> set[str]:
    """The named entities and every node within `radius` edges of them, in either direction.

    Examples
    --------
    >>> g = nx.MultiDiGraph([("a", "b"), ("c", "b"), ("c", "d")])
    >>> for n in g:
    ...     g.nodes[n]["label"] = n.upper()
    >>> sorted(subgraph_nodes(g, ["B"])), sorted(subgraph_nodes(g, ["A", "D"], radius=0))
    (['a', 'b', 'c'], ['a', 'd'])

    Raises
    ------
    UnknownName, AmbiguousName
        A name does not lead to exactly one entity.
    ValueError
        `radius` is negative.
    """
    if radius < 0:
        raise ValueError("radius must be 0 or more")
    index = name_index(graph)
    view = graph.to_undirected(as_view=True)
    keep: set[str] = set()
    for name in names:
        centre = find_entity(graph, name, index=index)
        keep |= set(nx.single_source_shortest_path_length(view, centre, cutoff=radius))
    return keep


def subgraph(graph: nx.MultiDiGraph, names: Iterable[str], radius: int = 1) -> nx.MultiDiGraph:
    """A copy of the part of the graph around some entities, with the articles it cites.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph of a KnowledgeGraph.
    names : iterable of str
        Labels, aliases or node ids of the entities at the centre.
    radius : int, default 1
        Keep nodes up to this many edges away (0 keeps only the named entities and their edges).

    Returns
    -------
    networkx.MultiDiGraph
        An independent copy, with the edges among the kept nodes and
        `graph.graph["articles"]` narrowed to the articles its nodes are mentioned in.

    Examples
    --------
    >>> g = nx.MultiDiGraph(articles=[{"id": "d1"}, {"id": "d2"}])
    >>> g.add_node("a", label="A", documents=["d1"])
    >>> g.add_node("b", label="B", documents=["d1"])
    >>> g.add_node("c", label="C", documents=["d2"])
    >>> _ = g.add_edge("a", "b"); _ = g.add_edge("b", "c")
    >>> part = subgraph(g, ["A"])
    >>> sorted(part.nodes), part.graph["articles"]
    (['a', 'b'], [{'id': 'd1'}])
    """
    keep = subgraph_nodes(graph, names, radius)
    part = graph.subgraph(keep).copy()
    cited = {str(doc) for _, docs in part.nodes(data="documents") for doc in (docs or [])}
    part.graph = dict(graph.graph)
    part.graph["articles"] = [dict(a) for a in graph.graph.get("articles", [])
                              if str(a.get("id")) in cited]
    return part
