"""The CLI on bad input: one line per problem naming the file, the rest of the corpus built, an
exit code that says what happened, never a traceback, and never a lost or half-written graph.

The corpus here is a few short articles among every kind of bad input, so one build parses
little; the 50 MB and many-files cases are checked at ingestion level in test_ingest.
"""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner

from graphbuild.cli import main
from graphbuild.graph import KnowledgeGraph

GOOD = ("Attorney General Jeff Sessions met with Russian Ambassador Sergey Kislyak in "
        "Washington on Monday.")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00"


def build(*args: str):
    """`graphbuild build ARGS` in this process (one worker, no cache: the parse runs here)."""
    result = CliRunner().invoke(main, ["build", "--workers", "1", "--no-cache", *args])
    assert "Traceback" not in result.output, result.output
    return result


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() if p.is_file() else b"<dir>"
            for p in sorted(folder.rglob("*"))} if folder.exists() else {}


def error_lines(result) -> list[str]:
    return [line for line in result.stderr.splitlines() if line.strip()]


@pytest.fixture
def earlier(tmp_path) -> Path:
    """An output folder with the graph of an earlier, good run."""
    (tmp_path / "first.txt").write_text(GOOD)
    out = tmp_path / "out"
    result = build(str(tmp_path / "first.txt"), "-o", str(out), "--format", "json,graphml", "-q")
    assert result.exit_code == 0, result.output
    return out


def test_every_bad_input_is_one_line_and_the_rest_is_built(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text(GOOD)
    (corpus / "latin1.txt").write_bytes("Angela Merkel visited Zürich and Málaga with "
                                        "François Hollande.".encode("latin-1"))
    (corpus / "bom.md").write_bytes(b"\xef\xbb\xbf" + "Barack Obama spoke in Havana.".encode())
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "blank.txt").write_text("  \n\n\t ")
    (corpus / "photo.txt").write_bytes(PNG)
    with (corpus / "dump.txt").open("wb") as f:  # over the per-article limit: never parsed
        f.write(b"lorem ipsum " * 600_000)
    (corpus / "oneline.txt").write_text("word " * 6000)  # 30 KB, no punctuation, no newline
    (corpus / "scripts.html").write_text("<html><head><script>var a = 1;</script></head>"
                                         "<body><script>run()</script></body></html>")
    (corpus / "feed.jsonl").write_text(json.dumps({"id": "j1", "text": "Putin met Trump."})
                                       + "\n{oops\n"
                                       + json.dumps({"title": "no text"}) + "\n")
    (corpus / "broken.json").write_text('{"text": ')
    os.symlink(corpus / "loop-b.txt", corpus / "loop-a.txt")
    os.symlink(corpus / "loop-a.txt", corpus / "loop-b.txt")
    os.symlink(corpus / "gone.txt", corpus / "dangling.txt")
    os.mkfifo(corpus / "pipe.txt")
    out = tmp_path / "out"
    missing = str(tmp_path / "missing.txt")
    result = build(str(corpus), missing, "-o", str(out), "--format", "json,graphml")
    assert result.exit_code == 3, result.output
    skipped = [line for line in error_lines(result) if line.startswith("graphbuild: skipped ")]
    expected = {
        "empty.txt": "empty file", "blank.txt": "no text (only whitespace)",
        "photo.txt": "binary file (a PNG image), not text",
        "dump.txt": "too large for one article (6.9 MB, the limit is 5 MB)",
        "scripts.html": "no article text found in HTML",
        "feed.jsonl:2": "malformed JSON line", "feed.jsonl:3": "JSON record has no 'text'",
        "broken.json": "malformed JSON at line 1", "loop-a.txt": "symlink loop",
        "loop-b.txt": "symlink loop", "dangling.txt": "broken symlink",
        "pipe.txt": "not a regular file", "missing.txt": "no such file or folder",
    }
    assert len(skipped) == len(expected), skipped
    for name, reason in expected.items():
        [line] = [s for s in skipped if s.split(": ")[1].endswith(os.sep + name)]
        assert line.split(": ", 2)[2].startswith(reason), line
    summary = error_lines(result)[-1]
    assert summary.startswith("5 articles read, 13 skipped"), summary
    data = json.loads((out / "graph.json").read_text())
    assert [a["id"] for a in data["graph"]["articles"]] == [
        "bom", "good", "j1", "latin1", "oneline"]
    labels = {n["label"] for n in data["nodes"]}
    assert "Zürich" in labels or any("Merkel" in label for label in labels)  # not mojibake
    assert not any("\ufeff" in label or "Ã" in label for label in labels)
    nx.read_graphml(out / "graph.graphml")  # valid


