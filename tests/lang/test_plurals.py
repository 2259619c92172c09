"""Plural title words: a plural title names several people."""

from __future__ import annotations

import pytest

from pipeline.lang.plurals import plural_title_word


@pytest.mark.parametrize(
    # lexicon titles, irregular plurals, occupations
    "word",
    ["professors", "ceos", "chiefs", "spokesmen", "spokespeople", "journalists"],
)
def test_plurals_of_title_words(word):
    assert plural_title_word(word)


@pytest.mark.parametrize(
    # singular titles ending in -s, an uncountable word, plurals of no title
    "word",
    ["boss", "emeritus", "professor", "information", "campus", "buses", "arts", ""],
)
def test_no_plural_title(word):
    assert not plural_title_word(word)
