"""Table tests for the TIMEX3 normalizer: (text, published, sentence) -> (value,
kind).
"""

import datetime as dt

import pytest

from pipeline.lang.timex.normalize import (
    _MONEY,
    _QUARTER_WORD,
    Timex,
    _quarter_context,
    normalize_date,
)

PUB = dt.date(2024, 11, 15)  # a Friday


def D(s: str) -> dt.date:
    return dt.date.fromisoformat(s)


@pytest.mark.parametrize(
    "text, published, sentence, value, kind",
    [
        # absolute dates in the common written forms
        ("2024-11-15", PUB, "", "2024-11-15", "DATE"),
        ("15 November 2024", PUB, "", "2024-11-15", "DATE"),
        ("Nov. 15, 2024", PUB, "", "2024-11-15", "DATE"),
        ("November 15th, 2024", PUB, "", "2024-11-15", "DATE"),
        ("the 3rd of March 2021", PUB, "", "2021-03-03", "DATE"),
        # a range of days is its month: its second number is no two-digit year
        ("23-29 January 2021", PUB, "", "2021-01", "DATE"),
        ("Nov. 4-6", PUB, "", "2024-11", "DATE"),
        ("March 9-10, 1998", PUB, "", "1998-03", "DATE"),
        ("Sept. 30, 1989", PUB, "", "1989-09-30", "DATE"),
        ("March 2021", PUB, "", "2021-03", "DATE"),
        ("1997", PUB, "", "1997", "DATE"),
        ("nineteen eighty-four", PUB, "", "1984", "DATE"),
        # numeric dates: month first unless the first number cannot be a month
        ("11/05/2024", PUB, "", "2024-11-05", "DATE"),
        ("25/12/2023", PUB, "", "2023-12-25", "DATE"),
        ("3/4/97", PUB, "", "1997-03-04", "DATE"),
        ("15.11.2024", PUB, "", "2024-11-15", "DATE"),
        # partial dates take the occurrence nearest the publication date
        (
            "November 14",
            PUB,
            "The two sides signed the deal on November 14.",
            "2024-11-14",
            "DATE",
        ),
        (
            "December 30",
            D("2025-01-02"),
            "The plant closed on December 30.",
            "2024-12-30",
            "DATE",
        ),
        (
            "January 3",
            D("2024-12-28"),
            "The law takes effect January 3.",
            "2025-01-03",
            "DATE",
        ),
        ("Feb. 29", D("2025-03-10"), "He was born on Feb. 29.", "2024-02-29", "DATE"),
        ("February 29", D("2024-03-01"), "", "2024-02-29", "DATE"),
        (
            "December",
            D("2024-03-04"),
            "The mission will fly in December.",
            "2024-12",
            "DATE",
        ),
        ("in March", D("2024-11-15"), "Sales slumped in March.", "2024-03", "DATE"),
        (
            "January",
            D("2024-10-27"),
            "The loans run through January.",
            "2025-01",
            "DATE",
        ),
        # weekdays resolve by tense
        ("on Tuesday", PUB, "The board met on Tuesday.", "2024-11-12", "DATE"),
        ("Friday", PUB, "Shares fell Friday.", "2024-11-15", "DATE"),
        (
            "Thursday",
            PUB,
            "The minister will travel to Paris on Thursday.",
            "2024-11-21",
            "DATE",
        ),
        ("last Tuesday", PUB, "", "2024-11-12", "DATE"),
        ("next Monday", PUB, "", "2024-11-18", "DATE"),
        # deictic and relative expressions
        ("yesterday", PUB, "", "2024-11-14", "DATE"),
        ("today", PUB, "", "2024-11-15", "DATE"),
        ("tomorrow", D("2024-12-31"), "", "2025-01-01", "DATE"),
        ("last week", PUB, "", "2024-W45", "DATE"),
        ("this week", PUB, "", "2024-W46", "DATE"),
        ("next month", PUB, "", "2024-12", "DATE"),
        ("next month", D("2024-12-10"), "", "2025-01", "DATE"),
        ("last month", D("2024-01-10"), "", "2023-12", "DATE"),
        ("last year", PUB, "", "2023", "DATE"),
        # a day of a month in a year named relative to publication
        ("December 28 last year", PUB, "", "2023-12-28", "DATE"),
        ("the 3rd of March next year", PUB, "", "2025-03-03", "DATE"),
        ("Feb. 2 this year", PUB, "", "2024-02-02", "DATE"),
        ("February 29 last year", PUB, "", "", "DATE"),  # 2023 had none
        ("December of last year", PUB, "", "2023-12", "DATE"),
        ("the summer of last year", PUB, "", "2023-SU", "DATE"),
        # a weekday of a week named from publication (a Friday)
        ("Wednesday next week", PUB, "", "2024-11-20", "DATE"),
        ("Friday of last week", PUB, "", "2024-11-08", "DATE"),
        ("two years ago", PUB, "", "2022", "DATE"),
        ("three months ago", PUB, "", "2024-08", "DATE"),
        ("ten days ago", PUB, "", "2024-11-05", "DATE"),
        ("earlier this year", PUB, "", "2024", "DATE"),
        ("later this month", PUB, "", "2024-11", "DATE"),
        ("this quarter", PUB, "", "2024-Q4", "DATE"),
        ("last quarter", D("2024-02-01"), "", "2023-Q4", "DATE"),
        (
            "the weekend",
            D("2024-11-18"),
            "Talks continued over the weekend.",
            "2024-W46-WE",
            "DATE",
        ),
        ("last fall", D("2024-02-10"), "", "2023-FA", "DATE"),
        ("this summer", PUB, "", "2024-SU", "DATE"),
        ("Christmas", D("2024-12-20"), "", "2024-12-25", "DATE"),
        ("Thanksgiving", PUB, "", "2024-11-28", "DATE"),
        # quarters, halves, fiscal years
        ("Q3 2024", PUB, "", "2024-Q3", "DATE"),
        ("3Q24", PUB, "", "2024-Q3", "DATE"),
        ("the third quarter of 2023", PUB, "", "2023-Q3", "DATE"),
        (
            "the fourth quarter",
            D("2025-02-05"),
            "Profit rose in the fourth quarter.",
            "2024-Q4",
            "DATE",
        ),
        ("third-quarter", PUB, "Third-quarter profit rose.", "2024-Q3", "DATE"),
        ("the first half of 2022", PUB, "", "2022-H1", "DATE"),
        ("the first quarter of last year", PUB, "", "2023-Q1", "DATE"),
        ("fiscal 2025", PUB, "", "2025", "DATE"),
        ("FY2023", PUB, "", "2023", "DATE"),
        (
            "a year earlier",
            PUB,
            "Third-quarter net rose to $5 million from $4 million a year earlier.",
            "2023-Q3",
            "DATE",
        ),
        ("the year-ago quarter", PUB, "", "2023-Q3", "DATE"),
        # decades and centuries
        ("the 1990s", PUB, "", "199", "DATE"),
        ("the early 1980s", PUB, "", "198", "DATE"),
        ("the '70s", PUB, "", "197", "DATE"),
        ("the nineties", PUB, "", "199", "DATE"),
        ("the 20th century", PUB, "", "19", "DATE"),
        # references
        ("now", PUB, "", "PRESENT_REF", "DATE"),
        ("currently", PUB, "", "PRESENT_REF", "DATE"),
        ("recently", PUB, "", "PAST_REF", "DATE"),
        ("the future", PUB, "", "FUTURE_REF", "DATE"),
        # durations
        ("three years", PUB, "", "P3Y", "DURATION"),
        # a range of numbers is no one length: not their sum
        ("5-10 years", PUB, "", "", "DURATION"),
        ("24-48 hours", PUB, "", "", "DURATION"),
        ("a five-year", PUB, "", "P5Y", "DURATION"),
        ("24 hours", PUB, "", "PT24H", "DURATION"),
        ("several weeks", PUB, "", "PXW", "DURATION"),
        ("the past three months", PUB, "", "P3M", "DURATION"),
        ("the past decade", PUB, "", "P10Y", "DURATION"),
        ("two decades", PUB, "", "P20Y", "DURATION"),
        ("nearly two weeks", PUB, "", "P2W", "DURATION"),
        # sets
        ("every year", PUB, "", "P1Y", "SET"),
        ("each month", PUB, "", "P1M", "SET"),
        ("daily", PUB, "", "P1D", "SET"),
        ("every Tuesday", PUB, "", "XXXX-WXX-2", "SET"),
        ("each July", PUB, "", "XXXX-07", "SET"),
        # clock times attach to their date
        (
            "3 p.m. Thursday",
            PUB,
            "The vote ended at 3 p.m. Thursday.",
            "2024-11-14T15:00",
            "TIME",
        ),
        ("10:30 a.m. EST Nov. 6", PUB, "", "2024-11-06T10:30", "TIME"),
        ("noon", PUB, "", "2024-11-15T12:00", "TIME"),
        ("18:00 UTC", PUB, "", "2024-11-15T18:00Z", "TIME"),
        (
            "Thursday evening",
            PUB,
            "The talks ended Thursday evening.",
            "2024-11-14TEV",
            "TIME",
        ),
        ("this morning", PUB, "", "2024-11-15TMO", "TIME"),
        ("last night", PUB, "", "2024-11-14TNI", "TIME"),
    ],
)
def test_values(text, published, sentence, value, kind):
    t = normalize_date(text, published, sentence=sentence)
    assert (t.value, t.kind) == (value, kind)


