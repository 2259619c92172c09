"""Publishing a run's outputs all at once: tables, run.json and whatever else a run
writes (a DuckDB file, datapackage.json, report/).

Every writer writes into a staging folder, `OUT/.staging-<run>/`. Publishing
renames it to `OUT/.versions/<run>/` and then switches one symbolic link,
`OUT/.current`, to it with a single `rename(2)`, which is atomic on POSIX
filesystems. The names readers open, `OUT/articles.csv`, `OUT/run.json`,
`OUT/report`, ..., are fixed relative links into `.current/`, so each of them
shows either the whole previous run or the whole new one, never a mix, and a
run killed at any moment leaves OUT as it was (its staging folder is deleted
by the next run). A reader that opens several files while a run may be
publishing, and must see one run, resolves `OUT/.current` once and reads from
that folder. The replaced version is deleted after the switch (open files stay
readable until closed).

    with Staging(out_dir) as stage:
        write_tables(stage.path)   # any writer, any files or folders
        stage.publish()

`Staging.from_current(out_dir)` starts from a copy (hard links) of the
published version, for commands that add to a run's outputs (the report).
"""

from __future__ import annotations

import contextlib
import logging
import os
import secrets
import shutil
import time
from pathlib import Path

from pipeline import schemas

log = logging.getLogger(__name__)

CURRENT = ".current"
VERSIONS = ".versions"
STAGING_PREFIX = ".staging-"
# Names earlier newsner versions wrote as plain files into OUT, adopted into a
# version (and so replaced at once) the first time a run publishes there.
KNOWN_OUTPUTS = (
    *(f"{t}.{ext}" for t in schemas.TABLES for ext in ("csv", "parquet")),
    "run.json",
    "newsner.duckdb",
    "datapackage.json",
    "report",
)


def new_run_id() -> str:
    """A unique, sortable name for one run's outputs."""
    stamp = time.strftime("%Y%m%dT%H%M%SZ", time.gmtime())
    return f"{stamp}-{os.getpid()}-{secrets.token_hex(3)}"


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_tree(root: Path) -> None:
    """Flush every file and folder under `root` to disk (writers may not have)."""
    for folder, _, files in os.walk(root):
        for name in files:
            with open(os.path.join(folder, name), "rb") as fh:
                os.fsync(fh.fileno())
        _fsync_dir(Path(folder))


def _link(out: Path, name: str, target: str) -> None:
    """Make `out/name` a symlink to `target`, replacing what is there atomically."""
    path = out / name
    if path.is_symlink() and os.readlink(path) == target:
        return
    tmp = out / f".{name}.link-{secrets.token_hex(4)}"
    os.symlink(target, tmp)
    if path.is_dir() and not path.is_symlink():
        # a folder cannot be replaced by rename: move it aside first
        aside = out / f"{STAGING_PREFIX}aside-{secrets.token_hex(4)}"
        path.rename(aside)
    os.replace(tmp, path)


def _is_ours(path: Path) -> bool:
    return path.is_symlink() and os.readlink(path) == f"{CURRENT}/{path.name}"


def published_dir(out_dir: Path) -> Path | None:
    """The folder of the published version (one run's outputs, never changing), or
    None.
    """
    current = Path(out_dir) / CURRENT
    return current.resolve() if current.is_symlink() and current.exists() else None


def check_publishable(out_dir: Path) -> None:
    """Raise OSError when OUT cannot hold the links publishing needs (e.g. a FAT
    disk).
    """
    probe = Path(out_dir) / f".link-check-{secrets.token_hex(4)}"
    os.symlink(CURRENT, probe)
    probe.unlink()


