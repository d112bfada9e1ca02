"""Ingestion of bad input: every problem is a Skipped record naming the file and the reason, and
the rest of the corpus is still read. No spaCy here: these tests only read files."""
from __future__ import annotations

import inspect
import io
import json
import os
import sys
import tracemalloc
from pathlib import Path

import pytest

from graphbuild.ingest.sources import (MAX_ARTICLE_BYTES, clean_text, decode_bytes, iter_files,
                                       read_path, read_sources)
from graphbuild.records import Article, Skipped

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"
       b"\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8\x0f\x00\x00\x01\x01\x00\x05\x18\xd8N\x00")
GOOD = "Jeff Sessions met with Sergey Kislyak in Washington."


def read(*paths) -> list[Article | Skipped]:
    return list(read_sources([str(p) for p in paths]))


def only(items, kind):
    return [x for x in items if isinstance(x, kind)]


def one_skip(path: Path) -> str:
    """The reason the only input was skipped (fails if it was read)."""
    items = read(path)
    assert len(items) == 1 and isinstance(items[0], Skipped), items
    assert items[0].source == str(path)
    return items[0].reason


def test_empty_and_whitespace_files(tmp_path):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_bytes(b" \n\t\r\n  \n")
    assert one_skip(tmp_path / "empty.txt") == "empty file"
    assert one_skip(tmp_path / "blank.txt") == "no text (only whitespace)"


def test_image_renamed_txt_is_binary(tmp_path):
    (tmp_path / "photo.txt").write_bytes(PNG)
    assert one_skip(tmp_path / "photo.txt") == "binary file (a PNG image), not text"


def test_unknown_binary_is_binary(tmp_path):
    (tmp_path / "blob.txt").write_bytes(bytes(range(256)) * 10)
    (tmp_path / "controls.txt").write_bytes(b"\x01\x02\x03\x1b[0m ab" * 100)
    assert one_skip(tmp_path / "blob.txt") == "binary file, not text"
    assert one_skip(tmp_path / "controls.txt") == "binary file, not text"


def test_latin1_and_windows_1252(tmp_path):
    data = "Müller met Señor Ibáñez in Zürich.".encode("latin-1")
    (tmp_path / "latin1.txt").write_bytes(data)
    (tmp_path / "cp1252.txt").write_bytes("\u201cWe met,\u201d said Sessions \u2013 twice."
                                          .encode("cp1252"))
    cp1252, latin1 = read(tmp_path / "latin1.txt", tmp_path / "cp1252.txt")  # in name order
    assert latin1.text == "Müller met Señor Ibáñez in Zürich."
    assert cp1252.text == "\u201cWe met,\u201d said Sessions \u2013 twice."


def test_mostly_utf8_with_one_bad_byte_stays_utf8():
    data = "Zürich, Köln, Genève and Málaga: ".encode() + b"caf\xe9"
    assert decode_bytes(data) == "Zürich, Köln, Genève and Málaga: caf\ufffd"


def test_utf8_bom_and_utf16(tmp_path):
    (tmp_path / "bom.txt").write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    (tmp_path / "utf16.txt").write_bytes(GOOD.encode("utf-16"))  # with its BOM, full of NULs
    bom, utf16 = only(read(tmp_path / "bom.txt", tmp_path / "utf16.txt"), Article)
    assert bom.text == GOOD and utf16.text == GOOD


def test_bom_jsonl(tmp_path):
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"text": GOOD}).encode() + b"\n")
    assert [a.text for a in read(path)] == [GOOD]


