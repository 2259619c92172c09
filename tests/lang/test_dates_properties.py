"""Hypothesis properties of the normalizer: never raises, valid TIMEX3, start <= end."""

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.lang.timex.calendar import is_valid_value
from pipeline.lang.timex.normalize import ANCHORS, KINDS, normalize_date

WORDS = [
    "last",
    "next",
    "this",
    "the",
    "early",
    "late",
    "mid-",
    "ago",
    "year",
    "years",
    "month",
    "week",
    "quarter",
    "third",
    "fiscal",
    "Q3",
    "Nov.",
    "November",
    "14",
    "2024",
    "29",
    "Feb.",
    "Tuesday",
    "night",
    "3",
    "p.m.",
    "noon",
    "1990s",
    "every",
    "each",
    "two",
    "a",
    "of",
    ",",
    "/",
    "-",
    "earlier",
    "now",
    "past",
    "decade",
    "'s",
    "31",
    "12/31/1999",
    "00",
    "9999",
]

phrases = st.lists(st.sampled_from(WORDS), min_size=1, max_size=6).map(" ".join)
texts = st.one_of(st.text(max_size=40), phrases)
dates = st.one_of(
    st.none(), st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31))
)


@settings(max_examples=400, deadline=None)
@given(
    text=texts,
    published=dates,
    sentence=st.one_of(st.just(""), st.text(max_size=60), phrases),
)
def test_never_raises_and_is_well_formed(text, published, sentence):
    t = normalize_date(text, published, sentence=sentence)
    assert is_valid_value(t.value)
    assert t.kind in KINDS and t.anchor in ANCHORS
    assert (t.start == "") == (t.end == "")
    if t.start:
        assert dt.date.fromisoformat(t.start) <= dt.date.fromisoformat(t.end)


@settings(max_examples=200, deadline=None)
@given(text=phrases)
def test_no_publication_date_means_no_anchor_to_it(text):
    t = normalize_date(text, None)
    assert t.anchor != "published"


@settings(max_examples=200, deadline=None)
@given(
    published=st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)),
    month=st.integers(1, 12),
    day=st.integers(1, 28),
)
def test_partial_date_lands_within_a_year_of_publication(published, month, day):
    text = dt.date(2000, month, day).strftime("%B ") + str(day)
    t = normalize_date(text, published)
    assert abs((dt.date.fromisoformat(t.value) - published).days) <= 366
