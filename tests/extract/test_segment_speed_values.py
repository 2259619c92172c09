"""The segment Matchers' first tests read the segments, not a built Doc: the
values they read are the Doc's, and the gap test never turns a match away."""

from __future__ import annotations

from spacy.matcher import Matcher

from pipeline.extract.role_grammar import Rule
from pipeline.extract.role_patterns import segment_values
from pipeline.extract.segment_matchers import (
    SegmentMatchers,
    _Positions,
    required_chain,
)
from pipeline.extract.segment_types import Segment, segment_doc, segment_vocab


def _segs(words: list[str]) -> list[Segment]:
    return [
        Segment("W" if w != "<org>" else "ORG", k, k + 1, w)
        for k, w in enumerate(words)
    ]


def test_values_are_the_docs():
    segs = _segs(["Joined", "OF", "", "<org>", "ΟΔΟΣ", "İstanbul", "_"])
    for keep in (None, frozenset({"of", "joined", "οδος"})):
        doc = segment_doc(segs, keep)
        assert segment_values(segs, keep) == [(t.tag_, t.lower_) for t in doc]


def test_the_chain_bounds_gaps_by_optional_elements():
    pattern = (
        {"TAG": "COMMA"},
        {"TAG": "DET", "OP": "?"},
        {"TAG": "ORG"},
        {"TAG": "ADV", "OP": "*"},
        {"LOWER": "of"},
    )
    chain = required_chain(pattern)
    assert [gap for _, gap in chain] == [0, 1, 1 << 30]
    fits = _Positions([("COMMA", ","), ("DET", "the"), ("ORG", "_")]).fits
    assert fits(chain[:2])
    assert not _Positions([("COMMA", ","), ("W", "_"), ("W", "_"), ("ORG", "_")]).fits(
        chain[:2]
    )


def test_no_match_is_lost_to_the_first_tests():
    pattern = ({"TAG": "COMMA"}, {"TAG": "DET", "OP": "?"}, {"TAG": "ORG"})
    rule = Rule("t", 1, "segments", pattern, {})
    mine = SegmentMatchers([rule], segment_vocab())
    one = Matcher(segment_vocab())
    one.add("1", [list(pattern)])
    for tags in (["COMMA", "ORG"], ["COMMA", "DET", "ORG"], ["COMMA", "W", "W", "ORG"]):
        segs = [Segment(t, k, k + 1, "x") for k, t in enumerate(tags)]
        doc = segment_doc(segs)
        got = [
            (s, e)
            for _, s, e, _ in mine.match(
                segment_values(segs, None), lambda doc=doc: doc
            )
        ]
        assert got == [(s, e) for _, s, e in one(doc)]
