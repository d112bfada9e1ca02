"""Stock listings in press releases: "Northwind Inc. (NASDAQ: NWRB)" names no new entity, and
neither does a term the text defines ("a deferred prosecution agreement ("DPA")").

The tagger makes organizations of the exchange and the ticker symbol in the brackets; the
ticker is only a code of the company before it, and the exchange is where its shares trade,
not a party to the story. Mentions inside such a listing are dropped.

>>> [m.group() for m in LISTING.finditer("Acme Corp. (NYSE: ACM) and Beta (Nasdaq:BTA.L) said")]
['(NYSE: ACM)', '(Nasdaq:BTA.L)']
"""
from __future__ import annotations

import re

from ..ingest.headlines import dictionary_word
from graphbuild.records import Article
from graphbuild.extract.mentions.spans import Mention

# "(NYSE: ACM)", "(NASDAQ: NWRB)", "(TSX: ABC.U)", "(OTC Pink: ABCD)": an exchange of one to
# three capitalized words, a colon, a ticker in capitals (perhaps a dotted class or market).
LISTING = re.compile(r"\((?:[A-Z][\w&-]*\s?){1,3}:\s?[A-Z]{1,6}(?:\.[A-Z]{1,3})?\)")


def without_listings(article: Article, mentions: list[Mention]) -> list[Mention]:
    """The mentions less those inside a stock listing's brackets."""
    spans = [(m.start(), m.end()) for m in LISTING.finditer(article.text)]
    if not spans:
        return mentions
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]


# "a deferred prosecution agreement (“DPA”)": two to six lower-case words, then their initials
# in capitals in brackets (perhaps quoted).
DEFINED_TERM = re.compile(r"((?:\b[a-z]+[ -]){2,6})\(\W?([A-Z]{2,6})\W?\)")
# Its parenthesized part alone: a quick look for it first (the whole pattern tries a run of
# words at every word of the article).
DEFINED_ACRONYM = re.compile(r"\(\W?[A-Z]{2,6}\W?\)")


# "a Cease-and-Desist Order (Order)", "the Securities Exchange Act of 1934 (Exchange Act)": a
# bracketed short name ending in the word before the bracket (or the word of a year before it)
# names the document by its kind (a common word), not an organization or a person.
DEFINED_KIND = re.compile(r"\b([A-Z][a-z]+)(?: of \d{4})?\s+\(\W?((?:[A-Z][a-z]+ )?\1)\W?\)")


def without_defined_terms(article: Article, mentions: list[Mention]) -> list[Mention]:
    """The mentions less the acronyms the article defines for common words, wherever they
    occur ("Pursuant to the DPA, ...").

    >>> sorted(defined_terms('entered into a deferred prosecution agreement ("DPA") with'))
    ['DPA']
    >>> defined_terms("the Federal Bureau of Investigation (FBI) said")
    set()
    >>> sorted(defined_terms("a Cease-and-Desist Order (Order) against Acme Holdings (Acme)"))
    ['Order']
    """
    terms = defined_terms(article.text)
    return [m for m in mentions if m.text not in terms] if terms else mentions


def defined_terms(text: str) -> set[str]:
    if "(" not in text:
        return set()
    found = {m.group(2) for m in DEFINED_KIND.finditer(text)
             if dictionary_word(m.group(1))}     # not a person's surname: "Kumar ("Kumar")"
    if not DEFINED_ACRONYM.search(text):
        return found
    for match in DEFINED_TERM.finditer(text):
        words, letters = re.split(r"[ -]", match.group(1).strip()), match.group(2)
        if "".join(w[0] for w in words[-len(letters):]).upper() == letters:
            found.add(letters)
    return found
