"""Relation classes: one small taxonomy over the graph's many predicates.

A graph of real articles has as many predicates as edges ("meet with", "hold talk with", "charge",
"announce filing of charge against"); a reader wants to see the meetings, the legal actions, the
money. The class of a predicate comes from its words, read through an editable table
(`relation_classes.tsv`, one `pattern <tab> class [<tab> weak]` rule a line):

* the first classed word wins, as a predicate starts with its head ("pay penalty to": money);
* at the same word a longer pattern wins ("agent in charge of": role, not "charge": legal);
* a weak word (a reporting or light verb: "say", "announce", "agree") decides only when no
  other word is classed ("announce filing of charge against": legal);
* in a speech edge ("say should resign") only the reporting verb counts;
* an edge to an EVENT node reads the event's name after the predicate ("hold" + "press
  conference": communication);
* a predicate no word of which is classed gets the class of its construction (`kind:role`:
  "uzbek subsidiary of" has "subsidiary", "mediator of" has only its kind), else "other".

>>> relation_class("meet with"), relation_class("plead guilty to"), relation_class("minister of")
('meeting', 'legal', 'role')
>>> relation_class("announce filing of charge against")
'legal'
>>> relation_class("say should resign", ["speech"]), relation_class("junior senator from", ["role"])
('communication', 'role')
>>> relation_class("photograph on")
'other'
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

TABLE = Path(__file__).with_name("relation_classes.tsv")

# The taxonomy, in the order a legend lists it, with what each class holds.
CLASSES: dict[str, str] = {
    "meeting": "meetings, visits, summits, hearings attended",
    "communication": "calls, talks, letters, statements, interviews",
    "role": "offices and jobs: holds, is appointed to, leads, resigns from",
    "membership": "member of, joins, subsidiary or part of",
    "family": "parents, children, siblings, spouses, relatives",
    "location": "located in, based in, from, travels to",
    "legal": "charges, suits, arrests, investigations, pleas, sentences, settlements",
    "money": "payments, funding, bribes, fines, acquisitions, investments",
    "cooperation": "agreements, deals, support, alliances, help, thanks",
    "conflict": "attacks, accusations, criticism, sanctions, fights",
    "other": "everything the table does not class",
}
OTHER = "other"
KIND_PREFIX = "kind:"
SPEECH_KIND = "speech"


class TableError(ValueError):
    """A line of a relation class table that cannot be read (with its number)."""


@dataclass(frozen=True)
class ClassTable:
    """The rules of a table: phrase -> (class, weak), and construction kind -> class."""

    phrases: dict[tuple[str, ...], tuple[str, bool]]
    kinds: dict[str, str]

    # Cached: `_match_at` asks for it at every word of every edge's predicate, and computing it
    # walks the whole table (measured: 26 of the 37 s of assembling a 6,000-article graph).
    @cached_property
    def longest(self) -> int:
        return max((len(p) for p in self.phrases), default=0)


def parse_table(lines: Iterable[str]) -> ClassTable:
    """Read the rules of a table (comments after "#" and blank lines skipped).

    >>> table = parse_table(["meet\\tmeeting", "say\\tcommunication\\tweak", "kind:role\\trole"])
    >>> table.phrases[("say",)], table.kinds
    (('communication', True), {'role': 'role'})
    >>> parse_table(["meet\\tmeetings"])
    Traceback (most recent call last):
    ...
    graphbuild.knowledge.relation_classes.TableError: line 1: unknown class 'meetings'
    """
    phrases: dict[tuple[str, ...], tuple[str, bool]] = {}
    kinds: dict[str, str] = {}
    for number, line in enumerate(lines, start=1):
        line = line.split("#", 1)[0].rstrip()
        if not line.strip():
            continue
        fields = [f.strip() for f in line.split("\t")]
        if len(fields) < 2 or not fields[0]:
            raise TableError(f"line {number}: expected PATTERN<tab>CLASS[<tab>weak]")
        pattern, cls, flags = fields[0].lower(), fields[1], fields[2:]
        if cls not in CLASSES:
            raise TableError(f"line {number}: unknown class {cls!r}")
        if any(f and f != "weak" for f in flags):
            raise TableError(f"line {number}: unknown flag {flags!r} (only 'weak')")
        if pattern.startswith(KIND_PREFIX):
            kinds[pattern[len(KIND_PREFIX):]] = cls
        else:
            phrases[tuple(_words(pattern))] = (cls, "weak" in flags)
    return ClassTable(phrases, kinds)


@lru_cache(maxsize=4)
def load_table(path: Path = TABLE) -> ClassTable:
    """The table at `path` (default: the one shipped beside this module), read once."""
    with open(path, encoding="utf-8") as handle:
        return parse_table(handle)


def _words(text: str) -> list[str]:
    # "cease-fire", "son-in-law", "president-elect": a hyphen joins words the table lists apart.
    return text.lower().replace("-", " ").split()


def _variants(word: str) -> tuple[str, ...]:
    """A word and its singular ("talks" -> "talk"): predicates keep some nouns plural."""
    if word.endswith("ies") and len(word) > 4:
        return word, word[:-3] + "y"
    if word.endswith("es") and len(word) > 4:
        return word, word[:-1], word[:-2]
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word, word[:-1]
    return (word,)


def _match_at(words: list[str], start: int, table: ClassTable) -> tuple[int, str, bool] | None:
    """The longest rule starting at `words[start]`: (its length, class, weak)."""
    for length in range(min(table.longest, len(words) - start), 0, -1):
        head, last = words[start:start + length - 1], words[start + length - 1]
        for variant in _variants(last):
            rule = table.phrases.get((*head, variant))
            if rule is not None:
                return length, rule[0], rule[1]
    return None


def relation_class(predicate: str, kinds: Iterable[str] = (), event: str = "",
                   table: ClassTable | None = None) -> str:
    """The class of an edge from its predicate and the kinds of rule that found it.

    Parameters
    ----------
    predicate : str
        The edge's predicate, a lemma phrase ("meet with").
    kinds : iterable of str
        The edge's `kinds` (verb, role, speech, interaction, event, ...).
    event : str, optional
        The name of the EVENT the edge points to: its words are read after the predicate's
        ("hold" + "press conference": communication).
    table : ClassTable, optional
        The rules (default: `relation_classes.tsv`).

    Examples
    --------
    >>> relation_class("agent in charge of", ["role"]), relation_class("pay penalty to")
    ('role', 'money')
    >>> relation_class("agree to settle"), relation_class("cease-fire with")
    ('legal', 'cooperation')
    >>> relation_class("hold", ["verb"], event="press conference"), relation_class("hold")
    ('communication', 'other')
    """
    table = table or load_table()
    kinds = set(kinds)
    words = _words(predicate)
    if SPEECH_KIND in kinds and words:
        words = words[:1]   # what the speaker said about them is not what the speaker did
    words += _words(event)
    weak: str | None = None
    for start in range(len(words)):
        found = _match_at(words, start, table)
        if found is None:
            continue
        _, cls, is_weak = found
        if not is_weak:
            return cls
        weak = weak or cls
    if weak:
        return weak
    for kind in sorted(kinds):
        if kind in table.kinds:
            return table.kinds[kind]
    return OTHER


def edge_class(data: dict, table: ClassTable | None = None) -> str:
    """An edge's class from its attributes: its `relation_class`, else read from its predicate
    and kinds (a graph written before classes existed, or by another tool).

    >>> edge_class({"predicate": "sue"}), edge_class({"predicate": "x", "relation_class": "money"})
    ('legal', 'money')
    """
    cls = data.get("relation_class")
    if cls:
        return str(cls)
    kinds = data.get("kinds") or []
    return relation_class(str(data.get("predicate", "")),
                          kinds.split(";") if isinstance(kinds, str) else kinds, table=table)


def class_names() -> list[str]:
    """The classes in legend order ("other" last)."""
    return list(CLASSES)
