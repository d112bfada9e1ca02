"""Split article text into the paragraphs that are parsed on their own.

Parsing paragraph by paragraph keeps sentences and entities from running across headlines and
blank lines ("Trump Election\\n\\nWASHINGTON" is not one entity). Inside a block, a hard line break
is joined with a space when the sentence runs on (newscast scripts break lines mid-sentence) and
kept as a boundary when the line is a complete header line (a stack of page-header lines is not
one sentence). Page furniture (banners, copyright lines, contact lines) is dropped, and Title Case
headlines get the case of running text, so the tagger reads them as sentences. Every offset stays
valid: a Paragraph's text has the length of the article slice it stands for.

>>> [p.text for p in paragraphs("Sessions Meets Russian Envoy\\n\\nSessions met\\nKislyak.")]
['Sessions meets Russian envoy', 'Sessions met Kislyak.']
>>> [p.text for p in paragraphs("FOR IMMEDIATE RELEASE\\nWWW.USDOJ.GOV\\n\\nFisher said it.")]
['Fisher said it.']
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable

from graphbuild.ingest.furniture import CONTACT, furniture_flags
from graphbuild.knowledge.names import is_title_word
from graphbuild.ingest.headlines import (body_vocabulary, is_headline, is_shouted, is_stop_word, sentence_case,
                                         title_case)
from graphbuild.records import Paragraph

BLANK_LINES = re.compile(r"\n[ \t\f\v]*\n\s*")
MAX_PARAGRAPH_CHARS = 20_000  # longer blocks (no blank lines at all) are cut at sentence ends
# A line ending like this runs on into the next line (a sentence cut by a hard line break).
RUN_ON_END = re.compile(r"(?:\b[a-z][\w'\u2019]*|[,;:(\[\u2013\u2014-]|\bI|\bI'm|\bI\u2019m)$")
# Honorifics that a hard line break may separate from the name they belong to ("Mr.\nObama").
TITLE_ABBREVIATION_END = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|St|Hon|"
                                    r"Prof|Rev|Pres|Sec|Amb|Adm|Maj|Cmdr|Supt|Insp)\.$")
PROSE_LINE_CHARS = 40  # a line this long that reads as prose was cut by a fixed-width wrap
# A sentence end: . ! or ? (and closing quotes), then space, then what starts a sentence.
SENTENCE_CUT = re.compile(r"[.!?][\"'\u201d\u2019)]*(\s+)(?=[A-Z0-9\"'\u201c\u2018(\u00a9])")


def paragraphs(text: str, keep_furniture: bool = False,
               is_word: Callable[[str], bool] | None = None) -> list[Paragraph]:
    """The paragraphs of an article to parse, in order, with their offsets.

    Blocks are split at blank lines and at header-line breaks; page furniture is dropped unless
    `keep_furniture`; Title Case headlines are set in sentence case (same length). `is_word`
    tells common English words (default: the installed spaCy model's word lists).
    """
    found = [piece for start, end in _blocks(text) for piece in _lines_of_block(text, start, end)]
    if not keep_furniture:
        found = without_furniture(found)
    return _case_headlines(found, is_word)


def without_furniture(found: list[Paragraph]) -> list[Paragraph]:
    """The paragraphs with page furniture cut out by line or sentence, never a whole paragraph
    of prose for one sentence of clutter.

    A one-line paragraph is judged as a whole (a header or footer line). A paragraph of several
    sentences that reads as furniture as a whole (a JSONL record's one-line article ending in
    "All rights reserved.") loses only its sentences that are furniture when each sentence is
    judged in the article's run of sentences; the rest is kept, cut where the furniture was.

    >>> story = ("Sessions met Kislyak twice in 2016, the Justice Department said on "
    ...          "Wednesday. Franken asked Sessions about it. All rights reserved.")
    >>> [p.text for p in without_furniture([Paragraph(0, story)])]
    ['Sessions met Kislyak twice in 2016, the Justice Department said on Wednesday. Franken asked Sessions about it.']
    """
    whole = furniture_flags([p.text for p in found])
    if not any(whole):
        return found
    units = [(i, unit) for i, p in enumerate(found) for unit in sentence_units(p)]
    split = {i for i, p in enumerate(found) if whole[i]} & \
        {i for i, n in Counter(i for i, _ in units).items() if n > 1}
    if not split:
        return [p for p, furniture in zip(found, whole) if not furniture]
    unit_flags = furniture_flags([unit.text for _, unit in units])
    kept: list[Paragraph] = []
    run: list[Paragraph] = []   # consecutive kept sentences of one paragraph, joined again
    previous = -1
    for (i, unit), furniture in zip(units, unit_flags):
        drop = furniture if i in split else whole[i]
        if run and (drop or i != previous):
            kept.append(_joined(found[previous], run))
            run = []
        if not drop:
            run.append(unit)
        previous = i
    if run:
        kept.append(_joined(found[previous], run))
    return kept


def sentence_units(paragraph: Paragraph) -> list[Paragraph]:
    """A paragraph cut after each sentence end that a capital, digit or quote follows, and
    after each web address, e-mail address or phone number (a press release's header run into
    its first sentence): a cheap cut, good enough to tell furniture from the story around it.

    >>> [u.text for u in sentence_units(Paragraph(5, "He met Mr. Kislyak. (c) 2017 CBS."))]
    ['He met Mr. Kislyak.', '(c) 2017 CBS.']
    >>> [u.text for u in sentence_units(Paragraph(0, "WWW.USDOJ.GOV TDD (202) 514-1888 Four"))]
    ['WWW.USDOJ.GOV TDD (202) 514-1888', 'Four']
    """
    text = paragraph.text
    cuts = [(m.start(1), m.end(1)) for m in SENTENCE_CUT.finditer(text)
            if not TITLE_ABBREVIATION_END.search(text[max(0, m.start(1) - 8):m.start(1)])]
    cuts += [(m.end(), m.end() + len(space.group())) for m in CONTACT.finditer(text)
             if (space := _SPACE.match(text, m.end()))]
    units, begin = [], 0
    for end, after in sorted(cuts):
        if end > begin:
            units.append(Paragraph(paragraph.start + begin, text[begin:end]))
        begin = max(begin, after)
    units.append(Paragraph(paragraph.start + begin, text[begin:]))
    return [u for u in units if u.text.strip()]


_SPACE = re.compile(r"\s+")


def _joined(paragraph: Paragraph, run: list[Paragraph]) -> Paragraph:
    """The slice of `paragraph` from the first to the last sentence of `run`."""
    start, end = run[0].start, run[-1].start + len(run[-1].text)
    offset = paragraph.start
    return Paragraph(start, paragraph.text[start - offset:end - offset])


def dropped_chars(text: str, kept: list[Paragraph]) -> int:
    """How many characters of `text` (not counting white space) are in none of the `kept`
    paragraphs: page furniture, and runs too long to be words (see `_flatten`).

    >>> dropped_chars("Watch CBS News\\n\\nSessions met Kislyak.",
    ...               [Paragraph(16, "Sessions met Kislyak.")])
    12
    """
    return visible_chars(text) - sum(visible_chars(p.text) for p in kept)


def visible_chars(text: str) -> int:
    """Characters that are not white space."""
    return len(text) - sum(map(text.count, " \n\t\r\f\v\u00a0"))


def furniture(text: str) -> list[Paragraph]:
    """The paragraphs of an article that `paragraphs` drops as page furniture (to inspect rules).

    >>> [p.text for p in furniture("Watch CBS News\\n\\nSessions met Kislyak in July, the "
    ...                            "department said on Thursday in Washington.")]
    ['Watch CBS News']
    """
    found = [piece for start, end in _blocks(text) for piece in _lines_of_block(text, start, end)]
    flags = furniture_flags([p.text for p in found])
    return [p for p, flag in zip(found, flags) if flag]


def _blocks(text: str) -> list[tuple[int, int]]:
    """(start, end) of the blocks between blank lines."""
    spans, start = [], 0
    for match in BLANK_LINES.finditer(text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return spans


def _lines_of_block(text: str, start: int, end: int) -> list[Paragraph]:
    """A block cut at the line breaks where a header line ends (see `runs_on`)."""
    pieces: list[Paragraph] = []
    group_start: int | None = None
    position = start
    lines = text[start:end].split("\n")
    following_lines = _next_nonblank(lines)
    for i, line in enumerate(lines):
        line_start, line_end = position, position + len(line)
        position = line_end + 1
        if line.strip() and group_start is None:
            group_start = line_start
        following = following_lines[i]
        if group_start is not None and (following is None or not runs_on(line, following)):
            pieces.extend(_block(text, group_start, line_end))
            group_start = None
    return pieces


def _next_nonblank(lines: list[str]) -> list[str | None]:
    """For each line, the next line with text (None after the last): one backward pass, so a
    block of 100k short lines (a log or CSV saved as .txt) is not quadratic."""
    result: list[str | None] = [None] * len(lines)
    following: str | None = None
    for i in range(len(lines) - 1, -1, -1):
        result[i] = following
        if lines[i].strip():
            following = lines[i]
    return result


def runs_on(line: str, following: str) -> bool:
    """Whether a hard line break falls inside a sentence, so the two lines are one paragraph.

    >>> runs_on("The White House says", "President Barack Obama plans a visit.")
    True
    >>> runs_on("FOR IMMEDIATE RELEASE", "FRIDAY, AUGUST 17, 2007")
    False
    >>> runs_on("CBS News App Open", "Chrome Safari Continue")
    False
    >>> runs_on("The premier met the Vice", "President on Monday."), runs_on("Mayor Names "
    ...         "New Police Chief", "DALLAS - The mayor named a new chief.")
    (True, False)
    >>> runs_on("Police in the capital detained the former President Ana", "Ruiz on Monday.")
    True
    """
    line, following = line.strip(), following.strip()
    if not line:
        return False
    if following[:1].islower():
        return True
    if RUN_ON_END.search(line) or TITLE_ABBREVIATION_END.search(line):
        return True
    if _ends_in_title(line) and _lowercase_content_words(line):
        return True  # "Netanyahu met U.S. Vice" | "President Joe Biden": a title cut in two
    first = following.split()[0] if following.split() else ""
    if len(line) >= PROSE_LINE_CHARS and len(_lowercase_content_words(line)) >= 2 and \
            line[-1] not in ".!?\"'\u201d\u2019:" and not first.isupper():
        return True  # "police detained former President Luiz Inacio" | "Lula da Silva for"
    return len(line) >= PROSE_LINE_CHARS and _reads_as_prose(line) and line[-1] not in ".!?\"'”’"


def _ends_in_title(line: str) -> bool:
    words = line.split()
    return bool(words) and words[-1][:1].isupper() and is_title_word(words[-1])


def _lowercase_content_words(line: str) -> list[str]:
    """Words in lowercase that are not function words ("met"): a Title Case headline or header
    line writes only its small words in lowercase."""
    return [w for w in re.findall(r"[^\W\d_][\w'\u2019-]*", line)
            if w[0].islower() and not is_stop_word(w)]


def _reads_as_prose(line: str) -> bool:
    """Most words start lowercase (header and headline lines are Title Case or capitals)."""
    words = [w for w in re.findall(r"[^\W\d_][\w'\u2019.-]*", line) if len(w) > 3]
    return bool(words) and sum(w[0].islower() for w in words) * 2 >= len(words)


def _block(text: str, start: int, end: int) -> list[Paragraph]:
    raw = text[start:end]
    stripped = raw.strip()
    if not stripped:
        return []
    start += len(raw) - len(raw.lstrip())
    raw = stripped
    pieces: list[Paragraph] = []
    while len(raw) > MAX_PARAGRAPH_CHARS:
        cut = _cut_point(raw, MAX_PARAGRAPH_CHARS)
        pieces.append(Paragraph(start, _flatten(raw[:cut])))
        rest = raw[cut:]
        start += cut + len(rest) - len(rest.lstrip())
        raw = rest.lstrip()
    if raw:
        pieces.append(Paragraph(start, _flatten(raw)))
    return [p for p in pieces if p.text.strip()]  # a block of blanked runs has nothing to parse


def _cut_point(raw: str, limit: int) -> int:
    """Where to cut an over-long block: after the last sentence end or line break before limit."""
    for sep in (". ", "\n", " "):
        cut = raw.rfind(sep, 0, limit)
        if cut > limit // 2:
            return cut + 1
    return limit


def _flatten(block: str) -> str:
    """Hard line breaks and tabs become spaces (same length, so offsets stay valid).

    Runs of LONG_RUN_CHARS or more characters without a space are blanked too: no name is that
    long (they are data URIs, separator lines, emoji strings), and spaCy's tokenizer takes time
    quadratic in their length when they split into many tokens ("=" * 20000: 100 s).

    >>> _flatten("a\\n" + "=" * 120 + " b") == "a " + " " * 120 + " b"
    True
    """
    return _LONG_RUN.sub(lambda m: " " * len(m.group()), block.translate(_FLATTEN))


LONG_RUN_CHARS = 100
_LONG_RUN = re.compile(r"[^\s]{%d,}" % LONG_RUN_CHARS)


_FLATTEN = str.maketrans({"\n": " ", "\t": " ", "\r": " ", "\f": " ", "\v": " ",
                          "\u00a0": " "})


def _case_headlines(found: list[Paragraph], is_word: Callable[[str], bool] | None
                    ) -> list[Paragraph]:
    """Set Title Case headlines in sentence case, judged against the article's running text."""
    shouted = [is_shouted(p.text) for p in found]
    heads = [s or is_headline(p.text) for p, s in zip(found, shouted)]
    if not any(heads):
        return found
    vocabulary = body_vocabulary([p.text for p, head in zip(found, heads) if not head])
    cased = []
    for p, head, shout in zip(found, heads, shouted):
        text = title_case(p.text, vocabulary) if shout else p.text
        cased.append(Paragraph(p.start, sentence_case(text, vocabulary, is_word)) if head else p)
    return cased
