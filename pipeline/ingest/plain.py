"""Plain-text articles: an optional `date YYYY-MM-DD <title>` first line, a blank
line, the body.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from pipeline.ingest.published import parse_published
from pipeline.records import Article, make_article

_HEADER = re.compile(
    r"^[ \t]*date[ \t]+(\d{4}-\d{2}-\d{2})(?:[ \t]+(.*?))?[ \t]*$", re.IGNORECASE
)


def split_header(text: str) -> tuple[str, str, str]:
    """Return (published, title, body). Without a header line the whole text is the
    body.
    """
    first, sep, rest = text.partition("\n")
    m = _HEADER.match(first)
    if not m:
        return "", "", text
    # The body starts after the blank line that follows the header.
    body = rest[1:] if rest.startswith("\n") else rest
    return m.group(1), (m.group(2) or "").strip(), body


def read_text(text: str, source_file: str) -> Iterator[Article]:
    """Yield the single article a text file holds."""
    published, title, body = split_header(text)
    yield make_article(
        own_id=None,
        source_file=source_file,
        published=parse_published(published),
        title=title,
        text=body,
    )
