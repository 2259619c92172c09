"""Load what `newsner run` wrote into an output folder: the seven tables and run.json.

Tables are read with `pipeline.io.read_table` against `pipeline.schemas`, so
they come back in canonical form. Parquet is preferred where a run wrote it
(it holds the raw values); from CSV the spreadsheet-safety quote that
`pipeline.io` puts before text starting like a formula is taken off again, so
the report shows what the articles said (a value that really began with a
quote and a formula sign loses that quote on screen only). The
report reads columns defensively: a column a newer schema adds (such as
`confidence`) is shown when present, and a folder written by an older or newer
version whose columns do not match the current schema is still read as plain
text columns rather than refused.
"""

from __future__ import annotations

import csv
import json
import logging
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq

from pipeline import io, schemas

log = logging.getLogger(__name__)


class OutputFolderError(ValueError):
    """The folder holds no newsner output (no articles table)."""


@dataclass
class Outputs:
    """The tables of one output folder (name -> DataFrame) and its run.json."""

    folder: Path
    tables: dict[str, pd.DataFrame]
    run: dict = field(default_factory=dict)

    def __getitem__(self, name: str) -> pd.DataFrame:
        return self.tables[name]


def table_path(folder: Path, name: str, run: dict | None = None) -> Path | None:
    """The file holding table `name` in `folder`: Parquet when present, else CSV;
    CSV first when run.json (`run`) says the run wrote only CSV, because a
    Parquet file beside it is then left from an earlier run.
    """
    fmt = str(((run or {}).get("settings") or {}).get("output_format", ""))
    written = {f.strip() for f in fmt.split(",")}
    csv_only = "csv" in written and not written & {"parquet", "both", "all"}
    order = (".csv", ".parquet") if csv_only else (".parquet", ".csv")
    for suffix in order:
        path = folder / f"{name}{suffix}"
        if path.is_file():
            return path
    return None


def file_columns(path: Path) -> list[str]:
    """The column names of a table file (its header), without reading its rows."""
    if path.suffix == ".parquet":
        return list(pq.read_schema(path).names)
    with open(path, encoding="utf-8", newline="") as fh:
        return next(csv.reader(fh), [])


def with_columns(table: schemas.Table, names: list[str]) -> schemas.Table:
    """`table` plus, as text, the columns in `names` that it does not declare (a
    column a newer version writes, such as `confidence`, is kept, not dropped).
    """
    extra = tuple((c, schemas.STR) for c in names if c not in table.names)
    return schemas.Table(table.name, table.columns + extra, table.key)


def read_any(path: Path, table: schemas.Table) -> pd.DataFrame:
    """Read one table file with `pipeline.io.read_table`, keeping columns the schema
    does not know; when a declared column is missing, read the file as text.

    Missing text is "" either way, so the report never sees NaN in a text column.
    """
    try:
        df = io.read_table(path, with_columns(table, file_columns(path)))
    except (schemas.SchemaError, ValueError, TypeError) as exc:
        log.warning(
            "%s does not match the current schema (%s): read as text", path, exc
        )
        if path.suffix == ".parquet":
            df = pd.read_parquet(path)
        else:
            df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
        df = df.astype("object").where(df.notna(), "")
    if path.suffix == ".csv":
        for col in df.columns:
            if df[col].dtype == "string":
                # Only a cell starting with a quote can carry one: mapping every
                # cell of the mentions table cost a tenth of a second.
                quoted = df[col].str.startswith("'").fillna(False)
                if quoted.any():
                    df.loc[quoted, col] = df.loc[quoted, col].map(io.unquote_cell)
            elif df[col].dtype == "object":
                df[col] = df[col].map(io.unquote_cell, na_action="ignore")
    return df


def load_outputs(folder: Path) -> Outputs:
    """Every table of the output folder `folder` (an absent table is empty) and
    run.json.

    Raises OutputFolderError when the folder has no articles table: it is not
    the output of `newsner run`.
    """
    folder = Path(folder)
    if table_path(folder, "articles") is None:
        raise OutputFolderError(
            f"{folder} holds no articles.csv or articles.parquet: give the folder "
            "that `newsner run --out` wrote"
        )
    run = {}
    run_json = folder / "run.json"
    if run_json.is_file():
        try:
            run = json.loads(run_json.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            log.warning("cannot read %s: %s", run_json, exc)
    run = run if isinstance(run, dict) else {}
    tables = {}
    for name, table in schemas.TABLES.items():
        path = table_path(folder, name, run)
        tables[name] = schemas.empty(table) if path is None else read_any(path, table)
    return Outputs(folder, tables, run)


def column(df: pd.DataFrame, name: str, default: object = "") -> pd.Series:
    """Column `name` of `df`, or a column of `default` when the table lacks it."""
    if name in df.columns:
        return df[name]
    return pd.Series([default] * len(df), index=df.index, dtype="object")
