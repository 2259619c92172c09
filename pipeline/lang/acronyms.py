"""Acronym / long-form pairing in the style of Schwartz & Hearst (2003), over plain
strings.

Finds "Long Form (LF)" and "LF (Long Form)" pairs in a text and returns them
with character offsets. The core is the Schwartz–Hearst backward character
match (every letter of the short form, in order, inside the long form; the
first letter at the start of a word), with three additions for news text:

- spaces inside the brackets are allowed (tokenized wire text: "( AIS )");
- the long form is trimmed of leading articles, possessive owners
  ("Vietnam's Authority ..." -> "Authority ...") and lower-case filler;
- a pair is only kept when enough of the short form's letters fall on word
  initials, which rejects chance matches such as "shares (ABC)".

Everything is pure: no spaCy, no state.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pipeline.lang.lexicons import lower_set

# An opening bracket, optional spaces, the inside, optional spaces, the close.
_PAREN = re.compile(r"\(\s*([^()\n]{1,120}?)\s*\)")
_WORD = re.compile(r"[^\s()]+")
# Words that may appear inside a long form without contributing a letter.
_MINOR = lower_set("acronym_minor_words")
# Where a long form cannot reach back across: a sentence end (not an initial's
# dot as in "U.S."), a clause mark, a line break or another bracket.
_BOUNDARY = re.compile(r"(?<![A-Z])\.\s|[;:]\s|,\s|[\n()]")
# Characters before a bracket searched for its long form (15 words of 20 letters).
_WINDOW = 300
# A capital and three lower-case letters: a word of a camel-case name.
_CAMEL_WORD = re.compile(r"[A-Z][a-z]{3}")
_LEADING_DROP = frozenset("the a an its their our his her".split())


@dataclass(frozen=True)
class AcronymPair:
    """One short form with its long form; offsets are into the searched text, end
    exclusive.
    """

    short: str
    short_start: int
    short_end: int
    long: str
    long_start: int
    long_end: int


def is_short_form(text: str) -> bool:
    """True for an acronym-like string: 2-10 chars, one word, starts alphanumeric, >= 2
    capitals, and no capital followed by three lower-case letters.

    "AIS", "MoU", "U.S.", "CISA", "AfD", "BaFin" qualify; "Reuters", "two", "X"
    and the camel-case names "WeWork", "PowerPoint" do not.
    """
    if not 2 <= len(text) <= 10 or " " in text or not text[0].isalnum():
        return False
    # A camel-case name joins words ("Sound" + "Cloud"); an acronym's lower-case
    # letters are one or two short connectives ("MoU", "BaFin").
    if _CAMEL_WORD.search(text):
        return False
    return sum(c.isupper() for c in text) >= 2 and any(c.isalpha() for c in text)


def _letters(short: str) -> str:
    return "".join(c for c in short.lower() if c.isalnum())


def match_long_form(short: str, candidate: str) -> int | None:
    """Schwartz–Hearst backward match: the offset in `candidate` where the long form
    starts, or None.

    Every alphanumeric of `short` must occur in order in `candidate`, its
    first one at the start of a word; the match runs right to left, so the
    shortest fitting long form is found. A long form does not open with a minor
    word when the word before it starts with the same letter ("Organization of
    American States" for OAS, not "of American States").
    """
    s = _letters(short)
    c = candidate.lower()
    if not s or not c:
        return None
    li = len(c) - 1
    for si in range(len(s) - 1, -1, -1):
        ch = s[si]
        while li >= 0 and (c[li] != ch or (si == 0 and li > 0 and c[li - 1].isalnum())):
            li -= 1
        if li < 0:
            return None
        li -= 1
    start = li + 1
    first = c[start:].split(maxsplit=1)[0] if c[start:].strip() else ""
    if first in _MINOR:
        before = c[:start].rstrip()
        prev = before.rsplit(maxsplit=1)[-1] if before else ""
        if prev[:1] == s[0]:
            return len(before) - len(prev)
    return start


def initials_coverage(short: str, long: str) -> float:
    """Share of the short form's letters that are initials of the long form's content
    words, in order.
    """
    s = _letters(short)
    words = [w for w in re.split(r"[\s\-/.]+", long) if w]
    initials = [
        w[0].lower() for w in words if w.lower() not in _MINOR and w[0].isalnum()
    ]
    hit, i = 0, 0
    for ch in s:
        j = i
        while j < len(initials) and initials[j] != ch:
            j += 1
        if j < len(initials):
            hit += 1
            i = j + 1
    return hit / len(s) if s else 0.0


def _same_initials(short: str, long: str) -> bool:
    """True when the short form's letters are, in any order, exactly the initials
    of the long form's capitalised content words: an acronym of the name in its
    own language ("Institutional Revolutionary Party (PRI)", "Revolutionary
    Armed Forces of Colombia (FARC)")."""
    words = [w for w in re.split(r"[\s\-/]+", long) if w]
    content = [w for w in words if w.lower() not in _MINOR]
    letters = _letters(short)
    return (
        len(letters) >= 3
        and letters.isalpha()
        and bool(words)
        and (words[0][0].isupper() or words[0].lower() == "the")
        and len(content) == len(letters)
        and all(w[0].isupper() for w in content)
        and sorted(w[0].lower() for w in content) == sorted(letters)
    )


def _translated_before(text: str, open_at: int, short: str) -> tuple[str, int] | None:
    """The capitalised name right before the bracket whose content words' initials
    are the short form's letters in another order (`_same_initials`)."""
    offset = max(0, open_at - _WINDOW)
    left = text[offset:open_at].rstrip()
    spans = list(_WORD.finditer(left))
    n = len(_letters(short))
    for k in range(len(spans) - 1, max(-1, len(spans) - 2 * n - 2), -1):
        first = spans[k].group()
        if first.lower() in _MINOR or not first[:1].isupper():
            continue
        long = left[spans[k].start() :]
        if _BOUNDARY.search(long):
            return None
        if _same_initials(short, long):
            return long, offset + spans[k].start()
    return None


def _trim(long: str, start: int) -> tuple[str, int]:
    """Drop leading articles/owners ("the", "Vietnam's") from a long form; returns
    text and new start.
    """
    while True:
        m = re.match(r"(\S+)\s+", long)
        if not m:
            return long, start
        first = m.group(1)
        if (
            first.lower() in _LEADING_DROP
            or re.search(r"['’]s?$", first)
            or first in ("'s", "’s")
        ):
            long, start = long[m.end() :], start + m.end()
            continue
        return long, start


# Lower-case words ("centre-right" too), the last one maybe glued to the name by a
# hyphen ("the-Free Syrian Army": a text whose spaces became hyphens).
_LOWER_LEAD = re.compile(r"^(?:[a-z][a-z'’]*(?:-[a-z][a-z'’]*)*[\s,\-–]+)+(?=[A-Z])")


def _from_name(long: str, start: int) -> tuple[str, int]:
    """A long form mixing lower-case words and a capitalised name from that name on:
    the letters were matched in the words before it ("promised by the Social
    Democratic Party (PSD)"); a long form in lower case only stays
    ("memorandum of understanding"). Dashes and brackets at its end go."""
    # "Texas Freedom Network-(TFN)": no dash or bracket ends a name.
    long = long.rstrip(" -–—(")
    m = _LOWER_LEAD.match(long)
    if not m:
        return long, start
    cut = m.end()
    # A name's own particle stays ("de Beers Group"): the cut moves back over it.
    last = re.search(r"([a-z][a-z'’]*)[\s\-–]+$", long[:cut])
    if last and last.group(1) in lower_set("name_particles"):
        cut = last.start()
    return long[cut:], start + cut


def _long_before(text: str, open_at: int, short: str) -> tuple[str, int] | None:
    """The long form ending just before the bracket at `open_at`, within min(|SF|+5,
    2|SF|) words.
    """
    n = len(_letters(short))
    max_words = min(n + 5, 2 * n)
    # Only a bounded window is read, so the cost per bracket does not grow with the
    # text.
    offset = max(0, open_at - _WINDOW)
    left = text[offset:open_at].rstrip()
    # Stop at a sentence or clause boundary so a long form never spans one.
    cuts = [m.end() for m in _BOUNDARY.finditer(left)]
    window_start = cuts[-1] if cuts else 0
    spans = [m for m in _WORD.finditer(left, window_start)]
    if not spans:
        return None
    spans = spans[-max_words:]
    base = spans[0].start()
    found = match_long_form(short, left[base:])
    if found is None:
        return None
    # Widen to the start of the word where the match begins.
    begin = base + found
    while begin > base and not left[begin - 1].isspace():
        begin -= 1
    long, begin = _trim(left[begin:], begin)
    return long, begin + offset


def find_acronym_pairs(text: str, min_coverage: float = 0.6) -> list[AcronymPair]:
    """All acronym definitions in `text`, in order of the bracket.

    Forward "Authority of Information Security (AIS)" and reverse
    "AIS (Authority of Information Security)". A pair needs a short form
    passing `is_short_form`, a long form passing `match_long_form`, longer
    than the short form, with at least `min_coverage` of the short form's
    letters on word initials. Never raises on any str.
    """
    if not isinstance(text, str):
        return []
    pairs: list[AcronymPair] = []
    for m in _PAREN.finditer(text):
        inside, i_start, i_end = m.group(1), m.start(1), m.end(1)
        if is_short_form(inside):
            got = _long_before(text, m.start(), inside)
            if got is not None:
                long, l_start = _from_name(*got)
                if (
                    len(long) > len(inside)
                    and initials_coverage(inside, long) >= min_coverage
                ):
                    pairs.append(
                        AcronymPair(
                            inside, i_start, i_end, long, l_start, l_start + len(long)
                        )
                    )
                    continue
            got = _translated_before(text, m.start(), inside)
            if got is not None:
                long, l_start = got
                pairs.append(
                    AcronymPair(
                        inside, i_start, i_end, long, l_start, l_start + len(long)
                    )
                )
                continue
        # Reverse form: a short form right before the bracket, the long form inside.
        offset = max(0, m.start() - 20)
        before = re.search(r"(\S+)\s*$", text[offset : m.start()])
        if before and " " in inside.strip() and is_short_form(before.group(1)):
            short = before.group(1)
            found = match_long_form(short, inside)
            if (
                found == 0 and initials_coverage(short, inside) >= min_coverage
            ) or _same_initials(short, inside):
                pairs.append(
                    AcronymPair(
                        short,
                        offset + before.start(1),
                        offset + before.end(1),
                        inside,
                        i_start,
                        i_end,
                    )
                )
    return pairs


def is_common_noun_phrase(long: str) -> bool:
    """True when a long form is a common noun phrase ("memorandum of understanding"):
    no capitalised content word.
    """
    words = [w for w in long.split() if w.lower() not in _MINOR]
    return bool(words) and not any(w[:1].isupper() for w in words)
