"""Cluster the mentions of one article into entities (`DocEntity`)."""
from __future__ import annotations

from collections import Counter

from ..records import Article, DocEntity, Merge
from .mentions import Mention


def normalize_name(text: str) -> str:
    """Case- and space-insensitive key of a surface form."""
    return " ".join(text.replace("\u2019", "'").lower().split())


def cluster_mentions(article: Article, mentions: list[Mention]
                     ) -> tuple[list[DocEntity], list[int]]:
    """Group mentions into entities: same name, or a surname after the full name.

    Returns the entities and, for each mention, the index of its entity.
    """
    keys: dict[str, int] = {}
    members: list[list[Mention]] = []
    rules: list[list[Merge]] = []
    mention_entity: list[int] = []
    for m in mentions:
        key = normalize_name(m.text)
        index = keys.get(key)
        rule = "same name"
        if index is None and m.type == "PERSON" and " " not in key:
            index = _full_name_for(key, keys, members)
            rule = "surname of a full name used before"
        if index is None:
            index = len(members)
            members.append([])
            rules.append([])
            rule = "first mention"
        keys.setdefault(key, index)
        if normalize_name(m.text) not in {normalize_name(x.text) for x in members[index]}:
            rules[index].append(Merge(alias=m.text, rule=rule, doc=article.id))
        members[index].append(m)
        mention_entity.append(index)
    entities = [_entity(f"e{i}", ms, rules[i]) for i, ms in enumerate(members)]
    return entities, mention_entity


def _full_name_for(word: str, keys: dict[str, int], members: list[list[Mention]]) -> int | None:
    candidates = {i for k, i in keys.items()
                  if " " in k and k.split()[-1] == word and members[i][0].type == "PERSON"}
    return candidates.pop() if len(candidates) == 1 else None


def _entity(key: str, mentions: list[Mention], merges: list[Merge]) -> DocEntity:
    types = Counter(m.type for m in mentions)
    label = max((m.text for m in mentions), key=lambda t: (len(t.split()), len(t)))
    aliases = sorted({m.text for m in mentions})
    titles = sorted({t for m in mentions for t in m.titles})
    return DocEntity(key=key, label=label, type=types.most_common(1)[0][0], aliases=aliases,
                     titles=titles, mentions=len(mentions), merges=merges)