def test_only_input_missing_fails_with_one_line(tmp_path):
    out = tmp_path / "out"
    result = build(str(tmp_path / "nope.txt"), "-o", str(out))
    assert result.exit_code == 1
    assert error_lines(result) == [
        f"graphbuild: skipped {tmp_path / 'nope.txt'}: no such file or folder",
        f"graphbuild: error: no readable article in {tmp_path / 'nope.txt'}"]
    assert not out.exists()


def test_only_bad_inputs_keep_the_earlier_graph(tmp_path, earlier):
    before = snapshot(earlier)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "photo.txt").write_bytes(PNG)
    result = build(str(tmp_path / "empty.txt"), str(tmp_path / "photo.txt"), "-o", str(earlier))
    assert result.exit_code == 1 and "no readable article" in error_lines(result)[-1]
    assert snapshot(earlier) == before


def test_bad_format_is_a_usage_error_and_writes_nothing(tmp_path, earlier):
    before = snapshot(earlier)
    result = build(str(tmp_path / "first.txt"), "-o", str(earlier), "--format", "json,../evil")
    assert result.exit_code == 2 and "unknown format '../evil'" in result.output
    assert snapshot(earlier) == before and not (tmp_path / "evil").exists()


def test_exporter_exception_is_one_line_and_keeps_the_earlier_graph(tmp_path, earlier,
                                                                    monkeypatch):
    before = snapshot(earlier)
    (tmp_path / "second.txt").write_text("Vladimir Putin met Donald Trump in Helsinki.")

    def broken(self, path, **options):
        raise ZeroDivisionError("exporter bug")
    monkeypatch.setattr(KnowledgeGraph, "write_graphml", broken)
    result = build(str(tmp_path / "second.txt"), "-o", str(earlier), "--format", "json,graphml")
    assert result.exit_code == 1
    assert error_lines(result)[-1].startswith(
        "graphbuild: error: unexpected ZeroDivisionError: exporter bug")
    assert snapshot(earlier) == before


def test_keyboard_interrupt_mid_run_exits_130_and_keeps_the_earlier_graph(tmp_path, earlier,
                                                                          monkeypatch):
    import graphbuild.pipeline.safety

    before = snapshot(earlier)
    (tmp_path / "second.txt").write_text("Vladimir Putin met Donald Trump in Helsinki.")

    def interrupted(article, parsed):
        raise KeyboardInterrupt
    monkeypatch.setattr(graphbuild.pipeline.safety, "extract_article", interrupted)
    result = build(str(tmp_path / "second.txt"), "-o", str(earlier))
    assert result.exit_code == 130
    assert error_lines(result) == ["graphbuild: interrupted; no partial output was written"]
    assert snapshot(earlier) == before


def test_an_article_that_crashes_extraction_is_skipped_and_the_rest_built(tmp_path,
                                                                          monkeypatch):
    import graphbuild.pipeline.safety

    real = graphbuild.pipeline.safety.extract_article

    def fragile(article, parsed):
        if article.id == "bad":
            raise IndexError("token out of range")
        return real(article, parsed)
    monkeypatch.setattr(graphbuild.pipeline.safety, "extract_article", fragile)
    result, data = build_bad_and_good(tmp_path)
    assert (f"graphbuild: skipped {tmp_path / 'bad.txt'}: extraction failed: IndexError: "
            "token out of range") in error_lines(result)
    assert any("Sessions" in n["label"] for n in data["nodes"])


def build_bad_and_good(tmp_path):
    """Build bad.txt (about Helsinki) and good.txt: only good.txt may end up in the graph."""
    (tmp_path / "bad.txt").write_text("Vladimir Putin met Donald Trump in Helsinki.")
    (tmp_path / "good.txt").write_text(GOOD)
    out = tmp_path / "out"
    result = build(str(tmp_path / "bad.txt"), str(tmp_path / "good.txt"), "-o", str(out),
                   "--format", "json")
    assert result.exit_code == 3
    data = json.loads((out / "graph.json").read_text())
    assert [a["id"] for a in data["graph"]["articles"]] == ["good"]
    return result, data


