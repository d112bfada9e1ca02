"""Query answers as text for a terminal: one entity, edge or path a line, evidence indented.

Each `format_*` function takes what the query API returns and gives back a string, so that
`graphbuild query` only chooses the function; `--json` prints the answers' `to_dict()` instead.
Edges read left to right as the text states them: `Flynn -[tell]-> Pence` when Flynn is the
subject, `Pence <-[tell]- Flynn` when the entity on the left is the object.
"""
from __future__ import annotations

import textwrap
from collections.abc import Sequence
from typing import Any

from graphbuild.query.names import EntityRecord
from graphbuild.query.paths import Path
from graphbuild.query.neighbors import Link, Neighbor, RelationRecord
from graphbuild.query.stats import GraphStats
from graphbuild.query.structure import Community, RankedEntity
from graphbuild.query.timeline import TimelineEntry

WIDTH = 100  # evidence sentences are wrapped to this width


def counted(number: int, noun: str, plural: str | None = None) -> str:
    """`1 mention`, `2 mentions`, `3 entities`.

    Examples
    --------
    >>> counted(1, "entity", "entities"), counted(3, "entity", "entities"), counted(0, "path")
    ('1 entity', '3 entities', '0 paths')
    """
    return f"{number} {noun if number == 1 else (plural or noun + 's')}"


def edge_text(left: str, link: Link, right: str) -> str:
    """One edge as `left -[predicate]-> right` (or `<-[...]-`), with its class (unless
    "other"), flags and weight.

    Examples
    --------
    >>> link = Link("meet with", "out", negated=True, hedged=False, weight=2, evidence=(),
    ...             relation_class="meeting")
    >>> edge_text("Sessions", link, "Kislyak")
    'Sessions -[meet with]-> Kislyak  (meeting; denied; 2 mentions)'
    """
    arrow = f"-[{link.predicate}]->" if link.direction == "out" else f"<-[{link.predicate}]-"
    notes = [link.relation_class] if link.relation_class != "other" else []
    notes += [word for word, flag in (("denied", link.negated), ("hedged", link.hedged)) if flag]
    notes.append(counted(link.weight, "mention"))
    return f"{left} {arrow} {right}  ({'; '.join(notes)})"


def evidence_lines(evidence: Sequence[dict[str, Any]], count: int, indent: str) -> list[str]:
    """The first `count` evidence sentences, quoted, wrapped, with their article id and date.

    Examples
    --------
    >>> evidence_lines([{"doc": "d1", "sentence": "Flynn told Pence.", "date": "2017-01-20"}],
    ...                1, "  ")
    ['  "Flynn told Pence." [d1, 2017-01-20]']
    >>> evidence_lines([{"sentence": "a"}, {"sentence": "b"}, {"sentence": "c"}], 1, "")
    ['"a"', '(+2 more sentences)']
    """
    lines = []
    for item in evidence[:count]:
        where = [str(item[k]) for k in ("doc", "date") if item.get(k)]
        doc = f" [{', '.join(where)}]" if where else ""
        quoted = f"\"{' '.join(str(item.get('sentence', '')).split())}\"{doc}"
        lines += textwrap.wrap(quoted, WIDTH, initial_indent=indent, subsequent_indent=indent)
    hidden = len(evidence) - count
    if count > 0 and hidden > 0:
        lines.append(f"{indent}(+{counted(hidden, 'more sentence')})")
    return lines


def entity_title(entity: EntityRecord) -> str:
    """`Label (TYPE)`: how an entity is named in every answer.

    Examples
    --------
    >>> entity_title(EntityRecord("GPE:russia", "Russia", "GPE"))
    'Russia (GPE)'
    """
    return f"{entity.label} ({entity.type})" if entity.type else entity.label


def format_entity(entity: EntityRecord) -> str:
    """An entity's card: id, type, mentions, other names, titles, articles.

    Examples
    --------
    >>> print(format_entity(EntityRecord("PERSON:jeff-sessions", "Jeff Sessions", "PERSON",
    ...                                  aliases=("Jeff Sessions", "Sessions"), mentions=8,
    ...                                  documents=("cbs",))))
    Jeff Sessions (PERSON)  [PERSON:jeff-sessions]
      8 mentions in 1 article: cbs
      also called: Sessions
    """
    docs = len(entity.documents)
    listed = ": " + ", ".join(entity.documents) if docs else ""
    lines = [f"{entity_title(entity)}  [{entity.id}]",
             f"  {counted(entity.mentions, 'mention')} in {counted(docs, 'article')}{listed}"]
    others = [a for a in entity.aliases if a != entity.label]
    if others:
        lines.append("  also called: " + ", ".join(others))
    if entity.titles:
        lines.append("  titles: " + ", ".join(entity.titles))
    return "\n".join(lines)


