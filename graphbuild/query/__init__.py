"""Questions to a graph: functions over a networkx MultiDiGraph, returning small records.

* `names`     - find an entity by any of its names (`find_entity`, the lookup errors);
* `neighbors` - who is connected to X, and by which statements (`neighbors`, `relations`);
* `paths`     - how X and Y are connected (`connections`);
* `structure` - who matters and which groups form (`top`, `communities`, `subgraph`);
* `stats`     - a summary of the whole graph (`summarize`);
* `timeline`  - relations by class and date: an entity's `timeline`, the graph `cut` to a
  relation class or a period;
* `answers`   - the readable text the CLI prints for each kind of answer.

`KnowledgeGraph`'s methods (`kg.entity`, `kg.neighbors`, ...) are thin wrappers over these.
"""
from __future__ import annotations

from graphbuild.query.names import (AmbiguousName, EntityRecord, NameLookupError, UnknownName,
                                    find_entity)
from graphbuild.query.neighbors import Link, Neighbor, RelationRecord, neighbors, relations
from graphbuild.query.paths import Path, Step, connections
from graphbuild.query.stats import GraphStats, summarize
from graphbuild.query.structure import Community, RankedEntity, communities, subgraph, top
from graphbuild.query.timeline import TimelineEntry, cut, timeline

__all__ = ["AmbiguousName", "EntityRecord", "NameLookupError", "UnknownName", "find_entity",
           "Link", "Neighbor", "RelationRecord", "neighbors", "relations", "Path", "Step",
           "connections", "GraphStats", "summarize", "Community", "RankedEntity", "communities",
           "subgraph", "top", "TimelineEntry", "cut", "timeline"]
