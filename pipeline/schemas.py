"""Every table's columns, dtypes and sort key, in one place: output and work tables.

`conform` turns any frame holding a table's columns into the canonical form
(column order, dtypes, sorted rows, a fresh index), so that writers never see
an ill-shaped table and identical input gives identical bytes.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

STR = "string"
INT = "Int64"
FLOAT = "Float64"
_TYPES = {"int": INT, "float": FLOAT}


@dataclass(frozen=True)
class Table:
    """One table: its name, ordered (column, dtype) pairs and sort key (may be
    empty).
    """

    name: str
    columns: tuple[tuple[str, str], ...]
    key: tuple[str, ...]

    @property
    def names(self) -> list[str]:
        """The column names in output order."""
        return [c for c, _ in self.columns]


def _t(name: str, key: str, columns: str) -> Table:
    """A table from space-separated names; `col:int` is an integer column, `col:float`
    a number, else text.
    """
    cols = tuple(
        (c.split(":")[0], _TYPES[c.split(":")[1]] if ":" in c else STR)
        for c in columns.split()
    )
    return Table(name, cols, tuple(key.split()))


# -- Output tables (DESIGN.md "Output tables"), sorted by their key.
ARTICLES = _t(
    "articles",
    "article_id",
    "article_id source_file source_ref url published title n_chars:int n_words:int "
    "status error",
)
MENTIONS = _t(
    "mentions",
    "article_id field start_char end_char label mention_id",
    "mention_id article_id field start_char:int end_char:int sentence_index:int text "
    "label entity_id source rule_id",
)
ORGANISATIONS = _t(
    "organisations",
    "org_id",
    "org_id name acronym aliases n_mentions:int n_articles:int first_published "
    "last_published confidence:float",
)
ORG_RELATIONS = _t(
    "org_relations",
    "child_org_id parent_org_id relation article_id evidence",
    "child_org_id parent_org_id relation article_id evidence",
)
PEOPLE = _t(
    "people",
    "person_id",
    "person_id name aliases n_mentions:int n_articles:int first_published "
    "last_published confidence:float",
)
ROLES = _t(
    "roles",
    "role_id",
    "role_id article_id person_id person_name title title_raw qualifier org_id "
    "org_name country sentence_index:int evidence rule_id",
)
DATES = _t(
    "dates",
    "article_id mention_id",
    "mention_id article_id text value kind first_day last_day anchor",
)

TABLES: dict[str, Table] = {
    t.name: t
    for t in (ARTICLES, MENTIONS, ORGANISATIONS, ORG_RELATIONS, PEOPLE, ROLES, DATES)
}

# -- Work tables: what each shard writes for the reduce (unsorted, in reading order).
# Mentions carry the in-article link key and the courtesy title written before a
# person; role and relation candidates carry surface text and link keys that the
# reduce turns into entity ids.
WORK_MENTIONS = _t("mentions", "", " ".join(MENTIONS.names) + " link honorific")
ROLE_CANDIDATES = _t(
    "role_candidates",
    "",
    "article_id field sentence_index:int person_text person_link title title_raw "
    "qualifier org_text org_link country evidence rule_id",
)
RELATION_CANDIDATES = _t(
    "relation_candidates",
    "",
    "article_id field child_text child_link parent_text parent_link relation evidence "
    "rule_id",
)
WORK_TABLES: dict[str, Table] = {
    "articles": _t("articles", "", " ".join(ARTICLES.names)),
    "mentions": WORK_MENTIONS,
    "dates": _t("dates", "", " ".join(DATES.names)),
    "role_candidates": ROLE_CANDIDATES,
    "relation_candidates": RELATION_CANDIDATES,
}
# The reduce's distinct ORG/PERSON keys: one row per (article, label, text, link,
# honorific) with its mention count, how many of those a rule made (a rule id other
# than a propagated label), its
# smallest mention id and its first reading position.
ENTITY_KEYS = _t(
    "entity_keys",
    "",
    "article_id label text link honorific n:int n_rule:int n_team:int n_headline:int "
    "first_mention "
    "first_pos:int",
)

ARTICLE_STATUSES = ("ok", "failed", "skipped_duplicate")


_TEXT = pd.StringDtype()  # what astype(STR) gives


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
        if dtype == STR and values.dtype == _TEXT:
            # Text already, as astype(STR) makes it (most tables come conformed
            # once before): only the missing values to fill, not a round trip
            # through Python objects. (`== STR` is also true of other storages.)
            out[col] = values.fillna("") if values.hasnans else values.copy()
        elif dtype == STR:
            out[col] = (
                values.astype("object")
                .where(values.notna(), "")
                .astype(str)
                .astype(STR)
            )
        else:
            out[col] = pd.to_numeric(values, errors="raise").astype(dtype)
    if len(out) and table.key:
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