def format_neighbors(entity: EntityRecord, found: Sequence[Neighbor], evidence: int = 1,
                     total: int | None = None) -> str:
    """Each neighbour with the edges that join it to `entity` and their evidence.

    `total` is the number of neighbours before a limit cut `found` short.

    Examples
    --------
    >>> import networkx as nx
    >>> from graphbuild import KnowledgeGraph
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("a", label="Flynn", type="PERSON")
    >>> g.add_node("b", label="Pence", type="PERSON")
    >>> _ = g.add_edge("a", "b", predicate="tell", weight=1,
    ...                evidence=[{"doc": "d1", "sentence": "Flynn told Pence."}])
    >>> kg = KnowledgeGraph(g)
    >>> print(format_neighbors(kg.entity("Pence"), kg.neighbors("Pence")))
    Pence (PERSON): 1 neighbour
      Flynn (PERSON)
        Pence <-[tell]- Flynn  (communication; 1 mention)
            "Flynn told Pence." [d1]
    """
    every = len(found) if total is None else total
    shown = f", the first {len(found)}" if len(found) < every else ""
    lines = [f"{entity_title(entity)}: {counted(every, 'neighbour')}{shown}"]
    for neighbor in found:
        lines.append(f"  {entity_title(neighbor.entity)}")
        for link in neighbor.links:
            lines.append("    " + edge_text(entity.label, link, neighbor.entity.label))
            lines += evidence_lines(link.evidence, evidence, "        ")
    return "\n".join(lines)


def format_paths(a: EntityRecord, b: EntityRecord, paths: Sequence[Path], max_hops: int,
                 evidence: int = 1) -> str:
    """Numbered paths, one step a line with its strongest edge and evidence.

    Examples
    --------
    >>> import networkx as nx
    >>> from graphbuild import KnowledgeGraph
    >>> kg = KnowledgeGraph(nx.MultiDiGraph())
    >>> for n in "abc":
    ...     kg.graph.add_node(n, label=n.upper(), type="PERSON")
    >>> _ = kg.graph.add_edge("a", "b", predicate="call", weight=1)
    >>> _ = kg.graph.add_edge("c", "b", predicate="meet", weight=2)
    >>> print(format_paths(kg.entity("A"), kg.entity("C"), kg.connections("A", "C"), 3))
    1 path between A and C:
    Path 1: 2 hops, 3 mentions
      A -[call]-> B  (communication; 1 mention)
      B <-[meet]- C  (meeting; 2 mentions)
    """
    if not paths:
        return f"No path between {a.label} and {b.label} within {counted(max_hops, 'hop')}."
    lines = [f"{counted(len(paths), 'path')} between {a.label} and {b.label}:"]
    for number, path in enumerate(paths, 1):
        doubt = (f"; {counted(path.uncertain_steps, 'step')} only denied or hedged"
                 if path.uncertain_steps else "")
        lines.append(f"Path {number}: {counted(path.hops, 'hop')}, "
                     f"{counted(path.weight, 'mention')}{doubt}")
        for step in path.steps:
            lines.append("  " + edge_text(step.source.label, step.link, step.target.label))
            lines += evidence_lines(step.link.evidence, evidence, "      ")
            others = len(step.links) - 1
            if others:
                lines.append(f"      (+{counted(others, 'more edge')} between them)")
    return "\n".join(lines)


def format_relations(found: Sequence[RelationRecord], evidence: int = 1) -> str:
    """One edge a line, subject first, with its evidence.

    Examples
    --------
    >>> record = RelationRecord("P:t", "Trump", "fire", "P:f", "Flynn", False, False, 1,
    ...                         ({"doc": "d2", "sentence": "Trump fired Flynn."},))
    >>> print(format_relations([record]))
    Trump -[fire]-> Flynn  (1 mention)
        "Trump fired Flynn." [d2]
    """
    if not found:
        return "No matching relations."
    lines = []
    for rel in found:
        link = Link(rel.predicate, "out", rel.negated, rel.hedged, rel.weight, rel.evidence,
                    rel.relation_class)
        lines.append(edge_text(rel.subject_label, link, rel.object_label))
        lines += evidence_lines(rel.evidence, evidence, "    ")
    return "\n".join(lines)


def _score(value: float, by: str) -> str:
    return f"{value:.4f}" if by == "pagerank" else f"{value:g}"


def format_top(ranked: Sequence[RankedEntity]) -> str:
    """A numbered ranking with each entity's score.

    Examples
    --------
    >>> print(format_top([RankedEntity(EntityRecord("P:f", "Flynn", "PERSON"), "degree", 4.0)]))
     1. Flynn (PERSON)  degree 4
    """
    return "\n".join(f"{i:2d}. {entity_title(r.entity)}  {r.by} {_score(r.score, r.by)}"
                     for i, r in enumerate(ranked, 1))


