"""graphbuild: turn news articles into a knowledge graph of people, organizations, places and events.

>>> import graphbuild
>>> kg = graphbuild.build(["seeds/"])          # doctest: +SKIP
>>> kg.graph.number_of_nodes() > 0             # doctest: +SKIP
True
"""
# Nothing is imported here, not even `__future__` or `importlib` (a regular install has not
# loaded them yet, an editable one has): until `graphbuild.__main__` runs, no code can catch a
# Ctrl-C, so this module runs as little as it can.

__version__ = "0.1.0"
__all__ = ["KnowledgeGraph", "BuildReport", "build", "load", "__version__",
           "AmbiguousName", "NameLookupError", "UnknownName"]

# The public names are imported on first use: `import graphbuild` itself stays instant, so the
# `graphbuild` command can catch a Ctrl-C during the slow imports (networkx, spaCy) itself.
_LAZY = {"KnowledgeGraph": "graphbuild.graph", "BuildReport": "graphbuild.pipeline.run",
         "build": "graphbuild.pipeline.run", "load": "graphbuild.pipeline.run",
         "AmbiguousName": "graphbuild.query.names", "NameLookupError": "graphbuild.query.names",
         "UnknownName": "graphbuild.query.names"}


def __getattr__(name: str) -> object:
    if name in _LAZY:
        value = getattr(__import__(_LAZY[name], fromlist=[name]), name)
        globals()[name] = value  # later lookups skip this function
        return value
    raise AttributeError(f"module 'graphbuild' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
