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


def runtime_imports(path: Path) -> set[str]:
    """The graphbuild modules a file imports when it runs (any depth, not under TYPE_CHECKING)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = {id(n) for node in ast.walk(tree)
                   if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test)
                   for n in ast.walk(node)}
    found = set()
    for node in ast.walk(tree):
        if id(node) in typing_only:
            continue
        if isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module)
            found.update(f"{node.module}.{alias.name}" for alias in node.names)
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
    return {name for name in found if name.startswith("graphbuild.")}


def package_imports(package: str) -> dict[str, set[str]]:
    """Module name -> the modules of the same package it imports when it runs."""
    paths = {f"graphbuild.{package}." + ".".join(p.relative_to(PACKAGE / package)
                                                 .with_suffix("").parts): p
             for p in (PACKAGE / package).rglob("*.py") if p.name != "__init__.py"}
    return {name: runtime_imports(path) & paths.keys() for name, path in paths.items()}


def test_no_two_modules_of_resolve_import_each_other():
    """The merge calls its steps (keys, joins, homonyms, aliases); the steps never call it."""
    imports = package_imports("resolve")
    assert [(a, b) for a in imports for b in imports[a] if a in imports[b]] == []


def test_extraction_reads_mentions_first_then_statements():
    """extract/mentions/ (who is named) never imports extract/statements/ (what is said)."""
    upward = {}
    for path in sorted((PACKAGE / "extract" / "mentions").rglob("*.py")):
        found = {i for i in runtime_imports(path) if i.startswith("graphbuild.extract.statements")}
        if found:
            upward[str(path.relative_to(PACKAGE))] = sorted(found)
    assert (PACKAGE / "extract" / "statements").is_dir() and upward == {}
