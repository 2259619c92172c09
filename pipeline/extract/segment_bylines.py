"""Where each name of a list after a plural title writes from is no part of the
list: "AP writers Jo Roe in Paris, Ann Poe in Rome, Italy, and Tom Lind
contributed" lists three writers, as "AP writers Jo Roe, Ann Poe and Tom
Lind" does.

Bylines and credits name each reporter's city after the name. The plural title
rules read a list of names joined by commas and "and"; a place between two
names ends the list, so every reporter after the first place lost the title.
Here "in" and a known place (the GeoNames gazetteer of `lang.places`), with a
second place after a comma ("in Palm Beach, Florida"), fold into the name
before them, only inside such a list: right after a title in the plural and
its first name, or after a name of the list and a comma or "and", and only
when the list goes on or ends after the place. The places then group the
names ("A and B in Washington, C in Minneapolis and D"): every "and" of such a
list but the last reads as a comma, so the list runs to its end; a list
without places keeps its "and"s ("Sens. A and B, Jo Poe, ..." lists two
senators). A pure function of the segment list.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.extract.segment_types import Segment, plural_title_segment
from pipeline.lang.places import place_kind
from pipeline.lang.plurals import plural_title_word

_LIST_MARKS = ("COMMA", "AND")


def _plural(seg: Segment) -> bool:
    """Whether a TITLE segment, or a plain word (an occupation not yet read as a
    title: "AP writers"), is a title in the plural."""
    if seg.tag == "W":
        return plural_title_word(seg.word)
    return seg.tag == "TITLE" and plural_title_segment(seg)


def _place(segs: list[Segment], i: int) -> bool:
    return i < len(segs) and segs[i].tag == "ENT" and bool(place_kind(segs[i].text))


def _place_end(segs: list[Segment], i: int) -> int:
    """The index after "in PLACE" or "in PLACE, PLACE" starting at segs[i], when
    the list goes on or ends after it; i when there is none."""
    if i >= len(segs) or segs[i].word != "in" or not _place(segs, i + 1):
        return i
    end = i + 2
    if end + 1 < len(segs) and segs[end].tag == "COMMA" and _place(segs, end + 1):
        end += 2  # "in Palm Beach, Florida"
    if end < len(segs) and segs[end].tag not in _LIST_MARKS and segs[end].tag != "W":
        return i
    return end


def fold_byline_places(segs: list[Segment]) -> list[Segment]:
    """The segments with the place after each name of a list that follows a plural
    title folded into that name (see module doc)."""
    out = list(segs)
    k = 0
    while k + 1 < len(out):
        if not (out[k + 1].tag == "PERSON" and _plural(out[k])):
            k += 1
            continue
        j, folded, ands = k + 1, False, []
        while j < len(out) and out[j].tag == "PERSON":
            end = _place_end(out, j + 1)
            if end > j + 1:
                out[j] = replace(out[j], end=out[end - 1].end)
                del out[j + 1 : end]
                folded = True
            nxt = j + 1
            while nxt < len(out) and out[nxt].tag in _LIST_MARKS:
                if out[nxt].tag == "AND":
                    ands.append(nxt)
                nxt += 1  # ", and"
            if nxt == j + 1 or nxt >= len(out) or out[nxt].tag != "PERSON":
                break
            j = nxt
        if folded:
            # "A and B in X, C in Y and D": the places group the names; the list
            # ends at the last "and" only
            for a in ands[:-1]:
                out[a] = replace(out[a], tag="COMMA", word=",")
        k = j + 1
    return out
