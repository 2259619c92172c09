"""Article ids stay unique in a run: own ids and derived ids never collide silently.

An own id (JSONL `id`, a CSV id column) is the user's join key: a second
record with it fails ("duplicate id"). A derived id (the content digest of a
record without its own id, or the location id of a failed record) that is
already taken is derived again from the record's location. Repeated content
is `skipped_duplicate` only between records without own ids, so an own id that
happens to equal another record's digest never hides that record.
"""

from __future__ import annotations

from dataclasses import replace

from pipeline.records import Article, digest


class IdRegistry:
    """The ids given so far in a run, and the content digests of records without own
    ids.
    """

    def __init__(self) -> None:
        self.used: dict[str, tuple[str, bool]] = {}  # id -> (where, derived)
        self.contents: dict[str, tuple[str, str]] = {}  # digest -> (id, where)

    def assign(self, art: Article) -> Article:
        """`art` with an id no earlier record has, its status changed for a repeat."""
        if art.own_id:
            first = self.used.get(art.article_id)
            if first is not None:
                where, derived = first
                note = " (an id newsner derived there)" if derived else ""
                art = _repeat(
                    art,
                    self._fresh(art),
                    "failed",
                    f"duplicate id {art.article_id}: first used at {where}{note}",
                )
            return self._take(art)
        if art.status == "ok":
            first = self.contents.get(art.article_id)
            if first is not None:
                first_id, where = first
                return self._take(
                    _repeat(
                        art,
                        self._fresh(art),
                        "skipped_duplicate",
                        f"same content as article {first_id} ({where})",
                    )
                )
            key = art.article_id
            if key in self.used:
                art = replace(art, article_id=self._fresh(art))
            self.contents[key] = (art.article_id, art.where)
        elif art.article_id in self.used:
            art = replace(art, article_id=self._fresh(art))
        return self._take(art)

    def _take(self, art: Article) -> Article:
        self.used.setdefault(art.article_id, (art.where, not art.own_id))
        return art

    def _fresh(self, art: Article) -> str:
        """The record's id plus `~` and a digest of its location, salted until
        unused.
        """
        salt = 0
        while True:
            parts = (art.source_file, art.source_ref) + ((str(salt),) if salt else ())
            candidate = f"{art.article_id}~{digest(*parts, size=8)}"
            if candidate not in self.used:
                return candidate
            salt += 1


def _repeat(art: Article, new_id: str, status: str, error: str) -> Article:
    return replace(
        art,
        article_id=new_id,
        own_id=False,  # the new id is derived
        status=status,
        error=error,
        text="" if status != "ok" else art.text,
    )
