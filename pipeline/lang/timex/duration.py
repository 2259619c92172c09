"""Durations ("three years" -> P3Y), sets ("every year" -> P1Y) and clock times.

Functions take the cleaned expression and return ``(value, kind, anchor)``
or, for durations anchored at publication ("the past three months"), a
5-tuple that also carries the ISO start and end of that stretch of time.
"""

from __future__ import annotations

import re

from pipeline.lang.timex.anchor import Ctx
from pipeline.lang.timex.calendar import shift
from pipeline.lang.timex.lexicon import (
    MONTHS,
    SEASONS,
    UNITS,
    WEEKDAYS,
    parse_number,
    unit_of,
)

_VAGUE = re.compile(
    r"(?:a |the )?(?:several|few|many|some|couple of|number of|matter of|handful of|"
    r"dozens of|hundreds of|thousands of|recent|coming|past|last|next)$"
)
_ANCHORED = re.compile(
    r"(?:the "
    r")?(past|last|previous|next|coming|following|first|latest|final|remaining)(?: "
    r"(.+))?"
)
# Multiples: decades and centuries are written in years, as TimeBank and most TIMEX3
# data do.
_SCALE = {
    "decade": ("Y", 10),
    "century": ("Y", 100),
    "millennium": ("Y", 1000),
    "fortnight": ("W", 2),
}


def _pvalue(count: int | str, unit: str) -> str:
    code, is_time = UNITS[unit]
    if unit in _SCALE:
        code, mult = _SCALE[unit]
        count = count * mult if isinstance(count, int) else count
    if unit == "weekend":
        code = "WE"
    return f"PT{count}{code}" if is_time else f"P{count}{code}"


def _count_unit(s: str) -> tuple[int | str, str, str] | None:
    """Split "<count> <unit>" into (count or "X", unit, the words before the count)."""
    s = s.replace("-", " ")
    words = s.split()
    for trail in (
        ("old",),
        ("long",),
        ("term",),
        ("period",),
        ("run",),
        ("low",),
        ("high",),
        ("stretch",),
    ):
        if len(words) > 2 and tuple(words[-len(trail) :]) == trail:
            words = words[: -len(trail)]
    if not words:
        return None
    unit = unit_of(words[-1])
    if unit is None:
        return None
    head = words[:-1]
    if not head:
        return ("X" if words[-1].endswith("s") else 1), unit, ""
    if head[-1] == "half" and len(head) >= 2 and head[-2] in ("a", "one", "and"):
        return None
    for i in range(len(head)):
        n = parse_number(head[i:])
        if (
            n is not None and 0 < n < 1000
        ):  # "the 1988 quarter" names a year, not 1988 quarters
            return n, unit, " ".join(head[:i])
    prefix = " ".join(head)
    if (
        (m := _ANCHORED.fullmatch(prefix))
        and not m.group(2)
        and not words[-1].endswith("s")
    ):
        return 1, unit, m.group(1)  # "the past decade": one unit back from publication
    if _VAGUE.search(prefix) and not re.match(
        r"(?:early|late|earlier|later|mid|(?:the )?(?:end|start|beginning|middle) "
        r"of)\b",
        prefix,
    ):
        # ("early next year" is a point in next year, not a vague stretch)
        m = _ANCHORED.search(prefix)
        return "X", unit, (m.group(1) if m else "")
    return None


def duration(s: str, ctx: Ctx) -> tuple | None:
    """ "three years", "a five-year", "the past two months", "several weeks", "24
    hours", "the past decade".
    """
    cu = _count_unit(s)
    if cu is None:
        return None
    count, unit, prefix = cu
    if unit == "weekend" and count == 1:
        return None
    value = _pvalue(count, unit)
    m = _ANCHORED.fullmatch(prefix) if prefix else None
    if (
        prefix
        and not m
        and prefix
        not in ("a", "an", "the", "another", "an additional", "an extra", "more")
    ):
        return None
    if m and isinstance(count, int) and ctx.pub and not UNITS[unit][1]:
        # "the past three months" is a stretch ending at publication: give it bounds.
        back = m.group(1) in ("past", "last", "previous", "latest")
        ahead = m.group(1) in ("next", "coming", "following", "remaining")
        base = {"decade": ("year", 10), "century": ("year", 100)}.get(unit, (unit, 1))
        try:
            other = shift(ctx.pub, base[0], (-1 if back else 1) * count * base[1])
        except (OverflowError, ValueError):
            return value, "DURATION", "absolute"
        if back:
            return (
                value,
                "DURATION",
                "published",
                other.isoformat(),
                ctx.pub.isoformat(),
            )
        if ahead:
            return (
                value,
                "DURATION",
                "published",
                ctx.pub.isoformat(),
                other.isoformat(),
            )
    return value, "DURATION", "absolute"


