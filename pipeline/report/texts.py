"""Article texts for the report, re-read from the run's inputs.

The tables hold no article bodies. `run.json` records the inputs of the run
(absolute paths); `pipeline.ingest.iter_articles` reads them again and gives
the same article ids (they are derived from content or the record's own id),
so the title and body of each article the report renders can be found again.
An input that is gone, or a record whose text no longer matches the mentions
the run found in it, leaves the article without text: its page says why and
still shows its tables.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from pipeline.ingest import iter_articles
from pipeline.records import Article

log = logging.getLogger(__name__)

DEFAULT_MAX_CHARS = 1_000_000


@dataclass
class Texts:
    """Field texts per article id (field -> text), and why the others have none."""

    fields: dict[str, dict[str, str]] = field(default_factory=dict)
    changed: set[str] = field(default_factory=set)
    missing_inputs: list[str] = field(default_factory=list)
    unavailable: str = ""

    def reason(self, article_id: str) -> str:
        """Why `article_id` has no text (empty when it has)."""
        if article_id in self.fields:
            return ""
        if self.unavailable:
            return self.unavailable
        if article_id in self.changed:
            return (
                "its input changed since the run (the text no longer holds the "
                "mentions found in it)"
            )
        gone = ", ".join(self.missing_inputs)
        if gone:
            return f"not found in the run's inputs (missing now: {gone})"
        return (
            "not found in the run's inputs (moved, deleted or changed since the run?)"
        )


def field_texts(article: Article) -> dict[str, str]:
    """The texts mention offsets point into, by field name (title, subtitle, body)."""
    out = {"title": article.title}
    subtitle = getattr(article, "subtitle", "")
    if subtitle:
        out["subtitle"] = subtitle
    out["body"] = article.text
    return out


def read_texts(
    inputs: Sequence[str | Path] | None,
    wanted: Iterable[str],
    mentions: pd.DataFrame,
    max_chars: int = DEFAULT_MAX_CHARS,
) -> Texts:
    """Re-read `inputs` and keep the field texts of the articles in `wanted`.

    A text is kept only when every mention the run recorded for that article
    still spans the same characters (else the input changed since the run and
    highlights would land in the wrong place).
    """
    wanted = set(wanted)
    if not inputs:
        return Texts(
            unavailable="run.json does not record the run's inputs "
            "(rerun `newsner run` to record them)"
        )
    present = [Path(p) for p in inputs if Path(p).exists()]
    texts = Texts(missing_inputs=[str(p) for p in inputs if not Path(p).exists()])
    if texts.missing_inputs:
        log.warning("report: inputs not found: %s", ", ".join(texts.missing_inputs))
    if not present or not wanted:
        return texts
    spans = _mention_spans(mentions, wanted)
    for article in iter_articles(present, max_chars):
        if article.status != "ok" or article.article_id not in wanted:
            continue
        fields = field_texts(article)
        if _spans_match(fields, spans.get(article.article_id, ())):
            texts.fields[article.article_id] = fields
        else:
            texts.changed.add(article.article_id)
            log.warning("report: %s changed since the run", article.where)
    return texts


def _mention_spans(mentions: pd.DataFrame, wanted: set[str]) -> dict[str, list]:
    m = mentions[mentions["article_id"].isin(wanted)]
    out: dict[str, list] = {}
    # whole columns, not itertuples: walking the table row by row is slow
    names = ["article_id", "field", "start_char", "end_char", "text"]
    for article_id, *span in zip(*(m[name].tolist() for name in names)):
        out.setdefault(article_id, []).append(tuple(span))
    return out


def _spans_match(fields: dict[str, str], spans) -> bool:
    for field_name, start, end, text in spans:
        source = fields.get(field_name)
        if source is None or source[int(start) : int(end)] != text:
            return False
    return True
