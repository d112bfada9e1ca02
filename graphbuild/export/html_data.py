"""The data behind the interactive map: which nodes it shows, and their vis-network records.

Everything here is plain data (dicts, lists, strings from the articles left as they are): the
page embeds it as JSON and its script puts strings into the DOM with `textContent` only, so no
string from an article is ever parsed as HTML. The node and edge lists are built directly from
the graph rather than with pyvis's `Network.from_nx`, which is quadratic and rewrites the graph.

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("a", label="Jeff Sessions", type="PERSON", aliases=["Sessions"], mentions=4)
>>> g.add_node("b", label="Sergey Kislyak", type="PERSON", aliases=[], mentions=2)
>>> g.add_node("c", label="Moscow", type="GPE", aliases=[], mentions=1)
>>> _ = g.add_edge("a", "b", key="meet with", predicate="meet with", negated=False,
...                hedged=False, weight=1, evidence=[{"doc": "d1", "sentence": "They met."}])
>>> data = map_data(g, max_nodes=2)
>>> [n["label"] for n in data["nodes"]]
['Jeff Sessions', 'Sergey Kislyak']
>>> data["omitted"]["nodes"], data["omitted"]["names"]
(1, ['Moscow'])
"""
from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from typing import Any

import networkx as nx

from graphbuild.query.names import HONORIFICS, normalize_name

DEFAULT_MAX_NODES = 300  # a 1,000-node page took two minutes to lay out in headless Chromium
MAX_EVIDENCE_PER_EDGE = 5  # the rest is counted on the page; graph.json keeps them all
MAX_LABEL_CHARS = 40
MAX_OMITTED_NAMES = 200
# The search box can say "in the graph but not on this map" for this many left-out entities
# (their names and aliases travel in the page; all 100k of a large graph would add megabytes).
MAX_OMITTED_SEARCHABLE = 5000

# Colour-blind-friendly qualitative palette (Okabe-Ito, plus two greys for the rest).
TYPE_COLORS = {
    "PERSON": "#0072B2", "ORG": "#E69F00", "GPE": "#009E73", "LOC": "#56B4E9",
    "FAC": "#CC79A7", "EVENT": "#D55E00", "NORP": "#F0E442", "PRODUCT": "#8C564B",
    "WORK_OF_ART": "#9467BD", "LAW": "#7F7F7F",
}
OTHER_TYPE_COLOR = "#999999"
TYPE_NAMES = {
    "PERSON": "person", "ORG": "organization", "GPE": "country, city or state",
    "LOC": "place", "FAC": "building or facility", "EVENT": "event", "NORP": "group",
    "PRODUCT": "product", "WORK_OF_ART": "work", "LAW": "law",
}
ASSERTED_EDGE_COLOR = "#6b7280"
NEGATED_EDGE_COLOR = "#c0392b"
HEDGED_EDGE_COLOR = "#b0b0b0"
NEGATED_DASHES = [2, 5]
HEDGED_DASHES = [9, 6]
# Edge colours by relation class (DESIGN.md's taxonomy). A denied relation keeps its red so that
# "not" reads at a glance; red-like hues are left out of this table for that reason.
CLASS_COLORS = {
    "meeting": "#2563eb", "communication": "#0ea5e9", "role": "#7c3aed",
    "membership": "#a21caf", "family": "#65a30d", "location": "#059669", "legal": "#92400e",
    "money": "#d97706", "cooperation": "#0d9488", "conflict": "#db2777", "other": "#6b7280",
}
CLASS_NAMES = {
    "meeting": "met or visited", "communication": "called, wrote, told",
    "role": "holds an office in, works for", "membership": "member of, belongs to",
    "family": "family", "location": "in, based in, from", "legal": "charged, sued, investigated",
    "money": "paid, funded, acquired", "cooperation": "agreed, signed, supported",
    "conflict": "attacked, accused, criticized", "other": "other relations",
}


def type_color(entity_type: str) -> str:
    """The colour of an entity type on the map (unknown types share a grey).

    >>> type_color("PERSON"), type_color("SOMETHING_NEW")
    ('#0072B2', '#999999')
    """
    return TYPE_COLORS.get(entity_type, OTHER_TYPE_COLOR)


