"""The publication date of an article, from its metadata or its dateline.

Plain-text articles carry no metadata, but news copy states its date near the top
("Wednesday, February 15, 2017", "FRIDAY, AUGUST 17, 2007", "Washington D.C., June 14, 2021 —").

>>> dateline_date("Flynn resigns\\n\\nWednesday, February 15, 2017\\n\\nOn Monday night...")
'2017-02-15'
>>> dateline_date("FOR IMMEDIATE RELEASE\\nFRIDAY, AUGUST 17, 2007")
'2007-08-17'
>>> dateline_date("No date here.") is None
True
"""
from __future__ import annotations

import re
from datetime import date

MONTHS = {name: i for i, name in enumerate(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december"], start=1)}
MONTH_ABBREVIATIONS = {name[:3]: i for name, i in MONTHS.items()} | {"sept": 9}
HEAD_CHARS = 600  # a dateline is at the top; a date further down is an event, not publication

_MONTH = r"(?P<month>[A-Za-z]{3,9})\.?"
_PATTERNS = [
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,\s*(?P<year>(?:19|20)\d\d)\b"),
    re.compile(rf"\b(?P<day>\d{{1,2}})\s+{_MONTH}\s+(?P<year>(?:19|20)\d\d)\b"),
    re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>\d\d)-(?P<day>\d\d)\b"),
]


def _month_number(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    text = text.lower()
    return MONTHS.get(text) or MONTH_ABBREVIATIONS.get(text)


WEEKDAY = re.compile(r"^(mon|tues|wednes|thurs|fri|satur|sun)day,?\s*", re.IGNORECASE)


def _stands_alone(head: str, start: int, end: int) -> bool:
    """Whether a date is its line's only content (a dateline), not part of a sentence or note."""
    line_start = head.rfind("\n", 0, start) + 1
    line_end = head.find("\n", end)
    line_end = len(head) if line_end < 0 else line_end
    before = WEEKDAY.sub("", head[line_start:start].strip())
    return not before.strip(" ,") and not head[end:line_end].strip(" .,")


def dateline_date(text: str) -> str | None:
    """The article's date (ISO 8601) from its head, or None.

    A date alone on its line wins over one inside a sentence or a correction note; otherwise
    the first full date in the head.

    >>> dateline_date("Correction — March 2, 2017\\nWednesday, February 15, 2017\\n\\nText")
    '2017-02-15'
    """
    head = text[:HEAD_CHARS]
    found: list[tuple[bool, int, str]] = []
    for pattern in _PATTERNS:
        for match in pattern.finditer(head):
            month = _month_number(match.group("month"))
            try:
                day = date(int(match.group("year")), month or 0, int(match.group("day")))
            except ValueError:  # not a month name, or no such day
                continue
            alone = _stands_alone(head, match.start(), match.end())
            found.append((not alone, match.start(), day.isoformat()))
    return min(found)[2] if found else None


def normalize_date(value: str | None) -> str | None:
    """An ISO date from metadata such as "2017-03-02T10:00:00Z" or "March 2, 2017"."""
    if not value:
        return None
    value = str(value).strip()
    match = re.match(r"((?:19|20)\d\d-\d\d-\d\d)", value)
    return match.group(1) if match else dateline_date(value)
