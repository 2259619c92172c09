"""The pipeline version that keys the manifest: code, patterns, model and content
settings.
"""

from __future__ import annotations

import hashlib
import json
from importlib import metadata
from pathlib import Path

import pipeline
from pipeline.settings import Settings

PACKAGE_DIR = Path(pipeline.__file__).parent


def source_files() -> list[Path]:
    """Every file whose change can change the tables: the package's code and its rule
    data.
    """
    files = [
        p
        for p in PACKAGE_DIR.rglob("*")
        if p.suffix in (".py", ".jsonl", ".csv") and p.is_file()
    ]
    return sorted(files, key=lambda p: p.relative_to(PACKAGE_DIR).as_posix())


def pattern_hashes() -> dict[str, str]:
    """sha256 (first 16 hex) of each rule file under pipeline/patterns, by path below
    it.
    """
    root = PACKAGE_DIR / "patterns"
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()[:16]
        for p in source_files()
        if root in p.parents
    }


def model_version(name: str) -> str:
    """The installed version of the model package `name`, or "" when it is not a
    package.
    """
    for candidate in (name, name.replace("_", "-")):
        try:
            return metadata.version(candidate)
        except metadata.PackageNotFoundError:
            continue
    return ""


def pipeline_version(settings: Settings) -> str:
    """A digest that changes when code, patterns, model or content-relevant settings
    change.
    """
    h = hashlib.sha256()
    for p in source_files():
        h.update(p.relative_to(PACKAGE_DIR).as_posix().encode())
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
