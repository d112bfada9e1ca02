"""Two CSV files, nodes and edges, for spreadsheets and `neo4j-admin database import`.

The headers follow neo4j-admin's conventions: `id:ID` and `:LABEL` (the entity type) in the
nodes file, `:START_ID`, `:END_ID` and `:TYPE` (the relation class, "NOT_" first for a denied
relation; the predicate stays a property) in the edges file, and a type suffix on every
non-text column (`mentions:long`, `negated:boolean`, `aliases:string[]`). Lists are joined with
";" (neo4j-admin's default array delimiter). Each cell is one line (newlines in sentences become
spaces, so no `--multiline-fields` is needed), control characters are removed, and a text cell
that starts with `=`, `+`, `-` or `@` gets a leading `'` so a spreadsheet shows it instead of
running it as a formula.

>>> import networkx as nx, tempfile, pathlib
>>> g = nx.MultiDiGraph()
>>> g.add_node("p1", label="Jeff Sessions", type="PERSON", aliases=["Sessions", "AG"], mentions=3)
>>> g.add_node("o1", label="Senate", type="ORG", aliases=[], mentions=1)
>>> _ = g.add_edge("p1", "o1", key="serve in", predicate="serve in", negated=False,
...                hedged=False, weight=1, evidence=[{"doc": "a", "sentence": "He served."}])
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> nodes_path, edges_path = write_csv(g, folder / "graph.csv")
>>> print(nodes_path.read_text(), end="")
id:ID,:LABEL,label,aliases:string[],mentions:long,type
p1,PERSON,Jeff Sessions,Sessions;AG,3,PERSON
o1,ORG,Senate,,1,ORG
>>> print(edges_path.read_text(), end="")
:START_ID,:END_ID,:TYPE,predicate,negated:boolean,hedged:boolean,weight:long,evidence,evidence_count:long
p1,o1,ROLE,serve in,false,false,1,He served.,1
"""
from __future__ import annotations

import csv
import json
import re
import unicodedata
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import networkx as nx

from .atomic import atomic_write
from .graphml import clean_xml_text, widest_types
from ..knowledge.relation_classes import edge_class

ARRAY_DELIMITER = ";"
NODE_ID_COLUMNS = ["id:ID", ":LABEL"]
EDGE_ID_COLUMNS = [":START_ID", ":END_ID", ":TYPE"]
# Lead columns in this order when present; other attributes follow alphabetically.
NODE_COLUMN_ORDER = ["label", "aliases", "mentions", "type", "titles", "documents"]
EDGE_COLUMN_ORDER = ["predicate", "relation_class", "negated", "hedged", "weight", "evidence", "evidence_count",
                     "documents"]
_NEO4J_TYPES = {bool: "boolean", int: "long", float: "double", str: "string", list: "string[]"}
_FORMULA_START = ("=", "+", "-", "@")
_LINE_BREAKS = re.compile("[\n\r\t]")


def csv_paths(path: str | Path) -> tuple[Path, Path]:
    """`out/graph.csv` -> (`out/graph.nodes.csv`, `out/graph.edges.csv`).

    >>> [p.name for p in csv_paths("out/graph.csv")]
    ['graph.nodes.csv', 'graph.edges.csv']
    """
    path = Path(path)
    stem = path.name[:-4] if path.name.lower().endswith(".csv") else path.name
    return path.with_name(f"{stem}.nodes.csv"), path.with_name(f"{stem}.edges.csv")


def relationship_type(predicate: str, negated: bool = False) -> str:
    """A Neo4j relationship type: upper snake case, "NOT_" first for a denied relation.

    >>> relationship_type("call for resignation of"), relationship_type("meet with", True)
    ('CALL_FOR_RESIGNATION_OF', 'NOT_MEET_WITH')
    >>> relationship_type("—")
    'RELATED_TO'
    """
    words = re.sub(r"[^0-9A-Za-z]+", "_", predicate).strip("_").upper() or "RELATED_TO"
    return ("NOT_" if negated else "") + words


def node_label(entity_type: Any) -> str:
    """A Neo4j node label from an entity type (letters, digits and "_"; ENTITY if none).

    >>> node_label("PERSON"), node_label("work of art"), node_label(None)
    ('PERSON', 'WORK_OF_ART', 'ENTITY')
    """
    return re.sub(r"[^0-9A-Za-z]+", "_", str(entity_type or "")).strip("_").upper() or "ENTITY"


def clean_cell(text: str) -> str:
    """One line of text, no control characters, never read as a spreadsheet formula.

    >>> clean_cell("=HYPERLINK(\\"http://x\\")"), clean_cell("two\\nlines\\x00")
    ('\\'=HYPERLINK("http://x")', 'two lines')
    """
    text = clean_xml_text(text)
    if _LINE_BREAKS.search(text):  # keep single spaces as they are, fold line breaks
        text = " ".join(text.split())
    return "'" + text if reads_as_formula(text) else text


