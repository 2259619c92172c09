"""Bounds on per-sentence work in extraction, and the count of sentences they skip.

spaCy's DependencyMatcher enumerates token combinations: on one sentence of
1,200 tokens listing people, titles and organisations it ran for minutes, and
its cost grows about with the cube of the sentence length. Sentences longer
than MAX_PARSE_TOKENS tokens (or MAX_PARSE_CHARS characters, which also
bounds the parser's tokenizer) are therefore parsed in pieces split at ";"
(`dep_sentences.bounded`), and a piece still over the bound is not parsed for
roles; the segment patterns still read it, at a cost linear in its length. In the News
Articles corpus the only parsed sentences over 150 tokens are lists without
roles (322 and 1,892 tokens). Skips are logged and counted per thread, so a
shard can report them in run.json.
"""

from __future__ import annotations

import logging
import threading

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
