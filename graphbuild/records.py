"""Plain data records that flow between the pipeline stages.

Everything here is a dataclass of JSON-friendly values, so a `DocExtraction` can be returned by a
worker process or a Dask worker, stored in the extraction cache, and merged later by `resolve`.
"""
from __future__ import annotations

import json
import sys
import zlib
from dataclasses import dataclass, field
from typing import Any

# Entity types that become nodes. NORP (nationalities, groups) is kept as an attribute instead.
NODE_TYPES = ("PERSON", "ORG", "GPE", "LOC", "FAC", "EVENT")

# The extraction store a build writes beside its graph files (what `--update` reads), and every
# file a build writes into its output folder: `ingest` must never read them back as articles.
STORE_NAME = "extractions.jsonl.gz"
EVIDENCE_NAME = "evidence.sqlite"  # every evidence sentence, when the graph files keep the first
OUTPUT_NAMES = frozenset({STORE_NAME, EVIDENCE_NAME, "graph.graphml", "graph.html", "graph.json",
                          "graph.gexf", "graph.nodes.csv", "graph.edges.csv"})


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


@dataclass(slots=True)
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


@dataclass(slots=True)
class Merge:
    """Why a surface form was joined to an entity: the rule that did it, in which article."""

    alias: str
    rule: str
    doc: str            # the (first) article it happened in
    articles: int = 1   # on a graph node: in how many articles (one record per alias and rule)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {"alias": self.alias, "rule": self.rule, "doc": self.doc}
        if self.articles != 1:
            data["articles"] = self.articles
        return data


@dataclass(slots=True)
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
        # Interned: the merge holds every article's entities at once, and the same names, types
        # and rules recur across articles (measured on 2,000 articles: 39 MB -> 17 MB).
        merges = [Merge(_intern(m["alias"]), _intern(m["rule"]), _intern(m["doc"]),
                        m.get("articles", 1)) for m in data.get("merges", [])]
        attributes = {_intern(k): [_intern(v) for v in values]
                      for k, values in data.get("attributes", {}).items()}
        return cls(**{**data, "key": _intern(data["key"]), "label": _intern(data["label"]),
                      "type": _intern(data["type"]), "attributes": attributes,
                      "aliases": [_intern(a) for a in data.get("aliases", [])],
                      "titles": [_intern(t) for t in data.get("titles", [])],
                      "merges": merges})


@dataclass(slots=True)
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


@dataclass(slots=True)
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

    def to_json(self) -> str:
        """`to_dict()` as JSON with sorted keys (how the cache and the extraction store keep it)."""
        return _json(self.to_dict())


@dataclass(frozen=True)
class PackedExtraction:
    """A DocExtraction kept as compressed JSON: what a build holds of each article until the
    cross-document merge. It takes about a twentieth of the memory of the records (measured:
    2.2 KB against 49 KB per article), and the merge unpacks `entities` and `relations` one
    article at a time (each access unpacks them anew).

    >>> x = DocExtraction({"id": "a1"}, [DocEntity("e0", "Ann Lee", "PERSON")])
    >>> packed = PackedExtraction.pack(x)
    >>> packed.doc_id, packed.entities[0].label, packed.unpack() == x
    ('a1', 'Ann Lee', True)
    """

    article: dict[str, Any]
    packed_entities: bytes
    packed_relations: bytes

    @classmethod
    def pack(cls, extraction: "DocExtraction | dict[str, Any]") -> "PackedExtraction":
        data = extraction.to_dict() if isinstance(extraction, DocExtraction) else extraction
        return cls(dict(data["article"]), _compress(_json(data["entities"])),
                   _compress(_json(data["relations"])))

    @property
    def doc_id(self) -> str:
        return str(self.article["id"])

    @property
    def entities(self) -> list[DocEntity]:
        return [DocEntity.from_dict(e) for e in json.loads(_decompress(self.packed_entities))]

    @property
    def relations(self) -> list[RelationMention]:
        return [RelationMention.from_dict(r)
                for r in json.loads(_decompress(self.packed_relations))]

    def unpack(self) -> DocExtraction:
        return DocExtraction(dict(self.article), self.entities, self.relations)

    def to_dict(self) -> dict[str, Any]:
        return {"article": dict(self.article),
                "entities": json.loads(_decompress(self.packed_entities)),
                "relations": json.loads(_decompress(self.packed_relations))}

    def to_json(self) -> str:
        """The same text as `DocExtraction.to_json`, put together without decoding the parts
        (a dict's keys sorted: article, entities, relations)."""
        return (f'{{"article": {_json(self.article)}, '
                f'"entities": {_decompress(self.packed_entities)}, '
                f'"relations": {_decompress(self.packed_relations)}}}')


def _intern(text: Any) -> Any:
    return sys.intern(text) if type(text) is str else text


def _json(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True)


# Level 1: most of the saving (2.2 against 2.0 KB per article at level 6) for little CPU.
# "surrogatepass": an article's text may hold lone surrogates, and so may its evidence.
def _compress(text: str) -> bytes:
    return zlib.compress(text.encode("utf-8", "surrogatepass"), 1)


def _decompress(data: bytes) -> str:
    return zlib.decompress(data).decode("utf-8", "surrogatepass")


@dataclass(frozen=True)
class Skipped:
    """An input that could not be read, and why (reported, never raised)."""

    source: str
    reason: str

    def __str__(self) -> str:
        return f"{self.source}: {self.reason}"
