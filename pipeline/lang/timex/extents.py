"""TIMEX3 extents for DATE/TIME entity spans, as a pure function over tokens.

The statistical model's DATE entities follow OntoNotes, whose extents are
wider than TIMEX3's: "the quarter ended Sept. 30" is two TIMEX3 expressions,
"in the past" loses its preposition, "last year's" its possessive. This
module splits, trims, drops and merges token spans; it knows nothing about
spaCy so it can be tested with plain lists.

Spans are ``(start, end, label, rule_id)`` over token indices, end exclusive.
"""

from __future__ import annotations

import re

from pipeline.lang.timex.lexicon import PARTS_OF_DAY, WEEKDAYS
from pipeline.lang.timex.normalize import normalize_date

Spans = list[tuple[int, int, str, str]]
# ``words``/``ws`` below are any indexable sequences of token texts / trailing spaces
# (lists, or a lazy view over a Doc).

# Tokens that separate two expressions inside one model entity ("Aug. 26 to Oct. 20").
_RANGE_SEPS = {
    "to",
    "through",
    "thru",
    "until",
    "till",
    "-",
    "\u2013",
    "\u2014",
    "ended",
    "ending",
    "ends",
    "and",
    "or",
    ",",
    "of",
    "from",
    "between",
}
# Leading words TIMEX3 leaves outside the extent (prepositions and focus adverbs).
_LEAD = {
    "in",
    "on",
    "at",
    "by",
    "for",
    "from",
    "since",
    "during",
    "until",
    "till",
    "through",
    "between",
    "within",
    "over",
    "just",
    "only",
    "barely",
    "sometime",
    "both",
    "about",
    "throughout",
    "before",
    "after",
    "to",
    "of",
    "and",
    "or",
    "'s",
    ",",
}
_LEAD_SEQS = [
    ("as", "early", "as"),
    ("as", "late", "as"),
    ("as", "recently", "as"),
    ("as", "long", "as"),
    ("as", "far", "back", "as"),
    ("as", "of"),
    ("at", "least"),
    ("up", "to"),
    ("at", "most"),
]
_TRAIL = {
    "'s",
    "'",
    ",",
    "s",
    "and",
    "or",
    "to",
    "-",
    "from",
    "of",
    "the",
    "that",
    "which",
}
# Frequency adjectives ("quarterly profit", "annual meeting") are not TIMEX3
# expressions.
_NOT_TIMEX = {
    "annual",
    "quarterly",
    "biannual",
    "semiannual",
    "semi-annual",
    "bi-annual",
}
# What stands between the digit groups of a telephone number.
_NUMBER_SEPARATORS = frozenset({"-", "/", ".", "(", ")", "+"})
_CLOCK = re.compile(r"^(?:\d{1,2}(?::\d{2})?|[ap]\.?m\.?|noon|midnight|midday)$", re.I)


def _text(words: list[str], ws: list[str], a: int, b: int) -> str:
    return "".join(words[i] + ws[i] for i in range(a, b)).strip()


def _value(words: list[str], ws: list[str], a: int, b: int):
    return normalize_date(_text(words, ws, a, b), None) if a < b else None


def _has_time(words: list[str], a: int, b: int) -> bool:
    low = [w.lower() for w in words[a:b]]
    return any(
        w in ("a.m.", "p.m.", "am", "pm", "noon", "midnight", "midday")
        or w in PARTS_OF_DAY
        for w in low
    ) or any(":" in w and w[0].isdigit() for w in low)


def _split(words: list[str], ws: list[str], a: int, b: int) -> list[tuple[int, int]]:
    """Split [a, b) at a separator when both sides are expressions of their own."""
    for i in range(a + 1, b - 1):
        w = words[i].lower()
        if w not in _RANGE_SEPS or (w == "-" and not ws[i - 1] and not ws[i]):
            continue  # a hyphen inside a word ("year-earlier") separates nothing
        left, right = _value(words, ws, a, i), _value(words, ws, i + 1, b)
        if not (left and right and left.value and right.value):
            continue
        if (
            w in ("and", "or", ",")
            and left.kind == right.kind == "DURATION"
            and "X" in left.value
        ):
            continue  # "weeks or months" is one vague duration
        if w == "of" and left.kind != "DURATION":
            continue  # "the end of November", "the third quarter of 2024" stay whole
        if w == "," and (
            left.kind == "TIME"
            or right.kind == "TIME"
            or words[i - 1].lower() in WEEKDAYS
        ):
            continue  # "5 p.m. EST, Nov. 6", "Friday, Nov. 15" are one expression
        if w == "," and re.fullmatch(r"\d{4}", words[i + 1]) and i + 2 == b:
            continue  # "Nov. 15, 2024"
        return _split(words, ws, a, i) + _split(words, ws, i + 1, b)
    return [(a, b)]


