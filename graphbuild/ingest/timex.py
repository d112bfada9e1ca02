"""The date a sentence speaks of: its time expression resolved against the article's date.

News dates events relative to the day of publication ("on Thursday", "last year", "in July",
"March 3"). Each expression resolves to one ISO date, the first day of the period it names
("in July" -> July 1, "2016" -> 2016-01-01, "last week" -> seven days before); a month, day or
weekday without a year is the latest one on or before the article's date, or the next one after
it when the sentence speaks of the future ("will", "plans to", "next"). The first expression
of the sentence counts. Without an article date only a date that carries its own year resolves.

>>> sentence_date("Sessions met Kislyak in July.", "2017-03-02")
'2016-07-01'
>>> sentence_date("Sessions said on Thursday that he would recuse himself.", "2017-03-03")
'2017-03-02'
>>> sentence_date("Obama plans to visit Cuba, beginning March 21.", "2016-02-19")
'2016-03-21'
>>> sentence_date("They met last year.", None) is None
True
"""
from __future__ import annotations

import re
from datetime import date, timedelta
from functools import lru_cache

from graphbuild.ingest.dates import MONTH_ABBREVIATIONS, MONTHS

WEEKDAYS = {name: i for i, name in enumerate(
    ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])}
# Month names are matched capitalized only: "may" and "march" are also words.
_MONTH_NAME = (r"(?P<month>(?:January|February|March|April|May|June|July|August|September|"
               r"October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\b\.?)")
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\b"
_YEAR = r"(?P<year>(?:19|20)\d\d)\b"
_NOT_AMOUNT = r"(?<![$\u20ac\u00a3#\d.,])"     # "$2016", "No. 2016", "1,2016" are not years
_UNITS = {"day": 1, "days": 1, "week": 7, "weeks": 7}

# (name, pattern): tried in this order; a match inside an earlier, longer one is skipped.
PATTERNS: list[tuple[str, re.Pattern]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("month day year", re.compile(rf"\b{_MONTH_NAME}\s+{_DAY},?\s+{_YEAR}")),
    ("day month year", re.compile(rf"\b{_DAY}\s+{_MONTH_NAME}\s+{_YEAR}")),
    ("month year", re.compile(rf"\b{_MONTH_NAME},?\s+(?:of\s+)?{_YEAR}")),
    ("month day", re.compile(rf"\b{_MONTH_NAME}\s+{_DAY}(?!\s*(?:,\s*)?\d)")),
    ("day month", re.compile(rf"\b{_DAY}\s+{_MONTH_NAME}")),
    ("month", re.compile(rf"\b(?:(?:[Ii]n|[Ss]ince|[Uu]ntil|[Bb]y|[Dd]uring|[Ee]arly|[Ll]ate|"
                         rf"[Bb]efore|[Aa]fter|[Ff]rom|[Tt]hrough|[Ll]ast|[Tt]his|[Nn]ext)\s+|"
                         rf"[Mm]id-\s*){_MONTH_NAME}")),
    ("year", re.compile(rf"{_NOT_AMOUNT}\b{_YEAR}(?![-\u2013]?\d|\s*%)")),
    ("weekday", re.compile(r"\b(?P<which>(?:last|next|this|on)\s+)?(?P<weekday>(?:Mon|Tues|Wednes|"
                           r"Thurs|Fri|Satur|Sun)day)\b", re.I)),
    ("relative day", re.compile(r"\b(?P<word>today|tonight|yesterday|tomorrow|"
                                r"this (?:morning|afternoon|evening|week))\b", re.I)),
    ("relative period", re.compile(r"\b(?P<which>last|this|next|past)\s+"
                                   r"(?P<unit>week|month|year)\b", re.I)),
    ("ago", re.compile(r"\b(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\s+"
                       r"(?P<unit>days?|weeks?|months?|years?)\s+ago\b", re.I)),
]
FULL_DATES = {"iso", "month day year", "day month year"}
WEEKDAY_GAP = 4   # characters between a weekday and the full date it stands before

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
            "seven": 7, "eight": 8, "nine": 9, "ten": 10}
# The sentence speaks of what is still to come: an undated month or weekday is the next one.
FUTURE = re.compile(r"\b(?:will|shall|'ll|plans?|planned|planning|scheduled|expected|"
                    r"going to|next|upcoming|later this)\b", re.I)


FUTURE_REACH = 30  # characters after an expression a future word may follow it ("On Tuesday, he will")


def speaks_of_future(sentence: str, start: int, end: int) -> bool:
    """Whether the expression at `start:end` is in the future: a future word before it, or
    just after it ("The Council voted Saturday on a resolution that will ..." is the past).

    >>> speaks_of_future("They will meet on Monday.", 15, 24)
    True
    >>> speaks_of_future("They voted Saturday on a resolution that, officials say, will pass.", 11, 19)
    False
    """
    return bool(FUTURE.search(sentence, 0, start) or FUTURE.search(sentence[end:end + FUTURE_REACH]))


