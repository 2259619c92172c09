"""Files and folders: atomic writes and work tables. Every write is atomic: a
temporary file in the target folder, flushed and fsynced, then `os.replace`d
over the final name, so a killed run never leaves a half-written file behind.

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

# mkstemp creates files readable by the owner only; outputs are meant to be
# shared, so apply the process umask as a plain open() would.
_UMASK = os.umask(0)
os.umask(_UMASK)


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
    if not _is_url(location):
        # A plain file: the reduce opens hundreds, and fsspec's resolution of the
        # location each time cost more than the reading.
        return open(Path(location) / f"{name}.parquet", "rb")
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
    """Write `obj` as indented, key-sorted JSON atomically. A path holding a byte
    that is not UTF-8 (a lone surrogate in Python) is written as its JSON escape,
    which reads back as the same string."""
    text = json.dumps(obj, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    write_bytes_atomic(path, text.encode("utf-8", "backslashreplace"))
