"""GEXF 1.2 for Gephi: the map's colours and sizes in the viz namespace, scalar attributes only.

Gephi shows a GEXF file with the colour (`viz:color`) and size (`viz:size`) written in it, so the
graph looks like the HTML map without restyling: nodes coloured by type, sized by the number of
entities they are connected to; negated edges red and hedged edges grey, thickness by the number
of supporting sentences. Attributes are flattened the way the GraphML exporter does it (lists
joined with "; ", evidence as its first sentence plus a count); every attribute has one declared
type; XML-illegal control characters are removed, so the file parses for any input. Edges are
numbered e0, e1, ... and carry their label ("not meet with", "meet with?") as `kind`, which Gephi
reads to keep parallel edges of one pair apart (it merges edges of one pair and one kind); `kind`
is declared by GEXF 1.3, and 1.2 readers such as networkx ignore it.

>>> import networkx as nx, tempfile, pathlib
>>> g = nx.MultiDiGraph()
>>> g.add_node("p1", label="Jeff Sessions", type="PERSON", aliases=["Sessions", "AG"])
>>> g.add_node("o1", label="Senate", type="ORG", aliases=[])
>>> _ = g.add_edge("p1", "o1", key="serve in", predicate="serve in", negated=False,
...                hedged=False, weight=2, evidence=[{"doc": "a", "sentence": "He served."}])
>>> path = pathlib.Path(tempfile.mkdtemp()) / "graph.gexf"
>>> write_gexf(g, path)
>>> back = nx.read_gexf(path)
>>> back.nodes["p1"]["label"], back.nodes["p1"]["aliases"], back.nodes["p1"]["viz"]["color"]
('Jeff Sessions', 'Sessions; AG', {'r': 0, 'g': 114, 'b': 178, 'a': 1.0})
"""
from __future__ import annotations

import math
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any
from xml.sax.saxutils import quoteattr

import networkx as nx

from .atomic import atomic_write
from .graphml import clean_xml_text, flatten_value, widest_types
from .html_data import (ASSERTED_EDGE_COLOR, HEDGED_EDGE_COLOR, NEGATED_EDGE_COLOR, edge_label,
                        importance, node_size, type_color)

GEXF_NAMESPACE = "http://www.gexf.net/1.2draft"
VIZ_NAMESPACE = "http://www.gexf.net/1.2draft/viz"
# Written on the <node>/<edge> element itself, not as attribute values.
NODE_ELEMENT_ATTRIBUTES = {"label", "viz"}
EDGE_ELEMENT_ATTRIBUTES = {"label", "weight", "viz", "id", "start", "end"}
_GEXF_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def hex_to_rgb(color: str) -> tuple[int, int, int]:
    """'#0072B2' -> (0, 114, 178).

    >>> hex_to_rgb("#0072B2")
    (0, 114, 178)
    """
    color = color.lstrip("#")
    return int(color[0:2], 16), int(color[2:4], 16), int(color[4:6], 16)


def flat_attributes(attrs: dict[str, Any], skip: set[str]) -> dict[str, Any]:
    """Scalar attribute values (GraphML's flattening), minus those written on the element."""
    flat: dict[str, Any] = {}
    for name, value in attrs.items():
        if name not in skip:
            flat.update(flatten_value(name, value))
    return flat


