"""`graphbuild query` and `graphbuild stats`: every option, on the story graph and on seeds."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from graphbuild.cli import main


@pytest.fixture
def story_file(story_kg, tmp_path):
    path = tmp_path / "story" / "graph.json"
    path.parent.mkdir()
    story_kg.write_json(path)
    return path


def run(*args: object):
    return CliRunner().invoke(main, [str(a) for a in args])


def ok(*args: object) -> str:
    result = run(*args)
    assert result.exit_code == 0, result.output
    return result.stdout


def failed(*args: object, code: int = 1) -> str:
    """Run a command that must fail; its error is one line on stderr, with no traceback."""
    result = run(*args)
    assert result.exit_code == code, result.output
    assert result.stdout == ""
    if code == 1:
        assert result.stderr.startswith("graphbuild: error: ")
        assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    return result.stderr


# -- --entity ----------------------------------------------------------------------------------

def test_entity_text_and_json(story_file):
    text = ok("query", story_file, "--entity", "the sessions's")
    assert text.splitlines()[0] == "Jeff Sessions (PERSON)  [PERSON:jeff-sessions]"
    assert "also called: Sessions, AG Sessions" in text
    data = json.loads(ok("query", story_file, "--entity", "Sessions", "--json"))
    assert data["id"] == "PERSON:jeff-sessions" and data["mentions"] == 8


def test_type_settles_an_ambiguous_entity(story_file):
    assert json.loads(ok("query", story_file, "--entity", "Trump", "--type", "ORG",
                         "--json"))["id"] == "ORG:trump"


# -- errors ------------------------------------------------------------------------------------

def test_ambiguous_name_is_a_one_line_error(story_file):
    error = failed("query", story_file, "--neighbors", "Trump")
    assert "Donald Trump [PERSON:donald-trump]" in error and "Trump [ORG:trump]" in error


def test_unknown_name_suggests(story_file):
    error = failed("query", story_file, "--path", "Sesions", "Kislyak")
    assert "did you mean Jeff Sessions [PERSON:jeff-sessions]?" in error


def test_same_entity_twice_is_an_error(story_file):
    assert "same entity" in failed("query", story_file, "--path", "Sessions", "Jeff Sessions")


def test_exactly_one_question(story_file):
    assert "exactly one of" in failed("query", story_file, code=2)
    assert "got --neighbors, --top" in failed("query", story_file, "--neighbors", "Flynn",
                                              "--top", "3", code=2)


def test_missing_or_unreadable_graph(tmp_path):
    assert "does not exist" in failed("query", tmp_path / "nope.json", "--top", "1", code=2)
    assert "no graph at" in failed("query", tmp_path, "--top", "1")  # a folder without graph.json
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    assert "cannot read a graph" in failed("stats", bad)


# -- --neighbors -------------------------------------------------------------------------------

def test_neighbors_text_shows_direction_and_evidence(story_file):
    text = ok("query", story_file, "--neighbors", "Flynn")
    assert text.splitlines()[0] == "Michael Flynn (PERSON): 4 neighbours"
    assert "    Michael Flynn <-[fire]- Donald Trump  (role; 1 mention)" in text.splitlines()
    assert "    Michael Flynn <-[interview]- FBI  (communication; hedged; 1 mention)" in text.splitlines()
    assert '        "Flynn told Pence he had not discussed sanctions." [a2]' in text.splitlines()


def test_neighbors_type_predicate_limit_evidence(story_file):
    text = ok("query", story_file, "--neighbors", "Flynn", "--type", "ORG")
    assert "FBI (ORG)" in text and "Mike Pence" not in text
    for predicate in ("meet with", "MEET"):
        text = ok("query", story_file, "--neighbors", "Kislyak", "--predicate", predicate)
        assert text.splitlines()[:2] == ["Sergey Kislyak (PERSON): 1 neighbour",
                                         "  Jeff Sessions (PERSON)"]
    limited = ok("query", story_file, "--neighbors", "Flynn", "--limit", "1").splitlines()
    assert limited[:2] == ["Michael Flynn (PERSON): 4 neighbours, the first 1",
                           "  Donald Trump (PERSON)"]
    assert not [line for line in limited if line.startswith("  ") and not line.startswith("    ")
                and "Donald Trump" not in line]
    assert '"' not in ok("query", story_file, "--neighbors", "Flynn", "--evidence", "0")
    two = ok("query", story_file, "--neighbors", "Sessions", "--evidence", "2")
    assert "again in September" in two and "more sentence" not in two


def test_neighbors_json(story_file):
    data = json.loads(ok("query", story_file, "--neighbors", "Sessions", "--json"))
    assert data["entity"]["id"] == "PERSON:jeff-sessions"
    (kislyak,) = data["neighbors"]
    assert [(l["negated"], l["weight"]) for l in kislyak["links"]] == [(False, 2), (True, 1)]
    assert len(kislyak["links"][0]["evidence"]) == 2  # JSON keeps every sentence


# -- --path ------------------------------------------------------------------------------------

def test_path_text(story_file):
    text = ok("query", story_file, "--path", "Sessions", "Pence")
    assert text.splitlines()[:5] == [
        "1 path between Jeff Sessions and Mike Pence:",
        "Path 1: 3 hops, 5 mentions",
        "  Jeff Sessions -[meet with]-> Sergey Kislyak  (meeting; 2 mentions)",
        '      "Sessions met with Kislyak in July." [a1]',
        "      (+1 more sentence)",
    ]
    assert "      (+1 more edge between them)" in text.splitlines()
    assert "  Sergey Kislyak <-[talk to]- Michael Flynn  (communication; 1 mention)" in text.splitlines()


def test_path_max_hops_and_json(story_file):
    assert ok("query", story_file, "--path", "Sessions", "Pence", "--max-hops", "2") == (
        "No path between Jeff Sessions and Mike Pence within 2 hops.\n")
    data = json.loads(ok("query", story_file, "--path", "Russia", "Flynn", "--json"))
    assert [p["nodes"] for p in data] == [["GPE:russia", "PERSON:sergey-kislyak",
                                           "PERSON:michael-flynn"]]
    assert data[0]["steps"][0]["links"][0]["direction"] == "in"


def test_path_limit(tmp_path):
    import networkx as nx
    from graphbuild import KnowledgeGraph
    g = nx.MultiDiGraph()
    for middle in "xyz":
        for end in "ab":
            g.add_node(end, label=end.upper())
            g.add_node(middle, label=middle.upper())
            g.add_edge(end, middle, predicate="know", weight=1)
    KnowledgeGraph(g).write_json(tmp_path / "graph.json")
    data = json.loads(ok("query", tmp_path, "--path", "A", "B", "--limit", "2", "--json"))
    assert [p["nodes"] for p in data] == [["a", "x", "b"], ["a", "y", "b"]]


# -- --relations -------------------------------------------------------------------------------

def test_relations_filters(story_file):
    text = ok("query", story_file, "--relations", "--subject", "Flynn")
    assert text.splitlines()[0] == "Michael Flynn -[talk to]-> Sergey Kislyak  (communication; 1 mention)"
    text = ok("query", story_file, "--relations", "--object", "Flynn", "--predicate", "fire")
    assert text.splitlines() == ["Donald Trump -[fire]-> Michael Flynn  (role; 1 mention)",
                                 '    "Trump fired Flynn." [a2]']
    data = json.loads(ok("query", story_file, "--relations", "--limit", "2", "--json"))
    assert len(data) == 2 and data[0]["predicate"] == "meet with"
    assert ok("query", story_file, "--relations", "--predicate", "invade") == (
        "No matching relations.\n")


# -- --top, --communities ----------------------------------------------------------------------

def test_top_by_and_type(story_file):
    assert ok("query", story_file, "--top", "2").splitlines() == [
        " 1. Michael Flynn (PERSON)  degree 4", " 2. Sergey Kislyak (PERSON)  degree 3"]
    assert ok("query", story_file, "--top", "1", "--by", "mentions") == (
        " 1. Jeff Sessions (PERSON)  mentions 8\n")
    assert "pagerank 0." in ok("query", story_file, "--top", "1", "--by", "pagerank")
    data = json.loads(ok("query", story_file, "--top", "5", "--type", "GPE", "--json"))
    assert [r["label"] for r in data] == ["Russia", "Alabama"]
    assert "'--by'" in failed("query", story_file, "--top", "1", "--by", "x", code=2)
    failed("query", story_file, "--top", "0", code=2)


def test_communities(story_file):
    text = ok("query", story_file, "--communities")
    assert text.startswith(" 1. (")
    data = json.loads(ok("query", story_file, "--communities", "--json", "--limit", "1"))
    assert len(data) == 1 and data[0]["size"] == len(data[0]["members"]) >= 2


# -- stats -------------------------------------------------------------------------------------

def test_stats_text(story_file):
    lines = ok("stats", story_file).splitlines()
    assert lines[0] == ("9 entities, 7 relations, 3 articles (2017-02-14 to 2017-03-02), "
                        "3 connected groups")
    assert lines[1] == "Entities by type: PERSON 5, GPE 2, ORG 2"
    assert lines[3] == "Relations by class: communication 3, meeting 2, role 2"
    assert lines[4] == "Denied relations: 1; hedged: 1"
    assert "   1. Michael Flynn (PERSON)  degree 4" in lines


def test_stats_top_and_json(story_file):
    data = json.loads(ok("stats", story_file, "--top", "1", "--json"))
    assert [r["label"] for r in data["most_connected"]] == ["Michael Flynn"]
    assert data["date_range"] == ["2017-02-14", "2017-03-02"]
    assert data["types"] == {"PERSON": 5, "GPE": 2, "ORG": 2}


# -- on the graph built from the seed articles (json, graphml and the folder) ------------------

def test_seeds_neighbors_of_sessions(seeds_output):
    text = ok("query", seeds_output, "--neighbors", "Sessions")
    assert "Sessions" in text.splitlines()[0]


def test_seeds_every_format_answers_alike(seeds_output):
    top = [ok("query", path, "--top", "5") for path in
           (seeds_output, seeds_output / "graph.json", seeds_output / "graph.graphml")]
    assert top[0] == top[1] == top[2]


def test_seeds_path_between_the_ends_of_an_edge(seeds_output, seeds_kg):
    u, v = next((u, v) for u, v in seeds_kg.graph.edges() if u != v)
    data = json.loads(ok("query", seeds_output / "graph.graphml", "--path", u, v, "--json"))
    assert data[0]["nodes"] == [u, v]
    assert data[0]["steps"][0]["links"][0]["evidence"][0]["sentence"]


def test_seeds_stats(seeds_output, seeds_kg):
    data = json.loads(ok("stats", seeds_output, "--json"))
    assert data["nodes"] == seeds_kg.graph.number_of_nodes()
    assert len(data["articles"]) == 5
    assert "5 articles" in ok("stats", seeds_output).splitlines()[0]


# -- subgraph ----------------------------------------------------------------------------------

def test_subgraph_writes_the_part_around_names(story_file, tmp_path):
    out = tmp_path / "part"
    result = run("subgraph", story_file, "Pence", "Alabama", "-o", out, "--format", "json,graphml")
    assert result.exit_code == 0, result.output
    assert "3 nodes, 1 edges, 2 articles" in result.stderr
    assert sorted(p.name for p in out.iterdir()) == ["graph.graphml", "graph.json"]
    top = ok("query", out, "--top", "5").splitlines()
    assert [line.split(". ", 1)[1].split("  ")[0] for line in top] == [
        "Michael Flynn (PERSON)", "Mike Pence (PERSON)", "Alabama (GPE)"]


def test_subgraph_radius_and_errors(story_file, tmp_path):
    ok("subgraph", story_file, "Sessions", "--radius", "2", "-o", tmp_path / "r2",
       "--format", "json")
    data = json.loads(ok("stats", tmp_path / "r2", "--json"))
    assert data["nodes"] == 4
    assert "Comey" in failed("subgraph", story_file, "Comey", "-o", tmp_path / "x")
    assert not (tmp_path / "x").exists()
    error = failed("subgraph", story_file, "Sessions", "--format", "pdf", code=2)
    assert "unknown format 'pdf'" in error
    failed("subgraph", story_file, code=2)  # no name


def test_seeds_subgraph_default_formats(seeds_output, tmp_path):
    result = run("subgraph", seeds_output, "Sessions", "-o", tmp_path / "s")
    assert result.exit_code == 0, result.output
    written = {p.name for p in (tmp_path / "s").iterdir()}
    assert {"graph.graphml", "graph.html", "graph.json"} <= written
    assert "Sessions" in ok("query", tmp_path / "s", "--entity", "Sessions")


# -- every option of query on the seeds graph --------------------------------------------------

@pytest.fixture(scope="module")
def seeds_edge(seeds_kg):
    """Two entities of the seeds graph joined by an edge, and that edge's predicate."""
    for u, v, data in seeds_kg.graph.edges(data=True):
        if u != v:
            return u, v, data["predicate"]
    pytest.fail("the seeds graph has no edge")


