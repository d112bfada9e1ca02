"""The pipeline multiplies through numpy's BLAS, one thread per parse, and parses as spaCy does."""
from __future__ import annotations

from pathlib import Path

import numpy
import spacy
from threadpoolctl import threadpool_info
from thinc.api import get_current_ops

from graphbuild.ingest.text import paragraphs
from graphbuild.nlp import find_model, load_pipeline, parse_articles
from graphbuild.nlp.blas import one_blas_thread
from graphbuild.records import Article

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def blas_threads() -> set[int]:
    return {lib["num_threads"] for lib in threadpool_info() if lib["user_api"] == "blas"}


def test_the_encoders_multiply_with_numpy_not_blis(nlp):
    for name in ("tok2vec", "ner"):
        encoder = nlp.get_pipe(name).model.get_ref("tok2vec") if name == "ner" \
            else nlp.get_pipe(name).model
        assert {layer.ops.use_blis for layer in encoder.walk()} == {False}, name


def test_loading_leaves_the_callers_operations_alone(nlp):
    assert get_current_ops().name == "numpy" and getattr(get_current_ops(), "use_blis", True)
    assert {layer.ops.use_blis for layer in load_pipeline(fast=False).get_pipe("tok2vec")
            .model.walk()} == {True}


def test_one_blas_thread_inside_the_block_and_the_setting_back_after():
    numpy.ones(1)  # numpy's BLAS is loaded
    before = blas_threads()
    with one_blas_thread():
        assert blas_threads() == {1}
    assert blas_threads() == before


def test_the_parse_runs_with_one_blas_thread(nlp, monkeypatch):
    seen: list[set[int]] = []
    pipe = type(nlp).pipe

    def watched(self, *args, **kwargs):
        seen.append(blas_threads())
        yield from pipe(self, *args, **kwargs)

    monkeypatch.setattr(type(nlp), "pipe", watched)
    list(parse_articles(nlp, [Article("a", "Jeff Sessions met Sergey Kislyak.")]))
    assert seen and all(threads == {1} for threads in seen)


def test_the_seed_articles_parse_as_with_spacys_own_blis():
    """Tags, heads, dependencies and entities agree token for token (float rounding aside, the
    products are the same)."""
    texts = [para.text for path in sorted(SEEDS.glob("*.txt"))
             for para in paragraphs(path.read_text(encoding="utf-8"))]
    ours, theirs = load_pipeline(), spacy.load(find_model())
    assert {layer.ops.use_blis for layer in theirs.get_pipe("tok2vec").model.walk()} == {True}

    def view(doc):
        return [(t.text, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_) for t in doc]

    assert [view(d) for d in ours.pipe(texts)] == [view(d) for d in theirs.pipe(texts)]
