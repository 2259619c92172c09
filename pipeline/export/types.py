"""One logical type per output column, and its name in each format.

The logical type comes from the column's dtype in `pipeline.schemas` (integer,
number, text) and from `pipeline.dictionary` (the date columns), so a column a
schema adds is typed everywhere without a change here.
"""

from __future__ import annotations

from dataclasses import dataclass

from pipeline import dictionary, schemas

DUCKDB = {"integer": "BIGINT", "number": "DOUBLE", "date": "DATE", "string": "VARCHAR"}
FRICTIONLESS = {
    "integer": "integer",
    "number": "number",
    "date": "date",
    "string": "string",
}


@dataclass(frozen=True)
class ColumnType:
    """A column of an output table with its logical type and description."""

    table: str
    name: str
    logical: str
    description: str
    required: bool


def logical_type(column: str, dtype: str) -> str:
    """integer, number, date or string."""
    if dtype == schemas.INT:
        return "integer"
    if dtype == schemas.FLOAT:
        return "number"
    return "date" if dictionary.is_date(column) else "string"


def columns(table: schemas.Table) -> list[ColumnType]:
    """The table's columns in output order, typed and described."""
    info = dictionary.TABLES.get(table.name)
    key = set(info.primary_key) if info else set()
    required = (info.required if info else frozenset()) | key
    return [
        ColumnType(
            table.name,
            name,
            logical_type(name, dtype),
            dictionary.describe(table.name, name),
            name in required,
        )
        for name, dtype in table.columns
    ]


def quote(identifier: str) -> str:
    """An SQL identifier, double-quoted."""
    return '"' + identifier.replace('"', '""') + '"'
