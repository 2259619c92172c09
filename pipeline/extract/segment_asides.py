"""A name's alias aside folds into the name: "Jan Novak, also known as Honza, is a
professor at X" reads as "Jan Novak is a professor at X", as a bracket after a
name already does ("Jan Novak (born 1950) is ...").

The aside is set off by commas right after a PERSON segment, or after the
bracket that follows it ("Jan Novak (1369 - 1415), often referred to ..."),
holds a naming verb ("known", "called", "referred") or a "formerly" (lexicon
name_aside_words: `lang.names.alias_cue_words`), only that lexicon's other
words (adverbs, "to", "in", "as"), a language's name after "in" and, after the
verb or "formerly", names joined by "or" besides, and ends in a name before
the closing comma ("often referred to in English as John Novak or Jack
Novak,"). A pure function of the segment list.

An American politician's party and state, set off by commas after the name
("Sen. Jo Roe, R-Utah, chairman of ..."), folds into the name the same way, so
the apposition after it reads as the name's; the comma (or "and") after it
stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from pipeline.extract.segment_types import Segment, close_paren
from pipeline.lang.names import alias_cue_words

# Tags a segment naming someone may have (the alias the aside gives).
_NAME_TAGS = frozenset({"PERSON", "CAP", "NAME", "ORG"})
# The longest aside read, in segments between the commas, and the longest bracket
# between the name and the aside.
_MAX_ASIDE = 10
_MAX_BRACKET = 20
# "D-Va.", "R-S.C.", "I-Vermont": a party's initial, a hyphen, a state.
_PARTY_STATE = re.compile(r"[DRI]-[A-Z][A-Za-z.]{1,13}")


def _aside_close(segs: list[Segment], k: int) -> int:
    """Index of the comma closing an alias aside after the PERSON at segs[k] (and
    its bracket), -1 when none is there."""
    if k + 1 < len(segs) and segs[k + 1].tag == "LPAR":
        # the name's bracket ("(born 1950)", a pronunciation) comes first
        k = max(k, close_paren(segs, k + 1, limit=_MAX_BRACKET + 1))
    if k + 3 >= len(segs) or segs[k + 1].tag != "COMMA":
        return -1
    heads, allowed = alias_cue_words()
    for close in range(k + 3, min(len(segs) - 1, k + 3 + _MAX_ASIDE)):
        if segs[close].tag == "COMMA":
            break
    else:
        return -1
    inner = segs[k + 2 : close]
    words = [s.word.lower() for s in inner]
    head = next((i for i, w in enumerate(words) if w in heads), None)
    if head is None or inner[-1].tag not in _NAME_TAGS:
        return -1
    for i, (s, w) in enumerate(zip(inner[:-1], words)):
        named = i > head and (s.tag in _NAME_TAGS or w == "or")  # "X or Y"
        language = s.tag == "ENT" and i > 0 and words[i - 1] == "in"
        if not (w in allowed or named or language):
            return -1
    return close


def _party_close(segs: list[Segment], k: int) -> int:
    """Index of the comma closing a party-and-state aside after the PERSON at
    segs[k] (", D-Va.," or ", D-Va. and"), -1 when none is there."""
    if k + 1 >= len(segs) or segs[k + 1].tag != "COMMA":
        return -1
    for close in range(k + 2, min(len(segs), k + 6)):
        if segs[close].tag in ("COMMA", "AND"):  # "Jo Roe, R-Utah and Al Poe"
            inner = "".join(s.text or s.word for s in segs[k + 2 : close])
            return close if _PARTY_STATE.fullmatch(inner) else -1
    return -1


def fold_name_asides(segs: list[Segment]) -> list[Segment]:
    """The segments with each PERSON's alias or party-and-state aside, commas
    included, folded into it (see module doc)."""
    out: list[Segment] = []
    k = 0
    while k < len(segs):
        seg = segs[k]
        close = _aside_close(segs, k) if seg.tag == "PERSON" else -1
        party = _party_close(segs, k) if seg.tag == "PERSON" and close < 0 else -1
        if party >= 0:
            # the comma after the aside stays: it opens the apposition
            out.append(replace(seg, end=segs[party - 1].end))
            k = party
            continue
        if close < 0:
            out.append(seg)
            k += 1
            continue
        out.append(replace(seg, end=segs[close].end))
        k = close + 1
    return out
