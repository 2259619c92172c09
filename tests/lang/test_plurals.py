"""Plural title words: a plural title names several people."""

from __future__ import annotations

import pytest

from pipeline.lang.lexicons import words
from pipeline.lang.plurals import (
    LEXICON,
    plural_title_word,
    singular_title_words,
    title_plurals,
)


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


def test_the_build_keeps_plurals_inflect_reads_back_as_another_title_word():
    pytest.importorskip("inflect")
    built = title_plurals(["professor", "spokesman", "cfo", "boss", "emeritus", ""])
    # irregular and suffixed plurals kept; "bosses" too (a plural of a title word)
    assert {"professors", "spokesmen", "cfos", "bosses"} <= set(built)
    # inflect's "emeritu" is no title word; nothing for the empty word
    assert "emeritus" not in built and "" not in built
    assert built == sorted(built)
    assert title_plurals([]) == []
    # an abbreviation takes its "s" before the dot
    assert title_plurals(["sen.", "rep.", "sens."]) == ["reps.", "sens."]


def test_the_shipped_lexicon_is_what_the_build_gives():
    pytest.importorskip("inflect")
    assert list(words(LEXICON)) == title_plurals(singular_title_words())
