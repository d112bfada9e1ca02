"""Relation classes: every class of the taxonomy, the table's rules and the table file."""
from __future__ import annotations

import pytest

from graphbuild.knowledge.relation_classes import (CLASSES, TABLE, TableError, load_table,
                                                   parse_table, relation_class)


@pytest.mark.parametrize("predicate, kinds, expected", [
    # meeting
    ("meet with", ["verb"], "meeting"), ("hold talks with", ["verb"], "meeting"),
    ("visit", ["verb"], "meeting"), ("attend summit in", ["verb"], "meeting"),
    # communication
    ("tell", ["verb"], "communication"), ("call", ["verb"], "communication"),
    ("write to", ["verb"], "communication"), ("say will discuss", ["speech"], "communication"),
    ("conversation with", ["interaction"], "communication"),
    # role
    ("minister of", ["role"], "role"), ("appoint", ["verb"], "role"), ("co-found", ["verb"], "role"),
    ("special agent in charge of", ["role"], "role"), ("resign as advisor to", ["verb"], "role"),
    ("mediator of", ["role"], "role"),
    # membership
    ("member of", ["role"], "membership"), ("join", ["verb"], "membership"),
    ("uzbek subsidiary of", ["role"], "membership"),
    # family
    ("brother of", ["role"], "family"), ("son-in-law of", ["role"], "family"),
    ("marry", ["verb"], "family"),
    # location
    ("located in", ["role"], "location"), ("headquartered in", ["verb"], "location"),
    ("travel to", ["verb"], "location"), ("flee to", ["verb"], "location"),
    # legal
    ("charge", ["verb"], "legal"), ("sue", ["verb"], "legal"),
    ("plead guilty to", ["verb"], "legal"), ("find guilty of", ["verb"], "legal"), ("indict", ["nominal"], "legal"),
    ("announce filing of charge against", ["verb"], "legal"), ("agree to settle", ["verb"], "legal"),
    # money
    ("pay", ["verb"], "money"), ("bribe", ["verb"], "money"), ("acquire", ["nominal"], "money"),
    ("fine", ["verb"], "money"), ("invest in", ["verb"], "money"),
    # cooperation
    ("sign deal with", ["reciprocal"], "cooperation"), ("support", ["verb"], "cooperation"),
    ("agree with", ["verb"], "cooperation"), ("cease-fire with", ["verb"], "cooperation"),
    # conflict
    ("attack", ["verb"], "conflict"), ("accuse", ["verb"], "conflict"),
    ("criticize", ["verb"], "conflict"), ("impose sanctions on", ["verb"], "conflict"),
    ("fire on", ["verb"], "conflict"), ("kidnap", ["verb"], "conflict"),
    # other
    ("photograph on", ["verb"], "other"), ("", [], "other"),
])
def test_each_class(predicate, kinds, expected):
    assert relation_class(predicate, kinds) == expected


def test_every_class_of_the_taxonomy_is_reached_by_the_table():
    table = load_table()
    reached = {cls for cls, _ in table.phrases.values()} | set(table.kinds.values())
    assert reached | {"other"} == set(CLASSES)


def test_the_head_wins_over_later_words_and_a_longer_rule_over_a_shorter():
    assert relation_class("pay penalty to") == "money"          # pay before penalty
    assert relation_class("fire") == "role"
    assert relation_class("fire on") == "conflict"              # longer rule at the same word
    assert relation_class("agent in charge of", ["role"]) == "role"   # not "charge"


def test_a_weak_word_decides_only_alone():
    assert relation_class("announce") == "communication"
    assert relation_class("announce acquisition of") == "money"
    assert relation_class("become", ["verb"]) == "role"


def test_speech_reads_only_the_reporting_verb():
    assert relation_class("say should resign", ["speech"]) == "communication"
    assert relation_class("say should resign", ["verb"]) == "role"
    assert relation_class("allege violate", ["speech"]) == "legal"


def test_an_event_name_classes_a_bare_predicate():
    assert relation_class("hold", ["verb"], event="press conference") == "communication"
    assert relation_class("hold", ["verb"], event="Senate hearing") == "legal"
    assert relation_class("attack", ["verb"], event="peace summit") == "conflict"


def test_construction_default_only_when_no_word_is_classed():
    assert relation_class("spokesman of", ["role"]) == "role"
    assert relation_class("largest company of", ["role"]) == "role"
    assert relation_class("largest company of", ["verb"]) == "other"
    assert relation_class("brother of", ["role"]) == "family"


def test_plural_nouns_match_their_singular():
    assert relation_class("discuss sanctions with") == "communication"
    assert relation_class("file charges against") == "legal"


def test_a_custom_table():
    table = parse_table(["# my table", "", "lobby\tconflict", "kind:verb\tcooperation"])
    assert relation_class("lobby", table=table) == "conflict"
    assert relation_class("meet", ["verb"], table=table) == "cooperation"
    assert relation_class("meet", [], table=table) == "other"


@pytest.mark.parametrize("line", ["meet", "meet\tmeetings", "meet\tmeeting\tstrong", "\tmeeting"])
def test_bad_table_lines_are_reported_with_their_number(line):
    with pytest.raises(TableError, match="line 2"):
        parse_table(["ok\tother", line])


def test_the_shipped_table_reads_and_is_packaged():
    assert TABLE.name == "relation_classes.tsv" and TABLE.exists()
    assert len(load_table().phrases) > 300
