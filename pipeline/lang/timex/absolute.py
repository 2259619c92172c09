"""Calendar dates written out: full, partial (no year) and numeric forms.

Input is the cleaned expression (lower case, abbreviation dots removed,
leading prepositions and modifiers stripped by the caller). Each function
returns ``(value, kind, anchor)`` or None when the form does not apply.

Numeric day/month policy: ``11/05/2024`` is read month first (US news
convention, also what the wire services write); when the first number
cannot be a month (> 12) it is read day first (``15/11/2024``). ISO
``2024-11-15`` and dotted European ``15.11.2024`` are unambiguous and read
as written.
"""

from __future__ import annotations

import datetime as dt
import re

from pipeline.lang.timex.anchor import (
    Ctx,
    month_day_year,
    month_year,
    quarter_year,
)
from pipeline.lang.timex.lexicon import MONTHS, ORDINALS, WEEKDAYS, spoken_year

Result = tuple[str, str, str]

_MON = r"(?P<mon>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>\d{4}|'\d{2})"
_WD = r"(?:(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r"),? )?"
_PATTERNS = [
    re.compile(rf"{_WD}{_MON} {_DAY}(?:,? {_YEAR})?"),  # november 14, 2024
    re.compile(
        rf"{_WD}(?:the )?{_DAY}(?: of)? {_MON},?(?: {_YEAR})?"
    ),  # 14 november 2024
    re.compile(rf"{_MON},?(?: of)? {_YEAR}"),  # november 2024
    re.compile(rf"{_MON}"),  # november
]
_SPAN = ("", "DATE", "none")
# A range of days in one month ("march 23-26", "23-29 january, 2018"): the
# second number is a day, not a two-digit year.
_DAY2 = r" ?- ?(?P<day2>\d{1,2})(?:st|nd|rd|th)?"
_DAY_RANGES = [
    re.compile(rf"{_WD}{_MON} {_DAY}{_DAY2}(?:,? {_YEAR})?"),
    re.compile(rf"(?:the )?{_DAY}{_DAY2}(?: of)? {_MON},?(?: {_YEAR})?"),
]
_ORD_Q = "|".join(k for k in ORDINALS if k not in ("last",))


