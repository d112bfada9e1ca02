"""Bytes to clean article text: tell text from binary, pick the encoding, remove what
writers reject.

Text is decoded as UTF-8 (with or without a byte-order mark), UTF-16 with a byte-order mark, or
Windows-1252 / Latin-1 when it is not UTF-8. Lone surrogates and control characters, which
XML and UTF-8 writers reject, are replaced one for one so offsets stay valid.
"""
from __future__ import annotations

import codecs
import re

SNIFF_BYTES = 65536        # how much of a file is looked at to tell text from binary
CONTROL_SHARE = 0.05       # more control characters than this and it is not text

# Signatures of binary formats people rename or save as .txt, for a clearer message.
MAGIC = ((b"\x89PNG", "a PNG image"), (b"\xff\xd8\xff", "a JPEG image"), (b"GIF8", "a GIF image"),
         (b"%PDF", "a PDF (extract its text first, e.g. with pdftotext)"),
         (b"PK\x03\x04", "a ZIP archive (.docx, .odt and .epub are ZIP archives)"),
         (b"\x1f\x8b", "gzip-compressed"), (b"BZh", "bzip2-compressed"),
         (b"\xfd7zXZ", "xz-compressed"), (b"\xd0\xcf\x11\xe0", "an old Microsoft Office file"),
         (b"\x7fELF", "a program"), (b"{\\rtf", "an RTF document"))

# Characters replaced one for one: C0/C1 controls (not tab or newline; \r is normalized before),
# Unicode non-characters XML forbids, and lone surrogates (unencodable as UTF-8).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufffe\uffff]")
_SURROGATES = re.compile("[\ud800-\udfff]")
_SPACES = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """Normalize line endings, drop a leading BOM, replace controls and lone surrogates.

    >>> clean_text("\\ufeffA\\r\\nB\\x00C\\ud800")
    'A\\nB C\\ufffd'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").lstrip("\ufeff")
    return _SURROGATES.sub("\ufffd", _CONTROLS.sub(" ", text))


def clean_field(value: object, limit: int = 1000) -> str | None:
    """A metadata value (id, title, date, url) as one clean line of text, or None if empty.

    >>> clean_field("  Sessions\\n  recuses  "), clean_field(""), clean_field(2017)
    ('Sessions recuses', None, '2017')
    """
    if value is None:
        return None
    text = _SPACES.sub(" ", clean_text(str(value))).strip()[:limit]
    return text or None


def binary_reason(data: bytes, allow_nul: bool = False) -> str | None:
    """Why these bytes are not text (None if they may be text). `allow_nul`: a NUL byte alone
    does not make it binary (a JSON Lines file whose tail was zero-filled by a crash).

    >>> binary_reason(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00"), binary_reason(b"Plain text.")
    ('binary file (a PNG image), not text', None)
    """
    for magic, kind in MAGIC:
        if data.startswith(magic):
            return f"binary file ({kind}), not text"
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None  # UTF-16 text is full of NUL bytes
    if not allow_nul and b"\x00" in data[:SNIFF_BYTES]:
        return "binary file, not text"
    return None


def decode_bytes(data: bytes, allow_nul: bool = False) -> str | None:
    """Decode article bytes; None for binary data.

    UTF-8 (a BOM is dropped) and UTF-16 with a BOM; bytes that are not UTF-8 are Windows-1252
    (Latin-1 for the five bytes it leaves undefined) unless they are mostly valid UTF-8 with a
    few broken bytes, which become U+FFFD.

    >>> decode_bytes("Zürich".encode("cp1252")), decode_bytes("\\ufeffZürich".encode("utf-8"))
    ('Zürich', 'Zürich')
    """
    if binary_reason(data, allow_nul):
        return None
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        text = data.decode("utf-16", "replace")
    else:
        text = decode_8bit(data)
    sample = text[:SNIFF_BYTES]
    controls = sum(1 for ch in sample if ord(ch) < 32 and ch not in "\n\r\t\f")
    if sample and controls / len(sample) > CONTROL_SHARE:
        return None
    return text


def decode_8bit(data: bytes) -> str:
    """Bytes without a UTF-16 BOM as text (no binary check): see `decode_bytes`.

    >>> decode_8bit("Köln, Genève, Málaga: ".encode() + b"caf\\xe9")
    'Köln, Genève, Málaga: caf\ufffd'
    """
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    # Mostly UTF-8 with a few broken bytes (a pasted Latin-1 quote) is still UTF-8.
    lenient = data.decode("utf-8-sig", "replace")
    broken = lenient.count("\ufffd") - data.count("\ufffd".encode())
    if sum(1 for ch in lenient if ch > "\x7f") - broken > broken:  # more valid than broken
        return lenient
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:
        return data.decode("latin-1")