def reads_as_formula(text: str) -> bool:
    """Whether a spreadsheet may read the cell as a formula: its first character after white
    space is =, +, - or @, or a fullwidth or small form of one ("＝1+1").

    >>> reads_as_formula(" =1+1"), reads_as_formula("\uff1d1+1"), reads_as_formula("a=1")
    (True, True, False)
    """
    first = text.lstrip()[:1]
    return bool(first) and unicodedata.normalize("NFKC", first).startswith(_FORMULA_START)


def cell_value(name: str, value: Any) -> dict[str, Any]:
    """The CSV cells for one attribute: lists stay lists (arrays), evidence is its first sentence
    plus a count, other structures become JSON text, None is left out."""
    if value is None:
        return {}
    if name == "evidence" and isinstance(value, list):
        first = value[0].get("sentence", "") if value and isinstance(value[0], dict) else ""
        return {"evidence": str(first), "evidence_count": len(value)}
    if isinstance(value, (list, tuple, set)):
        if all(isinstance(v, str) for v in value):
            return {name: list(value)}
        return {name: json.dumps(list(value), sort_keys=True, default=str)}
    if isinstance(value, dict):
        return {name: json.dumps(value, sort_keys=True, default=str)}
    if isinstance(value, bool) or type(value) in (int, float, str):
        return {name: value}
    if hasattr(value, "item"):  # numpy scalars
        return cell_value(name, value.item())
    return {name: str(value)}


def column_types(rows: Iterable[dict[str, Any]]) -> dict[str, str]:
    """One neo4j type per column; mixed numbers widen to double, anything else mixed to string.

    >>> column_types([{"a": 1, "b": ["x"]}, {"a": 2.5, "b": "y"}])
    {'a': 'double', 'b': 'string'}
    """
    return widest_types(rows, _NEO4J_TYPES)


def header(name: str, kind: str) -> str:
    """`mentions`, long -> `mentions:long`; text columns carry no suffix."""
    return name if kind == "string" else f"{name}:{kind}"


def format_cell(value: Any, kind: str) -> str:
    """A cell's text for its column type (arrays joined with ";", booleans as true/false)."""
    if value is None:
        return ""
    if kind == "boolean":
        return "true" if value else "false"
    if isinstance(value, list):
        items = [clean_cell(str(v)) for v in value]
        return ARRAY_DELIMITER.join(items) if kind == "string[]" else "; ".join(items)
    if isinstance(value, str):
        return clean_cell(value)
    return str(value)


def ordered_columns(types: dict[str, str], lead: list[str]) -> list[str]:
    return [c for c in lead if c in types] + sorted(c for c in types if c not in lead)


def _flat(attrs: dict[str, Any]) -> dict[str, Any]:
    flat: dict[str, Any] = {}
    for name, value in attrs.items():
        flat.update(cell_value(name, value))
    if isinstance(attrs.get("evidence_count"), int):  # the edge's evidence was cut: all of it
        flat["evidence_count"] = attrs["evidence_count"]
    return flat


def write_csv(graph: nx.MultiDiGraph, path: str | Path) -> list[Path]:
    """Write `<stem>.nodes.csv` and `<stem>.edges.csv` beside `path`; returns both paths."""
    nodes_path, edges_path = csv_paths(path)
    # Two walks, one for the types and one that writes (rows are flattened again rather than
    # all held: a packed graph's rows are made anew on each walk).
    node_types = column_types(_flat(attrs) for _, attrs in graph.nodes(data=True))
    edge_types = column_types(_flat(attrs) for _, _, attrs in graph.edges(data=True))
    node_rows = ((node, _flat(attrs)) for node, attrs in graph.nodes(data=True))
    edge_rows = ((u, v, attrs, _flat(attrs)) for u, v, attrs in graph.edges(data=True))
    node_columns = ordered_columns(node_types, NODE_COLUMN_ORDER)
    edge_columns = ordered_columns(edge_types, EDGE_COLUMN_ORDER)
    with atomic_write(nodes_path) as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(NODE_ID_COLUMNS + [header(c, node_types[c]) for c in node_columns])
        for node, flat in node_rows:
            out.writerow([clean_cell(str(node)), node_label(flat.get("type"))]
                         + [format_cell(flat.get(c), node_types[c]) for c in node_columns])
    with atomic_write(edges_path) as handle:
        out = csv.writer(handle, lineterminator="\n")
        out.writerow(EDGE_ID_COLUMNS + [header(c, edge_types[c]) for c in edge_columns])
        for u, v, attrs, flat in edge_rows:
            # Neo4j groups relationships by type: a few classes, not one type per predicate.
            kind = relationship_type(edge_class(attrs), bool(attrs.get("negated")))
            out.writerow([clean_cell(str(u)), clean_cell(str(v)), kind]
                         + [format_cell(flat.get(c), edge_types[c]) for c in edge_columns])
    return [nodes_path, edges_path]
