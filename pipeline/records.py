"""The Article record every reader yields, and how its id is derived."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Article:
    """One input record: processed later when `status` is ok, else kept as a failed row.

    `published` is YYYY-MM-DD or "" (unknown); `source_ref` says where in the
    file the record is ("line 3", "row 7"), "" for whole-file formats.
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
        return replace(self, status="failed", error=reason, text="")


def digest(*parts: str, size: int = 16) -> str:
    """A short, stable hex digest of the parts (joined with a separator that text
    cannot hold).
    """
    h = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass"))
    return h.hexdigest()[:size]


def content_id(title: str, text: str) -> str:
    """The article id for a record without its own id: derived from title and text
    only.
    """
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
) -> Article:
    """Build an Article, using the record's own id when it has a non-empty one."""
    own = (own_id or "").strip()
    article_id = own if own else content_id(title, text)
    return Article(
        article_id, source_file, source_ref, url.strip(), published, title.strip(), text
    )


def stable_id(prefix: str, key: str) -> str:
    """`prefix` + first 12 hex digits of sha1(key): a content-derived id."""
    return prefix + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]
