"""Records turn into plain dicts and back without losing a field."""
from __future__ import annotations

import json
from dataclasses import fields

import pytest

from graphbuild.records import (DocEntity, DocExtraction, Evidence, Merge, PackedExtraction,
                               RelationMention)

EVIDENCE = Evidence(doc="a1", sentence="Sessions met Kislyak.", start=0, end=21)
ENTITY = DocEntity(key="e0", label="Jeff Sessions", type="PERSON", aliases=["Sessions"],
                   titles=["Attorney General"], mentions=3,
                   merges=[Merge(alias="Sessions", rule="surname", doc="a1")],
                   attributes={"nationality": ["American"]})
RELATION = RelationMention(subject="e0", predicate="meet", object="e1", evidence=EVIDENCE,
                           negated=True, hedged=True, kind="verb")


@pytest.mark.parametrize("record", [EVIDENCE, Merge("Sessions", "surname", "a1", 4), ENTITY,
                                    RELATION])
def test_to_dict_names_every_field(record):
    assert set(record.to_dict()) == {f.name for f in fields(record)}


def test_a_merge_in_one_article_does_not_spell_out_its_count():
    assert ENTITY.merges[0].to_dict() == {"alias": "Sessions", "rule": "surname", "doc": "a1"}
    assert DocEntity.from_dict(
        {**ENTITY.to_dict(), "merges": [{"alias": "A", "rule": "r", "doc": "d", "articles": 3}]}
    ).merges == [Merge("A", "r", "d", 3)]


def test_round_trip_keeps_everything():
    extraction = DocExtraction(article={"id": "a1", "hash": "x"}, entities=[ENTITY],
                               relations=[RELATION])
    assert DocExtraction.from_dict(extraction.to_dict()) == extraction


def test_to_dict_copies_the_lists():
    data = ENTITY.to_dict()
    data["aliases"].append("Jeff")
    data["attributes"]["nationality"].append("x")
    assert ENTITY.aliases == ["Sessions"] and ENTITY.attributes == {"nationality": ["American"]}


def test_packed_extraction_writes_the_same_json_as_the_records():
    extraction = DocExtraction(article={"id": "a\ud800", "title": None}, entities=[ENTITY],
                               relations=[RELATION])
    packed = PackedExtraction.pack(extraction)
    assert packed.to_json() == extraction.to_json()
    assert json.loads(packed.to_json()) == extraction.to_dict() == packed.to_dict()
    assert packed.unpack() == extraction and packed.doc_id == "a\ud800"
    assert PackedExtraction.pack(extraction.to_dict()) == packed


def test_a_build_holds_its_extractions_packed(seeds_dir):
    from graphbuild.pipeline import BuildReport, build

    report = BuildReport()
    build([str(seeds_dir / "cbs_sessions_recusal.txt")], workers=1, report=report)
    [packed] = report.extractions
    assert isinstance(packed, PackedExtraction)
    assert len(packed.packed_entities) + len(packed.packed_relations) < 20_000
    assert any(e.label == "Jeff Sessions" for e in packed.entities)
