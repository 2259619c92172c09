"""Word tables and small lexical helpers shared by the TIMEX3 normalizer.

Everything here is pure and table-driven: month and weekday names, number
words, calendar units, parts of the day, seasons, and a lexical tense guess
(the pipeline runs NER only, so there are no POS tags to lean on).
"""

from __future__ import annotations

import functools
import re

from pipeline.lang.lexicons import rows


def _table(name: str, column: str, cast=str) -> dict:
    """word -> value of one column of a lexicon (in file order)."""
    return {r["word"]: cast(r[column]) for r in rows(name)}


MONTHS = _table("timex_months", "month", int)
WEEKDAYS = _table("timex_weekdays", "day", int)  # Monday is 0
# TIMEX3 season and part-of-day codes.
SEASONS = _table("timex_seasons", "code")
PARTS_OF_DAY = _table("timex_parts_of_day", "code")
# Unit word -> (TIMEX3 duration unit, is it a time unit needing the T prefix).
UNITS = {r["word"]: (r["unit"], r["time"] == "yes") for r in rows("timex_units")}
UNIT_ALIASES = _table("timex_unit_aliases", "unit")
ONES = {
    r["word"]: int(r["value"]) for r in rows("timex_number_words") if r["kind"] == "one"
}
TENS = {
    r["word"]: int(r["value"]) for r in rows("timex_number_words") if r["kind"] == "ten"
}
ORDINALS = _table("timex_ordinals", "value", int)


def unit_of(word: str) -> str | None:
    """Return the canonical unit name for a (possibly plural) unit word, or None."""
    w = word.lower().strip(".")
    w = UNIT_ALIASES.get(w, w)
    if not w:
        return None
    if w in UNITS:
        return w
    if w.endswith("s") and w[:-1] in UNITS:
        return w[:-1]
    return None


def parse_number(words: list[str]) -> int | None:
    """Parse a cardinal from words ("twenty four", "two hundred", "18", "a").

    Returns None when the words are not entirely a number. "a"/"an"/"one"
    give 1; "a couple of" gives 2.
    """
    if not words:
        return None
    text = " ".join(words).replace("-", " ").replace(",", "")
    if text in ("a", "an", "one", "a single", "single"):
        return 1
    if text in ("a couple of", "a couple", "couple of", "couple", "a pair of"):
        return 2
    if text in ("a dozen", "dozen"):
        return 12
    if re.fullmatch(r"\d+", text):
        return int(text)
    total, current, seen = 0, 0, False
    for w in text.split():
        if w in ("and", "a"):
            continue
        if w in ONES:
            current += ONES[w]
        elif w in TENS:
            current += TENS[w]
        elif w == "hundred":
            current = max(current, 1) * 100
        elif w == "thousand":
            total += max(current, 1) * 1000
            current = 0
        elif w.isdigit():
            if seen:
                return None  # "5-10": a range of two numbers, not their sum
            current += int(w)
        else:
            return None
        seen = True
    return total + current if seen else None


def spoken_year(words: list[str]) -> int | None:
    """Read a year written in words: "nineteen ninety-six", "two thousand", "the year
    two thousand".
    """
    text = " ".join(words).replace("-", " ")
    m = re.fullmatch(r"(?:the year )?(\w+) (\w+(?: \w+)?)", text)
    if m and m.group(1) in ONES and ONES[m.group(1)] >= 10:
        rest = parse_number(m.group(2).split())
        if (
            rest is not None
            and 0 < rest < 100
            and m.group(2).split()[0] not in ONES | {"a": 0}
        ):
            return ONES[m.group(1)] * 100 + rest
    n = parse_number(text.removeprefix("the year ").split())
    if n is not None and 1000 <= n <= 2999 and "thousand" in text:
        return n
    return None


