"""Further organisations after one a parse rule linked: the segment grammar's
continuations ("attach": "previous" rules such as role:tail_org, "and at Beta",
", Beta and Gamma", and role:tail_title_org, ", a fellow at Beta") joined to a
parse-rule row as `resolve_role_hits` joins them to a segment-rule row.

The parser often hangs the second of two coordinated organisations on the
wrong word ("Jane Doe of Acme University and Beta Laboratory": "Laboratory"
as a conjunct of "Doe"), so the parse rules alone read only the first; the
segment sequence says plainly that the second follows the first. So with a
list of roles ("professor at Acme's law school, a fellow at Beta and a
member of ..."): the later items are the same person's.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.extract.role_patterns import Hit, match_rules, possessor
from pipeline.extract.segment_types import Segment
from pipeline.lang.titles import Title, join_qualifiers

_TAIL_SLOTS = ({"org"}, {"title", "org"})


def _org_tails(
    segs: list[Segment], path: Path, found: list[Hit] | None = None
) -> dict[int, Hit]:
    """Continuations that add an organisation, with a title of their own or not, by
    the segment they start at: the best-ranked, then the longest, when several
    start at the same place. A title right after the organisation is no new
    role's: the parse may have read the organisation before its title ("the
    UN under-secretary general and executive secretary for Beta"); nor is a
    title a rule gives a person of its own ("..., and the chair of Beta is Tom
    Roe"). `found`: the rules' matches over `segs`, when the caller has them."""
    out: dict[int, Hit] = {}
    found = match_rules(segs, path) if found is None else found
    held = {
        h.slots["title"] for h in found if "person" in h.slots and "title" in h.slots
    }
    hits = [
        h
        for h in found
        if h.rule.attach
        and set(h.slots) in _TAIL_SLOTS
        and h.slots.get("title") not in (h.start, *held)
        and not possessor(segs, h, "org")
    ]
    for h in sorted(hits, key=lambda h: (h.rule.rank, h.start - h.end)):
        out.setdefault(h.start, h)
    return out


def continued_rows(
    rows: list[dict],
    segments: dict[int, list[Segment]],
    path: Path,
    matched: dict[int, list[Hit]] | None = None,
) -> list[dict]:
    """Rows for the organisations that continue the organisation of a parse-rule
    row, repeatedly ("professor at A, B and C"), with the row's person and its
    title, or the continuation's own ("professor at A, a fellow at B": one row
    per title of the phrase), which the organisations after it then take.

    `segments` are a Doc's sentence segments by sentence index (sentences with two
    organisations or more: `roles.plan_roles`). The row's organisation must be
    exactly one ORG segment of its sentence, written once in it ("Acme (AC)
    chief X said: 'AC and Beta ...'": the segments fold "(AC)" into Acme). Rule
    id: the row's, "+" the continuation's. `matched`: the matches of the rules
    of `path` over some of those segments by sentence index (`RolePlan.matched`).
    """
    out: list[dict] = []
    tails: dict[int, dict[int, Hit]] = {}
    for row in rows:
        segs = segments.get(row["sentence_index"])
        if not row["org_text"] or segs is None:
            continue
        ends = [
            j + 1
            for j, s in enumerate(segs)
            if s.tag == "ORG" and s.text == row["org_text"]
        ]
        if len(ends) != 1 or row.get("evidence", "").count(row["org_text"]) > 1:
            continue  # (also when the name is written twice and folded once)
        if row["sentence_index"] not in tails:
            tails[row["sentence_index"]] = _org_tails(
                segs, path, (matched or {}).get(row["sentence_index"])
            )
        found = tails[row["sentence_index"]]
        end, heads = ends[0], [row]
        while end in found:
            tail = found[end]
            if "title" in tail.slots and not _own_title(segs, tail, heads[0]):
                break
            org = segs[tail.slots["org"]]
            if "title" in tail.slots:
                heads = [
                    with_title(row, t, tail.rule.qualifier)
                    for t in segs[tail.slots["title"]].titles
                ]
            new = [
                {
                    **head,
                    "org_text": org.text,
                    "org_link": org.link,
                    "rule_id": f"{row['rule_id']}+{tail.rule.id}",
                }
                for head in heads
            ]
            out.extend(new)
            heads, end = new, tail.end
    return out


def with_title(row: dict, title: Title, qualifier: str) -> dict:
    """`row` with one title of a title phrase, its qualifier joined with the rule's
    `qualifier`."""
    return {
        **row,
        "title": title.title,
        "title_raw": title.raw,
        "country": title.country,
        "qualifier": join_qualifiers([title.qualifier, qualifier]),
    }


def _own_title(segs: list[Segment], tail: Hit, row: dict) -> bool:
    """Whether a continuation's title is another role of the row's person: the
    row has a title too (a list of roles; "a pupil of Jane Doe at Acme, and later
    director of Beta" is not Jane Doe's), and no name follows the continuation
    ("..., former CEO at Beta Tom Roe": his title)."""
    after = segs[tail.end] if tail.end < len(segs) else None
    return bool(row["title"]) and (after is None or after.tag not in ("PERSON", "HON"))
