"""lang.casing: the common lower-case words lexicon and how it is built."""

from __future__ import annotations

import pytest

from pipeline.lang import casing
from pipeline.lang.lexicons import words


def test_a_word_english_writes_in_lower_case_is_common():
    assert casing.is_common_word("Refugee")
    assert casing.is_common_word("ACCIDENT")
    # Names: capitalised at least as often as not.
    assert not casing.is_common_word("Reuters")
    assert not casing.is_common_word("Apple")
    assert not casing.is_common_word("")


def test_the_lexicon_is_built_from_lower_case_forms_that_outweigh_every_capital():
    table = {
        "refugee": -13.0,
        "Refugee": -16.0,
        "REFUGEE": -19.0,
        "reuters": -16.5,
        "Reuters": -14.3,
        "shout": -12.0,  # capitals outweighed by less than the margin
        "Shout": -12.5,
        "SHOUT": -12.8,
        "zyzzyva": -18.0,  # too rare to matter
        "Zyzzyva": -21.0,
        "glimpse": -12.0,  # never capitalised in the table: nothing to compare
        "re-run": -11.0,  # not one alphabetic word
        "Re-run": -14.0,
    }
    assert casing.common_words(table) == ["refugee"]
    assert casing.common_words({}) == []


def test_the_shipped_lexicon_is_what_the_lookup_tables_give():
    pytest.importorskip("spacy_lookups_data")
    assert list(words(casing.LEXICON)) == casing.common_words(casing._lookup_table())
