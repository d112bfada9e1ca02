"""Articles given as plain text get a headline from their first lines."""
from __future__ import annotations

import pytest

from graphbuild.ingest.headlines import article_headline

BODY = "\n\nWASHINGTON -- The senator met the ambassador twice last year, officials said Thursday."


@pytest.mark.parametrize("head, expected", [
    ("AG Sessions Recuses Himself From Russia Probe", "AG Sessions Recuses Himself From Russia Probe"),
    ("Watch CBS News\n\nAG Sessions Recuses Himself", "AG Sessions Recuses Himself"),  # furniture
    ("NASA says Martian soil could sustain life", "NASA says Martian soil could sustain life"),
    ("FOR IMMEDIATE RELEASE\nTUESDAY, OCTOBER 30, 2012\n\nFIRM AGREES TO PLEAD GUILTY\nTO FRAUD",
     "Firm Agrees To Plead Guilty To Fraud"),
    ("The senator met the ambassador in July, the department said on Monday.", None),  # prose
    ("Short line", None),
])
def test_article_headline(head, expected):
    assert article_headline(head + BODY) == expected


def test_a_plain_text_article_gets_its_title_and_a_given_title_wins():
    from graphbuild.extract import extract_article
    from graphbuild.ingest import article_from_text, paragraphs
    text = "Senator Meets Russian Ambassador\n\nMay 5, 2014\n\nJohn Smith met Ivan Petrov."
    for title, expected in ((None, "Senator Meets Russian Ambassador"), ("Given", "Given")):
        article = article_from_text(text, id="a", title=title)
        meta = extract_article(article, [(p, _FakeDoc()) for p in paragraphs(text)[:0]]).article
        assert (meta["title"], meta["date"]) == (expected, "2014-05-05")


class _FakeDoc:  # no paragraphs are parsed: the metadata does not depend on the parse
    pass
