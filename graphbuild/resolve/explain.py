"""Why an entity has the names it has: every alias, the rule that joined it, and the article.

`kg.explain(name)` and `graphbuild explain GRAPH NAME` answer from the `merges` attribute that
the entity layer records on each node, so a wrong merge can be seen and undone with an aliases
file (`distinct` pair), and a missed one made (`alias` row).

>>> import networkx as nx
>>> g = nx.MultiDiGraph()
>>> g.add_node("PERSON:jeff-sessions", label="Jeff Sessions", type="PERSON", mentions=3,
...            aliases=["Jeff Sessions", "Sessions"], documents=["a1"], titles=["Attorney General"],
...            merges=[{"alias": "Jeff Sessions", "rule": "fullest name", "doc": "a1"},
...                    {"alias": "Sessions", "rule": "surname of 'Jeff Sessions'", "doc": "a1"}])
>>> print(explain(g, "sessions"))
Jeff Sessions [PERSON:jeff-sessions]: PERSON, 3 mentions in 1 article
  titles: Attorney General
  "Jeff Sessions"  fullest name  (a1)
  "Sessions"  surname of 'Jeff Sessions'  (a1)
To keep a name apart, add a row "Jeff Sessions,NAME,distinct" to an aliases file (--aliases).
"""
from __future__ import annotations

import json
from dataclasses import asdict, dataclass, field
from typing import Any

import networkx as nx


@dataclass
class AliasReason:
    """One surface form of an entity and why it belongs to it (per article)."""

    alias: str
    rules: list[tuple[str, str, int]] = field(default_factory=list)  # (rule, first article,
                                                                     # how many articles)


@dataclass
class Explanation:
    """An entity with the reasons behind each of its names."""

    id: str
    label: str
    type: str
    mentions: int
    documents: list[str]
    titles: list[str]
    reasons: list[AliasReason]

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["reasons"] = [{"alias": r.alias,
                            "rules": [{"rule": rule, "doc": doc, "articles": n}
                                      for rule, doc, n in r.rules]}
                           for r in self.reasons]
        return data

    def __str__(self) -> str:
        docs = len(self.documents)
        lines = [f"{self.label} [{self.id}]: {self.type}, {self.mentions} mentions in {docs} "
                 f"article{'s' if docs != 1 else ''}"]
        if self.titles:
            lines.append("  titles: " + "; ".join(self.titles))
        for reason in self.reasons:
            for rule, doc, n in reason.rules or [("seen", "", 1)]:
                more = f" and {n - 1:,} more article{'s' if n > 2 else ''}" if n > 1 else ""
                where = f"  ({doc}{more})" if doc else ""
                lines.append(f"  \"{reason.alias}\"  {rule}{where}")
        lines.append(f"To keep a name apart, add a row \"{self.label},NAME,distinct\" to an "
                     "aliases file (--aliases).")
        return "\n".join(lines)


def explain(graph: nx.MultiDiGraph, name: str, type: str | None = None) -> Explanation:
    """Explain the entity named `name` (label, alias or node id).

    Raises graphbuild.query.names.UnknownName or AmbiguousName, as `kg.entity` does.
    """
    from graphbuild.query.names import find_entity
    node = find_entity(graph, name, type)
    return node_explanation(graph, node)


def node_explanation(graph: nx.MultiDiGraph, node: str) -> Explanation:
    """The Explanation of one node, from its `merges` (a GraphML file stores them as JSON)."""
    attrs = graph.nodes[node]
    merges = _records(attrs.get("merges"))
    reasons: dict[str, AliasReason] = {}
    for alias in _strings(attrs.get("aliases")):
        reasons.setdefault(alias, AliasReason(alias))
    for merge in merges:
        reason = reasons.setdefault(str(merge.get("alias", "")), AliasReason(str(merge.get("alias"))))
        item = (str(merge.get("rule", "")), str(merge.get("doc", "")),
                int(merge.get("articles", 1) or 1))
        if item not in reason.rules:
            reason.rules.append(item)
    label = str(attrs.get("label", node))
    ordered = sorted(reasons.values(), key=lambda r: (r.alias != label, r.alias.lower()))
    return Explanation(id=str(node), label=label, type=str(attrs.get("type", "")),
                       mentions=int(attrs.get("mentions", 0) or 0),
                       documents=_strings(attrs.get("documents")),
                       titles=_strings(attrs.get("titles")), reasons=ordered)


def _records(value: Any) -> list[dict[str, Any]]:
    if isinstance(value, str):  # flattened by an exporter
        try:
            value = json.loads(value)
        except json.JSONDecodeError:
            return []
    return [v for v in value or [] if isinstance(v, dict)]


def _strings(value: Any) -> list[str]:
    if isinstance(value, str):
        return [v.strip() for v in value.split(";") if v.strip()]
    return [str(v) for v in value or []]
