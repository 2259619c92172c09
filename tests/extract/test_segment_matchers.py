"""The per-rule segment Matchers find what one Matcher of every rule finds."""

from __future__ import annotations

import random

import pytest
from spacy.matcher import Matcher

from pipeline.extract.role_grammar import RELATIONS_JSONL, ROLES_JSONL, load_rules
from pipeline.extract.role_patterns import pattern_words
from pipeline.extract.segment_matchers import Need, SegmentMatchers, needs_of
from pipeline.extract.segment_types import Segment, segment_doc, segment_vocab


def test_needs_are_the_elements_a_match_must_cover():
    pattern = [
        {"TAG": "PERSON"},
        {"TAG": "COMMA", "OP": "?"},
        {"TAG": {"IN": ["ORG", "CAP"]}, "OP": "+"},
        {"LOWER": {"NOT_IN": ["of"]}},
        {"TAG": "DET", "OP": "!"},
        {"LOWER": "at", "TAG": "PREP", "OP": "*"},
        {"IS_SENT_START": True},
    ]
    assert needs_of(pattern) == (
        Need("TAG", "==", frozenset({"PERSON"})),
        Need("TAG", "IN", frozenset({"ORG", "CAP"})),
        Need("LOWER", "NOT_IN", frozenset({"of"})),
    )


def test_a_set_need_is_met_by_any_value_and_a_negated_one_by_another():
    assert Need("TAG", "IN", frozenset({"ORG", "CAP"})).met(frozenset({"W", "CAP"}))
    assert not Need("TAG", "==", frozenset({"ORG"})).met(frozenset({"W", "CAP"}))
    assert Need("LOWER", "NOT_IN", frozenset({"of"})).met(frozenset({"of", "_"}))
    assert not Need("LOWER", "NOT_IN", frozenset({"of"})).met(frozenset({"of"}))


def _segments(tags_words: list[tuple[str, str]]) -> list[Segment]:
    return [Segment(tag, i, i + 1, word) for i, (tag, word) in enumerate(tags_words)]


def test_a_rule_runs_only_where_its_tags_are():
    rules = load_rules(ROLES_JSONL, "segments")
    matchers = SegmentMatchers(rules, segment_vocab())
    needing_title = {
        r.rank
        for r in rules
        if Need("TAG", "==", frozenset({"TITLE"})) in needs_of(r.pattern)
    }
    assert needing_title
    runnable = set(
        matchers.runnable(frozenset({"PERSON", "ORG", "W"}), frozenset({"_"}))
    )
    assert not runnable & needing_title
    with_title = matchers.runnable(frozenset({"PERSON", "ORG", "TITLE"}), frozenset())
    assert needing_title & set(with_title)


def _instance(pattern: tuple, rng: random.Random, tags: list[str]) -> list[tuple]:
    """Segments that a pattern could match: each element given a value it names
    (optional ones now and then left out), or a random tag."""
    out = []
    for element in pattern:
        if element.get("OP") in ("?", "*", "!") and rng.random() < 0.5:
            continue
        tag, word = rng.choice(tags), "_"
        for attr, test in element.items():
            if attr not in ("TAG", "LOWER"):
                continue
            if isinstance(test, str):
                value = test
            elif "IN" in test:
                value = rng.choice(sorted(test["IN"]))
            else:
                value = rng.choice(
                    [t for t in tags if t not in test["NOT_IN"]] or ["W"]
                )
            tag, word = (value, word) if attr == "TAG" else (tag, value)
        out.append((tag, word))
    return out


@pytest.mark.parametrize("path", [ROLES_JSONL, RELATIONS_JSONL])
def test_same_matches_as_one_matcher_of_every_rule(path):
    rules = load_rules(path, "segments")
    words = pattern_words(rules)
    one = Matcher(segment_vocab())
    for rule in rules:
        one.add(f"{rule.rank}", [list(rule.pattern)])
    mine = SegmentMatchers(rules, segment_vocab())
    tags = sorted(
        {e["TAG"] for r in rules for e in r.pattern if isinstance(e.get("TAG"), str)}
    )
    rng = random.Random(13)
    found = 0
    for _ in range(400):
        seq = []
        for rule in rng.sample(rules, 3):  # three rules' shapes with noise between
            seq += _instance(rule.pattern, rng, tags)
            seq += [(rng.choice(tags), "_") for _ in range(rng.randrange(3))]
        doc = segment_doc(_segments(seq), words)
        expected = sorted(
            (s, e, int(doc.vocab.strings[k]), tuple(a))
            for k, s, e, a in one(doc, with_alignments=True)
        )
        got = [(s, e, r.rank, tuple(a)) for r, s, e, a in mine(doc)]
        assert sorted(got) == expected
        assert [g[:3] for g in got] == sorted(g[:3] for g in got)
        found += len(got)
    assert found > 100  # the sequences do match: the comparison is not empty
