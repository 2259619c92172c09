"""The report's limits for large corpora, with their defaults (one place).

Kept free of heavy imports: the command line reads the defaults for its options.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Limits:
    """How much of a large corpus gets pages. Every limit is a keyword option of
    `build_report`; `newsner report` offers the three that set the number of pages
    (--top-entities, --articles-per-entity, --max-articles). The defaults keep a
    report of a 100,000-article run to a few thousand small files.
    """

    top_entities: int = 100
    """Entity pages per kind (organisations, people): the top N by article count."""
    articles_per_entity: int = 50
    """Articles listed and linked on an entity page (newest first); all are counted."""
    max_articles: int = 1000
    """Article pages at most: first those the entity pages list, then the others in
    table order while room remains."""
    index_rows: int = 25
    """Top organisations and top people listed on index.html."""
    chart_series: int = 8
    """Entities drawn in the mentions-over-time chart."""
    max_failed: int = 200
    """Failed records listed with their reasons on index.html (all are counted)."""
    search_entries: int = 20000
    """Entities in the search index (those without a page are listed unlinked)."""

    def __post_init__(self) -> None:
        for name, value in vars(self).items():
            if not isinstance(value, int) or value < 0:
                raise ValueError(f"report limit {name} must be an integer >= 0")
