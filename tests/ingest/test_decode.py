"""Non-UTF-8 text is decoded by detection; binary data is refused with a reason."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.ingest.decode import DecodeError, decode_bytes

CASES = [
    ("Le président de la Société Générale a parlé à Zürich hier soir.", "latin-1"),
    (
        "Der Präsident sagte am Montag, dass die Gespräche über die Zölle fortgesetzt "
        "würden.",
        "cp1252",
    ),
    (
        "Президент заявил в понедельник, что переговоры продолжатся на следующей "
        "неделе.",
        "cp1251",
    ),
    ("Plain ASCII stays as it is.", "ascii"),
    ("UTF-8 with a BOM: café", "utf-8-sig"),
]


@pytest.mark.parametrize("text, encoding", CASES)
def test_decodes_back_to_the_original(text, encoding):
    assert decode_bytes(text.encode(encoding))[0] == text


def test_line_endings_and_nfc():
    assert decode_bytes("a\r\nb\rc\u0065\u0301".encode())[0] == "a\nb\nc\u00e9"


def test_binary_is_refused():
    with pytest.raises(DecodeError, match="binary"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


@given(st.binary(max_size=300))
def test_never_raises_anything_but_decode_error(data):
    try:
        text, enc = decode_bytes(data)
    except DecodeError:
        return
    assert isinstance(text, str) and enc
