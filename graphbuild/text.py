"""Split article text into the paragraphs that are parsed on their own.

Parsing paragraph by paragraph keeps sentences and entities from running across headlines and
blank lines ("Trump Election\\n\\nWASHINGTON" is not one entity). Hard line breaks inside a
paragraph (newscast scripts, e-mail) become spaces, keeping every offset valid.

>>> [p.text for p in paragraphs("Headline\\n\\nSessions met\\nKislyak.")]
['Headline', 'Sessions met Kislyak.']
"""
from __future__ import annotations

import re

from .records import Paragraph

BLANK_LINES = re.compile(r"\n[ \t\f\v]*\n\s*")
MAX_PARAGRAPH_CHARS = 20_000  # longer blocks (no blank lines at all) are cut at sentence ends


def paragraphs(text: str) -> list[Paragraph]:
    """Split text at blank lines into Paragraphs with their offsets; empty blocks are dropped."""
    found: list[Paragraph] = []
    start = 0
    for match in BLANK_LINES.finditer(text):
        found.extend(_block(text, start, match.start()))
        start = match.end()
    found.extend(_block(text, start, len(text)))
    return found


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
    return pieces


def _cut_point(raw: str, limit: int) -> int:
    """Where to cut an over-long block: after the last sentence end or line break before limit."""
    for sep in (". ", "\n", " "):
        cut = raw.rfind(sep, 0, limit)
        if cut > limit // 2:
            return cut + 1
    return limit


def _flatten(block: str) -> str:
    """Hard line breaks and tabs become spaces (same length, so offsets stay valid)."""
    return block.translate(_FLATTEN)


_FLATTEN = str.maketrans({"\n": " ", "\t": " ", "\r": " ", "\f": " ", "\v": " "})
