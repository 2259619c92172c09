"""Relative and deictic expressions: a small grammar over the cleaned text.

Covers "today"/"yesterday", "this|last|next <unit|month|weekday|season>",
"<n> <units> ago|earlier|later", "earlier this year", the year-ago idiom of
earnings reports, weekdays, and the PRESENT_REF/PAST_REF/FUTURE_REF words.
Each function returns ``(value, kind, anchor)`` or None. Without a
publication date the value keeps X placeholders and the anchor is "none".
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.lang.timex.anchor import (
    Ctx,
    month_year,
    quarter_year,
    season_year,
    weekday_date,
)
from pipeline.lang.timex.calendar import fmt, shift
from pipeline.lang.timex.lexicon import (
    MONTHS,
    ORDINALS,
    PARTS_OF_DAY,
    SEASONS,
    WEEKDAYS,
    parse_number,
    unit_of,
)

Result = tuple[str, str, str]

REFS = {
    "PRESENT_REF": {
        "now",
        "right now",
        "currently",
        "current",
        "presently",
        "at present",
        "present",
        "nowadays",
        "these days",
        "at the moment",
        "the moment",
        "this time",
        "at this time",
        "the present",
        "today's",
        "this point",
        "at this point",
        "as yet",
        "so far",
    },
    "PAST_REF": {
        "recently",
        "recent",
        "lately",
        "previously",
        "formerly",
        "once",
        "the past",
        "earlier",
        "before",
        "past",
        "some time ago",
        "years ago",
        "long ago",
        "in the past",
        "recent years",
        "recent days",
        "recent weeks",
        "recent months",
        "the old days",
        "several years ago",
        "a few years ago",
        "some years ago",
        "decades ago",
        "months ago",
        "more recently",
        "most recently",
        "until recently",
        "previous years",
        "past years",
    },
    "FUTURE_REF": {
        "soon",
        "the future",
        "future",
        "the near future",
        "the near term",
        "the short term",
        "the long term",
        "the coming years",
        "later",
        "eventually",
        "shortly",
        "someday",
        "one day",
        "the years ahead",
        "the years to come",
        "coming years",
        "a later date",
        "the medium term",
        "in the future",
        "as soon as possible",
        "future quarters",
        "future years",
        "future months",
        "future weeks",
        "future periods",
    },
}
_REF_OF = {w: ref for ref, words in REFS.items() for w in words}
_VAGUE_REF = re.compile(
    r"(?:the )?(?:(coming|upcoming)|(?:last|past) (?:few|several|many))"
    r" (?:days|weeks|months|quarters|years)"
)
_QUARTER_CTX = re.compile(
    r"\b(first|second|third|fourth)[- ](?:fiscal )?quarter|\b(?:q([1-4]))\b"
)
_DIRECTION = {
    "this": 0,
    "the current": 0,
    "current": 0,
    "the present": 0,
    "this past": -1,
    "last": -1,
    "the last": -1,
    "the past": -1,
    "past": -1,
    "the previous": -1,
    "previous": -1,
    "the prior": -1,
    "prior": -1,
    "the latest": -1,
    "the most recent": -1,
    "next": 1,
    "the next": 1,
    "the coming": 1,
    "coming": 1,
    "the following": 1,
    "the upcoming": 1,
    "the new": 1,
}
_DIR_RX = "|".join(sorted(_DIRECTION, key=len, reverse=True))


def reference(s: str, ctx: Ctx) -> Result | None:
    """PRESENT_REF / PAST_REF / FUTURE_REF for words like "now", "recently", "the
    future".
    """
    ref = _REF_OF.get(s)
    if ref is None and (m := _VAGUE_REF.fullmatch(s)):
        # an uncounted stretch reaching back from, or forward of, the present: "the last
        # few months",
        # "coming quarters" (counted ones - "the past three months" - stay durations)
        ref = "FUTURE_REF" if m.group(1) else "PAST_REF"
    if ref is None:
        return None
    return ref, "DATE", "published" if ctx.pub else "none"


def _out(
    ctx: Ctx, d: dt.date | None, unit: str, unknown: str, kind: str = "DATE"
) -> Result:
    """Format a resolved date, or the X placeholder form when there is no publication
    date.
    """
    if d is None or ctx.pub is None:
        return unknown, kind, "none"
    return fmt(d, unit), kind, "published"


def deictic(s: str, ctx: Ctx) -> Result | None:
    """today, yesterday, tomorrow, tonight, the day before yesterday, ..."""
    offsets = {
        "today": 0,
        "tonight": 0,
        "yesterday": -1,
        "tomorrow": 1,
        "the day before yesterday": -2,
        "the day after tomorrow": 2,
        "this day": 0,
        "the same day": 0,
        "that day": 0,
        "the day": 0,
        "later in the day": 0,
        "later that day": 0,
        "earlier in the day": 0,
        "later today": 0,
        "earlier today": 0,
        "later this week": None,
        "the other day": -2,
    }
    if s not in offsets or offsets[s] is None:
        return None
    d = ctx.pub + dt.timedelta(days=offsets[s]) if ctx.pub else None
    if s == "tonight":
        v, _, a = _out(ctx, d, "day", "XXXX-XX-XX")
        return v + "TNI", "TIME", a
    return _out(ctx, d, "day", "XXXX-XX-XX")


def weekday(s: str, ctx: Ctx) -> Result | None:
    """ "tuesday", "last tuesday", "next friday", "this monday" (optionally with a
    part of day).
    """
    m = re.fullmatch(
        r"(?:(last|next|this|this past|this coming|coming|past) )?([a-z]+)", s
    )
    if not m or m.group(2) not in WEEKDAYS:
        return None
    wd = WEEKDAYS[m.group(2)]
    direction = {
        "this past": "last",
        "past": "last",
        "this coming": "next",
        "coming": "next",
    }.get(m.group(1) or "", m.group(1) or "")
    if ctx.pub is None:
        return f"XXXX-WXX-{wd + 1}", "DATE", "none"
    return weekday_date(ctx, wd, direction).isoformat(), "DATE", "published"


def _unit_value(ctx: Ctx, unit: str, n: int) -> Result | None:
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
    return _out(ctx, d, unit, unknown)


def this_last_next(s: str, ctx: Ctx) -> Result | None:
    """<this|last|next|the past|the coming ...> <unit|month|season|weekend>, and
    "<month> last year".
    """
    m = re.fullmatch(rf"({_DIR_RX}) (.+)", s)
    if m:
        n, rest = _DIRECTION[m.group(1)], m.group(2)
    elif m := re.fullmatch(r"(.+) (this|last|next) year", s):
        rest, n = m.group(1), {"this": 0, "last": -1, "next": 1}[m.group(2)]
        if rest in MONTHS and ctx.pub:
            return f"{ctx.pub.year + n:04d}-{MONTHS[rest]:02d}", "DATE", "published"
        if rest in SEASONS and ctx.pub:
            return f"{ctx.pub.year + n:04d}-{SEASONS[rest]}", "DATE", "published"
        return None
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
        return _weekend(ctx, n, this=m is not None and m.group(1) == "this")
    if (
        unit == "quarter"
        and m
        and m.group(1) in ("the latest", "the most recent", "the last")
        and ctx.pub
    ):
        return _quarter_context(ctx) or _unit_value(ctx, "quarter", -1)
    return _unit_value(ctx, unit, n)


def _last_quarter(ctx: Ctx, years_back: int = 0) -> Result:
    """The most recently completed quarter (what "the quarter" means in results
    news).
    """
    d = shift(ctx.pub, "quarter", -1 - 4 * years_back)
    return fmt(d, "quarter"), "DATE", "published"


def _quarter_context(ctx: Ctx, years_back: int = 0) -> Result | None:
    """The quarter a sentence is about ("third-quarter profit ... a year earlier").

    The caller passes the quarter phrase of the sentence, or "money" for
    sentences comparing amounts (results prose), which speak of the last
    completed quarter.
    """
    if ctx.pub is None:
        return None
    if ctx.sentence == "money":
        return _last_quarter(ctx, years_back)
    m = _QUARTER_CTX.search(ctx.sentence.lower())
    if not m:
        return None
    q = ORDINALS.get(m.group(1) or "", 0) or int(m.group(2) or 0)
    y = quarter_year(ctx, q) - years_back
    return f"{y:04d}-Q{q}", "DATE", "published"


def _weekend(ctx: Ctx, n: int, this: bool = False) -> Result:
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
    if unit == "year" and count == 1 and sign < 0 and (q := _quarter_context(ctx, 1)):
        return q
    if unit in ("hour", "minute", "second"):
        return _unit_value(ctx, "day", 0)
    return _unit_value(ctx, unit, sign * count)


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
    if (q := _quarter_context(ctx, 1)) or ctx.pub is None:
        return q or ("XXXX", "DATE", "none")
    if "quarter" in s or "period" in s:
        return _last_quarter(ctx, 1)
    return _unit_value(ctx, "year", -1)


def year_period(s: str, ctx: Ctx) -> Result | None:
    """ "the 1988 quarter", "the 1989 period", "year-end": a named year seen through
    a period word.
    """
    if m := re.fullmatch(
        r"(?:the )?(\d{4}) (?:quarter|period|(?:first|second|third|fourth) quarter)", s
    ):
        y = int(m.group(1))
        q = _quarter_context(ctx)
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


def anaphoric(s: str, ctx: Ctx) -> Result | None:
    """ "the quarter", "the latest period", "the year", "the week", "the weekend",
    "the month".
    """
    if s in (
        "the quarter",
        "the latest period",
        "that quarter",
        "the period",
        "quarter",
        "the latest quarter",
    ):
        if ctx.pub is None:
            return "XXXX-QX", "DATE", "none"
        return _quarter_context(ctx) or _unit_value(
            ctx, "quarter", 0 if ctx.tense == "future" else -1
        )
    if s in ("the weekend", "weekend") and ctx.pub is not None:
        return _weekend(ctx, 0)
    base = {
        "the year": "year",
        "the month": "month",
        "the week": "week",
        "the weekend": "weekend",
        "weekend": "weekend",
        "the current year": "year",
        "the end of the month": "month",
        "the decade": "decade",
        "the century": "century",
        "this century": "century",
        "the full year": "year",
    }.get(s)
    return _unit_value(ctx, base, 0) if base else None


def part_of_day(s: str, ctx: Ctx, normalize) -> Result | None:
    """ "friday evening", "this morning", "last night", "yesterday afternoon": TIME
    values like 2024-11-14TEV.
    """
    m = re.fullmatch(
        r"(?:(.+) )?(morning|afternoon|evening|night|mid-afternoon|midafternoon|nights|"
        r"tonight|overnight)(?: of (.+))?",
        s,
    )
    if not m:
        # part of the day first: "mid-afternoon yesterday", "late evening friday"
        m = re.fullmatch(
            r"()(?:(?:early|late) "
            r")?(morning|afternoon|evening|night|mid-afternoon|midafternoon) "
            r"((?:yesterday|today|tomorrow|(?:last |this |next "
            r")?(?:mon|tues|wednes|thurs|fri|satur|sun)day))",
            s,
        )
        if not m:
            return None
    day_text = m.group(1) or m.group(3) or ""
    code = PARTS_OF_DAY.get(m.group(2), "NI")
    if day_text in (
        "",
        "this",
        "the",
        "in the",
        "late",
        "early",
        "later this",
        "earlier this",
    ):
        base = _out(ctx, ctx.pub, "day", "XXXX-XX-XX")
    elif day_text in ("last", "the previous", "late last", "early last"):
        base = _out(
            ctx,
            ctx.pub - dt.timedelta(days=1) if ctx.pub else None,
            "day",
            "XXXX-XX-XX",
        )
    elif day_text in ("tomorrow", "the next", "next"):
        base = _out(
            ctx,
            ctx.pub + dt.timedelta(days=1) if ctx.pub else None,
            "day",
            "XXXX-XX-XX",
        )
    else:
        base = normalize(day_text, ctx)
        if base is None or base[1] != "DATE":
            return None
    value = base[0]
    if m.group(2) == "nights" and value.startswith("XXXX-WXX"):
        return value + "TNI", "SET", "absolute"
    if not re.fullmatch(r"(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)", value):
        return None
    return value + "T" + code, "TIME", base[2]
