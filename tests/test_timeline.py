"""Queries by relation class and date: kg.relations(cls=), kg.subgraph(since=, until=),
kg.timeline(name), and `graphbuild query --class/--since/--until`, `stats`, `timeline`."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graphbuild.cli import main
from graphbuild.graph import KnowledgeGraph, assemble
from graphbuild.records import Evidence
from graphbuild.resolve.merge import Entity, Relation


def _rel(s, p, o, *sentences, negated=False, kinds=("verb",)):
    return Relation(s, p, o, negated, False, kinds=list(kinds),
                    evidence=[Evidence(doc, text, i, i + len(text))
                              for i, (doc, text) in enumerate(sentences)])


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    people = [("P:sessions", "Jeff Sessions", ["Sessions"]), ("P:kislyak", "Sergey Kislyak", []),
              ("P:flynn", "Michael Flynn", ["Flynn"]), ("P:trump", "Donald Trump", ["Trump"])]
    entities = [Entity(i, label, "PERSON", aliases=[label, *a], documents=["a1", "a2"])
                for i, label, a in people]
    entities.append(Entity("O:doj", "Justice Department", "ORG", documents=["a3"]))
    relations = [
        _rel("P:sessions", "meet with", "P:kislyak", ("a1", "Sessions met with Kislyak in July."),
             ("a1", "Sessions met with Kislyak again in September.")),
        _rel("P:sessions", "meet with", "P:kislyak", ("a1", "I never met the Russians."),
             negated=True),
        _rel("P:flynn", "talk to", "P:kislyak", ("a2", "Flynn talked to Kislyak on Dec. 29.")),
        _rel("P:trump", "fire", "P:flynn", ("a2", "Trump fired Flynn on Monday.")),
        _rel("O:doj", "charge", "P:flynn", ("a3", "The department charged Flynn.")),
    ]
    articles = [{"id": "a1", "date": "2017-03-02"}, {"id": "a2", "date": "2017-02-15"},
                {"id": "a3"}]
    return KnowledgeGraph(assemble(entities, relations, articles))


def test_relations_by_class(kg):
    assert [r.predicate for r in kg.relations(cls="meeting")] == ["meet with", "meet with"]
    assert [(r.subject_label, r.relation_class) for r in kg.relations(cls="legal")] == \
        [("Justice Department", "legal")]
    assert [n.entity.label for n in kg.neighbors("Flynn", cls="role")] == ["Donald Trump"]
    with pytest.raises(ValueError, match="unknown relation class"):
        kg.relations(cls="meetings")


def test_paths_by_class(kg):
    assert [p.hops for p in kg.connections("Sessions", "Flynn")] == [2]
    assert kg.connections("Sessions", "Flynn", cls="meeting") == []


def test_subgraph_by_date_keeps_the_evidence_of_the_period(kg):
    part = kg.subgraph(since="2016-09-01", until="2016-12-31")
    edges = [(u, v, d["predicate"], d["weight"], d["first_seen"])
             for u, v, d in part.graph.edges(data=True)]
    assert sorted(edges) == [("P:flynn", "P:kislyak", "talk to", 1, "2016-12-29"),
                             ("P:sessions", "P:kislyak", "meet with", 1, "2016-09-01")]
    assert sorted(part.graph) == ["P:flynn", "P:kislyak", "P:sessions"]   # undated edge gone
    assert [a["id"] for a in part.articles] == ["a1", "a2"]
    assert kg.graph.number_of_edges() == 5                                 # the original stays
    assert kg.subgraph("Trump", radius=1, since="2017-01-01").graph.number_of_edges() == 1


def test_timeline_in_date_order(kg):
    entries = kg.timeline("Flynn")
    assert [(e.date, e.relation_class, e.other.label, e.direction) for e in entries] == [
        ("2016-12-29", "communication", "Sergey Kislyak", "out"),
        ("2017-02-13", "role", "Donald Trump", "in"),
        (None, "legal", "Justice Department", "in")]
    assert [e.date for e in kg.timeline("Flynn", cls="role")] == ["2017-02-13"]
    assert [e.date for e in kg.timeline("Flynn", until="2016-12-31")] == ["2016-12-29"]


@pytest.fixture
def graph_file(kg, tmp_path):
    path = tmp_path / "graph.json"
    kg.write_json(path)
    return path


def _ok(*args) -> str:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_cli_timeline_text_and_json(graph_file):
    lines = _ok("timeline", graph_file, "Sessions").splitlines()
    assert lines[0] == "Timeline of Jeff Sessions (PERSON): 3 dated statements"
    assert lines[1] == "2016-07-01  meeting        Jeff Sessions -[meet with]-> Sergey Kislyak"
    assert lines[2] == '            "Sessions met with Kislyak in July." [a1]'
    assert "(denied)" in lines[-2]
    data = json.loads(_ok("timeline", graph_file, "Flynn", "--json"))
    assert [e["date"] for e in data["timeline"]] == ["2016-12-29", "2017-02-13", None]
    assert data["timeline"][0]["other"]["label"] == "Sergey Kislyak"
    assert data["entity"]["label"] == "Michael Flynn"


def test_cli_query_class_and_dates(graph_file):
    data = json.loads(_ok("query", graph_file, "--relations", "--class", "legal", "--json"))
    assert [(r["predicate"], r["relation_class"]) for r in data] == [("charge", "legal")]
    data = json.loads(_ok("query", graph_file, "--relations", "--since", "2017-01-01",
                          "--until", "2017-06-30", "--json"))
    assert [(r["predicate"], r["negated"]) for r in data] == [("fire", False), ("meet with", True)]
    text = _ok("query", graph_file, "--neighbors", "Flynn", "--class", "communication")
    assert "Sergey Kislyak" in text and "Donald Trump" not in text
    result = CliRunner().invoke(main, ["query", str(graph_file), "--relations", "--since", "May"])
    assert result.exit_code == 2 and "not a date" in result.output


def test_cli_stats_counts_classes(graph_file):
    lines = _ok("stats", graph_file).splitlines()
    assert "Relations by class: meeting 2, communication 1, legal 1, role 1" in lines
    data = json.loads(_ok("stats", graph_file, "--json"))
    assert data["classes"] == {"meeting": 2, "communication": 1, "legal": 1, "role": 1}


def test_cli_subgraph_of_a_period(graph_file, tmp_path):
    result = CliRunner().invoke(main, ["subgraph", str(graph_file), "Flynn", "--since",
                                       "2017-01-01", "-o", str(tmp_path / "part"),
                                       "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads((tmp_path / "part" / "graph.json").read_text())
    assert [e["predicate"] for e in data["edges"]] == ["fire"]
