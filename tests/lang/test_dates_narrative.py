"""Anaphora against the story's timeline, seasons alone, relative-year periods,
decades, datetime dct.
"""

from __future__ import annotations

import datetime as dt

import pytest

from pipeline.extract.dates import normalize_in_order, published_date
from pipeline.lang.timex.normalize import Timex, normalize_date, sets_reference

PUB = dt.date(2031, 6, 18)  # a Wednesday


def values(items, pub=PUB):
    return [t.value for t in normalize_in_order([(text, "") for text in items], pub)]


def test_anaphora_follow_the_last_named_date():
    assert values(["in 2019", "that year", "the following year"]) == [
        "2019",
        "2019",
        "2020",
    ]
    assert values(["March 3, 2027", "later that day", "the following month"]) == [
        "2027-03-03",
        "2027-03-03",
        "2027-04",
    ]
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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("the summer", "2031-SU"),
        ("the early winter", "2031-WI"),
        ("this year's third quarter", "2031-Q3"),
        ("next year's first half", "2032-H1"),
        ("the last half of 2030", "2030-H2"),
        ("the 1960s", "196"),
        ("the nineties", "199"),
    ],
)
def test_more_forms(text, value):
    assert normalize_date(text, PUB).value == value


def test_seasons_without_publication_date():
    assert normalize_date("the summer", None).value == "XXXX-SU"


def test_published_datetime_counts_by_its_date():
    assert published_date("2031-06-18T22:19:00") == PUB
    assert published_date("2031-06-18") == PUB
    assert published_date("June 2031") is None
    assert published_date("") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # the end of the year is the year (mod=END); only the compound "year-end" is the
        # closing day
        ("the end of the year", "2024"),
        ("year end", "2024"),
        ("year's end", "2024"),
        ("year-end", "2024-12-31"),
        ("the end of last year", "2023"),
        ("early next year", "2025"),
        ("late next year", "2025"),
        ("mid-afternoon yesterday", "2024-11-12TAF"),
        ("evening Friday", "2024-11-08TEV"),
        ("4 in the morning", "2024-11-13T04:00"),
        ("9 in the evening", "2024-11-13T21:00"),
        ("10 at night", "2024-11-13T22:00"),
        ("midnight", "2024-11-13T24"),
        ("future quarters", "FUTURE_REF"),
        ("coming months", "FUTURE_REF"),
        ("the coming weeks", "FUTURE_REF"),
        ("the last few months", "PAST_REF"),
        ("the past several quarters", "PAST_REF"),
        ("the past three months", "P3M"),
        ("the next few days", "PXD"),
        ("the next year or so", "2025"),
        ("the next two years or so", "P2Y"),
        ("the week of March 6", "2025-W10"),
        ("the week of Nov. 4", "2024-W45"),
        ("the winter of 1994", "1994-WI"),
        ("the summer of nineteen ninety-six", "1996-SU"),
        # a season and its year without "of"
        ("autumn 2016", "2016-FA"),
        ("late spring, 2019", "2019-SP"),
        ("summer camp", ""),
        # a span of years ("the 2015-16 season") has no one value; a month has one
        ("2015-16", ""),
        ("2004-11", "2004-11"),
        # a century as an adjective; a fiscal year named before its noun
        ("19th-century", "18"),
        ("the 2023 fiscal year", "2023"),
        ("October eighth", "2024-10-08"),
        ("June twenty-first", "2024-06-21"),
        ("this coming Sunday, November seventeenth", "2024-11-17"),
        ("the the end of November", "2024-11"),
        ("an Aug. 10, 1988", "1988-08-10"),
    ],
)
def test_conventions(text, value):
    assert normalize_date(text, dt.date(2024, 11, 13)).value == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Christmas", "XXXX-12-25"),
        ("last Christmas", "XXXX-12-25"),
        ("Thanksgiving Day", "XXXX-11-XX"),
        ("Easter", "XXXX-XX-XX"),
    ],
)
def test_holidays_without_publication_date(text, value):
    assert normalize_date(text, None).value == value


def test_year_ended_is_a_fiscal_year_length():
    pub = dt.date(2024, 11, 13)
    assert (
        normalize_date(
            "the year",
            pub,
            sentence="For the year ended March 31, the group earned $5 million.",
        ).value
        == "P1Y"
    )
    assert (
        normalize_date(
            "the year",
            pub,
            sentence="For the year ended March 31, the group earned $5 million.",
        ).kind
        == "DURATION"
    )
    assert (
        normalize_date("the year", pub, sentence="For the year, volume was flat.").value
        == "2024"
    )


@pytest.mark.parametrize("text", ["2 1/2 years", "the years", "untold months"])
def test_unreadable_stretches_are_durations(text):
    tx = normalize_date(text, dt.date(2024, 11, 13))
    assert (tx.value, tx.kind) == ("", "DURATION")
