"""Read articles from files, folders and stdin into `Article` records.

Readers never raise for bad input: each problem becomes a `Skipped` record naming the file (and
the line, for JSON Lines) and the reason, and the rest of the corpus is still read. What counts
as bad input, and why:

* not text: NUL bytes, mostly control characters, or a known binary signature (PNG, PDF, ZIP...);
* no text: an empty or whitespace-only file, a JSON record without a "text" string, HTML in
  which trafilatura finds no article;
* too large for one article (`MAX_ARTICLE_BYTES`): a single article is parsed and held as a
  whole, so a 50 MB text file is a corpus in the wrong shape, not an article (JSON Lines files
  are streamed line by line and may be any size);
* unreachable: a missing path, a broken symlink, a symlink loop, a FIFO or device.

Decoding and cleaning the bytes of one input is `decode`'s job.

>>> from graphbuild.ingest.sources import article_from_text
>>> article_from_text("Sessions met Kislyak.", id="a1").text
'Sessions met Kislyak.'
"""
from __future__ import annotations

import codecs
import errno
import itertools
import json
import os
import stat
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

from graphbuild.ingest.decode import (SNIFF_BYTES, binary_reason, clean_field, clean_text, decode_8bit,
                                      decode_bytes)
from graphbuild.records import OUTPUT_NAMES, STORE_NAME, Article, Skipped

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
JSON_SUFFIXES = {".json"} | JSONL_SUFFIXES
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".json", ".jsonl")  # the ones to name in messages

MB = 1024 * 1024
# One article is parsed and extracted as a whole; a novel is about 1-3 MB, a news story 5-50 KB.
MAX_ARTICLE_BYTES = 5 * MB
MAX_HTML_BYTES = 10 * MB   # scripts and markup around the text; trafilatura: ~5 s per MB of text
MAX_JSON_BYTES = 200 * MB  # a .json document is parsed whole; JSON Lines are streamed instead
MIN_HTML_WORDS = 8         # fewer words extracted from a page are a menu, not an article
MAX_LINE_REPORTS = 20      # bad lines of one JSON Lines file reported one by one

Item = Article | Skipped


def article_from_text(text: str, id: str, title: str | None = None, date: str | None = None,
                      url: str | None = None, source: str | None = None) -> Article:
    """Make an Article from a string, cleaned by `clean_text` (offsets index the result)."""
    return Article(id=id, text=clean_text(text), title=title, date=date, url=url,
                   source=source or id)


def iter_files(path: Path, seen: set[tuple[int, int]] | None = None
               ) -> Iterator[Path | Skipped]:
    """Yield the files under a path in sorted order (a given file whatever its suffix; inside
    folders, supported suffixes only, hidden names and graphbuild output folders skipped).
    Each real file or folder is visited once (by device and inode, which costs one stat where
    resolving a path costs one per level), so symlinks back to a parent folder cannot loop;
    deep trees do not recurse. A folder named in `path` with no article file in it is a
    Skipped record (a folder of PDFs should not look like a silent success)."""
    seen = set() if seen is None else seen
    stack: list[tuple[Path, bool]] = [(path, True)]
    found, ignored, folder_given = 0, 0, False
    while stack:
        current, given = stack.pop()
        try:
            info = os.stat(current)  # follows symlinks
        except OSError as exc:  # missing, broken symlink, symlink loop
            yield Skipped(str(current), _path_reason(current, exc))
            continue
        if (info.st_dev, info.st_ino) in seen:
            continue
        seen.add((info.st_dev, info.st_ino))
        mode = info.st_mode
        if stat.S_ISDIR(mode):
            try:
                children = sorted(os.scandir(current), key=lambda e: e.name)
            except OSError as exc:
                yield Skipped(str(current), _reason(exc, "cannot list folder"))
                continue
            if any(c.name == STORE_NAME for c in children):
                if not given:
                    continue  # a graphbuild output folder (`-o` inside the corpus): not articles
                # `build news -o news`: the articles are read, the build's own outputs are not
                children = [c for c in children if c.name not in OUTPUT_NAMES]
            folder_given = folder_given or given
            visible = [c for c in children if not c.name.startswith(".")]
            wanted = [Path(c.path) for c in visible
                      if _is_dir(c) or Path(c.name).suffix.lower() in SUPPORTED_SUFFIXES]
            ignored += len(visible) - len(wanted)
            stack.extend((child, False) for child in reversed(wanted))
            continue
        found += 1
        if stat.S_ISREG(mode):
            yield current
        elif given or Path(current.name).suffix.lower() in SUPPORTED_SUFFIXES:
            yield Skipped(str(current), "not a regular file (a FIFO, socket or device)")
    if folder_given and not found:
        yield Skipped(str(path), f"no article files in this folder ({ignored} other files "
                                 f"ignored; articles end in {', '.join(ARTICLE_SUFFIXES)})")


