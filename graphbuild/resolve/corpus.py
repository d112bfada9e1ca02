"""The corpus-level records the merge makes: an `Entity` per node, a `Relation` per edge.

>>> node_id("Jeff Sessions", "PERSON")
'PERSON:jeff-sessions'
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from graphbuild.records import Evidence, Merge
from graphbuild.resolve.keys import name_key


@dataclass
class Entity:
    """One real-world entity of the corpus: a node of the graph."""

    id: str
    label: str
    type: str
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    mentions: int = 0
    documents: list[str] = field(default_factory=list)
    merges: list[Merge] = field(default_factory=list)
    attributes: dict[str, list[str]] = field(default_factory=dict)


@dataclass
class Relation:
    """One edge: every mention of (subject, predicate, object, negated, hedged) in the corpus."""

    subject: str
    predicate: str
    object: str
    negated: bool
    hedged: bool
    evidence: list[Evidence] = field(default_factory=list)
    kinds: list[str] = field(default_factory=list)

    @property
    def documents(self) -> list[str]:
        return sorted({e.doc for e in self.evidence})


def node_id(label: str, entity_type: str) -> str:
    """A stable, readable node id, e.g. "PERSON:jeff-sessions"."""
    slug = re.sub(r"\s+", "-", name_key(label)) or "unnamed"
    return f"{entity_type}:{slug}"
