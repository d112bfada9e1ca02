"""Work per article grows about linearly with its length: clustering an article's mentions
compares names looked up by key, never all pairs of mentions (a 400 KB one-line article took
221 s where 100 KB took 19 s). Counted in name comparisons, never timed."""
from __future__ import annotations

from itertools import product

import pytest

import graphbuild.extract.mentions.entities as entities
import graphbuild.extract.mentions.heads as heads
from graphbuild.extract.mentions.spans import Mention
from graphbuild.records import Article

SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "te", "vo", "zu", "pe"]


def words(n: int) -> list[str]:
    return ["".join(p).capitalize() for p in product(SYLLABLES, repeat=3)][:n]


def article_mentions(n: int) -> list[Mention]:
    """n people (full name, then surname), n companies (full name, then first word) and n
    agencies (full name, then its last word) with distinct names, as in a long article."""
    found, position = [], 0
    names = words(3 * n)
    for k in range(n):
        person, company, agency = names[3 * k:3 * k + 3]
        for text, kind in ((f"Ann {person}", "PERSON"), (person, "PERSON"),
                           (f"{company} Vending Services Inc.", "ORG"), (company, "ORG"),
                           (f"{agency} Trade Commission", "ORG"), ("Commission", "ORG")):
            found.append(Mention(text, kind, position, position + len(text), 0, 0, 1))
            position += len(text) + 10
    return found


def comparisons(monkeypatch, n: int) -> int:
    calls = [0]

    def counted(function):
        def wrapper(*args, **kwargs):
            calls[0] += 1
            return function(*args, **kwargs)
        return wrapper

    with monkeypatch.context() as patch:
        patch.setattr(entities, "same_person", counted(entities.same_person))
        patch.setattr(entities, "is_company_name", counted(entities.is_company_name))
        patch.setattr(heads, "head_of", counted(heads.head_of))
        found, _ = entities.cluster_mentions(Article("a", ""), article_mentions(n))
    assert len(found) >= 3 * n  # the names are distinct: none joined another's
    return calls[0]


@pytest.mark.parametrize("n", [40])
def test_clustering_compares_names_about_linearly_in_the_mentions(monkeypatch, n):
    small, large = comparisons(monkeypatch, n), comparisons(monkeypatch, 4 * n)
    assert large <= 5 * small, (small, large)


def test_the_short_forms_still_join_their_names():
    found, _ = entities.cluster_mentions(Article("a", ""), article_mentions(3))
    labels = {e.label: e.aliases for e in found}
    first = words(9)
    assert labels[f"Ann {first[0]}"] == sorted([f"Ann {first[0]}", first[0]])
    assert labels[f"{first[1]} Vending Services Inc."] == sorted(
        [f"{first[1]} Vending Services Inc.", first[1]])
