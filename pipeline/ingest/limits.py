"""Limits per record: bytes read before parsing, JSON nesting, characters, and text
that is one short sequence repeated.

Reading is bounded before anything is parsed: a record over the byte limit is
skipped in chunks (memory follows the limit, not the record) and becomes a
failed row with the reason.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import BinaryIO

from pipeline.records import Article
from pipeline.settings import MAX_CHARS, MAX_JSON_DEPTH, record_byte_limit

CHUNK = 2**20
# Text this long whose words are nearly all one ("a a a ...", "Mr. Mr. ...",
# "(((((((((( ((((((((((") is one short sequence repeated: nothing to find in
# it, and the model's cost grows with its tokens (a 100 KB record of one such
# word took 10 s), so it is refused. At most one distinct word per 200, and at
# most one when there are fewer than 400 words; news text of this size has more
# than one distinct word in ten. Text without spaces (a CJK paragraph) is a
# few long "words", all distinct: never refused.
REPETITIVE_MIN_CHARS = 10_000
REPETITIVE_MIN_WORDS = 20  # fewer, longer "words" are cut by the tokenizer guard
REPETITIVE_MAX_DISTINCT = 0.005


@dataclass(frozen=True)
class Limits:
    """The per-record limits of a run (DESIGN "Input formats")."""

    max_chars: int = MAX_CHARS
    max_depth: int = MAX_JSON_DEPTH

    @property
    def max_bytes(self) -> int:
        """Bytes a record may have before it is parsed."""
        return record_byte_limit(self.max_chars)


class TooLarge:
    """A record that was over the byte limit: how many bytes it had (read through,
    not kept).
    """

    def __init__(self, size: int, limit: int, unit: str = "bytes"):
        self.size, self.limit, self.unit = size, limit, unit

    def __str__(self) -> str:
        return (
            f"too large: {self.size} {self.unit} before parsing, the limit is "
            f"{self.limit} (8 bytes per --max-chars character, at least 16 MiB)"
        )


def read_bounded(fh: BinaryIO, limit: int) -> bytes | TooLarge:
    """The whole stream when it holds at most `limit` bytes, else TooLarge (the rest
    is read through in chunks to measure it, never kept).
    """
    data = fh.read(limit + 1)
    if len(data) <= limit:
        return data
    size = len(data)
    del data
    while block := fh.read(CHUNK):
        size += len(block)
    return TooLarge(size, limit)


def bounded_lines(fh, limit: int) -> Iterator[bytes | str | TooLarge]:
    """The lines of a binary or text stream, each at most `limit` long; a longer line
    is read through in chunks and yielded as TooLarge.
    """
    while True:
        line = fh.readline(limit + 1)
        if not line:
            return
        newline = b"\n" if isinstance(line, bytes) else "\n"
        if len(line) <= limit or line.endswith(newline):
            yield line
            continue
        size = len(line)
        del line
        while True:
            part = fh.readline(CHUNK)
            size += len(part)
            if not part or part.endswith(newline):
                break
        yield TooLarge(size, limit, "bytes" if newline == b"\n" else "characters")


_BRACKETS = re.compile(r'"(?:[^"\\]|\\.)*"|[^\[\]{}"]+')


def json_too_deep(line: str, max_depth: int) -> bool:
    """True when the JSON text nests arrays/objects deeper than `max_depth` (strings
    are skipped, so brackets inside them do not count).

    Cheap for ordinary records: only a line with more opening brackets than
    the limit is scanned.
    """
    if line.count("[") + line.count("{") <= max_depth:
        return False
    depth = 0
    for ch in _BRACKETS.sub("", line):
        if ch in "[{":
            depth += 1
            if depth > max_depth:
                return True
        elif ch in "]}":
            depth -= 1
    return False


def repetitive(text: str) -> str:
    """The reason to refuse `text` as one short sequence repeated, or "" when it is
    not.
    """
    if len(text) < REPETITIVE_MIN_CHARS:
        return ""
    words = text.split()
    distinct = len(set(words))
    if len(words) < REPETITIVE_MIN_WORDS or distinct > max(
        1.0, REPETITIVE_MAX_DISTINCT * len(words)
    ):
        return ""
    return (
        f"repetitive text: {len(words)} words but only {distinct} distinct "
        f"(one short sequence repeated), not processed"
    )


def check_article(article: Article, max_chars: int) -> Article:
    """Mark an otherwise ok article failed when it has no text at all (no body, title
    or subtitle: an article with a title or subtitle only is processed), too much
    of it (title, subtitle and body together), or only one short sequence repeated.
    """
    if article.status != "ok":
        return article
    texts = article.fields.values()
    if not any(t.strip() for t in texts):
        return article.failed("empty text")
    size = sum(len(t) for t in texts)
    if size > max_chars:
        return article.failed(
            f"too large: {size} characters, the limit is {max_chars} "
            f"(raise it with --max-chars)"
        )
    reason = repetitive("\n".join(texts))
    return article.failed(reason) if reason else article
