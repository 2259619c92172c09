"""The Article record every reader yields, and how its id is derived."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Article:
    """One input record: processed later when `status` is ok, else kept as a failed row.

    `published` is YYYY-MM-DD or "" (unknown); `source_ref` says where in the
    file the record is ("line 3", "row 7"), "" for whole-file formats.
    `subtitle` is the record's subtitle, description or summary, a field of its
    own (mentions point into it with field "subtitle").
    """

    article_id: str
    source_file: str
    source_ref: str = ""
    url: str = ""
    published: str = ""
    title: str = ""
    text: str = ""
    status: str = "ok"
    error: str = ""
    # True when article_id is the record's own id (JSONL `id`, a CSV id column),
    # False when newsner derived it; duplicate handling keeps the two apart.
    own_id: bool = False
    subtitle: str = ""

    @property
    def where(self) -> str:
        """A human-readable location: file and, where known, line or row."""
        return (
            f"{self.source_file}:{self.source_ref}"
            if self.source_ref
            else self.source_file
        )

    def failed(self, reason: str) -> Article:
        """A copy marked failed with `reason`, text dropped (it is not processed)."""
        return replace(self, status="failed", error=reason, text="", subtitle="")

    @property
    def fields(self) -> dict[str, str]:
        """The texts annotated, by field name: title, subtitle (when there is one),
        body."""
        if self.subtitle:
            return {"title": self.title, "subtitle": self.subtitle, "body": self.text}
        return {"title": self.title, "body": self.text}


# NUL can reach a record through JSON escapes ("\\u0000") or stray bytes in text,
# and so can a lone surrogate ("\\ud800"), which no UTF-8 writer accepts. No
# output cell may hold either (spreadsheets and C tools stop at NUL, Parquet
# refuses surrogates), so every text field carries U+FFFD, the Unicode
# replacement character, in their place: same length, offsets kept.
NUL = "\x00"
REPLACEMENT = "\ufffd"
_SURROGATE = re.compile("[\ud800-\udfff]")


def clean_text(value: str) -> str:
    """`value` with every NUL and lone surrogate replaced by U+FFFD."""
    if NUL in value:
        value = value.replace(NUL, REPLACEMENT)
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        value = _SURROGATE.sub(REPLACEMENT, value)
    return value


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def id_problem(own_id: str) -> str:
    """Why an own id is refused ("" when it is fine): control characters would reach
    terminals and file names, and an id is a join key, so it is never altered.
    """
    if _CONTROL.search(own_id):
        return f"id {own_id!r} holds control characters"
    return ""


def digest(*parts: str, size: int = 16) -> str:
    """A short, stable hex digest of the parts (joined with a separator that text
    cannot hold).
    """
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:size]


def content_id(title: str, text: str, subtitle: str = "") -> str:
    """The article id for a record without its own id: derived from title, text and
    subtitle only (a record without a subtitle keeps the id of earlier versions).
    """
    if subtitle.strip():
        return digest(title.strip(), text.strip(), subtitle.strip())
    return digest(title.strip(), text.strip())


def location_id(source_file: str, source_ref: str) -> str:
    """An id for a record with no usable content (a failed record), from where it was
    found.
    """
    return "loc-" + digest(source_file, source_ref, size=12)


def make_article(
    *,
    own_id: str | None,
    source_file: str,
    source_ref: str = "",
    url: str = "",
    published: str = "",
    title: str = "",
    text: str = "",
    subtitle: str = "",
) -> Article:
    """Build an Article, using the record's own id when it has a non-empty one.

    NULs in any field become U+FFFD before the id is derived (`clean_text`).
    """
    own = clean_text(own_id or "").strip()
    title, text = clean_text(title), clean_text(text)
    subtitle = clean_text(subtitle).strip()
    article_id = own if own else content_id(title, text, subtitle)
    return Article(
        article_id,
        source_file,
        source_ref,
        clean_text(url).strip(),
        published,
        title.strip(),
        text,
        own_id=bool(own),
        subtitle=subtitle,
    )


def stable_id(prefix: str, key: str) -> str:
    """`prefix` + the first 12 hex digits of `digest(key)`: a content-derived id."""
    return prefix + digest(key, size=12)
