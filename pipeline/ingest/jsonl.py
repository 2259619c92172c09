"""JSON Lines articles (optionally gzip-compressed): one JSON object per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from pipeline.ingest.published import parse_published
from pipeline.records import Article, location_id, make_article


def read_jsonl_lines(
    lines: Iterable[str | Exception], source_file: str
) -> Iterator[Article]:
    """Yield one Article per non-blank line; a bad line becomes a failed Article.

    Fields: text (required), id, published, title, url, source (optional). A
    line given as an exception (bytes that are not text) fails with its message.
    """
    for lineno, line in enumerate(lines, start=1):
        ref = f"line {lineno}"
        if isinstance(line, Exception):
            yield _fail(source_file, ref, f"line {lineno} is not text: {line}")
            continue
        if not line.strip():
            continue
        try:
            obj = json.loads(line.rstrip("\r\n"))
        except json.JSONDecodeError as exc:
            # Some of json's messages already end in " at" (before the position).
            where = (
                f"column {exc.colno}"
                if exc.msg.endswith(" at")
                else f"at column {exc.colno}"
            )
            yield _fail(
                source_file, ref, f"malformed JSON on line {lineno}: {exc.msg} {where}"
            )
            continue
        if not isinstance(obj, dict):
            yield _fail(
                source_file,
                ref,
                f"line {lineno} is a JSON {type(obj).__name__}, expected an object",
            )
            continue
        text = obj.get("text")
        own_id = obj.get("id")
        own_id = None if own_id is None else str(own_id)
        if not isinstance(text, str):
            reason = (
                "missing 'text' field"
                if text is None
                else f"'text' is a {type(text).__name__}, expected a string"
            )
            yield _fail(source_file, ref, reason, own_id)
            continue
        yield make_article(
            own_id=own_id,
            source_file=source_file,
            source_ref=ref,
            url=_str(obj.get("url")),
            published=parse_published(obj.get("published")),
            title=_str(obj.get("title")),
            text=text,
        )


def _str(value: object) -> str:
    return "" if value is None else str(value)


def _fail(
    source_file: str, ref: str, reason: str, own_id: str | None = None
) -> Article:
    article_id = (
        own_id.strip() if own_id and own_id.strip() else location_id(source_file, ref)
    )
    return Article(article_id, source_file, ref).failed(reason)
