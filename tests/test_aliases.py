"""The aliases file: canonical names, distinct pairs, errors (graphbuild.resolve.aliases)."""
from __future__ import annotations

import pytest

from graphbuild.resolve.aliases import AliasesFileError, load_aliases, parse_csv, parse_yaml
from graphbuild.records import DocEntity, DocExtraction
from graphbuild.resolve.merge import resolve


def doc(doc_id, label, type_="PERSON"):
    return DocExtraction(article={"id": doc_id}, entities=[
        DocEntity(key="e0", label=label, type=type_, aliases=[label], mentions=1)])


def test_yaml_and_csv_give_the_same_rules(tmp_path):
    yaml_file = tmp_path / "aliases.yaml"
    yaml_file.write_text("same:\n  Sergey Kislyak: [Sergei Kislyak]\n"
                         "distinct:\n  - [Raul Castro, Castro]\n")
    csv_file = tmp_path / "aliases.csv"
    csv_file.write_text("name,other,relation\nSergey Kislyak,Sergei Kislyak\n"
                        "# a comment\nRaul Castro,Castro,distinct\n")
    for rules in (load_aliases(yaml_file), load_aliases(csv_file)):
        assert rules.canonical_for(["sergei kislyak"]) == "Sergey Kislyak"
        assert rules.kept_apart(["Castro"], ["Raul Castro"])


def test_aliases_join_what_the_rules_missed_and_name_the_node():
    rules = parse_csv("Kurdistan Workers' Party,PKK\n")
    entities, _ = resolve([doc("a", "PKK", "ORG"), doc("b", "Kurdistan Workers' Party", "ORG")],
                          rules)
    assert [(e.label, e.documents) for e in entities] == [("Kurdistan Workers' Party",
                                                           ["a", "b"])]
    assert any(m.rule.startswith("aliases file") for m in entities[0].merges)


def test_distinct_keeps_apart_what_the_rules_would_join():
    docs = [doc("a", "Mike Pence"), doc("b", "Pence")]
    assert len(resolve(docs)[0]) == 1
    assert len(resolve(docs, parse_csv("Mike Pence,Pence,distinct\n"))[0]) == 2


@pytest.mark.parametrize("content, suffix, message", [
    ("a,b,maybe\n", ".csv", "line 1: relation must be 'alias' or 'distinct'"),
    ("only-one-name\n", ".csv", "line 1: expected name,other"),
    ("same: [1, 2\n", ".yaml", "malformed YAML"),
    ("other: 1\n", ".yaml", "expected a mapping"),
])
def test_bad_files_give_one_line_errors_naming_the_file(tmp_path, content, suffix, message):
    path = tmp_path / f"aliases{suffix}"
    path.write_text(content)
    with pytest.raises(AliasesFileError) as error:
        load_aliases(path)
    assert str(error.value).startswith(str(path)) and message in str(error.value)
    assert "\n" not in str(error.value)


def test_missing_file(tmp_path):
    with pytest.raises(AliasesFileError, match="no such file"):
        load_aliases(tmp_path / "none.yaml")
    assert parse_yaml("") .canonical == {}


def test_build_with_a_bad_aliases_file_is_a_one_line_error(tmp_path):
    from click.testing import CliRunner

    from graphbuild.cli import main
    article = tmp_path / "a.txt"
    article.write_text("Sessions met Kislyak in July.")
    bad = tmp_path / "aliases.csv"
    bad.write_text("a,b,perhaps\n")
    result = CliRunner().invoke(main, ["build", str(article), "-o", str(tmp_path / "out"),
                                       "--format", "json", "--aliases", str(bad), "-q"])
    assert result.exit_code == 1
    assert result.output.strip().count("\n") == 0 and str(bad) in result.output
    assert "Traceback" not in result.output


def test_build_honours_the_aliases_file(tmp_path):
    import graphbuild
    article = tmp_path / "a.txt"
    article.write_text("Kurdish militants of the PKK attacked a base, Turkey said on Monday.")
    rules = tmp_path / "aliases.yaml"
    rules.write_text("same:\n  Kurdistan Workers' Party: [PKK]\n")
    kg = graphbuild.build([str(article)], workers=1, aliases=rules)
    found = kg.explain("PKK")
    assert found.label == "Kurdistan Workers' Party"
    assert ("Kurdistan Workers' Party", [("canonical name in the aliases file", "", 1)]) in [
        (r.alias, r.rules) for r in found.reasons]
