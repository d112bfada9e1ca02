"""A verb's partner that the parser took for a clause's subject:

    Blinken met today with Foreign Minister Zardari in New York to affirm their ties.

The small English model reads "with" as the mark of the clause "Zardari ... to affirm" and
Zardari as that clause's subject; a preposition never opens a clause with a subject, so the
"subject" is the object of the preposition, and the clause the verb's purpose.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

# Prepositions the parser takes for a subordinating mark before a partner.
PARTNER_MARKS = {"with"}


def marked_partners(verb: "Token") -> list[tuple[str, "Token"]]:
    """(preposition, partner token) for each clause under the verb opened by a preposition
    read as a mark, whose subject follows the mark."""
    found = []
    for clause in verb.children:
        if clause.dep_ != "advcl" or clause.i < verb.i:
            continue
        mark = next((c for c in clause.children if c.dep_ == "mark"
                     and c.lower_ in PARTNER_MARKS), None)
        if mark is None:
            continue
        found += [(mark.lower_, c) for c in clause.children
                  if c.dep_ == "nsubj" and c.i > mark.i]
    return found
