"""Date mention rows -> dates rows, each value normalized against the publication date.

Mentions are normalized in document order so that an anaphoric expression
("that year", "the following month") can rest on the last calendar date the
text named before it rather than on the publication date (TimeML anchors
such expressions to the narrative's reference time).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import date

from spacy.tokens import Doc

from pipeline.lang.timex.normalize import Timex, normalize_date, sets_reference
from pipeline.nlp.tokens import doc_text
from pipeline.settings import DATE_LABELS


def published_date(published: str) -> date | None:
    """The publication date as a date, or None when unknown or invalid.

    An ISO datetime ("1998-02-06T22:19:00", as feeds and the eval gold give
    it) counts by its date: the clock time does not move a calendar anchor,
    and rejecting it would leave every relative expression unresolved. Other
    spellings are read once, at ingest (`pipeline.ingest.published`), so the
    pipeline has a single policy for them.
    """
    try:
        return date.fromisoformat(published[:10]) if published else None
    except (TypeError, ValueError):
        return None


def normalize_in_order(items: list[tuple[str, str]], pub: date | None) -> list[Timex]:
    """Normalize (text, sentence) pairs of one document, in order, carrying the
    reference date.

    The reference is the latest result that names a calendar date
    (`sets_reference`); it is passed as ``previous`` to the next expressions.
    """
    out: list[Timex] = []
    previous: Timex | None = None
    for text, sentence in items:
        tx = normalize_date(text, pub, sentence=sentence, previous=previous)
        if sets_reference(tx):
            previous = tx
        out.append(tx)
    return out


def date_rows(doc: Doc, mentions: list[dict], published: str) -> list[dict]:
    """A dates row for every DATE/TIME mention of `doc` (rows from `mention_rows` of
    the same doc).
    """
    pub = published_date(published)
    ms = [m for m in mentions if m["label"] in DATE_LABELS]
    items = []
    if ms and doc.has_annotation("SENT_START"):
        # Each mention's sentence by bisecting the sentence starts, found once: a
        # span's own `.sent` walks back to its start token, every time.
        # A sentence's text is cut from the Doc's: `Span.text` joins its tokens.
        sents = [(s.start_char, s.end_char) for s in doc.sents]
        starts = [a for a, _ in sents]
        text = doc_text(doc)
        for m in ms:
            k = bisect_right(starts, m["start_char"]) - 1
            last = bisect_right(starts, m["end_char"] - 1) - 1
            # a mention across a break gets its sentences together, as Span.sent
            items.append((m["text"], text[sents[k][0] : sents[last][1]]))
    else:
        items = [(m["text"], "") for m in ms]
    rows = []
    for m, tx in zip(ms, normalize_in_order(items, pub)):
        rows.append(
            {
                "mention_id": m["mention_id"],
                "article_id": m["article_id"],
                "text": m["text"],
                "value": tx.value,
                "kind": tx.kind,
                "first_day": tx.start,
                "last_day": tx.end,
                "anchor": tx.anchor,
            }
        )
    return rows
