"""Surface clean-up of a date expression before the grammar reads it: case, dashes,
abbreviation dots, "4 in the morning" as a clock time, spelled-out days of the
month, and the leading words TIMEX3 leaves outside the extent."""

from __future__ import annotations

import re
from functools import lru_cache

from pipeline.lang.lexicons import rows, words
from pipeline.lang.timex.lexicon import MONTHS

# Words in front of an expression that TIMEX3 leaves outside the extent, or
# that do not change the value (TIMEX3 records them as a mod attribute).
_LEAD_WORDS = words("timex_lead_words")


_LEAD = re.compile(r"^(?:" + "|".join(_LEAD_WORDS) + r")[ -]")


_KEEP_LEAD = {
    "earlier",
    "later",
    "over",
    "some",
    "all",
}  # words that are expressions on their own


@lru_cache(maxsize=65536)
def clean(text: str) -> str:
    s = (
        text.lower()
        .replace("\u2019", "'")
        .replace("\u2013", "-")
        .replace("\u2014", "-")
    )
    s = re.sub(r"\b([ap])\.\s?m\b\.?", r"\1m", s)
    s = re.sub(
        r"(?<=[a-z])\.", "", s
    )  # abbreviation dots: "nov." -> "nov", "sept." -> "sept"
    # "4 in the morning" is a clock time: "4 am"; "9 in the evening" / "10 at night": "9
    # pm"
    s = re.sub(r"\b(\d{1,2}(?::\d{2})?) in the morning\b", r"\1 am", s)
    s = re.sub(
        r"\b(\d{1,2}(?::\d{2})?) (?:in the (?:afternoon|evening)|at night)\b",
        r"\1 pm",
        s,
    )
    s = re.sub(r"\s+", " ", s).strip(' ,;:.!?"()[]')
    s = re.sub(r"\b(?:last|latter) half\b", "second half", s)
    s = re.sub(r"(?:'s|s')$", "", s) if not re.search(r"\d0s'$|^'\d0s", s) else s
    s = s.removesuffix("'").strip()
    s = re.sub(r"\b(the|a|an) \1\b", r"\1", s)  # doubled article from a merged extent
    s = re.sub(
        r" or so\b", "", s
    )  # "the next year or so", "a week or so ago": the value of the round figure
    if _SPOKEN_DAY.search(s):
        s = _SPOKEN_DAY.sub(_spoken_day, s)
    return s


_DAY_ORDINALS = {r["word"]: int(r["day"]) for r in rows("timex_day_ordinals")}


# "march eighth", "june twenty-first": a day of the month spelled out (broadcast
# transcripts)
_SPOKEN_DAY = re.compile(
    r"\b("
    + "|".join(m for m in MONTHS if len(m) > 3)
    + r") (?:the )?((?:twenty|thirty)[- ])?("
    + "|".join(_DAY_ORDINALS)
    + r")\b"
)


def _spoken_day(m: re.Match) -> str:
    day = _DAY_ORDINALS[m.group(3)] + (
        {"twenty": 20, "thirty": 30}[m.group(2)[:-1]] if m.group(2) else 0
    )
    return f"{m.group(1)} {day}" if day <= 31 else m.group(0)


def strip_lead(s: str) -> str:
    """Drop leading prepositions and modifiers, repeatedly ("just over two years" ->
    "two years").
    """
    for _ in range(4):
        m = _LEAD.match(s)
        if not m or s in _KEEP_LEAD:
            break
        s = s[m.end() :]
    return s
