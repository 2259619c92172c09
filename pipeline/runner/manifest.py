"""The work area of a run: per-shard tables and the manifest of finished shards.

It lives in `<out>/.work/` by default, or at any fsspec URL (`--work-dir`,
e.g. a shared mount or `s3://bucket/prefix` with s3fs installed) so that
cluster workers on other machines can write their shards. Every file is
written under a temporary name and then moved into place, so a reader never
sees half a file; a shard counts as done only once the manifest lists it.
"""

from __future__ import annotations

import io
import json
import uuid
from dataclasses import dataclass, field

import fsspec
import pandas as pd

from pipeline.extract.columns import WORK_TABLES


def _fs(location: str):
    fs, root = fsspec.core.url_to_fs(location)
    return fs, root.rstrip("/")


def put_atomic(location: str, data: bytes) -> None:
    """Write `data` to the file at `location` (path or URL): temporary name, then
    move.
    """
    fs, path = _fs(location)
    parent = path.rsplit("/", 1)[0]
    fs.makedirs(parent, exist_ok=True)
    tmp = f"{parent}/.tmp-{uuid.uuid4().hex}"
    fs.pipe_file(tmp, data)
    fs.mv(tmp, path)


def write_shard_tables(
    shard_location: str, tables: dict[str, pd.DataFrame]
) -> dict[str, int]:
    """Write a shard's work tables as Parquet under `shard_location`; return row
    counts.
    """
    counts = {}
    for name, df in tables.items():
        buf = io.BytesIO()
        df.to_parquet(buf, index=False, engine="pyarrow")
        put_atomic(f"{shard_location}/{name}.parquet", buf.getvalue())
        counts[name] = len(df)
    return counts


def open_shard_file(shard_location: str, name: str):
    """An open binary file of one work table of one shard (a context manager)."""
    fs, path = _fs(shard_location)
    return fs.open(f"{path}/{name}.parquet", "rb")


@dataclass
class Manifest:
    """Finished shards by key; a shard counts as done only when listed and its files
    exist.
    """

    location: str
    shards: dict[str, dict] = field(default_factory=dict)

    @property
    def path(self) -> str:
        """Where the manifest file lives."""
        return f"{self.location.rstrip('/')}/manifest.json"

    @classmethod
    def load(cls, location: str) -> Manifest:
        """Read the manifest; a missing or unreadable one means no shard is done."""
        m = cls(str(location))
        fs, path = _fs(m.path)
        try:
            data = json.loads(fs.cat_file(path).decode("utf-8"))
            m.shards = dict(data.get("shards", {}))
        except (OSError, ValueError, AttributeError):
            m.shards = {}
        return m

    def shard_dir(self, key: str) -> str:
        """The location (path or URL) holding one shard's work tables."""
        return f"{self.location.rstrip('/')}/shards/{key}"

    def is_done(self, key: str) -> bool:
        """True when the shard is recorded and every one of its table files is
        present.
        """
        if key not in self.shards:
            return False
        fs, path = _fs(self.shard_dir(key))
        return all(fs.exists(f"{path}/{t}.parquet") for t in WORK_TABLES)

    def record(self, key: str, info: dict) -> None:
        """Mark a shard done and persist the manifest atomically."""
        self.shards[key] = info
        self.save()

    def save(self) -> None:
        """Write the manifest (sorted keys, atomic replace)."""
        body = json.dumps(
            {"shards": dict(sorted(self.shards.items()))}, indent=1, sort_keys=True
        )
        put_atomic(self.path, body.encode("utf-8"))

    def prune(self, keep: set[str]) -> None:
        """Forget shards that are not part of the current run, and delete their
        files.
        """
        for key in sorted(set(self.shards) - keep):
            del self.shards[key]
        fs, root = _fs(f"{self.location.rstrip('/')}/shards")
        if fs.exists(root):
            for entry in fs.ls(root, detail=False):
                name = entry.rstrip("/").rsplit("/", 1)[-1]
                if name not in keep:
                    fs.rm(entry, recursive=True)
        self.save()
