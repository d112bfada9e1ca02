"""graphbuild: turn news articles into a knowledge graph of people, organizations, places and events.

>>> import graphbuild
>>> kg = graphbuild.build(["seeds/"])          # doctest: +SKIP
>>> kg.graph.number_of_nodes() > 0             # doctest: +SKIP
True
"""
from __future__ import annotations

from graphbuild.graph import KnowledgeGraph
from graphbuild.query.names import AmbiguousName, NameLookupError, UnknownName
from graphbuild.pipeline.run import BuildReport, build, load

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "BuildReport", "build", "load", "__version__",
           "AmbiguousName", "NameLookupError", "UnknownName"]
