"""Segment Docs keep only the words the segment patterns name."""

from __future__ import annotations

import pytest

from pipeline.extract.role_grammar import RELATIONS_JSONL, ROLES_JSONL, load_rules
from pipeline.extract.role_patterns import compiled, pattern_words
from pipeline.extract.segment_types import Segment, segment_doc


@pytest.mark.parametrize("path", [ROLES_JSONL, RELATIONS_JSONL])
def test_the_grammar_reads_words_by_value_only(path):
    words = pattern_words(load_rules(path, "segments"))
    assert words is not None and "of" in words and "_" not in words
    assert compiled(path)[1] == words


def test_other_words_stand_as_placeholders():
    segs = [
        Segment("PERSON", 0, 2, "<person>"),
        Segment("W", 2, 3, "Joined"),
        Segment("PREP", 3, 4, "of"),
        Segment("W", 4, 5, ""),
    ]
    doc = segment_doc(segs, frozenset({"of", "joined"}))
    assert [t.text for t in doc] == ["_", "Joined", "of", "_"]
    assert [t.tag_ for t in doc] == ["PERSON", "W", "PREP", "W"]
    assert [t.text for t in segment_doc(segs)] == ["<person>", "Joined", "of", "_"]


def test_patterns_reading_other_attributes_keep_every_word():
    rules = load_rules(ROLES_JSONL, "segments")
    odd = rules[0].__class__(**{**rules[0].__dict__, "pattern": ({"IS_TITLE": True},)})
    assert pattern_words([*rules, odd]) is None
    regex = ({"LOWER": {"REGEX": "^co"}},)
    assert (
        pattern_words([rules[0].__class__(**{**rules[0].__dict__, "pattern": regex})])
        is None
    )
