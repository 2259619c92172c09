"""Boilerplate rules: each id blanks its positive text and leaves its near miss;
blanking keeps length and line breaks, so offsets stay valid."""

from __future__ import annotations

import pytest
from boilerplate_cases import BOILERPLATE_CASES
from hypothesis import given
from hypothesis import strategies as st

from pipeline.lang.boilerplate import blank_boilerplate, compiled


@pytest.mark.parametrize("rule_id", sorted(BOILERPLATE_CASES))
def test_positive(rule_id):
    text, gone, _ = BOILERPLATE_CASES[rule_id]
    clean, removed = blank_boilerplate(text)
    assert rule_id in removed
    start = text.index(gone)
    assert clean[start : start + len(gone)].strip() == ""
    assert len(clean) == len(text)


@pytest.mark.parametrize("rule_id", sorted(BOILERPLATE_CASES))
def test_negative(rule_id):
    _, _, near_miss = BOILERPLATE_CASES[rule_id]
    clean, removed = blank_boilerplate(near_miss)
    assert rule_id not in removed and clean == near_miss


def test_every_rule_has_cases():
    assert {rid for rid, _ in compiled()} == set(BOILERPLATE_CASES)


def test_text_around_boilerplate_keeps_its_offsets():
    text = "Amara Okafor spoke.\nFollow us on Twitter.\nKestrel Port reopened."
    clean, _ = blank_boilerplate(text)
    assert clean.index("Kestrel Port") == text.index("Kestrel Port")
    assert clean.count("\n") == text.count("\n")


@given(st.text(max_size=300))
def test_never_raises_and_keeps_length(text):
    clean, removed = blank_boilerplate(text)
    assert len(clean) == len(text) and all(n > 0 for n in removed.values())
    assert [i for i, c in enumerate(clean) if c == "\n"] == [
        i for i, c in enumerate(text) if c == "\n"
    ]


def test_a_link_goes_with_its_query_but_not_the_sentence_end():
    text = "Tolls rose (see https://example.org/tolls?x=1). See www.example.org, too."
    clean, removed = blank_boilerplate(text)
    assert clean == "Tolls rose (see" + " " * 30 + "). See" + " " * 16 + ", too."
    assert removed["boilerplate:link"] == len("https://example.org/tolls?x=1") + len(
        "www.example.org"
    )


def test_an_email_address_goes_and_a_handle_stays():
    text = "Write to amara.okafor@kestrel-port.example today, @KestrelPort says."
    clean, removed = blank_boilerplate(text)
    assert clean == "Write to " + " " * 33 + " today, @KestrelPort says."
    assert removed == {"boilerplate:link": 33}
