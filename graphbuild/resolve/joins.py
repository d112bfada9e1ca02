"""Joins the merge's name index cannot make: a name the tagger typed wrongly in its articles.

The merge indexes each group by (type group, name key), so a company the tagger typed PERSON
in one article never meets the same company typed ORG in another. These passes run once over
the groups after every article is placed, each lookup one dictionary access: linear in the
number of groups.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.extract.names import is_company_name

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
    from graphbuild.resolve.merge import name_key
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


def _is_company(merger: "_Merger", group: int) -> bool:
    return any(is_company_name(n) for n in merger.names[merger.find(group)])
