"""Two people and two titles, one each: "Jo Roe and Al Poe, the chairman and
ranking member of the committee" gives Jo Roe the first title and Al Poe the
second, not both titles to Al Poe (the person a segment pattern meets before
the apposition).

A pure function of the segment list: the pattern's person is the second of
exactly two names joined by "and" (a comma may close an aside folded into the
first: "Jo Roe, R-Utah, and Al Poe"), and its title phrase, after it, holds
exactly two titles. A third name before them ("A, B and C") is a list this
reading does not split.
"""

from __future__ import annotations

from pipeline.extract.segment_types import Segment


def respective_first(
    segs: list[Segment], person: int, title: int, n_titles: int
) -> int | None:
    """Index of the first of two people who hold the two titles of the title
    phrase at segs[title] respectively (see module doc), None when the phrase
    reads for the person at segs[person] alone."""
    if n_titles != 2 or title < person or person < 2 or segs[person - 1].tag != "AND":
        return None
    first = person - 2
    if segs[first].tag == "COMMA":
        first -= 1
    if first < 0 or segs[first].tag != "PERSON":
        return None
    if first > 0 and segs[first - 1].tag in ("COMMA", "PERSON", "AND"):
        return None
    return first
