"""How many records a run will read, counted cheaply and in bounded memory (for the
progress bar and its ETA).
"""

from __future__ import annotations

import csv
import gzip
import zlib
from collections.abc import Iterable
from pathlib import Path

from pipeline.ingest.csvfile import Lines, RowTooLarge, match_columns
from pipeline.ingest.decode import DecodeError, open_text, stream_encoding
from pipeline.ingest.discover import discover, file_kind
from pipeline.ingest.limits import CHUNK
from pipeline.settings import MAX_CHARS, record_byte_limit


def count_records(
    paths: Iterable[Path], exclude: Iterable[Path] = (), max_chars: int = MAX_CHARS
) -> int:
    """How many records `iter_articles` will yield.

    Exact for text, HTML, JSONL and well-formed CSV; an unreadable file counts
    as the one failed record it becomes.
    """
    limit = record_byte_limit(max_chars)
    total = 0
    for path in discover(paths, exclude):
        kind = file_kind(path)
        try:
            if kind == "jsonl":
                n = _jsonl_records(path)
            elif kind == "csv":
                n = _csv_records(path, limit)
            else:
                n = 1
        except (OSError, EOFError, zlib.error, gzip.BadGzipFile, DecodeError):
            n = 1
        total += max(n, 1)
    return total


def _jsonl_records(path: Path) -> int:
    """Non-blank lines, counted chunk by chunk (a line can be longer than memory)."""
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    n, open_line = 0, False
    with opener(path, "rb") as fh:
        while chunk := fh.read(CHUNK):
            parts = chunk.split(b"\n")
            for part in parts[:-1]:
                n += open_line or bool(part.strip())
                open_line = False
            open_line = open_line or bool(parts[-1].strip())
    return n + open_line


def _csv_records(path: Path, limit: int) -> int:
    """Data rows that are not blank, malformed ones included (as read_csv_stream)."""
    n = 0
    with open_text(path, stream_encoding(path)) as stream:
        lines = Lines(stream, limit)
        reader = csv.reader(lines)
        try:
            if "text" not in match_columns(next(reader)):
                return 1
        except (StopIteration, csv.Error, RowTooLarge):
            return 1
        while True:
            lines.next_record()
            try:
                row = next(reader)
            except StopIteration:
                break
            except (csv.Error, RowTooLarge):
                n += 1
                continue
            n += any(c.strip() for c in row)
    return n
