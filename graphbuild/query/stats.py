"""A summary of a graph: what it holds, how it is connected, which articles it was built from."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from graphbuild.query.structure import RankedEntity, top
from graphbuild.query.timeline import edge_class


@dataclass(frozen=True)
class ArticleInfo:
    """One source article as the graph remembers it."""

    id: str
    title: str | None = None
    date: str | None = None
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "title": self.title, "date": self.date, "url": self.url}


@dataclass(frozen=True)
class GraphStats:
    """Counts of a graph; every mapping is ordered most common first, then by name."""

    nodes: int
    edges: int
    types: dict[str, int]
    predicates: dict[str, int]
    negated: int
    hedged: int
    components: int
    most_connected: tuple[RankedEntity, ...]
    articles: tuple[ArticleInfo, ...]
    classes: dict[str, int] = field(default_factory=dict)   # relations by relation class

    @property
    def date_range(self) -> tuple[str, str] | None:
        """The earliest and latest article dates (ISO strings sort by time), if any are known."""
        dates = sorted(a.date for a in self.articles if a.date)
        return (dates[0], dates[-1]) if dates else None

    def to_dict(self) -> dict[str, Any]:
        date_range = self.date_range
        return {"nodes": self.nodes, "edges": self.edges, "types": dict(self.types),
                "predicates": dict(self.predicates), "classes": dict(self.classes),
                "negated": self.negated,
                "hedged": self.hedged, "components": self.components,
                "most_connected": [r.to_dict() for r in self.most_connected],
                "articles": [a.to_dict() for a in self.articles],
                "date_range": list(date_range) if date_range else None}


def _ordered(counts: Counter) -> dict[str, int]:
    return dict(sorted(counts.items(), key=lambda item: (-item[1], item[0])))


def article_infos(graph: nx.MultiDiGraph) -> list[ArticleInfo]:
    """The articles in `graph.graph["articles"]`, by date (undated last), then id.

    A graph read from GraphML has no graph-level metadata; its articles are then the ids
    its entities cite in `documents`, without title or date.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", documents=["d2", "d1"])
    >>> [a.id for a in article_infos(g)]
    ['d1', 'd2']
    """
    articles = graph.graph.get("articles") or [
        {"id": doc} for doc in sorted({str(d) for _, docs in graph.nodes(data="documents")
                                      for d in (docs or [])})]
    infos = [ArticleInfo(id=str(a.get("id")), title=a.get("title"),
                         date=str(a["date"]) if a.get("date") else None, url=a.get("url"))
             for a in articles]
    return sorted(infos, key=lambda a: (a.date is None, a.date or "", a.id))


def summarize(graph: nx.MultiDiGraph, top_n: int = 10) -> GraphStats:
    """Count a graph's entities by type, edges by predicate, and list its articles.

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        The graph of a KnowledgeGraph.
    top_n : int, default 10
        How many of the most connected entities (by distinct neighbours) to list.

    Returns
    -------
    GraphStats

    Examples
    --------
    >>> g = nx.MultiDiGraph(articles=[{"id": "b", "date": "2017-03-02"}, {"id": "a"},
    ...                               {"id": "c", "date": "2017-02-14"}])
    >>> g.add_node("P:flynn", label="Flynn", type="PERSON", mentions=3)
    >>> g.add_node("P:pence", label="Pence", type="PERSON", mentions=1)
    >>> g.add_node("O:fbi", label="FBI", type="ORG", mentions=1)
    >>> _ = g.add_edge("P:flynn", "P:pence", predicate="tell", negated=True)
    >>> _ = g.add_edge("O:fbi", "P:flynn", predicate="interview")
    >>> stats = summarize(g, top_n=1)
    >>> stats.types, stats.predicates, stats.negated, stats.components
    ({'PERSON': 2, 'ORG': 1}, {'interview': 1, 'tell': 1}, 1, 1)
    >>> stats.classes
    {'communication': 2}
    >>> stats.most_connected[0].entity.label, stats.date_range
    ('Flynn', ('2017-02-14', '2017-03-02'))
    >>> [a.id for a in stats.articles]
    ['c', 'b', 'a']
    """
    edges = list(graph.edges(data=True))
    return GraphStats(
        nodes=graph.number_of_nodes(), edges=len(edges),
        types=_ordered(Counter(str(t or "") for _, t in graph.nodes(data="type"))),
        predicates=_ordered(Counter(str(d.get("predicate", "")) for _, _, d in edges)),
        classes=_ordered(Counter(edge_class(d) for _, _, d in edges)),
        negated=sum(1 for _, _, d in edges if d.get("negated")),
        hedged=sum(1 for _, _, d in edges if d.get("hedged")),
        components=nx.number_weakly_connected_components(graph) if len(graph) else 0,
        most_connected=tuple(top(graph, top_n)) if len(graph) and top_n > 0 else (),
        articles=tuple(article_infos(graph)))
