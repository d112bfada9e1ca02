"""The plain-Python view of a parse answers as spaCy's Doc, Token and Span do."""
from __future__ import annotations

import pytest

from graphbuild.extract.docview import DocView, release, view
from graphbuild.extract.tokens import lowers, pos_tags, texts, values

TEXT = ("WASHINGTON - The SEC today charged Acme Corp. and its CEO, Jane Roe, with fraud. "
        "\"We will fight,\" said Roe, who did not appear in court.  Officials in New York, "
        "London and Paris declined to comment on the case, which began in 2019.")
TOKEN_ATTRIBUTES = ("i", "idx", "text", "text_with_ws", "whitespace_", "lower_", "lemma_", "pos_",
                    "tag_", "dep_", "ent_type_", "ent_iob_", "is_sent_start", "is_title",
                    "is_punct", "is_upper", "is_alpha", "is_stop", "like_num", "is_lower")


@pytest.fixture(scope="module")
def parsed(nlp):
    doc = nlp(TEXT)
    return doc, view(doc)


def _indexes(tokens) -> list[int]:
    return [t.i for t in tokens]


def test_every_token_reads_as_spacy(parsed):
    doc, v = parsed
    assert len(v) == len(doc) and [t.text for t in v] == [t.text for t in doc]
    for token, seen in zip(doc, v):
        for name in TOKEN_ATTRIBUTES:
            assert getattr(seen, name) == getattr(token, name), (token.i, name)
        assert seen.head.i == token.head.i and seen.doc is v
        for name in ("children", "lefts", "rights", "subtree", "ancestors"):
            assert _indexes(getattr(seen, name)) == _indexes(getattr(token, name)), (token.i, name)
        assert seen.left_edge.i == token.left_edge.i and seen.right_edge.i == token.right_edge.i
        assert (seen.sent.start, seen.sent.end) == (token.sent.start, token.sent.end)
        assert len(seen) == len(token) and str(seen) == str(token)
        assert hash(seen) == hash(token)            # sets of tokens iterate in spaCy's order


def test_spans_read_as_spacy(parsed):
    doc, v = parsed
    assert [(s.start, s.end, s.text, s.start_char, s.end_char, s.root.i) for s in v.sents] == \
        [(s.start, s.end, s.text, s.start_char, s.end_char, s.root.i) for s in doc.sents]
    assert [(e.start, e.end, e.text, e.label_) for e in v.ents] == \
        [(e.start, e.end, e.text, e.label_) for e in doc.ents]
    for a, b in [(0, 3), (2, 9), (-5, -1), (None, 4), (7, None), (30, 2), (-100, 100)]:
        assert (v[a:b].start, v[a:b].end, v[a:b].text) == (doc[a:b].start, doc[a:b].end,
                                                           doc[a:b].text), (a, b)
    sent = doc[4:20]
    seen = v[4:20]
    assert [t.i for t in seen[2:5]] == [t.i for t in sent[2:5]]
    assert seen[-1].i == sent[-1].i and seen[0].i == sent[0].i
    assert [(e.start, e.end) for e in seen.ents] == [(e.start, e.end) for e in sent.ents]
    assert v[-1].i == doc[-1].i
    with pytest.raises(IndexError):
        v[len(doc)]
    span = v.char_span(TEXT.index("Jane"), TEXT.index("Jane") + 8)
    assert (span.start, span.end, span.text) == (doc.char_span(TEXT.index("Jane"),
                                                               TEXT.index("Jane") + 8).start,
                                                 doc.char_span(TEXT.index("Jane"),
                                                               TEXT.index("Jane") + 8).end,
                                                 "Jane Roe")
    assert v.char_span(1, 3) is None                     # inside a token: as spaCy, no span


def test_token_order_and_equality(parsed):
    _, v = parsed
    assert v[3] == v[3] and v[3] != v[4] and v[3] < v[4] and max(v[5], v[2]) is v[5]
    assert v[3].head in list(v[3].head.doc)


def test_word_lists_come_from_the_view(parsed):
    doc, v = parsed
    assert texts(v) == tuple(t.text for t in doc) and lowers(v) == tuple(t.lower_ for t in doc)
    assert pos_tags(v) == tuple(t.pos_ for t in doc)


def test_view_of_a_view_and_release(nlp):
    v = view(nlp("Jane Roe met John Doe."))
    assert view(v) is v and isinstance(v, DocView)
    release(v)
    assert len(v) == 0
    assert view(nlp("")).tokens == []


def test_values_are_the_docs_arrays(parsed):
    doc, v = parsed
    for attribute in ("ORTH", "LEMMA", "DEP", "POS", "ENT_TYPE"):
        assert values(v, attribute) == values(doc, attribute) == doc.to_array(attribute).tolist()


def test_a_view_is_equal_only_to_itself(nlp):
    a, b = view(nlp("Jane Roe met John Doe.")), view(nlp("Jane Roe met John Doe."))
    assert a == a and a != b and len({a, b}) == 2 and str(a) == "Jane Roe met John Doe."
    assert len(a) == 6 and [t.text for t in a][:2] == ["Jane", "Roe"]
