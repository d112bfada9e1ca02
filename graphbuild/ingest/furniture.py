"""Recognize page furniture: the parts of a saved web page or press release that are not the story.

App and browser prompts, share/subscribe/notification banners, copyright lines, contact and
release headers, navigation and photo credits make junk entities ("CBS News App Open", "Department
of Justice Seal"). They are recognized by general signs, never by the words of one article:

* a copyright line anywhere, and whatever follows it at the end of the page;
* in the page header (before the first paragraph of prose) and footer (after the last one):
  lines with boilerplate vocabulary, contact details (web address, e-mail, phone number),
  bylines, date-only lines, and very short labels (three words or fewer) next to other furniture.

>>> furniture_flags(["Watch CBS News", "Sessions met the ambassador twice last year, the "
...                  "department said on Thursday.", "(c) 2017 CBS News. All rights reserved."])
[True, False, True]
"""
from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[^\W_][\w'\u2019.&-]*")
COPYRIGHT = re.compile(r"\u00a9|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b", re.I)
# Words of web-page and press-release chrome: prompts, banners, navigation, credits.
BOILERPLATE = re.compile(
    r"\b(?:watch|view|listen|subscribe|subscription|newsletters?|sign (?:up|in)|log ?in|"
    r"register|share|tweet|follow us|like us|download|apps?|browsers?|notifications?|alerts?|"
    r"cookies?|advertisement|advertising|sponsored|related|read more|more from|recommended|"
    r"trending|click|tap here|continue reading|continue|print|e-?mail|comments?|"
    r"terms of (?:use|service)|privacy policy|for immediate release|media (?:contact|inquiries)|"
    r"press contact|contact|photos?|image|caption|credit|getty images|logo|seal|skip to|menu|"
    r"back to top|open in|chrome|safari|firefox|(?:additional )?reporting by|editing by|"
    r"writing by|compiled by|contributed to this report)\b", re.I)
CONTACT = re.compile(r"\bwww\.|https?://|\b[\w.-]+@[\w-]+\.\w+|"
                     r"\(?\b\d{3}\)?[ .-]\d{3}[ .-]\d{4}\b", re.I)
# A bare web address in lowercase ("sec.gov"); "Amazon.com" with a capital is a company.
BARE_DOMAIN = re.compile(r"(?<![\w.])[a-z0-9-]+\.(?:com|gov|org|net|edu)\b")
DATE_WORDS = re.compile(
    r"\b(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|"
    r"updated|published|posted|last|modified|am|pm|a\.m|p\.m|et|est|edt|ct|cst|cdt|pt|pst|"
    r"pdt|gmt|utc|bst|cet|\d{1,2}:\d{2}|\d+(?:st|nd|rd|th)?)\b\.?", re.I)
# "By Sarah Miller, Business Reporter": the byline names the writer, not the story's people.
BYLINE = re.compile(r"^(?:by|from)\s+[A-Z][\w'.-]+(?:\s+[A-Z][\w'.-]+){0,3}\s*(?:,|$|\band\b)",
                    re.I)
SENTENCE_END = re.compile(r"[.!?][\"'\u201d\u2019)]*(?:\s|$)")
PROSE_WORDS = 10          # a paragraph of prose has at least this many words and a sentence end
SHORT_LINE_WORDS = 3      # header/footer lines this short are labels, not news
BANNER_WORDS = 8          # one boilerplate word marks a header/footer line up to this long
MAX_BANNER_WORDS = 25     # two boilerplate words mark a line up to this long


def furniture_flags(texts: list[str]) -> list[bool]:
    """For each paragraph of a page, in order, whether it is furniture."""
    flags = [bool(COPYRIGHT.search(t)) for t in texts]
    reads_as_prose = [is_prose(t) for t in texts]
    _flag_tail_after_copyright(flags, reads_as_prose)
    prose = [i for i, t in enumerate(texts) if not flags[i] and reads_as_prose[i]]
    first, last = (prose[0], prose[-1]) if prose else (len(texts), -1)
    edge = [i < first or i > last for i in range(len(texts))]
    for i, text in enumerate(texts):
        if not flags[i] and edge[i] and is_furniture_line(text):
            flags[i] = True
    # A label of a few words is furniture only among furniture ("CRM" between a web address
    # and a phone number); alone it may be a short headline.
    changed = True
    while changed:
        changed = False
        for i, text in enumerate(texts):
            if flags[i] or not edge[i] or not is_short_label(text):
                continue
            if (i > 0 and flags[i - 1]) or (i + 1 < len(texts) and flags[i + 1]):
                flags[i] = changed = True
    return flags


def _flag_tail_after_copyright(flags: list[bool], prose: list[bool]) -> None:
    """A copyright line that ends the story (in the last third of the page, or with no prose
    after it) makes what follows page chrome. (`prose`: whether each paragraph is prose.)"""
    last_prose = max((i for i, p in enumerate(prose) if p), default=-1)
    copyright_lines = [i for i, f in enumerate(flags) if f and (
        i >= 2 * len(flags) / 3 or last_prose <= i)]
    if copyright_lines:
        for i in range(copyright_lines[0] + 1, len(flags)):
            flags[i] = True


@lru_cache(maxsize=1 << 14)  # pure; ingest, headlines and extraction all ask it
def is_prose(text: str) -> bool:
    """A paragraph of running text: enough words, a sentence end, not a banner."""
    words = WORD.findall(text)
    return (len(words) >= PROSE_WORDS and bool(SENTENCE_END.search(text))
            and len(BOILERPLATE.findall(text)) < 2)


def is_furniture_line(text: str) -> bool:
    """Whether a header or footer line is furniture rather than a headline or a dateline.

    >>> is_furniture_line("FOR IMMEDIATE RELEASE")
    True
    >>> is_furniture_line("TDD (202) 514-1888")
    True
    >>> is_furniture_line("FRIDAY, AUGUST 17, 2007")
    True
    >>> is_furniture_line("Four Defendants Sentenced in Municipal Bribery and Wire Fraud Conspiracy")
    False
    """
    words = WORD.findall(text)
    hits = len(BOILERPLATE.findall(text))
    if CONTACT.search(text) or BARE_DOMAIN.search(text) or is_date_line(text) or \
            BYLINE.match(text):
        return True
    return (hits >= 1 and len(words) <= BANNER_WORDS) or (hits >= 2 and len(words) <= MAX_BANNER_WORDS)


def is_short_label(text: str) -> bool:
    """Three words or fewer, without a sentence end ("CRM", "Chrome Safari Continue")."""
    return len(WORD.findall(text)) <= SHORT_LINE_WORDS and not SENTENCE_END.search(text)


@lru_cache(maxsize=1 << 14)
def is_date_line(text: str) -> bool:
    """A line that is a date, perhaps with one label word ("Correction - March 2, 2017")."""
    if not DATE_WORDS.search(text):
        return False
    rest = WORD.findall(DATE_WORDS.sub(" ", text))
    return len(rest) <= 1
