"""A country named only by its nationality word before an office and a name: "former
Philippine President Gloria Macapagal Arroyo", "Indonesian Trade Minister Budi Santoso".

Such a story may never write the country's name, yet the office is the country's and the map
needs its node. The nationality word becomes a mention of the country (type GPE, labelled with
the country's name by `labels`), as "the French government" does (`place_mentions`); when the
article names the country, the nationality word already stands for it (`anchors`) and nothing
is added.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.knowledge.places import country_code, country_of_demonym

from graphbuild.records import Article, Paragraph
from graphbuild.extract.mentions.names import is_title_word
from graphbuild.extract.mentions.spans import Mention, make_mention

if TYPE_CHECKING:
    from spacy.tokens import Doc

# Words of an office's title between the nationality and the name: "Trade Minister", "Foreign
# Minister", "Vice President", "Prime Minister" (capitalized words, the last a title word).
MAX_TITLE_WORDS = 4


def with_title_countries(article: Article, parsed: list[tuple[Paragraph, "Doc"]],
                         found: list[Mention]) -> list[Mention]:
    """The mentions, plus a country mention for each nationality word that opens an office's
    title before a person's name, when the article names no such country."""
    named = {country_code(m.text) for m in found if m.type == "GPE"} - {None}
    starts = {(m.paragraph, m.token_start) for m in found if m.type == "PERSON"}
    added: list[Mention] = []
    for m in found:
        if m.type != "NORP" or not starts:
            continue
        country = country_of_demonym(m.text)
        if not country or country_code(country) in named:
            continue
        para, doc = parsed[m.paragraph]
        if _titles_a_name(doc, m.token_end, m.paragraph, starts):
            added.append(make_mention(article, para, doc, m.paragraph, m.token_start,
                                      m.token_end, "GPE", [], source="nationality"))
    return found + added


def _titles_a_name(doc: "Doc", i: int, paragraph: int, starts: set[tuple[int, int]]) -> bool:
    """Whether capitalized title words run from token `i` to a person's name."""
    for j in range(i, min(len(doc), i + MAX_TITLE_WORDS + 1)):
        if (paragraph, j) in starts:
            return j > i and is_title_word(doc[j - 1].text)
        if not doc[j].text[:1].isupper():
            return False
    return False
