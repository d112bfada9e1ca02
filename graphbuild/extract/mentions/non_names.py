"""Words the tagger took for names that name nothing: an adjective or a common noun opening a
sentence ("Frantic rescue efforts"), the capitalized words of a legal document's title ("Order
Instituting ... Proceedings, Making Findings"), the laws it cites, and a pair of countries
written as one word ("U.S.-Pakistan cooperation"), which no single node can stand for.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from graphbuild.ingest.headlines import dictionary_word
from graphbuild.knowledge.organizations import ORG_HEAD_WORDS
from graphbuild.knowledge.places import country_code, country_of_demonym, is_place_name
from graphbuild.records import Paragraph
from graphbuild.extract.mentions.spans import Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc


def without_adjective_openers(parsed: list[tuple[Paragraph, "Doc"]],
                              found: list[Mention]) -> list[Mention]:
    """"Frantic rescue efforts continue ...", "Turnout was 58 percent": a sentence's first word
    is capitalized whatever it is, and the tagger may make a name of it. A one-word mention that
    the parse reads as a common noun or an adjective modifying one, an English word and no place
    or nationality,
    is dropped unless the article also writes it capitalized elsewhere in a sentence."""
    elsewhere = {m.text for m in found if not parsed[m.paragraph][1][m.token_start].is_sent_start}

    def opener(m: Mention) -> bool:
        token = parsed[m.paragraph][1][m.token_start]
        return m.token_end - m.token_start == 1 and token.is_sent_start and (
            token.pos_ == "ADJ" and token.dep_ == "amod" or token.pos_ == "NOUN") \
            and m.type not in {"NORP", "GPE", "LOC"} \
            and m.text not in elsewhere and dictionary_word(m.text) \
            and not country_of_demonym(m.text) and not is_place_name(m.text)
    return [m for m in found if not opener(m)]


def without_document_titles(parsed: list[tuple[Paragraph, "Doc"]],
                            found: list[Mention]) -> list[Mention]:
    """The words of a legal document's title written in capitals, which the tagger cuts into
    names: "an Order Instituting Public Administrative and Cease-and-Desist Proceedings ...,
    Making Findings, and Imposing Remedial Sanctions". A name holds no capitalized verb in
    "-ing" that is an English word ("Instituting", "Imposing"), a word right after one
    ("Making" | "Findings") is its object, and a word opening a hyphenated phrase of common words
    ("Cease-and-Desist") is no name either. Nor are the laws and rules the title cites
    ("Securities Exchange Act", "Rules 12b-20"): a law is no node."""
    def title_words(m: Mention) -> bool:
        doc = parsed[m.paragraph][1]
        s, e = m.token_start, m.token_end
        words = [t for t in doc[s:e] if not t.is_punct]
        if words and m.type != "PERSON" and not any(t.lower_ in ORG_HEAD_WORDS for t in words) and (
                _capital_gerund(words[0]) or len(words) > 1 and
                words[0].lower_ in DOCUMENT_WORDS and _capital_gerund(words[1])):
            return True     # "Imposing Remedial Sanctions", "Order Instituting ..."
        if len(words) > 1 and (words[-1].text in {"Act", "Code"} or words[0].text in
                               {"Rule", "Rules"} or any(t.text == "Rules" for t in words)):
            return True     # a law or a rule: "Securities Exchange Act", "Rules 12b-20"
        if e - s == 1 and s > 0 and _capital_gerund(doc[s - 1]):
            return True
        return e - s == 1 and e + 1 < len(doc) and doc[e].text == "-" and \
            doc[e + 1].lower_ in {"and", "or", "to", "in", "of", "for"} and dictionary_word(m.text)
    return [m for m in found if m.type in {"NORP", "GPE", "LOC"} or not title_words(m)]


# Nouns that open a legal document's title ("Order Instituting Proceedings").
DOCUMENT_WORDS = {"order", "decision", "judgment", "memorandum", "notice", "opinion"}


def _capital_gerund(token) -> bool:
    """A capitalized "-ing" form of an English verb ("Imposing"), not a name ("Beijing")."""
    return token.text[:1].isupper() and token.lower_.endswith("ing") and len(token.text) > 5 \
        and dictionary_word(token.text)


def without_country_pairs(found: list[Mention]) -> list[Mention]:
    """"U.S.-Pakistan cooperation": one written word naming two countries is neither; the
    tokenizer keeps it whole, so no mention of either can be cut out of it."""
    def pair(m: Mention) -> bool:
        parts = m.text.split("-")
        return " " not in m.text and len(parts) == 2 and all(country_code(p) for p in parts)
    return [m for m in found if not pair(m)]