def test_50_mb_text_file_is_skipped_without_reading_it(tmp_path):
    big = tmp_path / "dump.txt"
    with big.open("wb") as f:
        for _ in range(50):
            f.write(b"word " * (1024 * 1024 // 5) + b"\n")
    (tmp_path / "ok.txt").write_text(GOOD)
    tracemalloc.start()
    items = read(tmp_path)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert [x.id for x in only(items, Article)] == ["ok"]
    [skip] = only(items, Skipped)
    assert skip.source == str(big) and skip.reason.startswith("too large for one article (50.0 MB")
    assert peak < 5 * 1024 * 1024  # it was never loaded


def test_large_jsonl_is_streamed(tmp_path):
    """50 MB of JSON Lines is a corpus, not an article: read one line at a time."""
    path = tmp_path / "corpus.jsonl"
    body = "Sessions met Kislyak. " * 22_000  # about 480 KB per record
    with path.open("w") as f:
        for i in range(110):
            f.write(json.dumps({"id": f"n{i}", "text": body}) + "\n")
    assert path.stat().st_size > 50 * 1024 * 1024
    tracemalloc.start()
    count = 0
    for item in read_sources([str(path)]):
        assert isinstance(item, Article)
        count += 1
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert count == 110
    assert peak < 10 * 1024 * 1024  # a few records' worth, not the file


def test_over_long_jsonl_line_is_skipped_and_reading_goes_on(tmp_path):
    path = tmp_path / "c.jsonl"
    huge = json.dumps({"text": "x " * (MAX_ARTICLE_BYTES + 10)})
    path.write_text(huge + "\n" + json.dumps({"text": GOOD}) + "\n")
    first, second = read(path)
    assert first == Skipped(f"{path}:1", first.reason) and "too long" in first.reason
    assert isinstance(second, Article) and second.text == GOOD and second.source == f"{path}:2"


def test_one_huge_line_without_punctuation_is_an_article(tmp_path):
    path = tmp_path / "line.txt"
    path.write_text("lorem ipsum dolor sit amet " * 100_000)  # 2.7 MB, no full stop or newline
    [article] = read(path)
    assert isinstance(article, Article) and len(article.text) == 2_700_000


def test_thousands_of_tiny_files_in_nested_folders(tmp_path):
    for i in range(3000):
        folder = tmp_path / f"d{i % 7}" / f"e{i % 3}"
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"a{i:04d}.txt").write_text(f"Article {i}.")
    (tmp_path / "d0" / "notes.csv").write_text("not an article")  # other suffixes are ignored
    (tmp_path / ".hidden.txt").write_text("hidden")
    items = read(tmp_path)
    assert len(items) == 3000 and all(isinstance(x, Article) for x in items)
    ids = [x.id for x in items]
    assert ids == sorted(ids) and len(set(ids)) == 3000
    assert "d0/e0/a0000" in ids


def test_deep_folder_tree_does_not_recurse(tmp_path):
    """A tree deeper than the recursion limit allows (the limit is lowered for the test, so
    the tree stays shallow enough for pytest's own clean-up, which recurses)."""
    folder = tmp_path.joinpath(*["d"] * 300)
    folder.mkdir(parents=True)
    (folder / "deep.txt").write_text(GOOD)
    old = sys.getrecursionlimit()
    sys.setrecursionlimit(len(inspect.stack(0)) + 100)  # 100 frames: a third of the depth
    try:
        items = read(tmp_path)
    finally:
        sys.setrecursionlimit(old)
    [article] = items
    assert article.id == "/".join(["d"] * 300 + ["deep"])


def test_missing_path(tmp_path):
    assert one_skip(tmp_path / "nope.txt") == "no such file or folder"


def test_symlink_loop_and_broken_symlink(tmp_path):
    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "broken.txt")
    assert one_skip(tmp_path / "a.txt") == "symlink loop"
    assert one_skip(tmp_path / "broken.txt") == "broken symlink (its target does not exist)"


def test_symlink_to_parent_folder_does_not_loop(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "story.txt").write_text(GOOD)
    os.symlink(tmp_path, tmp_path / "sub" / "up")
    items = read(tmp_path)
    assert [x.id for x in items] == ["sub/story"]


def test_same_file_named_twice_is_read_once(tmp_path):
    (tmp_path / "a.txt").write_text(GOOD)
    assert len(read(tmp_path / "a.txt", tmp_path, tmp_path / "a.txt")) == 1


