"""Resolving underspecified calendar references against the publication date.

A month and day without a year, a bare month, a weekday or a quarter names
a point that repeats; news writing means the occurrence nearest the
publication date, in the direction of the verb's tense. These helpers pick
that occurrence. They are the only place where that policy lives.
"""

from __future__ import annotations

import calendar
import datetime as dt
from dataclasses import dataclass

from pipeline.lang.timex.calendar import quarter_of


@dataclass(frozen=True)
class Ctx:
    """What a rule may use besides the expression: publication date, tense, narrative
    reference.

    ``ref`` is the value of the last calendar date named earlier in the
    document ("" when none), for anaphora such as "that year".
    """

    pub: dt.date | None
    tense: str = ""  # "past", "future" or "" (unknown)
    sentence: str = ""
    ref: str = ""


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def month_day_year(ctx: Ctx, month: int, day: int) -> int | None:
    """Year for "<month> <day>" without a year, or None if the day never exists.

    The occurrence closest to publication wins ("December 30" in an article
    of January 2 is the previous year), unless the tense points the other way
    and an occurrence in that direction lies within MAX_TENSE_SHIFT_DAYS
    (past: on or before publication; future: on or after). Feb 29 only exists
    in leap years, so only leap years are candidates.
    """
    pub = ctx.pub
    assert pub is not None
    cands = [pub.year + k for k in range(-4, 5) if _valid_day(pub.year + k, month, day)]
    if not cands:
        return None
    dates = [dt.date(y, month, day) for y in cands]
    return _directed(pub, dates, ctx.tense).year


# How far the tense may move a date away from the occurrence nearest the
# publication date. Lexical tense is noisy; nearness alone is right more often
# than tense alone, so tense only decides between nearby candidates. 270 was
# the best of 0/120/270/400 on all three development sets (value F1 +0.9).
MAX_TENSE_SHIFT_DAYS = 270


def _directed(
    pub: dt.date, dates: list[dt.date], tense: str, limit: int = MAX_TENSE_SHIFT_DAYS
) -> dt.date:
    nearest = min(dates, key=lambda d: (abs((d - pub).days), d < pub))
    if tense == "past" and nearest > pub:
        before = [d for d in dates if d <= pub]
        if before and (pub - max(before)).days <= limit:
            return max(before)
    if tense == "future" and nearest < pub:
        after = [d for d in dates if d >= pub]
        if after and (min(after) - pub).days <= limit:
            return min(after)
    return nearest


def month_year(ctx: Ctx, month: int) -> int:
    """Year for a bare month name ("in March"), by the same nearest-then-tense policy as
    days.

    Months are compared through their 15th; the publication month is always
    this year's, and the tense may reach 60 days further than for days.
    """
    pub = ctx.pub
    assert pub is not None
    # A month is compared through its middle day so that the current month is "now".
    mids = [dt.date(pub.year + k, month, 15) for k in (-1, 0, 1)]
    if month == pub.month:
        return pub.year
    return _directed(pub, mids, ctx.tense or "past", MAX_TENSE_SHIFT_DAYS + 60).year


def weekday_date(ctx: Ctx, weekday: int, direction: str = "") -> dt.date:
    """Date of a weekday named without a date ("on Tuesday").

    ``direction`` "last"/"next" forces the occurrence strictly before/after
    publication, "this" the one in the publication week; otherwise the tense
    decides, and past or unknown tense means on or before publication (news
    mostly reports what happened).
    """
    pub = ctx.pub
    assert pub is not None
    back = (pub.weekday() - weekday) % 7
    ahead = (weekday - pub.weekday()) % 7
    if direction == "last":
        return pub - dt.timedelta(days=back or 7)
    if direction == "next":
        return pub + dt.timedelta(days=ahead or 7)
    if direction == "this":
        return pub + dt.timedelta(days=weekday - pub.weekday())
    if ctx.tense == "future":
        return pub + dt.timedelta(days=ahead)
    return pub - dt.timedelta(days=back)


def quarter_year(ctx: Ctx, q: int) -> int:
    """Year for "the third quarter" without a year.

    A quarter that has not started yet at publication is last year's unless
    the sentence speaks of the future (results for Q4 are reported in
    January and February).
    """
    pub = ctx.pub
    assert pub is not None
    if q > quarter_of(pub) and ctx.tense != "future":
        return pub.year - 1
    return pub.year


def season_year(ctx: Ctx, season: str) -> int:
    """Year for a season without a year ("in the summer"), by tense."""
    pub = ctx.pub
    assert pub is not None
    start = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}[season]
    if ctx.tense == "past" and start > pub.month:
        return pub.year - 1
    return pub.year
