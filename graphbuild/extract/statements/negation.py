"""Is a statement asserted, denied, hedged, or merely raised as a possibility?

A relation read off a verb inherits the stance of every clause above it: "Sessions denied
discussing the campaign with anyone" denies the discussion; "if it's true that Sessions failed to
disclose ..." and "allegations that Russia interfered ..." hedge it; "the Russian government could
blackmail Flynn" and "whether Flynn lied to the FBI" do not claim it at all, so such statements
become no edge (the graph says what the article says, and the article does not say these).

`stance(verb)` walks from the verb up through the clauses that govern it and returns a `Stance`.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphbuild.extract.tokens import lowers

if TYPE_CHECKING:
    from spacy.tokens import Token

NEGATION_DEPS = {"neg"}
NEGATIVE_ADVERBS = {"never", "not", "n't", "no longer", "nowhere"}
NEGATIVE_DETERMINERS = {"no"}                     # "has no plans to meet"
# Verbs whose complement did not happen: "failed to disclose", "refused to meet".
NEGATIVE_IMPLICATIVES = {"fail", "refuse", "decline", "neglect", "avoid", "forget", "refrain",
                         "abstain"}
# "stopped short of accusing": a verb that, with "short", says its complement was not done.
SHORT_OF_VERBS = {"stop", "fall", "come"}
# Verbs that deny their complement or object: "denied discussing", "rejected claims that".
DENIAL_VERBS = {"deny", "dispute", "reject", "refute", "rebut", "disavow"}
# "It is not true that ..." denies; "it is not clear whether ..." only leaves open.
TRUTH_WORDS = {"true", "accurate", "correct", "right", "so", "case"}
FALSITY_WORDS = {"false", "untrue", "wrong", "inaccurate", "baseless", "unfounded"}
# "X is said / believed / reported to have met Y": hearsay, hedged.
HEARSAY_VERBS = {"say", "believe", "think", "report", "allege", "rumor", "rumour", "understand",
                 "suspect", "claim", "consider", "know",
                 # "is expected / scheduled to plead guilty": not done yet
                 "expect", "schedule", "set", "slate", "poise"}
# Governors that report a claim rather than a fact: "accused of interfering", "alleged that".
ALLEGATION_WORDS = {"accuse", "allege", "allegation", "claim", "suspect", "suspicion", "rumor",
                    "rumour", "charge", "blame", "report"}
# Verbs and nouns of intention or proposal: what they govern has not happened ("plans to
# visit", "was nominated to be the next chairman", "hopes to sign", "a bid to buy").
INTENTION_WORDS = {"plan", "intend", "hope", "want", "wish", "seek", "aim", "propose",
                   "nominate", "prepare", "try", "attempt", "threaten", "vow", "pledge",
                   "promise", "aspire", "intention", "proposal", "bid", "nomination", "offer",
                   "effort"}
# Verbs that ask, invite, permit or work toward what their infinitive says, which is thereby
# not said to happen: "invited Japan to take part", "the deal lets Japan export to India",
# "will work together to defeat", "urged Lee to resign".
DIRECTIVE_WORDS = {"invite", "ask", "urge", "encourage", "request", "press", "pressure",
                   "advise", "call", "challenge", "beg", "implore", "exhort", "persuade",
                   "let", "allow", "permit", "enable", "authorize", "authorise", "empower",
                   "possible", "work", "strive", "struggle", "endeavor", "endeavour", "need",
                   "able", "free", "eligible", "ready", "willing", "likely", "set", "due"}
# A clause that is only the topic of talk or of a text ("talked about Russia invading Ukraine",
# "the agreement deals with Japan exporting to India"): not said to happen.
TOPIC_PREPOSITIONS = {"about", "regarding", "concerning", "on", "over"}
TOPIC_VERBS = {"deal", "concern", "cope"}
# Verbs of pretence: "posing as a buyer" says what the subject is not.
PRETENCE_VERBS = {"pose", "pretend", "masquerade", "impersonate", "feign", "purport"}
# Verbs that report someone's claim: the clause they govern is the speaker's, not the article's
# ("officials say X funded Y"). Factive verbs ("announce", "confirm", "reveal") are not here:
# they present the clause as fact.
REPORTING_VERBS = {"say", "tell", "claim", "allege", "believe", "think", "suggest", "insist",
                   "argue", "contend", "assert", "maintain", "report", "testify", "speculate",
                   "estimate", "predict", "tweet", "write", "add", "state", "warn", "fear"}
HEDGE_ADVERBS = {"allegedly", "reportedly", "purportedly", "supposedly", "apparently",
                 "possibly", "perhaps", "maybe", "probably", "likely", "seemingly"}
HEDGE_ADJECTIVES = {"alleged", "suspected", "reported", "possible", "potential", "purported"}
# Modal verbs of mere possibility: "could blackmail", "might have met".
POSSIBILITY_MODALS = {"could", "might", "may"}  # not "would": reported future ("said it would")
# Modals of the future: what they say has not happened ("would meet", "will sign").
FUTURE_MODALS = {"will", "would", "shall", "'ll", "wo"}
# Subordinators that leave the clause open: "whether Flynn lied".
OPEN_MARKERS = {"whether"}
CONDITIONAL_MARKERS = {"if", "unless"}
# "This article incorrectly said ...": a correction retracts what follows.
RETRACTING_ADVERBS = {"incorrectly", "erroneously", "mistakenly", "wrongly", "falsely",
                      "wrongfully"}
# Who corrects itself: "This article incorrectly said", "an earlier version wrongly stated", "we".
# "X falsely told investors that ..." denies X's claim in its own sentence, but retracts nothing
# the article said elsewhere.
SELF_REFERENCES = {"article", "story", "report", "version", "post", "item", "we", "headline"}
# Dependencies through which a clause governs the verb below it.
CLAUSE_DEPS = {"xcomp", "ccomp", "advcl", "pcomp", "acl", "relcl", "conj", "csubj", "csubjpass",
               "oprd", "pobj", "prep", "dobj", "attr", "nsubj", "nsubjpass", "appos",
               "acomp",                 # "is expected to plead guilty [acomp] to defrauding"
               "parataxis"}             # "X funded Y, officials say"
MAX_DEPTH = 8


@dataclass(frozen=True)
class Stance:
    """How the article holds a statement: asserted unless negated, hedged, or only raised.

    Negated and hedged may hold together: "if it's true that Sessions failed to disclose his
    meeting" conditionally denies the disclosure.
    """

    negated: bool = False
    hedged: bool = False
    raised: bool = False        # a possibility or open question: not a claim, so not an edge
    retracted: bool = False     # the article corrects itself ("incorrectly said")

    @property
    def asserted(self) -> bool:
        return not (self.negated or self.hedged or self.raised)


def local_flags(word: "Token") -> tuple[bool, bool, bool, bool]:
    """(negated, hedged, raised, retracted) marks on one word of the chain.

    One pass over the children, each read once: this runs for every word above every verb.
    """
    verbal = word.pos_ in {"VERB", "AUX"}
    negated = hedged = raised = retracted = False
    for c in word.children:
        dep, text = c.dep_, c.lower_
        if dep == "det" and text in NEGATIVE_DETERMINERS and not verbal:
            negated = True                              # "no plans"
        elif verbal and (dep in NEGATION_DEPS or text in {"never", "not", "n't"}):
            negated = True                              # "did not meet"
        elif verbal and dep in {"dobj", "attr"} and any(
                d.dep_ == "det" and d.lower_ in NEGATIVE_DETERMINERS for d in c.children):
            negated = True                              # "has no plans to meet"
        if text in HEDGE_ADVERBS or (dep == "amod" and text in HEDGE_ADJECTIVES):
            hedged = True
        elif verbal and dep == "prep" and text == "as" and word.lemma_.lower() in PRETENCE_VERBS:
            hedged = True                               # "posing as a buyer for X"
        elif dep == "aux" and text in POSSIBILITY_MODALS:
            raised = True
        elif dep == "aux" and text in FUTURE_MODALS:
            hedged = True                               # "would meet", "will sign": not yet
        elif verbal and dep == "acomp" and text == "guilty" and word.lemma_.lower() == "plead" \
                and any(g.dep_ == "neg" for g in c.children):
            hedged = True                               # "pleaded not guilty to defrauding"
        elif dep == "mark":
            raised = raised or text in OPEN_MARKERS
            hedged = hedged or text in CONDITIONAL_MARKERS
        if text in RETRACTING_ADVERBS:
            retracted = True
    return negated, hedged, raised, retracted


def retracted_contents(sent) -> list[frozenset[str]]:
    """What a correction says was wrong: the content words of each "incorrectly said ..." clause.

    >>> import spacy
    >>> nlp = spacy.blank("en")
    >>> retracted_contents(nlp("It was fine.")[:])
    []
    """
    if RETRACTING_ADVERBS.isdisjoint(lowers(sent.doc)[sent.start:sent.end]):
        return []                       # nearly every sentence: one set test, no subtree walks
    found = []
    for verb in sent:
        if any(c.lower_ in RETRACTING_ADVERBS for c in verb.children) and _self_subject(verb):
            for clause in verb.children:
                if clause.dep_ in {"ccomp", "xcomp", "dobj"}:
                    found.append(content_words(clause.subtree))
    return [words for words in found if len(words) >= 3]


def _self_subject(verb: "Token") -> bool:
    """Whether the subject of a retracting verb is the publication itself ("this article")."""
    return any(c.dep_ in {"nsubj", "nsubjpass"} and c.lemma_.lower() in SELF_REFERENCES
               for c in verb.children)


def content_words(tokens) -> frozenset[str]:
    """Lower-case lemmas of the nouns, proper nouns, verbs and adjectives among the tokens."""
    return frozenset(t.lemma_.lower() for t in tokens
                     if t.pos_ in {"NOUN", "PROPN", "VERB", "ADJ"} and not t.is_stop)


def governor_effect(word: "Token", below: "Token", neg: bool) -> tuple[bool, bool, bool]:
    """What a governing word does to the clause below it: (flip negation, hedge, raise)."""
    lemma = word.lemma_.lower()
    dep = below.dep_
    verbal = word.pos_ in {"VERB", "AUX"}
    complements = {c.lemma_.lower() for c in word.children if c.dep_ in {"acomp", "attr"}}
    flip = hedge = raise_ = False
    if lemma in DENIAL_VERBS and dep in {"xcomp", "pcomp", "prep", "ccomp", "dobj"}:
        flip = True                                   # "denied discussing", "rejected claims"
    elif lemma in NEGATIVE_IMPLICATIVES and dep in {"xcomp", "pcomp", "prep"}:
        flip = True                                   # "failed to disclose"
    elif _short_of(word, dep):
        flip = True                                   # "stopped short of accusing"
    elif neg and not verbal and dep in {"acl", "relcl", "ccomp"}:
        flip = True                                   # "no plans to meet", "no evidence that"
    elif neg and verbal and dep == "xcomp":
        flip = True                                   # "did not agree to settle"
    elif neg and verbal and dep in {"ccomp", "acl", "csubj"}:
        if complements & TRUTH_WORDS:
            flip = True                               # "it is not true that"
        else:
            raise_ = True                             # "it's not clear if", "did not say that"
    elif verbal and dep in {"ccomp", "csubj", "nsubj"} and complements & FALSITY_WORDS:
        flip = True                                   # "it is false that", "the idea ... is false"
    if lemma in ALLEGATION_WORDS or _names_charges(word):
        hedge = True                                  # "accused of", "allegations that"
    elif lemma in INTENTION_WORDS and dep in {"xcomp", "acl"} and not flip:
        hedge = True                                  # "plans to visit", "nominated to be"
    elif lemma in DIRECTIVE_WORDS and dep in {"xcomp", "ccomp", "advcl", "acl"} \
            and not flip and (dep == "xcomp" or lemma == "let" or _infinitive(below)):
        hedge = True                                  # "invited X to take part"
    elif dep == "pcomp" and (lemma in TOPIC_PREPOSITIONS or (
            lemma == "with" and word.head.lemma_.lower() in TOPIC_VERBS)):
        hedge = True                                  # "deals with Japan exporting to India"
    elif lemma in PRETENCE_VERBS:
        hedge = True                                  # "pretending to be", "posing as"
    elif verbal and lemma in REPORTING_VERBS and dep in {"ccomp", "parataxis"} \
            and not _self_report(word, below):
        hedge = True                                  # "officials say X funded Y"
    passive = any(c.dep_ == "auxpass" for c in word.children)
    if lemma in HEARSAY_VERBS and dep == "xcomp" and passive:
        hedge = True                                  # "is said to have met"
    return flip, hedge, raise_


def _infinitive(verb: "Token") -> bool:
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def _names_charges(word: "Token") -> bool:
    """"the filing of charges against X for ...": a noun whose "of" names an allegation."""
    return word.pos_ == "NOUN" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(
            g.dep_ == "pobj" and g.lemma_.lower() in ALLEGATION_WORDS for g in c.children)
        for c in word.children)


def _self_report(speech: "Token", clause: "Token") -> bool:
    """Whether a speaker reports their own act ("I met Putin," Trump said; "Flynn told Pence
    he had not discussed ..."): first-hand, so the clause keeps its own stance.

    The clause's subject is "I"/"we", or "he"/"she" after a speaker named by one proper noun
    (the usual reading; "officials said he ..." is someone else's claim).
    """
    subject = next((c for c in clause.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subject is None or subject.pos_ != "PRON":
        return False
    word = subject.lower_
    if word in {"i", "we"}:
        return True
    verb = speech
    for _ in range(3):                  # "Flynn referred to ... and said he had apologized"
        speaker = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if speaker is not None or verb.dep_ not in {"conj", "xcomp", "advcl"}:
            break
        verb = verb.head
    return word in {"he", "she"} and speaker is not None and speaker.pos_ == "PROPN"


def _short_of(word: "Token", dep: str) -> bool:
    """"stopped / fell short of [doing]": the parser hangs "of" on "short" or on the verb."""
    if word.lower_ == "short" and dep == "prep":
        return word.head.lemma_.lower() in SHORT_OF_VERBS
    return word.lemma_.lower() in SHORT_OF_VERBS and dep in {"prep", "pcomp", "advcl"} \
        and any(c.lower_ == "short" for c in word.children)


# Conjunctions of a clause of time: what it dates, in the past, is taken as given, whatever
# the main clause reports, hopes or denies of itself ("once the ODM meets X" is still to come).
TIME_MARKS = {"after", "before", "since", "when", "while", "as"}


def _dated_clause(verb: "Token") -> bool:
    """A clause of time with a subject of its own ("after a quake hit Chile"); "while guiding
    Glenn" borrows its doer and its stance from the clause above."""
    kids = [c.dep_ for c in verb.children if c.dep_ != "mark" or c.lower_ in TIME_MARKS]
    past = verb.tag_ == "VBD" or any(c.dep_ == "aux" and c.tag_ == "VBD" for c in verb.children)
    return past and "mark" in kids and ("nsubj" in kids or "nsubjpass" in kids)


def stance(verb: "Token", stop: "Token | None" = None) -> Stance:
    """The stance of the statement headed by `verb`, from the verb up to the sentence root.

    `stop` (a governing speech verb, say) ends the walk: its own stance is the speaker's.
    """
    negated = hedged = raised = was_retracted = False
    word, below = verb, None
    for _ in range(MAX_DEPTH):
        neg, hed, rai, retracted = local_flags(word)
        if below is None:
            negated ^= neg
        else:
            flip, hed_above, rai_above = governor_effect(word, below, neg)
            negated ^= flip
            hed, rai = hed or hed_above, rai or rai_above
            if retracted:               # "falsely told ... that X": X is denied
                negated = True
                was_retracted = was_retracted or _self_subject(word)
        hedged = hedged or hed
        raised = raised or rai
        if (stop is not None and word == stop) or word.dep_ == "ROOT" or word.head == word:
            break
        if word.dep_ == "relcl":
            break       # "at a time when Russia was accused ...": the main clause's scope ends
        if word.dep_ == "advcl" and _dated_clause(word):
            break       # "300 are reported killed after a quake hit Chile": the quake is fact
        if word.dep_ not in CLAUSE_DEPS:
            break
        below, word = word, word.head
    return Stance(negated=negated, hedged=hedged, raised=raised and not negated,
                  retracted=was_retracted)


def noun_clause_stance(noun: "Token") -> Stance:
    """The stance of a statement a noun names ("meetings with X", "the acquisition of Y").

    The clause's own stance, and what its verb does to the noun: "denied any meetings with X",
    "rejected the acquisition of Y", "avoided contact with X" deny what the noun names.
    """
    below, word = noun, noun.head
    for _ in range(6):
        if word.pos_ in {"VERB", "AUX"} or word.head == word:
            break
        below, word = word, word.head
    if word.pos_ not in {"VERB", "AUX"}:
        return Stance()
    held = stance(word)
    flip, hedge, raise_ = governor_effect(word, below, False)
    negated = held.negated ^ flip
    return Stance(negated=negated, hedged=held.hedged or hedge,
                  raised=(held.raised or raise_) and not negated, retracted=held.retracted)
