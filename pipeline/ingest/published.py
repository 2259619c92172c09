"""Publication dates as written in inputs -> YYYY-MM-DD or "" (unknown)."""

from __future__ import annotations

import re
from datetime import datetime

from dateutil import parser as dateutil_parser

_ISO_DATE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_YMD_SLASH = re.compile(r"^\s*(\d{4})[/.](\d{1,2})[/.](\d{1,2})\b")
# A fixed default keeps dateutil from filling missing parts from today's date.
_DEFAULT = datetime(1, 1, 1)


def parse_published(value: object) -> str:
    """Normalize a publication date; "" when empty or not a date.

    Handles ISO dates and datetimes, `2017/2/7`, `  2016/12/30 7:11`, and
    written forms like `Nov. 15, 2024` or `15 November 2024`. Numeric forms
    with the year last are read month first (US style) unless the first
    number cannot be a month. A value without a year or day is unknown.
    """
    if value is None:
        return ""
    text = str(value).strip()
    if not text:
        return ""
    for rx in (_ISO_DATE, _YMD_SLASH):
        m = rx.match(text)
        if m:
            return _valid(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    try:
        first = dateutil_parser.parse(text, default=_DEFAULT)
        second = dateutil_parser.parse(text, default=datetime(2, 2, 2))
    except (ValueError, OverflowError, TypeError):
        return ""
    # If the two defaults leak through, the text lacked a year or a day.
    if first.year != second.year or first.day != second.day:
        return ""
    return _valid(first.year, first.month, first.day)


def _valid(y: int, m: int, d: int) -> str:
    # isoformat, not strftime: the C library writes year 5 as "5", not "0005"
    try:
        return datetime(y, m, d).date().isoformat()
    except ValueError:
        return ""
