"""The work area of a run: per-shard work tables and the manifest of finished shards.

It lives in `<out>/.work/` by default, or at any fsspec URL (`--work-dir`,
e.g. a shared mount or `s3://bucket/prefix` with s3fs installed) so that
cluster workers on other machines can write their shards. Every file is
written under a temporary name and then moved into place (`pipeline.io`), so
a reader never sees half a file; a shard counts as done only once the
manifest lists it.
"""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass, field

from pipeline import io
from pipeline.schemas import WORK_TABLES

log = logging.getLogger(__name__)


def valid_entry(info: object) -> bool:
    """True when a manifest entry has every field a run reads (a hand-edited or
    foreign manifest may not).
    """
    if not isinstance(info, dict):
        return False
    rows = info.get("rows")
    return (
        isinstance(info.get("index"), int)
        and isinstance(info.get("n_articles"), int)
        and isinstance(rows, dict)
        and all(isinstance(rows.get(name), int) for name in WORK_TABLES)
        and isinstance(info.get("notes", {}), dict)
    )


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
        """Read the manifest; a missing or unreadable one means no shard is done, an
        entry missing a field means that shard is not (it runs again).
        """
        m = cls(str(location))
        try:
            data = json.loads(io.read_bytes(m.path).decode("utf-8"))
            shards = dict(data.get("shards", {}))
        except (OSError, ValueError, AttributeError, TypeError):
            shards = {}
        m.shards = {k: v for k, v in shards.items() if valid_entry(v)}
        if len(m.shards) < len(shards):
            log.warning(
                "%d manifest entries in %s lack fields a run needs: those shards run "
                "again",
                len(shards) - len(m.shards),
                m.path,
            )
        return m

    def shard_dir(self, key: str) -> str:
        """The location (path or URL) holding one shard's work tables."""
        return f"{self.location.rstrip('/')}/shards/{key}"

    def is_done(self, key: str) -> bool:
        """True when the shard is recorded and every one of its table files is
        present.
        """
        return key in self.shards and io.work_tables_present(
            self.shard_dir(key), WORK_TABLES
        )

    def record(self, key: str, info: dict) -> None:
        """Mark a shard done and persist the manifest atomically."""
        self.shards[key] = info
        self.save()

    def save(self) -> None:
        """Write the manifest (sorted keys, atomic replace)."""
        body = json.dumps(
            {"shards": dict(sorted(self.shards.items()))}, indent=1, sort_keys=True
        )
        io.write_bytes_atomic(self.path, body.encode("utf-8"))

    def clean_temporaries(self) -> None:
        """Delete temporary files that killed writes left in the work area."""
        for path in io.find_files(self.location):
            name = path.rsplit("/", 1)[-1]
            if name.startswith(".tmp-") or (
                name.startswith(".") and name.endswith(".tmp")
            ):
                io.remove_tree(path)

    def prune(self, keep: set[str]) -> None:
        """Forget shards that are not part of the current run, and delete their
        files.
        """
        for key in sorted(set(self.shards) - keep):
            del self.shards[key]
        root = f"{self.location.rstrip('/')}/shards"
        for name in io.list_names(root):
            if name not in keep:
                io.remove_tree(f"{root}/{name}")
        self.save()
