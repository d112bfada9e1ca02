"""Fewer and smaller objects for the values an assembled graph holds many times over.

The merged graph is most of what the build's main process holds (about 28 MB per 1,000
archive articles), and much of it is small containers: per edge a `kinds` list (one of a handful
of values), an `evidence` and a `documents` list grown by appending (room for four items where
nine in ten hold one), and the positions of each evidence sentence as int objects of their own
(every value above 256 is a new object per sentence). `Shared` holds one list per distinct
`kinds` and one int object per distinct position, and `appended` starts a list at its exact
length; `pipeline.evidence` builds the edges' summaries with them, so the smaller objects are
made in the first place (replacing them when the graph is assembled would free the larger ones
too late: the process keeps the memory they took). No
value changes, so the graph files, the evidence store and every query answer stay the same;
only identity does: an edge's `kinds` list is the same object as that of every edge with the
same kinds, so it must not be changed in place (nothing in graphbuild does; assign a new list).
"""
from __future__ import annotations

from typing import Any


class Shared:
    """The equal values of one graph being assembled, each held once."""

    def __init__(self) -> None:
        self._lists: dict[tuple[str, ...], list[str]] = {}
        self._ints: dict[int, int] = {}

    def kinds(self, kinds: list[str]) -> list[str]:
        """One list object for every edge with these kinds."""
        key = tuple(kinds)
        found = self._lists.get(key)
        if found is None:
            found = self._lists[key] = list(key)
        return found

    def number(self, value: int) -> int:
        """One int object per value (json decoding makes a new one for each above 256)."""
        return self._ints.setdefault(value, value)

    def positions(self, item: dict[str, Any]) -> None:
        """An evidence item's start and end, shared (in place: the dict keeps its key order)."""
        item["start"] = self.number(item["start"])
        item["end"] = self.number(item["end"])


def appended(items: list[Any], item: Any) -> list[Any]:
    """`items` with `item` at its end: appended in place, or, to an empty list, a new list of
    exactly one item (an appended one keeps room for four, and most lists here stay at one)."""
    if not items:
        return [item]
    items.append(item)
    return items
