"""Stock listings in press releases: "Northwind Inc. (NASDAQ: NWRB)" names no new entity.

The tagger makes organizations of the exchange and the ticker symbol in the brackets; the
ticker is only a code of the company before it, and the exchange is where its shares trade,
not a party to the story. Mentions inside such a listing are dropped.

>>> [m.group() for m in LISTING.finditer("Acme Corp. (NYSE: ACM) and Beta (Nasdaq:BTA.L) said")]
['(NYSE: ACM)', '(Nasdaq:BTA.L)']
"""
from __future__ import annotations

import re

from ..records import Article
from .spans import Mention

# "(NYSE: ACM)", "(NASDAQ: NWRB)", "(TSX: ABC.U)", "(OTC Pink: ABCD)": an exchange of one to
# three capitalized words, a colon, a ticker in capitals (perhaps a dotted class or market).
LISTING = re.compile(r"\((?:[A-Z][\w&-]*\s?){1,3}:\s?[A-Z]{1,6}(?:\.[A-Z]{1,3})?\)")


def without_listings(article: Article, mentions: list[Mention]) -> list[Mention]:
    """The mentions less those inside a stock listing's brackets."""
    spans = [(m.start(), m.end()) for m in LISTING.finditer(article.text)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]
