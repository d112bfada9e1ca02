"""kg.explain and `graphbuild explain` (graphbuild.resolve.explain)."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graphbuild.cli import main
from graphbuild.graph import KnowledgeGraph, graph_from_extractions
from graphbuild.query.names import UnknownName
from graphbuild.records import DocEntity, DocExtraction, Merge


@pytest.fixture()
def kg():
    a = DocExtraction(article={"id": "a"}, entities=[DocEntity(
        key="e0", label="Jeff Sessions", type="PERSON", aliases=["Jeff Sessions", "Sessions"],
        mentions=3, merges=[Merge("Jeff Sessions", "fullest name", "a"),
                            Merge("Sessions", "surname of 'Jeff Sessions'", "a")])])
    b = DocExtraction(article={"id": "b"}, entities=[DocEntity(
        key="e0", label="Sessions", type="PERSON", aliases=["Sessions"], mentions=1,
        merges=[Merge("Sessions", "fullest name", "b")])])
    return KnowledgeGraph(graph_from_extractions([a, b]))


def test_explain_lists_each_alias_with_rule_and_article(kg):
    found = kg.explain("sessions")
    assert found.label == "Jeff Sessions" and found.documents == ["a", "b"]
    rules = {(r.alias, rule, doc) for r in found.reasons for rule, doc, _ in r.rules}
    assert ("Sessions", "surname of 'Jeff Sessions'", "a") in rules
    assert any(alias == "Sessions" and doc == "b" and "only one in the corpus" in rule
               for alias, rule, doc in rules)
    assert "Jeff Sessions [PERSON:jeff-sessions]" in str(found)


def test_explain_unknown_name(kg):
    with pytest.raises(UnknownName):
        kg.explain("Kislyak")


def test_cli_explain_reads_json_and_graphml(kg, tmp_path):
    kg.save(tmp_path, formats=("json", "graphml"))
    runner = CliRunner()
    for path in (tmp_path, tmp_path / "graph.graphml"):
        result = runner.invoke(main, ["explain", str(path), "Sessions"])
        assert result.exit_code == 0, result.output
        assert "surname of 'Jeff Sessions'" in result.output
    result = runner.invoke(main, ["explain", str(tmp_path), "Sessions", "--json"])
    assert json.loads(result.output)["label"] == "Jeff Sessions"
    result = runner.invoke(main, ["explain", str(tmp_path), "Nobody"])
    assert result.exit_code == 1 and "no entity named 'Nobody'" in result.output


def test_a_reason_repeated_across_articles_is_one_record_with_a_count():
    def article(doc_id: str) -> DocExtraction:
        return DocExtraction(article={"id": doc_id}, entities=[DocEntity(
            key="e0", label="United States", type="GPE", aliases=["United States", "U.S."],
            mentions=2, merges=[Merge("U.S.", "another form of 'United States'", doc_id)])])

    kg = KnowledgeGraph(graph_from_extractions([article(f"a{i}") for i in range(5)]))
    merges = kg.graph.nodes["GPE:united-states"]["merges"]
    assert {"alias": "U.S.", "rule": "another form of 'United States'", "doc": "a0",
            "articles": 5} in merges
    assert len(merges) == 2  # and "same name as 'United States' in another article", in 4
    assert "another form of 'United States'  (a0 and 4 more articles)" in str(
        kg.explain("U.S."))
