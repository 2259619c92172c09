"""Stage 1, ingest: files and folders -> a stream of Article records.

Owns the readers per input format (plain text, JSON Lines, CSV, HTML), decoding,
publication dates and article ids. Every input record yields exactly one
Article: `ok`, `failed` with a reason, or `skipped_duplicate`. Nothing raises for
bad input; nothing is dropped. May import only the base modules (`records`,
`schemas`, `settings`, `io`) and the language layer; no later stage.
"""

from __future__ import annotations

import csv
import gzip
import io
import logging
import zlib
from collections.abc import Iterable, Iterator
from dataclasses import replace
from pathlib import Path

from pipeline.ingest.csvfile import read_csv_text
from pipeline.ingest.decode import DecodeError, decode_bytes
from pipeline.ingest.html import read_html
from pipeline.ingest.jsonl import read_jsonl_lines
from pipeline.ingest.plain import read_text
from pipeline.records import Article, content_id, digest, location_id

log = logging.getLogger(__name__)

SUFFIXES = {
    ".txt": "text",
    ".jsonl": "jsonl",
    ".jsonl.gz": "jsonl",
    ".csv": "csv",
    ".html": "html",
    ".htm": "html",
}


class InputError(ValueError):
    """A path given on the command line does not exist."""


def file_kind(path: Path) -> str | None:
    """The input format of `path` by its name, or None when unsupported."""
    name = path.name.lower()
    for suffix in sorted(SUFFIXES, key=len, reverse=True):
        if name.endswith(suffix):
            return SUFFIXES[suffix]
    return None


def discover(paths: Iterable[Path]) -> list[Path]:
    """Files named by `paths` (folders walked recursively), sorted, hidden files
    skipped.

    Raises InputError for a path that does not exist.
    """
    found: set[Path] = set()
    for p in paths:
        p = Path(p)
        if not p.exists():
            raise InputError(f"input path not found: {p}")
        if p.is_dir():
            for f in p.rglob("*"):
                if f.is_file() and not any(
                    part.startswith(".") for part in f.relative_to(p).parts
                ):
                    found.add(f)
        else:
            found.add(p)
    return sorted(found, key=lambda f: f.as_posix())


def read_file(path: Path) -> Iterator[Article]:
    """Yield the records of one file, failed records included; never raises for bad
    content.
    """
    source = path.as_posix()
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
            yield from read_jsonl_lines(_jsonl_lines(path), source)
            return
        text, _ = decode_bytes(path.read_bytes())
    except DecodeError as exc:
        yield _file_failed(source, str(exc))
        return
    except (OSError, EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield _file_failed(source, f"unreadable file: {exc}")
        return
    if not text.strip():
        yield _file_failed(source, "empty file")
        return
    reader = {"text": read_text, "csv": read_csv_text, "html": read_html}[kind]
    yield from reader(text, source)


def count_records(paths: Iterable[Path]) -> int:
    """How many records `iter_articles` will yield, read cheaply (for progress and ETA).

    Exact for text, HTML, JSONL and well-formed CSV; an unreadable file counts
    as the one failed record it becomes.
    """
    total = 0
    for path in discover(paths):
        kind = file_kind(path)
        try:
            if kind == "jsonl":
                opener = gzip.open if path.name.lower().endswith(".gz") else open
                with opener(path, "rb") as fh:
                    n = sum(1 for line in fh if line.strip())
            elif kind == "csv":
                n = (
                    sum(
                        1
                        for row in csv.reader(
                            io.StringIO(decode_bytes(path.read_bytes())[0], newline="")
                        )
                        if any(c.strip() for c in row)
                    )
                    - 1
                )
            else:
                n = 1
        except (
            OSError,
            EOFError,
            zlib.error,
            gzip.BadGzipFile,
            DecodeError,
            csv.Error,
        ):
            n = 1
        total += max(n, 1)
    return total


def _jsonl_lines(path: Path) -> Iterator[str | DecodeError]:
    """Stream decoded lines; each line is decoded on its own so one bad line stays one
    bad record.

    A line that is not text is yielded as its DecodeError, for the reader to report.
    """
    opener = gzip.open if path.name.lower().endswith(".gz") else open
    with opener(path, "rb") as fh:
        for raw in fh:
            try:
                yield decode_bytes(raw)[0]
            except DecodeError as exc:
                yield exc


def _file_failed(source: str, reason: str) -> Article:
    return Article(location_id(source, ""), source).failed(reason)


def check_article(article: Article, max_chars: int) -> Article:
    """Mark an otherwise ok article failed when it has no text or too much of it."""
    if article.status != "ok":
        return article
    if not article.text.strip():
        return article.failed("empty text")
    if len(article.text) > max_chars:
        return article.failed(
            f"too large: {len(article.text)} characters, the limit is {max_chars} "
            f"(raise it with --max-chars)"
        )
    return article


def iter_articles(paths: Iterable[Path], max_chars: int) -> Iterator[Article]:
    """Every record of every input file, with duplicates and limits applied, in input
    order.

    A repeated own id is failed on the second record; repeated content
    without an own id is `skipped_duplicate`. The repeat gets the first id
    plus a suffix derived from its location, so article ids stay unique.
    """
    ids: dict[str, str] = {}
    for path in discover(paths):
        for art in read_file(path):
            art = check_article(art, max_chars)
            first = ids.get(art.article_id)
            if first is not None:
                where = digest(art.source_file, art.source_ref, size=8)
                new_id = f"{art.article_id}~{where}"
                if art.status == "ok" and art.article_id == _content_key(art):
                    art = _replace(
                        art,
                        new_id,
                        "skipped_duplicate",
                        f"same content as article {art.article_id} ({first})",
                    )
                else:
                    art = _replace(
                        art,
                        new_id,
                        "failed",
                        f"duplicate id {art.article_id}: first used at {first}",
                    )
            ids.setdefault(art.article_id, art.where)
            yield art


def _content_key(art: Article) -> str:
    return content_id(art.title, art.text)


def _replace(art: Article, new_id: str, status: str, error: str) -> Article:
    return replace(
        art,
        article_id=new_id,
        status=status,
        error=error,
        text="" if status != "ok" else art.text,
    )
