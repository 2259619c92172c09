"""Boilerplate rules: each id blanks its positive text and leaves its near miss;
blanking keeps length and line breaks, so offsets stay valid."""

from __future__ import annotations

import pytest
from boilerplate_cases import BOILERPLATE_CASES
from hypothesis import given
from hypothesis import strategies as st

from pipeline.lang.boilerplate import blank_boilerplate, compiled, rules


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


def _every_rule_searched(text: str) -> str:
    """What blanking gives when every rule is searched, whatever its `needs`."""
    chars = list(text)
    for _, rx in compiled():
        for m in rx.finditer(text):
            start, end = m.span("blank") if "blank" in rx.groupindex else m.span()
            for i in range(start, end):
                if chars[i] != "\n":
                    chars[i] = " "
    return "".join(chars)


# Pieces of every case, in any case and with the letters `re` folds oddly.
_PIECES = sorted(
    {w for case in BOILERPLATE_CASES.values() for t in case for w in t.split()}
    | {"(c)", "©", "ıNFO", "ſource:", "SHARE", "Provided", "www.x.org", "\n"}
)


@given(
    st.lists(
        st.tuples(
            st.sampled_from(_PIECES), st.sampled_from(["lower", "upper", "same"])
        ),
        max_size=25,
    )
)
def test_needs_never_skip_a_match(parts):
    text = " ".join(getattr(w, how)() if how != "same" else w for w, how in parts)
    assert blank_boilerplate(text)[0] == _every_rule_searched(text)


@pytest.mark.parametrize("rule_id", sorted(BOILERPLATE_CASES))
def test_a_positive_case_holds_what_its_rule_needs(rule_id):
    needs = {rid: n for rid, _, n in rules()}[rule_id]
    text = BOILERPLATE_CASES[rule_id][0].lower()
    assert not needs or any(n in text for n in needs)


def test_needs_must_be_lower_case(tmp_path):
    path = tmp_path / "b.jsonl"
    path.write_text('{"id": "boilerplate:x", "regex": "Foo", "needs": ["Foo"]}\n')
    with pytest.raises(ValueError, match="needs must be a list of lower-case"):
        rules(path)
