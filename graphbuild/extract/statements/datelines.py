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
    colon ("Nigeria:"), or opens a dateline written in title case and closed by a dash
    ("Nairobi, Kenya -"). The tagger often leaves such a label untagged, so the place is
    looked up: the words before the first comma must be one (or be tagged a place, before a
    dash)."""
    if token.i > 5 or not token.text[:1].isupper():
        return False
    doc = token.doc
    end = next((k for k in range(token.i + 1, min(len(doc), 8))
                if doc[k].text == ":" or doc[k].text in DATELINE_DASHES and k > 0
                and doc[k].whitespace_ and doc[k - 1].whitespace_), None)
    if end is None or not all(t.text[:1].isupper() or t.text in {",", "."} for t in doc[0:end]):
        return False
    first = next((k for k in range(end) if doc[k].text == ","), end)
    name = doc[0:first].text
    tagged = all(t.ent_type_ in {"GPE", "LOC"} for t in doc[0:first])
    return first > 0 and token.i < end and bool(country_code(name) or is_place_name(name)
                                                or tagged and doc[end].text != ":")