def test_fifo_is_not_read(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")  # reading it would block forever
    assert one_skip(tmp_path / "pipe.txt") == "not a regular file (a FIFO, socket or device)"


def test_unreadable_file_is_skipped(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(GOOD)

    def denied(self):
        raise PermissionError(13, "Permission denied")
    monkeypatch.setattr(Path, "read_bytes", denied)  # chmod 000 does not stop root
    assert one_skip(path) == "permission denied"


def test_unexpected_reader_error_skips_that_file_only(tmp_path, monkeypatch):
    import graphbuild.ingest.sources as ingest

    (tmp_path / "a.html").write_text("<html><body><p>x</p></body></html>")
    (tmp_path / "b.txt").write_text(GOOD)

    def boom(*args, **kwargs):
        raise ValueError("parser exploded")
    monkeypatch.setattr(ingest, "_read_html", boom)
    skip, article = read(tmp_path)
    assert skip == Skipped(str(tmp_path / "a.html"), "cannot read: ValueError: parser exploded")
    assert article.text == GOOD


def test_malformed_json_document(tmp_path):
    (tmp_path / "bad.json").write_text('{"text": "Sessions met Kislyak.",\n "title": }')
    assert one_skip(tmp_path / "bad.json") == "malformed JSON at line 2: Expecting value"
    (tmp_path / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    assert one_skip(tmp_path / "deep.json") == "malformed JSON: nested too deeply"


def test_json_array_and_json_lines_named_json(tmp_path):
    (tmp_path / "arr.json").write_text(json.dumps([{"text": GOOD, "id": "x"}, {"title": "t"}, 3]))
    (tmp_path / "lines.json").write_text(json.dumps({"text": "One."}) + "\n"
                                         + json.dumps({"text": "Two."}) + "\n")
    arr = read(tmp_path / "arr.json")
    assert [type(x) for x in arr] == [Article, Skipped, Skipped]
    assert arr[0].id == "x" and arr[1].source == f"{tmp_path / 'arr.json'}#2"
    assert arr[2].reason == "JSON record is int, not an object"
    assert [a.text for a in read(tmp_path / "lines.json")] == ["One.", "Two."]


def test_malformed_jsonl_lines(tmp_path):
    path = tmp_path / "feed.jsonl"
    lines = [json.dumps({"text": GOOD, "title": "Sessions", "date": 2017}), "{not json",
             "", "[1, 2]", json.dumps({"title": "no text"}), json.dumps({"text": 5}),
             json.dumps({"text": "Line\u2028separator inside a string."}), "\x00\x01garbage"]
    path.write_text("\n".join(lines) + "\n")
    items = read(path)
    reasons = {x.source.rsplit(":", 1)[1]: x.reason for x in only(items, Skipped)}
    assert set(reasons) == {"2", "4", "5", "6", "8"}
    assert reasons["2"].startswith("malformed JSON line: ")
    assert reasons["4"] == "JSON record is list, not an object"
    assert reasons["5"] == reasons["6"] == "JSON record has no 'text' string"
    first, last = only(items, Article)
    assert first.id == "feed#1" and first.date == "2017" and first.source == f"{path}:1"
    assert last.text == "Line\u2028separator inside a string."  # U+2028 does not end a line


def test_json_strings_with_lone_surrogates_and_controls_are_cleaned(tmp_path):
    path = tmp_path / "s.jsonl"
    path.write_text('{"text": "Bad \\ud800 and \\u0000 and \\u001b here.", "id": "a\\nb"}\n')
    [article] = read(path)
    assert article.text == "Bad \ufffd and   and   here." and article.id == "a b"
    article.text.encode("utf-8")  # writable


def test_html_with_scripts_and_no_article(tmp_path):
    path = tmp_path / "page.html"
    path.write_text("<html><head><script>var s = 'Sessions met Kislyak';</script>"
                    "<style>p {color: red}</style></head><body><script>track()</script>"
                    "<nav><a href='/'>Home</a> <a href='/news'>News</a></nav></body></html>")
    assert one_skip(path) == "no article text found in HTML (only scripts, menus or markup)"


def test_html_article_is_read(tmp_path):
    path = tmp_path / "story.html"
    paragraphs = "".join(f"<p>{GOOD} They talked about sanctions for the {n} time.</p>"
                         for n in ("first", "second", "third"))
    path.write_text(f"<html><head><title>Sessions and Kislyak</title><script>x()</script>"
                    f"</head><body><article><h1>Sessions and Kislyak</h1>{paragraphs}"
                    f"</article></body></html>")
    [article] = read(path)
    assert GOOD in article.text and "x()" not in article.text and article.id == "story"


def test_stdin():
    items = list(read_sources(["-"], stdin=io.BytesIO(GOOD.encode("cp1252"))))
    assert [(a.id, a.text, a.source) for a in items] == [("stdin", GOOD, "<stdin>")]
    assert list(read_sources(["-"], stdin=io.BytesIO(b""))) == [Skipped("<stdin>", "empty file")]


def test_order_of_sources_does_not_matter(tmp_path):
    for name in ("b.txt", "a.txt", "c.jsonl"):
        (tmp_path / name).write_text(json.dumps({"text": name}) if name.endswith("l") else name)
    paths = [tmp_path / "b.txt", tmp_path / "c.jsonl", tmp_path / "missing", tmp_path / "a.txt"]
    assert read(*paths) == read(*reversed(paths))


def test_iter_files_gives_a_named_file_whatever_its_suffix(tmp_path):
    (tmp_path / "notes.csv").write_text("x")
    assert list(iter_files(tmp_path / "notes.csv")) == [tmp_path / "notes.csv"]
    [skip] = iter_files(tmp_path)  # inside a folder it is not an article file
    assert skip.reason.startswith("no article files in this folder (1 other files ignored")


def test_read_path_ids_below_the_folder(tmp_path):
    (tmp_path / "x").mkdir()
    (tmp_path / "x" / "s.md").write_text(GOOD)
    [article] = read_path(tmp_path / "x" / "s.md", tmp_path)
    assert article.id == "x/s"


@pytest.mark.parametrize("raw, clean", [
    ("a\r\nb\rc", "a\nb\nc"), ("\ufeffHi", "Hi"), ("a\x00b\x0bc\x1fd\x7fe\x85f", "a b c d e f"),
    ("tab\tand\nnewline", "tab\tand\nnewline"), ("x\ud83dy\uffff", "x\ufffdy "),
])
def test_clean_text(raw, clean):
    assert clean_text(raw) == clean


def test_an_output_folder_inside_the_corpus_is_not_read_as_articles(tmp_path):
    from graphbuild.pipeline.update import STORE_NAME

    (tmp_path / "story.txt").write_text(GOOD)
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "graph.json").write_text('{"nodes": [], "edges": []}')
    (tmp_path / "output" / STORE_NAME).write_bytes(b"")
    assert [x.id for x in read(tmp_path)] == ["story"]
    assert len(read(tmp_path / "output")) == 1  # named on its own, it is read (and skipped)


def test_a_flood_of_bad_jsonl_lines_is_reported_in_a_few_lines(tmp_path):
    path = tmp_path / "server.jsonl"
    path.write_text("".join(f"GET /index.html 200 {i}\n" for i in range(5000))
                    + json.dumps({"text": GOOD}) + "\n")
    items = read(path)
    skipped = only(items, Skipped)
    assert len(skipped) == 21 and [a.text for a in only(items, Article)] == [GOOD]
    assert skipped[0].source == f"{path}:1" and skipped[19].source == f"{path}:20"
    assert skipped[20] == Skipped(f"{path}:21-5000",
                                  "4980 more bad lines (malformed, too long or without text)")


def test_a_folder_without_article_files_says_so(tmp_path):
    (tmp_path / "pdfs").mkdir()
    (tmp_path / "pdfs" / "report.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "pdfs" / "scan.png").write_bytes(PNG)
    (tmp_path / "empty").mkdir()
    assert one_skip(tmp_path / "pdfs") == ("no article files in this folder (2 other files "
                                           "ignored; articles end in .txt, .md, .html, .json, "
                                           ".jsonl)")
    assert one_skip(tmp_path / "empty").startswith("no article files in this folder (0 other")


def test_a_build_into_its_own_source_folder_never_reads_its_outputs(tmp_path):
    """`graphbuild build news -o news` twice: the second build reads the articles, not the
    graph.html, graph.json, CSV, GEXF or store the first one wrote there."""
    from click.testing import CliRunner

    from graphbuild.cli import main

    news = tmp_path / "news"
    news.mkdir()
    (news / "story.txt").write_text(GOOD)
    args = ["build", "--workers", "1", "--no-cache", str(news), "-o", str(news),
            "--format", "graphml,html,json,gexf,csv"]
    first = CliRunner().invoke(main, args)
    assert first.exit_code == 0, first.output
    graph = (news / "graph.json").read_bytes()
    second = CliRunner().invoke(main, args)
    assert second.exit_code == 0, second.output
    assert "1 articles read, 0 skipped" in second.output, second.output
    assert (news / "graph.json").read_bytes() == graph
    assert [x.id for x in read(news)] == ["story"]
