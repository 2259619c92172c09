"""Doc -> part_of relation candidates between organisations ("the Stakeholder
Engagement Division in CISA"), read by the relation rules of the role grammar
(pipeline.extract.role_grammar) over a sentence's segments, as the roles are
(pipeline.extract.roles)."""

from __future__ import annotations

from spacy.attrs import LOWER
from spacy.tokens import Doc

from pipeline.extract.role_grammar import RELATIONS_JSONL
from pipeline.extract.role_patterns import match_rules
from pipeline.extract.roles import (
    RolePlan,
    count_label,
    evidence,
    sentences_with_ents,
)
from pipeline.extract.segment_merge import sentence_segments
from pipeline.lang.names import is_unit_name
from pipeline.schemas import RELATION_CANDIDATES


def relation_rows(
    doc: Doc, article_id: str, field: str, plan: RolePlan | None = None
) -> list[dict]:
    """part_of candidates between organisations in `doc`: see
    schemas.RELATION_CANDIDATES. `plan`, the role plan of `doc` when the caller
    has it, lends its sentences and the segments it cut of those with two
    organisations (`RolePlan.sentences`, `RolePlan.segments`).

    The child is the smaller unit ("the Stakeholder Engagement Division in
    CISA": division part_of CISA). Rules marked child_unit only fire when the
    child's name is headed by a unit word (division, agency, ...). Unique per
    (child, parent) within the Doc.
    """
    rows: list[dict] = []
    seen = set()
    sentences = plan.sentences if plan else sentences_with_ents(doc)
    lowers = plan.lowers if plan else doc.to_array(LOWER).tolist()
    for k, sent, ents in sentences:
        if count_label(ents, "ORG", lowers) < 2:
            continue
        segs = (plan.segments if plan else {}).get(k) or sentence_segments(sent, ents)
        hits = match_rules(segs, RELATIONS_JSONL)
        for hit in sorted(hits, key=lambda h: (h.start, h.rule.rank)):
            child, parent = segs[hit.slots["child"]], segs[hit.slots["parent"]]
            if hit.rule.child_unit and not is_unit_name(child.text):
                continue
            key = (child.link or child.text, parent.link or parent.text)
            if key[0] == key[1] or key in seen:
                continue
            seen.add(key)
            row = {
                "article_id": article_id,
                "field": field,
                "child_text": child.text,
                "child_link": child.link,
                "parent_text": parent.text,
                "parent_link": parent.link,
                "relation": "part_of",
                "evidence": evidence(sent),
                "rule_id": hit.rule.id,
            }
            rows.append({c: row[c] for c in RELATION_CANDIDATES.names})
    return rows
