"""Assemble resolved entities and relations into a networkx `MultiDiGraph`.

The graph follows the data contract in the README: nodes carry `label`, `type`, `aliases`,
`mentions`, `documents`, `titles`; edges carry `predicate`, `negated`, `hedged`, `weight`,
`evidence` and `documents`. One edge per (subject, object, predicate, negated, hedged).
Each edge also gets its `relation_class` (`knowledge.relation_classes`), each evidence sentence
the date it speaks of (`ingest.timex`), and edges and nodes `first_seen`/`last_seen` over those
dates (nodes also over the dates of the articles that mention them).
"""
from __future__ import annotations

from collections.abc import Iterable
from os import PathLike
from typing import TYPE_CHECKING, Any

import networkx as nx

from graphbuild.ingest.timex import sentence_date
from graphbuild.knowledge.relation_classes import relation_class
from graphbuild.records import DocExtraction, PackedExtraction
from graphbuild.resolve.memos import EVIDENCE_MEMOS, NAME_MEMOS, drop_memos
from graphbuild.resolve.corpus import Entity, Relation
from graphbuild.resolve.merge import resolve_entities
from graphbuild.export.files import FORMATS
from graphbuild.pipeline.evidence import (DEFAULT_PER_EDGE, EdgeSummary, EvidenceWriter,
                                          evidence_items, read_evidence, summarize_relations)
from graphbuild.pipeline.compact import Shared
from graphbuild.packed_graph import PackedGraph

if TYPE_CHECKING:  # the query modules are imported when first asked, to keep `import` light
    from graphbuild.query.names import EntityRecord
    from graphbuild.query.paths import Path
    from graphbuild.query.neighbors import Neighbor, RelationRecord
    from graphbuild.query.stats import GraphStats
    from graphbuild.query.structure import Community, RankedEntity
    from graphbuild.query.timeline import TimelineEntry


def edge_key(predicate: str, negated: bool, hedged: bool) -> str:
    """The key of an edge among the parallel edges between two nodes."""
    flags = ("|negated" if negated else "") + ("|hedged" if hedged else "")
    return predicate + flags


def node_attributes(entity: Entity) -> dict[str, Any]:
    attrs: dict[str, Any] = {
        "label": entity.label, "type": entity.type, "aliases": list(entity.aliases),
        "mentions": entity.mentions, "documents": list(entity.documents),
        "titles": list(entity.titles), "merges": [m.to_dict() for m in entity.merges],
    }
    for name, values in sorted(entity.attributes.items()):
        attrs[name] = list(values)
    return attrs


def edge_attributes(relation: Relation, article_dates: dict[str, str] | None = None,
                    event: str = "") -> dict[str, Any]:
    """An edge's attributes; `article_dates` (article id -> ISO date) dates its evidence, and
    `event` is the name of the EVENT the edge points to, if it does (it helps class the edge)."""
    article_dates = article_dates or {}
    evidence = sorted((e.to_dict() for e in relation.evidence),
                      key=lambda e: (e["doc"], e["start"], e["end"]))
    unique = [e for i, e in enumerate(evidence) if i == 0 or e != evidence[i - 1]]
    for item in unique:
        when = sentence_date(item["sentence"], article_dates.get(item["doc"]))
        if when:
            item["date"] = when
    kinds = list(relation.kinds)
    attrs = {"predicate": relation.predicate, "negated": relation.negated,
             "hedged": relation.hedged, "weight": len(unique), "evidence": unique,
             "documents": relation.documents, "kinds": kinds,
             "relation_class": relation_class(relation.predicate, kinds, event)}
    attrs.update(seen_range(e.get("date") for e in unique))
    return attrs


