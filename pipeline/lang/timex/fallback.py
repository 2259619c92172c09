"""Last resort for written dates the grammar does not cover: dateparser.

dateparser knows many spellings ("the 15th of November", "Nov 15th 2024 at
3pm") but is slow and silently wrong on TIMEX3 forms (decades, quarters,
weekdays of the publication week), so it only sees expressions that hold a
month name or a digit and that every grammar rule declined. One parser is
kept per publication date, as its settings carry the relative base.
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache

from pipeline.lang.timex.anchor import Ctx
from pipeline.lang.timex.lexicon import MONTHS

_MONTH_WORD = re.compile(r"\b(?:" + "|".join(MONTHS) + r")\b")


@lru_cache(maxsize=256)
def _parser(pub: dt.date):
    from dateparser.date import DateDataParser

    return DateDataParser(
        languages=["en"],
        settings={
            "RELATIVE_BASE": dt.datetime.combine(pub, dt.time()),
            "PREFER_DATES_FROM": "past",
            "RETURN_TIME_AS_PERIOD": True,
            "REQUIRE_PARTS": [],
        },
    )


def fallback(s: str, ctx: Ctx) -> tuple[str, str, str] | None:
    """Parse ``s`` with dateparser when it names a month or has a 4-digit year; None
    otherwise.

    Only day- and month-granular answers are trusted: dateparser answers
    "year" or "week" periods for relative phrases it half understands.
    """
    if ctx.pub is None or not (_MONTH_WORD.search(s) or re.search(r"\b\d{4}\b", s)):
        return None
    try:
        data = _parser(ctx.pub).get_date_data(s)
    except Exception:  # noqa: BLE001 - a library failure means "no answer", never a crash
        return None
    d, period = data.date_obj, data.period
    if d is None:
        return None
    anchor = "absolute" if re.search(r"\b\d{4}\b", s) else "published"
    if period == "day":
        return d.date().isoformat(), "DATE", anchor
    if period == "month":
        return f"{d.year:04d}-{d.month:02d}", "DATE", anchor
    if period == "time":
        return d.strftime("%Y-%m-%dT%H:%M"), "TIME", anchor
    return None