def _is_dir(entry: os.DirEntry) -> bool:
    try:
        return entry.is_dir()  # follows symlinks; False for broken ones and loops
    except OSError:
        return False


def read_path(path: Path, root: Path | None = None) -> Iterator[Item]:
    """Read one file into Articles (a JSON array or JSON Lines give several) or Skipped records."""
    source, suffix = str(path), path.suffix.lower()
    article_id = _article_id(path, root)
    try:
        if suffix in JSONL_SUFFIXES:
            with path.open("rb") as handle:
                yield from read_jsonl_stream(handle, article_id, source)
            return
        limit = (MAX_HTML_BYTES if suffix in HTML_SUFFIXES
                 else MAX_JSON_BYTES if suffix in JSON_SUFFIXES else MAX_ARTICLE_BYTES)
        size = path.stat().st_size
        if size > limit:
            yield Skipped(source, _too_large(size, limit))
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(source, _reason(exc, "cannot read file"))
        return
    yield from read_bytes(data, suffix, article_id, source)


def read_bytes(data: bytes, suffix: str, article_id: str, source: str) -> Iterator[Item]:
    """Parse the bytes of one input by its suffix (.txt/.md, .html, .json, .jsonl)."""
    reason = binary_reason(data)
    text = None if reason else decode_bytes(data)
    if text is None:
        yield Skipped(source, reason or "binary file, not text")
        return
    if not text.strip():
        yield Skipped(source, "empty file" if not text else "no text (only whitespace)")
        return
    text = clean_text(text)  # before any check: "\x7f" alone is not text either
    if not text.strip():
        yield Skipped(source, "no text (only control characters)")
        return
    try:
        if suffix in HTML_SUFFIXES:
            yield _read_html(text, article_id, source)
        elif suffix in JSON_SUFFIXES:
            yield from _read_json(text, article_id, source, lines=suffix in JSONL_SUFFIXES)
        elif len(data) > MAX_ARTICLE_BYTES:
            yield Skipped(source, _too_large(len(data), MAX_ARTICLE_BYTES))
        else:
            yield article_from_text(text, id=article_id, source=source)
    except Exception as exc:  # a reader bug or a parser's surprise must not end the run
        yield Skipped(source, f"cannot read: {type(exc).__name__}: {clean_field(exc) or ''}")


def read_sources(sources: Iterable[str | Path], stdin: BinaryIO | None = None) -> Iterator[Item]:
    """Read every article under the given files, folders, or "-" for stdin.

    Sources are read in sorted order, so which of two same-named or same-text articles comes
    first (and keeps its id) does not depend on the order they were named in.
    """
    seen: set[tuple[int, int]] = set()
    reported: set[Skipped] = set()  # a symlink loop named twice is reported once
    for item in _read_all(sorted({str(s) for s in sources}), stdin, seen):
        if isinstance(item, Skipped):
            if item in reported:
                continue
            reported.add(item)
        yield item