def summary_attributes(edge: EdgeSummary, event: str = "",
                       shared: Shared | None = None) -> dict[str, Any]:
    """The attributes of a streamed edge (`pipeline.evidence`): those of `edge_attributes`, the
    evidence cut to its first sentences, and `evidence_count` (all of them) when it was cut.
    `shared` holds equal values once across the graph (`pipeline.compact`)."""
    shared = shared or Shared()
    attrs = {"predicate": edge.predicate, "negated": edge.negated, "hedged": edge.hedged,
             "weight": edge.total, "evidence": evidence_items(edge), "documents": edge.documents,
             "kinds": shared.kinds(edge.kinds),
             "relation_class": relation_class(edge.predicate, edge.kinds, event)}
    if edge.total > len(edge.evidence):
        attrs["evidence_count"] = edge.total
    attrs.update(seen_range([edge.first, edge.last]))
    return attrs


def seen_range(dates: Iterable[str | None]) -> dict[str, str]:
    """`first_seen` and `last_seen` over ISO dates (empty when there is none).

    >>> seen_range(["2017-03-02", None, "2016-07-01"])
    {'first_seen': '2016-07-01', 'last_seen': '2017-03-02'}
    >>> seen_range([None])
    {}
    """
    known = sorted(d for d in dates if d)
    return {"first_seen": known[0], "last_seen": known[-1]} if known else {}


def _date_nodes(graph: nx.MultiDiGraph, article_dates: dict[str, str]) -> None:
    """A node is seen over the dates of its edges and of the articles that mention it."""
    for node, data in graph.nodes(data=True):
        dates = [article_dates.get(str(d)) for d in data.get("documents", [])]
        for _, _, edge in graph.in_edges(node, data=True):
            dates += [edge.get("first_seen"), edge.get("last_seen")]
        for _, _, edge in graph.out_edges(node, data=True):
            dates += [edge.get("first_seen"), edge.get("last_seen")]
        data.update(seen_range(dates))


def assemble(entities: Iterable[Entity], relations: Iterable[Relation | EdgeSummary],
             articles: Iterable[dict[str, Any]] = (), consume: bool = False) -> nx.MultiDiGraph:
    """Build the graph: nodes sorted by id, edges sorted by (subject, object, key). The edges are
    `Relation`s (all their evidence) or the `EdgeSummary`s of a streamed build. `consume`:
    `entities` and `relations` are lists this call may empty, each item let go once it is in
    the graph (so they and the graph are not held whole at once)."""
    graph = nx.MultiDiGraph()
    graph.graph["articles"] = sorted((dict(a) for a in articles), key=lambda a: str(a["id"]))
    dates = {str(a["id"]): str(a["date"]) for a in graph.graph["articles"] if a.get("date")}
    events: dict[str, str] = {}
    shared = Shared()
    for entity in in_sorted_order(entities, lambda e: e.id, consume):
        graph.add_node(entity.id, **node_attributes(entity))
        if entity.type == "EVENT":
            events[entity.id] = entity.label
    for rel in in_sorted_order(relations, lambda r: (r.subject, r.object,
                                                     edge_key(r.predicate, r.negated, r.hedged)),
                               consume):
        event = events.get(rel.object, "")
        graph.add_edge(rel.subject, rel.object, key=edge_key(rel.predicate, rel.negated, rel.hedged),
                       **(summary_attributes(rel, event, shared) if isinstance(rel, EdgeSummary)
                          else edge_attributes(rel, dates, event)))
    _date_nodes(graph, dates)
    return graph


def in_sorted_order(items: Iterable[Any], key, consume: bool) -> Iterable[Any]:
    """`sorted(items, key=key)`; with `consume`, `items` (a list) is sorted in place and each
    item removed from it as it is handed out."""
    if not consume:
        yield from sorted(items, key=key)
        return
    items.sort(key=key)
    items.reverse()  # equal keys keep their order: popped from the end
    while items:
        yield items.pop()


def graph_from_extractions(extractions: Iterable[DocExtraction | PackedExtraction], rules=None,
                           per_edge: int | None = DEFAULT_PER_EDGE,
                           evidence: EvidenceWriter | None = None) -> nx.MultiDiGraph:
    """Resolve extractions across articles and assemble the graph.

    `rules` (`graphbuild.resolve.aliases.AliasRules`, from an aliases file) joins or keeps apart names.
    Each edge keeps its first `per_edge` evidence sentences (None: all) and `evidence`, if given,
    receives all of them. `extractions` may be a `pipeline.spill.Spill`: it is then streamed
    from disk in article id order, twice, instead of being held. (A build packs the graph
    instead: `pipeline.packing.packed_from_extractions`.)
    """
    return assemble(*merge_parts(extractions, rules, per_edge, evidence), consume=True)


