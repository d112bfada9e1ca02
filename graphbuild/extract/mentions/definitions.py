"""Names the article itself says are one: "X, also known as Y", "X (a.k.a. Y)", and an acronym
given in brackets after a name ("Mobile TeleSystems PJSC ("MTS")"), whatever their letters.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.names import acronym_form
from graphbuild.knowledge.places import is_place_name

if TYPE_CHECKING:
    from graphbuild.extract.mentions.entities import _Clusters

PLACE_TYPES = {"GPE", "LOC", "FAC"}

# What sits between a name and another name of the same person or group ("Mahad Karate, also
# known as Abdirahman Warsame", "Godane (a.k.a. Ahmed Abdi)").
KNOWN_AS = re.compile(r"^[\s,(]*(?:(?:also|otherwise|better|commonly|widely)\s+)?"
                      r"(?:known\s+as|called|a\.?k\.?a\.?|alias)[\s:]*$", re.I)
BRACKET_OPEN = re.compile(r"^\s*\(\s*[\"\u201c]?$")
BRACKET_CLOSE = re.compile(r"^[\"\u201d]?\s*\)")


def join_defined_names(clusters: "_Clusters", why: dict[str, str], text: str) -> None:
    """Two names joined by "also known as", "a.k.a." or "alias" are one entity's, and so are a
    name and the acronym the article gives it in brackets."""
    mentions = clusters.mentions
    order = sorted(range(len(mentions)), key=lambda i: mentions[i].start)
    for a, b in zip(order, order[1:]):
        first, second = mentions[a], mentions[b]
        gap = text[first.end:second.start]
        if BRACKET_OPEN.match(gap) and BRACKET_CLOSE.match(text[second.end:second.end + 4]) \
                and acronym_form(second.text) and "PERSON" not in {first.type, second.type} \
                and clusters.join(a, b, "acronym in brackets"):
            why.setdefault(second.text, f"acronym given for {first.text!r}")
            continue  # "Mobile TeleSystems PJSC ("MTS")": the article defines the acronym
        if 0 < len(gap) < 40 and KNOWN_AS.match(gap) and \
                not any(m.type in PLACE_TYPES and is_place_name(m.text) for m in (first, second)) \
                and clusters.join(a, b, "known as", force=True):
            why.setdefault(second.text, f"also known as {first.text!r}")