def importance(graph: nx.MultiDiGraph) -> dict[Any, tuple[int, int]]:
    """Rank key of each node: (distinct neighbours in either direction, mentions).

    Degree over distinct neighbours, not edges, so that one pair linked by many predicates does
    not outrank a hub; mentions break ties (isolated nodes are ranked by how often they occur).
    A packed graph (`graphbuild.packed_graph`) counts the neighbours itself.

    >>> g = nx.MultiDiGraph([("a", "b"), ("a", "b"), ("c", "a")])
    >>> importance(g)["a"], importance(g)["b"]
    ((2, 0), (1, 0))
    """
    counts = graph.neighbour_counts() if hasattr(graph, "neighbour_counts") else None
    scores = {}
    for node, attrs in graph.nodes(data=True):
        if counts is None:
            neighbours = set(graph.successors(node)) | set(graph.predecessors(node))
            neighbours.discard(node)
            degree = len(neighbours)
        else:
            degree = counts[node]
        scores[node] = (degree, _as_int(attrs.get("mentions", 0)))
    return scores


def rank_nodes(graph: nx.MultiDiGraph, scores: dict[Any, tuple[int, int]] | None = None
               ) -> list[Any]:
    """All nodes, most important first; ties in label order so the page is reproducible.
    `scores`: the graph's `importance`, if already known."""
    scores = importance(graph) if scores is None else scores
    labels = {n: str(attrs.get("label", n)) for n, attrs in graph.nodes(data=True)}
    return sorted(labels, key=lambda n: (-scores[n][0], -scores[n][1], labels[n], str(n)))


def node_size(degree: int, max_degree: int) -> float:
    """Dot radius in pixels: 8 for an isolated node up to 40 for the best connected.

    Square root so that area, not radius, follows degree.

    >>> node_size(0, 10), node_size(10, 10)
    (8.0, 40.0)
    """
    if max_degree <= 0:
        return 8.0
    return round(8.0 + 32.0 * math.sqrt(degree / max_degree), 1)


def short_label(label: str, limit: int = MAX_LABEL_CHARS) -> str:
    """A label short enough to draw on the canvas (the tooltip keeps the whole name).

    >>> short_label("x" * 50, limit=10)
    'xxxxxxxxx…'
    """
    label = " ".join(label.split())
    return label if len(label) <= limit else label[: limit - 1] + "…"


def vis_node(node: Any, attrs: dict[str, Any], degree: int, max_degree: int) -> dict[str, Any]:
    """One node of the page: what vis-network draws plus what the side panel shows."""
    label = str(attrs.get("label") or node)
    entity_type = str(attrs.get("type") or "OTHER")
    size = node_size(degree, max_degree)
    return {
        "id": str(node), "label": label, "shortLabel": short_label(label), "type": entity_type,
        "color": type_color(entity_type), "size": size,
        "fontSize": round(13 + 9 * (size - 8.0) / 32.0),
        "aliases": _strings(attrs.get("aliases")), "titles": _strings(attrs.get("titles")),
        "documents": _strings(attrs.get("documents")),
        "mentions": _as_int(attrs.get("mentions", 0)), "degree": degree,
        **search_keys(label, attrs),
    }


def search_keys(label: str, attrs: dict[str, Any]) -> dict[str, list[str]]:
    """The node's names and titles as the CLI compares them (`query.names.normalize_name`).

    The page's search box normalizes what is typed the same way and compares it with these
    keys, so the map and `graphbuild query` agree on which names lead to an entity.

    >>> search_keys("Jeff Sessions", {"aliases": ["Sessions'"], "titles": ["Attorney General"]})
    {'keys': ['jeff sessions', 'sessions'], 'titleKeys': ['attorney general']}
    """
    names = [label, *_strings(attrs.get("aliases"))]
    keys = [k for k in dict.fromkeys(normalize_name(n) for n in names) if k]
    titles = [k for k in dict.fromkeys(normalize_name(t) for t in _strings(attrs.get("titles")))
              if k]
    return {"keys": keys, "titleKeys": titles}


def edge_label(predicate: str, negated: bool, hedged: bool) -> str:
    """The text drawn on an edge: "not" marks a denial, "?" a conditional or reported claim.

    >>> edge_label("meet with", True, False), edge_label("meet with", False, True)
    ('not meet with', 'meet with?')
    """
    return ("not " if negated else "") + predicate + ("?" if hedged else "")


