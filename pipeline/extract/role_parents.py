"""Roles at a unit's parent: a role at an organisation written as a unit of another,
with the other's possessive ("Harvard University's Kennedy School"), is also a
role at that other (rule_id + "role:possessive_parent")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.extract.segment_types import Sentences
from pipeline.nlp.spans import POSSESSIVE_S

PARENT_RULE = "role:possessive_parent"


def with_parents(doc: Doc, sentences: Sentences, rows: list[dict]) -> list[dict]:
    """`rows`, each role at a unit written as its parent's ("Harvard University's
    Kennedy School") followed by the same role at the parent: who works at a
    school of Harvard works for Harvard. rule_id gains "+role:possessive_parent".
    """
    parents: dict[tuple[int, str], Span] = {}
    wanted = {r["sentence_index"] for r in rows if r["org_text"]}
    if not wanted:
        return rows
    for k, _, ents in sentences:
        if k not in wanted:
            continue
        orgs = [e for e in ents if e.label_ == "ORG"]
        for parent, child in zip(orgs, orgs[1:]):
            # "Harvard University's John F. Kennedy School": capitalised words
            # the recognizer left out of the unit's name may come between.
            if (
                parent.end < child.start
                and doc[parent.end].lower_ in POSSESSIVE_S
                and all(t.text[:1].isupper() for t in doc[parent.end + 1 : child.start])
            ):
                parents[(k, child.text)] = parent
    if not parents:
        return rows
    out = []
    seen = {(r["sentence_index"], r["person_text"], r["org_text"]) for r in rows}
    for row in rows:
        out.append(row)
        parent = parents.get((row["sentence_index"], row["org_text"]))
        key = (row["sentence_index"], row["person_text"], parent and parent.text)
        if parent is not None and key not in seen:
            seen.add(key)
            out.append(
                {
                    **row,
                    "org_text": parent.text,
                    "org_link": parent.kb_id_,
                    "rule_id": f"{row['rule_id']}+{PARENT_RULE}",
                }
            )
    return out
