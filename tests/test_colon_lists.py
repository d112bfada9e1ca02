"""A verb before a colon takes the entities opening the paragraphs after it
(extract/statements/colon_lists.py)."""
from __future__ import annotations


def edges(found):
    return {(s, p, o) for s, p, o, _, _ in found}


LIST = ("On Monday, the Department of Commerce sanctioned three executives under the new "
        "rules:\n\n"
        "Anton Petrov is the chief executive of a shipping firm.\n\n"
        "Boris Lebedev runs its finance arm.\n\n"
        "Ivan Sokolov is a director.\n\n"
        "The measures take effect on Friday.")


def test_each_item_paragraph_is_an_object_of_the_verb(relations_of):
    got = edges(relations_of(LIST))
    for person in ("Anton Petrov", "Boris Lebedev", "Ivan Sokolov"):
        assert ("Department of Commerce", "sanction", person) in got


def test_the_list_ends_at_the_first_paragraph_without_a_name(relations_of):
    text = LIST.replace("The measures take effect on Friday.",
                        "The measures take effect on Friday.\n\nMaria Lopez welcomed them.")
    got = edges(relations_of(text))
    assert not any(s == "Department of Commerce" and o == "Maria Lopez" for s, _, o in got)


def test_no_colon_no_list(relations_of):
    got = edges(relations_of(LIST.replace("rules:", "rules.")))
    assert not any(s == "Department of Commerce" and p == "sanction" for s, p, _ in got)
