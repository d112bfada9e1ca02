"""Shared fixtures: the spaCy pipeline and a graph of the seed articles, built once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def nlp():
    """The default English pipeline (loaded once: it takes about a second)."""
    from graphbuild.nlp import load_pipeline
    return load_pipeline()


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def seeds_kg():
    """A KnowledgeGraph built from every article in seeds/ (read-only: copy before changing)."""
    import graphbuild
    return graphbuild.build([str(SEEDS)], workers=1)