def _year(text: str | None, ctx: Ctx) -> int | None:
    """Expand a written year; two-digit years take the century nearest publication."""
    if text is None:
        return None
    if text.startswith("'") or len(text) == 2:
        yy = int(text.strip("'"))
        ref = ctx.pub.year if ctx.pub else 2000
        cands = [c * 100 + yy for c in (ref // 100 - 1, ref // 100, ref // 100 + 1)]
        return min(cands, key=lambda y: abs(y - ref) if y <= ref + 10 else 10_000)
    return int(text)


def _day_value(y: int | None, m: int, d: int, ctx: Ctx) -> Result | None:
    if y is not None:
        try:
            return dt.date(y, m, d).isoformat(), "DATE", "absolute"
        except ValueError:
            return None
    if ctx.pub is None:
        return (
            (f"XXXX-{m:02d}-{d:02d}", "DATE", "none")
            if 1 <= m <= 12 and 1 <= d <= 31
            else None
        )
    year = month_day_year(ctx, m, d)
    if year is None:
        return None
    return f"{year:04d}-{m:02d}-{d:02d}", "DATE", "published"


def written_date(s: str, ctx: Ctx) -> Result | None:
    """Dates with a month name: "november 14", "14 november 2024", "nov 14, 2024",
    "march 2024", "march"; a range of days in a month ("march 23-26") is that
    month, of the year its first day would have (no one day is right).
    """
    for rx in _DAY_RANGES:
        if m := rx.fullmatch(s):
            mon, first, last = (
                MONTHS[m.group("mon")],
                int(m.group("day")),
                int(m.group("day2")),
            )
            if not first < last <= 31:
                return None
            day = _day_value(_year(m.group("year"), ctx), mon, first, ctx)
            return (day[0][:7], "DATE", day[2]) if day else None
    for rx in _PATTERNS:
        m = rx.fullmatch(s)
        if not m:
            continue
        mon = MONTHS[m.group("mon")]
        groups = m.groupdict()
        year = _year(groups.get("year"), ctx)
        if groups.get("day"):
            return _day_value(year, mon, int(groups["day"]), ctx)
        if year is not None:
            return f"{year:04d}-{mon:02d}", "DATE", "absolute"
        if ctx.pub is None:
            return f"XXXX-{mon:02d}", "DATE", "none"
        return f"{month_year(ctx, mon):04d}-{mon:02d}", "DATE", "published"
    m = re.fullmatch(rf"{_MON} (?P<rest>[a-z -]+)", s)
    if m and (y := spoken_year(m.group("rest").split())):
        return f"{y:04d}-{MONTHS[m.group('mon')]:02d}", "DATE", "absolute"
    return None


def numeric_date(s: str, ctx: Ctx) -> Result | None:
    """ISO and slashed/dotted numeric dates; see the module docstring for the
    day/month policy.
    """
    if m := re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})", s):
        return _day_value(int(m.group(1)), int(m.group(2)), int(m.group(3)), ctx)
    if m := re.fullmatch(r"(\d{4})-(\d{2})", s):
        y, mo = int(m.group(1)), int(m.group(2))
        # No month: a span of years ("2015-16", a season), which has no one value
        return (f"{y:04d}-{mo:02d}", "DATE", "absolute") if 1 <= mo <= 12 else _SPAN
    if m := re.fullmatch(r"(\d{4})/(\d{1,2})/(\d{1,2})", s):
        return _day_value(int(m.group(1)), int(m.group(2)), int(m.group(3)), ctx)
    if m := re.fullmatch(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})", s):
        return _day_value(_year(m.group(3), ctx), int(m.group(2)), int(m.group(1)), ctx)
    if m := re.fullmatch(r"(\d{1,2})[/-](\d{1,2})(?:[/-](\d{4}|\d{2}))?", s):
        a, b = int(m.group(1)), int(m.group(2))
        mon, day = (b, a) if a > 12 else (a, b)
        if m.group(3) is None and (mon > 12 or day > 31):
            return None
        return _day_value(_year(m.group(3), ctx), mon, day, ctx)
    if m := re.fullmatch(r"(\d{1,2})/(\d{4})", s):
        mo = int(m.group(1))
        return (f"{m.group(2)}-{mo:02d}", "DATE", "absolute") if 1 <= mo <= 12 else None
    return None


