"""Named holidays: fixed-date ones and the few computed ones common in English news.

Easter comes from python-dateutil (a parsing primitive we already depend
on); the US floating holidays are "n-th weekday of a month" rules.
"""

from __future__ import annotations

import datetime as dt
import re

from dateutil.easter import easter

from pipeline.lang.timex.anchor import Ctx

_FIXED = {
    "christmas": (12, 25),
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "halloween": (10, 31),
    "independence day": (7, 4),
    "valentine's day": (2, 14),
    "veterans day": (11, 11),
    "boxing day": (12, 26),
}
# (month, weekday Monday=0, n-th occurrence; -1 = last)
_FLOATING = {
    "thanksgiving": (11, 3, 4),
    "thanksgiving day": (11, 3, 4),
    "labor day": (9, 0, 1),
    "memorial day": (5, 0, -1),
}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> dt.date:
    if n > 0:
        first = dt.date(year, month, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - weekday) % 7)


def _on(name: str, year: int) -> dt.date | None:
    if name in _FIXED:
        return dt.date(year, *_FIXED[name])
    if name in _FLOATING:
        return _nth_weekday(year, *_FLOATING[name])
    if name in ("easter", "easter sunday"):
        return easter(year)
    if name == "election day":  # US: the Tuesday after the first Monday of November
        return _nth_weekday(year, 11, 0, 1) + dt.timedelta(days=1)
    return None


def holiday(s: str, ctx: Ctx) -> tuple[str, str, str] | None:
    """ "Thanksgiving", "last Christmas", "Easter 2024", "Election Day": the
    holiday's date nearest publication.
    """
    m = re.fullmatch(r"(?:(last|next|this) )?(.+?)(?:,? (\d{4}))?", s)
    if not m or _on(m.group(2), 2000) is None:
        return None
    name, year = m.group(2), m.group(3)
    if year:
        return _on(name, int(year)).isoformat(), "DATE", "absolute"
    if ctx.pub is None:
        # no year to place it in: the month and, for fixed-date holidays, the day stay
        # known
        fixed = _FIXED.get(name)
        month = fixed[0] if fixed else _FLOATING[name][0] if name in _FLOATING else None
        if month is None:
            return "XXXX-XX-XX", "DATE", "none"
        return (
            f"XXXX-{month:02d}-{fixed[1]:02d}" if fixed else f"XXXX-{month:02d}-XX",
            "DATE",
            "none",
        )
    cands = [_on(name, ctx.pub.year + k) for k in (-1, 0, 1)]
    if m.group(1) == "last":
        pick = max(d for d in cands if d < ctx.pub)
    elif m.group(1) == "next":
        pick = min(d for d in cands if d > ctx.pub)
    else:
        pick = min(cands, key=lambda d: abs((d - ctx.pub).days))
    return pick.isoformat(), "DATE", "published"