def attribute_types(rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    """One GEXF type per attribute name; mixed types widen to double or string.

    >>> attribute_types([{"n": 1, "x": 1}, {"n": 2.5, "x": "a"}])
    {'n': 'double', 'x': 'string'}
    """
    return widest_types(rows, _GEXF_TYPES)


def edge_color(attrs: dict[str, Any]) -> str:
    """Red for a denied relation, grey for a hedged one, slate otherwise (as on the map)."""
    if attrs.get("negated"):
        return NEGATED_EDGE_COLOR
    return HEDGED_EDGE_COLOR if attrs.get("hedged") else ASSERTED_EDGE_COLOR


def _xml(value: Any) -> str:
    """A quoted, escaped XML attribute value (newlines kept as character references)."""
    return quoteattr(clean_xml_text(str(value)), {"\n": "&#10;", "\r": "&#13;", "\t": "&#9;"})


def _value(value: Any, kind: str) -> str:
    if kind == "boolean":
        return '"true"' if value else '"false"'
    return _xml(value)


def _color_element(color: str) -> str:
    r, g, b = hex_to_rgb(color)
    return f'<viz:color r="{r}" g="{g}" b="{b}" a="1.0"/>'


def _attributes_block(kind: str, types: dict[str, str]) -> str:
    lines = [f'    <attributes class="{kind}" mode="static">']
    lines += [f'      <attribute id={_xml(name)} title={_xml(name)} type="{types[name]}"/>'
              for name in sorted(types)]
    return "\n".join(lines + ["    </attributes>"]) + "\n"


def _attvalues(attrs: dict[str, Any], types: dict[str, str]) -> str:
    if not attrs:
        return ""
    values = "".join(f'<attvalue for={_xml(name)} value={_value(attrs[name], types[name])}/>'
                     for name in sorted(attrs))
    return f"<attvalues>{values}</attvalues>"


def time_span(attrs: dict[str, Any]) -> str:
    """` start="..." end="..."` from `first_seen`/`last_seen` (ISO dates), or "".

    >>> time_span({"first_seen": "2016-07-01", "last_seen": "2017-03-02"})
    ' start="2016-07-01" end="2017-03-02"'
    >>> time_span({"first_seen": "July"}), time_span({})
    ('', '')
    """
    start, end = _iso_date(attrs.get("first_seen")), _iso_date(attrs.get("last_seen"))
    if start is None:
        return ""
    return f' start="{start}" end="{end if end is not None and end >= start else start}"'


def _iso_date(value: Any) -> str | None:
    """An xs:date (YYYY-MM-DD), as GEXF's timeformat="date" needs, or None."""
    try:
        return date.fromisoformat(str(value)[:10]).isoformat() if value else None
    except ValueError:
        return None


def _graph_element(graph: nx.MultiDiGraph) -> str:
    """The <graph> tag: dynamic with the whole period when anything is dated."""
    start = end = None  # the earliest first_seen, the latest first_seen or last_seen
    for rows in (a for _, a in graph.nodes(data=True)), (a for *_, a in graph.edges(data=True)):
        for a in rows:
            first, last = _iso_date(a.get("first_seen")), _iso_date(a.get("last_seen"))
            if first:
                start = first if start is None else min(start, first)
                end = first if end is None else max(end, first)
            if last:
                end = last if end is None else max(end, last)
    if start is None:
        return '  <graph defaultedgetype="directed" mode="static">\n'
    return (f'  <graph defaultedgetype="directed" mode="dynamic" timeformat="date" '
            f'start="{start}" end="{end}">\n')


def write_gexf(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write the graph as GEXF 1.2 with viz colour and size (replaced atomically), dynamic
    when its nodes and edges are dated."""
    scores = importance(graph)
    max_degree = max((degree for degree, _ in scores.values()), default=0)
    # Two walks, one for the types and one that writes (rows are flattened again rather than
    # all held: a packed graph's rows are made anew on each walk).
    node_types = attribute_types(flat_attributes(attrs, NODE_ELEMENT_ATTRIBUTES)
                                 for _, attrs in graph.nodes(data=True))
    edge_types = attribute_types(flat_attributes(attrs, EDGE_ELEMENT_ATTRIBUTES)
                                 for _, _, attrs in graph.edges(data=True))
    nodes = ((node, flat_attributes(attrs, NODE_ELEMENT_ATTRIBUTES), attrs)
             for node, attrs in graph.nodes(data=True))
    edges = ((u, v, key, flat_attributes(attrs, EDGE_ELEMENT_ATTRIBUTES), attrs)
             for u, v, key, attrs in graph.edges(keys=True, data=True))
    with atomic_write(path) as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                  f'<gexf xmlns="{GEXF_NAMESPACE}" xmlns:viz="{VIZ_NAMESPACE}" version="1.2">\n'
                  '  <meta><creator>graphbuild</creator></meta>\n'
                  + _graph_element(graph))
        out.write(_attributes_block("node", node_types))
        out.write(_attributes_block("edge", edge_types))
        out.write("    <nodes>\n")
        for node, flat, attrs in nodes:
            label = attrs.get("label") or node
            size = node_size(scores[node][0], max_degree)
            out.write(f"      <node id={_xml(node)} label={_xml(label)}{time_span(attrs)}>"
                      f"{_attvalues(flat, node_types)}"
                      f"{_color_element(type_color(str(attrs.get('type') or '')))}"
                      f'<viz:size value="{size}"/></node>\n')
        out.write("    </nodes>\n    <edges>\n")
        for index, (u, v, key, flat, attrs) in enumerate(edges):
            label = edge_label(str(attrs.get("predicate") or attrs.get("label") or key), bool(attrs.get("negated")),
                               bool(attrs.get("hedged")))
            weight = _number(attrs.get("weight"), 1.0)
            # `kind` keeps parallel edges apart in Gephi, which merges two edges of one pair
            # and one kind; the label (predicate plus "not"/"?") differs wherever the key does.
            out.write(f"      <edge id=\"e{index}\" source={_xml(u)} target={_xml(v)} "
                      f"label={_xml(label)} kind={_xml(label)} weight=\"{weight}\""
                      f"{time_span(attrs)}>"
                      f"{_attvalues(flat, edge_types)}{_color_element(edge_color(attrs))}"
                      f'<viz:thickness value="{weight}"/></edge>\n')
        out.write("    </edges>\n  </graph>\n</gexf>\n")


def _number(value: Any, default: float) -> float:
    """A finite float (Gephi rejects NaN and infinity), else `default`."""
    try:
        number = float(value)
    except (TypeError, ValueError):
        return default
    return number if math.isfinite(number) else default
