"""Values from a calendar unit and the story's context: the building blocks of the
relative and period grammars (a unit shifted from the publication date, the
quarter a sentence is about, the weekend meant)."""

from __future__ import annotations

import datetime as dt
import re

from pipeline.lang.timex.anchor import (
    Ctx,
    quarter_year,
)
from pipeline.lang.timex.calendar import fmt, shift
from pipeline.lang.timex.lexicon import (
    ORDINALS,
)

Result = tuple[str, str, str]


QUARTER_CTX = re.compile(
    r"\b(first|second|third|fourth)[- ](?:fiscal )?quarter|\b(?:q([1-4]))\b"
)


def value_of(
    ctx: Ctx, d: dt.date | None, unit: str, unknown: str, kind: str = "DATE"
) -> Result:
    """Format a resolved date, or the X placeholder form when there is no publication
    date.
    """
    if d is None or ctx.pub is None:
        return unknown, kind, "none"
    return fmt(d, unit), kind, "published"


def unit_value(ctx: Ctx, unit: str, n: int) -> Result | None:
    unknown = {
        "day": "XXXX-XX-XX",
        "week": "XXXX-WXX",
        "weekend": "XXXX-WXX-WE",
        "month": "XXXX-XX",
        "quarter": "XXXX-QX",
        "year": "XXXX",
        "decade": "XXXX",
        "century": "XX",
    }.get(unit)
    if unknown is None:
        return None
    d = shift(ctx.pub, unit, n) if ctx.pub else None
    return value_of(ctx, d, unit, unknown)


def last_quarter(ctx: Ctx, years_back: int = 0) -> Result:
    """The most recently completed quarter (what "the quarter" means in results
    news).
    """
    d = shift(ctx.pub, "quarter", -1 - 4 * years_back)
    return fmt(d, "quarter"), "DATE", "published"


def quarter_context(ctx: Ctx, years_back: int = 0) -> Result | None:
    """The quarter a sentence is about ("third-quarter profit ... a year earlier").

    The caller passes the quarter phrase of the sentence, or "money" for
    sentences comparing amounts (results prose), which speak of the last
    completed quarter.
    """
    if ctx.pub is None:
        return None
    if ctx.sentence == "money":
        return last_quarter(ctx, years_back)
    m = QUARTER_CTX.search(ctx.sentence.lower())
    if not m:
        return None
    q = ORDINALS.get(m.group(1) or "", 0) or int(m.group(2) or 0)
    y = quarter_year(ctx, q) - years_back
    return f"{y:04d}-Q{q}", "DATE", "published"


def weekend(ctx: Ctx, n: int, this: bool = False) -> Result:
    """The weekend meant from the publication date: the last one unless the text
    looks ahead.
    """
    pub = ctx.pub
    if n == 0 and (this or pub.weekday() >= 5 or ctx.tense == "future"):
        return fmt(pub, "weekend"), "DATE", "published"
    base = (
        pub - dt.timedelta(days=7)
        if n <= 0
        else pub + dt.timedelta(days=7 if pub.weekday() >= 5 else 0)
    )
    return fmt(base, "weekend"), "DATE", "published"
