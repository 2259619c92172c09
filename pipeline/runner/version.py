"""The pipeline version that keys cached shards: the map's code and data, the model
and the content settings.

A shard's cached work tables are reused when its key is unchanged, and the
key is the digest of every field of every Article in it plus this version
(`runner.shards.shard_key`). So the version must change exactly when the
*map* could write different work tables for the same Articles, and nothing
else should change it, or every cached shard is redone for nothing:

- hashed (MAP_SOURCES): what `runner.map.run_shard` runs and reads. The
  annotation pipeline and role parser (`nlp/`), the rules and word lists
  they load (`patterns/`), the row extraction (`extract/`), the language
  layer both use (`lang/`: timex grammar, names, acronyms, titles), the
  records, the work-table schemas and their writer (`records.py`,
  `schemas.py`, `io/`, `dictionary.py`), the label map and model settings
  (`settings.py`),
  `runner/map.py` itself and the package `__init__.py` files on the way.
  Every file under the listed folders counts (code and data alike), so a
  new module or lexicon there is covered without editing this list. The
  import closure of `runner/map.py` must stay inside MAP_SOURCES; a test
  checks it with grimp (import-linter's graph).
- not hashed: ingest (its output, the Articles, is in the shard key
  already), the reduce (it runs on every run, never cached), the rest of
  the runner (scheduling, manifest, executors: where a shard runs does not
  change its rows), evaluate/, report/ and cli.py (they only read tables).
- also hashed: the package version, the model's name and installed version
  and `Settings.fingerprint()`.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pipeline
from pipeline.nlp.models import model_version
from pipeline.settings import Settings

PACKAGE_DIR = Path(pipeline.__file__).parent

# Paths below pipeline/: a folder covers every file under it.
MAP_SOURCES = (
    "__init__.py",
    "dictionary.py",
    "extract",
    "io",
    "lang",
    "nlp",
    "patterns",
    "records.py",
    "runner/__init__.py",
    "runner/allocator.py",
    "runner/budget.py",
    "runner/map.py",
    "schemas.py",
    "settings.py",
)


def _is_source(rel: Path) -> bool:
    """Not a byte-compiled or cache file (those follow the sources)."""
    return "__pycache__" not in rel.parts and rel.suffix not in (".pyc", ".pyo")


def source_files(root: Path = PACKAGE_DIR) -> list[Path]:
    """Every file whose change can change a shard's work tables (see module doc),
    sorted by path below `root`.
    """
    files: set[Path] = set()
    for name in MAP_SOURCES:
        p = root / name
        if p.is_file():
            files.add(p)
        elif p.is_dir():
            files.update(
                f
                for f in p.rglob("*")
                if f.is_file() and _is_source(f.relative_to(root))
            )
    return sorted(files, key=lambda p: p.relative_to(root).as_posix())


def pattern_hashes(root: Path = PACKAGE_DIR) -> dict[str, str]:
    """sha256 (first 16 hex) of each rule file under pipeline/patterns, by path below
    it.
    """
    patterns = root / "patterns"
    files = [p for p in source_files(root) if patterns in p.parents]
    return {p.relative_to(patterns).as_posix(): _sha256(p)[:16] for p in files}


def _sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def pipeline_version(settings: Settings, root: Path = PACKAGE_DIR) -> str:
    """A digest that changes when the map's code or data, the model or the
    content-relevant settings change (`root`: the package folder, for tests).
    """
    h = hashlib.sha256()
    for p in source_files(root):
        h.update(p.relative_to(root).as_posix().encode())
        h.update(hashlib.sha256(p.read_bytes()).digest())
    h.update(
        json.dumps(
            {
                "version": pipeline.__version__,
                "model": settings.model,
                "model_version": model_version(settings.model),
                **settings.fingerprint(),
            },
            sort_keys=True,
        ).encode()
    )
    return h.hexdigest()[:16]