def test_seeds_entity(seeds_output):
    first = ok("query", seeds_output, "--entity", "sessions").splitlines()[0]
    assert "Sessions" in first and "[" in first
    data = json.loads(ok("query", seeds_output, "--entity", "Sessions", "--type", "PERSON",
                         "--json"))
    assert data["type"] == "PERSON" and "Sessions" in data["label"]


def test_seeds_neighbors_type_predicate_limit_evidence(seeds_output, seeds_edge):
    u, v, predicate = seeds_edge
    data = json.loads(ok("query", seeds_output, "--neighbors", u, "--json"))
    kinds = {n["type"] for n in data["neighbors"]}
    for kind in kinds:
        typed = json.loads(ok("query", seeds_output, "--neighbors", u, "--type", kind, "--json"))
        assert typed["neighbors"] and {n["type"] for n in typed["neighbors"]} == {kind}
    by_predicate = json.loads(ok("query", seeds_output, "--neighbors", u, "--predicate",
                                 predicate, "--json"))
    assert v in [n["id"] for n in by_predicate["neighbors"]]
    one = json.loads(ok("query", seeds_output, "--neighbors", u, "--limit", "1", "--json"))
    assert len(one["neighbors"]) == 1
    assert '"' not in ok("query", seeds_output, "--neighbors", u, "--evidence", "0")
    assert '"' in ok("query", seeds_output, "--neighbors", u, "--evidence", "2")


