"""A short name of an organization that is the head of a longer name in the same article.

"The Senate" after "the California State Senate", "the Commission" after "the Federal Trade
Commission", "the Council" after "Gadsden City Council", "the House" after "the House of
Representatives", "Homeland Security" after "the Department of Homeland Security": once an article has named an organization in full, it goes on with the last
words of its name. The short name joins the longer one when that is its only candidate in the
article, and the longer name really is a kind of thing qualified by a name: "the White House"
does not make "the House" the White House.

>>> head_of("Senate", "California State Senate"), head_of("House", "House of Representatives")
(True, True)
>>> head_of("House", "White House"), head_of("Committee", "Trade Committee")
(False, False)
>>> head_of("Armed Services Committee", "Senate Armed Services Committee")
True
>>> head_of("Southern Airlines", "China Southern Airlines"), head_of("Senate", "Georgia Senate")
(False, True)
>>> head_of("Homeland Security", "Department of Homeland Security")
True
>>> head_of("Court", "U.S. District Court for the Northern District of Alabama")
True
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graphbuild.knowledge.organizations import BODY_WORDS, ORG_HEAD_WORDS
from graphbuild.knowledge.places import country_code, is_place_name, is_state
from graphbuild.extract.mentions.spans import Mention
from graphbuild.extract.mentions.names import acronym_form, is_company_name

if TYPE_CHECKING:
    from graphbuild.extract.mentions.entities import _Clusters

# How the merge of a short name is recorded; `resolve` does not match other articles by it (the
# Commission of one article need not be the Commission of another).
SHORT_NAME_RULE = "short for"
# Where the head part of a name ends and its complement begins ("Court | for the District").
COMPLEMENT = re.compile(r"\s(?:of|for|on)\s")


def head_of(short: str, name: str, named: frozenset[str] = frozenset()) -> bool:
    """Whether `short` is the complement of the longer `name` ("of Homeland Security"), or the
    last words of the head part of `name`, and what comes
    before them qualifies it: two words or more ("Federal Trade"), a place ("California"), a
    name the article uses on its own (`named`, lowercase), or a complement ("of Justice"); not
    a country, which is part of such a name or handled by `namekeys.name_keys`.

    A short name of two words or more is specific enough with any qualifier.
    """
    words = short.lower().split()
    parts = COMPLEMENT.split(name, maxsplit=1)
    if len(parts) > 1 and re.sub(r"^the\s+", "", parts[1].lower()).split() == words:
        return True  # "Homeland Security" of "Department of Homeland Security"
    head = parts[0].lower().split()
    k = len(words)
    if len(head) < k or head[-k:] != words or len(name.split()) <= k:
        return False
    qualifier = head[:-k]
    if not qualifier:
        return len(parts) > 1  # "Department" of "Department of Justice"
    text = " ".join(qualifier)
    if country_code(text.title()) and not is_state(text.title()):
        return False  # "China Southern Airlines": a country in front is part of the name
    return (k >= 2 or len(qualifier) >= 2 or len(parts) > 1 or text in named
            or is_place_name(text.title()))


def join_heads(clusters: "_Clusters", why: dict[str, str]) -> None:
    """Each short organization name joins the one longer name of the article it is the head of."""
    mentions = clusters.mentions
    orgs = [i for i, m in enumerate(mentions) if m.type == "ORG"]
    named = frozenset(m.text.lower() for m in mentions if m.type in {"ORG", "GPE", "LOC"})
    # Worked out once per short name and per group, not for every mention against every other
    # (that was quadratic in an article's length): the names a short name heads, and the most
    # words of a name in each group (kept up to date as this joins groups).
    heads: dict[str, list[int]] = {}
    by_text: dict[str, list[int]] = {}
    for j in orgs:
        by_text.setdefault(mentions[j].text, []).append(j)
    ends: dict[tuple[str, ...], list[str]] = {}  # what `head_of` can match -> names
    for text in by_text:
        for words in _head_ends(text):
            ends.setdefault(words, []).append(text)
    longest: dict[int, int] = {}
    for j, m in enumerate(mentions):
        root = clusters.find(j)
        longest[root] = max(longest.get(root, 0), len(m.text.split()))
    for i in orgs:
        short = mentions[i].text
        if not _short_name(short) or longest[clusters.find(i)] > len(short.split()):
            continue  # already one with a longer name ("Senate" with "U.S. Senate")
        if short not in heads:
            texts = ends.get(tuple(short.lower().split()), ())
            heads[short] = sorted(j for text in texts if head_of(short, text, named)
                                  for j in by_text[text])
        candidates = {clusters.find(j): j for j in heads[short]
                      if clusters.find(j) != clusters.find(i)}
        if len(candidates) == 1:
            (target,) = candidates.values()
            before = (clusters.find(target), clusters.find(i))
            if clusters.join(target, i, "head of a longer name"):
                why.setdefault(short, f"{SHORT_NAME_RULE} {mentions[target].text!r}")
                longest[before[0]] = max(longest[before[0]], longest[before[1]])


def _head_ends(name: str) -> set[tuple[str, ...]]:
    """The word sequences `head_of` may find `name` headed by: its complement, and each run of
    last words of its head part (lowercase)."""
    parts = COMPLEMENT.split(name, maxsplit=1)
    head = parts[0].lower().split()
    found = {tuple(head[-k:]) for k in range(1, len(head) + 1)}
    if len(parts) > 1:
        found.add(tuple(re.sub(r"^the\s+", "", parts[1].lower()).split()))
    return found


def join_first_words(clusters: "_Clusters", why: dict[str, str]) -> None:
    """A lone word tagged as a person that starts the one organization name of the article it
    can start, and names no person of the article ("Contoso's chief" after "Contoso Health"),
    is that organization."""
    mentions = clusters.mentions
    for i, m in enumerate(mentions):
        if m.type not in {"PERSON", "ORG"} or " " in m.text or m.titles or \
                acronym_form(m.text) or clusters.full_names(clusters.find(i)):
            continue
        # an organization's lone first word joins a center or agency named after someone
        # ("Goddard" of "Goddard Space Flight Center"); a person's joins any organization
        candidates = {clusters.find(j): j for j, n in enumerate(mentions)
                      if n.type == "ORG" and len(n.text.split()) > 1
                      and n.text.split()[0] == m.text
                      and (m.type == "PERSON" or n.text.split()[-1].lower() in ORG_HEAD_WORDS
                           and len(n.text.split()) > 2 and m.text.lower() not in BODY_WORDS)}  # "House", "Senate": bodies
        if len(candidates) == 1:
            (target,) = candidates.values()
            if clusters.join(target, i, "first word"):
                why.setdefault(m.text, f"first word of {mentions[target].text!r}")


def without_ambiguous_heads(mentions: list[Mention]) -> list[Mention]:
    """The mentions less the short names that head two or more longer names of the article.

    "The Committee's chairman" in an article naming the Senate Finance Committee and the
    Federal Open Market Committee is one of them, not a third committee: with no way to tell
    which, the short name makes no node of its own.
    """
    named = frozenset(m.text.lower() for m in mentions if m.type in {"ORG", "GPE", "LOC"})
    longer = {m.text.lower(): m.text for m in mentions if m.type == "ORG"}
    dropped = set()
    for short in {m.text for m in mentions if m.type == "ORG" and _short_name(m.text)}:
        heads = {key for key, name in longer.items() if head_of(short, name, named)}
        if len(heads) >= 2:
            dropped.add(short)
    return [m for m in mentions if not (m.type == "ORG" and m.text in dropped)]


def _short_name(text: str) -> bool:
    return (all(w[:1].isupper() for w in text.split()) and not acronym_form(text)
            and not is_company_name(text))
