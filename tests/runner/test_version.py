"""The pipeline version keys cached shards: it follows the map's code and data only."""

from __future__ import annotations

import shutil
from pathlib import Path

import grimp
import pytest

import pipeline
from pipeline.runner.version import MAP_SOURCES, pipeline_version, source_files
from pipeline.settings import Settings

PACKAGE = Path(pipeline.__file__).parent


@pytest.fixture()
def tree(tmp_path: Path) -> Path:
    """A copy of the package folder to edit (byte-compiled files left out)."""
    root = tmp_path / "pipeline"
    shutil.copytree(PACKAGE, root, ignore=shutil.ignore_patterns("__pycache__"))
    return root


def _edit(path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    old = path.read_text(encoding="utf-8") if path.exists() else ""
    path.write_text(old + "\n# edited\n", encoding="utf-8")


def test_copy_has_the_same_version_as_the_package(tree):
    assert pipeline_version(Settings(), tree) == pipeline_version(Settings())


@pytest.mark.parametrize(
    "rel",
    [
        "evaluate/entities.py",
        "evaluate/new_scorer.py",
        "report/html.py",
        "reduce/entities.py",
        "runner/run.py",
        "ingest/jsonl.py",
        "cli.py",
    ],
)
def test_editing_what_the_map_does_not_run_keeps_the_version(tree, rel):
    before = pipeline_version(Settings(), tree)
    _edit(tree / rel)
    assert pipeline_version(Settings(), tree) == before


@pytest.mark.parametrize(
    "rel",
    [
        "patterns/orgs.jsonl",
        "patterns/roles/titles.csv",
        "patterns/lexicons/new_list.csv",
        "nlp/rules.py",
        "extract/mentions.py",
        "lang/names.py",
        "runner/map.py",
        "schemas.py",
        "settings.py",
    ],
)
def test_editing_the_map_changes_the_version(tree, rel):
    before = pipeline_version(Settings(), tree)
    _edit(tree / rel)
    assert pipeline_version(Settings(), tree) != before


def test_model_and_content_settings_change_the_version():
    base = pipeline_version(Settings())
    assert pipeline_version(Settings(model="other_model")) != base
    assert pipeline_version(Settings(max_chars=10)) != base
    assert pipeline_version(Settings(workers=2, shard_size=7)) == base


def _covered(rel: str) -> bool:
    return any(rel == s or rel.startswith(s + "/") for s in MAP_SOURCES)


def test_every_module_the_map_imports_is_hashed():
    graph = grimp.build_graph("pipeline")
    modules = graph.find_upstream_modules("pipeline.runner.map") | {
        "pipeline.runner.map"
    }
    hashed = {p.relative_to(PACKAGE).as_posix() for p in source_files()}
    for name in sorted(modules):
        base = PACKAGE.joinpath(*name.split(".")[1:])
        rel = (
            base / "__init__.py" if base.is_dir() else base.with_suffix(".py")
        ).relative_to(PACKAGE)
        assert _covered(rel.as_posix()) and rel.as_posix() in hashed, name
