"""CSV nodes/edges files: neo4j-admin import headers, one line per row, safe in spreadsheets."""
from __future__ import annotations

import csv

import networkx as nx
import pytest
from hypothesis import given, settings, strategies as st

from graphbuild.export.csvfiles import csv_paths, write_csv


def read_rows(path):
    with open(path, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def story_csv(story_kg, tmp_path):
    return story_kg.write_csv(tmp_path / "graph.csv")


def test_writes_nodes_and_edges_files_beside_the_path(story_csv, tmp_path):
    assert story_csv == [tmp_path / "graph.nodes.csv", tmp_path / "graph.edges.csv"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.edges.csv", "graph.nodes.csv"]


def test_headers_follow_neo4j_admin_import(story_csv):
    nodes_header = story_csv[0].read_text(encoding="utf-8").splitlines()[0].split(",")
    edges_header = story_csv[1].read_text(encoding="utf-8").splitlines()[0].split(",")
    assert nodes_header[:2] == ["id:ID", ":LABEL"]
    assert {"label", "aliases:string[]", "mentions:long", "titles:string[]"} <= set(nodes_header)
    assert edges_header[:3] == [":START_ID", ":END_ID", ":TYPE"]
    assert {"predicate", "negated:boolean", "hedged:boolean", "weight:long",
            "evidence", "evidence_count:long"} <= set(edges_header)


def test_every_node_and_edge_is_a_row(story_kg, story_csv):
    nodes = {row["id:ID"]: row for row in read_rows(story_csv[0])}
    assert set(nodes) == set(story_kg.graph)
    sessions = nodes["PERSON:jeff-sessions"]
    assert sessions[":LABEL"] == "PERSON" and sessions["label"] == "Jeff Sessions"
    assert sessions["aliases:string[]"].split(";") == ["Jeff Sessions", "Sessions", "AG Sessions"]
    edges = read_rows(story_csv[1])
    assert len(edges) == story_kg.graph.number_of_edges()
    assert all(e[":START_ID"] in nodes and e[":END_ID"] in nodes for e in edges)


def test_relationship_types_say_what_the_text_says(story_csv):
    edges = read_rows(story_csv[1])
    kinds = {(e[":TYPE"], e["negated:boolean"], e["hedged:boolean"]) for e in edges}
    # the type is the relation class (a few types, not one per predicate)
    assert ("MEETING", "false", "false") in kinds
    assert ("NOT_MEETING", "true", "false") in kinds  # a denial is not a meeting
    assert ("COMMUNICATION", "false", "true") in kinds
    denied = next(e for e in edges if e[":TYPE"] == "NOT_MEETING")
    assert denied["evidence"] == "I never met with the Russians, Sessions said."
    assert denied["predicate"] == "meet with"                # the predicate stays a property


def test_cells_are_one_line_clean_and_never_formulas(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("n1", label="=HYPERLINK(\"http://evil\")", type="ORG", aliases=["@home", "-x"])
    g.add_node("n2", label="Two\nlines\x00 here", type="work of art")
    g.add_edge("n1", "n2", predicate="+cmd", negated=False, hedged=False, weight=1,
               evidence=[{"doc": "d", "sentence": "Line one,\r\nline \"two\"."}])
    nodes_path, edges_path = write_csv(g, tmp_path / "graph.csv")
    for path in (nodes_path, edges_path):
        text = path.read_text(encoding="utf-8")
        assert "\x00" not in text and "\r" not in text
        assert len(text.splitlines()) == len(read_rows(path)) + 1  # one line per row
    nodes = {row["id:ID"]: row for row in read_rows(nodes_path)}
    assert nodes["n1"]["label"] == "'=HYPERLINK(\"http://evil\")"
    assert nodes["n1"]["aliases:string[]"] == "'@home;'-x"
    assert nodes["n2"]["label"] == "Two lines here" and nodes["n2"][":LABEL"] == "WORK_OF_ART"
    edge = read_rows(edges_path)[0]
    assert edge["predicate"] == "'+cmd" and edge[":TYPE"] == "OTHER"
    assert edge["evidence"] == "Line one, line \"two\"."


def test_structured_attributes_become_json_text(tmp_path):
    g = nx.MultiDiGraph()
    g.add_node("a", label="A", merges=[{"alias": "A", "rule": "first mention"}], score=None)
    nodes_path, _ = write_csv(g, tmp_path / "graph.csv")
    row = read_rows(nodes_path)[0]
    assert row["merges"] == '[{"alias": "A", "rule": "first mention"}]'
    assert "score" not in row  # None is left out, not written as "None"


def test_names_follow_the_stem():
    assert [p.name for p in csv_paths("out/people")] == ["people.nodes.csv", "people.edges.csv"]


def test_the_seed_graph_exports_through_save(seeds_kg, tmp_path):
    written = seeds_kg.save(tmp_path, formats=("csv",))
    assert written == [tmp_path / "graph.nodes.csv", tmp_path / "graph.edges.csv"]
    assert len(read_rows(written[0])) == seeds_kg.graph.number_of_nodes()
    assert len(read_rows(written[1])) == seeds_kg.graph.number_of_edges()



@settings(max_examples=40, deadline=None)
@given(texts=st.lists(st.text(max_size=30), min_size=2, max_size=5))
def test_any_text_makes_one_line_per_row(tmp_path_factory, texts):
    g = nx.MultiDiGraph()
    for i, text in enumerate(texts):
        g.add_node(f"n{i}", label=text, type=text, aliases=[text], mentions=i)
    for i, text in enumerate(texts[1:], start=1):
        g.add_edge("n0", f"n{i}", predicate=text, negated=False, hedged=False, weight=1,
                   evidence=[{"doc": "d", "sentence": text}])
    nodes_path, edges_path = write_csv(g, tmp_path_factory.mktemp("csv") / "graph.csv")
    for path, count in ((nodes_path, len(texts)), (edges_path, len(texts) - 1)):
        rows = read_rows(path)
        assert len(rows) == count
        assert len(path.read_text(encoding="utf-8").split("\n")) == count + 2  # header, last \n
    assert [r["id:ID"] for r in read_rows(nodes_path)] == [f"n{i}" for i in range(len(texts))]
