"""Imports run one way: world knowledge at the bottom, then ingest and extraction, then
resolution. A module that reaches up (extract/ importing resolve/, knowledge/ importing the rest
of graphbuild) fails here."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "graphbuild"
# Each layer, and the graphbuild packages it must never import.
FORBIDDEN = {"knowledge": {"extract", "resolve", "ingest", "nlp", "graph", "export", "query",
                           "pipeline", "cli", "records"},
             "extract": {"resolve", "graph", "export", "query", "pipeline", "cli"},
             "ingest": {"extract", "resolve", "graph", "export", "query", "pipeline", "cli"}}

# Upward imports still to be removed (none: the tables they read moved into knowledge/ and
# records). The test fails on any new one.
KNOWN: dict[str, list[str]] = {}


def imported_packages(path: Path) -> set[str]:
    """The graphbuild subpackages or modules a file imports (absolute or relative)."""
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:  # relative: inside the file's own package
                continue
            names = [node.module or ""]
        elif isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        else:
            continue
        for name in names:
            parts = name.split(".")
            if parts[0] == "graphbuild" and len(parts) > 1:
                found.add(parts[1])
    return found


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_a_layer_imports_nothing_above_it(layer):
    offenders = {str(path.relative_to(PACKAGE)): sorted(imported_packages(path) & FORBIDDEN[layer])
                 for path in sorted((PACKAGE / layer).rglob("*.py"))}
    known = {k: v for k, v in KNOWN.items() if k.startswith(layer + "/")}
    assert {k: v for k, v in offenders.items() if v} == known
