"""Ingest: sources (files, folders, stdin) -> `Article`s -> the paragraphs that are parsed.

* `sources`   - walk paths and read .txt/.md, .html (trafilatura), .json/.jsonl and stdin;
                every bad input becomes a `Skipped` record, never an exception;
* `decode`    - bytes to clean text (UTF-8/16 with or without BOM, else Windows-1252);
* `dates`     - the article's date from metadata or its dateline;
* `text`      - split an article into paragraphs parsed on their own (offsets kept);
* `furniture` - page furniture (banners, copyright lines, contact blocks) left out of parsing;
* `headlines` - Title Case and capital headlines parsed in the case of the running text.
"""
from __future__ import annotations

from graphbuild.ingest.sources import article_from_text, iter_files, read_bytes, read_path, read_sources
from graphbuild.ingest.text import paragraphs

__all__ = ["article_from_text", "iter_files", "read_bytes", "read_path", "read_sources",
           "paragraphs"]