def _read_all(sources: list[str], stdin: BinaryIO | None, seen: set[tuple[int, int]]
              ) -> Iterator[Item]:
    for source in sources:
        if source == "-":
            stream = stdin if stdin is not None else getattr(sys.stdin, "buffer", None)
            if stream is None:  # `graphbuild build - <&-`: Python has no stdin at all
                yield Skipped("<stdin>", "standard input is closed")
                continue
            try:
                data = stream.read(MAX_ARTICLE_BYTES + 1)
            except (OSError, ValueError) as exc:  # a closed or unreadable descriptor
                yield Skipped("<stdin>", f"cannot read standard input: "
                                         f"{getattr(exc, 'strerror', None) or exc}")
                continue
            if len(data) > MAX_ARTICLE_BYTES:
                yield Skipped("<stdin>", f"too large for one article (over "
                                         f"{MAX_ARTICLE_BYTES // MB} MB)")
                continue
            yield from read_bytes(data, ".txt", "stdin", "<stdin>")
            continue
        root = Path(source)
        for found in iter_files(root, seen):
            if isinstance(found, Skipped):
                yield found
            else:
                yield from _guarded(str(found), read_path(found, root if found != root else None))


def _guarded(source: str, items: Iterator[Item]) -> Iterator[Item]:
    """The items of one file; a reader's unexpected exception ends that file, not the run."""
    try:
        yield from items
    except Exception as exc:
        yield Skipped(source, f"cannot read: {type(exc).__name__}: {clean_field(exc) or ''}")


def _article_id(path: Path, root: Path | None) -> str:
    """A stable id: the path below the folder given (or the file name), without its suffix."""
    try:
        rel = path.relative_to(root) if root is not None else Path(path.name)
    except ValueError:
        rel = Path(path.name)
    return rel.with_suffix("").as_posix()


def _too_large(size: int, limit: int) -> str:
    return (f"too large for one article ({size / MB:.1f} MB, the limit is {limit // MB} MB): "
            "split it into one file per article, or into JSON Lines")


def _path_reason(path: Path, exc: BaseException) -> str:
    if isinstance(exc, FileNotFoundError) and path.is_symlink():
        return "broken symlink (its target does not exist)"
    return _reason(exc, "cannot resolve path")


def _reason(exc: BaseException, default: str) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, RuntimeError) or getattr(exc, "errno", None) == errno.ELOOP:
        return "symlink loop"
    if isinstance(exc, IsADirectoryError):
        return "is a folder"
    return getattr(exc, "strerror", None) or default


def _read_html(html: str, article_id: str, source: str) -> Item:
    import logging

    import trafilatura  # imported here: it is slow to import and only HTML needs it

    # trafilatura logs "discarding data" warnings for pages without an article; our message is
    # the Skipped record, so keep its logger quiet.
    logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    text = clean_text(getattr(extracted, "text", None) or "") if extracted is not None else ""
    words = len(text.split())
    if words < MIN_HTML_WORDS:  # trafilatura falls back to menu and button labels
        return Skipped(source, "no article text found in HTML (only scripts, menus or markup)")
    if len(text) > MAX_ARTICLE_BYTES:
        return Skipped(source, _too_large(len(text.encode()), MAX_ARTICLE_BYTES))
    title = clean_field(getattr(extracted, "title", None))
    body = f"{title}\n\n{text}" if title else text
    return article_from_text(body, id=article_id, title=title,
                             date=clean_field(getattr(extracted, "date", None)),
                             url=clean_field(getattr(extracted, "url", None)), source=source)


def _record_to_article(record: object, article_id: str, source: str) -> Item:
    """One JSON record ({"text", "title"?, "id"?, "date"?, "url"?}) as an Article."""
    if not isinstance(record, dict):
        return Skipped(source, f"JSON record is {type(record).__name__}, not an object")
    text = record.get("text")
    if not isinstance(text, str) or not clean_text(text).strip():
        return Skipped(source, "JSON record has no 'text' string")
    if len(text) > MAX_ARTICLE_BYTES:
        return Skipped(source, _too_large(len(text.encode("utf-8", "replace")), MAX_ARTICLE_BYTES))
    title = clean_field(record.get("title"))
    body = f"{title}\n\n{text}" if title and title not in text[:500] else text
    return article_from_text(body, id=clean_field(record.get("id"), 200) or article_id,
                             title=title, date=clean_field(record.get("date")),
                             url=clean_field(record.get("url")), source=source)