def vis_edge(index: int, source: Any, target: Any, attrs: dict[str, Any],
             parallel_rank: int) -> dict[str, Any]:
    """One edge of the page; `parallel_rank` > 0 bends it away from its siblings on the pair."""
    predicate = str(attrs.get("predicate") or "related to")
    negated, hedged = bool(attrs.get("negated")), bool(attrs.get("hedged"))
    evidence = [e for e in (attrs.get("evidence") or []) if isinstance(e, dict)]
    weight = max(1, _as_int(attrs.get("weight", len(evidence))))  # a line is at least 1px
    relation_class = str(attrs.get("relation_class") or "")
    class_color = CLASS_COLORS.get(relation_class, CLASS_COLORS["other"]) if relation_class else ""
    if negated:
        color, dashes, status = NEGATED_EDGE_COLOR, NEGATED_DASHES, "negated"
    elif hedged:
        color, dashes, status = class_color or HEDGED_EDGE_COLOR, HEDGED_DASHES, "hedged"
    else:
        color, dashes, status = class_color or ASSERTED_EDGE_COLOR, False, "asserted"
    first, last = edge_dates(attrs, evidence)
    return {
        "id": f"e{index}", "from": str(source), "to": str(target), "predicate": predicate,
        "label": edge_label(predicate, negated, hedged), "status": status,
        "color": color, "dashes": dashes, "width": round(1 + math.log2(weight), 2),
        "curve": round(0.2 * parallel_rank, 2), "weight": weight,
        "cls": relation_class, "first": first, "last": last,
        "evidence": [{"doc": str(e.get("doc", "")), "sentence": str(e.get("sentence", "")),
                      "date": _iso_date(e.get("date"))}
                     for e in evidence[:MAX_EVIDENCE_PER_EDGE]],
        # GraphML keeps only the first sentence and the count of the others
        "evidenceTotal": max(len(evidence), _as_int(attrs.get("evidence_count", 0))),
    }


def edge_dates(attrs: dict[str, Any], evidence: list[dict[str, Any]]) -> tuple[str, str]:
    """(first_seen, last_seen) of an edge as ISO dates, "" when unknown.

    The edge's own attributes win; an edge without them (an older graph) takes the range of its
    evidence dates.

    >>> edge_dates({}, [{"date": "2017-03-02"}, {"date": "2016-07-01"}, {}])
    ('2016-07-01', '2017-03-02')
    >>> edge_dates({"first_seen": "2017-01-05"}, [])
    ('2017-01-05', '2017-01-05')
    """
    dates = sorted(d for d in (_iso_date(e.get("date")) for e in evidence) if d)
    first = _iso_date(attrs.get("first_seen")) or (dates[0] if dates else "")
    last = _iso_date(attrs.get("last_seen")) or (dates[-1] if dates else "") or first
    return first, last or ""


def _iso_date(value: Any) -> str:
    """The YYYY-MM-DD part of a date or datetime string; "" for anything else.

    >>> _iso_date("2017-03-02T10:00:00"), _iso_date("March 2"), _iso_date(None)
    ('2017-03-02', '', '')
    """
    text = str(value or "")[:10]
    return text if len(text) == 10 and text[4] == "-" and text[7] == "-" and (
        text[:4] + text[5:7] + text[8:]).isdigit() else ""


def article_index(articles: Iterable[dict[str, Any]]) -> dict[str, dict[str, str]]:
    """Article id -> {title, url, date} for evidence citations (links only for http(s) URLs).

    >>> article_index([{"id": "a1", "title": "T", "url": "javascript:alert(1)"}])
    {'a1': {'title': 'T', 'url': '', 'date': ''}}
    """
    index = {}
    for article in articles:
        url = str(article.get("url") or "")
        safe_url = url if url.lower().startswith(("http://", "https://")) else ""
        title = article.get("title") or article.get("headline") or article.get("id")
        index[str(article.get("id"))] = {"title": " ".join(str(title).split()),
                                         "url": safe_url, "date": _iso_date(article.get("date"))}
    return index


