"""Acronym pairing (pure): table of pairs and non-pairs, offsets, and properties."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pipeline.lang.acronyms import (
    find_acronym_pairs,
    initials_coverage,
    is_common_noun_phrase,
    is_short_form,
    match_long_form,
)

PAIRS = [
    (
        "The Harbour Safety Authority (HSA) issued a warning.",
        "HSA",
        "Harbour Safety Authority",
    ),
    ("Lagos's National Grain Board (NGB) said so.", "NGB", "National Grain Board"),
    (
        "officials of the Ministry of Roads and Ports (MRP) met",
        "MRP",
        "Ministry of Roads and Ports",
    ),
    ("the Office for Budget Control ( OBC ) said", "OBC", "Office for Budget Control"),
    ("NGB (National Grain Board) said so.", "NGB", "National Grain Board"),
    (
        "a memorandum of understanding (MoU) was signed",
        "MoU",
        "memorandum of understanding",
    ),
    ("Pacific Rail Freight Co (PRF) shares fell", "PRF", "Pacific Rail Freight Co"),
    ("the U.S. Coast Guard (USCG) said", "USCG", "U.S. Coast Guard"),
    # The acronym of the name in its own language: the same initials, in another
    # order.
    (
        "a candidate of the Civic Renewal Party (PRC) said",
        "PRC",
        "Civic Renewal Party",
    ),
    (
        "talks with the Popular Armed Forces of Veloria (FAPV) resumed",
        "FAPV",
        "Popular Armed Forces of Veloria",
    ),
    ("PRC (Civic Renewal Party) candidate", "PRC", "Civic Renewal Party"),
    # Lower-case words before the name are no part of it, though letters of the
    # short form fall in them; a name's particle is, and so is a camel-case brand.
    (
        "the tax cuts promised by the Civic Renewal Party (PCR) failed",
        "PCR",
        "Civic Renewal Party",
    ),
    ("fighters of the-Veloria Free Army (VFA) said", "VFA", "Veloria Free Army"),
    ("the centre-right Veloria Union (VU) won", "VU", "Veloria Union"),
    ("the wing,-Inter-Harbour Relations (IHR) said", "IHR", "Inter-Harbour Relations"),
    ("shares of van Varn Holdings (VVH) rose", "VVH", "van Varn Holdings"),
    ("a new iVarn Gold Trust (IGT) fund", "IGT", "iVarn Gold Trust"),
    ("the-Varnton Freedom Network-(VFN) said", "VFN", "Varnton Freedom Network"),
]

NOT_PAIRS = [
    "LONDON (Reuters) - Shares fell.",
    "Prices rose (about 3 percent) on Monday.",
    "The bank (BNK) raised rates.",
    "He scored twice (2-1) for the visitors.",
    "Alpha Beta Gamma (XYZ) said nothing.",
    # Another order needs every initial and no other: not one letter more or less,
    # and not a two-letter short form.
    "the Civic Renewal Party (PRK) said",
    "the Civic Renewal Union Party (PRC) said",
    "the Renewal Party (PR) said",
    "known as VAT (for Veloria, Aldmark and Tessin) in trade",
    "",
    "(((",
]


@pytest.mark.parametrize(("text", "short", "long"), PAIRS)
def test_pairs_are_found_with_exact_offsets(text, short, long):
    pairs = find_acronym_pairs(text)
    assert [(p.short, p.long) for p in pairs] == [(short, long)]
    p = pairs[0]
    assert text[p.short_start : p.short_end] == short
    assert text[p.long_start : p.long_end] == long


@pytest.mark.parametrize("text", NOT_PAIRS)
def test_non_pairs_give_nothing(text):
    assert find_acronym_pairs(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("AIS", True),
        ("MoU", True),
        ("U.S.", True),
        ("G7", False),
        ("Reuters", False),
        ("X", False),
        ("ABCDEFGHIJK", False),
        ("two", False),
        ("AB CD", False),
        ("AfD", True),
        ("BaFin", True),
        # camel-case names join words: no acronym
        ("WeWork", False),
        ("PowerPoint", False),
        ("WikiLeaks", False),
    ],
)
def test_is_short_form(text, expected):
    assert is_short_form(text) is expected


@pytest.mark.parametrize(
    ("short", "candidate", "start"),
    [
        ("HSA", "the Harbour Safety Authority", 4),
        ("MoU", "a memorandum of understanding", 2),
        # Not "of Coastal Towns": the word before the minor word starts with O too.
        ("OCT", "the Organisation of Coastal Towns", 4),
        # A minor word may open it when nothing before fits ("of" in "OCT").
        ("OCT", "rows of Coastal Towns", 5),
        ("XYZ", "Alpha Beta Gamma", None),
        ("", "anything", None),
    ],
)
def test_match_long_form(short, candidate, start):
    assert match_long_form(short, candidate) == start


def test_initials_coverage_ignores_minor_words():
    assert initials_coverage("MRP", "Ministry of Roads and Ports") == 1.0
    assert initials_coverage("XYZ", "Alpha Beta Gamma") == 0.0


@pytest.mark.parametrize(
    ("long", "expected"),
    [
        ("memorandum of understanding", True),
        ("letter of intent", True),
        ("Harbour Safety Authority", False),
        ("Ministry of Roads and Ports", False),
    ],
)
def test_common_noun_phrase(long, expected):
    assert is_common_noun_phrase(long) is expected


@given(st.text(max_size=300))
def test_never_raises_and_offsets_point_into_text(text):
    for p in find_acronym_pairs(text):
        assert text[p.short_start : p.short_end] == p.short
        assert text[p.long_start : p.long_end] == p.long
        assert is_short_form(p.short)


@given(st.text(alphabet="ABCabc ()-.'", max_size=80))
def test_never_raises_on_bracket_soup(text):
    find_acronym_pairs(text)