@pytest.mark.parametrize(
    "text, value, kind",
    [
        ("November 14", "XXXX-11-14", "DATE"),
        ("Nov. 14", "XXXX-11-14", "DATE"),
        ("yesterday", "XXXX-XX-XX", "DATE"),
        ("on Tuesday", "XXXX-WXX-2", "DATE"),
        ("last year", "XXXX", "DATE"),
        ("June 30 last year", "XXXX-06-30", "DATE"),
        ("May last year", "XXXX-05", "DATE"),
        ("Monday next week", "XXXX-WXX-1", "DATE"),
        ("the third quarter", "XXXX-Q3", "DATE"),
        ("March", "XXXX-03", "DATE"),
    ],
)
def test_unknown_publication_date_keeps_placeholders(text, value, kind):
    t = normalize_date(text, None)
    assert (t.value, t.kind, t.anchor, t.start, t.end) == (value, kind, "none", "", "")


@pytest.mark.parametrize(
    "text, published, start, end, anchor",
    [
        ("November 14", PUB, "2024-11-14", "2024-11-14", "published"),
        ("Nov. 15, 2024", PUB, "2024-11-15", "2024-11-15", "absolute"),
        ("February 2024", PUB, "2024-02-01", "2024-02-29", "absolute"),
        ("February 2023", PUB, "2023-02-01", "2023-02-28", "absolute"),
        ("last week", PUB, "2024-11-04", "2024-11-10", "published"),
        ("Q3 2024", PUB, "2024-07-01", "2024-09-30", "absolute"),
        ("the 1990s", PUB, "1990-01-01", "1999-12-31", "absolute"),
        ("the past three months", PUB, "2024-08-15", "2024-11-15", "published"),
        ("last winter", D("2024-02-10"), "2023-12-01", "2024-02-29", "published"),
        ("three years", PUB, "", "", "absolute"),
        ("every year", PUB, "", "", "absolute"),
        ("fiscal 2025", PUB, "2025-01-01", "2025-12-31", "absolute"),
    ],
)
def test_bounds_and_anchor(text, published, start, end, anchor):
    t = normalize_date(text, published)
    assert (t.start, t.end, t.anchor) == (start, end, anchor)


