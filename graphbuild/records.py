"""Plain data records that flow between the pipeline stages.

Everything here is a dataclass of JSON-friendly values, so a `DocExtraction` can be returned by a
worker process or a Dask worker, stored in the extraction cache, and merged later by `resolve`.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

# Entity types that become nodes. NORP (nationalities, groups) is kept as an attribute instead.
NODE_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT")


@dataclass(frozen=True)
class Article:
    """One news article as read by `ingest`.

    `text` is the article body exactly as the extraction offsets index it.
    """

    id: str
    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None  # the file (and record) it came from

    def meta(self) -> dict[str, Any]:
        """The article's metadata without its text."""
        return {"id": self.id, "title": self.title, "date": self.date, "url": self.url,
                "source": self.source}


@dataclass(frozen=True)
class Paragraph:
    """A block of an article that is parsed on its own, so no sentence runs across it.

    `text` has the same length as `article.text[start:start + len(text)]` (hard line breaks
    inside the block are turned into spaces), so offsets into it map onto the article by `start`.
    """

    start: int
    text: str


@dataclass
class Evidence:
    """A sentence that supports an edge, with character offsets into the article."""

    doc: str
    sentence: str
    start: int
    end: int

    # Spelled out, not dataclasses.asdict: that deep-copies field by field, and these records
    # are turned into dicts once per article for the cache and once for the extraction store.
    def to_dict(self) -> dict[str, Any]:
        return {"doc": self.doc, "sentence": self.sentence, "start": self.start, "end": self.end}


@dataclass
class Merge:
    """Why a surface form was joined to an entity: the rule that did it, in which article."""

    alias: str
    rule: str
    doc: str

    def to_dict(self) -> dict[str, Any]:
        return {"alias": self.alias, "rule": self.rule, "doc": self.doc}


@dataclass
class DocEntity:
    """One real-world entity as seen inside one article (a cluster of its mentions)."""

    key: str                    # unique within the article, e.g. "e3"
    label: str                  # fullest proper name seen in the article
    type: str                   # one of NODE_TYPES
    aliases: list[str] = field(default_factory=list)
    titles: list[str] = field(default_factory=list)
    mentions: int = 0
    merges: list[Merge] = field(default_factory=list)
    attributes: dict[str, list[str]] = field(default_factory=dict)  # e.g. nationality

    def to_dict(self) -> dict[str, Any]:
        return {"key": self.key, "label": self.label, "type": self.type,
                "aliases": list(self.aliases), "titles": list(self.titles),
                "mentions": self.mentions, "merges": [m.to_dict() for m in self.merges],
                "attributes": {k: list(v) for k, v in self.attributes.items()}}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DocEntity":
        merges = [Merge(**m) for m in data.get("merges", [])]
        return cls(**{**data, "merges": merges})


@dataclass
class RelationMention:
    """One statement in one sentence linking two entities of the article."""

    subject: str                # DocEntity.key
    predicate: str              # normalized lemma phrase, e.g. "meet with"
    object: str                 # DocEntity.key
    evidence: Evidence
    negated: bool = False
    hedged: bool = False
    kind: str = "verb"          # verb, role, speech, event, ...

    def to_dict(self) -> dict[str, Any]:
        return {"subject": self.subject, "predicate": self.predicate, "object": self.object,
                "evidence": self.evidence.to_dict(), "negated": self.negated,
                "hedged": self.hedged, "kind": self.kind}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "RelationMention":
        return cls(**{**data, "evidence": Evidence(**data["evidence"])})


@dataclass
class DocExtraction:
    """Everything extraction learned from one article: plain data, JSON-serializable."""

    article: dict[str, Any]     # Article.meta() plus "hash" of the text
    entities: list[DocEntity] = field(default_factory=list)
    relations: list[RelationMention] = field(default_factory=list)

    @property
    def doc_id(self) -> str:
        return str(self.article["id"])

    def to_dict(self) -> dict[str, Any]:
        return {"article": dict(self.article),
                "entities": [e.to_dict() for e in self.entities],
                "relations": [r.to_dict() for r in self.relations]}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "DocExtraction":
        return cls(article=dict(data["article"]),
                   entities=[DocEntity.from_dict(e) for e in data["entities"]],
                   relations=[RelationMention.from_dict(r) for r in data["relations"]])


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, and why (reported, never raised)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
