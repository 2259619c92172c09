"""Bounds on per-sentence work in extraction, and the count of sentences they skip.

spaCy's DependencyMatcher enumerates token combinations: on one sentence of
1,200 tokens listing people, titles and organisations it ran for minutes, and
its cost grows about with the cube of the sentence length. Sentences longer
than MAX_PARSE_TOKENS tokens (or MAX_PARSE_CHARS characters, which also
bounds the parser's tokenizer) are therefore parsed in pieces split at ";"
(`bounded`), and a piece still over the bound is not parsed for
roles; the segment patterns still read it, at a cost linear in its length. In the News
Articles corpus the only parsed sentences over 150 tokens are lists without
roles (322 and 1,892 tokens). Skips are logged and counted per thread, so a
shard can report them in run.json.
"""

from __future__ import annotations

import logging
import threading

from spacy.tokens import Span

log = logging.getLogger(__name__)

MAX_PARSE_TOKENS = 150
MAX_PARSE_CHARS = 2_000

_counts = threading.local()


def too_long_to_parse(n_tokens: int, n_chars: int) -> bool:
    """True when a sentence is over the parse bound."""
    return n_tokens > MAX_PARSE_TOKENS or n_chars > MAX_PARSE_CHARS


def note_skipped(article_id: str, sentence_index: int, n_tokens: int) -> None:
    """Log and note (by article) a sentence left unparsed."""
    _counts.skipped = [*getattr(_counts, "skipped", []), article_id]
    log.warning(
        "article %r, sentence %d: %d tokens, over the bound of %d: not parsed for "
        "roles",
        article_id,
        sentence_index,
        n_tokens,
        MAX_PARSE_TOKENS,
    )


def take_skipped() -> list[str]:
    """The article of each sentence this thread skipped since the last call (then
    reset)."""
    ids = getattr(_counts, "skipped", [])
    _counts.skipped = []
    return ids


def too_long(span: Span) -> bool:
    """Over the parse bound; the text's length by offsets (Span.text joins tokens)."""
    return too_long_to_parse(len(span), span.end_char - span.start_char)


def bounded(
    sentences: list[tuple[int, Span]], article_id: str = ""
) -> list[tuple[int, Span]]:
    """The sentences with every one over the parse bound split at ";" into pieces
    within it; a piece that cannot be made short enough is skipped
    (`note_skipped`)."""
    out: list[tuple[int, Span]] = []
    for k, sent in sentences:
        if not too_long(sent):
            out.append((k, sent))
            continue
        cuts = [t.i + 1 for t in sent if t.text == ";"] + [sent.end]
        start = sent.start
        for end in cuts:
            piece = sent.doc[start:end]
            if too_long(piece):
                note_skipped(article_id, k, len(piece))
            elif end > start:
                out.append((k, piece))
            start = end
    return out


def pieces(
    k: int, sent: Span, ents: list[tuple], article_id: str = ""
) -> list[tuple[int, Span, list]]:
    """A selected sentence, or its bounded pieces (`bounded`) with their own
    entities (offsets relative to the piece) when it is too long."""
    if not too_long(sent):
        return [(k, sent, ents)]
    out = []
    for _, piece in bounded([(k, sent)], article_id):
        lo, hi = piece.start_char - sent.start_char, piece.end_char - sent.start_char
        mine = [(s - lo, e - lo, *rest) for s, e, *rest in ents if lo <= s and e <= hi]
        if {e[2] for e in mine} == {"PERSON", "ORG"}:
            out.append((k, piece, mine))
    return out
