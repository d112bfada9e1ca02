"""Updates: new articles join a graph through its extraction store, old ones are not re-parsed."""
from __future__ import annotations

import gzip
import json

import networkx as nx
import pytest

import graphbuild
import graphbuild.pipeline.workers
from graphbuild.ingest.sources import article_from_text
from graphbuild.pipeline.run import BuildReport, save_build
from graphbuild.pipeline.update import STORE_NAME, StoreError, read_store, write_store


def node_link(kg) -> str:
    return json.dumps(nx.node_link_data(kg.graph, edges="edges"), sort_keys=True)


def seed_files(seeds_dir) -> list[str]:
    return [str(p) for p in sorted(seeds_dir.glob("*.txt"))]


def parsed_ids(monkeypatch) -> list[str]:
    """Record the id of every article parsed from now on (in this process)."""
    seen: list[str] = []
    real = graphbuild.pipeline.workers.parse_articles

    def spy(nlp, articles, **kwargs):
        for article, parsed in real(nlp, articles, **kwargs):
            seen.append(article.id)
            yield article, parsed
    monkeypatch.setattr(graphbuild.pipeline.workers, "parse_articles", spy)
    return seen


def test_update_equals_a_fresh_build_and_parses_only_new_articles(seeds_dir, seeds_kg, tmp_path,
                                                                  monkeypatch):
    files = seed_files(seeds_dir)
    first = BuildReport()
    kg = graphbuild.build(files[:2], workers=1, report=first)
    save_build(kg, first, tmp_path, formats=("json",))
    parsed = parsed_ids(monkeypatch)
    report = BuildReport()
    updated = graphbuild.build(files[2:], workers=1, update=tmp_path, report=report)
    assert (report.previous, report.articles) == (2, 3)
    assert sorted(parsed) == sorted(p.rsplit("/", 1)[-1][:-4] for p in files[2:])
    assert node_link(updated) == node_link(seeds_kg)


def test_an_article_already_in_the_graph_counts_once(seeds_dir, tmp_path, monkeypatch):
    files = seed_files(seeds_dir)
    first = BuildReport()
    save_build(graphbuild.build(files[:2], workers=1, report=first), first, tmp_path, ("json",))
    parsed = parsed_ids(monkeypatch)
    report = BuildReport()
    graphbuild.build(files[:3], workers=1, update=tmp_path, report=report)
    assert (report.duplicates, report.articles, len(parsed)) == (2, 1, 1)
    assert len(report.extractions) == 3


def test_a_new_text_under_an_old_id_is_added_beside_it(nlp, tmp_path):
    (tmp_path / "day1").mkdir()
    (tmp_path / "day2").mkdir()
    (tmp_path / "day1" / "story.txt").write_text("Pelosi met Schumer in Washington.")
    (tmp_path / "day2" / "story.txt").write_text("Schiff met Nunes in California.")
    out = tmp_path / "out"
    first = BuildReport()
    save_build(graphbuild.build([str(tmp_path / "day1")], workers=1, report=first), first, out,
               ("json",))
    report = BuildReport()
    kg = graphbuild.build([str(tmp_path / "day2")], workers=1, update=out, report=report)
    assert [a["id"] for a in kg.articles] == ["story", "story~2"] and report.renamed == 1


def test_updating_a_folder_without_a_graph_is_a_fresh_build(seeds_dir, seeds_kg, tmp_path):
    report = BuildReport()
    kg = graphbuild.build([str(seeds_dir)], workers=1, update=tmp_path / "new", report=report)
    assert report.previous == 0 and node_link(kg) == node_link(seeds_kg)


def test_a_graph_without_its_store_cannot_be_updated(seeds_kg, seeds_dir, tmp_path):
    seeds_kg.write_json(tmp_path / "graph.json")
    with pytest.raises(StoreError, match=f"no {STORE_NAME}"):
        graphbuild.build([str(seeds_dir)], workers=1, update=tmp_path)


def test_a_damaged_store_is_an_error_not_an_empty_graph(tmp_path):
    (tmp_path / STORE_NAME).write_bytes(b"not gzip at all")
    with pytest.raises(StoreError, match="cannot read"):
        read_store(tmp_path)
    with gzip.open(tmp_path / STORE_NAME, "wt") as f:
        f.write('{"format": "something else"}\n')
    with pytest.raises(StoreError, match="not a graphbuild extraction store"):
        read_store(tmp_path)


def test_store_round_trip_is_exact_and_byte_stable(seeds_kg, tmp_path):
    report = BuildReport()
    graphbuild.build([str(a["source"]) for a in seeds_kg.articles], workers=1, report=report)
    write_store(tmp_path / "a", report.extractions, "x", "m")
    write_store(tmp_path / "b", report.extractions, "x", "m")
    assert (tmp_path / "a" / STORE_NAME).read_bytes() == (tmp_path / "b" / STORE_NAME).read_bytes()
    store = read_store(tmp_path / "a")
    assert (store.extractor, store.model) == ("x", "m")
    assert [x.to_dict() for x in store.extractions] == [x.to_dict() for x in report.extractions]


