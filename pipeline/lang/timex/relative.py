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

from pipeline.lang.lexicons import rows
from pipeline.lang.timex.anchor import (
    Ctx,
    weekday_date,
)
from pipeline.lang.timex.lexicon import (
    PARTS_OF_DAY,
    WEEKDAYS,
)
from pipeline.lang.timex.units import (
    Result,
    quarter_context,
    unit_value,
    value_of,
    weekend,
)

REFS: dict[str, set[str]] = {}
for _row in rows("timex_refs"):
    REFS.setdefault(_row["ref"], set()).add(_row["word"])
_REF_OF = {w: ref for ref, words in REFS.items() for w in words}
_VAGUE_REF = re.compile(
    r"(?:the )?(?:(coming|upcoming)|(?:last|past) (?:few|several|many))"
    r" (?:days|weeks|months|quarters|years)"
)


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
        v, _, a = value_of(ctx, d, "day", "XXXX-XX-XX")
        return v + "TNI", "TIME", a
    return value_of(ctx, d, "day", "XXXX-XX-XX")


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
        return quarter_context(ctx) or unit_value(
            ctx, "quarter", 0 if ctx.tense == "future" else -1
        )
    if s in ("the weekend", "weekend") and ctx.pub is not None:
        return weekend(ctx, 0)
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
    return unit_value(ctx, base, 0) if base else None


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
        base = value_of(ctx, ctx.pub, "day", "XXXX-XX-XX")
    elif day_text in ("last", "the previous", "late last", "early last"):
        base = value_of(
            ctx,
            ctx.pub - dt.timedelta(days=1) if ctx.pub else None,
            "day",
            "XXXX-XX-XX",
        )
    elif day_text in ("tomorrow", "the next", "next"):
        base = value_of(
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
