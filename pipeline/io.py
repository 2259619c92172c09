"""Table writers and readers. Every write is atomic: a temporary file in the
target folder, flushed and fsynced, then `os.replace`d over the final name, so
a killed run never leaves a half-written table behind.

Work tables (what each shard writes for the reduce) may live at any fsspec
location, a path or a URL every cluster worker can reach (`--work-dir`); they
are written the same way, under a temporary name and then moved into place.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import fsspec
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq

from pipeline.schemas import Table, conform, empty

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


def _fs(location: str | Path):
    fs, root = fsspec.core.url_to_fs(str(location))
    return fs, root.rstrip("/")


def _is_url(location: str | Path) -> bool:
    return "://" in str(location)


def write_bytes_atomic(location: str | Path, data: bytes) -> None:
    """Write `data` to `location` (a path or fsspec URL) atomically."""
    if not _is_url(location):
        with atomic_path(Path(location)) as tmp:
            tmp.write_bytes(data)
        return
    fs, path = _fs(location)
    parent = path.rsplit("/", 1)[0]
    fs.makedirs(parent, exist_ok=True)
    tmp = f"{parent}/.tmp-{uuid.uuid4().hex}"
    fs.pipe_file(tmp, data)
    fs.mv(tmp, path)


def read_bytes(location: str | Path) -> bytes:
    """The bytes of the file at `location` (path or URL); OSError when unreadable."""
    fs, path = _fs(location)
    return fs.cat_file(path)


def write_work_tables(location: str, tables: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Write a shard's work tables as Parquet files under `location`; return row
    counts.
    """
    counts = {}
    for name, df in tables.items():
        buf = io.BytesIO()
        df.to_parquet(buf, index=False, engine="pyarrow")
        write_bytes_atomic(f"{location.rstrip('/')}/{name}.parquet", buf.getvalue())
        counts[name] = len(df)
    return counts


def open_work_table(location: str, name: str):
    """An open binary file of one work table under `location` (a context manager)."""
    fs, path = _fs(location)
    return fs.open(f"{path}/{name}.parquet", "rb")


def work_tables_present(location: str, names) -> bool:
    """True when every named work table exists under `location`."""
    fs, path = _fs(location)
    return all(fs.exists(f"{path}/{n}.parquet") for n in names)


def remove_tree(location: str) -> None:
    """Delete the folder at `location` (path or URL) and everything in it, if it
    exists.
    """
    fs, path = _fs(location)
    if fs.exists(path):
        fs.rm(path, recursive=True)


def list_names(location: str) -> list[str]:
    """The names of the entries directly in the folder at `location` ([] when
    missing).
    """
    fs, path = _fs(location)
    if not fs.exists(path):
        return []
    return [e.rstrip("/").rsplit("/", 1)[-1] for e in fs.ls(path, detail=False)]


def find_files(location: str) -> list[str]:
    """Every file under the folder at `location`, recursively ([] when missing); paths
    or URLs as `location` is.
    """
    fs, path = _fs(location)
    if not fs.exists(path):
        return []
    prefix = str(location).rstrip("/")
    return [prefix + f[len(path) :] for f in fs.find(path)]


def write_json_atomic(path: Path, obj: object) -> None:
    """Write `obj` as indented, key-sorted JSON atomically."""
    write_bytes_atomic(
        path,
        (json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode(),
    )


def neutralize_formula(value: str) -> str:
    """Return `value` prefixed with a quote when a spreadsheet would run it as a
    formula.
    """
    if value and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def spreadsheet_safe(df: pd.DataFrame) -> pd.DataFrame:
    """A copy of `df` whose text cells cannot be evaluated as spreadsheet formulas."""
    out = df.copy()
    for col in out.columns:
        if str(out[col].dtype) == "string":
            out[col] = (
                out[col].map(neutralize_formula, na_action="ignore").astype("string")
            )
    return out


class TableWriter:
    """Write one table in chunks that arrive in final row order: CSV always, Parquet on
    request.

    Files are built under temporary names and moved into place by `commit`,
    so a reader sees either the previous table or the whole new one. CSV text
    cells are made spreadsheet-safe; Parquet keeps raw values. Use as a
    context manager: an exception discards the temporary files.
    """

    def __init__(self, table: Table, out_dir: Path, fmt: str):
        self.table = table
        self.targets: list[tuple[Path, Path]] = []
        out_dir.mkdir(parents=True, exist_ok=True)
        self._csv = self._pq = None
        if fmt in ("csv", "both"):
            self._csv = self._temp(out_dir / f"{table.name}.csv").open(
                "w", encoding="utf-8", newline=""
            )
            spreadsheet_safe(empty(table)).to_csv(
                self._csv, index=False, lineterminator="\n"
            )
        if fmt in ("parquet", "both"):
            self._schema = pa.Schema.from_pandas(empty(table), preserve_index=False)
            # No statistics-dependent or time-dependent metadata: bytes depend only on
            # rows.
            self._pq = pq.ParquetWriter(
                self._temp(out_dir / f"{table.name}.parquet"),
                self._schema,
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
            self._pq.write_table(
                pa.Table.from_pandas(frame, schema=self._schema, preserve_index=False)
            )

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
        df = pd.read_parquet(path)
    else:
        df = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    return conform(df, table)
