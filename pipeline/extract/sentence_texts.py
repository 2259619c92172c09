"""A sentence's text, and its evidence text, cut from its Doc's text.

`Span.text` joins the span's tokens, each built anew; the Doc's text is kept
once per Doc (`pipeline.nlp.tokens.doc_text`), and a span's characters are
one slice of it: spaCy's whitespace after a token is one character at most,
so the slice from its first token's offset to the end of its last is what the
join gives.
"""

from __future__ import annotations

from spacy.tokens import Span

from pipeline.nlp.tokens import doc_text


def span_text(span: Span) -> str:
    """`span.text`, cut from the Doc's kept text."""
    return doc_text(span.doc)[span.start_char : span.end_char]


def evidence(sent: Span) -> str:
    """A sentence's text with its whitespace runs as single spaces."""
    return " ".join(span_text(sent).split())
