"""Joins the merge's name index cannot make: a name the tagger typed wrongly in its articles.

The merge indexes each group by (type group, name key), so a company the tagger typed PERSON
in one article never meets the same company typed ORG in another. These passes run once over
the groups after every article is placed, each lookup one dictionary access: linear in the
number of groups.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.names import is_company_name
from graphbuild.resolve.keys import name_key
from graphbuild.resolve.people import genders_clash

if TYPE_CHECKING:
    from graphbuild.resolve.merge import _Merger


def join_companies_typed_as_people(merger: "_Merger") -> None:
    """A "person" whose every full name is the short name of one company of the corpus is that
    company: "Contoso Shipping" (typed PERSON, "Contoso" read as a first name) is "Contoso
    Shipping Inc." of another article, or of the same one.

    Only a person with no title, and only when every full name of the person names the same
    company: a real person named like a company ("Walt Disney", "The Walt Disney Company") is
    called by a title or by a name that is not the company's in some article.
    """
    for i, members in enumerate(merger.groups):
        if not members or members[0][1].type != "PERSON" or any(e.titles for _, e in members):
            continue
        full = [n for n in merger.names[merger.find(i)] if len(n.split()) > 1]
        targets = {merger.index.get(("ORG", name_key(n))) for n in full}
        if not full or None in targets:
            continue
        found = {merger.find(t) for t in targets if t is not None}
        if len(found) != 1:
            continue
        target = found.pop()
        if target != merger.find(i) and _is_company(merger, target) and \
                merger.mergeable(target, i):
            label = merger.groups[target][0][1].label
            merger.join_into(target, i, f"short name of the company {label!r}", "ORG")


def join_short_forms(merger: "_Merger") -> None:
    """An organization known only by a name that is a company's short form in other articles
    ("Contoso" for "Contoso Shipping Inc.") joins that company, when only one company of the
    corpus is called so. After every article is placed, so the result does not depend on
    which article came first.
    """
    for i, members in enumerate(merger.groups):
        if not members or members[0][1].type != "ORG":
            continue
        keys = {name_key(n) for n in merger.names[i]}
        if len(keys) != 1:
            continue
        owners = {merger.find(t) for t in merger.short_forms.get(("ORG", keys.pop()), ())}
        owners.discard(i)
        if len(owners) == 1:
            target = owners.pop()
            if merger.mergeable(target, i):
                label = merger.groups[target][0][1].label
                merger.join_into(target, i, f"short form of {label!r} in another article")


# An inner capital ("BizJet", "PayPal"): a coined company name, never a town's.
CAMEL_CASE = re.compile(r"[a-z][A-Z]")


def join_coined_short_forms(merger: "_Merger") -> None:
    """A one-word "place" that is the short form of one company whose name opens with a coined
    word ("Bizjet", typed GPE, for "BizJet International Sales and Support Inc.") is that
    company: no town is written with an inner capital, and a known place is left alone."""
    from graphbuild.knowledge.places import is_place_name
    for i, members in enumerate(merger.groups):
        if not members or members[0][1].type not in {"GPE", "LOC", "FAC"}:
            continue
        names = list(merger.names[merger.find(i)])
        keys = {name_key(n) for n in names}
        if len(keys) != 1 or any(len(n.split()) != 1 or is_place_name(n) for n in names):
            continue
        key = keys.pop()
        owners = {merger.find(t) for t in merger.short_forms.get(("ORG", key), ())}
        owners.discard(merger.find(i))
        if len(owners) != 1:
            continue
        target = owners.pop()
        coined = any(CAMEL_CASE.search(n.split()[0]) and name_key(n.split()[0]) == key
                     for n in merger.names[target] if n.split())
        if coined and merger.mergeable(target, i):
            label = merger.groups[target][0][1].label
            merger.join_into(target, i, f"short form of the company {label!r}", "ORG")


def join_facilities_named_as_organizations(merger: "_Merger") -> None:
    """A facility whose every name is a name of one organization of the corpus is that
    organization: the tagger reads a company's short name as a building ("the chipmaker
    Contoso" typed FAC), and a building that names its organization ("the White House", "the
    Pentagon") is one node with it. Known places ("Georgia") are left to the place rules.
    """
    from graphbuild.knowledge.places import is_place_name
    for i, members in enumerate(merger.groups):
        if not members or members[0][1].type != "FAC":
            continue
        names = list(merger.names[merger.find(i)])
        if any(is_place_name(n) for n in names):
            continue
        targets = {merger.named("ORG", name_key(n)) for n in names}
        target = targets.pop() if len(targets) == 1 else None
        if target is not None and target != merger.find(i) and merger.mergeable(target, i):
            label = merger.groups[target][0][1].label
            merger.join_into(target, i, f"name of the organization {label!r}", "ORG")


def _is_company(merger: "_Merger", group: int) -> bool:
    return any(is_company_name(n) for n in merger.names[merger.find(group)])


# A context entity named in more articles than this says little about which person is meant
# ("United States"), and reading its articles would make the pass slow: it is left out.
CONTEXT_MAX_ARTICLES = 50
# The best candidate needs this many shared context entities, and more than twice the next's.
CONTEXT_MIN_SHARED = 2


class _Context:
    """Which articles each group is named in, and which groups each article names."""

    def __init__(self, merger: "_Merger") -> None:
        self.docs_of = [{doc_id for doc_id, _ in members} for members in merger.groups]
        self.in_doc: dict[str, set[int]] = {}
        for g, docs in enumerate(self.docs_of):
            for doc_id in docs:
                self.in_doc.setdefault(doc_id, set()).add(g)

    def around(self, i: int) -> set[int]:
        """The other groups of group i's articles, less those named in too many articles."""
        return {g for d in self.docs_of[i] for g in self.in_doc[d]
                if g != i and self.docs_of[g] and len(self.docs_of[g]) <= CONTEXT_MAX_ARTICLES}

    def shared(self, i: int, p: int) -> int:
        """How many of the groups around group i are named in an article of group p."""
        return sum(bool(self.docs_of[g] & self.docs_of[p]) for g in self.around(i) if g != p)

    def moved(self, i: int, target: int) -> None:
        """Group i joined target: later lookups see the joined group's articles."""
        for doc_id in self.docs_of[i]:
            self.in_doc[doc_id].add(target)
        self.docs_of[target] |= self.docs_of[i]
        self.docs_of[i] = set()