def format_communities(found: Sequence[Community], shown: int = 8) -> str:
    """One community a line: its size and its most mentioned members.

    Examples
    --------
    >>> members = tuple(EntityRecord(f"P:{n}", n, "PERSON") for n in ["Ann", "Bob", "Cy"])
    >>> print(format_communities([Community(members)], shown=2))
     1. (3) Ann, Bob, and 1 more
    """
    if not found:
        return "No communities (no entity has an edge)."
    lines = []
    for number, community in enumerate(found, 1):
        names = ", ".join(m.label for m in community.members[:shown])
        more = f", and {community.size - shown} more" if community.size > shown else ""
        lines.append(f"{number:2d}. ({community.size}) {names}{more}")
    return "\n".join(lines)


def _counts(counts: dict[str, int], shown: int) -> str:
    items = list(counts.items())
    text = ", ".join(f"{name or '?'} {count}" for name, count in items[:shown])
    return text + (f", and {len(items) - shown} more" if len(items) > shown else "") or "none"


def format_stats(stats: GraphStats, shown: int = 10) -> str:
    """The summary `graphbuild stats` prints.

    Examples
    --------
    >>> import networkx as nx
    >>> from graphbuild.query.stats import summarize
    >>> g = nx.MultiDiGraph(articles=[{"id": "d1", "date": "2017-03-02", "title": "Recusal"}])
    >>> g.add_node("a", label="Sessions", type="PERSON")
    >>> print(format_stats(summarize(g)))
    1 entity, 0 relations, 1 article (2017-03-02 to 2017-03-02), 1 connected group
    Entities by type: PERSON 1
    Relations by predicate: none
    Relations by class: none
    Denied relations: 0; hedged: 0
    Most connected:
       1. Sessions (PERSON)  degree 0
    Articles:
      2017-03-02  d1  Recusal
    """
    dates = stats.date_range
    when = f"{dates[0]} to {dates[1]}" if dates else "dates unknown"
    lines = [f"{counted(stats.nodes, 'entity', 'entities')}, {counted(stats.edges, 'relation')}, "
             f"{counted(len(stats.articles), 'article')} ({when}), "
             f"{counted(stats.components, 'connected group')}",
             "Entities by type: " + _counts(stats.types, shown),
             "Relations by predicate: " + _counts(stats.predicates, shown),
             "Relations by class: " + _counts(stats.classes, len(stats.classes)),
             f"Denied relations: {stats.negated}; hedged: {stats.hedged}",
             "Most connected:"]
    lines += [f"  {line}" for line in format_top(stats.most_connected).splitlines()]
    lines.append("Articles:")
    for article in stats.articles:
        lines.append(f"  {article.date or '(no date)':10}  {article.id}"
                     + (f"  {article.title}" if article.title else ""))
    return "\n".join(lines)


def format_timeline(entity: EntityRecord, entries: Sequence[TimelineEntry]) -> str:
    """An entity's relations in date order: date, class, the edge, the evidence sentence.

    Examples
    --------
    >>> from graphbuild.query.timeline import TimelineEntry
    >>> me = EntityRecord("P:s", "Jeff Sessions", "PERSON")
    >>> other = EntityRecord("P:k", "Sergey Kislyak", "PERSON")
    >>> print(format_timeline(me, [TimelineEntry("2016-07-01", "meeting", "meet with", "out",
    ...                                          other, "They met in July.", "d1", False, False)]))
    Timeline of Jeff Sessions (PERSON): 1 dated statement
    2016-07-01  meeting        Jeff Sessions -[meet with]-> Sergey Kislyak
                "They met in July." [d1]
    """
    dated = sum(1 for e in entries if e.date)
    lines = [f"Timeline of {entity_title(entity)}: {counted(dated, 'dated statement')}"
             + (f", {len(entries) - dated} undated" if len(entries) > dated else "")]
    for entry in entries:
        arrow = f"-[{entry.predicate}]->" if entry.direction == "out" else \
            f"<-[{entry.predicate}]-"
        flags = ", ".join(w for w, f in (("denied", entry.negated), ("hedged", entry.hedged)) if f)
        flags = f"  ({flags})" if flags else ""
        lines.append(f"{entry.date or '(no date)':10}  {entry.relation_class:13}  "
                     f"{entity.label} {arrow} {entry.other.label}{flags}")
        lines += evidence_lines([{"doc": entry.doc, "sentence": entry.sentence}], 1, " " * 12)
    return "\n".join(lines)
