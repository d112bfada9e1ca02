"""The memos (functools.lru_cache) of the name functions the merge calls, kept small.

They are bounded one by one (65,536 or 131,072 entries each, for the extraction workers, which
see the same names over and over), but together, in the merge of an archive, they are the
largest thing the main process holds while it resolves entities: 285,000 entries and 49 MB at
6,000 archive articles, more than the merge's own groups. Their values are pure functions of
their arguments (tests/test_memo.py), so emptying them changes no result, only what is
computed again: the merge empties them whenever they hold more than `MERGE_MEMO_ENTRIES` in
all, and when it is done with them.
"""
from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from graphbuild.extract.mentions.namekeys import _name_keys, normalize_name
from graphbuild.extract.mentions.names import given_name_fold, person_parts, same_person, surname_fold
from graphbuild.ingest.timex import sentence_date
from graphbuild.knowledge.names import acronyms
from graphbuild.resolve.keys import name_key, surname_key
from graphbuild.resolve.person_index import _query_first, _stored_first

# Regular expressions and table look-ups: cheap to compute again, and the most entries.
CHEAP_MEMOS = (name_key, acronyms, surname_fold, given_name_fold, normalize_name, _name_keys,
               _stored_first, _query_first)
# Names parsed by nameparser: dear to compute again (emptied with the others, the merge of
# 6,000 articles took 14% more CPU), fewer entries: bounded on their own.
SLOW_MEMOS = (surname_key, person_parts, same_person)
NAME_MEMOS = CHEAP_MEMOS + SLOW_MEMOS
EVIDENCE_MEMOS = (sentence_date,)  # keyed by whole sentences
# Entries the merge lets each kind of memo hold in all: the names of a few thousand articles,
# which is where most repeated lookups fall (a story's names recur in the next articles).
MERGE_MEMO_ENTRIES = 60_000


def drop_memos(memos: Iterable[Any] = NAME_MEMOS) -> None:
    for memo in memos:
        memo.cache_clear()


def bound_memos(memos: Iterable[Any] | None = None, limit: int = MERGE_MEMO_ENTRIES) -> None:
    """Empty the memos if they hold more than `limit` entries in all (by default: the cheap
    and the slow name memos, each kind on its own)."""
    for kind in ([tuple(memos)] if memos is not None else [CHEAP_MEMOS, SLOW_MEMOS]):
        if sum(memo.cache_info().currsize for memo in kind) > limit:
            drop_memos(kind)