def test_seeds_path_max_hops_limit(seeds_output, seeds_edge):
    u, v, _ = seeds_edge
    direct = json.loads(ok("query", seeds_output, "--path", u, v, "--max-hops", "1", "--json"))
    assert direct and all(p["hops"] == 1 for p in direct)
    one = json.loads(ok("query", seeds_output, "--path", u, v, "--limit", "1", "--json"))
    assert len(one) == 1 and one[0]["nodes"] == [u, v]
    text = ok("query", seeds_output, "--path", u, v, "--evidence", "0")
    assert text.splitlines()[1].startswith("Path 1: 1 hop, ") and '"' not in text


def test_seeds_relations_options(seeds_output, seeds_edge):
    u, v, predicate = seeds_edge
    data = json.loads(ok("query", seeds_output, "--relations", "--subject", u, "--object", v,
                         "--json"))
    assert data and {(r["subject"], r["object"]) for r in data} == {(u, v)}
    data = json.loads(ok("query", seeds_output, "--relations", "--predicate", predicate,
                         "--limit", "50", "--json"))
    assert (u, v) in [(r["subject"], r["object"]) for r in data]
    assert ok("query", seeds_output, "--relations", "--subject", u).startswith(
        json.loads(ok("query", seeds_output, "--entity", u, "--json"))["label"])


