"""Records turn into plain dicts and back without losing a field."""
from __future__ import annotations

from dataclasses import fields

import pytest

from graphbuild.records import DocEntity, DocExtraction, Evidence, Merge, RelationMention

EVIDENCE = Evidence(doc="a1", sentence="Sessions met Kislyak.", start=0, end=21)
ENTITY = DocEntity(key="e0", label="Jeff Sessions", type="PERSON", aliases=["Sessions"],
                   titles=["Attorney General"], mentions=3,
                   merges=[Merge(alias="Sessions", rule="surname", doc="a1")],
                   attributes={"nationality": ["American"]})
RELATION = RelationMention(subject="e0", predicate="meet", object="e1", evidence=EVIDENCE,
                           negated=True, hedged=True, kind="verb")


@pytest.mark.parametrize("record", [EVIDENCE, ENTITY.merges[0], ENTITY, RELATION])
def test_to_dict_names_every_field(record):
    assert set(record.to_dict()) == {f.name for f in fields(record)}


def test_round_trip_keeps_everything():
    extraction = DocExtraction(article={"id": "a1", "hash": "x"}, entities=[ENTITY],
                               relations=[RELATION])
    assert DocExtraction.from_dict(extraction.to_dict()) == extraction


def test_to_dict_copies_the_lists():
    data = ENTITY.to_dict()
    data["aliases"].append("Jeff")
    data["attributes"]["nationality"].append("x")
    assert ENTITY.aliases == ["Sessions"] and ENTITY.attributes == {"nationality": ["American"]}