def merge_parts(extractions: Iterable[DocExtraction | PackedExtraction], rules=None,
                per_edge: int | None = DEFAULT_PER_EDGE, evidence: EvidenceWriter | None = None,
                hold=None) -> tuple[Any, list[EdgeSummary], list[dict[str, Any]]]:
    """The entities, edges and article metadata of `graph_from_extractions`' graph; `hold`, if
    given, is called with the entities before the edges are summarized, and what it returns
    stands for them (the build packs them: `pipeline.packing.node_rows`)."""
    by_id = getattr(extractions, "by_id", None)
    ordered = by_id() if by_id else sorted(extractions, key=lambda x: x.doc_id)
    entities, ids = resolve_entities(by_id or ordered, rules)  # by_id: read twice, not held
    # the merge's memos are worth keeping only while it runs: each step empties its own
    # before the next one allocates (the space is reused instead of added to)
    drop_memos(NAME_MEMOS)
    held = hold(entities) if hold else entities
    del entities
    relations = summarize_relations(by_id() if by_id else ordered, ids, per_edge, evidence)
    drop_memos(EVIDENCE_MEMOS)
    del ids
    articles = [{k: v for k, v in x.article.items() if v is not None}
                for x in (by_id() if by_id else ordered)]
    return held, relations, articles


