"""CSV articles: columns matched by name, one article per row, read as a stream.

Rows are parsed one at a time from the decoded stream, so memory follows the
longest row (bounded by the record byte limit), not the file.
"""

from __future__ import annotations

import csv
import sys
import unicodedata
from collections.abc import Iterator

from pipeline.ingest.limits import TooLarge, bounded_lines
from pipeline.ingest.published import parse_published
from pipeline.records import Article, clean_text, id_problem, location_id, make_article

# Accepted column names per field, in order of preference (compared lower-cased).
COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article_text", "article"),
    "title": ("title", "headline"),
    "subtitle": ("subtitle", "description", "summary"),
    "published": ("published", "date", "publish_date", "published_at", "pubdate"),
    "id": ("id", "article_id"),
    "url": ("url", "link", "article_source_link", "source_url"),
}
# News dumps hold long bodies; the csv module's default cap is 128 KiB per field.
# The limit per record is kept by `Lines` instead: the csv module's is global.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))

# How much of a header an error message shows (a file without a header row has
# a data row there, possibly megabytes long).
SHOW_COLUMNS, SHOW_CHARS = 10, 40


class RowTooLarge(Exception):
    """A record over the byte limit (raised through the csv reader)."""


class Lines:
    """The stream's lines for csv.reader: NULs replaced (the csv module refuses them),
    a record (one line, or the lines of a quoted multi-line cell) longer than
    `limit` raised as RowTooLarge. Call `next_record()` after each row. An
    iterator class rather than a generator, because it stays usable after it
    raised.
    """

    def __init__(self, stream, limit: int):
        self._lines = bounded_lines(stream, limit)
        self.limit = limit
        self._pending = 0

    def __iter__(self) -> Lines:
        return self

    def next_record(self) -> None:
        """Start counting a new record."""
        self._pending = 0

    def __next__(self) -> str:
        line = next(self._lines)
        if isinstance(line, TooLarge):
            self._pending = 0
            raise RowTooLarge(str(line))
        self._pending += len(line)
        if self._pending > self.limit:
            size, self._pending = self._pending, 0
            raise RowTooLarge(str(TooLarge(size, self.limit, "characters")))
        return clean_text(line)


def match_columns(header: list[str]) -> dict[str, int]:
    """Map each known field to the index of the first header column that names it."""
    lowered = [h.strip().lower().lstrip("\ufeff") for h in header]
    found: dict[str, int] = {}
    for field, names in COLUMNS.items():
        for name in names:
            if name in lowered:
                found[field] = lowered.index(name)
                break
    return found


def describe_header(header: list[str]) -> str:
    """The header's cells for a message: at most 10, each cut to 40 characters."""
    cells = [
        repr(c[:SHOW_CHARS])[1:-1] + ("…" if len(c) > SHOW_CHARS else "")
        for c in header[:SHOW_COLUMNS]
    ]
    shown = ", ".join(cells) or "none"
    if len(header) > SHOW_COLUMNS:
        shown += f", … ({len(header)} columns)"
    if any(len(c) > SHOW_CHARS for c in header):
        shown += " (is the header row missing? the first row must name the columns)"
    return shown


def _nfc(value: str) -> str:
    return (
        value
        if unicodedata.is_normalized("NFC", value)
        else unicodedata.normalize("NFC", value)
    )


def read_csv_stream(stream, source_file: str, limit: int) -> Iterator[Article]:
    """Yield one Article per data row of the decoded text `stream`; a file without a
    text column, or with a header only, is one failed row.
    """
    lines = Lines(stream, limit)
    reader = csv.reader(lines)
    file_id = location_id(source_file, "")
    try:
        header = [_nfc(h) for h in next(reader)]
    except StopIteration:
        yield Article(file_id, source_file).failed("empty CSV file (no header row)")
        return
    except (csv.Error, RowTooLarge) as exc:
        yield Article(file_id, source_file).failed(f"unreadable CSV header: {exc}")
        return
    cols = match_columns(header)
    if "text" not in cols:
        wanted = "/".join(COLUMNS["text"])
        yield Article(file_id, source_file).failed(
            f"no text column: expected one of {wanted}; found {describe_header(header)}"
        )
        return
    rowno, rows = 1, 0
    while True:
        lines.next_record()
        try:
            row = next(reader)
        except StopIteration:
            break
        except (csv.Error, RowTooLarge) as exc:
            rowno += 1
            rows += 1
            where = f"row {rowno}"
            yield Article(location_id(source_file, where), source_file, where).failed(
                f"malformed CSV row {rowno}: {exc}"
            )
            continue
        rowno += 1
        if not any(cell.strip() for cell in row):
            continue
        rows += 1
        yield _article(row, cols, source_file, f"row {rowno}")
    if not rows:
        yield Article(file_id, source_file).failed(
            "no data rows: the CSV file has a header row only"
        )


def _article(row: list[str], cols: dict[str, int], source_file: str, ref: str):
    def get(field: str) -> str:
        i = cols.get(field)
        return _nfc(row[i]) if i is not None and i < len(row) else ""

    own_id = get("id")
    problem = id_problem(own_id)
    if problem:
        return Article(location_id(source_file, ref), source_file, ref).failed(problem)
    return make_article(
        own_id=own_id or None,
        source_file=source_file,
        source_ref=ref,
        url=get("url"),
        published=parse_published(get("published")),
        title=get("title"),
        text=get("text"),
        subtitle=get("subtitle"),
    )
