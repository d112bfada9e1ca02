"""Write a KnowledgeGraph into an output folder in several formats."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

FORMATS = ("graphml", "html", "json")
# "csv" writes two files, graph.nodes.csv and graph.edges.csv (neo4j-admin import headers).
ALL_FORMATS = FORMATS + ("gexf", "csv")


def parse_formats(text: str | None) -> tuple[str, ...]:
    """Parse "graphml,html,json" into a tuple of known formats (ValueError names a bad one)."""
    if not text:
        return FORMATS
    chosen = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    unknown = [f for f in chosen if f not in ALL_FORMATS]
    if unknown:
        raise ValueError(f"unknown format {unknown[0]!r}; choose from {', '.join(ALL_FORMATS)}")
    return chosen


def save(kg: "KnowledgeGraph", folder: str | Path, formats=FORMATS,
         max_nodes: int | None = None) -> list[Path]:
    """Write `graph.<format>` for each format into `folder`; each file is replaced atomically.

    `max_nodes` caps the HTML map only (the other formats always hold the whole graph).
    """
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        path = folder / f"graph.{fmt}"
        options = {"max_nodes": max_nodes} if fmt == "html" else {}
        paths = getattr(kg, f"write_{fmt}")(path, **options)
        written.extend(paths if paths else [path])  # a writer of several files lists them
    return written