def _read_json(text: str, article_id: str, source: str, lines: bool) -> Iterator[Item]:
    """A JSON document (an object or an array of objects), else JSON Lines."""
    if not lines and text.lstrip()[:1] in "[{":
        try:
            data = json.loads(text)
        except json.JSONDecodeError as exc:
            if exc.msg != "Extra data":  # "Extra data": one object per line, read as JSON Lines
                yield Skipped(source, f"malformed JSON at line {exc.lineno}: {exc.msg}")
                return
        except RecursionError:
            yield Skipped(source, "malformed JSON: nested too deeply")
            return
        else:
            records = data if isinstance(data, list) else [data]
            for i, record in enumerate(records, start=1):
                many = len(records) > 1
                yield _record_to_article(record, f"{article_id}#{i}" if many else article_id,
                                         f"{source}#{i}" if many else source)
            return
    yield from _jsonl_records(enumerate(text.split("\n"), start=1), article_id, source)


def read_jsonl_stream(handle: BinaryIO, article_id: str, source: str) -> Iterator[Item]:
    """Stream a JSON Lines file: one line in memory at a time, any file size."""
    head = handle.read(SNIFF_BYTES)
    if binary_reason(head, allow_nul=True) or decode_bytes(head, allow_nul=True) is None:
        yield Skipped(source, binary_reason(head) or "binary file, not text")
        return
    handle.seek(0)
    if not head.strip():
        yield Skipped(source, "empty file" if not head else "no text (only whitespace)")
        return
    yield from _jsonl_records(_numbered_lines(handle), article_id, source)


def _numbered_lines(handle: BinaryIO) -> Iterator[tuple[int, str | None]]:
    """(line number, decoded line), or None for a line too long to be one article."""
    limit = 2 * MAX_ARTICLE_BYTES  # JSON escapes make a record's line longer than its text
    for lineno in itertools.count(1):
        line = handle.readline(limit + 1)
        if not line:
            return
        if len(line) > limit and not line.endswith(b"\n"):
            while (rest := handle.readline(MB)) and not rest.endswith(b"\n"):
                pass  # skip the rest of the over-long line without holding it
            yield lineno, None
            continue
        yield lineno, decode_8bit(line.removeprefix(codecs.BOM_UTF8) if lineno == 1 else line)


def _jsonl_records(lines: Iterable[tuple[int, str | None]], article_id: str,
                   source: str) -> Iterator[Item]:
    """Articles of JSON Lines; the first MAX_LINE_REPORTS bad lines are reported one by one,
    the rest in one record (a log file named .jsonl must not print a million lines)."""
    unlisted: list[int] = []
    for item in _jsonl_items(lines, article_id, source):
        if isinstance(item, Skipped) and item.source.startswith(f"{source}:"):
            unlisted.append(int(item.source.rsplit(":", 1)[1]))
            if len(unlisted) > MAX_LINE_REPORTS:
                continue
        yield item
    if len(unlisted) > MAX_LINE_REPORTS:
        rest = unlisted[MAX_LINE_REPORTS:]
        yield Skipped(f"{source}:{rest[0]}-{rest[-1]}",
                      f"{len(rest)} more bad lines (malformed, too long or without text)")


def _jsonl_items(lines: Iterable[tuple[int, str | None]], article_id: str,
                 source: str) -> Iterator[Item]:
    for lineno, line in lines:
        where = f"{source}:{lineno}"
        if line is None:
            yield Skipped(where, f"line too long for one article (over "
                                 f"{2 * MAX_ARTICLE_BYTES // MB} MB)")
            continue
        line = line.lstrip("\ufeff")
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"malformed JSON line: {exc.msg} (column {exc.colno})")
            continue
        except RecursionError:
            yield Skipped(where, "malformed JSON line: nested too deeply")
            continue
        yield _record_to_article(record, f"{article_id}#{lineno}", where)


__all__ = ["read_sources", "read_path", "read_bytes", "read_jsonl_stream", "article_from_text",
           "clean_text", "clean_field", "decode_bytes", "binary_reason", "iter_files",
           "SUPPORTED_SUFFIXES", "MAX_ARTICLE_BYTES"]
