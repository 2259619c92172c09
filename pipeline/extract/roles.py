"""Doc -> role candidate rows (who holds which title where) and part_of relation
candidates.

Only sentences that can hold a role are looked at: a role needs a PERSON
entity, a relation two ORG entities. Each such sentence becomes a short
segment sequence (pipeline.extract.segments) on which the JSONL patterns of
pipeline/patterns/ run (pipeline.extract.role_patterns). No dependency parse
is used for them, so their cost is a few spaCy Matcher calls on tiny Docs.
Sentences with a PERSON (or a "he"/"she" bound to the one person of the
previous sentence) and an ORG are also parsed (pipeline.extract.dep_roles)
for pairs the segment patterns miss.

Rows carry surface text and the in-article link key (`ent.kb_id_`) of each
person and organisation; the reduce turns those into person_id / org_id.
A role without an organisation in the sentence keeps org empty. Roles whose
organisation is only a possessor ("Acme's new plant") are not produced.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.extract.dep_roles import dep_role_rows
from pipeline.extract.role_context import (
    context_org_hits,
    loose_candidates,
    loose_subject_ok,
)
from pipeline.extract.role_patterns import (
    RELATIONS_JSONL,
    ROLES_JSONL,
    match_rules,
    resolve_role_hits,
)
from pipeline.extract.segment_merge import sentence_segments
from pipeline.extract.segment_types import Segment
from pipeline.lang.names import is_unit_name
from pipeline.lang.titles import join_qualifiers
from pipeline.nlp.models import RoleParser
from pipeline.schemas import RELATION_CANDIDATES, ROLE_CANDIDATES


def _evidence(sent: Span) -> str:
    return " ".join(sent.text.split())


def _role_dicts(
    hit, segs: list[Segment], base: dict, common: dict | None = None
) -> list[dict]:
    """One row per title of the hit's title phrase (or one untitled / fixed-title
    row).
    """
    person = segs[hit.slots["person"]]
    org = segs[hit.slots["org"]] if "org" in hit.slots else None
    if common is not None:
        org = None  # rows for an organisation already chosen (its alias)
    else:
        loose = hit.rule.loose_person
        common = {
            **base,
            "person_text": person.text,
            "person_link": "" if loose else person.link,
            "org_text": org.text if org else "",
            "org_link": org.link if org else "",
            "rule_id": hit.rule.id,
        }
    if org is not None and org.alias:
        # "CEO of Acme Holdings (AH)": the same role is also read at the acronym.
        alias = {**common, "org_text": org.alias[0], "org_link": org.alias[1]}
        return [
            *_role_dicts(hit, segs, base, common),
            *_role_dicts(hit, segs, base, alias),
        ]
    slot = (
        "title"
        if "title" in hit.slots
        else "title_of"
        if "title_of" in hit.slots
        else None
    )
    if slot is not None:
        return [
            {
                **common,
                "title": t.title,
                "title_raw": t.raw,
                "qualifier": join_qualifiers([t.qualifier, hit.rule.qualifier]),
            }
            for t in segs[hit.slots[slot]].titles
        ]
    fixed = hit.rule.title or ""
    return [
        {**common, "title": fixed, "title_raw": "", "qualifier": hit.rule.qualifier}
    ]


def _candidate_sentences(doc: Doc, label: str, n: int) -> list[tuple[int, Span]]:
    """(index, sentence) pairs holding at least n entities labelled `label`.

    An ORG with a possessive inside ("Acme's Research Division") counts twice:
    the segmenter splits it.
    """
    out = []
    ents = [
        e for e in doc.ents if e.label_ == label
    ]  # once: Span.ents rescans Doc.ents per sentence
    for k, sent in enumerate(doc.sents):
        count = 0
        for ent in (e for e in ents if sent.start <= e.start < sent.end):
            if ent.label_ == label:
                count += 2 if any(t.lower_ in ("'s", "’s") for t in ent[1:-1]) else 1
        if count >= n:
            out.append((k, sent))
    return out


def role_rows(doc: Doc, article_id: str, field: str, parser: RoleParser) -> list[dict]:
    """Role candidates in `doc`: see schemas.ROLE_CANDIDATES. `parser` is the role
    parser built with the annotation pipeline (`pipeline.nlp.Annotator.parser`).

    One row per (person, title, organisation) reading a role pattern found in a
    sentence; coordinated titles give one row each; `title` is "" for an
    affiliation without a title ("Jane Doe joined Acme"). Rows are in text order
    and unique per sentence.
    """
    rows: list[dict] = []
    sents = None
    candidates = _candidate_sentences(doc, "PERSON", 1)
    with_person = {k for k, _ in candidates}
    candidates = sorted(
        candidates + loose_candidates(doc, with_person), key=lambda c: c[0]
    )
    for k, sent in candidates:
        segs = sentence_segments(sent)
        if not any(s.tag == "TITLE" for s in segs) and not any(
            s.tag == "ORG" for s in segs
        ):
            continue
        hits = match_rules(segs, ROLES_JSONL)
        hits = [
            h for h in hits if not h.rule.loose_person or loose_subject_ok(segs, h, doc)
        ]
        if k not in with_person:
            hits = [h for h in hits if h.rule.loose_person]
        if any(h.rule.org_from for h in hits):
            sents = sents if sents is not None else list(doc.sents)
            hits = context_org_hits(segs, hits, sents[k - 1] if k > 0 else None)
        hits = resolve_role_hits(segs, hits)
        base = {
            "article_id": article_id,
            "field": field,
            "sentence_index": k,
            "evidence": _evidence(sent),
        }
        seen = set()
        for hit in sorted(hits, key=lambda h: (h.start, h.end, h.rule.rank)):
            for row in _role_dicts(hit, segs, base):
                key = (row["person_text"], row["title"], row["org_text"])
                if key not in seen:
                    seen.add(key)
                    rows.append({c: row.get(c, "") for c in ROLE_CANDIDATES.names})
    # The parse only adds pairs the segment patterns did not find: their readings
    # carry finer titles and qualifiers, the parse reaches across clauses. A title
    # the segment patterns already placed at an organisation is not placed again.
    # An untitled parse row adds nothing to a pair the segments linked already. A
    # segment row that left a title without organisation gives way to the
    # parse's reading of the same title with one.
    found = {
        (r["sentence_index"], r["person_text"], r["title"], r["org_text"]) for r in rows
    }
    placed = {
        (r["sentence_index"], r["person_text"], r["title"])
        for r in rows
        if r["org_text"] and r["title"]
    }

    def base(k, sent):
        return {
            "article_id": article_id,
            "field": field,
            "sentence_index": k,
            "evidence": _evidence(sent),
        }

    for row in dep_role_rows(list(enumerate(doc.sents)), base, parser):
        k_title = (row["sentence_index"], row["person_text"], row["title"])
        key = (*k_title, row["org_text"])
        linked = any(
            f[0] == key[0] and f[1] == key[1] and f[3] == key[3] for f in found
        )
        if key not in found and (k_title not in placed if row["title"] else not linked):
            found.add(key)
            rows.append({c: row.get(c, "") for c in ROLE_CANDIDATES.names})
    placed = {
        (r["sentence_index"], r["person_text"], r["title"])
        for r in rows
        if r["org_text"]
    }
    return [
        r
        for r in rows
        if r["org_text"]
        or (r["sentence_index"], r["person_text"], r["title"]) not in placed
    ]


def relation_rows(doc: Doc, article_id: str, field: str) -> list[dict]:
    """part_of candidates between organisations in `doc`: see
    schemas.RELATION_CANDIDATES.

    The child is the smaller unit ("the Stakeholder Engagement Division in
    CISA": division part_of CISA). Rules marked child_unit only fire when the
    child's name is headed by a unit word (division, agency, ...). Unique per
    (child, parent) within the Doc.
    """
    rows: list[dict] = []
    seen = set()
    for _, sent in _candidate_sentences(doc, "ORG", 2):
        segs = sentence_segments(sent)
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
                "evidence": _evidence(sent),
                "rule_id": hit.rule.id,
            }
            rows.append({c: row[c] for c in RELATION_CANDIDATES.names})
    return rows
