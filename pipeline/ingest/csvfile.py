"""CSV articles: columns matched by name, one article per row."""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator

from pipeline.ingest.published import parse_published
from pipeline.records import Article, location_id, make_article

# Accepted column names per field, in order of preference (compared lower-cased).
COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content", "article_text", "article"),
    "title": ("title", "headline"),
    "published": ("published", "date", "publish_date", "published_at", "pubdate"),
    "id": ("id", "article_id"),
    "url": ("url", "link", "article_source_link", "source_url"),
}

# News dumps hold long bodies; the csv module's default cap is 128 KiB per field.
csv.field_size_limit(min(sys.maxsize, 2**31 - 1))


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


def read_csv_text(text: str, source_file: str) -> Iterator[Article]:
    """Yield one Article per data row; a file without a text column is one failed
    row.
    """
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader)
    except StopIteration:
        yield Article(location_id(source_file, ""), source_file).failed(
            "empty CSV file (no header row)"
        )
        return
    except csv.Error as exc:
        yield Article(location_id(source_file, ""), source_file).failed(
            f"unreadable CSV header: {exc}"
        )
        return
    cols = match_columns(header)
    if "text" not in cols:
        wanted = "/".join(COLUMNS["text"])
        yield Article(location_id(source_file, ""), source_file).failed(
            f"no text column: expected one of {wanted}; found "
            f"{', '.join(header) or 'none'}"
        )
        return
    rowno = 1
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            rowno += 1
            yield Article(
                location_id(source_file, f"row {rowno}"), source_file, f"row {rowno}"
            ).failed(f"malformed CSV row {rowno}: {exc}")
            continue
        rowno += 1
        if not any(cell.strip() for cell in row):
            continue

        def get(field: str, row: list[str] = row) -> str:
            i = cols.get(field)
            return row[i] if i is not None and i < len(row) else ""

        yield make_article(
            own_id=get("id") or None,
            source_file=source_file,
            source_ref=f"row {rowno}",
            url=get("url"),
            published=parse_published(get("published")),
            title=get("title"),
            text=get("text"),
        )
