"""A key's patterns tried only in the sentences holding its trigger words find what
spaCy's Matcher finds over the whole Doc."""

from __future__ import annotations

import random

import pytest
import spacy
from spacy.matcher import Matcher

from pipeline.nlp.pattern_reach import (
    max_length,
    required_words,
    run_tests,
    trigger_words,
)
from pipeline.nlp.triggered import TriggeredMatcher

PATTERNS = {
    # The trigger is "ministry"/"office" (the rarer list), not "of".
    "head-of": [
        [
            {"IS_TITLE": True, "OP": "*"},
            {"LOWER": {"IN": ["ministry", "office"]}},
            {"LOWER": "of"},
            {"IS_TITLE": True, "OP": "+"},
        ]
    ],
    # Two patterns, two trigger lists: either word starts a try.
    "born": [
        [{"IS_TITLE": True}, {"LOWER": "was"}, {"LOWER": "born"}],
        [{"ORTH": "Mr"}, {"IS_TITLE": True}],
    ],
    # A match may run past a line break: the windows are in tokens, not sentences.
    "fixture": [
        [{"IS_UPPER": True}, {"ORTH": "AT"}, {"IS_UPPER": True}, {"IS_SPACE": True}],
        [{"ORTH": "AT"}, {"IS_UPPER": True, "OP": "{1,3}"}, {"IS_SPACE": True}],
    ],
    # Runs bounded by their flags: a match holds at most two tokens that are not
    # capitalised words ("&", "co").
    "designator": [
        [
            {"IS_ALPHA": True, "IS_LOWER": False, "OP": "+"},
            {"ORTH": "&"},
            {"LOWER": "co"},
            {"IS_TITLE": True, "OP": "*"},
        ]
    ],
    # A run testing no flag: tried everywhere.
    "flagless-run": [[{"ORTH": {"NOT_IN": ["."]}, "OP": "+"}, {"LOWER": "sold"}]],
    # No word test on a required element: tried everywhere.
    "initials": [[{"SHAPE": "X."}, {"IS_TITLE": True}]],
    "optional-only": [[{"LOWER": "the", "OP": "?"}, {"IS_DIGIT": True}]],
}

SENTENCES = [
    "Mr Smith met J. Brown at the Ministry of Defence Estates .",
    "Anna was born in 1960 .",
    "Nothing happened here at all .",
    "The Office of Fair Trading and Mr Jones spoke .",
    "Mr Lee , Ministry of Health .",
    "It cost 30 dollars .",
    "Shares in Smith Barney & Co Holdings were sold .",
    "BOSTON AT OAKLAND\nSEATTLE AT NEW YORK\nLEAGUE",
]


def _pair():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    plain, triggered = Matcher(nlp.vocab), TriggeredMatcher(nlp.vocab)
    for key, patterns in PATTERNS.items():
        plain.add(key, patterns)
        triggered.add(key, patterns, patterns)
    return nlp, plain, triggered


def test_the_trigger_is_the_least_common_required_word_list():
    (head_of,) = PATTERNS["head-of"]
    assert trigger_words(head_of) == {"ministry", "office"}
    assert trigger_words(PATTERNS["born"][0]) == {"born"}  # not the stop word "was"
    assert trigger_words(PATTERNS["born"][1]) == {"mr"}  # ORTH, compared lower-case
    assert trigger_words(PATTERNS["initials"][0]) is None
    assert trigger_words(PATTERNS["optional-only"][0]) is None
    # A negated list and a "{0,2}" element are not required words.
    assert (
        trigger_words([{"LOWER": {"NOT_IN": ["a"]}}, {"ORTH": "x", "OP": "{0,2}"}])
        is None
    )
    assert trigger_words([{"ORTH": "x", "OP": "{1,2}"}]) == {"x"}


@pytest.mark.parametrize("seed", range(6))
def test_same_matches_as_the_plain_matcher(seed):
    nlp, plain, triggered = _pair()
    order = SENTENCES[:]
    random.Random(seed).shuffle(order)
    doc = nlp(" ".join(order[: 2 + seed % 5]))
    expected = set(plain(doc))
    assert set(triggered(doc)) == expected
    assert len(expected) >= 2


def test_every_kind_of_key_matches_in_its_sentence():
    nlp, plain, triggered = _pair()
    doc = nlp(" ".join(SENTENCES))
    found = {(nlp.vocab.strings[k], doc[s:e].text) for k, s, e in triggered(doc)}
    assert ("head-of", "Ministry of Defence Estates") in found
    assert ("head-of", "The Office of Fair Trading") in found
    assert ("born", "Anna was born") in found
    assert ("born", "Mr Lee") in found
    assert ("initials", "J. Brown") in found
    assert ("optional-only", "30") in found
    assert set(triggered(doc)) == set(plain(doc))


def test_a_doc_without_sentences_or_words():
    nlp, plain, triggered = _pair()
    unsplit = spacy.blank("en")("He left the Ministry of Health in 1999 .")
    assert set(triggered(unsplit)) == set(plain(unsplit)) != set()
    assert triggered(nlp("")) == []
    assert triggered(nlp("nothing to see")) == []


