"""Output tables as files: CSV (spreadsheet-safe, empty cells for missing values)
and Parquet (raw values, typed, nulls for missing values), written atomically in
chunks that arrive in row order, and read back into canonical form.
"""

from __future__ import annotations

import csv
import os
import tempfile
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from pipeline.dictionary import is_date
from pipeline.io.files import _UMASK
from pipeline.schemas import FLOAT, INT, Table, conform
from pipeline.settings import format_names

# A spreadsheet evaluates a cell that starts with one of these as a formula
# (CSV injection). Prefixing a quote shows the text as written instead.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralize_formula(value: str) -> str:
    """Return `value` prefixed with a quote when a spreadsheet would run it as a
    formula.
    """
    if value and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def unquote_cell(value: object) -> object:
    """Undo `neutralize_formula` on one CSV cell (a value that really began with a
    quote and a formula sign loses that quote)."""
    if (
        isinstance(value, str)
        and value[:1] == "'"
        and value[1:].startswith(FORMULA_PREFIXES)
    ):
        return value[1:]
    return value


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of `df` whose text cells cannot be evaluated as spreadsheet formulas."""
    out = df.copy()
    for col in out.columns:
        if str(out[col].dtype) == "string":
            # Only the few cells that start like a formula are touched: mapping a
            # function over every cell of the mentions table took seconds.
            risky = out[col].str.startswith(FORMULA_PREFIXES).fillna(False)
            if risky.any():
                out.loc[risky, col] = "'" + out.loc[risky, col]
    return out


def arrow_type(column: str, dtype: str) -> pa.DataType:
    """The Parquet (Arrow) type of a column: int64, float64, date32 for the date
    columns of `pipeline.dictionary`, else string.
    """
    if dtype == INT:
        return pa.int64()
    if dtype == FLOAT:
        return pa.float64()
    return pa.date32() if is_date(column) else pa.string()


def arrow_schema(table: Table) -> pa.Schema:
    """The Parquet schema of a table, with pandas metadata that makes a plain
    `pandas.read_parquet` give `string` ids and text with <NA>, `Int64` counts
    and Arrow dates.
    """
    typed = pd.DataFrame(
        {
            c: pd.Series([], dtype=pd.ArrowDtype(pa.date32()) if is_date(c) else t)
            for c, t in table.columns
        }
    )
    meta = pa.Schema.from_pandas(typed, preserve_index=False).metadata
    fields = [pa.field(c, arrow_type(c, t)) for c, t in table.columns]
    return pa.schema(fields, metadata=meta)


def to_arrow(frame: pd.DataFrame, table: Table) -> pa.Table:
    """A conformed frame as Arrow with nulls for missing values: the empty text of
    the canonical form becomes null, ISO date text a date.
    """
    arrays = []
    for col, dtype in table.columns:
        kind = arrow_type(col, dtype)
        values = frame[col]
        if dtype in (INT, FLOAT):
            arrays.append(pa.array(values, type=kind, from_pandas=True))
            continue
        text = pa.array(values.to_numpy(dtype=object), type=pa.string())
        text = pc.if_else(pc.equal(text, ""), pa.scalar(None, pa.string()), text)
        if kind == pa.date32():
            # values are YYYY-MM-DD by construction; anything else would be null
            stamp = pc.strptime(text, format="%Y-%m-%d", unit="s", error_is_null=True)
            text = pc.cast(stamp, pa.date32())
        arrays.append(text)
    return pa.Table.from_arrays(arrays, schema=arrow_schema(table))


def from_arrow(data: pa.Table) -> pd.DataFrame:
    """An Arrow table read from our Parquet as a frame `conform` takes: dates back
    to ISO text, nulls to missing values.
    """
    columns = {}
    for name, col in zip(data.column_names, data.columns):
        if pa.types.is_date(col.type):
            col = pc.strftime(col, format="%Y-%m-%d")
        columns[name] = col
    return pa.table(columns).to_pandas()


class TableWriter:
    """Write one table in chunks that arrive in final row order: CSV always, Parquet on
    request.

    Files are built under temporary names and moved into place by `commit`,
    so a reader sees either the previous table or the whole new one. CSV text
    cells are made spreadsheet-safe and a missing value is an empty cell;
    Parquet keeps raw values, typed (`arrow_type`), with nulls for missing
    values. `fmt` names the formats (`pipeline.settings.format_names`: a comma
    list, `both`); DuckDB is built from the Parquet files (`pipeline.export`). Use as a
    context manager: an exception discards the temporary files.
    """

    def __init__(self, table: Table, out_dir: Path, fmt: str):
        self.table = table
        self.targets: list[tuple[Path, Path]] = []
        out_dir.mkdir(parents=True, exist_ok=True)
        self._csv = self._pq = None
        formats = format_names(fmt)
        if "csv" in formats:
            self._csv = self._temp(out_dir / f"{table.name}.csv").open(
                "w", encoding="utf-8", newline=""
            )
            # The header line as pandas writes it (its CSV writer is this one), without
            # building and conforming an empty frame for it.
            csv.writer(self._csv, lineterminator="\n").writerow(table.names)
        if "parquet" in formats:
            # No statistics-dependent or time-dependent metadata: bytes depend only on
            # rows.
            self._pq = pq.ParquetWriter(
                self._temp(out_dir / f"{table.name}.parquet"),
                arrow_schema(table),
                compression="zstd",
            )

    def _temp(self, final: Path) -> Path:
        fd, tmp = tempfile.mkstemp(
            prefix=f".{final.name}.", suffix=".tmp", dir=final.parent
        )
        os.close(fd)
        self.targets.append((Path(tmp), final))
        return Path(tmp)

    def write(self, df: pd.DataFrame) -> None:
        """Append rows (conformed here; the caller guarantees chunks come in key
        order).
        """
        frame = conform(df, self.table)
        if not len(frame):
            return
        if self._csv is not None:
            spreadsheet_safe(frame).to_csv(
                self._csv, index=False, header=False, lineterminator="\n"
            )
        if self._pq is not None:
            self._pq.write_table(to_arrow(frame, self.table))

    def commit(self) -> list[Path]:
        """Close, fsync and move every file into place; return the final paths."""
        self._close()
        for tmp, final in self.targets:
            with open(tmp, "rb+") as fh:
                os.fsync(fh.fileno())
            os.chmod(tmp, 0o666 & ~_UMASK)
            os.replace(tmp, final)
        return [final for _, final in self.targets]

    def _close(self) -> None:
        if self._csv is not None:
            self._csv.close()
        if self._pq is not None:
            self._pq.close()

    def __enter__(self) -> TableWriter:
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is not None:
            self._close()
            for tmp, _ in self.targets:
                if tmp.exists():
                    tmp.unlink()


def write_table(df: pd.DataFrame, table: Table, out_dir: Path, fmt: str) -> list[Path]:
    """Write one whole table in the requested format(s), atomically; return the paths
    written.
    """
    with TableWriter(table, out_dir, fmt) as writer:
        writer.write(df)
        return writer.commit()


def read_table(path: Path, table: Table) -> pd.DataFrame:
    """Read a table written by `write_table` (CSV or Parquet) back into canonical form.

    CSV values keep the spreadsheet-safety quote; Parquet holds the raw values.
    """
    if path.suffix == ".parquet":
        df = from_arrow(pq.read_table(path))
    else:
        # Plain Python strings, no missing values: `conform` makes the same frame
        # of them as of pandas' Arrow-backed text, without converting each column
        # to Arrow and back first.
        df = pd.read_csv(
            path, dtype=object, keep_default_na=False, na_filter=False, encoding="utf-8"
        )
    return conform(df, table)
