"""Table writers and readers. Every write is atomic: a temporary file in the
target folder, flushed and fsynced, then `os.replace`d over the final name, so
a killed run never leaves a half-written table behind."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Iterator

import pandas as pd

from pipeline.schemas import Table, conform

# mkstemp creates files readable by the owner only; outputs are meant to be
# shared, so apply the process umask as a plain open() would.
_UMASK = os.umask(0)
os.umask(_UMASK)

# A spreadsheet evaluates a cell that starts with one of these as a formula
# (CSV injection). Prefixing a quote shows the text as written instead.
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


@contextlib.contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """Yield a temporary path next to `path`; move it into place on success."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        yield Path(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.chmod(tmp, 0o666 & ~_UMASK)
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write `data` to `path` atomically."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)


def write_json_atomic(path: Path, obj: object) -> None:
    """Write `obj` as indented, key-sorted JSON atomically."""
    write_bytes_atomic(path, (json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode())


def neutralize_formula(value: str) -> str:
    """Return `value` prefixed with a quote when a spreadsheet would run it as a formula."""
    if value and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of `df` whose text cells cannot be evaluated as spreadsheet formulas."""
    out = df.copy()
    for col in out.columns:
        if str(out[col].dtype) == "string":
            out[col] = out[col].map(neutralize_formula, na_action="ignore").astype("string")
    return out


def write_csv(df: pd.DataFrame, table: Table, path: Path) -> None:
    """Write a table as UTF-8 CSV with a header row, spreadsheet-safe, atomically."""
    frame = spreadsheet_safe(conform(df, table))
    with atomic_path(path) as tmp:
        frame.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n")


def write_parquet(df: pd.DataFrame, table: Table, path: Path) -> None:
    """Write a table as Parquet (raw values, no formula neutralizing), atomically."""
    frame = conform(df, table)
    with atomic_path(path) as tmp:
        # No pandas index and no creation metadata, so bytes depend only on rows.
        frame.to_parquet(tmp, index=False, engine="pyarrow", compression="zstd")


def write_table(df: pd.DataFrame, table: Table, out_dir: Path, fmt: str) -> list[Path]:
    """Write one table in the requested format(s); return the paths written."""
    written = []
    if fmt in ("csv", "both"):
        written.append(out_dir / f"{table.name}.csv")
        write_csv(df, table, written[-1])
    if fmt in ("parquet", "both"):
        written.append(out_dir / f"{table.name}.parquet")
        write_parquet(df, table, written[-1])
    return written


def read_table(path: Path, table: Table) -> pd.DataFrame:
    """Read a table written by `write_table` (CSV or Parquet) back into canonical form.

    CSV values keep the spreadsheet-safety quote; Parquet holds the raw values.
    """
    if path.suffix == ".parquet":
        df = pd.read_parquet(path)
    else:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    return conform(df, table)
