"""Stage 1, ingest: files and folders -> a stream of Article records.

Owns the readers per input format (plain text, JSON Lines, CSV, HTML), decoding,
publication dates and article ids. Every input record yields exactly one
Article: `ok`, `failed` with a reason, or `skipped_duplicate`. Nothing raises for
bad input; nothing is dropped. May import only the base modules (`records`,
`schemas`, `settings`, `io`) and the language layer; no later stage.
Reading is bounded per record (`pipeline.ingest.limits`).
"""

from __future__ import annotations

import gzip
import io
import logging
import unicodedata
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import fields, replace
from pathlib import Path

from pipeline.ingest.count import count_records
from pipeline.ingest.csvfile import read_csv_stream
from pipeline.ingest.decode import (
    DecodeError,
    bom_encoding,
    decode_bytes,
    open_text,
    stream_encoding,
)
from pipeline.ingest.discover import (
    InputError,
    discover,
    file_kind,
    source_name,
    unreadable_reason,
)
from pipeline.ingest.html import read_html
from pipeline.ingest.ids import IdRegistry
from pipeline.ingest.jsonl import read_jsonl_lines
from pipeline.ingest.limits import (
    Limits,
    TooLarge,
    bounded_lines,
    check_article,
    read_bounded,
)
from pipeline.ingest.plain import read_text
from pipeline.records import Article, clean_text, location_id

__all__ = [
    "InputError",
    "check_article",
    "count_records",
    "discover",
    "file_kind",
    "iter_articles",
    "read_file",
]

log = logging.getLogger(__name__)


DEFAULT_LIMITS = Limits()


def read_file(path: Path, limits: Limits = DEFAULT_LIMITS) -> Iterator[Article]:
    """Yield the records of one file, failed records included; never raises for bad
    content.
    """
    source = source_name(path)
    reason = unreadable_reason(path)
    if reason:
        yield _file_failed(source, reason)
        return
    kind = file_kind(path)
    if kind is None:
        yield _file_failed(
            source,
            f"unsupported file type {path.suffix or '(no extension)'}: "
            f"use .txt, .jsonl, .jsonl.gz, .csv, .html or .htm",
        )
        return
    try:
        if kind == "jsonl":
            opener = gzip.open if path.name.lower().endswith(".gz") else open
            with opener(path, "rb") as fh:
                lines = _jsonl_lines(fh, limits.max_bytes)
                yield from read_jsonl_lines(lines, source, limits.max_depth)
            return
        if kind == "csv":
            with open_text(path, stream_encoding(path)) as stream:
                yield from read_csv_stream(stream, source, limits.max_bytes)
            return
        with open(path, "rb") as fh:
            data = read_bounded(fh, limits.max_bytes)
        if isinstance(data, TooLarge):
            yield _file_failed(source, str(data))
            return
        text, _ = decode_bytes(data)
    except DecodeError as exc:
        yield _file_failed(source, str(exc))
        return
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield _file_failed(source, f"unreadable file: {exc}")
        return
    if not text.strip():
        yield _file_failed(source, "empty file")
        return
    reader = {"text": read_text, "html": read_html}[kind]
    yield from reader(text, source)


def _jsonl_lines(fh, limit: int) -> Iterator[str | DecodeError | TooLarge]:
    """Stream decoded lines, each at most `limit` bytes; each line is decoded on its
    own so one bad line stays one bad record. A UTF-16/32 file (byte-order mark)
    is decoded as a whole stream instead.

    A line that is not text is yielded as its DecodeError, for the reader to report.
    """
    encoding = bom_encoding(fh.read(4))
    fh.seek(0)
    if encoding is not None:
        text = io.TextIOWrapper(fh, encoding=encoding, errors="replace", newline=None)
        for line in bounded_lines(text, limit):
            yield (
                line
                if isinstance(line, TooLarge)
                else unicodedata.normalize("NFC", line)
            )
        return
    for raw in bounded_lines(fh, limit):
        if isinstance(raw, TooLarge):
            yield raw
            continue
        try:
            yield decode_bytes(raw)[0]
        except DecodeError as exc:
            yield exc


def _file_failed(source: str, reason: str) -> Article:
    return Article(location_id(source, ""), source).failed(reason)


def iter_articles(
    paths: Iterable[Path],
    max_chars: int,
    *,
    exclude: Iterable[Path] = (),
    warnings: list[str] | None = None,
) -> Iterator[Article]:
    """Every record of every input file, with duplicates and limits applied, in input
    order.

    A repeated own id is failed on the second record; repeated content
    without an own id is `skipped_duplicate`; a derived id that is already
    taken is derived again (`pipeline.ingest.ids`), so article ids stay unique.
    `exclude` and `warnings` are passed to `discover`.
    """
    limits = Limits(max_chars=max_chars)
    ids = IdRegistry()
    for path in discover(paths, exclude, warnings):
        for art in read_file(path, limits):
            yield _clean(ids.assign(check_article(art, max_chars)))


def _clean(art: Article) -> Article:
    """No NUL or lone surrogate in any text field of the row (messages can quote
    input).
    """
    changed = {
        f.name: cleaned
        for f in fields(art)
        if isinstance(v := getattr(art, f.name), str)
        and (cleaned := clean_text(v)) != v
    }
    return replace(art, **changed) if changed else art