def _month(text: str) -> int:
    text = text.rstrip(".").lower()
    return MONTHS.get(text) or MONTH_ABBREVIATIONS[text[:4] if text.startswith("sept") else text[:3]]


def _shift_months(day: date, months: int) -> date:
    """The first day of the month `months` after `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def _undated(month: int, day: int, today: date, future: bool) -> date | None:
    """A month and day without a year: the last one on or before `today`, or the next after."""
    for year in ((today.year, today.year + 1) if future else (today.year, today.year - 1)):
        try:
            found = date(year, month, day)
        except ValueError:
            return None
        if (found >= today) if future else (found <= today):
            return found
    return None


def resolve(kind: str, match: re.Match, today: date | None, future: bool) -> date | None:
    """One matched expression as a date (None if it needs an article date and has none)."""
    groups = match.groupdict()
    if kind in {"iso", "month day year", "day month year", "month year", "year"}:
        year = int(groups["year"])
        month = int(groups["month"]) if kind == "iso" else \
            _month(groups["month"]) if groups.get("month") else 1
        try:
            return date(year, month, int(groups.get("day") or 1))
        except ValueError:
            return None
    if today is None:
        return None
    if kind in {"month day", "day month"}:
        return _undated(_month(groups["month"]), int(groups["day"]), today, future)
    if kind == "month":
        lead = match.group().split()[0].lower()  # "next July"
        return _undated(_month(groups["month"]), 1, today.replace(day=1),
                        future or lead == "next")
    if kind == "weekday":
        which = (groups.get("which") or "").strip().lower()
        target = WEEKDAYS[groups["weekday"].lower()]
        if which == "next" or (future and which != "last"):
            return today + timedelta(days=(target - today.weekday() - 1) % 7 + 1)
        back = (today.weekday() - target) % 7
        return today - timedelta(days=back or (7 if which == "last" else 0))
    if kind == "relative day":
        word = groups["word"].lower()
        return today + timedelta(days={"yesterday": -1, "tomorrow": 1}.get(word, 0))
    if kind == "relative period":
        step = {"last": -1, "past": -1, "this": 0, "next": 1}[groups["which"].lower()]
        unit = groups["unit"].lower()
        if unit == "week":
            return today + timedelta(days=7 * step)
        if unit == "month":
            return _shift_months(today, step)
        return date(today.year + step, 1, 1)
    # "three weeks ago", "a year ago"
    n = int(groups["n"]) if groups["n"].isdigit() else _NUMBERS[groups["n"].lower()]
    unit = groups["unit"].lower()
    if unit in _UNITS:
        return today - timedelta(days=n * _UNITS[unit])
    if unit.startswith("month"):
        return _shift_months(today, -n)
    return date(today.year - n, 1, 1)


def _iso(value: str | None) -> date | None:
    try:
        return date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def time_expressions(sentence: str) -> list[tuple[int, int, str, re.Match]]:
    """Every time expression of a sentence as (start, end, kind, match), in order; one inside
    a longer one found by an earlier pattern is left out ("July 1" of "July 1, 2015")."""
    found: list[tuple[int, int, str, re.Match]] = []
    for kind, pattern in PATTERNS:
        for match in pattern.finditer(sentence):
            start, end = match.span()
            if not any(s < end and start < e for s, e, _, _ in found):
                found.append((start, end, kind, match))
    # "Wednesday, June 26, 2008", "Wednesday - 2002-09-03": the weekday names the full date.
    full = [s for s, _, kind, _ in found if kind in FULL_DATES]
    found = [f for f in found if not (f[2] == "weekday" and any(
        0 <= s - f[1] <= WEEKDAY_GAP and not sentence[f[1]:s].strip(" ,-\u2013\u2014")
        for s in full))]
    return sorted(found, key=lambda f: f[0])


@lru_cache(maxsize=65536)
def sentence_date(sentence: str, article_date: str | None) -> str | None:
    """The ISO date the sentence speaks of, else the article's date, else None.

    Examples
    --------
    >>> sentence_date("The firm pleaded guilty on June 29, 2015.", None)
    '2015-06-29'
    >>> sentence_date("He was elected in 2007.", "2010-02-09")
    '2007-01-01'
    >>> sentence_date("No time is named here.", "2010-02-09")
    '2010-02-09'
    """
    today = _iso(article_date)
    for start, end, kind, match in time_expressions(sentence):
        found = resolve(kind, match, today, speaks_of_future(sentence, start, end))
        if found is not None:
            return found.isoformat()
    return today.isoformat() if today else None