class Staging:
    """A folder to write one run's outputs into, published at once or not at all."""

    def __init__(self, out_dir: Path, run_id: str | None = None):
        self.out = Path(out_dir)
        self.run_id = run_id or new_run_id()
        self.path = self.out / f"{STAGING_PREFIX}{self.run_id}"
        self.path.mkdir(parents=True)
        self.published: list[Path] = []

    @classmethod
    def from_current(cls, out_dir: Path) -> Staging:
        """A staging folder holding the published outputs (hard links, copies where
        links fail), to change some and publish again.
        """
        stage = cls(out_dir)
        src = published_dir(out_dir)
        if src is not None:
            shutil.rmtree(stage.path)
            shutil.copytree(src, stage.path, copy_function=_hardlink_or_copy)
        return stage

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, *exc) -> None:
        if not self.published:
            self.discard()

    def discard(self) -> None:
        """Delete the staging folder (nothing is published)."""
        shutil.rmtree(self.path, ignore_errors=True)

    def publish(self) -> list[Path]:
        """Make the staged outputs the published ones in one atomic step; return the
        paths readers use (`OUT/<name>`), sorted.
        """
        _fsync_tree(self.path)
        names = sorted(os.listdir(self.path))
        versions = self.out / VERSIONS
        versions.mkdir(exist_ok=True)
        version = versions / self.run_id
        self.path.rename(version)
        _fsync_dir(versions)
        _adopt_legacy(self.out)
        for name in names:
            _link(self.out, name, f"{CURRENT}/{name}")
        tmp = self.out / f"{CURRENT}.tmp-{self.run_id}"
        os.symlink(f"{VERSIONS}/{self.run_id}", tmp)
        os.replace(tmp, self.out / CURRENT)  # the switch
        _fsync_dir(self.out)
        clean_leftovers(self.out)
        self.published = [self.out / n for n in names]
        log.info("published %s as %s", self.out, version.name)
        return self.published


def _hardlink_or_copy(src: str, dst: str) -> None:
    try:
        os.link(src, dst)
    except OSError:
        shutil.copy2(src, dst)


def _adopt_legacy(out: Path) -> None:
    """Turn outputs an older newsner wrote as plain files into a version behind
    `.current` (hard links: readers see the same bytes throughout).
    """
    if (out / CURRENT).is_symlink():
        return
    legacy = [
        n for n in KNOWN_OUTPUTS if (out / n).exists() and not (out / n).is_symlink()
    ]
    if not legacy:
        return
    run_id = "legacy-" + new_run_id()
    version = out / VERSIONS / run_id
    version.mkdir(parents=True)
    for name in legacy:
        if (out / name).is_dir():
            shutil.copytree(out / name, version / name, copy_function=_hardlink_or_copy)
        else:
            _hardlink_or_copy(str(out / name), str(version / name))
    os.symlink(f"{VERSIONS}/{run_id}", out / f"{CURRENT}.tmp-{run_id}")
    os.replace(out / f"{CURRENT}.tmp-{run_id}", out / CURRENT)
    for name in legacy:
        _link(out, name, f"{CURRENT}/{name}")


def clean_leftovers(out_dir: Path) -> None:
    """Delete what killed runs leave in OUT: staging folders, unpublished or replaced
    versions, temporary files and links, and links to outputs the published run
    lacks. Call only while holding the output folder's lock.
    """
    out = Path(out_dir)
    if not out.is_dir():
        return
    current = published_dir(out)
    for entry in os.scandir(out):
        name, path = entry.name, Path(entry.path)
        if name.startswith((STAGING_PREFIX, ".reduce-")) and entry.is_dir(
            follow_symlinks=False
        ):
            shutil.rmtree(path, ignore_errors=True)
        elif (
            name.startswith((f"{CURRENT}.tmp-", ".link-check-"))
            or (name.startswith(".") and ".link-" in name)
            or (name.startswith(".") and name.endswith(".tmp"))
            or name == ".newsner-write-check"
        ):
            with contextlib.suppress(OSError):
                path.unlink()
        elif _is_ours(path) and not path.exists():
            path.unlink()
    versions = out / VERSIONS
    if versions.is_dir():
        for entry in os.scandir(versions):
            if current is None or Path(entry.path).resolve() != current:
                shutil.rmtree(entry.path, ignore_errors=True)
