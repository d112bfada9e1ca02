"""An index of the people's full names for the merge: which groups may agree with a name.

`same_person` compares two full names; comparing an article's person with every group of
the corpus that shares the surname made the merge quadratic (an archive gathers thousands
of people under a common surname). Each full name is therefore filed under keys that any
name agreeing with it shares (see `stored_keys` and `query_keys`), so a lookup returns a
small superset of the agreeing groups, which the merge then checks with `same_person` itself:
the result is the one the full comparison gives.

>>> index = PersonIndex()
>>> index.add(0, "flynn", ["Michael Flynn"])
>>> index.add(1, "flynn", ["Fidel Flynn"])
>>> sorted(index.candidates(["Mike Flynn"], find=lambda g: g))
[0]
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache

from graphbuild.extract.mentions.names import (_nicknamer, _spaced, given_name_fold,
                                               person_parts, surname_fold)

Key = tuple[str, ...]


def _first_name(first: str) -> str:
    return first.lower().strip(".")  # as `first_names_agree` compares them


@lru_cache(maxsize=1 << 16)
def _stored_first(first: str) -> tuple[Key, ...]:
    """The keys a stored first name is filed under: what a query's first name looks up.

    >>> ("i", "j") in _stored_first("j"), ("k", "mike") in _stored_first("michael")
    (True, True)
    """
    b = _first_name(first)
    if not b:
        return (("*",),)  # a missing first name agrees with every first name
    nick = _nicknamer()
    keys: list[Key] = [("=", b), ("l", b[0]), ("g", given_name_fold(b))]
    if len(b) == 1:
        keys.append(("i", b))  # an initial agrees with any name of its letter
    if len(b) >= 5:
        keys.append(("t", b[:3], str(len(b))))  # Sergey / Sergei: one letter apart
    keys += [("k", n) for n in sorted(nick.nicknames_of(b))]   # the query a nickname of b
    keys += [("c", c) for c in sorted(nick.canonicals_of(b))]  # a shared canonical name
    return tuple(keys)


@lru_cache(maxsize=1 << 16)
def _query_first(first: str) -> tuple[Key, ...] | None:
    """The keys a query's first name looks up; None when it has none (it agrees with all).

    Each case of `first_names_agree(a, b)` and the key of `_stored_first(b)` it meets:

    >>> ("=", "william") in _query_first("bill"), ("*",) in _query_first("bill")
    (True, True)
    """
    a = _first_name(first)
    if not a:
        return None
    nick = _nicknamer()
    keys: list[Key] = [("*",), ("=", a), ("g", given_name_fold(a)), ("k", a)]
    keys.append(("l", a[0]) if len(a) == 1 else ("i", a[0]))  # initials: first letters
    if len(a) >= 5:
        keys.append(("t", a[:3], str(len(a))))
    keys += [("=", n) for n in sorted(nick.nicknames_of(a))]   # b a nickname of the query
    canonicals = sorted(nick.canonicals_of(a))
    keys += [("=", c) for c in canonicals]                     # b the query's canonical name
    keys += [("c", c) for c in canonicals]                     # a canonical name in common
    return tuple(keys)


def _word_keys(name: str) -> list[Key]:
    """Keys of `same_person`'s rules on words: one name (up to hyphens and spaces), one name
    the other less its last part (their first two words), a two-word surname (last two)."""
    words = _spaced(name).split()
    if len(words) < 2:  # "Jean -": equal names, with two words or more, share their opening
        return [("s", " ".join(words))]
    return [("o", *words[:2]), ("e", *words[-2:])]


def stored_keys(name: str) -> list[Key]:
    """The keys a group's full name is filed under.

    >>> ("p", "flynn", "=", "michael") in stored_keys("Michael Flynn")
    True
    """
    keys = _word_keys(name)
    parts = person_parts(name)
    if parts.last:  # `same_person` needs the surnames' folds equal
        last = surname_fold(parts.last)
        keys.append(("p", last))
        keys += [("p", last, *k) for k in _stored_first(parts.first)]
    return keys


def query_keys(name: str) -> list[Key]:
    """The keys to look up for the groups whose names may be `same_person` as `name`: every
    stored name that agrees with it shares one of them (tests/test_person_index.py).

    >>> set(query_keys("Mike Flynn")) & set(stored_keys("Michael Flynn")) != set()
    True
    >>> set(query_keys("Raul Castro")) & set(stored_keys("Fidel Castro"))
    set()
    """
    keys = _word_keys(name)
    parts = person_parts(name)
    if parts.last:
        last = surname_fold(parts.last)
        firsts = _query_first(parts.first)
        if firsts is None:
            keys.append(("p", last))  # no first name: every name of that surname
        else:
            keys += [("p", last, *k) for k in firsts]
    return keys


def has_full_name(names: Iterable[str]) -> bool:
    """Whether some name has two words or more (a full name, not a surname alone)."""
    return any(len(n.split()) > 1 for n in names)


@dataclass
class PersonIndex:
    """The person groups of the merge by name key; group numbers as the merge gave them
    (a group later absorbed is looked up through `find`)."""

    # key -> the group (or set of groups) with a full name filed under it: most keys are of
    # one group, and a set per key took more memory than the merge's groups
    names: dict[Key, int | set[int]] = field(default_factory=dict)
    # group (as it is now) -> the surname keys it was registered under, as `_Merger.surnames`
    surnames: dict[int, set[str]] = field(default_factory=dict)
    # surname key -> groups that had no full name when registered: only they can lack one now
    # (a group's names only grow), so the merge's `surname_only` looks at these alone
    bare: dict[str, set[int]] = field(default_factory=dict)

    def add(self, group: int, surname: str, full_names: Iterable[str],
            bare: bool = False) -> None:
        """A person entity joined `group` under `surname` (its label's surname key) with these
        full names; `bare` when the group has no full name yet."""
        self.surnames.setdefault(group, set()).add(surname)
        names = self.names
        for name in full_names:
            for key in stored_keys(name):
                held = names.setdefault(key, group)
                if held.__class__ is set:
                    held.add(group)
                elif held != group:
                    names[key] = {held, group}
        if bare:
            self.bare.setdefault(surname, set()).add(group)

    def absorb(self, into: int, other: int) -> None:
        """Group `other` became part of `into`: the surnames of both are those of `into`."""
        if other in self.surnames:
            self.surnames.setdefault(into, set()).update(self.surnames.pop(other))

    def candidates(self, names: Iterable[str], find: Callable[[int], int]) -> set[int]:
        """The groups (as they are now) with a full name that may be `same_person` as one of
        `names`: a superset of those that are."""
        found: set[int] = set()
        for name in names:
            for key in query_keys(name):
                held = self.names.get(key)
                if held.__class__ is set:
                    found.update(held)
                elif held is not None:
                    found.add(held)
        return {find(g) for g in found}

    def in_surnames(self, group: int, surnames: set[str]) -> bool:
        """Whether a group (as it is now) was registered under one of `surnames`."""
        return not surnames.isdisjoint(self.surnames.get(group, ()))

    def without_full_name(self, surnames: Iterable[str], find: Callable[[int], int],
                          has_full: Callable[[int], bool]) -> set[int]:
        """The groups of these surname keys that have no full name (as they are now). A group
        that has gained one leaves its set: it never loses it."""
        found: set[int] = set()
        for surname in surnames:
            groups = self.bare.get(surname)
            for g in list(groups or ()):
                if has_full(find(g)):
                    groups.discard(g)
                else:
                    found.add(find(g))
        return found
