"""The relation class and the dates in every export: GraphML, JSON, CSV (the Neo4j :TYPE) and
dynamic GEXF, the last checked with lxml against the GEXF 1.2 rules, not with networkx."""
from __future__ import annotations

import csv
import json
import re

import networkx as nx
import pytest
from lxml import etree

from graphbuild.graph import KnowledgeGraph, assemble
from graphbuild.records import Evidence
from graphbuild.resolve.merge import Entity, Relation

NS = "{http://www.gexf.net/1.2draft}"
XS_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    entities = [Entity("P:a", "Ann Lee", "PERSON", documents=["d1", "d2"]),
                Entity("P:b", "Bo Chen", "PERSON", documents=["d1"]),
                Entity("O:c", "Acme Corp", "ORG", documents=["d2"]),
                Entity("G:d", "Ohio", "GPE", documents=["d3"])]
    relations = [
        Relation("P:a", "meet with", "P:b", False, False, kinds=["verb"], evidence=[
            Evidence("d1", "Lee met Chen in July.", 0, 21),
            Evidence("d1", "Lee met Chen again on Monday.", 22, 51)]),
        Relation("P:a", "meet with", "P:b", True, False, kinds=["verb"],
                 evidence=[Evidence("d1", "Lee never met Chen in 2015.", 52, 79)]),
        Relation("O:c", "sue", "P:a", False, False, kinds=["verb"],
                 evidence=[Evidence("d2", "Acme sued Lee last year.", 0, 24)]),
        Relation("O:c", "based in", "G:d", False, False, kinds=["role"],
                 evidence=[Evidence("d3", "Acme, based in Ohio, said so.", 0, 29)]),
    ]
    articles = [{"id": "d1", "date": "2017-03-02"}, {"id": "d2", "date": "2018-05-10"},
                {"id": "d3"}]
    return KnowledgeGraph(assemble(entities, relations, articles))


def test_json_keeps_classes_and_dates(kg, tmp_path):
    kg.write_json(tmp_path / "graph.json")
    data = json.loads((tmp_path / "graph.json").read_text())
    edges = {(e["source"], e["predicate"], e["negated"]): e for e in data["edges"]}
    meet = edges[("P:a", "meet with", False)]
    assert meet["relation_class"] == "meeting"
    assert [e["date"] for e in meet["evidence"]] == ["2016-07-01", "2017-02-27"]
    assert (meet["first_seen"], meet["last_seen"]) == ("2016-07-01", "2017-02-27")
    assert "first_seen" not in edges[("O:c", "based in", False)]      # undated article
    nodes = {n["id"]: n for n in data["nodes"]}
    assert (nodes["P:a"]["first_seen"], nodes["P:a"]["last_seen"]) == ("2015-01-01", "2018-05-10")


def test_graphml_has_class_and_dates_as_attributes(kg, tmp_path):
    from graphbuild.export.graphml import read_graphml
    kg.write_graphml(tmp_path / "graph.graphml")
    back = read_graphml(tmp_path / "graph.graphml")
    classes = sorted(d["relation_class"] for _, _, d in back.edges(data=True))
    assert classes == ["legal", "location", "meeting", "meeting"]
    sued = next(d for _, _, d in back.edges(data=True) if d["predicate"] == "sue")
    assert (sued["first_seen"], sued["last_seen"]) == ("2017-01-01", "2017-01-01")


