"""Who sentenced whom when the sentence is a noun: "The Macks had been convicted following a
trial before U.S. District Judge Michael A. Shipp, who imposed the sentences today".

"imposed the sentences" names no defendant: the sentences are the ones the article reports
("Mack was sentenced today to 58 months", "his brother ... was sentenced to 30 months"), so the
judge sentenced each person the article says was sentenced. With "on" ("imposed a 51-month
term on Cha") the object is named, and the verb's own triple says so ("impose sentence on").

A sentence is read only when its words include a form of one of `IMPOSE_VERBS` (a set look-up
per token of the per-Doc lowercase texts), so the rule costs nothing elsewhere.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.tokens import lowers, per_doc

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Doc, Token

    from graphbuild.extract.statements.triples import Statement

# Verbs whose object is a penalty someone is given ("imposed the sentence", "handed down a
# sentence", "pronounced sentence").
IMPOSE_VERBS = {"impose", "hand", "pronounce", "issue"}
IMPOSE_FORMS = {"impose", "imposed", "imposes", "imposing", "hand", "handed", "hands",
                "handing", "pronounce", "pronounced", "pronounces", "issue", "issued", "issues"}
PENALTY_NOUNS = {"sentence", "term", "penalty"}
SENTENCE_FORMS = {"sentenced"}
# Who can impose a sentence: a judge or a court.
SENTENCER_TYPES = {"PERSON", "ORG"}


def imposed_sentences(sent: "Sequence[Token]", anchors: Anchors, para: int
                      ) -> Iterator["Statement"]:
    """"X, who imposed the sentences": X sentence each defendant (see the module's
    docstring)."""
    if not sent:
        return
    words = lowers(sent[0].doc)
    if IMPOSE_FORMS.isdisjoint(words[sent[0].i:sent[-1].i + 1]):
        return
    from graphbuild.extract.statements.arguments import subject_entities
    from graphbuild.extract.statements.negation import stance
    from graphbuild.extract.statements.triples import each_to_each

    for verb in sent:
        if words[verb.i] not in IMPOSE_FORMS or verb.lemma_.lower() not in IMPOSE_VERBS \
                or not any(c.dep_ == "dobj" and c.lemma_.lower() in PENALTY_NOUNS
                           for c in verb.children):
            continue
        subjects, passive = subject_entities(verb, anchors, para)
        subjects = [s for s in subjects if not s.via
                    and anchors.type_of(s.key) in SENTENCER_TYPES]
        if passive or not subjects:
            continue
        penalties = [c for c in verb.children if c.dep_ == "dobj"]
        if any(c.dep_ == "prep" and c.lower_ == "on"
               for head in [verb, *penalties] for c in head.children):
            continue                    # "imposed a sentence on X": the verb's own triple
        yield from each_to_each(subjects, "sentence", sentenced(anchors), stance(verb), verb)


def sentenced(anchors: Anchors) -> list[str]:
    """The entities the article says were sentenced: passive subjects of "sentenced"."""
    from graphbuild.extract.statements.arguments import conjuncts, nominal_entities

    found: list[str] = []
    for para, (_, doc) in enumerate(anchors.paragraphs):
        for i in _sentenced_verbs(doc):
            for child in doc[i].children:
                if child.dep_ != "nsubjpass":
                    continue
                for t in conjuncts(child):      # "Mack's brother, Ralphiel Mack, was sentenced"
                    for arg in nominal_entities(t, anchors, para, owners=False):
                        if not arg.via and arg.key not in found \
                                and anchors.type_of(arg.key) in SENTENCER_TYPES:
                            found.append(arg.key)
    return found


def _sentenced_verbs(doc: "Doc") -> tuple[int, ...]:
    """Indices of the passive verb "sentenced" in a Doc (once per Doc)."""
    return per_doc(doc, "sentenced_verbs", lambda d: tuple(
        i for i, w in enumerate(lowers(d)) if w in SENTENCE_FORMS and d[i].pos_ == "VERB"))
