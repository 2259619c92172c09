"""Lookup tables built from data packages, kept on disk between runs.

Building the place gazetteer reads GeoNames' 34,000 cities and ISO's
subdivisions and folds 50,000 names: about half a second of every process that
annotates, more than the whole of a one-article run's own work. `cached_table`
keeps such a table as a msgpack file (data, never code: a file someone else
wrote cannot run anything) in `NEWSNER_CACHE_DIR`, else `$XDG_CACHE_HOME/newsner`,
else `~/.cache/newsner`, and reads it back in a few hundredths of a second.

A file is named by a digest of what the table depends on: the versions of the
packages it reads and the bytes of the newsner modules that build it. A new
package version or an edited builder gives a new name, so a stale table is
never read. A file that cannot be read or written (a read-only home, a full
disk, a damaged file, two processes writing at once) only means the table is
built in memory, as without a cache; a file appears whole or not at all
(written beside, then renamed); writing one removes the tables of the same
name that earlier versions left. `NEWSNER_CACHE_DIR=off` turns the cache off.
"""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
from collections.abc import Callable, Iterable
from importlib import metadata
from pathlib import Path
from typing import Any

import srsly

log = logging.getLogger(__name__)

CACHE_ENV = "NEWSNER_CACHE_DIR"


def cache_dir() -> Path | None:
    """The folder tables are kept in, or None when the cache is off."""
    chosen = os.environ.get(CACHE_ENV, "")
    if chosen.lower() == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "newsner"


def _digest(name: str, packages: Iterable[str], sources: Iterable[str]) -> str:
    h = hashlib.sha256(name.encode())
    for dist in packages:
        try:
            version = metadata.version(dist)
        except metadata.PackageNotFoundError:
            version = "-"
        h.update(f"\0{dist}={version}".encode())
    for path in sources:
        h.update(b"\0" + Path(path).read_bytes())
    return h.hexdigest()[:20]


def cached_table(
    name: str, packages: Iterable[str], sources: Iterable[str], build: Callable[[], Any]
) -> Any:
    """The table `build()` returns, from the cache file when one was written for the
    same `packages` versions and `sources` bytes (see module doc). The table
    must be msgpack data (dicts, lists, strings, numbers): tuples come back as
    lists."""
    folder = cache_dir()
    if folder is None:
        return build()
    path = folder / f"{name}-{_digest(name, packages, sources)}.msgpack"
    try:
        return srsly.read_msgpack(path)
    except FileNotFoundError:
        pass
    except Exception as exc:  # damaged or unreadable: build it again
        log.debug("table cache %s unreadable (%s); rebuilding", path, exc)
    table = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(srsly.msgpack_dumps(table))
            os.replace(tmp, path)
        finally:
            if os.path.exists(tmp):
                os.unlink(tmp)
        for old in folder.glob(f"{name}-*.msgpack"):  # earlier versions' tables
            if old != path:
                old.unlink(missing_ok=True)
    except OSError as exc:
        log.debug("table cache %s not written (%s)", path, exc)
    return table
