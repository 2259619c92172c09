"""`newsner.duckdb`: every output table with declared types, primary keys and
descriptions, and views for the common joins.

Built from the run's Parquet files (the raw values, typed, with nulls), inside
the staging folder, and published with them. Views:

- `entities`: organisations and people in one list (entity_id, kind, name, ...);
- `role_details`: roles with the article's date and title and the canonical
  person and organisation rows;
- `mention_entities`: mentions with the entity they resolved to and the
  article's publication date;
- `entity_timeline`: mentions and articles per entity and publication day.
"""

from __future__ import annotations

import logging
from pathlib import Path

import duckdb

from pipeline import dictionary, io, schemas
from pipeline.export.types import DUCKDB, columns, quote

log = logging.getLogger(__name__)

DUCKDB_FILE = "newsner.duckdb"

VIEWS = {
    "entities": """
        SELECT org_id AS entity_id, 'organisation' AS kind, name, acronym, aliases,
               n_mentions, n_articles, first_published, last_published
        FROM organisations
        UNION ALL
        SELECT person_id, 'person', name, NULL, aliases,
               n_mentions, n_articles, first_published, last_published
        FROM people""",
    "role_details": """
        SELECT r.*, a.published, a.title AS article_title,
               p.name AS person_canonical_name, o.name AS org_canonical_name,
               o.acronym AS org_acronym
        FROM roles r
        LEFT JOIN articles a ON a.article_id = r.article_id
        LEFT JOIN people p ON p.person_id = r.person_id
        LEFT JOIN organisations o ON o.org_id = r.org_id""",
    "mention_entities": """
        SELECT m.*, e.kind AS entity_kind, e.name AS entity_name, a.published
        FROM mentions m
        LEFT JOIN entities e ON e.entity_id = m.entity_id
        LEFT JOIN articles a ON a.article_id = m.article_id""",
    "entity_timeline": """
        SELECT entity_id, entity_kind AS kind, entity_name AS name, published,
               count(*) AS n_mentions, count(DISTINCT article_id) AS n_articles
        FROM mention_entities
        WHERE entity_id IS NOT NULL
        GROUP BY ALL""",
}
VIEW_DESCRIPTIONS = {
    "entities": "Organisations and people in one list",
    "role_details": "Roles with their article's date and title and the canonical "
    "person and organisation",
    "mention_entities": "Mentions with the entity they resolved to and the "
    "article's publication date",
    "entity_timeline": "Mentions and articles per entity and publication day "
    "(published is null for articles without a date)",
}


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _create(con, table: schemas.Table, with_key: bool) -> None:
    info = dictionary.TABLES.get(table.name)
    cols = [f"{quote(c.name)} {DUCKDB[c.logical]}" for c in columns(table)]
    if with_key and info and info.primary_key:
        cols.append(f"PRIMARY KEY ({', '.join(map(quote, info.primary_key))})")
    con.execute(f"CREATE TABLE {quote(table.name)} ({', '.join(cols)})")


def _load(con, table: schemas.Table, parquet: Path) -> str:
    """Create and fill one table; "" or a warning when its key is not unique."""
    select = ", ".join(quote(c) for c in table.names)
    insert = (
        f"INSERT INTO {quote(table.name)} SELECT {select} "
        f"FROM read_parquet({_literal(str(parquet))})"
    )
    _create(con, table, with_key=True)
    try:
        con.execute(insert)
        return ""
    except duckdb.ConstraintException as exc:
        # A repeated key is a bug upstream, not a reason to lose the run's output.
        con.execute(f"DROP TABLE {quote(table.name)}")
        _create(con, table, with_key=False)
        con.execute(insert)
        return f"newsner.duckdb: table {table.name} has no primary key: {exc}"


def write_duckdb(folder: Path) -> tuple[Path, list[str]]:
    """Write `folder/newsner.duckdb` from the Parquet tables in `folder`; return its
    path and warnings (tables whose primary key could not be declared).
    """
    folder = Path(folder)
    target = folder / DUCKDB_FILE
    warnings = []
    with io.atomic_path(target) as tmp:
        tmp.unlink()  # duckdb creates the file itself
        con = duckdb.connect(str(tmp), config={"threads": 1})
        try:
            for name, table in schemas.TABLES.items():
                problem = _load(con, table, folder / f"{name}.parquet")
                if problem:
                    log.warning("%s", problem)
                    warnings.append(problem)
                _comment(con, table)
            for name, sql in VIEWS.items():
                con.execute(f"CREATE VIEW {quote(name)} AS {sql}")
                con.execute(
                    f"COMMENT ON VIEW {quote(name)} IS "
                    f"{_literal(VIEW_DESCRIPTIONS[name])}"
                )
            con.execute("CHECKPOINT")
        finally:
            con.close()
    return target, warnings


def _comment(con, table: schemas.Table) -> None:
    info = dictionary.TABLES.get(table.name)
    if info:
        con.execute(
            f"COMMENT ON TABLE {quote(table.name)} IS {_literal(info.description)}"
        )
    for c in columns(table):
        if c.description:
            con.execute(
                f"COMMENT ON COLUMN {quote(table.name)}.{quote(c.name)} IS "
                f"{_literal(c.description)}"
            )
