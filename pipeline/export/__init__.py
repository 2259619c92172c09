"""Export: what a run adds beside the CSV and Parquet tables the reduce wrote, and
how to read them back.

- `duck.write_duckdb`: `newsner.duckdb` (typed tables, primary keys, column
  descriptions, views for the common joins), built from the Parquet files;
- `package.write_datapackage`: `datapackage.json` (Frictionless Table Schema of
  every CSV: types, descriptions, primary and foreign keys);
- `load.load_tables`: an output folder as typed pandas DataFrames (also
  `pipeline.load_tables`).

Everything is derived from `pipeline.schemas` (columns, dtypes) and
`pipeline.dictionary` (descriptions, date columns, keys). May import io and the
base modules only.
"""

from __future__ import annotations

from pathlib import Path

from pipeline.export.load import load_table, load_tables
from pipeline.export.package import PACKAGE_FILE, write_datapackage
from pipeline.schemas import TABLES

__all__ = ["PACKAGE_FILE", "export", "load_table", "load_tables"]


def export(folder: Path, formats: tuple[str, ...]) -> list[str]:
    """Add datapackage.json and, when `formats` has duckdb, newsner.duckdb to the
    staged tables in `folder`; Parquet files written only to build the DuckDB file
    are removed when `formats` lacks parquet. Returns warnings.
    """
    warnings: list[str] = []
    write_datapackage(folder)
    if "duckdb" in formats:
        from pipeline.export.duck import write_duckdb

        _, warnings = write_duckdb(folder)
        if "parquet" not in formats:
            for name in TABLES:
                (Path(folder) / f"{name}.parquet").unlink(missing_ok=True)
    return warnings
