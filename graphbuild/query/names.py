"""Find an entity of the graph by the name a person would type.

Users type "sessions", "the FBI", "Kislyak's", "U.S." or "President Trump"; the graph holds
labels, aliases and titles as the articles spelled them. Both sides go through `normalize_name`,
and a lookup answers with exactly one node or raises an error that says what to type instead:
the candidates of an ambiguous name, the close matches of an unknown one.
"""
from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

_LEADING_ARTICLE = re.compile(r"^the\s+")
_POSSESSIVE = re.compile(r"'s?$")  # Kislyak's, Sessions' (after curly quotes are folded)
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'"})
_DROPPED = re.compile(r"[.\"]")  # "U.S." and "US" are the same name to a reader


def normalize_name(name: str) -> str:
    """The form of a name used to compare it with labels and aliases.

    Case, accents, dots, a leading "the", a possessive "'s" and runs of spaces do not matter.

    Parameters
    ----------
    name : str
        A name as typed or as found in an article.

    Returns
    -------
    str
        The normalized name (empty if nothing is left).

    Examples
    --------
    >>> normalize_name("  The  F.B.I.'s ")
    'fbi'
    >>> normalize_name("Ahmet Davutoğlu")
    'ahmet davutoglu'
    >>> normalize_name("Sessions'")
    'sessions'
    """
    text = unicodedata.normalize("NFKD", name.translate(_QUOTES))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = " ".join(_DROPPED.sub("", text).split())
    text = _LEADING_ARTICLE.sub("", text)
    return _POSSESSIVE.sub("", text).strip() or text


class NameLookupError(KeyError):
    """A name that does not lead to exactly one entity (base of UnknownName, AmbiguousName)."""

    def __str__(self) -> str:  # KeyError would quote the message as a repr
        return str(self.args[0]) if self.args else ""


class UnknownName(NameLookupError):
    """No entity has this name; `suggestions` holds close matches as (node id, label)."""

    def __init__(self, name: str, suggestions: list[tuple[str, str]],
                 type: str | None = None) -> None:
        self.name, self.suggestions, self.type = name, suggestions, type
        hint = ("; did you mean " + ", ".join(_describe(n, label) for n, label in suggestions)
                + "?") if suggestions else ""
        kind = f"{type.upper()} entity" if type else "entity"
        super().__init__(f"no {kind} named {name!r}{hint}")


class AmbiguousName(NameLookupError):
    """Several entities have this name; `candidates` holds them as (node id, label)."""

    def __init__(self, name: str, candidates: list[tuple[str, str]]) -> None:
        self.name, self.candidates = name, candidates
        listed = ", ".join(_describe(n, label) for n, label in candidates)
        super().__init__(f"{name!r} could be {len(candidates)} entities: {listed}; "
                         "give a fuller name, a type or the node id")


def _describe(node: str, label: str) -> str:
    return f"{label} [{node}]"


@dataclass(frozen=True)
class EntityRecord:
    """One node of the graph: its id, the contract's attributes, and every other attribute."""

    id: str
    label: str
    type: str
    aliases: tuple[str, ...] = ()
    mentions: int = 0
    documents: tuple[str, ...] = ()
    titles: tuple[str, ...] = ()
    attributes: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)

    def to_dict(self) -> dict[str, Any]:
        """The fields, and under "attributes" only the node attributes they do not hold."""
        return {"id": self.id, "label": self.label, "type": self.type,
                "aliases": list(self.aliases), "mentions": self.mentions,
                "documents": list(self.documents), "titles": list(self.titles),
                "attributes": {k: v for k, v in self.attributes.items() if k not in _FIELDS}}


_FIELDS = frozenset({"label", "type", "aliases", "mentions", "documents", "titles"})


