"""Periods named relative to the publication date: "this|last|next <unit>", "<n>
<units> ago", "the year-ago quarter", "the 1988 period"."""

from __future__ import annotations

import datetime as dt
import re

from pipeline.lang.lexicons import rows
from pipeline.lang.timex.absolute import written_date
from pipeline.lang.timex.anchor import (
    Ctx,
    month_year,
    season_year,
)
from pipeline.lang.timex.lexicon import (
    MONTHS,
    SEASONS,
    WEEKDAYS,
    parse_number,
    unit_of,
)
from pipeline.lang.timex.relative import weekday
from pipeline.lang.timex.units import (
    Result,
    last_quarter,
    quarter_context,
    unit_value,
    weekend,
)

_DIRECTION = {r["word"]: int(r["offset"]) for r in rows("timex_directions")}


_DIR_RX = "|".join(sorted(_DIRECTION, key=len, reverse=True))


def _day_of_year(day: str, n: int, ctx: Ctx) -> Result | None:
    """ "december 28" or "the 23rd of june" in the year `n` years from publication
    ("... last year": -1), or None."""
    found = written_date(day, Ctx(None))  # read without a year: XXXX-MM-DD
    if found is None or len(found[0]) != 10:
        return None  # not a day of a month
    if ctx.pub is None:
        return found
    value = f"{ctx.pub.year + n:04d}{found[0][4:]}"
    try:
        dt.date.fromisoformat(value)
    except ValueError:  # "february 29" of a common year: a date, of no day
        return "", "DATE", "none"
    return value, "DATE", "published"


def _day_of_week(day: str, n: int, ctx: Ctx) -> Result | None:
    """ "wednesday" of the week `n` weeks from publication's ("friday of last
    week": -1), or None."""
    if day not in WEEKDAYS:
        return None
    if ctx.pub is None:
        return f"XXXX-WXX-{WEEKDAYS[day] + 1}", "DATE", "none"
    monday = ctx.pub - dt.timedelta(days=ctx.pub.weekday(), weeks=-n)
    return (monday + dt.timedelta(days=WEEKDAYS[day])).isoformat(), "DATE", "published"


def this_last_next(s: str, ctx: Ctx) -> Result | None:
    """<this|last|next|the past|the coming ...> <unit|month|season|weekend>, and
    "<month> (of) last year", "<month> <day> last year", "<weekday> next week".
    """
    m = re.fullmatch(rf"({_DIR_RX}) (.+)", s)
    if m:
        n, rest = _DIRECTION[m.group(1)], m.group(2)
    elif m := re.fullmatch(r"(?:the )?(.+?)(?:,| of)? (this|last|next) (year|week)", s):
        rest, n = m.group(1), {"this": 0, "last": -1, "next": 1}[m.group(2)]
        if m.group(3) == "week":
            return _day_of_week(rest, n, ctx)
        code = f"{MONTHS[rest]:02d}" if rest in MONTHS else SEASONS.get(rest)
        if code is None:
            return _day_of_year(rest, n, ctx)
        if ctx.pub is None:  # which year is unknown, the month or season is not
            return f"XXXX-{code}", "DATE", "none"
        return f"{ctx.pub.year + n:04d}-{code}", "DATE", "published"
    else:
        return None
    rest = re.sub(r"^(?:fiscal|calendar|financial|business|trading|school) ", "", rest)
    if rest in MONTHS:
        mon = MONTHS[rest]
        if ctx.pub is None:
            return f"XXXX-{mon:02d}", "DATE", "none"
        if n == 0:
            return f"{ctx.pub.year:04d}-{mon:02d}", "DATE", "published"
        y = month_year(Ctx(ctx.pub, {-1: "past", 1: "future"}.get(n, ctx.tense)), mon)
        if n == -1 and y == ctx.pub.year and mon == ctx.pub.month:
            y -= 1
        return f"{y:04d}-{mon:02d}", "DATE", "published"
    if rest in SEASONS:
        code = SEASONS[rest]
        if ctx.pub is None:
            return f"XXXX-{code}", "DATE", "none"
        y = (
            season_year(Ctx(ctx.pub, {-1: "past", 1: "future"}.get(n, ctx.tense)), code)
            if n
            else ctx.pub.year
        )
        return f"{y:04d}-{code}", "DATE", "published"
    if rest in WEEKDAYS:
        return weekday({-1: "last ", 1: "next ", 0: "this "}[n] + rest, ctx)
    unit = unit_of(rest) if " " not in rest else None
    if unit is None or rest.endswith("s") and unit != "weekend":
        return None
    if unit in ("decade", "century") and n:
        return None  # "the past decade" is a stretch of time: a duration
    if unit == "weekend" and ctx.pub is not None:
        return weekend(ctx, n, this=m is not None and m.group(1) == "this")
    if (
        unit == "quarter"
        and m
        and m.group(1) in ("the latest", "the most recent", "the last")
        and ctx.pub
    ):
        return quarter_context(ctx) or unit_value(ctx, "quarter", -1)
    return unit_value(ctx, unit, n)


