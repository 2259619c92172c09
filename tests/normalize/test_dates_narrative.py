"""Anaphora against the story's timeline, seasons alone, relative-year periods, decades, datetime dct."""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.dates import normalize_in_order, published_date
from pipeline.normalize.dates import Timex, normalize_date, sets_reference

PUB = dt.date(2031, 6, 18)  # a Wednesday


def values(items, pub=PUB):
    return [t.value for t in normalize_in_order([(text, "") for text in items], pub)]


def test_anaphora_follow_the_last_named_date():
    assert values(["in 2019", "that year", "the following year"]) == ["2019", "2019", "2020"]
    assert values(["March 3, 2027", "later that day", "the following month"]) == ["2027-03-03", "2027-03-03", "2027-04"]
    assert values(["on Monday", "the next day"]) == ["2031-06-16", "2031-06-17"]


def test_anaphora_need_a_fine_enough_reference():
    # "that day" after a bare year cannot name a day: the publication date rules apply.
    assert values(["in 2019", "that day"]) == ["2019", "2031-06-18"]
    assert values(["the following month"]) == ["2031-07"]
    assert values(["in 2019", "the last two years", "that year"])[-1] == "2019"


def test_reference_only_from_calendar_dates():
    assert sets_reference(Timex("2019-05", "DATE", anchor="absolute"))
    assert not sets_reference(Timex("PRESENT_REF", "DATE", anchor="published"))
    assert not sets_reference(Timex("P2Y", "DURATION", anchor="absolute"))
    assert not sets_reference(Timex("XXXX-05", "DATE", anchor="none"))


def test_previous_is_ignored_by_other_expressions():
    prev = Timex("2019", "DATE", "2019-01-01", "2019-12-31", "absolute")
    assert normalize_date("yesterday", PUB, previous=prev).value == "2031-06-17"
    assert normalize_date("that year", PUB, previous="junk").value == ""  # never raises


@pytest.mark.parametrize(("text", "value"), [
    ("the summer", "2031-SU"),
    ("the early winter", "2031-WI"),
    ("this year's third quarter", "2031-Q3"),
    ("next year's first half", "2032-H1"),
    ("the last half of 2030", "2030-H2"),
    ("the 1960s", "196"),
    ("the nineties", "199"),
])
def test_more_forms(text, value):
    assert normalize_date(text, PUB).value == value


def test_seasons_without_publication_date():
    assert normalize_date("the summer", None).value == "XXXX-SU"


def test_published_datetime_counts_by_its_date():
    assert published_date("2031-06-18T22:19:00") == PUB
    assert published_date("2031-06-18") == PUB
    assert published_date("June 2031") is None
    assert published_date("") is None
