"""`newsner run`: ingest -> shards (map) -> reduce -> tables, DuckDB,
datapackage.json, run.json and the report, published at once.
"""

from __future__ import annotations

import logging
import os
import resource
import shutil
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from pipeline import io, schemas
from pipeline.export import export
from pipeline.ingest import count_records, iter_articles
from pipeline.ingest.discover import source_name
from pipeline.nlp.build import release_models
from pipeline.reduce import reduce_to_tables
from pipeline.runner import summary
from pipeline.runner.allocator import tune_allocator
from pipeline.runner.execute import executor_for
from pipeline.runner.lock import FolderLock, local_path
from pipeline.runner.manifest import Manifest
from pipeline.runner.progress import Progress, ShardTicks
from pipeline.runner.publish import (
    KNOWN_OUTPUTS,
    Staging,
    check_publishable,
    clean_leftovers,
    published_dir,
)
from pipeline.runner.shards import auto_shard_size, make_shards
from pipeline.runner.summary import RunResult, run_report
from pipeline.runner.version import pipeline_version
from pipeline.settings import Settings

__all__ = ["RunResult", "build_report_into", "publish_report", "run", "run_report"]

log = logging.getLogger(__name__)


def run(
    paths: Iterable[Path], settings: Settings, progress: Progress | None = None
) -> RunResult:
    """Run the whole pipeline on `paths` and publish the tables into
    `settings.out_dir`.

    Holds the locks of the output and work folders for the whole run (another
    run on either gets LockedError). Every output is written into a staging
    folder and published at once (`pipeline.runner.publish`). Shards already
    recorded in the manifest (same content, same pipeline version) are not
    processed again unless `settings.force`. `progress` hears of phases and of
    each article done (`pipeline.runner.progress`).
    """
    paths = list(paths)
    progress = progress or Progress()
    out = Path(settings.out_dir)
    # Fail before any work when the output folder cannot be written (OSError -> exit 1).
    out.mkdir(parents=True, exist_ok=True)
    work = settings.work_dir or str(out / ".work")
    with FolderLock(out, "output folder"), FolderLock(work, "work folder"):
        check_publishable(out)
        clean_leftovers(out)
        manifest = Manifest.load(work)
        manifest.clean_temporaries()
        return _run(paths, settings, progress, out, manifest)