def ago(s: str, ctx: Ctx) -> Result | None:
    """ "<n> <units> ago|earlier|later|from now|hence", and "a year ago" in earnings
    prose.
    """
    m = re.fullmatch(
        r"(.+?) (ago|earlier|before|later|after|from now|hence|back|from today)", s
    )
    if not m:
        return None
    words = m.group(1).split()
    unit = unit_of(words[-1]) if words else None
    count = parse_number(words[:-1]) if len(words) > 1 else (1 if unit else None)
    if unit is None or count is None:
        if (
            unit
            and words[:-1]
            and words[-2] in ("several", "few", "many", "couple", "some")
        ):
            return (
                (
                    "PAST_REF"
                    if m.group(2) in ("ago", "earlier", "before", "back")
                    else "FUTURE_REF"
                ),
                "DATE",
                "published",
            )
        return None
    sign = -1 if m.group(2) in ("ago", "earlier", "before", "back") else 1
    if unit == "year" and count == 1 and sign < 0 and (q := quarter_context(ctx, 1)):
        return q
    if unit in ("hour", "minute", "second"):
        return unit_value(ctx, "day", 0)
    return unit_value(ctx, unit, sign * count)


def year_ago_idiom(s: str, ctx: Ctx) -> Result | None:
    """ "the year-ago quarter", "the year-earlier period", "year-ago", "the same
    period last year".
    """
    if not re.fullmatch(
        r"(?:the |a )?(?:comparable |same |corresponding )?(?:year[- "
        r"](?:ago|earlier)|prior[- ]year|(?:period|quarter|month)s? (?:a year "
        r"(?:ago|earlier)|last year|of the previous year))(?: "
        r"(?:first|second|third|fourth) )?(?: "
        r"?(?:period|quarter|quarters|months|month|level|results))?",
        s,
    ):
        return None
    if (q := quarter_context(ctx, 1)) or ctx.pub is None:
        return q or ("XXXX", "DATE", "none")
    if "quarter" in s or "period" in s:
        return last_quarter(ctx, 1)
    return unit_value(ctx, "year", -1)


def year_period(s: str, ctx: Ctx) -> Result | None:
    """ "the 1988 quarter", "the 1989 period", "year-end": a named year seen through
    a period word.
    """
    if m := re.fullmatch(
        r"(?:the )?(\d{4}) (?:quarter|period|(?:first|second|third|fourth) quarter)", s
    ):
        y = int(m.group(1))
        q = quarter_context(ctx)
        return (f"{y:04d}-{q[0][-2:]}" if q else f"{y:04d}"), "DATE", "absolute"
    if s in (
        "year-end",
        "the year-end",
        "year end",
        "the end of the year",
        "the year's end",
        "year's end",
        "the year end",
    ):
        # TIMEX3 writes "the end of the year" as the year (the "end" goes to mod=END);
        # only the compound "year-end" names the closing day itself.
        day = "-12-31" if "-" in s else ""
        if ctx.pub is None:
            return "XXXX" + day, "DATE", "none"
        y = ctx.pub.year - (1 if ctx.tense == "past" and ctx.pub.month < 12 else 0)
        return f"{y:04d}{day}", "DATE", "published"
    return None
