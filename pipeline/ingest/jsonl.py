"""JSON Lines articles (optionally gzip-compressed): one JSON object per line."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator

from pipeline.ingest.limits import TooLarge, json_too_deep
from pipeline.ingest.published import parse_published
from pipeline.records import Article, id_problem, location_id, make_article
from pipeline.settings import MAX_JSON_DEPTH

OPTIONAL_TEXT = ("title", "url", "published", "source")
# The subtitle of a record, by the first of these fields that it has.
SUBTITLE_FIELDS = ("subtitle", "description", "summary")


def json_type(value: object) -> str:
    """The JSON name of a parsed value's type, with its article ("an object")."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, int | float):
        return "a number"
    return {dict: "an object", list: "an array", str: "a string"}.get(
        type(value), "null"
    )


def read_jsonl_lines(
    lines: Iterable[str | Exception | TooLarge],
    source_file: str,
    max_depth: int = MAX_JSON_DEPTH,
) -> Iterator[Article]:
    """Yield one Article per non-blank line; a bad line becomes a failed Article.

    Fields: text (a string, required unless the record has a title or a
    subtitle), id (a string or an integer), published, title, subtitle (or
    description, or summary), url, source (strings or null). Other types are
    refused, not converted. A line given as an exception (bytes that are not text) or as
    TooLarge (over the byte limit) fails with its message.
    """
    for lineno, line in enumerate(lines, start=1):
        ref = f"line {lineno}"
        if isinstance(line, TooLarge):
            yield _fail(source_file, ref, f"line {lineno} is {line}")
            continue
        if isinstance(line, Exception):
            yield _fail(source_file, ref, f"line {lineno} is not text: {line}")
            continue
        if not line.strip():
            continue
        obj = _parse(line.rstrip("\r\n"), lineno, max_depth)
        if isinstance(obj, str):
            yield _fail(source_file, ref, obj)
            continue
        if not isinstance(obj, dict):
            yield _fail(
                source_file,
                ref,
                f"line {lineno} is {json_type(obj)}, expected a JSON object",
            )
            continue
        own_id, problem = _own_id(obj.get("id"))
        if not problem:
            problem = _field_problem(obj)
        if problem:
            yield _fail(source_file, ref, problem, own_id)
            continue
        yield make_article(
            own_id=own_id,
            source_file=source_file,
            source_ref=ref,
            url=obj.get("url") or "",
            published=parse_published(obj.get("published")),
            title=obj.get("title") or "",
            text=obj.get("text") or "",
            subtitle=_subtitle(obj),
        )


def _parse(line: str, lineno: int, max_depth: int) -> object:
    """The parsed line, or the reason it cannot be parsed (a str)."""
    if json_too_deep(line, max_depth):
        return f"JSON on line {lineno} nests deeper than {max_depth} levels"
    try:
        return json.loads(line)
    except json.JSONDecodeError as exc:
        # Some of json's messages already end in " at" (before the position).
        where = (
            f"column {exc.colno}"
            if exc.msg.endswith(" at")
            else f"at column {exc.colno}"
        )
        return f"malformed JSON on line {lineno}: {exc.msg} {where}"
    except (ValueError, RecursionError) as exc:  # e.g. an integer of 5,000 digits
        return f"unreadable JSON on line {lineno}: {exc}"


def _own_id(value: object) -> tuple[str | None, str]:
    """(the id as text or None, the reason it is refused or "")."""
    if value is None:
        return None, ""
    if isinstance(value, bool) or not isinstance(value, int | str):
        return None, f"'id' is {json_type(value)}, expected a string or an integer"
    text = str(value)
    return (None, id_problem(text)) if id_problem(text) else (text, "")


def _subtitle(obj: dict) -> str:
    """The first of subtitle, description, summary that the record has."""
    for name in SUBTITLE_FIELDS:
        if obj.get(name):
            return obj[name]
    return ""


def _field_problem(obj: dict) -> str:
    """Why the record's fields are unusable, or "" when they are fine."""
    text = obj.get("text")
    if text is not None and not isinstance(text, str):
        return f"'text' is {json_type(text)}, expected a string"
    for name in OPTIONAL_TEXT + SUBTITLE_FIELDS:
        value = obj.get(name)
        if value is not None and not isinstance(value, str):
            return f"'{name}' is {json_type(value)}, expected a string or null"
    if text is None and not (obj.get("title") or _subtitle(obj)):
        return "missing 'text' field"
    return ""


def _fail(
    source_file: str, ref: str, reason: str, own_id: str | None = None
) -> Article:
    own = own_id.strip() if own_id else ""
    article_id = own or location_id(source_file, ref)
    return Article(article_id, source_file, ref, own_id=bool(own)).failed(reason)