def _trim(words: list[str], a: int, b: int) -> tuple[int, int]:
    """Drop leading prepositions/focus words and a trailing possessive or
    punctuation.
    """
    moved = True
    while moved and a < b - 1:
        moved = False
        low = tuple(w.lower() for w in words[a:b])
        for seq in _LEAD_SEQS:
            if low[: len(seq)] == seq and len(seq) < len(low):
                a, moved = a + len(seq), True
                break
        else:
            if low[0] in _LEAD:
                a, moved = a + 1, True
    while b > a + 1 and (
        words[b - 1].lower() in _TRAIL or not any(c.isalnum() for c in words[b - 1])
    ):
        b -= 1
    while a < b - 1 and not any(c.isalnum() for c in words[a]) and words[a] != "'":
        a += 1
    return a, b


def _junk(words: list[str], a: int, b: int) -> bool:
    toks = [w.lower() for w in words[a:b]]
    if len(toks) == 1 and (
        toks[0] in _NOT_TIMEX or (toks[0].isdigit() and len(toks[0]) != 4)
    ):
        return True
    if _number_groups(toks):
        return True
    return all(not any(c.isalnum() for c in t) for t in toks)


def _number_groups(toks: list[str]) -> bool:
    """Three groups of digits or more, written apart with nothing but separators
    between them, two of them long or one of three digits (a date has one year
    among days and months): a telephone number ("1800 666 111",
    "1800-666-111"), which the model takes for a year and more."""
    groups = [t for t in toks if t.isdigit()]
    long_groups = sum(len(g) > 2 for g in groups)
    return (
        len(groups) >= 3
        and all(t.isdigit() or t in _NUMBER_SEPARATORS for t in toks)
        and (long_groups > 1 or any(len(g) == 3 for g in groups))
    )


def _mergeable(words: list[str], ws: list[str], x, y) -> bool:
    """Adjacent pieces that name one time: "noon Thursday", "Friday evening", "5
    p.m., Nov. 6".
    """
    if y[0] - x[1] > 1:
        return False  # two words or more between: read none (a Doc's gap may be long)
    gap = [w for w in words[x[1] : y[0]]]
    if gap not in ([], [","], ["on"], ["at"]):
        return False
    if _has_time(words, x[0], x[1]) or _has_time(words, y[0], y[1]):
        return gap != ["on"] or not _has_time(words, y[0], y[1])
    first, second = words[x[0]].lower(), words[y[0]].lower()
    return gap in ([], [","]) and (
        x[1] - x[0] == 1 and first in WEEKDAYS or second.rstrip("s") in WEEKDAYS
    )


def fix_extents(words: list[str], ws: list[str], spans: Spans) -> Spans:
    """Return TIMEX3-shaped DATE/TIME spans for the given model/rule spans (sorted by
    start).

    Splits at range words and list separators, trims prepositions and
    possessives, drops frequency adjectives and bare numbers, and merges a
    clock time or part of day with the date next to it (labelled TIME).
    Reshaped spans keep their rule id, or get "date:extent" when they had none.
    """
    pieces: list[tuple[int, int, str, str]] = []
    for a, b, label, rid in spans:
        for x, y in _split(words, ws, a, b):
            x, y = _trim(words, x, y)
            if x >= y or _junk(words, x, y):
                continue
            changed = (x, y) != (a, b)
            pieces.append((x, y, label, rid or ("date:extent" if changed else "")))
    pieces.sort()
    out: Spans = []
    for p in pieces:
        if out and out[-1][1] > p[0]:
            continue  # overlapping after reshaping: keep the first
        if out and _mergeable(words, ws, out[-1], p):
            a = out[-1][0]
            label = "TIME" if _has_time(words, a, p[1]) else out[-1][2]
            out[-1] = (a, p[1], label, out[-1][3] or p[3] or "date:merge")
            continue
        out.append(p)
    return out