def test_names_from_input_never_choose_paths_outside_the_output_folder(tmp_path):
    """Article ids, titles and urls come from the input; no output or cache path uses them."""
    corpus = tmp_path / "in"
    corpus.mkdir()
    records = [{"id": "../../escaped", "text": GOOD}, {"id": "/tmp/absolute-graphbuild", "text":
               "Vladimir Putin met Donald Trump in Helsinki."},
               {"id": "..", "title": "../../title", "url": "file:///etc/passwd",
                "text": "Angela Merkel met Emmanuel Macron in Paris."}]
    (corpus / "feed.jsonl").write_text("\n".join(json.dumps(r) for r in records) + "\n")
    out, cache = tmp_path / "work" / "out", tmp_path / "work" / "cache"
    siblings, inside = sorted(os.listdir(tmp_path.parent)), sorted(os.listdir(tmp_path))
    result = CliRunner().invoke(main, ["build", str(corpus), "-o", str(out), "--workers", "1",
                                       "--cache-dir", str(cache), "--format",
                                       "json,graphml,html,gexf,csv"])
    assert result.exit_code == 0, result.output
    assert sorted(os.listdir(tmp_path.parent)) == siblings
    assert sorted(os.listdir(tmp_path)) == sorted(inside + ["work"])
    assert not Path("/tmp/absolute-graphbuild").exists()
    written = [p for p in (tmp_path / "work").rglob("*") if p.is_file()]
    assert written and all(p.resolve().is_relative_to((tmp_path / "work").resolve())
                           for p in written)
    assert not any("escaped" in str(p) or "absolute" in str(p) for p in written)
    ids = {a["id"] for a in json.loads((out / "graph.json").read_text())["graph"]["articles"]}
    assert ids == {"../../escaped", "/tmp/absolute-graphbuild", ".."}  # kept as data, not paths


def _wait_until_reading_stdin(pid: int, limit: float = 300.0) -> None:
    """Wait for the process to block in read(0, ...) (a state, not a duration: the limit only
    stops a hung test)."""
    give_up = time.monotonic() + limit
    while time.monotonic() < give_up:
        try:
            syscall = Path(f"/proc/{pid}/syscall").read_text()
        except OSError:
            pytest.skip("no /proc/<pid>/syscall to tell when the process reads stdin")
        if syscall.startswith("0 0x0 "):  # syscall 0 is read, its first argument fd 0
            return
        time.sleep(0.05)
    pytest.fail("graphbuild never got to reading stdin")


