"""Exporters: each writes a graph to one file format, atomically."""
from __future__ import annotations

from .atomic import atomic_write
from .csvfiles import write_csv
from .gexf import write_gexf
from .graphml import read_graphml, write_graphml
from .html import write_html
from .jsonfile import read_json, write_json

__all__ = ["atomic_write", "read_graphml", "write_graphml", "read_json", "write_json",
           "write_gexf", "write_csv", "write_html"]
