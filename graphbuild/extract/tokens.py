"""A Doc's token texts and a few word tests, computed once per Doc and shared by every scan.

Several repairs and rules walk every token of a paragraph looking for a rare case (a name the
tagger missed, an event's head word, an untagged capitalized run). `doc[i]` builds a new Token
object at each call and each attribute read goes through spaCy's string store, so a walk costs
a few hundred nanoseconds a token before it tests anything. These functions give the texts
(and what follows from them alone) as tuples made once per Doc, from the attribute arrays.

The cache holds a weak reference to each Doc, so it never keeps a Doc alive and never hands out
the lists of a Doc that is gone (whose id a new Doc may reuse). Tuples, not lists: every caller
gets the same object. Attributes are named by string, so importing this module does not import
spaCy (a build whose articles are all cached never needs it).
"""
from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from spacy.tokens import Doc

MAX_DOCS = 64  # Docs remembered: an article's paragraphs, a few times over
_CACHE: dict[int, tuple[weakref.ref, dict[str, Any]]] = {}


def _views(doc: "Doc") -> dict[str, Any]:
    entry = _CACHE.get(id(doc))
    if entry is not None and entry[0]() is doc:
        return entry[1]
    if len(_CACHE) >= MAX_DOCS:             # forget the oldest half (dicts keep insertion order)
        for key in list(_CACHE)[:MAX_DOCS // 2]:
            del _CACHE[key]
    views: dict[str, Any] = {}
    _CACHE[id(doc)] = (weakref.ref(doc), views)
    return views


def per_doc(doc: "Doc", name: str, compute: Callable[["Doc"], Any]) -> Any:
    """`compute(doc)`, remembered for this Doc under `name` (compute must read only the Doc,
    and its result must not be changed by callers)."""
    views = _views(doc)
    if name not in views:
        views[name] = compute(doc)
    return views[name]


def texts(doc: "Doc") -> tuple[str, ...]:
    """Every token's text, in order (`doc[i].text`)."""
    return _strings_of(doc, "ORTH")


def lowers(doc: "Doc") -> tuple[str, ...]:
    """Every token's text in lower case (`doc[i].lower_`)."""
    return _strings_of(doc, "LOWER")


def pos_tags(doc: "Doc") -> tuple[str, ...]:
    """Every token's coarse part of speech (`doc[i].pos_`; parts of speech are symbols, whose
    strings are their own names)."""
    return _strings_of(doc, "POS")


def values(doc: "Doc", attribute: str) -> list[int]:
    """Every token's value of an attribute as spaCy stores it (a string's hash, a part of
    speech's symbol), `doc.to_array(attribute).tolist()` made once per Doc (not to be changed)."""
    held = getattr(doc, "values", None)          # a DocView read them already
    if held and attribute in held:
        return held[attribute]
    return per_doc(doc, "values " + attribute, lambda d: d.to_array(attribute).tolist())


def _strings_of(doc: "Doc", attribute: str) -> tuple[str, ...]:
    """The string of a token attribute for every token, made once per Doc from its array."""
    columns = getattr(doc, "columns", None)   # a DocView holds them already
    if columns:
        return columns[attribute]
    views = _views(doc)
    if attribute not in views:
        strings = doc.vocab.strings
        views[attribute] = tuple([strings[v] for v in doc.to_array(attribute).tolist()])
    return views[attribute]