def _group_gone(pgid: int, limit: float = 60.0) -> bool:
    """Whether every process of the group has exited (the fork server leaves soon after)."""
    give_up = time.monotonic() + limit
    while time.monotonic() < give_up:
        alive = []
        for stat_file in Path("/proc").glob("[0-9]*/stat"):
            try:
                fields = stat_file.read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == pgid and fields[0] != "Z":
                alive.append(stat_file.parent.name)
        if not alive:
            return True
        time.sleep(0.1)
    return False


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")
def test_ctrl_c_in_a_real_process_exits_130_with_one_line(tmp_path, earlier):
    before = snapshot(earlier)
    proc = subprocess.Popen(
        [sys.executable, "-m", "graphbuild", "build", "-", "-o", str(earlier), "--workers", "1",
         "--no-cache"], stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True, preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        _wait_until_reading_stdin(proc.pid)
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=300)
    finally:
        proc.kill()
    assert proc.returncode == 130, stderr
    assert [line for line in stderr.splitlines() if line.strip()] == [
        "graphbuild: interrupted; no partial output was written"]
    assert snapshot(earlier) == before


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")
def test_ctrl_c_with_worker_processes_is_one_line_and_leaves_no_process(tmp_path, earlier):
    """The pool is up (a folder read before stdin fills its first chunks) when Ctrl-C comes:
    no traceback from the workers or the fork server, and none of them left running."""
    corpus = tmp_path / "+corpus"  # "+" sorts before "-": read, and sent to the pool, first
    corpus.mkdir()
    for i in range(20):
        (corpus / f"a{i:02d}.txt").write_text(f"Story {i}. {GOOD}")
    before = snapshot(earlier)
    proc = subprocess.Popen(
        [sys.executable, "-m", "graphbuild", "build", "+corpus", "-", "-o", str(earlier),
         "--workers", "2", "--no-cache"], cwd=tmp_path, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        _wait_until_reading_stdin(proc.pid)
        os.killpg(proc.pid, signal.SIGINT)  # as a terminal does: the whole process group
        _, stderr = proc.communicate(timeout=300)
    finally:
        proc.kill()
    assert proc.returncode == 130, stderr
    assert [line for line in stderr.splitlines() if line.strip()] == [
        "graphbuild: interrupted; no partial output was written"]
    assert snapshot(earlier) == before
    assert _group_gone(proc.pid)


def test_graphml_and_json_hold_any_characters(tmp_path):
    """Control characters, lone surrogates and markup in labels and evidence: valid files."""
    nasty = "A\x00B\x0bC\x1bD\ufffeE <tag> & \"quote\" ]]> \U0001F600 \u202e"
    g = nx.MultiDiGraph()
    g.graph["articles"] = [{"id": nasty}]
    g.add_node(f"PERSON:{nasty}", label=nasty, type="PERSON", aliases=[nasty, "x"], mentions=1,
               documents=[nasty], titles=[nasty])
    g.add_node("ORG:b", label="B", type="ORG", aliases=[], mentions=1, documents=[], titles=[])
    g.add_edge(f"PERSON:{nasty}", "ORG:b", key=nasty, predicate=nasty, negated=False,
               hedged=True, weight=1, documents=[nasty],
               evidence=[{"doc": nasty, "sentence": nasty, "start": 0, "end": 3}])
    kg = KnowledgeGraph(g)
    kg.save(tmp_path, ("json", "graphml", "gexf"))
    back = nx.read_graphml(tmp_path / "graph.graphml")
    assert back.number_of_nodes() == 2 and back.number_of_edges() == 1
    label = back.nodes[next(n for n in back if n != "ORG:b")]["label"]
    assert label == "ABCDE <tag> & \"quote\" ]]> \U0001F600 \u202e"
    nx.read_gexf(tmp_path / "graph.gexf")
    nodes = json.loads((tmp_path / "graph.json").read_text())["nodes"]
    assert {n["label"] for n in nodes} == {nasty, "B"}  # JSON escapes, and keeps, everything


def test_html_escapes_article_text(tmp_path):
    attack = "</script><script>alert('x')</script><img src=x onerror=alert(1)>"
    g = nx.MultiDiGraph()
    g.add_node("PERSON:a", label=attack, type="PERSON", aliases=[attack], mentions=1,
               documents=["d"], titles=[])
    g.add_node("PERSON:b", label="B", type="PERSON", aliases=[], mentions=1, documents=["d"],
               titles=[])
    g.add_edge("PERSON:a", "PERSON:b", key="meet", predicate="meet", negated=False, hedged=False,
               weight=1, documents=["d"],
               evidence=[{"doc": "d", "sentence": attack, "start": 0, "end": 5}])
    KnowledgeGraph(g).save(tmp_path, ("html",))
    page = (tmp_path / "graph.html").read_text()
    assert "<script>alert('x')" not in page and "<img src=x" not in page


def test_unwritable_output_is_one_line(tmp_path):
    (tmp_path / "story.txt").write_text(GOOD)
    (tmp_path / "file").write_text("not a folder")
    result = build(str(tmp_path / "story.txt"), "-o", str(tmp_path / "file" / "out"))
    assert result.exit_code == 1
    [line] = error_lines(result)
    assert line.startswith(f"graphbuild: error: cannot write to {tmp_path / 'file' / 'out'}: ")
    assert (tmp_path / "file").read_text() == "not a folder"


@pytest.mark.parametrize("delay", [0.05, 0.15, 0.3])
def test_ctrl_c_while_starting_up_prints_no_traceback(tmp_path, delay):
    """Most of the first second goes to imports (click, networkx, spaCy): a Ctrl-C then ends
    like one at any other moment.

    The delay counts from the moment graphbuild's own code runs (`-X importtime` reports each
    import as it ends: the `graphbuild` package, then the first import that `__main__.run()`
    makes). A Ctrl-C before that reaches CPython's start-up (its `site` import, or runpy finding
    the package), which dies of it or prints "Fatal Python error: init_import_site" and a
    traceback; no code of graphbuild's can catch it. On a busy machine a delay counted from
    launch landed there (a tenth of a second of start-up under load).
    """
    proc = subprocess.Popen(
        [sys.executable, "-X", "importtime", "-m", "graphbuild", "build", "-",
         "-o", str(tmp_path / "out"), "--workers", "1", "--no-cache"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    try:
        early, package_imported = [], False
        for line in proc.stderr:  # until an import made by graphbuild.__main__.run() ends
            early.append(line)
            if package_imported:
                break
            package_imported = line.rstrip().endswith("| graphbuild")
        time.sleep(delay)
        proc.send_signal(signal.SIGINT)
        _, rest = proc.communicate(timeout=120)
    finally:
        proc.kill()
    stderr = "".join(line for line in [*early, *rest.splitlines(keepends=True)]
                     if not line.startswith("import time:"))
    assert "Traceback" not in stderr, stderr
    assert proc.returncode in (130, -signal.SIGINT), stderr
    if proc.returncode == 130:
        assert [line for line in stderr.splitlines() if line.strip()] == [
            "graphbuild: interrupted; no partial output was written"]
    assert not (tmp_path / "out").exists()


def test_importing_the_package_imports_nothing_more():
    """Until `graphbuild.__main__.run()` is running, a Ctrl-C is a traceback: the package that
    `graphbuild` and `python -m graphbuild` import first must load no other module."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-c", "import graphbuild"],
                          capture_output=True, text=True, timeout=120)
    lines = [line.split("|")[-1].rstrip() for line in done.stderr.splitlines()
             if line.startswith("import time:")]
    assert lines[lines.index(" site") + 1:] == [" graphbuild"], done.stderr


def test_an_article_that_makes_spacy_raise_is_skipped_and_the_rest_built(tmp_path, monkeypatch):
    import graphbuild.pipeline.workers
    from graphbuild.nlp import load_pipeline
    from spacy.language import Language

    @Language.component("graphbuild_test_fragile_parser")
    def fragile(doc):
        if "Helsinki" in doc.text:
            raise ValueError("[E999] spaCy gave up")
        return doc

    nlp = load_pipeline()
    nlp.add_pipe("graphbuild_test_fragile_parser")
    monkeypatch.setattr(graphbuild.pipeline.workers, "_PIPELINES", {None: nlp})
    result, _ = build_bad_and_good(tmp_path)
    assert (f"graphbuild: skipped {tmp_path / 'bad.txt'}: parsing failed: ValueError: "
            "[E999] spaCy gave up") in error_lines(result)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="uses /proc")
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_sigterm_or_sighup_ends_the_whole_worker_pool(tmp_path, earlier, signum):
    """`kill -TERM` (or a closed terminal) on a two-worker build, sent to the main process
    only while the workers parse: one line, exit 128 + the signal, the earlier graph kept, and
    no worker or fork server left running."""
    corpus = tmp_path / "+corpus"
    corpus.mkdir()
    story = (Path(__file__).resolve().parent.parent / "seeds" / "cbs_sessions_recusal.txt")
    for i in range(20):
        (corpus / f"a{i:02d}.txt").write_text(f"Story {i}.\n\n{story.read_text()}")
    before = snapshot(earlier)
    proc = subprocess.Popen(
        [sys.executable, "-m", "graphbuild", "build", "+corpus", "-", "-o", str(earlier),
         "--workers", "2", "--no-cache"], cwd=tmp_path, stdin=subprocess.PIPE,
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    try:
        _wait_until_reading_stdin(proc.pid)
        proc.send_signal(signum)
        _, stderr = proc.communicate(timeout=300)
    finally:
        proc.kill()
    assert proc.returncode == 128 + signum, stderr
    name = signal.Signals(signum).name
    assert [line for line in stderr.splitlines() if line.strip()] == [
        f"graphbuild: terminated by {name}; no partial output was written"]
    assert snapshot(earlier) == before
    assert _group_gone(proc.pid)