def test_csv_type_is_the_class_and_the_predicate_a_property(kg, tmp_path):
    _, edges_path = kg.write_csv(tmp_path / "graph.csv")
    with open(edges_path, newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    types = sorted((r[":TYPE"], r["predicate"], r["relation_class"]) for r in rows)
    assert types == [("LEGAL", "sue", "legal"), ("LOCATION", "based in", "location"),
                     ("MEETING", "meet with", "meeting"), ("NOT_MEETING", "meet with", "meeting")]
    assert {r["first_seen"] for r in rows} >= {"2016-07-01", "2017-01-01"}


# -- GEXF 1.2, dynamic, read with lxml ---------------------------------------------------------

GEXF_TYPES = {"integer", "long", "double", "float", "boolean", "string", "liststring",
              "anyURI", "date"}


def gexf_problems(root: etree._Element) -> list[str]:
    """What breaks the GEXF 1.2 (draft) schema's rules in a parsed file, or [].

    The rules checked: root <gexf version="1.2"> in the 1.2draft namespace, <graph> with a valid
    mode, defaultedgetype and timeformat, and <attributes> before <nodes> before <edges>;
    declared attribute types; unique node and edge ids; edges between declared nodes; every
    <attvalue> naming an attribute of its class with a value of its type; start/end as xs:date
    with start <= end (timeformat="date"), and each edge's time inside its two nodes' times.
    """
    problems: list[str] = []
    if root.tag != f"{NS}gexf" or root.get("version") != "1.2":
        problems.append("root is not <gexf version='1.2'> in the 1.2draft namespace")
    graph = root.find(f"{NS}graph")
    if graph is None:
        return problems + ["no <graph>"]
    if graph.get("mode", "static") not in {"static", "dynamic"}:
        problems.append(f"bad mode {graph.get('mode')}")
    if graph.get("defaultedgetype", "undirected") not in {"directed", "undirected", "mutual"}:
        problems.append("bad defaultedgetype")
    timeformat = graph.get("timeformat", "double")
    if timeformat not in {"integer", "double", "date", "dateTime"}:
        problems.append(f"bad timeformat {timeformat}")
    order = [etree.QName(child).localname for child in graph]
    if order != sorted(order, key=["attributes", "nodes", "edges"].index):
        problems.append(f"children out of order: {order}")
    declared: dict[str, dict[str, str]] = {}
    for block in graph.findall(f"{NS}attributes"):
        for attribute in block.findall(f"{NS}attribute"):
            if attribute.get("type") not in GEXF_TYPES:
                problems.append(f"bad attribute type {attribute.get('type')}")
            declared.setdefault(block.get("class"), {})[attribute.get("id")] = attribute.get("type")

    def span(element) -> tuple[str, str] | None:
        start, end = element.get("start"), element.get("end")
        if start is None and end is None:
            return None
        for value in (start, end):
            if value is not None and timeformat == "date" and not XS_DATE.match(value):
                problems.append(f"{element.get('id')}: {value!r} is not an xs:date")
        if start and end and start > end:
            problems.append(f"{element.get('id')}: start after end")
        return start or "", end or "9999"

    def values(element, kind: str) -> None:
        for value in element.iter(f"{NS}attvalue"):
            name, text = value.get("for"), value.get("value")
            if name not in declared.get(kind, {}):
                problems.append(f"{element.get('id')}: undeclared {kind} attribute {name}")
            elif declared[kind][name] == "boolean" and text not in {"true", "false"}:
                problems.append(f"{element.get('id')}: {name}={text!r} is not a boolean")
            elif declared[kind][name] in {"long", "integer"} and not re.fullmatch(r"-?\d+", text):
                problems.append(f"{element.get('id')}: {name}={text!r} is not an integer")

    spans: dict[str, tuple[str, str] | None] = {}
    for node in graph.iter(f"{NS}node"):
        if node.get("id") in spans:
            problems.append(f"duplicate node id {node.get('id')}")
        spans[node.get("id")] = span(node)
        values(node, "node")
    edge_ids: set[str] = set()
    for edge in graph.iter(f"{NS}edge"):
        if edge.get("id") in edge_ids:
            problems.append(f"duplicate edge id {edge.get('id')}")
        edge_ids.add(edge.get("id"))
        values(edge, "edge")
        own = span(edge)
        for end in ("source", "target"):
            node = edge.get(end)
            if node not in spans:
                problems.append(f"edge {edge.get('id')}: unknown {end} {node}")
            elif own and spans[node] and not (spans[node][0] <= own[0] and own[1] <= spans[node][1]):
                problems.append(f"edge {edge.get('id')} lives outside node {node}")
    return problems


def test_dynamic_gexf_follows_the_gexf_rules_and_carries_times(kg, tmp_path):
    path = tmp_path / "graph.gexf"
    kg.write_gexf(path)
    root = etree.parse(str(path)).getroot()
    assert gexf_problems(root) == []
    graph = root.find(f"{NS}graph")
    assert (graph.get("mode"), graph.get("timeformat")) == ("dynamic", "date")
    assert (graph.get("start"), graph.get("end")) == ("2015-01-01", "2018-05-10")
    nodes = {n.get("id"): n for n in graph.iter(f"{NS}node")}
    assert (nodes["P:a"].get("start"), nodes["P:a"].get("end")) == ("2015-01-01", "2018-05-10")
    assert nodes["G:d"].get("start") is None                 # undated: there all the time
    edges = list(graph.iter(f"{NS}edge"))
    sued = next(e for e in edges if e.get("label") == "sue")
    assert (sued.get("start"), sued.get("end")) == ("2017-01-01", "2017-01-01")
    classes = {e.get("label"): {v.get("for"): v.get("value") for v in e.iter(f"{NS}attvalue")}
               ["relation_class"] for e in edges}
    assert classes == {"meet with": "meeting", "not meet with": "meeting", "sue": "legal",
                       "based in": "location"}


def test_an_undated_graph_stays_static(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("a", label="A")
    g.add_node("b", label="B")
    g.add_edge("a", "b", predicate="meet", relation_class="meeting")
    KnowledgeGraph(g).write_gexf(tmp_path / "graph.gexf")
    root = etree.parse(str(tmp_path / "graph.gexf")).getroot()
    assert gexf_problems(root) == []
    assert root.find(f"{NS}graph").get("mode") == "static"
    assert root.find(f"{NS}graph").get("timeformat") is None


def test_the_rule_checker_finds_broken_files():
    broken = etree.fromstring(
        b'<gexf xmlns="http://www.gexf.net/1.2draft" version="1.2"><graph mode="dynamic" '
        b'timeformat="date"><nodes><node id="a" start="2017-05-01" end="2017-01-01"/>'
        b'<node id="a"/></nodes><edges><edge id="e0" source="a" target="z" start="May"/>'
        b'</edges></graph></gexf>')
    problems = " | ".join(gexf_problems(broken))
    for expected in ("start after end", "duplicate node id a", "unknown target z",
                     "'May' is not an xs:date"):
        assert expected in problems