_SET_WORDS = {
    "daily": "P1D",
    "nightly": "P1D",
    "weekly": "P1W",
    "biweekly": "P2W",
    "monthly": "P1M",
    "quarterly": "P1Q",
    "annually": "P1Y",
    "yearly": "P1Y",
    "annual": "P1Y",
    "hourly": "PT1H",
    "semiannually": "P6M",
    "semi-annually": "P6M",
    "biannually": "P6M",
    "every other day": "P2D",
    "every other week": "P2W",
    "every other year": "P2Y",
}


def set_expr(s: str, ctx: Ctx) -> tuple | None:
    """ "every year", "each month", "daily", "twice a year", "every tuesday", "each
    july", "tuesdays".
    """
    if s in _SET_WORDS:
        return _SET_WORDS[s], "SET", "absolute"
    m = re.fullmatch(
        r"(?:(?:once|twice|\w+ times) )?(?:every|each|a|an|per)( other)? (.+)", s
    )
    if m:
        rest = m.group(2)
        if rest in WEEKDAYS:
            return f"XXXX-WXX-{WEEKDAYS[rest] + 1}", "SET", "absolute"
        if rest in MONTHS:
            return f"XXXX-{MONTHS[rest]:02d}", "SET", "absolute"
        if rest in SEASONS:
            return f"XXXX-{SEASONS[rest]}", "SET", "absolute"
        cu = _count_unit(rest)
        if cu and not cu[2]:
            count = 2 if m.group(1) else cu[0]
            if s.startswith(("a ", "an ", "per ")) and not s.startswith(
                ("a year", "a month", "a week", "a day")
            ):
                return None
            return _pvalue(count, cu[1]), "SET", "absolute"
        return None
    if s.endswith("s") and s[:-1] in WEEKDAYS and len(s) > 4:
        return f"XXXX-WXX-{WEEKDAYS[s[:-1]] + 1}", "SET", "absolute"
    return None


_CLOCK = re.compile(
    r"(?:(?P<h>\d{1,2})(?:[:.](?P<m>\d{2}))?"
    r"(?: ?(?P<ap>am|pm|a m|p m)| ?o'clock| ?(?P<h24>h|hrs|hours))"
    r"|(?P<hh>\d{1,2}):(?P<mm>\d{2})"
    r"|(?P<word>noon|midnight|midday))"
    r"(?: (?P<tz>[a-z]{1,2}[sd]t|gmt|utc|et|pt|ct|local time|local))?"
)


def clock(s: str) -> tuple[str, str, str] | None:
    """Split an expression into (time suffix like "T15:00", the text before, the text
    after), or None.
    """
    m = _CLOCK.search(s)
    if (
        not m
        or (m.start() and s[m.start() - 1] not in " ,")
        or (m.end() < len(s) and s[m.end()] not in " ,")
    ):
        return None
    if m.group("word") == "midnight":
        # TIMEX3: midnight closes the day it is named with ("midnight friday" = friday
        # T24)
        return "T24", s[: m.start()].strip(" ,"), s[m.end() :].strip(" ,")
    if m.group("word"):
        h, mi = {"noon": 12, "midday": 12}[m.group("word")], 0
    elif m.group("hh"):
        h, mi = int(m.group("hh")), int(m.group("mm"))
    else:
        h, mi = int(m.group("h")), int(m.group("m") or 0)
        ap = (m.group("ap") or "").replace(" ", "")
        if ap == "pm" and h < 12:
            h += 12
        elif ap == "am" and h == 12:
            h = 0
    if h > 23 or mi > 59:
        return None
    zulu = "Z" if m.group("tz") in ("gmt", "utc") else ""
    return (
        f"T{h:02d}:{mi:02d}{zulu}",
        s[: m.start()].strip(" ,"),
        s[m.end() :].strip(" ,"),
    )


def with_clock(s: str, ctx: Ctx, normalize) -> tuple | None:
    """ "3 pm", "10:30 a.m. EST Nov. 6", "noon Thursday", "Tuesday at 9 pm": a TIME
    on the date named or the publication date.
    """
    parts = clock(s)
    if parts is None:
        return None
    suffix, before, after = parts
    rest = re.sub(
        r"^(?:on|of|at) |(?: on| at)$",
        "",
        " ".join(x for x in (before, after) if x).strip(),
    )
    if not rest or rest in ("today", "this", "the"):
        if ctx.pub is None:
            return "XXXX-XX-XX" + suffix, "TIME", "none"
        return ctx.pub.isoformat() + suffix, "TIME", "published"
    base = normalize(rest, ctx)
    if base is None or not re.fullmatch(
        r"(?:\d{4}|XXXX)-(?:\d{2}|XX)-(?:\d{2}|XX)", base[0]
    ):
        return None
    return base[0] + suffix, "TIME", base[2]
