"""Hand-set entity spans for the entity tests on blank pipelines: a span is named by
its text (the first place the Doc's text has it), so a test reads as the sentence
it is about."""

from __future__ import annotations

from spacy.tokens import Doc, Span


def span_of(doc: Doc, text: str, label: str, span_id: str = "") -> Span:
    """The span of the first occurrence of `text` in `doc`, with `label` and
    `span_id` (a rule id; "" for a model entity)."""
    start = doc.text.index(text)
    s = doc.char_span(start, start + len(text))
    return Span(doc, s.start, s.end, label=label, span_id=span_id)


def spans_in_order(doc: Doc, ents: list[tuple[str, str]]) -> list[Span]:
    """Spans for (text, label) pairs given in text order: each is looked for after
    the one before, so a name met twice ("Okafor ... Okafor") gets both places."""
    spans, at = [], 0
    for text, label in ents:
        start = doc.text.index(text, at)
        at = start + len(text)
        spans.append(doc.char_span(start, at, label=label))
    return spans


def rule_rows(rule, nlp, text: str, ents: list[tuple[str, str]]):
    """(text, label, id) of what `rule(doc, ents)` returns for `text` with the
    hand-set (text, label) entities, given in text order, as the Doc's entities."""
    doc = nlp(text)
    doc.ents = spans_in_order(doc, ents)
    return [(e.text, e.label_, e.id_) for e in rule(doc, list(doc.ents))]
