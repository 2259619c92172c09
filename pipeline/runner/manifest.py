"""The manifest of finished shards under `<out>/.work/`, so reruns skip done work."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from pipeline.extract import WORK_TABLES
from pipeline.io import atomic_path, write_json_atomic


@dataclass
class Manifest:
    """Finished shards by key; a shard counts as done only when listed and its files exist."""

    work_dir: Path
    shards: dict[str, dict]

    @property
    def path(self) -> Path:
        """Where the manifest lives."""
        return self.work_dir / "manifest.json"

    @classmethod
    def load(cls, work_dir: Path) -> "Manifest":
        """Read the manifest; a missing or unreadable one means no shard is done."""
        path = work_dir / "manifest.json"
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
            shards = dict(data.get("shards", {}))
        except (OSError, ValueError, AttributeError):
            shards = {}
        return cls(work_dir, shards)

    def shard_dir(self, key: str) -> Path:
        """The folder holding one shard's work tables."""
        return self.work_dir / "shards" / key

    def is_done(self, key: str) -> bool:
        """True when the shard is recorded and every one of its table files is present."""
        return key in self.shards and all(
            (self.shard_dir(key) / f"{t}.parquet").exists() for t in WORK_TABLES)

    def record(self, key: str, info: dict) -> None:
        """Mark a shard done and persist the manifest atomically."""
        self.shards[key] = info
        self.save()

    def save(self) -> None:
        """Write the manifest (sorted keys, atomic replace)."""
        write_json_atomic(self.path, {"shards": dict(sorted(self.shards.items()))})

    def prune(self, keep: set[str]) -> None:
        """Forget shards that are not part of the current run, and delete their files."""
        for key in sorted(set(self.shards) - keep):
            del self.shards[key]
        shards_root = self.work_dir / "shards"
        if shards_root.exists():
            for d in shards_root.iterdir():
                if d.is_dir() and d.name not in keep:
                    for f in d.iterdir():
                        f.unlink()
                    d.rmdir()
        self.save()


def write_shard_tables(shard_dir: Path, tables: dict[str, pd.DataFrame]) -> dict[str, int]:
    """Write a shard's work tables (each atomically); return row counts per table."""
    shard_dir.mkdir(parents=True, exist_ok=True)
    counts = {}
    for name, df in tables.items():
        with atomic_path(shard_dir / f"{name}.parquet") as tmp:
            df.to_parquet(tmp, index=False, engine="pyarrow")
        counts[name] = len(df)
    return counts


def read_shard_table(shard_dir: Path, name: str) -> pd.DataFrame:
    """One work table of one shard."""
    return pd.read_parquet(shard_dir / f"{name}.parquet")