@pytest.mark.parametrize("by", ["degree", "pagerank", "mentions"])
def test_seeds_top_by(seeds_output, by):
    data = json.loads(ok("query", seeds_output, "--top", "4", "--by", by, "--json"))
    assert len(data) == 4 and {r["by"] for r in data} == {by}
    assert [r["score"] for r in data] == sorted((r["score"] for r in data), reverse=True)
    people = json.loads(ok("query", seeds_output, "--top", "3", "--by", by, "--type", "person",
                           "--json"))
    assert people and {r["type"] for r in people} == {"PERSON"}
    assert len(ok("query", seeds_output, "--top", "4", "--by", by).splitlines()) == 4


def test_seeds_communities(seeds_output):
    data = json.loads(ok("query", seeds_output, "--communities", "--limit", "2", "--json"))
    assert 1 <= len(data) <= 2
    assert [c["size"] for c in data] == sorted((c["size"] for c in data), reverse=True)
    assert ok("query", seeds_output, "--communities").splitlines()[0].startswith(" 1. (")


def test_seeds_unknown_name(seeds_output):
    assert "no entity named 'Nobody Atall'" in failed("query", seeds_output, "--neighbors",
                                                        "Nobody Atall")


def test_seeds_stats_top(seeds_output):
    data = json.loads(ok("stats", seeds_output, "--top", "3", "--json"))
    assert len(data["most_connected"]) == 3
    assert sum(data["types"].values()) == data["nodes"]