def test_a_store_from_another_extractor_is_kept_with_a_note(nlp, tmp_path):
    article = article_from_text("Pelosi met Schumer in Washington.", id="old")
    from graphbuild.pipeline.run import extract_corpus
    write_store(tmp_path, extract_corpus([article], None, workers=1), "0-old", "some model")
    (tmp_path / "new.txt").write_text("Schiff met Nunes in California.")
    report = BuildReport()
    kg = graphbuild.build([str(tmp_path / "new.txt")], workers=1, update=tmp_path, report=report)
    assert [a["id"] for a in kg.articles] == ["new", "old"]
    assert "another graphbuild version or model" in report.notes[0]


def test_cli_update_adds_to_the_graph_in_output(seeds_dir, seeds_kg, tmp_path):
    from click.testing import CliRunner
    from graphbuild.cli import main

    files = seed_files(seeds_dir)
    out = tmp_path / "out"
    common = ["-o", str(out), "--format", "json", "--workers", "1", "--no-cache", "-q"]
    assert CliRunner().invoke(main, ["build", *files[:1], *common]).exit_code == 0
    assert CliRunner().invoke(main, ["build", "--update", *files[1:], *common]).exit_code == 0
    assert node_link(graphbuild.load(out)) == node_link(seeds_kg)


# -- a store and a graph of two builds, a store that lost a line: refused, never shrunk ------

def _cli(*args: str):
    from click.testing import CliRunner

    from graphbuild.cli import main
    return CliRunner().invoke(main, ["build", "--workers", "1", "--no-cache", "-q", *args])


def _snapshot(folder) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("stale", ["graph.json", STORE_NAME])
def test_update_refuses_a_graph_and_store_of_two_builds(seeds_dir, tmp_path, stale):
    """A run killed between the renames of its outputs leaves the new graph.json beside the
    old store (or the other way round): --update says so in one line and changes nothing."""
    files = seed_files(seeds_dir)
    big, small = tmp_path / "big", tmp_path / "small"
    assert _cli(*files[:4], "-o", str(big)).exit_code == 0
    assert _cli(files[4], "-o", str(small)).exit_code == 0
    (big / stale).write_bytes((small / stale).read_bytes())  # the half-published state
    before = _snapshot(big)
    result = _cli("--update", files[4], "-o", str(big))
    assert result.exit_code == 1
    assert result.output.strip().splitlines() == [
        f"graphbuild: error: {big / 'graph.json'} and {STORE_NAME} come from different builds "
        "(an interrupted write?); build it again without --update"]
    assert _snapshot(big) == before


def test_update_refuses_a_store_that_lost_a_line(seeds_dir, tmp_path):
    files = seed_files(seeds_dir)
    out = tmp_path / "out"
    assert _cli(*files[:3], "-o", str(out)).exit_code == 0
    with gzip.open(out / STORE_NAME, "rt", encoding="utf-8") as lines:
        kept = lines.readlines()[:-1]  # still valid gzip, one article short
    with gzip.open(out / STORE_NAME, "wt", encoding="utf-8") as store:
        store.writelines(kept)
    before = _snapshot(out)
    result = _cli("--update", files[4], "-o", str(out))
    assert result.exit_code == 1 and len(result.output.strip().splitlines()) == 1
    assert "is damaged: it holds 2 of the 3 articles its header lists" in result.output
    assert str(out / STORE_NAME) in result.output
    assert _snapshot(out) == before


def test_a_consistent_store_records_its_build_and_updates(seeds_dir, tmp_path):
    files = seed_files(seeds_dir)
    out = tmp_path / "out"
    assert _cli(*files[:2], "-o", str(out)).exit_code == 0
    with gzip.open(out / STORE_NAME, "rt") as lines:
        header = json.loads(next(lines))
    assert header["articles"] == 2 and header["graph_files"] == [
        "graph.graphml", "graph.html", "graph.json"]
    assert _cli("--update", *files[2:], "-o", str(out)).exit_code == 0
    assert len(json.loads((out / "graph.json").read_text())["graph"]["articles"]) == 5


def test_a_corrupt_store_is_one_line_naming_it(seeds_dir, tmp_path):
    files = seed_files(seeds_dir)
    out = tmp_path / "out"
    assert _cli(files[0], "-o", str(out)).exit_code == 0
    (out / STORE_NAME).write_bytes(b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03garbage")
    result = _cli("--update", files[1], "-o", str(out))
    assert result.exit_code == 1
    [line] = result.output.strip().splitlines()
    assert line.startswith(f"graphbuild: error: cannot read {out / STORE_NAME} (damaged): ")


def test_the_graphs_articles_are_read_without_decoding_the_graph(tmp_path):
    """The store check reads graph.json's article list line by line (a large archive's nodes
    and edges took more memory to decode than the merge); any other layout is read whole."""
    import json as _json

    from graphbuild.pipeline.update import _graph_articles
    from pathlib import Path
    seeds = Path(__file__).resolve().parent.parent / "output" / "graph.json"
    whole = _json.loads(seeds.read_text(encoding="utf-8"))["graph"]["articles"]
    assert len(whole) > 3 and _graph_articles(seeds) == whole
    (tmp_path / "one.json").write_text(_json.dumps({"graph": {"articles": whole}}))
    assert _graph_articles(tmp_path / "one.json") == whole
    (tmp_path / "none.json").write_text('{\n "graph": {\n  "articles": [],\n  "x": 1\n }\n}\n')
    assert _graph_articles(tmp_path / "none.json") == []
