"""The `Mention` record: one mention of an entity in an article, cut from a parsed paragraph."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from graphbuild.records import Article, Paragraph

if TYPE_CHECKING:
    from spacy.tokens import Doc


@dataclass
class Mention:
    """One mention of an entity in an article (offsets index `article.text`)."""

    text: str
    type: str
    start: int
    end: int
    paragraph: int              # index into the article's parsed paragraphs
    token_start: int            # token span inside that paragraph's Doc
    token_end: int
    titles: list[str] = field(default_factory=list)
    nationality: list[str] = field(default_factory=list)  # "Russian" in "Russian Ambassador X"
    source: str = "ner"         # ner, dateline, city-of-state, name-match: how it was found

    @property
    def in_dateline(self) -> bool:
        """A place of the dateline ("TULSA, Okla. -"): where the story was filed, which no
        statement of the story has as its subject or object (read by `anchors`)."""
        return self.source == "dateline"


def make_mention(article: Article, para: Paragraph, doc: "Doc", index: int, start: int, end: int,
                 label: str, titles: list[str], nationality: list[str] = (),
                 source: str = "ner") -> Mention:
    """The mention of tokens `start:end` of paragraph `index` (parsed as `doc`)."""
    first, last = doc[start], doc[end - 1]
    a, b = para.start + first.idx, para.start + last.idx + len(last.text)
    if label == "PERSON" and end - start > 1 and last.text.endswith(".") and len(last.text) > 2 \
            and last.text[-2].islower():
        b -= 1      # "Hun Sen." closing a sentence: the period is the sentence's, not the name's
    # Text from the article, not the paragraph: headlines are parsed in sentence case.
    return Mention(text=" ".join(article.text[a:b].split()), type=label, start=a, end=b,
                   paragraph=index, token_start=start, token_end=end, titles=list(titles),
                   nationality=list(nationality), source=source)