def entity_record(graph: nx.MultiDiGraph, node: str) -> EntityRecord:
    """The EntityRecord of a node id (missing attributes get empty defaults).

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("PERSON:ann", label="Ann Lee", type="PERSON", aliases=["Lee"], mentions=2)
    >>> entity_record(g, "PERSON:ann").aliases
    ('Lee',)
    """
    data = graph.nodes[node]
    return EntityRecord(id=str(node), label=str(data.get("label", node)),
                        type=str(data.get("type", "")),
                        aliases=tuple(_strings(data.get("aliases"))),
                        mentions=int(data.get("mentions", 0) or 0),
                        documents=tuple(_strings(data.get("documents"))),
                        titles=tuple(_strings(data.get("titles"))), attributes=dict(data))


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):  # a graph read from a foreign GraphML may hold a plain string
        return [value] if value else []
    return [str(v) for v in value]


def names_of(graph: nx.MultiDiGraph, node: str) -> list[str]:
    """The label and aliases of a node, label first, without repeats.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("P:mf", label="Michael Flynn", aliases=["Flynn", "Michael Flynn"])
    >>> names_of(g, "P:mf")
    ['Michael Flynn', 'Flynn']
    """
    data = graph.nodes[node]
    return list(dict.fromkeys([str(data.get("label", node)), *_strings(data.get("aliases"))]))


def name_index(graph: nx.MultiDiGraph) -> dict[str, list[str]]:
    """Map every normalized label and alias to the sorted node ids that carry it.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("PERSON:jeff-sessions", label="Jeff Sessions", aliases=["Sessions"])
    >>> name_index(g)["sessions"]
    ['PERSON:jeff-sessions']
    """
    index: dict[str, set[str]] = {}
    for node in graph.nodes:
        for name in names_of(graph, node):
            key = normalize_name(name)
            if key:
                index.setdefault(key, set()).add(str(node))
    return {key: sorted(nodes) for key, nodes in index.items()}


def find_entity(graph: nx.MultiDiGraph, name: str | EntityRecord, type: str | None = None,
                index: dict[str, list[str]] | None = None) -> str:
    """The id of the one node whose label or alias is `name` (or whose id is `name`).

    Parameters
    ----------
    graph : networkx.MultiDiGraph
        A graph with the `label` / `aliases` / `type` node attributes.
    name : str or EntityRecord
        A label, an alias or a node id, compared after `normalize_name`; or a record
        an earlier answer returned (`neighbor.entity`).
    type : str, optional
        Only consider entities of this type (e.g. "PERSON"); settles most ambiguities.
    index : dict, optional
        A `name_index` of the graph, to reuse across many lookups.

    Returns
    -------
    str
        The node id.

    Raises
    ------
    AmbiguousName
        Several entities carry the name; the error lists them.
    UnknownName
        No entity carries it; the error suggests close names.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("PERSON:jeff-sessions", label="Jeff Sessions", type="PERSON",
    ...            aliases=["Jeff Sessions", "Sessions"])
    >>> g.add_node("ORG:trump", label="Trump", type="ORG", aliases=["Trump"])
    >>> g.add_node("PERSON:donald-trump", label="Donald Trump", type="PERSON",
    ...            aliases=["Donald Trump", "Trump"])
    >>> find_entity(g, "the sessions's")
    'PERSON:jeff-sessions'
    >>> find_entity(g, "Trump", type="person")
    'PERSON:donald-trump'
    >>> find_entity(g, "Trump")
    Traceback (most recent call last):
    ...
    graphbuild.query.names.AmbiguousName: 'Trump' could be 2 entities: Donald Trump [PERSON:donald-trump], Trump [ORG:trump]; give a fuller name, a type or the node id
    >>> find_entity(g, "Jeff Sesions")
    Traceback (most recent call last):
    ...
    graphbuild.query.names.UnknownName: no entity named 'Jeff Sesions'; did you mean Jeff Sessions [PERSON:jeff-sessions]?
    """
    if isinstance(name, EntityRecord):
        name = name.id
    if name in graph and _type_matches(graph, name, type):
        return name
    index = index if index is not None else name_index(graph)
    key = normalize_name(name)
    found = [n for n in index.get(key, []) if _type_matches(graph, n, type)]
    if not found:  # only when no entity has the name itself: "President Trump", "Sen. Franken"
        found = [n for n in titled_matches(graph, key, index) if _type_matches(graph, n, type)]
    if len(found) == 1:
        return found[0]
    if found:
        raise AmbiguousName(name, _labelled(graph, found))
    # Under a type that rules everything out, the same name under another type is the hint.
    close = suggest(graph, name, type, index) or (suggest(graph, name, None, index) if type else [])
    raise UnknownName(name, _labelled(graph, close), type)


