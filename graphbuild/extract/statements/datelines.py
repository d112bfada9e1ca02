"""Words that open an article or a paragraph without being said about anyone: the place of a
dateline ("WASHINGTON (Reuters) -") and a wire's section label ("Nigeria: Secretary ...").

The parser often makes them the subject of the first sentence; statements skip them.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.knowledge.places import country_code, is_place_name
from graphbuild.knowledge.words import DATELINE_DASHES

if TYPE_CHECKING:
    from spacy.tokens import Token


def is_dateline(token: "Token") -> bool:
    """The place of a dateline ("WASHINGTON, D.C. (CBS/CNN) --", "BOSTON –"): not an argument,
    though the parser often makes it the subject of the first sentence. A place opening a
    paragraph and closed by a colon ("Nigeria: Secretary Blinken's Meeting ...") is the
    section label of a news wire's headline, no argument either."""
    if _place_label(token):
        return True
    if not token.is_upper or len(token.text) < 3:
        return False                    # cheap tests first: `token.sent` builds a span
    start = token.sent.start
    if token.i - start > 3 or not all(t.is_upper or t.is_punct
                                      for t in token.doc[start:token.i]):
        # "... admit to bribery conspiracy WASHINGTON – VimpelCom ...": a headline run into
        # the dateline; the place then opens the run of capitals ("ST. PAUL --" included
        # when it opens the sentence)
        if token.ent_type_ not in {"GPE", "LOC"} or token.doc[token.i - 1].is_upper:
            return False
    for t in token.doc[token.i + 1:min(token.i + 9, token.sent.end)]:
        if t.text in DATELINE_DASHES:
            return True
        if t.is_alpha and not t.is_upper and not t.is_title:
            return False
    return False


def _place_label(token: "Token") -> bool:
    """Whether the token is in a known place's name that opens its paragraph and ends at a
    colon (the tagger often leaves such a label untagged, so the name is looked up)."""
    if token.i > 3 or not token.text[:1].isupper():
        return False
    doc = token.doc
    end = next((k for k in range(token.i + 1, min(len(doc), 5)) if doc[k].text == ":"), None)
    if end is None or not all(t.text[:1].isupper() for t in doc[0:end]):
        return False
    name = doc[0:end].text
    return bool(country_code(name) or is_place_name(name))
