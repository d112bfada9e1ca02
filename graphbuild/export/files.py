"""Write a KnowledgeGraph into an output folder in several formats."""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

FORMATS = ("graphml", "html", "json")
ALL_FORMATS = FORMATS


def parse_formats(text: str | None) -> tuple[str, ...]:
    """Parse "graphml,html,json" into a tuple of known formats (ValueError names a bad one)."""
    if not text:
        return FORMATS
    chosen = tuple(dict.fromkeys(f.strip().lower() for f in text.split(",") if f.strip()))
    unknown = [f for f in chosen if f not in ALL_FORMATS]
    if unknown:
        raise ValueError(f"unknown format {unknown[0]!r}; choose from {', '.join(ALL_FORMATS)}")
    return chosen


def save(kg: "KnowledgeGraph", folder: str | Path, formats=FORMATS) -> list[Path]:
    """Write `graph.<format>` for each format into `folder`; each file is replaced atomically."""
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for fmt in formats:
        path = folder / f"graph.{fmt}"
        getattr(kg, f"write_{fmt}")(path)
        written.append(path)
    return written
