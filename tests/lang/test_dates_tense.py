"""Direction of underspecified dates from the sentence's verbs, and clock times dated
by their sentence.
"""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.extract.dates import published_date
from pipeline.lang.timex import lexicon
from pipeline.lang.timex.lexicon import tense
from pipeline.lang.timex.normalize import normalize_date

WED = dt.date(2024, 11, 13)  # a Wednesday
SAT = dt.date(2024, 11, 16)


@pytest.mark.parametrize(
    "text,pub,sentence,expected",
    [
        # forward words right before the expression
        (
            "Tuesday",
            WED,
            "The delegation could fly home as soon as Tuesday, aides said.",
            "2024-11-19",
        ),
        (
            "Friday",
            WED,
            "The exchange has kept trading halted until Friday.",
            "2024-11-15",
        ),
        (
            "May",
            dt.date(2024, 3, 20),
            "The panel is supposed to finish its work by May, officials say.",
            "2024-05",
        ),
        (
            "January",
            dt.date(2024, 10, 27),
            "Lenders extended the credit line through January.",
            "2025-01",
        ),
        # ... unless a past auxiliary is close by, or the range runs from an earlier
        # time
        ("Monday", WED, "Forty firms had filed their reports by Monday.", "2024-11-11"),
        (
            "August",
            dt.date(2024, 10, 27),
            "Redemptions were flat this year through August.",
            "2024-08",
        ),
        # "since" looks back
        (
            "August",
            dt.date(2024, 10, 26),
            "The shares have lost half their value since August, when buyers would pay "
            "$10.",
            "2024-08",
        ),
        # a past verb a few words before beats a future marker after the expression
        (
            "Friday",
            SAT,
            "The envoys released a joint letter Friday saying the treaty will hold.",
            "2024-11-15",
        ),
        # "scheduled" points forward
        (
            "Thursday",
            WED,
            "The prosecutor has scheduled a briefing Thursday on the case.",
            "2024-11-14",
        ),
        # a bare month with no tense cue leans to the past
        (
            "March",
            dt.date(2024, 11, 2),
            "She replaces a director who stepped down as head of the unit in March for "
            "personal reasons.",
            "2024-03",
        ),
    ],
)
def test_direction(text, pub, sentence, expected):
    assert normalize_date(text, pub, sentence=sentence).value == expected


@pytest.mark.parametrize(
    "sentence,text,expected",
    [
        ("The talks could resume as early as Monday.", "Monday", "future"),
        ("Reports had been filed by Monday.", "Monday", "past"),
        ("The firm issued a statement Friday saying it will appeal.", "Friday", "past"),
        ("Stocks rose sharply since June.", "June", "past"),
        ("The bus halted next to us Friday.", "Friday", "past"),
    ],
)
def test_tense(sentence, text, expected):
    assert tense(sentence, text) == expected


def test_clock_time_takes_the_sentence_weekday():
    s = "The fire broke out at about 9:20 a.m. (0620 GMT) Friday in the warehouse."
    assert normalize_date("9:20 a.m.", SAT, sentence=s).value == "2024-11-15T09:20"
    s = "The jet took off Tuesday from the coast at 14:00 UTC."
    assert normalize_date("14:00 UTC", WED, sentence=s).value == "2024-11-12T14:00Z"


def test_clock_time_keeps_publication_date_when_ambiguous():
    s = "Between Monday and Friday the line closed at 9:20 a.m. each day."
    assert normalize_date("9:20 a.m.", SAT, sentence=s).value == "2024-11-16T09:20"
    assert (
        normalize_date("9:20 a.m.", SAT, sentence="Doors open at 9:20 a.m.").value
        == "2024-11-16T09:20"
    )


def test_published_date_is_iso_only():
    # Other spellings are normalized once at ingest; here they are unknown, never
    # guessed.
    assert published_date("2009-02-03T10:00") == dt.date(2009, 2, 3)
    assert published_date("03-02-2009") is None
    assert published_date("") is None


@pytest.mark.parametrize(
    "text,pub,sentence,expected",
    [
        # a past form after a modal is not a past verb: "would be paid ... in January"
        # is the next January
        (
            "January",
            dt.date(2024, 10, 24),
            "The special dividend would be paid on a date in January to holders.",
            "2025-01",
        ),
        # a plan reported as already overtaken looks back
        (
            "Friday evening",
            WED,
            "The bid had been due to lapse Friday evening.",
            "2024-11-08TEV",
        ),
        (
            "midnight Friday",
            WED,
            "The offer had been scheduled to lapse at midnight Friday.",
            "2024-11-08T24",
        ),
        # inside a quotation the speaker's own verbs govern, not the "said" outside it
        (
            "Thursday",
            WED,
            '"The team will fly out early Thursday," the coach said.',
            "2024-11-14",
        ),
        (
            "4 in the morning",
            WED,
            "``The envoy will leave at 4 in the morning (4 a.m. EST Thursday),'' he "
            "said.",
            "2024-11-14T04:00",
        ),
    ],
)
def test_direction_more(text, pub, sentence, expected):
    assert normalize_date(text, pub, sentence=sentence).value == expected


def test_quoted_expression_ignores_reporting_verb():
    assert tense('"We will sign it Monday," she said.', "Monday") == "future"
    assert tense("She said the deal was signed Monday.", "Monday") == "past"


# Words the end-anchored tense patterns read, and others, joined by assorted
# whitespace: the windowed search must find what a search from 0 finds.
_TAIL_WORDS = st.sampled_from(
    "as soon early until till by through year month week starting beginning be "
    "been is are will crashed issued filed on in at a statement reports "
    "co-signed O'Neill's x announced-ed 1999 , \" —".split()
)
_SPACES = st.sampled_from([" ", "  ", "\t", "\n", "\u00a0", " \n"])


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_TAIL_WORDS, _SPACES), max_size=9), st.booleans())
def test_tense_patterns_find_the_same_match_from_the_tail_window(parts, spaced):
    head = "".join(w + s for w, s in parts)
    if not spaced:
        head = head.rstrip()
    start = lexicon._tail_start(head)
    assert 0 <= start <= len(head)
    for rx in (lexicon._ED_BEFORE, lexicon._ED_NEAR, lexicon._FORWARD_BEFORE):
        whole, window = rx.search(head), rx.search(head, start)
        assert (whole and (whole.span(), whole.groups())) == (
            window and (window.span(), window.groups())
        )


def test_the_tail_window_starts_at_the_fourth_chunk_from_the_end():
    assert lexicon._tail_start("one two three four five ") == 4
    assert lexicon._tail_start("two words") == 0
    assert lexicon._tail_start("") == 0
