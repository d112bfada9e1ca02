"""A judge who "imposed the sentences" sentenced the people the article says were sentenced
(extract/statements/sentencing.py)."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


def test_judge_who_imposed_the_sentences_sentenced_each_defendant(relations_of):
    text = ("Former county clerk Maria Ortiz was sentenced today to 40 months in prison. "
            "Her husband, Carlos Ortiz, was sentenced to 12 months. "
            "The couple was convicted after a trial before U.S. District Judge Helen Park, "
            "who imposed the sentences in Denver federal court.")
    got = edges(relations_of(text))
    assert ("Helen Park", "sentence", "Maria Ortiz") in got
    assert ("Helen Park", "sentence", "Carlos Ortiz") in got


def test_imposed_on_names_the_defendant(relations_of):
    text = ("Judge Helen Park imposed a 51-month sentence on Carlos Ortiz. "
            "Maria Ortiz was sentenced last year.")
    got = edges(relations_of(text))
    assert any(s == "Helen Park" and "sentence" in p and o == "Carlos Ortiz" for s, p, o in got)
    assert not any(s == "Helen Park" and o == "Maria Ortiz" for s, _, o in got)


def test_no_one_sentenced_no_edge(relations_of):
    text = ("Carlos Ortiz was convicted after a trial before Judge Helen Park, who imposed new "
            "rules on the jury.")
    got = edges(relations_of(text))
    assert not any(s == "Helen Park" and p == "sentence" for s, p, _ in got)
