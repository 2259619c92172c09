"""Bytes to text: UTF-8 when it is, otherwise the encoding charset-normalizer detects."""

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
        best = from_bytes(data).best()
        if best is None:
            raise DecodeError("undecodable: no text encoding fits these bytes") from None
        text, encoding = str(best), best.encoding
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text), encoding