def _run(paths, settings, progress, out: Path, manifest: Manifest) -> RunResult:
    t_start = time.perf_counter()
    tune_allocator()  # the reduce's frames too; each worker tunes its own process
    version = pipeline_version(settings)
    timings = {"annotate": 0.0, "extract": 0.0}
    keys: list[str] = []
    skipped = 0
    notes: list[str] = []
    work_path = local_path(manifest.location)
    exclude = [out] + ([work_path] if work_path is not None else [])
    progress.phase("reading the inputs")
    total = count_records(paths, exclude=exclude, max_chars=settings.max_chars)
    progress.set_total(total)
    size = settings.shard_size or auto_shard_size(total)
    ticks = ShardTicks(progress)

    def jobs():
        nonlocal skipped
        articles = iter_articles(
            paths, settings.max_chars, exclude=exclude, warnings=notes
        )
        for shard in make_shards(articles, size, version):
            keys.append(shard.key)
            if not settings.force and manifest.is_done(shard.key):
                skipped += 1
                ticks.finish(shard.key, len(shard.articles))
                continue
            yield shard, manifest.shard_dir(shard.key)

    ran = 0
    progress.phase("loading the model")
    for shard, info in executor_for(settings, ticks.tick)(jobs()):
        manifest.record(
            shard.key,
            {
                "index": shard.index,
                "n_articles": info["n_articles"],
                "rows": info["rows"],
                "notes": info.get("notes", {}),
                "boilerplate": info.get("boilerplate", {}),
            },
        )
        for stage, secs in info["timings"].items():
            timings[stage] = timings.get(stage, 0.0) + secs
        ran += 1
        ticks.finish(shard.key, info["n_articles"])
    t_map = time.perf_counter()
    peaks = {"map": _peak_mb()}

    if settings.workers <= 1 and not settings.scheduler:
        # the reduce needs rows, not the model: give its memory back first
        release_models()
    shards = {k: manifest.shard_dir(k) for k in keys}
    n_mentions = sum(int(manifest.shards[k]["rows"]["mentions"]) for k in keys)
    shard_notes = [manifest.shards[k].get("notes", {}) for k in keys]
    unparsed = sum(int(n.get("long_sentences_not_parsed", 0)) for n in shard_notes)
    unparsed_ids = {a for n in shard_notes for a in n.get("long_sentence_articles", [])}
    progress.phase("combining the shards: entities across articles, tables")
    with Staging(out) as stage:
        # DuckDB is loaded from Parquet: write it even when only DuckDB was asked for
        fmt = settings.output_format
        if "duckdb" in settings.formats:
            fmt += ",parquet"
        counts, articles, _ = reduce_to_tables(shards, n_mentions, stage.path, fmt)
        t_reduce = time.perf_counter()
        peaks["reduce"] = _peak_mb()
        statuses = {
            s: int((articles["status"] == s).sum()) for s in schemas.ARTICLE_STATUSES
        }
        progress.phase("writing " + _export_names(settings.formats))
        export_warnings = export(stage.path, settings.formats)
        # map covers ingest, annotation and extraction; reduce covers resolution
        # and writing.
        timings.update(
            {
                "map": t_map - t_start,
                "reduce": t_reduce - t_map,
                "export": time.perf_counter() - t_reduce,
            }
        )
        result = RunResult(
            counts,
            statuses,
            [],
            ran,
            skipped,
            {k: round(v, 3) for k, v in timings.items()},
            summary.warnings(articles, notes, unparsed, unparsed_ids) + export_warnings,
            peaks,
            summary.boilerplate(manifest, keys),
            summary.failed_records(articles),
            shard_size=size,
        )
        # Absolute, so that `newsner report` can re-read the article texts (a name
        # with bytes that are not UTF-8 is written escaped, as in the tables).
        inputs = [source_name(Path(os.path.abspath(p))) for p in paths]

        def write_run_json() -> None:
            doc = run_report(settings, version, result, inputs)
            io.write_json_atomic(stage.path / "run.json", doc)

        write_run_json()
        if settings.report:
            progress.phase("writing the report")
            t = time.perf_counter()
            problem = build_report_into(stage.path)
            result.timings["report"] = round(time.perf_counter() - t, 3)
            if problem:
                result.warnings.append(problem)
            else:
                result.report = str(out / "report" / "index.html")
            write_run_json()
        result.written = [str(out / name) for name in sorted(os.listdir(stage.path))]
        stage.publish()
    manifest.prune(set(keys))
    return result


def _export_names(formats: tuple[str, ...]) -> str:
    return "datapackage.json" + (" and newsner.duckdb" if "duckdb" in formats else "")


def build_report_into(folder: Path) -> str:
    """Build `folder/report/` from the tables and run.json in `folder`; "" when done,
    else why not (a report that fails never costs the run its tables).
    """
    from pipeline.report import build_report

    try:
        build_report(folder)
        return ""
    except Exception as exc:  # the tables are published regardless
        log.exception("the report could not be built")
        return f"the report could not be built: {type(exc).__name__}: {exc}"


def publish_report(out_dir: Path, build: Callable[[Path], object]) -> Path:
    """Rebuild the report of the run published in `out_dir` and publish it with that
    run's tables: under the output folder's lock (LockedError while a run holds
    it), `build(folder)` writes into a staging copy of the published version,
    which then replaces it at once. A folder an older newsner wrote as plain
    files is read as it is. Returns the report's index.html.
    """
    out = Path(out_dir)
    with FolderLock(out, "output folder"):
        check_publishable(out)
        clean_leftovers(out)
        with Staging.from_current(out) as stage:
            if published_dir(out) is None:
                for name in KNOWN_OUTPUTS:
                    if (out / name).is_file():
                        shutil.copy2(out / name, stage.path / name)
            build(stage.path)
            stage.publish()
    return out / "report" / "index.html"


def _peak_mb() -> float:
    """This process's peak resident set so far, in MB (Linux reports KiB)."""
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)
