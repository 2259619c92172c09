"""Publication dates: every form the inputs use, and junk that must read as unknown."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.ingest.published import parse_published


@pytest.mark.parametrize(
    "value, expected",
    [
        ("2024-11-15", "2024-11-15"),
        ("2024-06-20T09:30:00Z", "2024-06-20"),
        ("2017/2/7", "2017-02-07"),
        ("  2016/12/30 7:11", "2016-12-30"),
        ("Nov. 15, 2024", "2024-11-15"),
        ("15 November 2024", "2024-11-15"),
        ("11/15/2024", "2024-11-15"),
        ("15/11/2024", "2024-11-15"),
        ("2024-02-30", ""),
        ("November 2024", ""),
        ("yesterday", ""),
        ("", ""),
        (None, ""),
        ("not a date", ""),
    ],
)
def test_parse_published(value, expected):
    assert parse_published(value) == expected


@given(st.text())
def test_parse_published_never_raises(value):
    out = parse_published(value)
    assert out == "" or (len(out) == 10 and out[4] == "-" and out[7] == "-")
