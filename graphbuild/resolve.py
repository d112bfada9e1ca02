"""Merge the per-article entities of many `DocExtraction`s into corpus-wide entities.

The merge is order-independent: extractions are processed sorted by article id, so the same
corpus always gives the same entities and node ids.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from .records import DocEntity, DocExtraction, Evidence, Merge


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


def name_key(text: str) -> str:
    """Accent-, case- and punctuation-insensitive key of a name ("U.S." -> "us")."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"['\u2019]s?\b", "", text)
    return " ".join(re.sub(r"[^\w\s]", "", text).split())


def type_group(entity_type: str) -> str:
    """Types that may name the same thing (a city tagged GPE in one article, LOC in another)."""
    return "PLACE" if entity_type in {"GPE", "LOC", "FAC"} else entity_type


def node_id(label: str, entity_type: str) -> str:
    """A stable, readable node id, e.g. "PERSON:jeff-sessions"."""
    slug = re.sub(r"\s+", "-", name_key(label)) or "unnamed"
    return f"{entity_type}:{slug}"


class _Merger:
    """Accumulates DocEntities into corpus entities, keyed by (type group, name key)."""

    def __init__(self) -> None:
        self.groups: list[list[tuple[str, DocEntity]]] = []
        self.index: dict[tuple[str, str], int] = {}

    def add(self, doc_id: str, entity: DocEntity) -> int:
        group = type_group(entity.type)
        keys = [name_key(a) for a in [entity.label, *entity.aliases]]
        target = next((self.index[(group, k)] for k in keys if (group, k) in self.index), None)
        if target is None and entity.type == "PERSON":
            target = self._by_surname(name_key(entity.label))
        if target is None:
            target = len(self.groups)
            self.groups.append([])
        self.groups[target].append((doc_id, entity))
        for k in keys:
            self.index.setdefault((group, k), target)
        return target

    def _by_surname(self, key: str) -> int | None:
        """A one-word person name joins the only corpus person with that surname, if unique."""
        if " " in key:
            return None
        hits = {i for (g, k), i in self.index.items() if g == "PERSON" and k.split()[-1:] == [key]}
        return hits.pop() if len(hits) == 1 else None


def resolve(extractions: Iterable[DocExtraction]) -> tuple[list[Entity], list[Relation]]:
    """Merge extractions into corpus entities and aggregated relations."""
    merger = _Merger()
    ordered = sorted(extractions, key=lambda x: x.doc_id)
    local: dict[tuple[str, str], int] = {}
    for x in ordered:
        for entity in sorted(x.entities, key=lambda e: (-len(e.label), e.key)):
            local[(x.doc_id, entity.key)] = merger.add(x.doc_id, entity)
    entities = [_merge_group(members) for members in merger.groups]
    _dedupe_ids(entities)
    ids = {k: entities[i].id for k, i in local.items()}
    relations: dict[tuple[str, str, str, bool, bool], Relation] = {}
    for x in ordered:
        for r in x.relations:
            s, o = ids.get((x.doc_id, r.subject)), ids.get((x.doc_id, r.object))
            if s is None or o is None or s == o:
                continue
            key = (s, r.predicate, o, r.negated, r.hedged)
            rel = relations.setdefault(key, Relation(s, r.predicate, o, r.negated, r.hedged))
            rel.evidence.append(r.evidence)
            if r.kind not in rel.kinds:
                rel.kinds.append(r.kind)
    return entities, [relations[k] for k in sorted(relations)]


def _merge_group(members: list[tuple[str, DocEntity]]) -> Entity:
    types = Counter()
    for _, e in members:
        types[e.type] += e.mentions
    entity_type = max(sorted(types), key=lambda t: types[t])
    label = max((e.label for _, e in members), key=lambda t: (len(t.split()), len(t), t))
    aliases = sorted({a for _, e in members for a in [e.label, *e.aliases]})
    titles = sorted({t for _, e in members for t in e.titles})
    merges = [m for _, e in members for m in e.merges]
    attributes: dict[str, list[str]] = {}
    for _, e in members:
        for k, values in e.attributes.items():
            attributes[k] = sorted(set(attributes.get(k, [])) | set(values))
    return Entity(id=node_id(label, entity_type), label=label, type=entity_type, aliases=aliases,
                  titles=titles, mentions=sum(e.mentions for _, e in members),
                  documents=sorted({d for d, _ in members}), merges=merges, attributes=attributes)


def _dedupe_ids(entities: list[Entity]) -> None:
    """Two distinct entities with one slug get numbered ids, in a stable order."""
    seen: Counter = Counter()
    for entity in sorted(entities, key=lambda e: (e.id, e.documents, e.aliases)):
        seen[entity.id] += 1
        if seen[entity.id] > 1:
            entity.id = f"{entity.id}-{seen[entity.id]}"
