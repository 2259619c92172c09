"""Date mention rows -> dates rows, each value normalized against the publication date."""

from __future__ import annotations

from datetime import date

from spacy.tokens import Doc

from pipeline.normalize.dates import normalize_date
from pipeline.settings import DATE_LABELS


def published_date(published: str) -> date | None:
    """The publication date as a date, or None when unknown or invalid."""
    try:
        return date.fromisoformat(published) if published else None
    except ValueError:
        return None


def date_rows(doc: Doc, mentions: list[dict], published: str) -> list[dict]:
    """A dates row for every DATE/TIME mention of `doc` (rows from `mention_rows` of the same doc)."""
    pub = published_date(published)
    rows = []
    sents = {}
    for m in mentions:
        if m["label"] not in DATE_LABELS:
            continue
        span = doc.char_span(m["start_char"], m["end_char"])
        sentence = ""
        if span is not None and doc.has_annotation("SENT_START"):
            key = span.sent.start
            sentence = sents.setdefault(key, span.sent.text)
        tx = normalize_date(m["text"], pub, sentence=sentence)
        rows.append({
            "mention_id": m["mention_id"], "article_id": m["article_id"], "text": m["text"],
            "value": tx.value, "kind": tx.kind, "start": tx.start, "end": tx.end, "anchor": tx.anchor,
        })
    return rows
