"""A portfolio written as a list of fields (lang.portfolio_lists)."""

from __future__ import annotations

import pytest

from pipeline.lang.portfolio_lists import field_word, fields_to_end, list_end


@pytest.mark.parametrize(
    ("words", "end", "commas"),
    [
        ("Jobs , Enterprise and Innovation Jane Doe", 5, [1]),
        ("Business , Energy and Industrial Strategy", 6, [1]),
        ("Housing , Planning and Local Government said", 6, [1]),
        ("Foreign Affairs , Trade and Development", 6, [2]),
        # an Oxford comma, and three fields
        ("Health , Education , and Science", 6, [1, 3]),
        ("Arts , Heritage , Regional and Rural Affairs", 8, [1, 3]),
        # no comma, no "and", a name, an acronym or "the": no list
        ("Health and Education", 0, []),
        ("Health , Education", 0, []),
        ("Health , Simon Harris and the Taoiseach", 0, []),
        ("Justice , FBI and CIA", 0, []),
        ("Europe , Africa and the Middle East", 0, []),
        ("Trade , and", 0, []),
        ("", 0, []),
    ],
)
def test_a_list_of_fields_ends_after_the_field_its_and_joins(words, end, commas):
    assert list_end(words.split(), 0) == (end, commas)


def test_a_list_read_from_inside_a_sentence_keeps_sentence_indices():
    words = "the Minister for Trade , Tourism and Investment spoke".split()
    assert list_end(words, 3) == (8, [4])


@pytest.mark.parametrize(
    ("word", "fits"),
    [("Energy", True), ("Food", True), ("Cooperation", True), ("energy", False)]
    + [("Harris", False), ("FBI", False), ("2017", False), (",", False)],
)
def test_a_field_word_is_capitalised_and_common(word, fits):
    assert field_word(word) is fits


@pytest.mark.parametrize(
    ("words", "commas"),
    [
        ("for Business , Energy and Industrial Strategy", [2]),
        ("of the Environment , Community and Local Government", [3]),
        ("of The Environment , Food and Rural Affairs", [3]),
        # the list stops short of the end, or is none
        ("for Business , Energy and Strategy of Varnholt", None),
        ("of Justice , FBI and CIA", None),
        ("of Justice", None),
    ],
)
def test_fields_after_of_run_to_the_end(words, commas):
    assert fields_to_end(words.split(), 0) == commas