def test_the_longest_match_of_a_pattern():
    assert max_length(PATTERNS["fixture"][0]) == 4
    assert max_length(PATTERNS["fixture"][1]) == 5  # "{1,3}" counts three
    assert max_length(PATTERNS["born"][0]) == 3
    assert max_length([{"ORTH": "x", "OP": "?"}, {"ORTH": "y", "OP": "!"}]) == 2
    assert max_length(PATTERNS["head-of"][0]) is None  # "*" and "+"
    assert max_length([{"ORTH": "x", "OP": "{2,}"}]) is None


def test_a_match_across_a_sentence_break_is_found():
    nlp, plain, triggered = _pair()
    doc = nlp("BOSTON AT OAKLAND\nSEATTLE AT NEW YORK\nLEAGUE")
    doc[4].is_sent_start = True  # the line break ends a sentence, as newsner's does
    fixtures = {
        doc[s:e].text for k, s, e in triggered(doc) if k == doc.vocab.strings["fixture"]
    }
    assert "BOSTON AT OAKLAND\n" in fixtures and "AT NEW YORK\n" in fixtures
    assert set(triggered(doc)) == set(plain(doc))


WORDS = ["Ministry", "of", "Mr", "Lee", "was", "born", "J.", "AT", "BOSTON", "\n"]
WORDS += ["30", "the", "Office", ",", "Anna", "x", "&", "co", "Co", "sold", "."]


@pytest.mark.parametrize("seed", range(40))
def test_random_docs_give_the_plain_matches(seed):
    """A property: over random word sequences, the same matches as spaCy's."""
    nlp, plain, triggered = _pair()
    rng = random.Random(seed)
    words = [rng.choice(WORDS) for _ in range(rng.randint(0, 40))]
    doc = spacy.tokens.Doc(nlp.vocab, words=words)
    assert set(triggered(doc)) == set(plain(doc))


def test_a_flagged_ruler_still_takes_and_drops_patterns():
    """SpanRuler adds and removes through its matcher as through spaCy's."""
    from pipeline.nlp.matching import flag_ruler

    nlp = spacy.blank("en")
    ruler = nlp.add_pipe("span_ruler", config={"validate": True})
    ruler.add_patterns([{"label": "X", "id": "t:born", "pattern": PATTERNS["born"][0]}])
    flag_ruler(ruler)
    ruler.add_patterns([{"label": "Y", "id": "t:late", "pattern": [{"LOWER": "lee"}]}])
    doc = ruler(nlp("Anna was born when Mr Lee left ."))
    assert [(s.text, s.label_) for s in doc.spans["ruler"]] == [
        ("Anna was born", "X"),
        ("Lee", "Y"),
    ]
    ruler.remove("Y")
    assert [s.text for s in ruler(nlp("Mr Lee left .")).spans["ruler"]] == []


def test_a_run_is_bounded_by_the_flags_it_tests():
    (designator,) = PATTERNS["designator"]
    # "&" and "co" are the tokens no run can take.
    assert run_tests(designator) == (
        2,
        ((("IS_ALPHA", True), ("IS_LOWER", False)), (("IS_TITLE", True),)),
    )
    assert run_tests(PATTERNS["born"][0]) == (3, ())
    assert run_tests(PATTERNS["flagless-run"][0]) is None
    assert run_tests(
        [{"IS_DIGIT": True, "OP": "{2,}"}, {"ORTH": "x", "OP": "{,3}"}]
    ) == (
        3,
        ((("IS_DIGIT", True),),),
    )


def test_only_keys_without_a_bound_run_everywhere():
    nlp, plain, triggered = _pair()
    assert "designator" not in triggered.always and "head-of" not in triggered.always
    assert "flagless-run" in triggered.always and "initials" in triggered.always
    doc = nlp("Grey Smith Barney & Co Holdings Ltd said . Lee & co")
    found = {
        doc[s:e].text
        for k, s, e in triggered(doc)
        if k == doc.vocab.strings["designator"]
    }
    assert "Grey Smith Barney & Co Holdings Ltd" in found and "Lee & co" in found
    assert set(triggered(doc)) == set(plain(doc))


def test_every_required_word_list_of_a_pattern():
    """A window is tried only when it holds a word of each (the rest is the
    random-doc property above)."""
    assert required_words(PATTERNS["born"][0]) == [{"was"}, {"born"}]
    assert required_words(PATTERNS["designator"][0]) == [{"&"}, {"co"}]
    assert required_words(PATTERNS["optional-only"][0]) == []
    nlp, plain, triggered = _pair()
    doc = nlp("Anna was here . Then Bo was born .")
    born = doc.vocab.strings["born"]
    assert {(s, e) for k, s, e in triggered(doc) if k == born} == {(5, 8)}


def test_windows_come_from_the_rarest_needed_word_list():
    """A Doc with "was" everywhere and "born" once, and one with the reverse: the
    matches are the plain matcher's either way, whichever list the windows are
    drawn around."""
    nlp, plain, triggered = _pair()
    for text in (
        "Ann was here . Bo was there . Cy was born . Di was late .",
        "born born . Eve was born . born again born .",
    ):
        doc = nlp(text)
        assert set(triggered(doc)) == set(plain(doc))
        assert doc.vocab.strings["born"] in {k for k, _, _ in triggered(doc)}
