"""Normalize date and time expressions to TIMEX3 values against the publication date.

Public API: :class:`Timex` and :func:`normalize_date`. The grammar lives in
the ``timex_*`` modules; this module cleans the text, runs the rules in a
fixed order, falls back to dateparser for written forms the grammar does
not know, and attaches ISO bounds. Nothing here reads the machine's clock:
without a publication date, relative values keep X placeholders.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from pipeline.lang.timex import (
    absolute,
    duration,
    holiday,
    narrative,
    periods,
    relative,
)
from pipeline.lang.timex.anchor import Ctx
from pipeline.lang.timex.calendar import bounds, is_valid_value
from pipeline.lang.timex.lexicon import MONTHS, tense
from pipeline.lang.timex.surface import clean, strip_lead

__all__ = ["Timex", "normalize_date", "sets_reference", "KINDS", "ANCHORS"]

KINDS = ("DATE", "TIME", "DURATION", "SET")
ANCHORS = ("absolute", "published", "none")


@dataclass(frozen=True)
class Timex:
    """One normalized expression.

    ``value`` is a TIMEX3 value ("" when nothing can be said), ``kind`` one of
    DATE/TIME/DURATION/SET, ``start``/``end`` ISO dates bounding the value
    when it is a point or interval on the calendar (else ""), and ``anchor``
    says what the value rests on: the text alone ("absolute"), the
    publication date ("published"), or nothing available ("none").
    """

    value: str
    kind: str
    start: str = ""
    end: str = ""
    anchor: str = "none"


_EMPTY = Timex("", "DATE", "", "", "none")
_EMPTY_DURATION = Timex("", "DURATION", "", "", "none")
_UNIT_END = re.compile(
    r"\b(?:seconds|minutes|hours|days|weeks|months|quarters|years|decades|centuries)"
    r"(?:-old| old| long)?$"
)


_RULES = (
    narrative.narrative,
    relative.reference,
    duration.set_expr,
    absolute.numeric_date,
    absolute.written_date,
    absolute.year_form,
    relative.deictic,
    relative.weekday,
    periods.year_ago_idiom,
    periods.this_last_next,
    periods.ago,
    relative.anaphoric,
    periods.year_period,
    holiday.holiday,
    narrative.season,
    narrative.years_period,
)


def _rules(s: str, ctx: Ctx):
    """Run the grammar on a cleaned expression; the first rule that applies wins."""
    for rule in _RULES:
        if r := rule(s, ctx):
            return r
    if m := re.fullmatch(r"(?:the )?week of (.+)", s):
        # "the week of march 6": the ISO week holding that day
        r = _rules(m.group(1), ctx)
        if r and re.fullmatch(r"\d{4}-\d{2}-\d{2}", r[0]):
            y, w, _ = dt.date.fromisoformat(r[0]).isocalendar()
            return f"{y:04d}-W{w:02d}", "DATE", r[2]
        return None
    for rule in (relative.part_of_day, duration.with_clock):
        if r := rule(s, ctx, _normalize_inner):
            return r
    return duration.duration(s, ctx)


def _normalize_inner(s: str, ctx: Ctx):
    """Normalize a sub-expression (used by time-of-day rules); also tries after
    stripping lead words.
    """
    r = _rules(s, ctx)
    if r is None:
        stripped = strip_lead(s)
        if stripped != s and stripped:
            r = _rules(stripped, ctx)
    if r is None and "," in s:
        r = _rules(s.replace(",", ""), ctx)
    if r is None:
        r = _weekday_prefixed(s, ctx)
    return r


def _weekday_prefixed(s: str, ctx: Ctx):
    """ "friday, oct 13" / "oct 13, friday": the calendar date wins over the weekday."""
    m = re.fullmatch(
        r"((?:(?:this|next|last|this coming|this past|coming|past) )?[a-z]+day),? "
        r"(.+)|(.+?),? ([a-z]+day)",
        s,
    )
    if not m:
        return None
    rest = m.group(2) or m.group(3)
    return (
        _rules(rest, ctx) if rest and any(w in MONTHS for w in rest.split()) else None
    )


@lru_cache(maxsize=65536)
def _cached(
    text: str, published: dt.date | None, tense_: str, qctx: str, ref: str = ""
) -> Timex:
    ctx = Ctx(published, tense_, qctx, ref)
    s = clean(text)
    if not s:
        return _EMPTY
    r = _normalize_inner(s, ctx)
    if r is None:
        from pipeline.lang.timex.fallback import (
            fallback,
        )  # imported lazily: dateparser is slow to load

        r = fallback(s, ctx)
    if r is None:
        # nothing to say about the value, but "2 1/2 years", "the years" still measure
        # time
        return _EMPTY_DURATION if _UNIT_END.search(s) else _EMPTY
    value, kind, anchor = r[0], r[1], r[2]
    if not is_valid_value(value):
        return _EMPTY
    start, end = (r[3], r[4]) if len(r) == 5 else bounds(value)
    if kind == "DATE" and value == "PRESENT_REF" and published is not None:
        start = end = published.isoformat()
    if start and end and start > end:
        start, end = "", ""
    return Timex(value, kind, start, end, anchor)


_QUARTER_WORD = re.compile(
    r"(first|second|third|fourth)[- ](?:fiscal )?quarter|\bq[1-4]\b", re.I
)
# Earnings prose ("net rose to $5 million from $4 million a year earlier") compares
# quarters.
_MONEY = re.compile(
    r"[$\u00a3\u20ac#]\s?\d|\ba share\b|\bcents\b|\b(?:million|billion)\b"
)
# Every match of `_QUARTER_WORD` holds a "q" or "Q" (IGNORECASE folds no other
# character to q), and every match of `_MONEY` one of these.
_MONEY_HINTS = ("$", "\u00a3", "\u20ac", "#", "a share", "cents", "illion")


_FISCAL_YEAR = re.compile(r"(?:the |a )?(?:fiscal |financial )?year")

_CALENDAR = re.compile(
    r"\d{4}(?:-(?:\d{2}|Q[1-4]|H[12]|W\d{2}|SP|SU|FA|WI)(?:-\d{2})?)?"
)


def sets_reference(tx: Timex) -> bool:
    """True when ``tx`` names a calendar date that later anaphora ("that year") may rest
    on.

    Dates resolved against the publication date count too ("in March ...
    the following month"): they are where the story stands. References
    (PRESENT_REF), durations and values with X placeholders do not.
    """
    return (
        tx.kind == "DATE"
        and tx.anchor != "none"
        and bool(_CALENDAR.fullmatch(tx.value))
    )


_WEEKDAY_WORD = re.compile(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b", re.I)
_DAY_WORD = re.compile(
    r"\b(?:today|tonight|yesterday|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b",
    re.I,
)


def _clock_on_weekday(tx: Timex, text: str, sentence: str, published: dt.date) -> Timex:
    """Move a bare clock time ("10:35 a.m.") onto the one weekday its sentence names.

    "The blast occurred at 10:35 a.m. (0735 GMT) Friday": the time was put
    on the publication date, but the sentence dates it. Only when the
    sentence names exactly one weekday and the expression names no day.
    """
    if _DAY_WORD.search(text):
        return tx
    days = {m.group(0).lower() for m in _WEEKDAY_WORD.finditer(sentence)}
    if len(days) != 1:
        return tx
    day = days.pop()
    d = _cached(day, published, tense(sentence, day), "", "")
    if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", d.value):
        return tx
    return Timex(d.value + tx.value[10:], tx.kind, d.value, d.value, tx.anchor)


@lru_cache(maxsize=1024)
def _quarter_context(sentence: str) -> str:
    """The quarter `sentence` names ("second quarter", "q3"), or "money" for
    earnings prose, or "": once per sentence, which often holds several dates."""
    # A sentence without the text every match holds needs no scan (most have none).
    q = _QUARTER_WORD.search(sentence) if "q" in sentence or "Q" in sentence else None
    if q:
        return q.group(0).lower()
    if not any(h in sentence for h in _MONEY_HINTS):
        return ""
    return "money" if _MONEY.search(sentence) else ""


def normalize_date(
    text: str,
    published: dt.date | None,
    *,
    sentence: str = "",
    previous: Timex | None = None,
) -> Timex:
    """Normalize one date/time expression ``text`` against the publication date.

    ``published`` anchors relative expressions ("yesterday", "November 14");
    when it is None those get X placeholders (XXXX-11-14) and anchor "none".
    ``sentence`` is the sentence holding the expression; its tense decides
    which way partial dates and weekdays resolve, and a quarter named in it
    resolves "a year earlier" in earnings prose. ``previous`` is the last
    result of the same document that names a calendar date (see
    `sets_reference`); anaphora such as "that year" or "the following month"
    resolve against it instead of the publication date. Never raises: anything
    unparseable gives ``Timex("", "DATE", "", "", "none")``. Results are
    cached per (text, published date, tense, quarter context, reference).
    """
    try:
        if not isinstance(text, str) or len(text) > 200:
            return _EMPTY
        if isinstance(published, dt.datetime):
            published = published.date()
        if published is not None and not isinstance(published, dt.date):
            published = None
        sent = sentence if isinstance(sentence, str) else ""
        t = tense(sent, text) if sent else ""
        qctx = _quarter_context(sent)
        ref = ""
        if (
            previous is not None
            and isinstance(previous, Timex)
            and sets_reference(previous)
        ):
            s = clean(text)
            if s in narrative.ANAPHORA or strip_lead(s) in narrative.ANAPHORA:
                # only anaphora see it, so other expressions keep sharing cache entries
                ref = previous.value
        tx = _cached(text, published, t, qctx, ref)
        if (
            tx.kind == "DATE"
            and sent
            and _FISCAL_YEAR.fullmatch(clean(text))
            and re.search(re.escape(text) + r",? end(?:ed|ing)\b", sent)
        ):
            tx = Timex(
                "P1Y", "DURATION", "", "", "absolute"
            )  # "the year ended March 31": a (fiscal) year's length
        if (
            tx.kind == "TIME"
            and published is not None
            and tx.value.startswith(published.isoformat() + "T")
        ):
            tx = _clock_on_weekday(tx, text, sent, published)
        return tx
    except Exception:  # noqa: BLE001 - the contract is "never raises"; a bad value is just empty
        return _EMPTY