def join_surnames_by_context(merger: "_Merger") -> None:
    """A person an article names by surname only ("Mr. Lindqvist"), when the corpus has two or
    more people of that surname, joins the one whose articles share its article's other
    entities: the same company, agency and colleagues mean the same story.

    Only a clear winner joins: at least `CONTEXT_MIN_SHARED` shared entities, more than twice
    the runner-up's; two Castros of one Cuba story share too much to be told apart.
    Each surname-only group reads the articles of at most its article's entities, each capped
    at `CONTEXT_MAX_ARTICLES`: linear in the corpus.
    """
    context = _Context(merger)
    for i, members in enumerate(merger.groups):
        if not members or members[0][1].type != "PERSON" or \
                any(len(n.split()) > 1 for n in merger.names[i]):
            continue
        titles = {t for _, e in members for t in e.titles}
        candidates = [p for p in merger.people_named(next(iter(merger.names[i])))
                      if p != i and merger.full_names(p) and merger.mergeable(p, i)
                      and not genders_clash(titles, merger.full_names(p))]
        if len(candidates) < 2:
            continue  # none, or the one candidate the merge already weighed
        shared = sorted(((context.shared(i, p), p) for p in candidates), reverse=True)
        (best, target), (second, _) = shared[0], shared[1]
        if best >= CONTEXT_MIN_SHARED and best > 2 * second:
            label = merger.groups[target][0][1].label
            merger.join_into(target, i, f"surname of {label!r}, whose articles share {best} "
                                        "of its article's names")
            context.moved(i, target)


def join_state_bodies_by_context(merger: "_Merger") -> None:
    """An organization named without its state ("the Department of Corrections") joins the one
    body of the corpus named with a state in front ("Oregon Department of Corrections"), when
    its article names that state and shares at least `CONTEXT_MIN_SHARED` other entities with
    the body's articles: every state has such a department, so the name alone says nothing.
    """
    qualified: dict[str, list[tuple[int, str]]] = {}  # bare name key -> (group, state key)
    for g, members in enumerate(merger.groups):
        if members and members[0][1].type == "ORG":
            for n in merger.names[g]:
                split = state_and_body(n)
                if split:
                    qualified.setdefault(name_key(split[1]), []).append((g, name_key(split[0])))
    if not qualified:
        return
    context = _Context(merger)
    for i, members in enumerate(merger.groups):
        if not members or members[0][1].type != "ORG":
            continue
        keys = {name_key(n) for n in merger.names[i]}
        found = {(merger.find(g), state) for g, state in qualified.get(min(keys), [])}
        if len(keys) != 1 or len(found) != 1 or len(context.docs_of[i]) > CONTEXT_MAX_ARTICLES:
            continue  # a bare name in very many articles is a national body, not a state's
        target, state = found.pop()
        named = {name_key(n) for d in context.docs_of[i] for g in context.in_doc[d]
                 for n in merger.names[g]}
        if target != i and state in named and merger.mergeable(target, i) and \
                context.shared(i, target) >= CONTEXT_MIN_SHARED:
            label = merger.groups[target][0][1].label
            merger.join_into(target, i, f"{label!r} named without its state, in its story")
            context.moved(i, target)


def state_and_body(name: str) -> tuple[str, str] | None:
    """A US state and the body it qualifies, of an organization's name, or None.

    >>> state_and_body("Oregon Department of Corrections")
    ('Oregon', 'Department of Corrections')
    >>> state_and_body("New York State Police"), state_and_body("Oregon Ducks")
    (('New York', 'State Police'), None)
    """
    from graphbuild.knowledge.places import is_state
    words = name.split()
    for n in (1, 2):
        state, body = " ".join(words[:n]), words[n:]
        if body[:1] == ["State"] and len(body) >= 3:
            body = body[1:]  # "Washington State Department of ..." is the state's department
        if is_state(state) and len(body) >= 2 and body[0][:1].isupper():
            return state, " ".join(body)
    return None