# Courtesy titles and ranks that may precede any name, whether or not an article used them.
HONORIFICS = frozenset({"mr", "mrs", "ms", "miss", "dr", "sir", "dame", "prof", "professor",
                        "sen", "senator", "rep", "representative", "gov", "governor", "president",
                        "gen", "general", "lt", "col", "judge", "justice", "minister"})


def titled_matches(graph: nx.MultiDiGraph, key: str,
                   index: dict[str, list[str]] | None = None) -> list[str]:
    """Nodes named `key` once a title in front is set aside (`key` is already normalized).

    The title may be a courtesy title or rank (HONORIFICS: "Sen. Franken") or one of the
    entity's own `titles` ("Attorney General Sessions" for a node titled "Attorney General").

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("P:js", label="Jeff Sessions", aliases=["Sessions"], titles=["Attorney General"])
    >>> g.add_node("P:af", label="Al Franken", aliases=["Franken"])
    >>> titled_matches(g, "attorney general sessions"), titled_matches(g, "sen franken")
    (['P:js'], ['P:af'])
    >>> titled_matches(g, "attorney general franken")
    []
    """
    index = index if index is not None else name_index(graph)
    found: set[str] = set()
    first, _, rest = key.partition(" ")
    if rest and first in HONORIFICS:
        found.update(index.get(rest, []))
    for node, titles in graph.nodes(data="titles"):
        for title in _strings(titles):
            prefix = normalize_name(title) + " "
            if key.startswith(prefix) and key[len(prefix):] in {
                    normalize_name(n) for n in names_of(graph, node)}:
                found.add(str(node))
    return sorted(found)


def _type_matches(graph: nx.MultiDiGraph, node: str, type: str | None) -> bool:
    return type is None or str(graph.nodes[node].get("type", "")).upper() == type.upper()


def _labelled(graph: nx.MultiDiGraph, nodes: Iterable[str]) -> list[tuple[str, str]]:
    pairs = [(n, str(graph.nodes[n].get("label", n))) for n in nodes]
    return sorted(pairs, key=lambda pair: (pair[1].casefold(), pair[0]))


def suggest(graph: nx.MultiDiGraph, name: str, type: str | None = None,
            index: dict[str, list[str]] | None = None, limit: int = 5) -> list[str]:
    """Node ids whose names are close to `name`, the closest kinds of match first.

    First names that contain every word typed ("Schiff" -> "Adam Schiff"), then close
    spellings (difflib), then names sharing a word ("President Trump" -> "Donald Trump");
    within each kind, the most similar spelling first.

    Examples
    --------
    >>> g = nx.MultiDiGraph()
    >>> g.add_node("PERSON:adam-schiff", label="Adam Schiff", type="PERSON")
    >>> g.add_node("ORG:house", label="House Intelligence Committee", type="ORG")
    >>> suggest(g, "Schiff"), suggest(g, "Adam Shiff"), suggest(g, "Rep. Schiff")
    (['PERSON:adam-schiff'], ['PERSON:adam-schiff'], ['PERSON:adam-schiff'])
    >>> suggest(g, "Pelosi")
    []
    """
    index = index if index is not None else name_index(graph)
    key = normalize_name(name)
    words = set(key.split())
    # Words of one or two letters ("of", "al") would make nearly every name a neighbour.
    telling = {w for w in words if len(w) > 2}

    def by_similarity(keys) -> list[str]:
        return sorted(keys, key=lambda k: (-difflib.SequenceMatcher(None, key, k).ratio(), k))

    keys = by_similarity(k for k in index if words and words <= set(k.split()))
    keys += difflib.get_close_matches(key, list(index), n=limit * 2, cutoff=0.75)
    keys += by_similarity(k for k in index if telling & set(k.split()))
    nodes = [n for k in keys for n in index[k] if _type_matches(graph, n, type)]
    return list(dict.fromkeys(nodes))[:limit]
