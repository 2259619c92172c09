"""Anaphoric expressions resolved against the story's own timeline.

"That year", "the following month", "later that day" point back to a time
the text named before, not to the publication date (TimeML anchors them to
the narrative reference time). The caller passes that time as ``Ctx.ref``:
the value of the last calendar date mentioned earlier in the document. Each
rule returns ``(value, kind, anchor)`` or None, and None whenever there is
no reference or the reference is coarser than the expression needs (a
"that day" after "in 1998" says nothing about the day), so the publication-
date rules still apply.

Also here: seasons named alone ("the summer") and "<this|last|next> year's
third quarter", which need the same small calendar arithmetic.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.lang.timex.anchor import Ctx, season_year
from pipeline.lang.timex.calendar import fmt, shift
from pipeline.lang.timex.lexicon import ORDINALS, SEASONS, spoken_year

Result = tuple[str, str, str]

# unit -> expression -> offset from the reference (in that unit).
_ANAPHORA = {
    "year": {
        "that year": 0,
        "the same year": 0,
        "later that year": 0,
        "earlier that year": 0,
        "that same year": 0,
        "the following year": 1,
        "the next year": 1,
        "the year after": 1,
        "a year later": 1,
        "the previous year": -1,
        "the year before": -1,
        "the prior year": -1,
    },
    "month": {
        "that month": 0,
        "the same month": 0,
        "later that month": 0,
        "earlier that month": 0,
        "the following month": 1,
        "the next month": 1,
        "a month later": 1,
        "the previous month": -1,
        "the month before": -1,
        "the prior month": -1,
    },
    "day": {
        "that day": 0,
        "the same day": 0,
        "later that day": 0,
        "earlier that day": 0,
        "that same day": 0,
        "the following day": 1,
        "the next day": 1,
        "the day after": 1,
        "a day later": 1,
        "the previous day": -1,
        "the day before": -1,
        "the prior day": -1,
    },
}
_OFFSET = {
    text: (unit, n) for unit, table in _ANAPHORA.items() for text, n in table.items()
}
ANAPHORA = frozenset(_OFFSET)
_REF = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def _ref_date(ref: str, unit: str) -> dt.date | None:
    """The reference as a date, when it is at least as fine as ``unit`` (year < month
    < day).
    """
    m = _REF.fullmatch(ref)
    if not m:
        return None
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if unit == "month" and mo is None or unit == "day" and d is None:
        return None
    try:
        return dt.date(int(y), int(mo or 1), int(d or 1))
    except ValueError:
        return None


def narrative(s: str, ctx: Ctx) -> Result | None:
    """ "that year", "the following month", "earlier that day" against the narrative
    reference.
    """
    hit = _OFFSET.get(s)
    if hit is None or not ctx.ref:
        return None
    unit, n = hit
    base = _ref_date(ctx.ref, unit)
    if base is None:
        return None
    return fmt(shift(base, unit, n), unit), "DATE", "absolute"


def season(s: str, ctx: Ctx) -> Result | None:
    """A season named alone ("the summer", "the early summer"): this year's or, in
    past prose, the last one.
    """
    m = re.fullmatch(
        r"(?:the )?(?:early |late |mid-?)?(spring|summer|fall|autumn|winter)", s
    )
    if not m:
        # "the winter of 1994", "autumn 2016", "the summer of nineteen ninety-six":
        # that year's season
        m = re.fullmatch(
            r"(?:the )?(?:early |late |mid-?)?(spring|summer|fall|autumn|winter),?"
            r"(?: of)? (.+)",
            s,
        )
        if not m:
            return None
        year = (
            int(m.group(2))
            if re.fullmatch(r"\d{4}", m.group(2))
            else spoken_year(m.group(2).split())
        )
        return (
            (f"{year:04d}-{SEASONS[m.group(1)]}", "DATE", "absolute") if year else None
        )
    code = SEASONS[m.group(1)]
    if ctx.pub is None:
        return f"XXXX-{code}", "DATE", "none"
    return f"{season_year(ctx, code):04d}-{code}", "DATE", "published"


_YEARS_PERIOD = re.compile(
    r"(this|last|next) year's (first|second|third|fourth|1st|2nd|3rd|4th|final|last) "
    r"(quarter|half)"
)


def years_period(s: str, ctx: Ctx) -> Result | None:
    """ "this year's third quarter", "next year's first half": the period of a year
    named relatively.
    """
    m = _YEARS_PERIOD.fullmatch(s)
    if not m:
        return None
    n = ORDINALS[m.group(2)]
    code = f"Q{n}" if m.group(3) == "quarter" else f"H{min(n, 2)}"
    if ctx.pub is None:
        return f"XXXX-{code}", "DATE", "none"
    year = ctx.pub.year + {"this": 0, "last": -1, "next": 1}[m.group(1)]
    return f"{year:04d}-{code}", "DATE", "published"
