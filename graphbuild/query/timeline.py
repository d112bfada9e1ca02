"""Relations by class and by date: an entity's timeline, and the graph cut to a class or a period.

Every edge has a `relation_class` and every evidence sentence the `date` it speaks of (see
`graphbuild.graph`). A graph written before classes existed, or read from a file that dropped
them, is classed here from its predicates, so the questions work on any graph.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import networkx as nx

from graphbuild.knowledge.relation_classes import CLASSES, edge_class
from graphbuild.query.names import EntityRecord, entity_record, find_entity


def check_class(cls: str | None) -> str | None:
    """`cls` in lower case, or ValueError naming the classes."""
    if cls is None:
        return None
    if cls.lower() not in CLASSES:
        raise ValueError(f"unknown relation class {cls!r} (classes: {', '.join(CLASSES)})")
    return cls.lower()


def _in_range(day: str | None, since: str | None, until: str | None) -> bool:
    if not day:
        return False
    return (since is None or day[:10] >= since) and (until is None or day[:10] <= until)


def _evidence(data: dict[str, Any]) -> list[dict[str, Any]]:
    value = data.get("evidence") or []
    if isinstance(value, str):  # a GraphML file keeps the first sentence only
        return [{"sentence": value, "date": data.get("first_seen")}]
    return [dict(e) for e in value]


def cut(graph: nx.MultiDiGraph, cls: str | None = None, since: str | None = None,
        until: str | None = None) -> nx.MultiDiGraph:
    """A copy of the graph with only the edges of one class and of one period.

    Parameters
    ----------
    cls : str, optional
        Keep edges of this relation class ("legal").
    since, until : str, optional
        ISO dates (inclusive): keep the evidence sentences dated in the period, and the edges
        that keep at least one (their `weight`, `first_seen` and `last_seen` recounted); an
        undated edge is dropped. Entities left with no edge, and articles no kept sentence comes
        from, are dropped too, when a date is given.

    Examples
    --------
    >>> g = nx.MultiDiGraph(articles=[])
    >>> _ = g.add_edge("a", "b", predicate="sue", evidence=[
    ...     {"sentence": "A sued B.", "date": "2016-05-01"},
    ...     {"sentence": "A sued B again.", "date": "2017-02-01"}])
    >>> _ = g.add_edge("a", "c", predicate="meet", evidence=[{"sentence": "x", "date": "2016-01-01"}])
    >>> part = cut(g, since="2017-01-01")
    >>> [(u, v, d["weight"], d["first_seen"]) for u, v, d in part.edges(data=True)]
    [('a', 'b', 1, '2017-02-01')]
    >>> sorted(cut(g, cls="meeting").edges())
    [('a', 'c')]
    """
    cls = check_class(cls)
    dated = since is not None or until is not None
    part = nx.MultiDiGraph()
    part.graph.update(graph.graph)
    part.add_nodes_from(graph.nodes(data=True))
    for u, v, key, data in graph.edges(keys=True, data=True):
        if cls is not None and edge_class(data) != cls:
            continue
        data = dict(data)
        if dated:
            evidence = [e for e in _evidence(data) if _in_range(e.get("date"), since, until)]
            if not evidence:
                continue
            days = sorted(e["date"] for e in evidence)
            if not isinstance(data.get("evidence"), str):
                data["evidence"], data["weight"] = evidence, len(evidence)
            data["first_seen"], data["last_seen"] = days[0], days[-1]
        part.add_edge(u, v, key=key, **data)
    if dated:
        part.remove_nodes_from([n for n in list(part) if part.degree(n) == 0])
        cited = {str(e.get("doc")) for _, _, d in part.edges(data=True) for e in _evidence(d)}
        part.graph["articles"] = [a for a in graph.graph.get("articles", [])
                                  if str(a.get("id")) in cited]
    return part


@dataclass(frozen=True)
class TimelineEntry:
    """One dated statement about an entity: the date, the class, what was said, with whom."""

    date: str | None
    relation_class: str
    predicate: str
    direction: str          # "out": the entity is the subject
    other: EntityRecord
    sentence: str
    doc: str | None
    negated: bool
    hedged: bool

    def to_dict(self) -> dict[str, Any]:
        return {"date": self.date, "relation_class": self.relation_class,
                "predicate": self.predicate, "direction": self.direction,
                "other": {"id": self.other.id, "label": self.other.label,
                          "type": self.other.type},
                "sentence": self.sentence, "doc": self.doc, "negated": self.negated,
                "hedged": self.hedged}


def timeline(graph: nx.MultiDiGraph, name: str, cls: str | None = None,
             since: str | None = None, until: str | None = None) -> list[TimelineEntry]:
    """An entity's relations in date order, one entry per evidence sentence.

    Parameters
    ----------
    name : str
        A label, alias or node id.
    cls, since, until : str, optional
        Only this relation class; only sentences dated in this period (ISO dates, inclusive).

    Returns
    -------
    list of TimelineEntry
        By date (undated last), then by the other party's label.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("s", label="Jeff Sessions", type="PERSON", aliases=["Sessions"])
    >>> g.add_node("k", label="Sergey Kislyak", type="PERSON")
    >>> _ = g.add_edge("s", "k", predicate="meet with", relation_class="meeting", evidence=[
    ...     {"doc": "d", "sentence": "They met in September.", "date": "2016-09-01"},
    ...     {"doc": "d", "sentence": "They met in July.", "date": "2016-07-01"}])
    >>> [(e.date, e.relation_class, e.other.label) for e in timeline(g, "Sessions")]
    [('2016-07-01', 'meeting', 'Sergey Kislyak'), ('2016-09-01', 'meeting', 'Sergey Kislyak')]
    """
    node = find_entity(graph, name)
    if cls is not None or since is not None or until is not None:
        graph = cut(graph, cls=cls, since=since, until=until)
        if node not in graph:
            return []
    entries = []
    edges = [(v, "out", d) for _, v, d in graph.out_edges(node, data=True)] + \
            [(u, "in", d) for u, _, d in graph.in_edges(node, data=True) if u != node]
    for other, direction, data in edges:
        record = entity_record(graph, other)
        for item in _evidence(data):
            entries.append(TimelineEntry(
                date=item.get("date") or None, relation_class=edge_class(data),
                predicate=str(data.get("predicate", "")), direction=direction, other=record,
                sentence=str(item.get("sentence", "")), doc=item.get("doc"),
                negated=bool(data.get("negated")), hedged=bool(data.get("hedged"))))
    return sorted(entries, key=lambda e: (e.date is None, e.date or "",
                                          e.other.label.casefold(), e.predicate, e.sentence))
