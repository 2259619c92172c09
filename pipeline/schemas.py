"""Every output table's columns, dtypes and sort key, in one place.

`conform` turns any frame holding a table's columns into the canonical form
(column order, dtypes, sorted rows, a fresh index), so that writers never see
an ill-shaped table and identical input gives identical bytes.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

STR = "string"
INT = "Int64"


@dataclass(frozen=True)
class Table:
    """One output table: its name, ordered (column, dtype) pairs and sort key."""

    name: str
    columns: tuple[tuple[str, str], ...]
    key: tuple[str, ...]

    @property
    def names(self) -> list[str]:
        """The column names in output order."""
        return [c for c, _ in self.columns]


def _t(name: str, key: tuple[str, ...], *cols: tuple[str, str]) -> Table:
    return Table(name, tuple(cols), key)


ARTICLES = _t(
    "articles",
    ("article_id",),
    ("article_id", STR),
    ("source_file", STR),
    ("source_ref", STR),
    ("url", STR),
    ("published", STR),
    ("title", STR),
    ("n_chars", INT),
    ("n_words", INT),
    ("status", STR),
    ("error", STR),
)
MENTIONS = _t(
    "mentions",
    ("article_id", "field", "start_char", "end_char", "label", "mention_id"),
    ("mention_id", STR),
    ("article_id", STR),
    ("field", STR),
    ("start_char", INT),
    ("end_char", INT),
    ("sentence_index", INT),
    ("text", STR),
    ("label", STR),
    ("entity_id", STR),
    ("source", STR),
    ("rule_id", STR),
)
ORGANISATIONS = _t(
    "organisations",
    ("org_id",),
    ("org_id", STR),
    ("name", STR),
    ("acronym", STR),
    ("aliases", STR),
    ("n_mentions", INT),
    ("n_articles", INT),
    ("first_published", STR),
    ("last_published", STR),
)
ORG_RELATIONS = _t(
    "org_relations",
    ("child_org_id", "parent_org_id", "relation", "article_id", "evidence"),
    ("child_org_id", STR),
    ("parent_org_id", STR),
    ("relation", STR),
    ("article_id", STR),
    ("evidence", STR),
)
PEOPLE = _t(
    "people",
    ("person_id",),
    ("person_id", STR),
    ("name", STR),
    ("aliases", STR),
    ("n_mentions", INT),
    ("n_articles", INT),
    ("first_published", STR),
    ("last_published", STR),
)
ROLES = _t(
    "roles",
    ("role_id",),
    ("role_id", STR),
    ("article_id", STR),
    ("person_id", STR),
    ("person_name", STR),
    ("title", STR),
    ("title_raw", STR),
    ("qualifier", STR),
    ("org_id", STR),
    ("org_name", STR),
    ("sentence_index", INT),
    ("evidence", STR),
    ("rule_id", STR),
)
DATES = _t(
    "dates",
    ("article_id", "mention_id"),
    ("mention_id", STR),
    ("article_id", STR),
    ("text", STR),
    ("value", STR),
    ("kind", STR),
    ("start", STR),
    ("end", STR),
    ("anchor", STR),
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (ARTICLES, MENTIONS, ORGANISATIONS, ORG_RELATIONS, PEOPLE, ROLES, DATES)
}

ARTICLE_STATUSES = ("ok", "failed", "skipped_duplicate")


class SchemaError(ValueError):
    """A table is missing columns or holds values its schema forbids."""


def empty(table: Table) -> pd.DataFrame:
    """An empty frame with the table's columns and dtypes."""
    return conform(pd.DataFrame({c: [] for c in table.names}), table)


def conform(df: pd.DataFrame, table: Table) -> pd.DataFrame:
    """Return `df` with exactly the table's columns, dtypes and row order.

    Missing optional text is the empty string, never NaN, so CSV and Parquet
    agree. Raises SchemaError when a column is missing.
    """
    missing = [c for c in table.names if c not in df.columns]
    if missing:
        raise SchemaError(f"table {table.name}: missing columns {missing}")
    out = pd.DataFrame(index=range(len(df)))
    for col, dtype in table.columns:
        values = df[col].reset_index(drop=True)
        if dtype == STR:
            out[col] = (
                values.astype("object")
                .where(values.notna(), "")
                .astype(str)
                .astype(STR)
            )
        else:
            out[col] = pd.to_numeric(values, errors="raise").astype(dtype)
    if len(out):
        out = out.sort_values(list(table.key), kind="mergesort", na_position="first")
    return out.reset_index(drop=True)


def validate(df: pd.DataFrame, table: Table) -> None:
    """Raise SchemaError unless `df` is already in the table's canonical form."""
    if list(df.columns) != table.names:
        raise SchemaError(
            f"table {table.name}: columns {list(df.columns)} != {table.names}"
        )
    for col, dtype in table.columns:
        if str(df[col].dtype) != dtype:
            raise SchemaError(
                f"table {table.name}: column {col} has dtype {df[col].dtype}, expected "
                f"{dtype}"
            )
    if table is ARTICLES:
        bad = set(df["status"]) - set(ARTICLE_STATUSES)
        if bad:
            raise SchemaError(f"table articles: unknown status values {sorted(bad)}")
