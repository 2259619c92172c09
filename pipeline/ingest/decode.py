"""Bytes to text: a byte-order mark when there is one, then UTF-8 when it is, otherwise
the encoding charset-normalizer detects.
"""

from __future__ import annotations

import codecs
import io
import unicodedata
from pathlib import Path
from typing import BinaryIO

from charset_normalizer import from_bytes


class DecodeError(ValueError):
    """The bytes are not text (binary) or no encoding decodes them."""


# A byte-order mark names the encoding outright. UTF-32 first: its little-endian
# mark begins with UTF-16's.
BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
SNIFF_BYTES = 8192
# How much of a large file charset-normalizer sees when it is not UTF-8.
DETECT_BYTES = 4 * 2**20
BINARY_MESSAGE = "binary content (NUL or control bytes), not text"


def bom_encoding(head: bytes) -> str | None:
    """The UTF-16/UTF-32 encoding a byte-order mark at the start of `head` names, or
    None.
    """
    for bom, encoding in BOMS:
        if head.startswith(bom):
            return encoding
    return None


def looks_binary(data: bytes) -> bool:
    """True when over a tenth of the first 8 KB are control bytes (NUL included), as in
    binary files.

    A stray NUL in text is not enough: it is kept and replaced later
    (`pipeline.records.clean_text`), wherever in the file it is.
    """
    sample = data[:SNIFF_BYTES]
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


def _normalize(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return unicodedata.normalize("NFC", text)


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Return (text, encoding): a UTF-16/32 byte-order mark, else UTF-8 (with or
    without BOM), else detection.

    Text is NFC-normalized and line endings become "\\n" so offsets do not
    depend on how a file was saved. Raises DecodeError for binary data.
    """
    bom = bom_encoding(data)
    if bom is not None:
        for encoding in (bom, "utf-16") if bom == "utf-32" else (bom,):
            try:
                return _normalize(data.decode(encoding)), encoding
            except UnicodeDecodeError:
                continue
        raise DecodeError(f"undecodable: the {bom.upper()} byte-order mark lies")
    if looks_binary(data):
        raise DecodeError(BINARY_MESSAGE)
    try:
        text, encoding = data.decode("utf-8-sig"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = _detect(data)
    return _normalize(text), encoding


def _is_utf8(fh: BinaryIO, chunk: int = 2**20) -> bool:
    """True when the whole stream decodes as UTF-8 (read in chunks: memory stays
    flat).
    """
    decoder = codecs.getincrementaldecoder("utf-8")()
    try:
        while block := fh.read(chunk):
            decoder.decode(block)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


def stream_encoding(path: Path) -> str:
    """The encoding to read the file at `path` with, decided without reading it whole.

    A byte-order mark, else UTF-8 when every byte is (checked in chunks), else
    what detection makes of the first 4 MB. Raises DecodeError for binary
    files and OSError when unreadable.
    """
    with open(path, "rb") as fh:
        head = fh.read(DETECT_BYTES)
        bom = bom_encoding(head)
        if bom is not None:
            return bom
        if looks_binary(head):
            raise DecodeError(BINARY_MESSAGE)
        fh.seek(0)
        if _is_utf8(fh):
            return "utf-8-sig"
    return _detect(head)[1]


def open_text(path: Path, encoding: str) -> io.TextIOWrapper:
    """The file as text: universal newlines ("\\r\\n" and "\\r" read as "\\n", as
    `decode_bytes` does); a byte the encoding lacks reads as U+FFFD (UTF-8 was
    checked whole by `stream_encoding`, so only detected encodings can have one).

    NFC normalization is left to the caller (per field).
    """
    return open(path, encoding=encoding, errors="replace", newline=None)
