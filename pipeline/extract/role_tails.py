"""Further organisations after one a parse rule linked: the segment grammar's
continuations ("attach": "previous" rules such as role:tail_org, "and at Beta",
", Beta and Gamma") joined to a parse-rule row as `resolve_role_hits` joins them
to a segment-rule row.

The parser often hangs the second of two coordinated organisations on the
wrong word ("Jane Doe of Acme University and Beta Laboratory": "Laboratory"
as a conjunct of "Doe"), so the parse rules alone read only the first; the
segment sequence says plainly that the second follows the first.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.extract.role_patterns import Hit, match_rules, possessor
from pipeline.extract.segment_types import Segment


def _org_tails(segs: list[Segment], path: Path) -> dict[int, Hit]:
    """Continuations that add only an organisation, by the segment they start at:
    the best-ranked, then the longest, when several start at the same place."""
    out: dict[int, Hit] = {}
    hits = [
        h
        for h in match_rules(segs, path)
        if h.rule.attach and set(h.slots) == {"org"} and not possessor(segs, h, "org")
    ]
    for h in sorted(hits, key=lambda h: (h.rule.rank, h.start - h.end)):
        out.setdefault(h.start, h)
    return out


def continued_rows(
    rows: list[dict], segments: dict[int, list[Segment]], path: Path
) -> list[dict]:
    """Rows for the organisations that continue the organisation of a parse-rule
    row, repeatedly ("professor at A, B and C"), with the row's person and title.

    `segments` are a Doc's sentence segments by sentence index (sentences with two
    organisations or more: `roles.plan_roles`). The row's organisation must be
    exactly one ORG segment of its sentence, written once in it ("Acme (AC)
    chief X said: 'AC and Beta ...'": the segments fold "(AC)" into Acme). Rule
    id: the row's, "+" the continuation's.
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
            tails[row["sentence_index"]] = _org_tails(segs, path)
        found = tails[row["sentence_index"]]
        end = ends[0]
        while end in found:
            tail = found[end]
            org = segs[tail.slots["org"]]
            out.append(
                {
                    **row,
                    "org_text": org.text,
                    "org_link": org.link,
                    "rule_id": f"{row['rule_id']}+{tail.rule.id}",
                }
            )
            end = tail.end
    return out