@pytest.mark.parametrize(
    "text", ["", "   ", "banana", "the", "$5 million", "x" * 500, "13/45/2024"]
)
def test_nothing_to_say_is_empty(text):
    assert normalize_date(text, PUB) == Timex("", "DATE", "", "", "none")


def test_seed_article_date():
    t = normalize_date(
        "November 14",
        D("2024-11-15"),
        sentence="The agencies signed the memorandum at a ceremony in Hanoi on "
        "November 14.",
    )
    assert t == Timex("2024-11-14", "DATE", "2024-11-14", "2024-11-14", "published")


def test_accepts_datetime_publication():
    assert (
        normalize_date("yesterday", dt.datetime(2024, 11, 15, 23, 59)).value
        == "2024-11-14"
    )


@pytest.mark.parametrize(
    "sentence",
    [
        "Net rose in the Second Quarter from a year earlier.",
        "Profit in Q3 was $5 million.",
        "Sales rose 3 cents a share.",
        "It cost \u00a34 billion.",
        "The quick fix came quietly.",
        "He left on Friday.",
        "",
    ],
)
def test_quarter_context_as_a_full_scan(sentence):
    """The `in` tests before the scans change no answer."""
    q = _QUARTER_WORD.search(sentence)
    money = "money" if _MONEY.search(sentence) else ""
    assert _quarter_context(sentence) == (q.group(0).lower() if q else money)
