"""The party of a party office written with no organization beside it.

* "Labor MP Dick Adams": a word of the title is a word of a party's name ("Australian Labor
  Party"), so the office is held in that party;
* "Opposition leader Sam Rainsy" in a story that calls one party "the opposition CNRP": the
  office is held in the one party the article calls the opposition;
* "deputy leader Jenny Macklin" in a story that names one party: that party.

`roles.title_roles` asks this module last, when no other rule found the title's organization or
country; party names and offices are tables in `knowledge.organizations`.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.knowledge.organizations import PARTY_HEAD_WORDS, PARTY_OFFICES

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.tokens import lowers

if TYPE_CHECKING:
    from spacy.tokens import Token

    from graphbuild.extract.statements.arguments import Arg

OPPOSITION_WORDS = {"opposition"}
# Party offices that a story naming one party only means in that party ("former leader Kim
# Beazley", "deputy leader Jenny Macklin"); not "president" or "secretary" (of a country).
SOLE_PARTY_OFFICES = {"leader", "mp", "lawmaker", "legislator"}
# How far before a party's name "opposition" may stand ("the main opposition CNRP", "the
# leading opposition party, the National Union ...").
OPPOSITION_WINDOW = 6


def parties(anchors: Anchors) -> list[str]:
    """Keys of the article's organizations whose name ends in a party word."""
    return [k for k, e in anchors.entities.items()
            if e.type == "ORG" and e.label.split()[-1:] and
            e.label.split()[-1].lower().strip(".,") in PARTY_HEAD_WORDS]


def party_of_title(words: list[str], token: "Token", anchors: Anchors, para: int
                   ) -> tuple[list[str], list["Arg"]]:
    """The party a party office before a name is held in (see the module's docstring), with
    the title's words less the party's own ("Labor MP" -> "MP" of the Labor Party)."""
    if not words or words[-1].lower().strip(".") not in PARTY_OFFICES:
        return words, []
    keys = parties(anchors)
    if not keys:
        return words, []
    from graphbuild.extract.statements.arguments import Arg

    named = {w for w in words[:-1] if w[:1].isupper() and w.lower() not in OPPOSITION_WORDS}
    by_name = [k for k in keys if named & set(anchors.entities[k].label.split())]
    if len(by_name) == 1:
        own = set(anchors.entities[by_name[0]].label.split())
        return [w for w in words if w not in own], [Arg(by_name[0], "", token.i)]
    if by_name:
        return words, []
    if not any(w.lower() in OPPOSITION_WORDS for w in words[:-1]):
        # "deputy leader Jenny Macklin" in a story about one party: that party's
        sole = len(keys) == 1 and words[-1].lower().strip(".") in SOLE_PARTY_OFFICES
        return words, [Arg(keys[0], "", token.i)] if sole else []
    found = opposition_parties(keys, anchors)
    return (words, [Arg(found[0], "", token.i)]) if len(found) == 1 else (words, [])


def opposition_country(words: list[str], token: "Token", key: str, anchors: Anchors,
                       para: int) -> list["Arg"]:
    """"Opposition leader Raila Odinga" where no party is called the opposition: the leader
    of the opposition of the article's country (`main_country`)."""
    if len(words) < 2 or words[-1].lower() != "leader" \
            or not any(w.lower() in OPPOSITION_WORDS for w in words[:-1]):
        return []
    from graphbuild.extract.statements.main_country import main_country
    from graphbuild.extract.statements.titles import sole_country
    return sole_country(token, anchors, para) or main_country(token, key, "opposition leader",
                                                              anchors, para)


def opposition_parties(keys: list[str], anchors: Anchors) -> list[str]:
    """The parties the article calls the opposition: "the opposition CNRP won 55 seats"."""
    wanted = set(keys)
    found: list[str] = []
    for para, (_, doc) in enumerate(anchors.paragraphs):
        named = anchors.token_entity[para]
        words = lowers(doc)
        for i, key in named.items():
            if key in wanted and key not in found and named.get(i - 1) != key and any(
                    words[j] in OPPOSITION_WORDS
                    for j in range(max(0, i - OPPOSITION_WINDOW), i)):
                found.append(key)
    return found
