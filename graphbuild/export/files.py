"""Write a KnowledgeGraph into an output folder in several formats."""
from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from .atomic import publish
from ..records import EVIDENCE_NAME

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
         max_nodes: int | None = None, also: Iterable[Callable[[Path], Path]] = ()) -> list[Path]:
    """Write `graph.<format>` for each format into `folder`, all or nothing: every file is
    written to a staging folder first and renamed into place only when all formats succeeded,
    so a failing exporter or Ctrl-C leaves the earlier graph whole (see `atomic.publish`).

    `max_nodes` caps the HTML map only (the other formats always hold the whole graph).
    `also`: more writers, each given the staging folder, returning the file it wrote (the
    extraction store), published together with the graph. When the graph's edges keep only
    their first evidence sentences, `evidence.sqlite` (all of them) is published with it too.
    """
    evidence = getattr(kg, "evidence_store", None)
    view = kg.view  # the packed graph of a build: written without making the networkx graph
    cut = getattr(view, "cut_evidence", None)
    if cut is None:
        cut = any("evidence_count" in d for _, _, d in view.edges(data=True))
    if evidence is not None and cut:
        # the graph files cut some edge's evidence short: every sentence goes beside them
        from graphbuild.pipeline.evidence import publish_copy
        also = [*also, lambda staging: publish_copy(evidence, staging)]

    def write_all(staging: Path) -> list[Path]:
        written = []
        for fmt in formats:
            path = staging / f"graph.{fmt}"
            options = {"max_nodes": max_nodes} if fmt == "html" else {}
            paths = getattr(kg, f"write_{fmt}")(path, **options)
            written.extend(paths if paths else [path])  # a writer of several files lists them
        written.extend(extra(staging) for extra in also)
        return written

    # An earlier build's evidence store goes with its graph when this build needs none.
    return publish(folder, write_all, replaces=[EVIDENCE_NAME] if "json" in formats else [])
