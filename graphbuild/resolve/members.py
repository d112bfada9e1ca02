"""What the merge keeps of each article's entity once it is placed in a group, and what a
group's members make together (the fields of its corpus entity).

The merge holds every article's entities until the corpus-wide joins have run (a surname may
join a person named in any article). An archive has a dozen entities an article, so a member
keeps only what the joins and the entity read: its label, type, mentions, titles, merge
records and attributes, in tuples (no list per field, no empty dict). Its aliases are the
group's names (`_Merger.names`), and its key served the placement only. Measured at 2,000
archive articles (28,535 members): about 730 bytes a member as a DocEntity; 6.5 MB less so.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from graphbuild.extract.mentions.labels import choose_label
from graphbuild.records import DocEntity, Merge


@dataclass(slots=True)
class Member:
    """An article's entity as a member of a group."""

    label: str
    type: str
    mentions: int
    titles: tuple[str, ...]
    merges: tuple[Merge, ...]
    attributes: Mapping[str, list[str]] | None  # None: none (an empty dict costs 64 bytes)

    @classmethod
    def of(cls, entity: DocEntity) -> "Member":
        """The member an entity makes (its lists are read, never changed)."""
        return cls(entity.label, entity.type, entity.mentions, tuple(entity.titles),
                   tuple(entity.merges), entity.attributes or None)


def group_fields(members: Iterable[tuple[str, Member]], names: Iterable[str]) -> dict[str, Any]:
    """The fields of the corpus entity of a group (but its id): `members` are (article id,
    member) in group order, `names` the group's names (every member's label and aliases)."""
    members = list(members)
    types: Counter = Counter()
    for _, e in members:
        types[e.type] += e.mentions
    entity_type = max(sorted(types), key=lambda t: types[t])
    # One record per alias and rule, with the first article and a count: a country named in
    # every second article would otherwise carry thousands of identical reasons.
    merges: dict[tuple[str, str], Merge] = {}
    for _, e in members:
        for m in e.merges:
            seen = merges.get((m.alias, m.rule))
            if seen is None:
                merges[(m.alias, m.rule)] = Merge(m.alias, m.rule, m.doc, m.articles)
            else:
                seen.articles += m.articles
    attributes: dict[str, list[str]] = {}
    for _, e in members:
        for k, values in (e.attributes or {}).items():
            attributes[k] = sorted(set(attributes.get(k, [])) | set(values))
    return {"label": choose_label([e.label for _, e in members], entity_type),
            "type": entity_type, "aliases": sorted(set(names)),
            "titles": sorted({t for _, e in members for t in e.titles}),
            "mentions": sum(e.mentions for _, e in members),
            "documents": sorted({d for d, _ in members}), "merges": list(merges.values()),
            "attributes": attributes}
