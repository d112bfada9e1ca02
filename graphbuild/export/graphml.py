"""GraphML for Gephi, yEd and `networkx.read_graphml`.

networkx names its keys d0..dN, and Gephi reads any key with id "d3" as the node label and "d7" as
the edge label whatever it holds; so this writer names every key after its attribute. Edge ids are
`e0`, `e1`, ... in the graph's edge order: GraphML requires unique NMTOKEN ids, Gephi drops an
edge whose id it has already seen and graphology-graphml (sigma.js, Gephi Lite) refuses a file
whose repeated id joins other nodes, so the predicate cannot be the id. The predicate is written
again as the edge `label`, which Gephi shows on the edge. GraphML holds only scalars: lists are
joined with "; ", evidence becomes its first sentence plus a count, None is left out, and
XML-illegal control characters are removed.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape, quoteattr

import networkx as nx

from .atomic import atomic_write

LIST_SEPARATOR = "; "
# Characters XML 1.0 forbids (everything below 0x20 but tab, newline, carriage return).
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_GRAPHML_TYPES = {bool: "boolean", int: "long", float: "double", str: "string"}


def clean_xml_text(text: str) -> str:
    """Remove characters that XML 1.0 cannot hold (they make `read_graphml` fail)."""
    return _ILLEGAL_XML.sub("", text)


def flatten_value(name: str, value: Any) -> dict[str, Any]:
    """The scalar GraphML attributes for one graph attribute (may expand to several)."""
    if value is None:
        return {}
    if name == "evidence" and isinstance(value, list):
        first = value[0].get("sentence", "") if value and isinstance(value[0], dict) else ""
        return {"evidence": first, "evidence_count": len(value)}
    if isinstance(value, (list, tuple, set)):
        items = [v if isinstance(v, str) else json.dumps(v, sort_keys=True) for v in value]
        return {name: LIST_SEPARATOR.join(items)}
    if isinstance(value, dict):
        return {name: json.dumps(value, sort_keys=True)}
    if isinstance(value, bool) or type(value) in (int, float, str):
        return {name: value}
    if hasattr(value, "item"):  # numpy scalars
        return flatten_value(name, value.item())
    return {name: str(value)}


def _flat_items(items):
    for key, attrs in items:
        flat: dict[str, Any] = {}
        for name, value in attrs.items():
            flat.update(flatten_value(name, value))
        if isinstance(attrs.get("evidence_count"), int):  # the evidence was cut: all of it
            flat["evidence_count"] = attrs["evidence_count"]
        yield key, flat


def widest_types(rows: Iterable[dict[str, Any]],
                 names: dict[type, str] = _GRAPHML_TYPES) -> dict[str, str]:
    """One declared type per attribute over all rows, from `names` (Python type -> format's
    type name): an attribute that mixes whole and decimal numbers is a double, any other mix is
    a string. GraphML, GEXF and neo4j's CSV headers share this rule.

    >>> widest_types([{"a": 1, "b": True}, {"a": 2.5, "b": "x"}])
    {'a': 'double', 'b': 'string'}
    """
    types: dict[str, str] = {}
    for attrs in rows:
        for name, value in attrs.items():
            kind = names[type(value)]
            if types.get(name, kind) != kind:
                kind = "double" if {kind, types[name]} == {"long", "double"} else "string"
            types[name] = kind
    return types


def _format(value: Any, graphml_type: str) -> str:
    if graphml_type == "boolean":
        return "true" if value else "false"
    text = clean_xml_text(str(value))
    # Most values hold no markup character: skip escape()'s replace calls for them.
    return escape(text) if "&" in text or "<" in text or ">" in text else text


def with_edge_label(attrs: dict[str, Any]) -> dict[str, Any]:
    """The edge's attributes plus `label` = its predicate (Gephi's edge label), unless it has one.

    >>> with_edge_label({"predicate": "meet with", "negated": True})["label"]
    'meet with'
    """
    if "label" in attrs or attrs.get("predicate") is None:
        return attrs
    return {**attrs, "label": attrs["predicate"]}


def _kinds(attrs: dict[str, Any]) -> dict[str, Any]:
    """What `flatten_value` makes of each attribute, as a value of the same type but without
    joining or encoding anything: enough for `widest_types`, cheap to make for every row."""
    kinds: dict[str, Any] = {}
    for name, value in attrs.items():
        while hasattr(value, "item") and not (isinstance(value, bool) or
                                              type(value) in (int, float, str)):
            value = value.item()  # numpy scalars, as flatten_value unwraps them
        if value is None:
            continue
        if name == "evidence" and isinstance(value, list):
            kinds.update(evidence="", evidence_count=0)
        elif isinstance(value, bool) or type(value) in (int, float, str):
            kinds[name] = value
        else:
            kinds[name] = ""  # lists, dicts and anything else become text
    if isinstance(attrs.get("evidence_count"), int):
        kinds["evidence_count"] = 0
    return kinds


def write_graphml(graph: nx.MultiDiGraph, path: str | Path) -> None:
    """Write GraphML with keys named after their attributes and scalar values only.

    Two walks over the graph: one for the declared type of each attribute, one that flattens
    and writes each node and edge (nothing of the whole graph is copied)."""
    node_types = widest_types(_kinds(d) for _, d in graph.nodes(data=True))
    edge_types = widest_types(_kinds(with_edge_label(d)) for _, _, d in graph.edges(data=True))
    nodes = _flat_items(graph.nodes(data=True))
    edges = (((u, v, f"e{index}"), a) for index, ((u, v), a) in enumerate(_flat_items(
        ((u, v), with_edge_label(d)) for u, v, d in graph.edges(data=True))))
    with atomic_write(path) as out:
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n'
                  '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" '
                  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
                  'xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns '
                  'http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">\n')
        for domain, types in (("node", node_types), ("edge", edge_types)):
            for name in sorted(types):
                key = f"{domain}_{name}" if name in node_types and name in edge_types else name
                out.write(f'  <key id={quoteattr(key)} for="{domain}" attr.name={quoteattr(name)} '
                          f'attr.type="{types[name]}"/>\n')
        shared = set(node_types) & set(edge_types)
        # The opening <data> tag of each attribute, quoted once rather than once per value.
        node_tags = {name: f'<data key={quoteattr(f"node_{name}" if name in shared else name)}>'
                     for name in node_types}
        edge_tags = {name: f'<data key={quoteattr(f"edge_{name}" if name in shared else name)}>'
                     for name in edge_types}
        out.write('  <graph id="G" edgedefault="directed">\n')
        for node, attrs in nodes:
            out.write(f"    <node id={quoteattr(clean_xml_text(str(node)))}>")
            for name in sorted(attrs):
                out.write(f'{node_tags[name]}{_format(attrs[name], node_types[name])}</data>')
            out.write("</node>\n")
        for (u, v, k), attrs in edges:
            out.write(f"    <edge source={quoteattr(clean_xml_text(str(u)))} "
                      f"target={quoteattr(clean_xml_text(str(v)))} "
                      f"id={quoteattr(clean_xml_text(str(k)))}>")
            for name in sorted(attrs):
                out.write(f'{edge_tags[name]}{_format(attrs[name], edge_types[name])}</data>')
            out.write("</edge>\n")
        out.write("  </graph>\n</graphml>\n")


LIST_ATTRIBUTES = {"aliases", "documents", "titles", "kinds"}


def read_graphml(path: str | Path) -> nx.MultiDiGraph:
    """Read GraphML written by `write_graphml`, splitting list attributes back into lists.

    The file's edge ids (e0, e1, ...) only number the edges: each edge gets back the key the
    graph gives it (predicate and flags), and the `label` written for Gephi is dropped again.
    """
    from graphbuild.graph import edge_key  # graph.py imports this package: import when called

    read = nx.MultiDiGraph(nx.read_graphml(path, force_multigraph=True))
    graph = nx.MultiDiGraph()
    graph.graph.update(read.graph)
    for node, attrs in read.nodes(data=True):
        _unflatten(attrs)
        graph.add_node(node, **attrs)
    for u, v, key, attrs in read.edges(keys=True, data=True):
        _unflatten(attrs)
        if "evidence" in attrs and isinstance(attrs["evidence"], str):
            attrs["evidence"] = [{"sentence": attrs["evidence"]}] if attrs["evidence"] else []
        if "predicate" in attrs:
            if attrs.get("label") == attrs["predicate"]:
                del attrs["label"]
            key = edge_key(str(attrs["predicate"]), bool(attrs.get("negated")),
                           bool(attrs.get("hedged")))
        graph.add_edge(u, v, key=key, **attrs)
    return graph


def _unflatten(attrs: dict[str, Any]) -> None:
    for name in LIST_ATTRIBUTES & set(attrs):
        value = attrs[name]
        if isinstance(value, str):
            attrs[name] = [v for v in value.split(LIST_SEPARATOR) if v] if value else []
    if isinstance(attrs.get("merges"), str):
        attrs["merges"] = [json.loads(m) for m in attrs["merges"].split(LIST_SEPARATOR) if m]
