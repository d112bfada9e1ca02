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
    rules = {(r.alias, rule, doc) for r in found.reasons for rule, doc in r.rules}
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
