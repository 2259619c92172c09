"""Roles at a unit's parent.

A role at an organisation written as a unit of another, with the other's
possessive ("Harvard University's Kennedy School", as two entities or one), is
also a role at that other (rule_id + "role:possessive_parent"). A role at a
board named only by its kind ("the Board of Governors of the Federal Reserve
System"; lexicon governing_boards) is a role at the organisation the board
governs, and only there: "Board of Governors" names no organisation of its
own (rule_id + "role:board_parent")."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from pipeline.extract.segment_entities import unit_possessive
from pipeline.extract.segment_types import Sentences
from pipeline.lang.names import board_kind_at
from pipeline.lang.titles import is_nominee
from pipeline.nlp.spans import POSSESSIVE_S

PARENT_RULE = "role:possessive_parent"
BOARD_RULE = "role:board_parent"


def _board_of(doc: Doc, board: Span, orgs: list[Span]) -> Span | None:
    """The organisation a board named by its kind governs ("Board of Directors of
    Acme": Acme), or None."""
    words = [t.lower_ for t in board if t.lower_ != "the"]
    if len(words) != 3 or words[0] != "board" or not board_kind_at(words, 1):
        return None
    i = board.end
    if i >= len(doc) or doc[i].lower_ != "of":
        return None
    i += 1 + (i + 1 < len(doc) and doc[i + 1].lower_ == "the")
    return next((o for o in orgs if o.start == i), None)


def with_parents(doc: Doc, sentences: Sentences, rows: list[dict]) -> list[dict]:
    """`rows`, each role at a unit written as its parent's ("Harvard University's
    Kennedy School") followed by the same role at the parent: who works at a
    school of Harvard works for Harvard. rule_id gains "+role:possessive_parent".
    A role at a board of a kind ("Board of Trustees of Acme") moves to what it
    governs (Acme), rule_id + "role:board_parent", unless that role is there.
    A nominee's role has no parent.
    """
    parents: dict[tuple[int, str], Span] = {}
    boards: dict[tuple[int, str], Span] = {}
    wanted = {r["sentence_index"] for r in rows if r["org_text"]}
    if not wanted:
        return rows
    for k, _, ents in sentences:
        if k not in wanted:
            continue
        orgs = [e for e in ents if e.label_ == "ORG"]
        for org in orgs:
            if (parent := _board_of(doc, org, orgs)) is not None:
                boards[(k, org.text)] = parent
            # one entity for both ("Acme's Research Division"): the segments
            # split it, and the role names the unit alone
            if (j := unit_possessive(doc, org.start, org.end)) is not None:
                parents[(k, doc[j + 1 : org.end].text)] = doc[org.start : j]
        for parent, child in zip(orgs, orgs[1:]):
            # "Harvard University's John F. Kennedy School": capitalised words
            # the recognizer left out of the unit's name may come between.
            if (
                parent.end < child.start
                and doc[parent.end].lower_ in POSSESSIVE_S
                and all(t.text[:1].isupper() for t in doc[parent.end + 1 : child.start])
            ):
                parents[(k, child.text)] = parent
    if not parents and not boards:
        return rows
    out = []
    seen = {(r["sentence_index"], r["person_text"], r["org_text"]) for r in rows}
    for row in rows:
        governed = boards.get((row["sentence_index"], row["org_text"]))
        if governed is not None:
            key = (row["sentence_index"], row["person_text"], governed.text)
            if key in seen:
                continue
            seen.add(key)
            row = {
                **row,
                "org_text": governed.text,
                "org_link": governed.kb_id_,
                "rule_id": f"{row['rule_id']}+{BOARD_RULE}",
            }
        out.append(row)
        parent = parents.get((row["sentence_index"], row["org_text"]))
        key = (row["sentence_index"], row["person_text"], parent and parent.text)
        # a nominee's body is not yet theirs, nor is its possessor ("Trump's
        # Supreme Court justice nominee X": he named the nominee)
        nominee = is_nominee(row.get("qualifier", ""))
        if parent is not None and key not in seen and not nominee:
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