def map_data(graph: nx.MultiDiGraph, max_nodes: int | None = None) -> dict[str, Any]:
    """Everything the page needs: the kept nodes and edges, legend, articles and what was left out.

    At most `max_nodes` nodes (default DEFAULT_MAX_NODES), the best connected; the graph itself
    is only read, never changed.
    """
    max_nodes = DEFAULT_MAX_NODES if max_nodes is None else max_nodes
    if max_nodes < 1:
        raise ValueError("max_nodes must be at least 1")
    scores = importance(graph)
    ranked = rank_nodes(graph, scores)
    kept, left_out = ranked[:max_nodes], ranked[max_nodes:]
    kept_set = set(kept)
    # One walk over the nodes for what the page shows of them (a packed graph has no
    # `graph.nodes[n]`): the kept ones whole, the left-out ones' types, names and aliases.
    wanted = kept_set | set(left_out[:MAX_OMITTED_SEARCHABLE])
    shown: dict[Any, dict[str, Any]] = {}
    left_out_types: Counter = Counter()
    for n, attrs in graph.nodes(data=True):
        if n in wanted:
            shown[n] = attrs if n in kept_set else \
                {k: attrs[k] for k in ("label", "aliases") if k in attrs}
        if n not in kept_set:
            left_out_types[str(attrs.get("type") or "OTHER")] += 1
    max_degree = max((scores[n][0] for n in kept), default=0)
    nodes = [vis_node(n, shown[n], scores[n][0], max_degree) for n in kept]
    edges, pair_counts = [], Counter()
    kept_edges = [(u, v, d) for u, v, d in graph.edges(data=True) if u in kept_set and v in kept_set]
    for index, (u, v, attrs) in enumerate(kept_edges):
        pair = frozenset((str(u), str(v)))
        edges.append(vis_edge(index, u, v, attrs, pair_counts[pair]))
        pair_counts[pair] += 1
    type_counts = Counter(n["type"] for n in nodes)
    return {
        "nodes": nodes, "edges": edges,
        "types": [{"type": t, "name": TYPE_NAMES.get(t, t.lower()), "color": type_color(t),
                   "count": c} for t, c in sorted(type_counts.items(), key=lambda i: (-i[1], i[0]))],
        "edgeStyles": {"asserted": {"color": ASSERTED_EDGE_COLOR, "dashes": False},
                       "negated": {"color": NEGATED_EDGE_COLOR, "dashes": NEGATED_DASHES},
                       "hedged": {"color": HEDGED_EDGE_COLOR, "dashes": HEDGED_DASHES}},
        "classes": class_legend(edges),
        "dates": date_range(edges),
        "honorifics": sorted(HONORIFICS),
        "articles": article_index(graph.graph.get("articles", [])),
        "totals": {"nodes": graph.number_of_nodes(), "edges": graph.number_of_edges()},
        "omitted": {"nodes": len(left_out), "edges": graph.number_of_edges() - len(kept_edges),
                    "maxNodes": max_nodes, "byType": dict(sorted(left_out_types.items())),
                    "names": [str(shown[n].get("label") or n)
                              for n in left_out[:MAX_OMITTED_NAMES]],
                    "aliases": _omitted_aliases(shown, left_out[:MAX_OMITTED_SEARCHABLE])},
    }


def class_legend(edges: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The relation classes on the map with colour and count, in the taxonomy's order;
    empty when no edge has a class (a graph built before classes existed).

    >>> class_legend([{"cls": "legal"}, {"cls": "meeting"}, {"cls": "legal"}])[0]
    {'cls': 'meeting', 'name': 'met or visited', 'color': '#2563eb', 'count': 1}
    >>> class_legend([{"cls": ""}])
    []
    """
    counts = Counter(e["cls"] for e in edges if e["cls"])
    order = {c: i for i, c in enumerate(CLASS_COLORS)}
    ranked = sorted(counts.items(), key=lambda item: (order.get(item[0], len(order)), item[0]))
    return [{"cls": c, "name": CLASS_NAMES.get(c, c),
             "color": CLASS_COLORS.get(c, CLASS_COLORS["other"]), "count": n} for c, n in ranked]


def date_range(edges: list[dict[str, Any]]) -> dict[str, Any] | None:
    """{"min", "max", "dated", "undated"} over the map's edge dates, or None when none is dated
    (the page then shows no time slider).

    >>> date_range([{"first": "2016-07-01", "last": "2017-03-02"}, {"first": "", "last": ""}])
    {'min': '2016-07-01', 'max': '2017-03-02', 'dated': 1, 'undated': 1}
    """
    dated = [e for e in edges if e["first"]]
    if not dated:
        return None
    return {"min": min(e["first"] for e in dated), "max": max(e["last"] for e in dated),
            "dated": len(dated), "undated": len(edges) - len(dated)}


def _omitted_aliases(shown: dict[Any, dict[str, Any]], left_out: list[Any]) -> dict[str, str]:
    """Normalized name or alias -> label of a left-out entity, so search can say it is missing
    (`shown`: node -> its attributes, at least label and aliases)."""
    names: dict[str, str] = {}
    for node in left_out:
        label = str(shown[node].get("label") or node)
        for name in [label, *_strings(shown[node].get("aliases"))]:
            names.setdefault(normalize_name(name), label)
    return names


def _strings(value: Any) -> list[str]:
    """A list attribute as strings (GraphML-loaded graphs may hold "a; b" instead of a list)."""
    if value is None:
        return []
    if isinstance(value, str):
        return [v for v in value.split("; ") if v]
    return [str(v) for v in value]


def _as_int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return 0