def year_form(s: str, ctx: Ctx) -> Result | None:
    """Years, decades, centuries, fiscal years, quarters and halves of a named year."""
    s = re.sub(
        r"^(?:the )?(?:calendar |fiscal |financial |fiscal year |fy ?|model year )",
        "",
        s,
    )
    s = re.sub(r"^(?:the )?year ", "", s)
    # "the 2017 fiscal year", as "fiscal year 2017"
    s = re.sub(r"^(?:the |its |their )?(\d{4}) (?:fiscal|financial) year$", r"\1", s)
    if m := re.fullmatch(r"(\d{4})(?:/(\d{2}|\d{4}))?", s):
        y = int(
            m.group(1)
        )  # "2024/25" (a fiscal or season year) is named by its first year
        return (f"{y:04d}", "DATE", "absolute") if 1000 <= y <= 2999 else None
    if m := re.fullmatch(r"'?(\d{2})", s):
        return f"{_year(m.group(1), ctx):04d}", "DATE", "absolute"
    if y := spoken_year(s.split()):
        return f"{y:04d}", "DATE", "absolute"
    if m := re.fullmatch(r"(?:the )?(\d{3})0'?s", s):
        d3 = m.group(1)
        if d3[2] == "0" and d3[:2] in {str(c) for c in range(11, 20)}:
            return d3[:2], "DATE", "absolute"  # "the 1800s": a century
        return d3, "DATE", "absolute"  # TimeML decade: three digits, "199"
    if m := re.fullmatch(r"(?:the )?'?([2-9])0'?s", s):
        ref = ctx.pub.year if ctx.pub else 2000
        dec = (ref // 100) * 100 + int(m.group(1)) * 10
        dec -= (
            100 if dec > ref + 10 else 0
        )  # "the '90s" written in 1989 is the coming decade
        return f"{dec // 10:03d}", "DATE", "absolute"
    if m := re.fullmatch(
        r"(?:the )?(?:nineteen |twenty "
        r")?(twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)",
        s,
    ):
        tens = [
            "twenties",
            "thirties",
            "forties",
            "fifties",
            "sixties",
            "seventies",
            "eighties",
            "nineties",
        ]
        ref = ctx.pub.year if ctx.pub else 2000
        dec = (ref // 100) * 100 + (tens.index(m.group(1)) + 2) * 10
        dec -= (
            100
            if dec > ref + 10 or s.split()[-2:-1] == ["nineteen"] and dec >= 2000
            else 0
        )
        return f"{dec // 10:03d}", "DATE", "absolute"
    if m := re.fullmatch(r"(?:the )?(\d{1,2})(?:st|nd|rd|th)[ -]century", s):
        return f"{int(m.group(1)) - 1:02d}", "DATE", "absolute"
    return quarter_form(s, ctx)


def quarter_form(s: str, ctx: Ctx) -> Result | None:
    """Quarters and halves: "q3 2024", "3q24", "the third quarter of 2024", "2024's
    first half", "third-quarter".
    """
    s = re.sub(r"^(?:the |its |their |a )", "", s)
    s = re.sub(
        r"\b(?:fiscal|financial|calendar|flat|latest|current|same|comparable)[ -]",
        "",
        s,
    ).replace("-", " ")
    year: int | None = None
    if (m := re.fullmatch(r"(.+?),? (?:of )?(this|last|next) year", s)) and ctx.pub:
        year, s = (
            ctx.pub.year + {"this": 0, "last": -1, "next": 1}[m.group(2)],
            m.group(1),
        )
    elif m := re.fullmatch(r"(this|last|next) year (.+)", s):
        if ctx.pub:
            year, s = (
                ctx.pub.year + {"this": 0, "last": -1, "next": 1}[m.group(1)],
                m.group(2),
            )
    m = (
        None
        if year is not None
        else re.fullmatch(r"(.+?),? (?:of |in )?(?:fiscal |fy ?)?(\d{4}|'\d{2})", s)
        or re.fullmatch(r"(?:fiscal |fy ?)?(\d{4})'?s? (.+)", s)
    )
    if m:
        body, ytext = (
            (m.group(1), m.group(2))
            if not m.group(1).isdigit()
            else (m.group(2), m.group(1))
        )
        year, s = _year(ytext, ctx), body
    if m := re.fullmatch(r"(?:q([1-4])|([1-4])q)(?: ?(\d{2}))?", s):
        q = int(m.group(1) or m.group(2))
        if m.group(3):
            year = _year(m.group(3), ctx)
        return _period(year, "Q", q, ctx)
    if m := re.fullmatch(rf"({_ORD_Q}) (quarter|half)", s):
        n = ORDINALS[m.group(1)]
        if m.group(2) == "half":
            return _period(year, "H", min(n, 2), ctx)
        return _period(year, "Q", n, ctx)
    if m := re.fullmatch(r"(?:h([12])|([12])h)", s):
        return _period(year, "H", int(m.group(1) or m.group(2)), ctx)
    if re.fullmatch(r"first (two|2) quarters", s):
        return _period(year, "H", 1, ctx)
    return None


def _period(year: int | None, code: str, n: int, ctx: Ctx) -> Result:
    if year is not None:
        return f"{year:04d}-{code}{n}", "DATE", "absolute"
    if ctx.pub is None:
        return f"XXXX-{code}{n}", "DATE", "none"
    if code == "Q":
        return f"{quarter_year(ctx, n):04d}-Q{n}", "DATE", "published"
    y = ctx.pub.year - (
        1 if n == 2 and ctx.pub.month <= 6 and ctx.tense != "future" else 0
    )
    return f"{y:04d}-H{n}", "DATE", "published"
