"""`datapackage.json`: a Frictionless Tabular Data Package describing every CSV
table (fields with types and descriptions, primary and foreign keys), so that
any tool that reads data packages loads the CSVs typed.

Written from `pipeline.schemas` and `pipeline.dictionary`; deterministic (no
dates or sizes in it).
"""

from __future__ import annotations

from pathlib import Path

from pipeline import dictionary, io, schemas
from pipeline.export.types import FRICTIONLESS, columns

PACKAGE_FILE = "datapackage.json"

CSV_NOTE = (
    " CSV: UTF-8, a header row, an empty cell is a missing value; a text cell that "
    "starts with =, +, -, @, tab or carriage return is written with a leading ' "
    "so that spreadsheets do not run it as a formula (the Parquet and DuckDB "
    "files hold the raw value)."
)


def field(c) -> dict:
    """The Table Schema field of one typed column."""
    out = {"name": c.name, "type": FRICTIONLESS[c.logical]}
    if c.logical == "date":
        out["format"] = "default"  # YYYY-MM-DD
    if c.description:
        out["description"] = c.description
    constraints = {}
    if c.required:
        constraints["required"] = True
    info = dictionary.TABLES.get(c.table)
    allowed = (info.values or {}).get(c.name) if info else None
    if allowed:
        constraints["enum"] = list(allowed)
    if constraints:
        out["constraints"] = constraints
    return out


def resource(table: schemas.Table) -> dict:
    """The data resource of one table's CSV file."""
    info = dictionary.TABLES.get(table.name)
    schema: dict = {
        "fields": [field(c) for c in columns(table)],
        "missingValues": [""],
    }
    if info and info.primary_key:
        schema["primaryKey"] = list(info.primary_key)
    if info and info.foreign_keys:
        schema["foreignKeys"] = [
            {
                "fields": list(fk.columns),
                "reference": {"resource": fk.table, "fields": list(fk.refs)},
            }
            for fk in info.foreign_keys
            if fk.table in schemas.TABLES and set(fk.columns) <= set(table.names)
        ]
    return {
        "name": table.name,
        "path": f"{table.name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": ((info.description + ".") if info else "") + CSV_NOTE,
        "dialect": {"delimiter": ",", "doubleQuote": True, "header": True},
        "schema": schema,
    }


def datapackage() -> dict:
    """The whole data package descriptor of an output folder."""
    return {
        "profile": "tabular-data-package",
        "name": "newsner-output",
        "title": "newsner tables",
        "description": "Organisations, people, dates and roles read from news "
        "articles by newsner; run.json beside this file says what ran.",
        "resources": [resource(t) for t in schemas.TABLES.values()],
    }


def write_datapackage(folder: Path) -> Path:
    """Write `folder/datapackage.json`; return its path."""
    target = Path(folder) / PACKAGE_FILE
    io.write_json_atomic(target, datapackage())
    return target
