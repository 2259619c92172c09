"""Bytes to text: UTF-8 when it is, otherwise the encoding charset-normalizer
detects.
"""

from __future__ import annotations

import unicodedata

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text (binary) or no encoding decodes them."""


def looks_binary(data: bytes) -> bool:
    """True when the bytes hold NULs or many control characters, as binary files do."""
    if b"\x00" in data[:8192]:
        return True
    sample = data[:8192]
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13))
    return bool(sample) and controls / len(sample) > 0.10


# On short texts detection cannot tell the single-byte Latin code pages apart
# (all decode "é" plausibly); the most common legacy encoding of news text
# wins such ties. Cyrillic, Greek or CJK bytes read as cp1252 look chaotic,
# so detection still picks their real encoding.
PREFERRED_LEGACY = "cp1252"
TIE_MARGIN = 0.05


def _detect(data: bytes) -> tuple[str, str]:
    results = from_bytes(data)
    best = results.best()
    if best is None:
        raise DecodeError("undecodable: no text encoding fits these bytes")
    if best.encoding != PREFERRED_LEGACY:
        preferred = from_bytes(data, cp_isolation=[PREFERRED_LEGACY]).best()
        if preferred is not None and preferred.chaos <= best.chaos + TIE_MARGIN:
            return str(preferred), preferred.encoding
    return str(best), best.encoding


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding). UTF-8 (with or without BOM) first, then detection.

    Text is NFC-normalized and line endings become "\\n" so offsets do not
    depend on how a file was saved. Raises DecodeError for binary data.
    """
    if looks_binary(data):
        raise DecodeError("binary content (NUL or control bytes), not text")
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _detect(data)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text), encoding
