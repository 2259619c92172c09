"""Load an output folder as typed pandas DataFrames, the same from CSV or Parquet.

    import pipeline
    tables = pipeline.load_tables("outputs")
    tables["roles"][tables["roles"]["org_id"].isna()]

Every id and text column is pandas `string` with <NA> for a missing value,
counts are `Int64`, numbers `Float64`, and the date columns (`published`,
`first_published`, `last_published`, `first_day`, `last_day`) are
`datetime64[ms]` with NaT when unknown. From Parquet the raw values are read;
from CSV the spreadsheet-safety quote is taken off again. Columns a newer
version added are kept, as text (CSV) or as written (Parquet).
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline import io, schemas

_PANDAS = {
    pa.string(): pd.StringDtype(),
    pa.large_string(): pd.StringDtype(),
    pa.int64(): pd.Int64Dtype(),
    pa.float64(): pd.Float64Dtype(),
}


def output_folder(folder: str | Path) -> Path:
    """The folder to read one run's files from: the published version behind
    `OUT/.current` when there is one (every table then comes from the same run),
    else `folder` itself.
    """
    folder = Path(folder)
    current = folder / ".current"
    return current.resolve() if current.is_dir() else folder


def _with_extra(table: schemas.Table, names: Iterable[str]) -> schemas.Table:
    extra = tuple((c, schemas.STR) for c in names if c not in table.names)
    return schemas.Table(table.name, table.columns + extra, table.key)


def read_arrow(folder: Path, table: schemas.Table) -> pa.Table:
    """One table as Arrow with our types and nulls, from Parquet when present."""
    parquet = folder / f"{table.name}.parquet"
    if parquet.is_file():
        return pq.read_table(parquet)
    path = folder / f"{table.name}.csv"
    if not path.is_file():
        return io.to_arrow(schemas.empty(table), table)
    df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    full = _with_extra(table, df.columns)
    df = df.map(io.unquote_cell)
    return io.to_arrow(schemas.conform(df, full), full)


def _frame(data: pa.Table) -> pd.DataFrame:
    # the file's pandas metadata would make dates Arrow-backed: map types ourselves
    return data.to_pandas(
        types_mapper=_PANDAS.get, date_as_object=False, ignore_metadata=True
    )


def load_table(folder: str | Path, name: str) -> pd.DataFrame:
    """One table of an output folder as a typed DataFrame (see the module doc)."""
    data = read_arrow(output_folder(folder), schemas.TABLES[name])
    return _frame(data)


def load_tables(
    folder: str | Path = "outputs", names: Iterable[str] | None = None
) -> dict[str, pd.DataFrame]:
    """Every table (or those in `names`) of the output folder `folder`, typed.

    A table the folder lacks is an empty frame with the table's columns.
    """
    root = output_folder(folder)
    return {
        name: _frame(read_arrow(root, schemas.TABLES[name]))
        for name in (names or schemas.TABLES)
    }
