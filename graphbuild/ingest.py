"""Read articles from files, folders and stdin into `Article` records.

Readers never raise for bad input: each problem becomes a `Skipped` record naming the file and
the reason, and the rest of the corpus is still read.

>>> from graphbuild.ingest import article_from_text
>>> article_from_text("Sessions met Kislyak.", id="a1").text
'Sessions met Kislyak.'
"""
from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from pathlib import Path

from .records import Article, Skipped

TEXT_SUFFIXES = {".txt", ".md", ".text", ".markdown"}
HTML_SUFFIXES = {".html", ".htm"}
JSON_SUFFIXES = {".json", ".jsonl", ".ndjson"}
SUPPORTED_SUFFIXES = TEXT_SUFFIXES | HTML_SUFFIXES | JSON_SUFFIXES
MAX_FILE_BYTES = 200 * 1024 * 1024  # larger files are skipped with a message, not loaded

Item = Article | Skipped


def article_from_text(text: str, id: str, title: str | None = None, date: str | None = None,
                      url: str | None = None, source: str | None = None) -> Article:
    """Make an Article from a string, normalizing line endings (offsets index the result)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return Article(id=id, text=text, title=title, date=date, url=url, source=source or id)


def decode_bytes(data: bytes) -> str | None:
    """Decode article bytes: UTF-8 (with or without BOM), else Windows-1252, else Latin-1.

    Returns None for binary data (NUL bytes or mostly control characters).
    """
    if b"\x00" in data[:65536]:
        return None
    for encoding in ("utf-8-sig", "cp1252", "latin-1"):
        try:
            text = data.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    sample = text[:65536]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if sample and controls / len(sample) > 0.05:
        return None
    return text


def iter_files(path: Path, seen: set[Path] | None = None) -> Iterator[Path | Skipped]:
    """Yield supported files under a path in sorted order; follows folders recursively once."""
    seen = set() if seen is None else seen
    try:
        real = path.resolve(strict=True)
    except (OSError, RuntimeError) as exc:  # missing path, symlink loop
        yield Skipped(str(path), _reason(exc, "cannot resolve path"))
        return
    if real in seen:
        return
    seen.add(real)
    if real.is_dir():
        try:
            children = sorted(path.iterdir(), key=lambda p: p.name)
        except OSError as exc:
            yield Skipped(str(path), _reason(exc, "cannot list folder"))
            return
        for child in children:
            if child.name.startswith("."):
                continue
            if child.is_dir() or child.suffix.lower() in SUPPORTED_SUFFIXES:
                yield from iter_files(child, seen)
    elif real.is_file():
        yield path
    else:
        yield Skipped(str(path), "not a regular file")


def read_path(path: Path, root: Path | None = None) -> Iterator[Item]:
    """Read one file into Articles (JSONL gives one per line) or Skipped records."""
    article_id = _article_id(path, root)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            yield Skipped(str(path), f"file too large ({size // (1024 * 1024)} MB)")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Skipped(str(path), _reason(exc, "cannot read file"))
        return
    yield from read_bytes(data, path.suffix.lower(), article_id, str(path))


def read_bytes(data: bytes, suffix: str, article_id: str, source: str) -> Iterator[Item]:
    """Parse the bytes of one input by its suffix (.txt/.md, .html, .json, .jsonl)."""
    text = decode_bytes(data)
    if text is None:
        yield Skipped(source, "binary file, not text")
        return
    if not text.strip():
        yield Skipped(source, "empty file")
        return
    if suffix in HTML_SUFFIXES:
        yield _read_html(text, article_id, source)
    elif suffix == ".json" and text.lstrip()[:1] in "[{":
        yield from _read_json(text, article_id, source)
    elif suffix in JSON_SUFFIXES:
        yield from _read_jsonl(text, article_id, source)
    else:
        yield article_from_text(text, id=article_id, source=source)


def read_sources(sources: Iterable[str | Path], stdin=None) -> Iterator[Item]:
    """Read every article under the given files, folders, or "-" for stdin."""
    seen: set[Path] = set()
    for source in sources:
        if str(source) == "-":
            stream = stdin if stdin is not None else sys.stdin.buffer
            yield from read_bytes(stream.read(), ".txt", "stdin", "<stdin>")
            continue
        root = Path(source)
        for found in iter_files(root, seen):
            if isinstance(found, Skipped):
                yield found
            else:
                yield from read_path(found, root if root.is_dir() else None)


def _article_id(path: Path, root: Path | None) -> str:
    """A stable id: the path below the folder given (or the file name), without its suffix."""
    rel = path.relative_to(root) if root is not None else Path(path.name)
    return rel.with_suffix("").as_posix()


def _reason(exc: BaseException, default: str) -> str:
    if isinstance(exc, FileNotFoundError):
        return "no such file or folder"
    if isinstance(exc, PermissionError):
        return "permission denied"
    if isinstance(exc, RuntimeError):
        return "symlink loop"
    return getattr(exc, "strerror", None) or default


def _read_html(html: str, article_id: str, source: str) -> Item:
    import trafilatura  # imported here: it is slow to import and only HTML needs it

    extracted = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if extracted is None:
        return Skipped(source, "no article text found in HTML")
    text = getattr(extracted, "text", None) or ""
    if not text.strip():
        return Skipped(source, "no article text found in HTML")
    title = getattr(extracted, "title", None)
    body = f"{title}\n\n{text}" if title else text
    return article_from_text(body, id=article_id, title=title, date=getattr(extracted, "date", None),
                             url=getattr(extracted, "url", None), source=source)


def _record_to_article(record: object, article_id: str, source: str) -> Item:
    if not isinstance(record, dict):
        return Skipped(source, "JSON record is not an object")
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        return Skipped(source, "JSON record has no 'text'")
    title = record.get("title")
    body = f"{title}\n\n{text}" if isinstance(title, str) and title.strip() and title not in text[:500] else text
    return article_from_text(body, id=str(record.get("id") or article_id),
                             title=_str_or_none(title), date=_str_or_none(record.get("date")),
                             url=_str_or_none(record.get("url")), source=source)


def _read_json(text: str, article_id: str, source: str) -> Iterator[Item]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        yield Skipped(source, f"malformed JSON at line {exc.lineno}: {exc.msg}")
        return
    records = data if isinstance(data, list) else [data]
    for i, record in enumerate(records):
        rid = article_id if len(records) == 1 else f"{article_id}#{i + 1}"
        yield _record_to_article(record, rid, f"{source}#{i + 1}" if len(records) > 1 else source)


def _read_jsonl(text: str, article_id: str, source: str) -> Iterator[Item]:
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        where = f"{source}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield Skipped(where, f"malformed JSON line: {exc.msg}")
            continue
        yield _record_to_article(record, f"{article_id}#{lineno}", where)


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


__all__ = ["read_sources", "read_path", "read_bytes", "article_from_text", "decode_bytes",
           "iter_files", "SUPPORTED_SUFFIXES"]