class KnowledgeGraph:
    """A knowledge graph of entities and relations; `.graph` is the networkx MultiDiGraph.

    >>> kg = KnowledgeGraph()
    >>> kg.graph.number_of_nodes()
    0
    """

    def __init__(self, graph: nx.MultiDiGraph | PackedGraph | None = None,
                 evidence_store: str | PathLike | None = None) -> None:
        # A build's graph comes packed (`packed_graph`): its files are written from that, and
        # the networkx graph is made only when `graph` is first read.
        self._graph = graph if graph is not None else nx.MultiDiGraph()
        # the SQLite file with every evidence sentence of the graph's edges (None: the graph's
        # own `evidence` lists are all there is); see `graphbuild.pipeline.evidence`
        self.evidence_store = evidence_store

    @property
    def graph(self) -> nx.MultiDiGraph:
        """The networkx MultiDiGraph (made from the packed graph on first use)."""
        if isinstance(self._graph, PackedGraph):
            packed = self._graph
            self._graph = packed.materialize()
            packed.close()
        return self._graph

    @graph.setter
    def graph(self, graph: nx.MultiDiGraph) -> None:
        self._graph = graph

    def __getstate__(self) -> dict[str, Any]:
        # pickle and deepcopy take the networkx graph (a packed one is an open scratch file)
        return {**self.__dict__, "_graph": self.graph}

    @property
    def view(self) -> nx.MultiDiGraph | PackedGraph:
        """What the writers read: the networkx graph, or the packed one while nobody has asked
        for `graph` (both offer `nodes(data=True)`, `edges(keys=True, data=True)`, `graph`,
        `number_of_nodes()`, `number_of_edges()`)."""
        return self._graph

    def __repr__(self) -> str:
        return (f"<KnowledgeGraph: {self.view.number_of_nodes()} nodes, "
                f"{self.view.number_of_edges()} edges, {len(self.articles)} articles>")

    @property
    def articles(self) -> list[dict[str, Any]]:
        """Metadata of the articles the graph was built from."""
        return list(self.view.graph.get("articles", []))

    # -- questions (the graphbuild.query modules hold the work and the docs) ---------------------
    def entity(self, name: str, type: str | None = None) -> EntityRecord:
        """The EntityRecord named `name` (label, alias or node id, case-insensitive).

        Raises UnknownName (with close matches) or AmbiguousName (with the candidates).

        >>> g = nx.MultiDiGraph()
        >>> g.add_node("PERSON:jeff-sessions", label="Jeff Sessions", type="PERSON",
        ...            aliases=["Sessions"])
        >>> KnowledgeGraph(g).entity("the Sessions'").id
        'PERSON:jeff-sessions'
        """
        from graphbuild.query.names import entity_record, find_entity
        return entity_record(self.graph, find_entity(self.graph, name, type))

    def explain(self, name: str, type: str | None = None):
        """Why the entity named `name` has its aliases: each one's rule and article.

        Returns a `graphbuild.resolve.explain.Explanation` (print it, or `.to_dict()`); raises
        UnknownName or AmbiguousName as `entity` does.
        """
        from graphbuild.resolve.explain import explain
        return explain(self.graph, name, type)

    def neighbors(self, name: str, type: str | None = None,
                  predicate: str | None = None, cls: str | None = None) -> list[Neighbor]:
        """Entities joined to `name` in either direction, with the edges (of relation class
        `cls`, if given); see `query.neighbors`."""
        from graphbuild.query.neighbors import neighbors
        return neighbors(self.graph, name, type=type, predicate=predicate, cls=cls)

    def connections(self, a: str, b: str, max_hops: int = 3, limit: int = 10,
                    cls: str | None = None) -> list[Path]:
        """Paths between two entities, shortest first, over edges of class `cls` if given;
        see `paths.connections`."""
        from graphbuild.query.paths import connections
        from graphbuild.query.timeline import cut
        graph = cut(self.graph, cls=cls) if cls else self.graph
        return connections(graph, a, b, max_hops=max_hops, limit=limit)

    def relations(self, subject: str | None = None, predicate: str | None = None,
                  object: str | None = None, cls: str | None = None) -> list[RelationRecord]:
        """Edges matching subject / predicate / object / relation class; see `query.relations`.

        >>> kg = KnowledgeGraph(nx.MultiDiGraph())
        >>> _ = kg.graph.add_edge("a", "b", predicate="sue", relation_class="legal")
        >>> [r.predicate for r in kg.relations(cls="legal")], kg.relations(cls="money")
        (['sue'], [])
        """
        from graphbuild.query.neighbors import relations
        return relations(self.graph, subject=subject, predicate=predicate, object=object, cls=cls)

    def evidence(self, name: str, other: str | None = None, predicate: str | None = None
                 ) -> list[dict[str, Any]]:
        """Every evidence sentence of the edges of `name` (to and from `other`, if given; of
        `predicate`, if given), by edge and article order: each a dict of subject, object,
        predicate, negated, hedged, doc, sentence, start, end and date (when known). The graph
        keeps only the first sentences of an edge; these come from its evidence store.

        >>> g = nx.MultiDiGraph()
        >>> for n in ("a", "b"):
        ...     g.add_node(n, label=n.upper(), type="PERSON")
        >>> _ = g.add_edge("a", "b", key="meet", predicate="meet",
        ...                evidence=[{"doc": "d1", "sentence": "A met B.", "start": 0, "end": 8}])
        >>> [e["sentence"] for e in KnowledgeGraph(g).evidence("A", "B")]
        ['A met B.']
        """
        from graphbuild.query.names import find_entity
        node = find_entity(self.graph, name)
        others = {find_entity(self.graph, other)} if other is not None else None
        found: list[dict[str, Any]] = []
        pairs = sorted({(u, v) for u, v in [*self.graph.out_edges(node), *self.graph.in_edges(node)]
                        if others is None or (v if u == node else u) in others})
        for u, v in pairs:
            if self.evidence_store is not None:
                items = read_evidence(self.evidence_store, u, v)
            else:
                items = ({"subject": u, "object": v, "predicate": d.get("predicate"),
                          "negated": bool(d.get("negated")), "hedged": bool(d.get("hedged")),
                          **e} for _, d in sorted(self.graph[u][v].items())
                         for e in d.get("evidence") or [] if isinstance(e, dict))
            found += [e for e in items if predicate is None or e["predicate"] == predicate]
        return found

    def timeline(self, name: str, cls: str | None = None, since: str | None = None,
                 until: str | None = None) -> list[TimelineEntry]:
        """The entity's relations in date order, one entry per evidence sentence (date, class,
        other party, sentence), all of them (from the evidence store when the graph cut some
        edge's); see `query.timeline`."""
        from graphbuild.query.timeline import timeline
        graph = self.graph
        if self.evidence_store is not None:  # the edges' sentences the graph cut, back
            from graphbuild.pipeline.evidence import around_with_all_evidence
            from graphbuild.query.names import find_entity
            name = find_entity(self.graph, name)
            graph = around_with_all_evidence(self.graph, self.evidence_store, name)
        return timeline(graph, name, cls=cls, since=since, until=until)

    def top(self, n: int = 10, by: str = "degree",
            type: str | None = None) -> list[RankedEntity]:
        """The `n` highest ranked entities by degree, pagerank or mentions; see `structure.top`."""
        from graphbuild.query.structure import top
        return top(self.graph, n, by=by, type=type)

    def subgraph(self, names: str | Iterable[str] | None = None, radius: int = 1,
                 since: str | None = None, until: str | None = None,
                 cls: str | None = None) -> KnowledgeGraph:
        """The part within `radius` edges of some entities (all, if no names), cut to the
        evidence dated from `since` to `until` (ISO dates, inclusive) and to the edges of
        relation class `cls`, as a new KnowledgeGraph; see `structure.subgraph`, `timeline.cut`.
        """
        from graphbuild.query.structure import subgraph
        from graphbuild.query.timeline import cut
        graph = self.graph
        if since is not None or until is not None or cls is not None:
            graph = cut(graph, cls=cls, since=since, until=until)
        if names is not None:
            graph = subgraph(graph, [names] if isinstance(names, str) else names, radius=radius)
        elif graph is self.graph:
            graph = graph.copy()
        return KnowledgeGraph(graph)

    def communities(self, min_size: int = 2, seed: int = 0,
                    resolution: float = 1.0) -> list[Community]:
        """Louvain communities, largest first (deterministic); see `structure.communities`."""
        from graphbuild.query.structure import communities
        return communities(self.graph, min_size=min_size, seed=seed, resolution=resolution)

    def stats(self, top_n: int = 10) -> GraphStats:
        """Counts by type and predicate, most connected entities, articles; see `stats.summarize`."""
        from graphbuild.query.stats import summarize
        return summarize(self.graph, top_n=top_n)

    # -- writing -----------------------------------------------------------------------------
    def write_json(self, path) -> None:
        from graphbuild.export import write_json
        write_json(self.view, path)

    def write_graphml(self, path) -> None:
        from graphbuild.export import write_graphml
        write_graphml(self.view, path)

    def write_html(self, path, max_nodes: int | None = None, title: str | None = None) -> None:
        """Write the interactive map: one offline HTML page (the `max_nodes` best connected)."""
        from graphbuild.export.html import write_html
        write_html(self.view, path, max_nodes=max_nodes, title=title)

    def write_gexf(self, path) -> None:
        """Write GEXF for Gephi, with the map's colours and sizes in the viz namespace."""
        from graphbuild.export.gexf import write_gexf
        write_gexf(self.view, path)

    def write_csv(self, path) -> list:
        """Write `<stem>.nodes.csv` and `<stem>.edges.csv` beside `path`; returns both paths."""
        from graphbuild.export.csvfiles import write_csv
        return write_csv(self.view, path)

    def _repr_html_(self) -> str:
        """Jupyter shows a KnowledgeGraph as its interactive map."""
        from graphbuild.export.html import notebook_html
        return notebook_html(self.graph)

    def save(self, folder, formats=FORMATS, max_nodes: int | None = None
             ) -> list:
        """Write `graph.<format>` files into a folder; returns the paths written."""
        from graphbuild.export.files import save
        return save(self, folder, formats, max_nodes=max_nodes)
