"""Edges carry a relation class; evidence sentences, edges and nodes carry dates."""
from __future__ import annotations

from graphbuild.graph import assemble
from graphbuild.records import Evidence
from graphbuild.resolve.merge import Entity, Relation


def _graph(article_dates: dict[str, str | None]):
    entities = [Entity("P:a", "Ann Lee", "PERSON", documents=["d1", "d2"]),
                Entity("P:b", "Bo Chen", "PERSON", documents=["d1"]),
                Entity("E:c", "press conference", "EVENT", documents=["d2"])]
    relations = [
        Relation("P:a", "meet with", "P:b", False, False, kinds=["verb"], evidence=[
            Evidence("d1", "Lee met Chen in July.", 0, 21),
            Evidence("d2", "Lee met Chen again on Monday.", 0, 29)]),
        Relation("P:a", "hold", "E:c", False, False, kinds=["verb"], evidence=[
            Evidence("d2", "Lee held a press conference.", 30, 58)]),
    ]
    articles = [{"id": doc, "date": day} if day else {"id": doc}
                for doc, day in article_dates.items()]
    return assemble(entities, relations, articles)


def test_edges_have_a_class_and_an_event_name_helps():
    g = _graph({"d1": "2017-03-02", "d2": "2017-03-10"})
    assert g.edges["P:a", "P:b", "meet with"]["relation_class"] == "meeting"
    assert g.edges["P:a", "E:c", "hold"]["relation_class"] == "communication"


def test_evidence_edges_and_nodes_are_dated():
    g = _graph({"d1": "2017-03-02", "d2": "2017-03-10"})   # d2 is a Friday
    edge = g.edges["P:a", "P:b", "meet with"]
    assert [e["date"] for e in edge["evidence"]] == ["2016-07-01", "2017-03-06"]
    assert (edge["first_seen"], edge["last_seen"]) == ("2016-07-01", "2017-03-06")
    assert g.nodes["P:a"]["first_seen"] == "2016-07-01"
    assert g.nodes["P:a"]["last_seen"] == "2017-03-10"     # the article that mentions her
    assert (g.nodes["E:c"]["first_seen"], g.nodes["E:c"]["last_seen"]) == \
        ("2017-03-10", "2017-03-10")


def test_undated_articles_leave_dates_empty():
    g = _graph({"d1": None, "d2": None})
    edge = g.edges["P:a", "P:b", "meet with"]
    assert all("date" not in e for e in edge["evidence"])
    assert "first_seen" not in edge and "first_seen" not in g.nodes["P:a"]


def test_one_dated_article_dates_only_its_evidence():
    g = _graph({"d1": None, "d2": "2017-03-10"})
    edge = g.edges["P:a", "P:b", "meet with"]
    assert [e.get("date") for e in edge["evidence"]] == [None, "2017-03-06"]
    assert edge["first_seen"] == edge["last_seen"] == "2017-03-06"
