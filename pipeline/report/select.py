"""Which entities and articles get pages: the report's limits, applied to the tables.

Pure functions over DataFrames. Entities are ranked by the number of articles
that mention them, then mentions, then name and id, so the choice is
deterministic. Each kind (organisations, people) gets its own top N.
"""

from __future__ import annotations

import re

import pandas as pd

from pipeline.records import digest
from pipeline.report.data import Outputs, column
from pipeline.report.limits import Limits

KINDS = {"organisations": ("org_id", "organisation"), "people": ("person_id", "person")}
_SAFE_ID = re.compile(r"[a-z0-9_-]{1,64}")


def page_name(entity_or_article_id: str) -> str:
    """A file name (without .html) for an id: the id itself when it is plainly safe,
    else `~` and a digest (ids come from user input: slashes, dots, case).
    """
    if _SAFE_ID.fullmatch(entity_or_article_id):
        return entity_or_article_id
    return "~" + digest(entity_or_article_id, size=20)


def entities(outputs: Outputs) -> pd.DataFrame:
    """Organisations and people in one frame, ranked: entity_id, kind, name, acronym,
    aliases (a list), n_mentions, n_articles, first/last_published, confidence.
    """
    parts = []
    for table, (id_col, kind) in KINDS.items():
        df = outputs[table]
        parts.append(
            pd.DataFrame(
                {
                    "entity_id": column(df, id_col).astype(str),
                    "kind": kind,
                    "name": column(df, "name").astype(str),
                    "acronym": column(df, "acronym").astype(str),
                    "aliases": [_aliases(a) for a in column(df, "aliases")],
                    "n_mentions": _count(column(df, "n_mentions", 0)),
                    "n_articles": _count(column(df, "n_articles", 0)),
                    "first_published": column(df, "first_published").astype(str),
                    "last_published": column(df, "last_published").astype(str),
                    "confidence": column(df, "confidence", None),
                }
            )
        )
    ents = pd.concat(parts, ignore_index=True)
    ents = ents.sort_values(
        ["n_articles", "n_mentions", "name", "entity_id"],
        ascending=[False, False, True, True],
        kind="mergesort",
    )
    return ents.reset_index(drop=True)


def _aliases(value: object) -> list[str]:
    return sorted({a.strip() for a in str(value or "").split("|") if a.strip()})


def _count(values: pd.Series) -> pd.Series:
    return pd.to_numeric(values, errors="coerce").fillna(0).astype(int)


def has_confidence(outputs: Outputs) -> bool:
    """True when the entity tables carry a confidence column with any value (an
    older run's tables have none)."""
    return any(
        "confidence" in outputs[t].columns
        and pd.to_numeric(outputs[t]["confidence"], errors="coerce").notna().any()
        for t in KINDS
    )


def top(ents: pd.DataFrame, kind: str, n: int) -> pd.DataFrame:
    """The first `n` ranked entities of one kind."""
    return ents[ents["kind"] == kind].head(n)


def page_entities(ents: pd.DataFrame, limits: Limits) -> pd.DataFrame:
    """The entities that get a page: the top N of each kind, in rank order."""
    chosen = ents.groupby("kind", sort=False).head(limits.top_entities)
    return chosen.reset_index(drop=True)


def articles_by_entity(outputs: Outputs) -> pd.DataFrame:
    """One row per (entity_id, article_id) with the mention count, the article's
    published date and title; newest first within an entity, undated last.
    """
    m = outputs["mentions"]
    linked = m[column(m, "entity_id").astype(str) != ""]
    counts = (
        linked.groupby(["entity_id", "article_id"], sort=True)
        .size()
        .rename("n_mentions")
        .reset_index()
    )
    arts = outputs["articles"][["article_id", "published", "title"]]
    rows = counts.merge(arts, on="article_id", how="left").fillna("")
    rows["undated"] = rows["published"] == ""
    rows = rows.sort_values(
        ["entity_id", "undated", "published", "article_id"],
        ascending=[True, True, False, True],
        kind="mergesort",
    )
    return rows.drop(columns="undated").reset_index(drop=True)


def page_articles(
    pages: pd.DataFrame, by_entity: pd.DataFrame, articles: pd.DataFrame, limits: Limits
) -> list[str]:
    """The article ids that get a page, at most `limits.max_articles`: first the
    articles the entity pages list (in entity rank order), then the other
    processed articles in table order.
    """
    chosen: dict[str, None] = {}
    # One groupby head, not a frame per entity: thousands of entities made the
    # per-group loop the slowest step of the page choice.
    listed = by_entity.groupby("entity_id", sort=False).head(limits.articles_per_entity)
    groups: dict[str, list[str]] = {}
    for entity_id, article_id in zip(
        listed["entity_id"].tolist(), listed["article_id"].tolist()
    ):
        groups.setdefault(entity_id, []).append(article_id)
    for entity_id in pages["entity_id"]:
        for article_id in groups.get(entity_id, ()):
            if len(chosen) >= limits.max_articles:
                return list(chosen)
            chosen.setdefault(article_id, None)
    for article_id in articles.loc[articles["status"] == "ok", "article_id"]:
        if len(chosen) >= limits.max_articles:
            break
        chosen.setdefault(article_id, None)
    return list(chosen)


def failed_summary(articles: pd.DataFrame) -> list[tuple[str, int]]:
    """Failed records counted by reason (the error text before its first colon),
    most frequent first.
    """
    failed = articles[articles["status"] == "failed"]
    reasons = failed["error"].astype(str).str.split(":", n=1).str[0].str.strip()
    counts = reasons.replace("", "(no reason given)").value_counts()
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
