"""Speech and claims: "Pelosi said Sessions should resign" links Pelosi to Sessions.

The edge runs from the speaker to each entity the reported clause is about (its subject, or the
agent of a passive: "said the attack was carried out by the PKK"), and its predicate keeps what
was said: "say should resign", "say have obligation". The speech edge is the speaker's act, so its
stance is the speech verb's own ("did not say" negates it); what the clause claims is left to the
triples read inside it, with their own stance.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from graphbuild.extract.mentions.anchors import Anchors
from graphbuild.extract.statements.arguments import Arg, agent_entities, subject_entities, subject_tokens
from graphbuild.extract.statements.negation import DENIAL_VERBS, RETRACTING_ADVERBS, stance
from graphbuild.extract.statements.predicates import join, lemma, verb_phrase
from graphbuild.extract.statements.triples import Statement

if TYPE_CHECKING:
    from collections.abc import Sequence

    from spacy.tokens import Token

SPEECH_VERBS = {"say", "tell", "add", "announce", "state", "claim", "tweet", "post", "write",
                "insist", "argue", "warn", "admit", "acknowledge", "deny", "allege", "report",
                "note", "explain", "suggest", "testify", "confirm", "declare", "contend",
                "assert", "maintain", "indicate", "reveal", "believe", "think", "conclude",
                "predict", "promise", "vow", "pledge", "demand", "recommend", "point",
                "complain", "charge", "accuse", "stress", "emphasize", "emphasise", "reply",
                "respond", "answer", "remark", "observe", "concede", "hint", "signal", "show",
                "find", "agree", "hope", "fear", "expect"}
COMPLEMENT_DEPS = {"ccomp", "parataxis"}
SPEAKER_TYPES = {"PERSON", "ORG", "GPE", "NORP"}
PLACES = {"GPE", "LOC", "FAC"}
# Nouns through which an entity speaks ("a spokeswoman for Sessions", "a Justice Department
# report").
SPEAKER_NOUNS = {"spokesman", "spokeswoman", "spokesperson", "representative", "lawyer",
                 "attorney", "statement", "report", "office", "aide", "official", "officials",
                 # filings speak for who filed them: "the FTC's complaint alleges that ..."
                 "complaint", "indictment", "lawsuit", "suit", "filing", "affidavit", "ruling",
                 "release", "announcement", "letter", "order"}
MODAL_DEPS = {"aux"}
MODAL_WORDS = {"should", "must", "could", "might", "may", "would", "will", "can", "shall"}


def speech_statements(sent: "Sequence[Token]", anchors: Anchors, para: int) -> Iterator[Statement]:
    """Speaker -> entity edges for every speech verb with a reported clause."""
    for verb in sent:
        if verb.pos_ != "VERB" or verb.lemma_.lower() not in SPEECH_VERBS:
            continue
        clauses = _complements(verb)
        if not clauses:
            continue
        speakers, passive = subject_entities(verb, anchors, para)
        speakers += _voices(verb, anchors, para)
        # "officials in Bangladesh said": the place the officials are in does not speak
        speakers = [s for s in speakers if anchors.type_of(s.key) in SPEAKER_TYPES
                    and (not s.via or s.via.split()[0] in SPEAKER_NOUNS
                         and s.via.split()[1:2] != ["in"])]
        if passive or not speakers:
            continue
        held = stance(verb)
        if held.raised:
            continue
        # "denied that ..." and "falsely told investors that ...": the clause is not the
        # article's claim, so the edge is the bare speech verb.
        denial = verb.lemma_.lower() in DENIAL_VERBS or \
            any(c.lower_ in RETRACTING_ADVERBS for c in verb.children)
        for clause in clauses:
            quoted = _quoted(clause)
            # "denied that the company had discussed prices": the clause is denied (its triple
            # comes out negated), so the speech edge is the bare "deny", never "deny discuss",
            # which a reader would take for the discussion asserted.
            content = "" if denial else _content_phrase(clause)
            about, _ = subject_entities(clause, anchors, para)
            about = [a for a in about + agent_entities(clause, anchors, para) if not a.via
                     and not (quoted and _described(clause.doc[a.token_i], anchors, para))]
            voices = {s.key for s in speakers}
            for speaker in speakers:
                for topic in about:
                    # "Traore said Mali would know ...": a place the clause is about is no
                    # one the speaker relates to; the clause's own triples say what it does
                    if topic.key not in voices and anchors.type_of(topic.key) not in PLACES:
                        yield Statement(speaker.key, join(verb_phrase(verb), content), topic.key,
                                        held, "speech", verb.i)


def _voices(verb: "Token", anchors: Anchors, para: int) -> list[Arg]:
    """Owners of a speaking subject: "the FTC's complaint alleges", "Flynn's lawyer said".

    `subject_entities` leaves a possessive out (a subject's owner does not act for it), but a
    filing or a spokesman does speak for its owner.
    """
    return [Arg(k, lemma(t), c.i) for t in subject_tokens(verb)[0] if lemma(t) in SPEAKER_NOUNS
            for c in t.children if c.dep_ == "poss" and (k := anchors.entity(c, para))]


def _complements(verb: "Token") -> list["Token"]:
    """The verbs of the clauses a speech verb reports ("said [Sessions should resign]")."""
    found = [c for c in verb.children if c.dep_ in COMPLEMENT_DEPS]
    for prep in verb.children:                        # "pointing out that ..." has a particle
        if prep.dep_ == "prt":
            found += [c for c in verb.children if c.dep_ == "ccomp" and c not in found]
    return found


QUOTE_MARKS = {'"', "“", "”", "'", "‘", "’", "``", "''"}


def _quoted(clause: "Token") -> bool:
    """Whether the reported clause is a direct quotation ("The president died," said the
    station; the Kremlin said the president "expressed concern"). A quotation speaks in its
    speaker's terms ("the president", "the meeting"): the speech edge goes only to an entity
    the quote names or a pronoun stands for, not to one coreference guessed for a description.
    """
    doc = clause.doc
    start = max(clause.left_edge.i - 1, 0)
    return any(t.text in QUOTE_MARKS for t in doc[start:clause.i])


def _described(token: "Token", anchors: Anchors, para: int) -> bool:
    """Whether the token refers by a description ("the president"), not a name or pronoun."""
    return token.pos_ != "PRON" and anchors.entity(token, para, coref=False) is None


def _content_phrase(clause: "Token") -> str:
    """What the clause says, short: "should resign", "not fit", "carry out"."""
    modals = [c.lower_ for c in clause.children if c.dep_ in MODAL_DEPS and c.lower_ in MODAL_WORDS]
    denied = any(c.dep_ == "neg" or c.lower_ == "never" for c in clause.children)
    negation = ["not"] if denied else []
    head = verb_phrase(clause)
    for child in clause.children:           # "agreed to plead guilty": what was agreed
        if child.dep_ == "xcomp" and child.pos_ == "VERB" and \
                child.lemma_.lower() not in {"make", "take", "have", "give", "do", "get"} and \
                any(c.dep_ == "aux" and c.lower_ == "to" for c in child.children):
            head = join(head, "to", verb_phrase(child))
            break
    if clause.lemma_.lower() == "be":
        complement = [c for c in clause.children if c.dep_ in {"acomp", "attr"}]
        if complement:
            head = join("be", lemma(complement[0]))
    return join(*modals, *negation, head)