_FUTURE = re.compile(
    r"\b(will|won't|'ll|shall|going to|plans? to|planned "
    r"(?:to|for)|planning|scheduled|schedules?|expects? to|expected to|(?:is|are) "
    r"to|(?:is|are) due|due to|set to|intends? "
    r"to|upcoming|payable|effective|expires?|expiring|should|would|supposed to|likely "
    r"to|hopes? to|aims? to)\b"
)
_PAST = re.compile(
    r"\b(was|were|had|did|said|told|met|made|took|went|came|saw|began|left|held|won|lost|rose|fell|paid|sold|bought|brought|got|gave|found|led|ago|earlier|announced|reported|declined|increased|jumped|closed|ended|agreed|killed|arrested|signed|launched|spent|struck|hit|shot|sent|fled|flew|wrote|spoke|heard|ran|kept|became|stood|fought|broke|chose|drove|threw|grew|last|since)\b"
)
# A verb in -ed right before the expression ("crashed last February") is its verb.
_ED_BEFORE = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )\b\w{3,}ed(?: on| in| at)?\s*$"
)
# A past -ed verb a few words before the expression ("issued a statement Friday").
_ED_NEAR = re.compile(
    r"(?<!\bbe )(?<!\bbeen )(?<!\bis )(?<!\bare )(?<!\bwill "
    r")\b\w{3,}ed\b(?:\s+[\w'-]+){1,3}\s*$"
)
# Words right before the expression that point it forward ("as soon as Tuesday", "until
# Friday").
_FORWARD_BEFORE = re.compile(
    r"\b(?:(?P<strong>as (?:soon|early) as)|until|till|by|(?<!year )(?<!month "
    r")(?<!week )through|starting|beginning)\s*$"
)
_QUOTE = re.compile(r"``|''|[\"\u201c\u201d]")
# Up to four whitespace-separated chunks at the start of a reversed string: the
# end of a text that `_ED_BEFORE`, `_ED_NEAR` and `_FORWARD_BEFORE` (each ending
# in "\s*$") can match, at most a word and three more; `_tail_start`.
_TAIL_CHUNKS = re.compile(r"\s*(?:\S+\s+){0,3}\S*")
# A past form right after a modal or "to (be)" is not a past verb: "would be paid",
# "will be held".
_MODAL_BEFORE = re.compile(
    r"\b(?:will|would|shall|should|could|may|might|must|to|'ll)\s+(?:be\s+|have\s+been\s+)?$"
)
# A plan reported as already overtaken: "had been due to expire Friday" looks back.
_PAST_PLAN = re.compile(r"\bhad been (?:due|scheduled|set|expected|slated|planned)\b")
# Past auxiliaries that overrule a weak forward word ("had filed reports by Wednesday").
_PAST_AUX = re.compile(r"\b(?:had|was|were|did|said)\b")


def _tail_start(text: str) -> int:
    """Where the last four whitespace-separated chunks of `text` begin. A search
    for a pattern that ends at the end of the text and spans at most four chunks
    finds the same match from there as from 0 (lookbehinds and word boundaries
    still see the characters before), without trying every earlier position."""
    return len(text) - _TAIL_CHUNKS.match(text[::-1]).end()


@functools.lru_cache(maxsize=1024)
def _markers(s: str) -> tuple[tuple[str, int], ...]:
    """(kind, offset) of the future markers, then the past ones, of a lower-case
    sentence; a past form right after a modal is none. Found once per sentence,
    which often holds several dates."""
    out = []
    for kind, rx in (("future", _FUTURE), ("past", _PAST)):
        for m in rx.finditer(s):
            if kind == "past" and _MODAL_BEFORE.search(
                s, max(0, m.start() - 30), m.start()
            ):
                continue
            out.append((kind, m.start()))
    return tuple(out)


def tense(sentence: str, text: str) -> str:
    """Guess the tense governing ``text`` inside ``sentence``: "future", "past" or "".

    Purely lexical (the pipeline has no tagger): a word right in front of the
    expression decides first ("as soon as", "until", "by" point forward; a
    past verb in -ed right before it, or within three words, points back);
    otherwise the nearest strong marker (auxiliary, reporting verb, "will",
    "expected to") wins, because the verb an adverbial date attaches to is
    usually next to it. Generic -ed words elsewhere are ignored: too many are
    adjectives or participles.
    """
    s = sentence.lower()
    if not s:
        return ""
    pos = s.find(text.lower())
    if pos < 0:
        pos = len(s) // 2
    elif '"' not in text and "''" not in text:
        # inside a quotation the speaker's verbs govern it, not "said" outside: keep the
        # quoted part
        q = _QUOTE.sub(lambda m: '"' + " " * (len(m.group(0)) - 1), s)
        if q.count('"', 0, pos) % 2 == 1:
            a, b = q.rfind('"', 0, pos) + 1, q.find('"', pos + len(text))
            if b > 0:
                s, pos = s[a:b], pos - a
    head = s[:pos]
    tail = _tail_start(head)
    fwd = _FORWARD_BEFORE.search(head, tail) if pos > 0 else None
    if fwd and (
        fwd.group("strong")
        or not _PAST_AUX.search(s, max(0, pos - 45), pos + len(text) + 45)
    ):
        return "future"
    if pos > 0 and _ED_BEFORE.search(head, tail):
        return "past"
    if pos > 0 and _PAST_PLAN.search(head[-60:]):
        return "past"
    best, where = "", None
    for kind, start in _markers(s):
        if pos <= start < pos + len(text):
            # the expression's own words ("last week") say nothing about the verb
            continue
        d = min(abs(start - pos), abs(start - (pos + len(text))))
        if where is None or d < where:
            best, where = kind, d
    if best == "future" and where is not None and s.find(text.lower()) >= 0:
        # a future marker only after the expression does not beat a past verb just
        # before it
        near = _ED_NEAR.search(head, tail) if pos > 0 else None
        if (
            near
            and not _FUTURE.search(near.group(0))
            and not _FUTURE.search(head[-60:])
        ):
            return "past"
    elif pos > 0 and _ED_NEAR.search(head, tail):
        return "past"
    return best
