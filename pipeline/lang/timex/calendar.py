"""Calendar arithmetic and TIMEX3 value syntax.

Pure functions: shifting dates by calendar units, formatting TIMEX3 values
at a granularity, the ISO start/end bounds of a value, and a syntax check
used by the tests and as a last guard before a value leaves the normalizer.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re

_SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 2)}

_DATE = r"(?:\d{4}|\d{3}X|\d{2}XX|XXXX|\d{2}|\d{3})"
_TAIL = (
    r"(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?"
    r"|-W(?:\d{2}|XX)(?:-(?:[1-7]|WE))?"
    r"|-WXX-[1-7]"
    r"|-Q[1-4X]|-H[12X]|-(?:SP|SU|FA|WI))?"
)
_TIME = r"(?:T(?:\d{2}(?::\d{2}(?::\d{2})?)?Z?|MO|AF|EV|NI|DT))?"
_DUR = (
    r"P(?:(?:\d+(?:\.\d+)?|X)(?:Y|M|W|D|Q|H|DE|CE|ML|WE|L))*"
    r"(?:T(?:(?:\d+(?:\.\d+)?|X)[HMS])+)?"
)
TIMEX_VALUE = re.compile(
    rf"(?:{_DATE}{_TAIL}{_TIME}|{_DUR}|PRESENT_REF|PAST_REF|FUTURE_REF|XXXX-XX-XX{_TIME}|)"
)


def is_valid_value(value: str) -> bool:
    """True when ``value`` is well-formed TIMEX3 (the subset this package emits), or
    empty.
    """
    if value.startswith("P") and len(value) < 3:
        return False
    return TIMEX_VALUE.fullmatch(value) is not None


def add_months(d: dt.date, months: int) -> dt.date:
    """Shift ``d`` by whole months, clamping the day (Jan 31 + 1 month -> Feb 28/29)."""
    y, m = divmod(d.month - 1 + months, 12)
    year = d.year + y
    if not 1 <= year <= 9999:
        raise OverflowError("year out of range")
    day = min(d.day, calendar.monthrange(year, m + 1)[1])
    return dt.date(year, m + 1, day)


def shift(d: dt.date, unit: str, n: int) -> dt.date:
    """Shift ``d`` by ``n`` calendar units (day, week, month, quarter, year, decade,
    century).
    """
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit in ("week", "weekend"):
        return d + dt.timedelta(weeks=n)
    months = {"month": 1, "quarter": 3, "year": 12, "decade": 120, "century": 1200}.get(
        unit
    )
    if months is None:
        return d
    return add_months(d, n * months)


def quarter_of(d: dt.date) -> int:
    """Calendar quarter (1-4) of ``d``."""
    return (d.month - 1) // 3 + 1


def fmt(d: dt.date, unit: str) -> str:
    """Format ``d`` as a TIMEX3 value at the granularity of ``unit``."""
    if unit == "day":
        return d.isoformat()
    if unit in ("week", "weekend"):
        y, w, _ = d.isocalendar()
        return f"{y:04d}-W{w:02d}" + ("-WE" if unit == "weekend" else "")
    if unit == "month":
        return f"{d.year:04d}-{d.month:02d}"
    if unit == "quarter":
        return f"{d.year:04d}-Q{quarter_of(d)}"
    if unit == "half":
        return f"{d.year:04d}-H{1 if d.month <= 6 else 2}"
    if unit == "year":
        return f"{d.year:04d}"
    if unit == "decade":
        # TimeML writes a decade with three digits: "the 1990s" = 199
        return f"{d.year // 10:03d}"
    if unit == "century":
        return f"{d.year // 100:02d}"
    return d.isoformat()


def _last_day(y: int, m: int) -> dt.date:
    return dt.date(y, m, calendar.monthrange(y, m)[1])


def bounds(value: str) -> tuple[str, str]:
    """ISO (start, end) dates bounding a TIMEX3 calendar value, or ("", "").

    Points and intervals on the calendar (days, weeks, months, quarters,
    halves, seasons, years, decades, centuries, with or without a time of
    day) get bounds; durations, sets, references and values with X
    placeholders do not.
    """
    try:
        start, end = _bounds(value)
        if start:
            (
                dt.date.fromisoformat(start),
                dt.date.fromisoformat(end),
            )  # year 0000 and friends
        return start, end
    except (ValueError, OverflowError):
        return "", ""


def _bounds(value: str) -> tuple[str, str]:
    v = value.split("T", 1)[0]
    # The patterns below are digits-only, so values with X placeholders fall
    # through to ("", "") except the decade forms 199 and 199X, which are intervals.
    if not v or v.startswith("P") or v.endswith("_REF"):
        return "", ""
    if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v):
        d = dt.date(*map(int, m.groups()))
        return d.isoformat(), d.isoformat()
    if m := re.fullmatch(r"(\d{4})-(\d{2})", v):
        y, mo = map(int, m.groups())
        return dt.date(y, mo, 1).isoformat(), _last_day(y, mo).isoformat()
    if m := re.fullmatch(r"(\d{4})-W(\d{2})(-WE)?", v):
        monday = dt.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        first = monday + dt.timedelta(days=5 if m.group(3) else 0)
        return first.isoformat(), (monday + dt.timedelta(days=6)).isoformat()
    if m := re.fullmatch(r"(\d{4})-Q([1-4])", v):
        y, q = int(m.group(1)), int(m.group(2))
        return dt.date(y, 3 * q - 2, 1).isoformat(), _last_day(y, 3 * q).isoformat()
    if m := re.fullmatch(r"(\d{4})-H([12])", v):
        y, h = int(m.group(1)), int(m.group(2))
        return dt.date(y, 6 * h - 5, 1).isoformat(), _last_day(y, 6 * h).isoformat()
    if m := re.fullmatch(r"(\d{4})-(SP|SU|FA|WI)", v):
        y = int(m.group(1))
        a, b = _SEASON_MONTHS[m.group(2)]
        return dt.date(y, a, 1).isoformat(), _last_day(y + (b < a), b).isoformat()
    if re.fullmatch(r"\d{4}", v):
        return f"{v}-01-01", f"{v}-12-31"
    if re.fullmatch(r"\d{3}X?", v):
        return f"{v[:3]}0-01-01", f"{v[:3]}9-12-31"
    if re.fullmatch(r"\d{2}", v):
        return f"{v}00-01-01", f"{v}99-12-31"
    return "", ""
